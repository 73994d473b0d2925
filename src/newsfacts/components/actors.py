"""newsfacts_actors: the people and organisations of an article, one entry per real-world actor.

``doc._.actors``: [{"name", "type", "titles", "aliases", "mentions": [[start, end], ...],
"gender"}], in order of first mention. ``gender`` ("Masc", "Fem" or None, from M./Mme and the
titles) is not part of the record; the quotes component uses it to resolve "il" / "elle".

- Names come from the shared mention finder (components.entities), which types them.
- One entry per actor: 'Donald Trump' / 'Trump' / 'M. Trump' share words of one name; an
  acronym in parentheses is its organisation ('Organisation mondiale de la santé (OMS)');
  the canonical name is the fullest form.
- Titles come from the noun phrase before a name ('le président américain Donald Trump',
  'la ministre de la Santé, Agnès Buzyn') or the apposition after it ('Jean Dupont, maire de
  Lyon,'), and from the type noun of an organisation ('l'ONG Pueblos Sin Fronteras' -> 'ong').
- Descriptions ('le président américain', 'le milliardaire républicain') are resolved to an
  actor with ``find_actor_by_title`` and listed as its mentions. A 'le/la <noun> <adjective>'
  description that matches no known title is given to the most prominent person (no one is
  named more often) only when it is the subject of a reporting verb and that person is also
  the last one named before it (wire style: 'a prévenu le milliardaire républicain' after three
  sentences about Donald Trump); its words become that person's title. The quotes component
  calls ``find_actor_by_title``, whose fallback follows the same rule, and may add the pronouns
  and descriptions it resolves with ``attach_mention``.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from newsfacts.components import register_extensions, text_of
from newsfacts.components.entities import (
    MENTIONS_KEY,
    ORGANIZATION,
    PERSON,
    Mention,
    MentionFinder,
    load_lexicons,
    load_speech_lemmas,
    load_titles,
)
from newsfacts.components.entities.lexicon import load_first_names
from newsfacts.components.entities.short_names import load_organisation_variants
from newsfacts.components.entities.tokens import _acronym_follows, _first_name
from newsfacts.components.entities.vocabulary import (
    HONORIFICS,
    OF_FORMS,
    OTHER_HONORIFICS,
    STRONG_SOURCES,
    SURNAME_PARTICLES,
)
from newsfacts.components.gazetteer import fold
from newsfacts.components.lemmas import lemma

DETERMINERS = re.compile(
    r"^(?:le|la|les|l['’]|un|une|des|du|de la|de l['’]|au|aux|à la|son|sa|ses|leur|ce|cet"
    r"|cette)\s*",
    re.IGNORECASE,
)
# The gender a determiner gives the title after it ('la ministre' is a woman).
DETERMINER_GENDER = {"le": "Masc", "du": "Masc", "au": "Masc", "un": "Masc", "ce": "Masc",
                     "cet": "Masc", "la": "Fem", "sa": "Fem", "une": "Fem", "cette": "Fem",
                     "à la": "Fem", "de la": "Fem"}  # fmt: skip
# Words before a title noun that belong to the title ('ancien Premier ministre').
TITLE_MODIFIERS = {"ancien", "ancienne", "ex", "ex-", "nouveau", "nouvelle", "futur", "future",
                   "actuel", "actuelle", "premier", "première", "double",
                   "haut", "haute"}  # fmt: skip
# Type nouns that say a name is an organisation's without being its role: 'le club Les
# Herbiers' (the team), 'un sondage Civey' (the pollster's survey).
UNTITLED_TYPE_NOUNS = {"club", "sondage"}
# Words a title may hold between its noun and the name: no verb, no clause.
TITLE_POS = {"NOUN", "ADJ", "ADP", "DET", "PROPN", "CCONJ", "NUM", "PUNCT", "X"}
STOP_PUNCT = set(',;:.!?«»"()[]')
# A lower-case institution noun, its lower-case adjectives and prepositions, then the name.
BUILDING_NAME = re.compile(
    r"^(?P<noun>[a-zà-ÿ]+)(?: [a-zà-ÿ]+)*?(?: (?:de|du|des|de la|à la|d['’]|de l['’]))?"
    r" ?(?P<name>[A-ZÀ-Ý].*)$"
)
# 'M. ' / 'Mme ' right before a name belongs to neither the title nor the name.
HONORIFIC_WORDS = frozenset(HONORIFICS) | OTHER_HONORIFICS


@Language.factory("newsfacts_actors")
def make_actors(nlp: Language, name: str) -> ActorFinder:
    return ActorFinder(nlp)


@cache
def _title_patterns() -> re.Pattern:
    titles = sorted(load_titles(), key=len, reverse=True)
    alternation = "|".join(re.escape(t).replace("'", "['’]") for t in titles)
    return re.compile(rf"\b(?P<det>le|la|l['’])\s*(?P<title>{alternation})\b", re.IGNORECASE)


class ActorFinder:
    def __init__(self, nlp: Language) -> None:
        register_extensions()
        self.mentions = MentionFinder(nlp)
        self.titles = load_titles()
        self.description = _title_patterns()
        self.speech_verbs = load_speech_lemmas()
        self.title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        variants = {v for title in self.titles for v in (title, title.replace("'", "’"))}
        self.title_matcher.add("TITLE", [nlp.make_doc(title) for title in sorted(variants)])
        self.org_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.org_matcher.add("TYPE", [nlp.make_doc(noun) for noun in load_lexicons()["type_nouns"]])
        self.named_institutions = load_lexicons()["named_institutions"]

    def _title_nouns(self, doc: Doc, matcher: PhraseMatcher) -> dict[int, str]:
        """Token index -> the longest title of the lexicon starting there."""
        nouns: dict[int, str] = {}
        for _, start, end in matcher(doc):
            title = doc[start:end].text.lower().replace("’", "'")
            if len(title) > len(nouns.get(start, "")):
                nouns[start] = title
        return nouns

    def __call__(self, doc: Doc) -> Doc:
        # the places component found the same mentions just before: reuse them once
        mentions = doc.user_data.pop(MENTIONS_KEY, None)
        if mentions is None:
            mentions = self.mentions(doc)
        actors = merge_mentions(doc, mentions)
        doc._.actors = actors
        nouns = self._title_nouns(doc, self.title_matcher)
        org_nouns = self._title_nouns(doc, self.org_matcher)
        for actor, mention in _named(actors):
            self._attach_titles(doc, actor, mention, nouns, org_nouns)
        self._resolve_descriptions(doc, actors)
        for actor in actors:
            actor.pop("_mentions", None)
            if actor["type"] == ORGANIZATION:
                _building_name(actor, self.named_institutions)
        return doc

    # -- titles ---------------------------------------------------------------------------

    def _attach_titles(
        self, doc: Doc, actor: dict, mention: Mention, nouns: dict, org_nouns: dict
    ) -> None:
        clause_start, clause_end = _clause_bounds(doc, mention.start, mention.end)
        if actor["type"] == ORGANIZATION:
            if mention.hint and mention.hint not in UNTITLED_TYPE_NOUNS:
                _add_title(actor, mention.hint)  # 'l'ONG Pueblos Sin Fronteras' -> 'ong'
            start, end = self._title_after(doc, mention.end, clause_end, org_nouns)
            if start is not None:  # 'la FAA, le régulateur américain,'
                _add_title(actor, _title_text(doc, start, end))
            return
        for start, end in (
            self._title_before(doc, mention.start, clause_start, nouns),
            self._title_after(doc, mention.end, clause_end, nouns),
        ):
            if start is not None:
                self._take_title(doc, actor, start, end, nouns[start])

    def _title_before(self, doc: Doc, name_start: int, sentence_start: int, nouns: dict):
        """'le président américain Donald Trump', 'la ministre de la Santé, Agnès Buzyn'."""
        end = name_start
        while end > sentence_start and doc[end - 1].text in HONORIFIC_WORDS:
            end -= 1
        if end > sentence_start and doc[end - 1].text == ",":
            end -= 1
        for start in sorted(i for i in nouns if sentence_start <= i < end):
            if self._is_title_phrase(doc, start, end):
                return start, end
        return None, None

    def _title_after(self, doc: Doc, name_end: int, sentence_end: int, nouns: dict):
        """'Jean Dupont, maire de Lyon,', 'Yannick Le Gall, patron d'un chalutier (...)'."""
        i = name_end
        if i < sentence_end and doc[i].text == ")":  # 'la Federal Aviation Administration (FAA)'
            i += 1
        if i < sentence_end and doc[i].text == "(":  # 'Tadej Pogacar (UAE Team Emirates)'
            while i < sentence_end and doc[i].text != ")":
                i += 1
            i += 1
        if i >= sentence_end or doc[i].text != ",":
            return None, None
        i += 1
        if i < sentence_end and doc[i].pos_ == "DET":
            i += 1
        if i not in nouns:
            return None, None
        end = i
        while end < sentence_end and doc[end].text not in STOP_PUNCT and _title_word(doc[end]):
            end += 1
        if end < sentence_end and doc[end].text not in STOP_PUNCT:
            return None, None
        if end > i and self._is_title_phrase(doc, i, end, names_allowed=True):
            return i, end
        return None, None

    def _is_title_phrase(self, doc: Doc, start: int, end: int, names_allowed: bool = False) -> bool:
        if end <= start or end - start > 20:
            return False
        depth = 0
        words = 0
        for token in doc[start:end]:
            depth += (token.text == "(") - (token.text == ")")
            if depth < 0 or depth > 1:
                return False
            if depth or token.text == ")":
                continue  # 'le maire (LR) de Nîmes'
            words += 1
            if words > 12:
                return False
            if token.text in STOP_PUNCT or not _title_word(token):
                return False
            if token.ent_type_ == "PER" and not names_allowed and token.i > start:
                # 'le chancelier Olaf Scholz et le président Andrzej Duda'; the title noun
                # itself may be read into the name ('le Pape François')
                return False
            if token.pos_ == "CCONJ" and token.i + 1 < end and doc[token.i + 1].pos_ == "DET":
                return False  # '... et le président polonais': another noun phrase
        return True

    def _take_title(self, doc: Doc, actor: dict, start: int, end: int, noun: str) -> None:
        first = start
        if first > 0 and doc[first - 1].lower_ in TITLE_MODIFIERS:
            first -= 1  # 'ancien Premier ministre'
        title = _title_text(doc, first, end)
        parts = [part for part in re.split(r"\s+et\s+", title) if part]
        if len(parts) > 1 and all(_head_title(part, self.titles) for part in parts):
            for part in parts:  # 'infirmier et porte-parole du collectif'
                _add_title(actor, part)
        else:
            _add_title(actor, title)
        det = doc[first - 1].lower_ if first > 0 else ""
        gender = self.titles.get(noun) or DETERMINER_GENDER.get(det)
        if gender and not actor.get("gender"):
            actor["gender"] = gender

    # -- descriptions ---------------------------------------------------------------------

    def _resolve_descriptions(self, doc: Doc, actors: list[dict]) -> None:
        """'a tweeté le président américain': a description of a known actor is its mention."""
        taken = [(s, e) for actor in actors for s, e in actor["mentions"]]
        for match in self.description.finditer(text_of(doc)):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or span.end >= len(doc):
                continue
            end = span.end
            while (
                end < len(doc)
                and doc[end].pos_ == "ADJ"
                and doc[end].is_lower
                and end - span.end < 2
            ):
                end += 1
            following = doc[end] if end < len(doc) else None
            if following is not None and (
                _capitalised(following)
                or following.lower_ in ("de", "du", "des", "d'", "d’", ",", "(")
            ):
                continue  # 'le président Emmanuel Macron', 'le président du jury': not bare
            has_adjective = end > span.end
            span = doc[span.start : end]
            start_char, end_char = span.start_char, span.end_char
            if any(s < end_char and start_char < e for s, e in taken):
                continue
            title = DETERMINERS.sub("", span.text).lower()
            actor = find_actor_by_title(doc, title, start_char, fallback=False)
            if actor is None and has_adjective and self._speaks(span):
                # 'a prévenu le milliardaire républicain': wire style for the main person
                actor = _prominent_person_before(actors, start_char)
                if actor is not None:
                    _add_title(actor, title)
            if actor is not None:
                actor["mentions"].append([start_char, end_char])
                taken.append((start_char, end_char))

    def _speaks(self, span) -> bool:
        """The description is the subject of a reporting verb: 'a prévenu le milliardaire
        républicain', 'le milliardaire républicain a déclaré'."""
        verb = span.root.head if span.root.dep_.startswith("nsubj") else None
        if verb is None and span.start > 0 and span.doc[span.start - 1].pos_ == "VERB":
            verb = span.doc[span.start - 1]
        return verb is not None and lemma(verb) in self.speech_verbs


# -- merging mentions into actors ---------------------------------------------------------


def merge_mentions(doc: Doc, mentions: list[Mention]) -> list[dict]:
    actors: list[dict] = []
    actor_of: dict[int, dict] = {}
    names = _NameIndex()
    for mention in mentions:
        if mention.kind not in (PERSON, ORGANIZATION):
            continue
        span = doc[mention.start : mention.end]
        text = _name_text(span.text, mention.kind)
        actor = None
        if mention.link is not None:
            actor = actor_of.get(id(mention.link))
        if actor is None:
            actor = _same_actor(names.candidates(text), text, mention.kind)
        if actor is None:
            actor = {
                "name": text,
                "type": mention.kind,
                "titles": [],
                "aliases": [],
                "mentions": [],
                "gender": None,
                "_mentions": [],
            }
            actors.append(actor)
        _add_name(actor, text)
        names.add(actor, text)
        if mention.gender and not actor["gender"]:
            actor["gender"] = mention.gender
        actor["mentions"].append([span.start_char, span.end_char])
        actor["_mentions"].append(mention)
        actor_of[id(mention)] = actor
    actors = _organisations_named_short(doc, _one_type_per_name(doc, actors))
    _shared_surnames(doc, actors)
    actors.sort(key=lambda actor: actor["mentions"][0][0])  # a surname may have moved
    return _known_variants_joined(_with_acronyms_joined(doc, actors))


def _one_type_per_name(doc: Doc, actors: list[dict]) -> list[dict]:
    """'raconte comment France Gall lui est venue en aide ... un disque à France Gall': one
    name read as a person here and an organisation there is one actor of the type most of its
    mentions have (the first one's on a tie), unless a cue typed one of them or the person
    reading has no sign of a person ('Uber a présenté' ... 'directeur produit chez Uber')."""
    by_name: dict[str, list[dict]] = {}
    for actor in actors:
        by_name.setdefault(_name_key(actor["name"]), []).append(actor)
    merged: set[int] = set()
    for group in by_name.values():
        if len(group) < 2 or len({actor["type"] for actor in group}) < 2:
            continue
        main = max(group, key=lambda actor: _type_evidence(doc, actor))  # the first on a tie
        for actor in group:
            if actor is not main:
                _move_mentions(doc, actor, main, list(actor["_mentions"]))
                merged.add(id(actor))
    if not merged:
        return actors
    kept = [actor for actor in actors if id(actor) not in merged]
    return sorted(kept, key=lambda actor: actor["mentions"][0][0])


def _organisations_named_short(doc: Doc, actors: list[dict]) -> list[dict]:
    """'Vinci a abandonné les gens ... Vinci Autoroutes': a 'person' known by one word only,
    with no sign of a person, is the organisation of the article whose name that word opens
    (the NER's person guess for a company's short name)."""
    openers: dict[str, dict] = {}
    for actor in actors:
        words = _words(actor["name"])
        if actor["type"] == ORGANIZATION and len(words) > 1:
            openers.setdefault(words[0], actor)
    absorbed: set[int] = set()
    for actor in actors:
        words = _words(actor["name"])
        owner = openers.get(words[0]) if len(words) == 1 else None
        if owner is None or actor["type"] != PERSON or any(_type_evidence(doc, actor)[:2]):
            continue
        if all(len(_words(name)) == 1 for name in actor["aliases"]):
            _move_mentions(doc, actor, owner, list(actor["_mentions"]))
            absorbed.add(id(actor))
    return [actor for actor in actors if id(actor) not in absorbed]


def _type_evidence(doc: Doc, actor: dict) -> tuple[bool, bool, int]:
    """What makes one reading of a name win: a cue that typed it, then a person's sign (a
    common first name, with a surname or alone: 'Sophie'; M. or Mme) for a person (an
    organisation needs none: 'Uber' alone, sentence after sentence, is the NER's person
    guess), then the number of mentions."""
    mentions = actor["_mentions"]
    typed = any(mention.source in STRONG_SOURCES for mention in mentions)
    signed = actor["type"] != PERSON or any(
        mention.gender is not None
        or mention.end - mention.start > 1
        or _first_name(doc[mention.start], load_first_names())
        for mention in mentions
    )
    return typed, signed, len(actor["mentions"])


def _shared_surnames(doc: Doc, actors: list[dict]) -> None:
    """'M. Pompeo ... son épouse, Susan Pompeo ... Mike Pompeo, 56 ans': a surname that ends
    the full names of two people is, alone, the one the article names in full most often; the
    merge by shared words gave it to whichever full name came first. Left as it is when no one
    is named in full more often than the others."""
    owners: dict[str, dict[int, list]] = {}  # surname -> actor id -> [actor, full mentions]
    for actor in actors:
        if actor["type"] != PERSON:
            continue
        for mention in actor["_mentions"]:
            words = _words(doc[mention.start : mention.end].text)
            if len(words) > 1 and not _bare_surname(words):
                owners.setdefault(words[-1], {}).setdefault(id(actor), [actor, 0])[1] += 1
    for surname, counted in owners.items():
        if len(counted) < 2:
            continue
        ranked = sorted(counted.values(), key=lambda pair: -pair[1])
        if ranked[0][1] == ranked[1][1]:
            continue
        main = ranked[0][0]
        for actor, _ in ranked[1:]:
            bare = [
                mention
                for mention in actor["_mentions"]
                if _bare_surname(_words(doc[mention.start : mention.end].text), surname)
            ]
            _move_mentions(doc, actor, main, bare)


def _bare_surname(words: list[str], surname: str | None = None) -> bool:
    """'Pompeo', 'Le Pen': the last word alone, with the particles before it."""
    return (
        bool(words)
        and (surname is None or words[-1] == surname)
        and all(word in SURNAME_PARTICLES for word in words[:-1])
    )


def _move_mentions(doc: Doc, source: dict, target: dict, mentions: list[Mention]) -> None:
    """Mentions of one actor given to another, with their names; the source keeps the names,
    and the gender, of the mentions it keeps."""
    moved = {id(mention) for mention in mentions}
    if not moved:
        return
    kept = [mention for mention in source["_mentions"] if id(mention) not in moved]
    for mention in mentions:
        span = doc[mention.start : mention.end]
        target["_mentions"].append(mention)
        target["mentions"].append([span.start_char, span.end_char])
        _add_name(target, _name_text(span.text, source["type"]))
        if mention.gender and not target["gender"]:
            target["gender"] = mention.gender
    target["_mentions"].sort(key=lambda mention: mention.start)
    target["mentions"].sort()
    if not kept:
        return
    spans = [doc[mention.start : mention.end] for mention in kept]
    texts = [_name_text(span.text, source["type"]) for span in spans]
    source["_mentions"] = kept
    source["mentions"] = [[span.start_char, span.end_char] for span in spans]
    source["name"] = max(texts, key=lambda text: (_word_count(text), len(text)))
    source["aliases"] = [t for t in dict.fromkeys(texts) if fold(t) != fold(source["name"])]
    source["gender"] = next((m.gender for m in kept if m.gender), None)


def _with_acronyms_joined(doc: Doc, actors: list[dict]) -> list[dict]:
    """'le MIT ... le Massachusetts Institute of Technology (MIT)', 'LFI ... La France
    insoumise': an organisation named by its acronym alone is the organisation that the article
    spells out, also later, or whose initials spell it (with its article: 'LFI'). One pass over
    the actors, the spelled-out ones looked up by acronym."""
    spelled: dict[str, dict] = {}
    for actor in actors:
        if actor["type"] != ORGANIZATION or _is_bare_acronym(actor):
            continue
        if any(_regional_body(doc, mention.end) for mention in actor["_mentions"]):
            continue  # 'l'ARS' of one region, then 'l'Agence régionale de santé (ARS) du Centre'
        for alias in actor["aliases"]:
            if alias.isupper():
                spelled.setdefault(_name_key(alias), actor)
        words = _words(actor["name"])
        if len(words) > 1:
            spelled.setdefault(_initials(words), actor)
            if words[0] in ("la", "le", "les"):
                spelled.setdefault(words[0][0] + _initials(words[1:]), actor)
    if not spelled:
        return actors
    kept = []
    for actor in actors:
        target = spelled.get(_name_key(actor["name"])) if _is_bare_acronym(actor) else None
        if target is None:
            kept.append(actor)
            continue
        _absorb(target, actor, [actor["name"]])
    return sorted(kept, key=lambda actor: actor["mentions"][0][0])


def _absorb(target: dict, actor: dict, names: list[str]) -> None:
    """Make `actor` one more spelling of `target`: its mentions, titles and `names`."""
    target["mentions"] = sorted(target["mentions"] + actor["mentions"])
    target["_mentions"] = sorted(
        target["_mentions"] + actor["_mentions"], key=lambda mention: mention.start
    )
    for title in actor["titles"]:
        _add_title(target, title)
    for name in names:
        _add_name(target, name)


# An article the name may keep when it opens a sentence: 'Les Verts ont investi …'
LEADING_ARTICLE = re.compile(r"^(?:(?:les?|la) |l')")


def _variant_key(name: str) -> str:
    return LEADING_ARTICLE.sub("", _name_key(name))


@cache
def _organisation_variants() -> dict[str, int]:
    """Name key (no leading article) -> group number, from organisation_variants.json."""
    groups = load_organisation_variants()["groups"]
    return {_variant_key(name): number for number, group in enumerate(groups) for name in group}


def _known_variants_joined(actors: list[dict]) -> list[dict]:
    """'LR' ... 'les Républicains', 'le FN' ... 'le Rassemblement national': names of one
    organisation that share no word (listed as data) make one organisation, whichever type
    the name alone was given."""
    variants = _organisation_variants()
    first: dict[int, dict] = {}
    kept = []
    for actor in actors:
        group = next(
            (
                variants[key]
                for key in map(_variant_key, [actor["name"], *actor["aliases"]])
                if key in variants
            ),
            None,
        )
        target = first.get(group) if group is not None else None
        if group is not None and target is None:
            first[group] = actor
            actor["type"] = ORGANIZATION
        if target is None:
            kept.append(actor)
            continue
        _absorb(target, actor, [actor["name"], *actor["aliases"]])
    return kept


def _regional_body(doc: Doc, end: int) -> bool:
    """A spelled-out name, its acronym in parentheses, then 'de' and a place: 'l'Agence
    régionale de santé (ARS) du Centre-Val de Loire' is one region's body among others of that
    acronym."""
    return (
        end + 4 < len(doc)
        and _acronym_follows(doc, end)
        and doc[end + 3].lower_ in ("de", "du", "d'", "d’", "des")
        and doc[end + 4].text[:1].isupper()
    )


def _is_bare_acronym(actor: dict) -> bool:
    name = actor["name"]
    return (
        actor["type"] == ORGANIZATION
        and not actor["aliases"]
        and len(name) >= 2
        and name.isupper()
        and name.isalpha()
    )


# 'sur X.', 'selon SpF.': the tokenizer leaves a sentence's final period on an acronym.
ACRONYM_WITH_PERIOD = re.compile(r"^[A-Z](?:[A-Za-z&]*[A-Z])?\.$")


def _name_text(text: str, kind: str) -> str:
    """The name as written, without the sentence's final period glued to an acronym."""
    if kind == ORGANIZATION and ACRONYM_WITH_PERIOD.match(text):
        return text[:-1]
    return text


def _named(actors: list[dict]):
    for actor in actors:
        for mention in actor["_mentions"]:
            yield actor, mention


# 'LCI.fr' is LCI: a medium named by its website.
WEB_DOMAIN = re.compile(r"\.(?:fr|com|net|org|info|eu)$", re.IGNORECASE)


# "le Conseil d' État": a space the copy left after an elision
SPACE_AFTER_ELISION = re.compile(r"(?<=['’])\s+")


def _name_key(name: str) -> str:
    """The folded name, without a website's domain or a space after an elision."""
    return fold(SPACE_AFTER_ELISION.sub("", WEB_DOMAIN.sub("", name)))


def _words(name: str) -> list[str]:
    return [w for w in _name_key(name).split() if w]


class _NameIndex:
    """The actors that could own a name: those sharing a word, a part of a hyphenated word or
    the initials it spells with one of their names. ``_same_actor`` then looks at these alone,
    so merging costs time in proportion to the mentions, not to mentions times actors."""

    def __init__(self) -> None:
        self.actors: dict[str, dict[int, dict]] = {}

    def add(self, actor: dict, text: str) -> None:
        words = _words(text)
        keys = {*words, *(p for w in words for p in w.split("-") if p), "#" + _initials(words)}
        keys.add("~" + _spelling_key(text))  # 'ConEdison' / 'Con Edison'
        if actor["type"] == ORGANIZATION:  # 'E.Leclerc' / 'Mouvement E. Leclerc'
            keys.update("~" + _spelling_key(" ".join(words[i:])) for i in range(1, len(words)))
        for key in keys:
            self.actors.setdefault(key, {})[id(actor)] = actor

    def candidates(self, text: str) -> list[dict]:
        keys = _words(text) + (["#" + fold(text)] if text.isupper() else [])
        keys.append("~" + _spelling_key(text))
        found: dict[int, dict] = {}
        for key in keys:
            found.update(self.actors.get(key, {}))
        return list(found.values())


def _initials(words: list[str]) -> str:
    parts = [p for w in words for p in w.split("-") if p]
    return "".join(
        p[0] for p in parts if p not in ("de", "du", "des", "la", "le", "l'", "d'", "et")
    )


def _same_actor(actors: list[dict], text: str, kind: str) -> dict | None:
    """The actor this name belongs to, the most recently mentioned first."""
    words = _words(text)
    bare_words = _without_article(words)
    key = _name_key(text)
    for actor in sorted(actors, key=lambda a: -a["mentions"][-1][0]):
        if actor["type"] != kind:
            continue
        names = [actor["name"], *actor["aliases"]]
        if key in {_name_key(n) for n in names}:
            return actor
        known = _words(actor["name"])
        if kind == PERSON and (_contains(known, words) or _contains(words, known)):
            return actor  # 'Trump' / 'Donald Trump', 'Lula' / 'Luiz Inácio Lula da Silva'
        if kind == PERSON and _contains(_without_article(known), bare_words):
            return actor  # 'Sissi' / 'Abdel Fattah al-Sissi'
        if kind == ORGANIZATION and _org_variant(known, words, text):
            return actor
        if kind == ORGANIZATION and _org_spelling(actor["name"], known, text):
            return actor
        if kind == PERSON and _person_spelling(known, words):
            return actor  # 'Alexia Daval' / 'Alexia Davals'
    return None


# Letters a spelling key keeps: 'Con Edison', 'ConEdison' and 'Con-Edison' are one key.
NOT_LETTERS = re.compile(r"[\W_]+")
DOUBLED_LETTER = re.compile(r"(\w)\1")
# The shortest key that a spelling variant may be told by ('RN' and 'RNs' are not enough).
SPELLING_KEY_LENGTH = 5


def _spelling_key(text: str) -> str:
    """The name's letters alone, folded, doubled letters single and a final plural 's' off."""
    key = DOUBLED_LETTER.sub(r"\1", NOT_LETTERS.sub("", _name_key(text)))
    return key[:-1] if key.endswith("s") and len(key) > SPELLING_KEY_LENGTH else key


def _org_spelling(name: str, known: list[str], text: str) -> bool:
    """Two spellings of one organisation's name: spaces, hyphens, dots, a doubled letter or a
    plural 's' apart ('ConEdison' / 'Con Edison', 'CFDT-Cheminots' / 'CFDT Cheminot'), or the
    end of the longer name ('E.Leclerc' for 'Mouvement E. Leclerc'); not an acronym."""
    key = _spelling_key(text)
    if len(key) < SPELLING_KEY_LENGTH or text.isupper():
        return False
    if key == _spelling_key(name):
        return True
    return any(key == _spelling_key(" ".join(known[i:])) for i in range(1, len(known)))


def _person_spelling(known: list[str], words: list[str]) -> bool:
    """The same person's name with one word spelled two ways ('Daval' / 'Davals', 'Qabous' /
    'Qabbous'): the other words equal, that one of five letters or more."""
    if len(known) != len(words) or known == words:
        return False
    different = [(a, b) for a, b in zip(known, words, strict=True) if a != b]
    if len(different) != 1:
        return False
    word, other = different[0]
    return len(word) >= SPELLING_KEY_LENGTH and _spelling_key(word) == _spelling_key(other)


# The Arabic article glued to a surname, which a second mention may leave out ('al-Sissi').
ARABIC_ARTICLE = re.compile(r"^(?:al|el)-(?=\w)")


def _without_article(words: list[str]) -> list[str]:
    return [ARABIC_ARTICLE.sub("", word) for word in words]


def _contains(longer: list[str], shorter: list[str]) -> bool:
    if not shorter or len(shorter) > len(longer):
        return False
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _org_variant(known: list[str], words: list[str], text: str) -> bool:
    """'Monde' / 'Le Monde'; an acronym matching the initials ('ONU' of 'Organisation des
    Nations unies' seen earlier with its acronym is caught by the alias list)."""
    stripped = [w for w in words if w not in ("le", "la", "les", "l'")]
    known_stripped = [w for w in known if w not in ("le", "la", "les", "l'")]
    if stripped and stripped == known_stripped:
        return True
    if text.isupper() and len(text) >= 2:
        return _initials(known) == fold(text)
    if 1 <= len(stripped) < len(known_stripped) and _short_form(stripped, known_stripped, text):
        return True  # 'Le Canard' after 'Le Canard enchaîné'
    if len(words) == 1 and len(known) > 1:
        # 'Sochaux' for 'FC Sochaux-Montbéliard'
        return words[0] in {p for w in known for p in w.split("-")} and len(words[0]) > 3
    if len(known) == 1 and len(words) > 1:
        # 'la Commission ... la Commission européenne': the short form came first; not 'SNCF'
        # and 'SNCF Voyageurs', two companies
        rest = text.split()[1:]
        if rest and rest[0].lower() in BRANCH_WORDS:
            return False  # 'Al-Qaïda' and 'Al-Qaïda dans la péninsule arabique': two groups
        return known[0] == words[0] and len(known[0]) > 3 and all(w.islower() for w in rest)
    return False


def _short_form(short: list[str], known: list[str], text: str) -> bool:
    """The first words of a longer organisation's name, one of them a capitalised word of more
    than three letters, stand for it ('Le Canard' for 'Le Canard enchaîné'); not an acronym
    ('SNCF' and 'SNCF Voyageurs' are two companies), nor a known name of its own ('Le Monde' and
    'Le Monde diplomatique'), nor the trunk of a branch ('Al-Qaïda' and 'Al-Qaïda au Maghreb
    islamique')."""
    return (
        known[: len(short)] == short
        and known[len(short)] not in BRANCH_WORDS
        and not text.isupper()
        and fold(text) not in _known_organisation_names()
        and any(len(word) > 3 and word[:1].isupper() for word in text.split())
    )


@cache
def _known_organisation_names() -> frozenset[str]:
    return frozenset(fold(name) for name in load_lexicons()["known_names"])


# 'Al-Qaïda au Maghreb islamique': a word that makes a longer name a branch of its own
BRANCH_WORDS = {"dans", "au", "aux", "en", "pour"}


def _add_name(actor: dict, text: str) -> None:
    """The canonical name is the fullest form; the others are aliases."""
    if fold(text) == fold(actor["name"]):
        return
    words, known = _word_count(text), _word_count(actor["name"])
    if (
        words > known
        or (
            words == known
            and len(text) > len(actor["name"])
            and actor["name"].isupper() is not False
        )
        or (
            words == known
            and _name_key(text) == _name_key(actor["name"])
            and len(text) < len(actor["name"])
        )
    ):  # the fullest form; of two spellings, the one without a stray space ("d' État")
        if actor["name"] not in actor["aliases"]:
            actor["aliases"].append(actor["name"])
        actor["name"] = text
        if text in actor["aliases"]:
            actor["aliases"].remove(text)
    elif text not in actor["aliases"]:
        actor["aliases"].append(text)


def _building_name(actor: dict, nouns: set[str]) -> None:
    """'l'hôpital Saint-Jacques', 'le lycée Rascol', "l'université américaine de Harvard": the
    capitalised name after a lower-case institution noun (its adjectives and 'de' skipped) is a
    name of its own, often used alone; the noun is its type, a title."""
    match = BUILDING_NAME.match(actor["name"])
    if match is None or match["noun"] not in nouns:
        return
    _add_title(actor, match["noun"])
    if match["name"] not in actor["aliases"]:
        actor["aliases"].append(match["name"])


def _word_count(name: str) -> int:
    return len(SPACE_AFTER_ELISION.sub("", name).split())


def _add_title(actor: dict, title: str) -> None:
    title = title.strip().lower()
    if title and title not in actor["titles"]:
        actor["titles"].append(title)


def _head_title(title: str, titles: dict) -> str | None:
    """The longest lexicon title that starts this title: 'président américain' -> 'président'."""
    words = DETERMINERS.sub("", title).split()
    for n in range(min(len(words), 4), 0, -1):
        candidate = " ".join(words[:n])
        if candidate in titles:
            return candidate
    return None


# Past participles that belong to a title ('ministre délégué chargé des Comptes publics');
# other participles open a clause ('enseignante venue avec ses filles').
TITLE_PARTICIPLES = {"charger", "déléguer", "élire", "nommer", "désigner", "pressentir"}
SENTENCE_END = {".", "!", "?", ";", ":", "«", "»", '"', "“", "”"}


def _clause_bounds(doc: Doc, start: int, end: int, reach: int = 25) -> tuple[int, int]:
    """Tokens around a name up to strong punctuation; the parser's sentences of
    fr_core_news_md often break inside names ('Rishi | Sunak'), so they are not used here."""
    left = start
    while left > 0 and start - left < reach:
        token = doc[left - 1]
        if (
            token.text in SENTENCE_END
            or "\n" in token.text
            or (token.is_space and "\n" in token.text)
        ):
            break
        left -= 1
    right = end
    while right < len(doc) and right - end < reach:
        token = doc[right]
        if token.text in SENTENCE_END or "\n" in token.text:
            break
        right += 1
    return left, right


def _title_text(doc: Doc, start: int, end: int) -> str:
    text = re.sub(r"\s*\([^()]*\)", "", doc[start:end].text)
    return " ".join(text.split()).lower().replace("’", "'")


def _title_word(token) -> bool:
    """Words a title holds: nouns, adjectives, 'de la', names ('maire de Lyon'), and past
    participles ('ministre délégué chargé des Comptes publics'); no finite verb."""
    if token.pos_ in TITLE_POS:
        return True
    return token.pos_ == "VERB" and lemma(token) in TITLE_PARTICIPLES


def _capitalised(token) -> bool:
    return bool(token.text) and token.text[0].isupper()


# -- the interface the quotes component uses ----------------------------------------------


def _last_mention_before(actor: dict, before_char: int) -> int:
    starts = [start for start, _ in actor["mentions"] if start < before_char]
    return max(starts) if starts else -1


def _prominent_person_before(actors: list[dict], before_char: int) -> dict | None:
    """The last person named before the offset, if no one is named more often."""
    people = [
        a for a in actors if a["type"] == PERSON and _last_mention_before(a, before_char) >= 0
    ]
    if not people:
        return None
    last = max(people, key=lambda a: _last_mention_before(a, before_char))
    most = max(len(a["mentions"]) for a in people)
    return last if len(last["mentions"]) == most else None


def find_actor_by_title(
    doc: Doc, title_text: str, before_char: int, fallback: bool = True
) -> dict | None:
    """The actor holding this title or description ('le président américain', 'la ministre').

    Titles compare lower-case without their determiner. An exact title wins, the actor
    mentioned last before ``before_char`` first; else a head match ('le président' ->
    'président américain') when only one actor has it. With ``fallback``, a description that
    matches no title goes to the most prominent person when that person is also the last one
    named before it ('le milliardaire républicain' after sentences about Donald Trump), unless
    the description names someone else (a capitalised word).
    """
    actors = doc._.actors or []
    title = _folded_title(title_text)
    if not title:
        return None

    def recent(candidates: list[dict]) -> dict:
        return max(
            candidates, key=lambda a: (_last_mention_before(a, before_char), -actors.index(a))
        )

    # a title of one's own: "avocat de" (read before "l'avocat de X") is X's lawyer's, not X's
    held = {
        id(a): [t for t in a["titles"] if not OF_FORMS.intersection(t.split()[-1:])] for a in actors
    }
    exact = [a for a in actors if title in held[id(a)]]
    if exact:
        return recent(exact)
    head = [
        a
        for a in actors
        if any(t.startswith(title + " ") or title.startswith(t + " ") for t in held[id(a)])
    ]
    if len(head) == 1:
        return head[0]
    if head:
        return recent(head)
    return find_prominent_for_title(doc, title_text, before_char) if fallback else None


def find_prominent_for_title(doc: Doc, title_text: str, before_char: int) -> dict | None:
    """The fallback of ``find_actor_by_title`` alone, for a title no actor holds: the most
    prominent person when that person is also the last one named before ``before_char``,
    unless the description names someone else (a capitalised word) or is no known title."""
    title = _folded_title(title_text)
    if not title or any(c.isupper() for c in DETERMINERS.sub("", title_text.strip())):
        return None
    if _head_title(title, load_titles()) is None:
        return None
    return _prominent_person_before(doc._.actors or [], before_char)


def _folded_title(title_text: str) -> str:
    """'La  Ministre' -> 'ministre': lower-case, no determiner, single spaces."""
    return " ".join(DETERMINERS.sub("", title_text.strip()).lower().replace("’", "'").split())


def find_person_before(doc: Doc, before_char: int, gender: str | None = None) -> dict | None:
    """The last person actor mentioned before the offset; with a gender ("Masc" / "Fem"),
    the last one of that gender, else the last one whose gender is unknown."""
    people = [
        a
        for a in doc._.actors or []
        if a["type"] == PERSON and _last_mention_before(a, before_char) >= 0
    ]
    if gender:
        same = [a for a in people if a.get("gender") == gender]
        people = same or [a for a in people if not a.get("gender")]
    if not people:
        return None
    return max(people, key=lambda a: _last_mention_before(a, before_char))


def attach_mention(actor: dict, start: int, end: int, title: str | None = None) -> None:
    """Record a mention resolved to the actor (a pronoun, a description), and its title."""
    if [start, end] not in actor["mentions"]:
        actor["mentions"].append([start, end])
    if title:
        _add_title(actor, DETERMINERS.sub("", title))
