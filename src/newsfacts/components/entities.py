"""Named mentions of places, people and organisations, shared by newsfacts_places and
newsfacts_actors so that both agree on what each name is.

The NER of fr_core_news_md proposes names; French cues then fix their type and their edges:
- a wire dateline opens the text (``SOCHAUX (Doubs), 22 janvier (AFP) -``): a place and an agency;
- institution metonyms (``le Pentagone``, ``Matignon``) are organisations, never places;
- an institution noun with its complement is one organisation (``ministère de la Santé``);
- a type noun names what follows (``l'ONG Pueblos Sin Fronteras``, ``le quotidien The Times``);
- a parenthesis after an organisation is its acronym (``Office anti-stupéfiants (Ofast)``);
- ministers' portfolios (``ministre de l'Economie``), generic nouns (``l'Etat mexicain``), weekdays
  and nationality nouns (``les Italiens``) are no names;
- a word of a person's name is that person, never a place (``Vingegaard``);
- a town that plays (``Sochaux s'est incliné face à Nancy``) is its club.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from newsfacts.components.gazetteer import fold, load_gazetteer
from newsfacts.components.lemmas import lemma

PERSON, ORGANIZATION, PLACE, EVENT = "person", "organization", "place", "event"
# Doc.user_data key under which newsfacts_places leaves its mentions for newsfacts_actors,
# which removes them (they are not JSON-able).
MENTIONS_KEY = "newsfacts.mentions"
NER_KINDS = {"PER": PERSON, "ORG": ORGANIZATION, "LOC": PLACE, "MISC": None}
HONORIFICS = {"M.": "Masc", "MM.": "Masc", "Mme": "Fem", "Mmes": "Fem", "Mlle": "Fem"}
OTHER_HONORIFICS = {"Me", "Dr", "Pr", "Mgr", "Maître", "Docteur"}
# Function words that never start or end a name but may stand inside one.
NAME_PARTICLES = {"de", "du", "des", "la", "le", "les", "d'", "d’", "l'", "l’", "et"}
NAME_INNER_WORDS = NAME_PARTICLES | {
    "sin",
    "sans",
    "of",
    "the",
    "for",
    "y",
    "and",
    "en",
    "von",
    "van",
}
LEADING_JUNK = {"de", "du", "des", "d'", "d’", "à", "au", "aux", "en", "par", "pour", "sur", "dans"}
ARTICLES = {"le", "la", "les", "l'", "l’"}
TYPE_NOUN_DETERMINERS = ARTICLES | {"du", "au", "des", "aux", "son", "sa", "ses", "leur", "leurs"}
DATELINE = re.compile(
    r"^\s*(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ .-]*[A-ZÀ-ÖØ-Þ])"  # PARIS, SAINT-OMER
    r"(?:\s*\((?P<region>[^()\n]{2,40})\))?"  # (Pas-de-Calais)
    r"\s*,[^\n()]{0,40}?\((?P<agency>[A-Z][A-Za-z/ -]{1,20})\)"  # , 14 mars (AFP)
)
PAREN_AFTER = re.compile(r"\s*\(\s*(?P<inner>[^()\n]{1,60}?)\s*\)")
ACRONYM = re.compile(r"^[A-ZÀ-Þ][\wÀ-ÿ&.-]{0,11}$")
SCORE = re.compile(r"(?<![\d/.-])\d{1,2}\s*-\s*\d{1,2}(?![\d/.-])")  # '(3-0)', '1-0'
# Adjectives that belong to the names they follow ('Parlement européen', 'Union africaine').
SUPRANATIONAL = ("europ", "afric", "arabe", "asiat", "international", "mondial", "islamique")
ROAD = re.compile(r"^(?:[AND]|RN|RD|CD)[- ]?\d+$")
CENTURY = re.compile(
    r"^[IVXL]+(?:e|ème|er)$"
)  # 'XIXe': a century, not a place  # 'A7', 'RN7': roads, not organisations
# Words after which a capitalised noun is a minister's portfolio ('ministre des Finances',
# "secrétaire d'Etat chargé de la Mer"), not an organisation.
PORTFOLIO_HEADS = {
    "ministre",
    "ministres",
    "ministère",
    "chargé",
    "chargée",
    "délégué",
    "déléguée",
    "portefeuille",
}
PREPOSITIONS_OF = {"de", "du", "des", "d'", "d’", "la", "l'", "l’", "au", "aux", "à"}


@dataclass(eq=False)
class Mention:
    start: int  # token offsets into the Doc
    end: int
    kind: str  # PERSON, ORGANIZATION or PLACE
    hint: str | None = None  # place kind from context, or an organisation's type noun
    gender: str | None = None  # "Masc" / "Fem" from M. / Mme
    link: Mention | None = None  # the mention this one abbreviates or expands ('OMS')
    source: str = "ner"


def _read_lexicon(name: str) -> str:
    return resources.files("newsfacts.lexicons").joinpath(name).read_text("utf-8")


@cache
def load_lexicons() -> dict:
    organisations = json.loads(_read_lexicon("organisations.json"))
    places = json.loads(_read_lexicon("places.json"))
    return {
        "metonyms": organisations["metonyms"] + organisations["known_names"],
        "events": {fold(name) for name in organisations["events"]},
        "event_names": [name for name in organisations["events"] if " " in name],
        "event_heads": set(organisations["event_heads"]),
        "head_words": set(organisations["head_words"]),
        "tail_words": set(organisations["tail_words"]),
        "type_nouns": organisations["type_nouns"],
        "institutions": organisations["institutions"],
        "sports_verbs": set(organisations["sports_verbs"]),
        "generic": set(places["generic"]),
        "kind_before": places["kind_before"],
        "street_nouns": places["street_nouns"],
        "demonym_suffixes": tuple(places["demonym_suffixes"]),
        "titles": load_titles(),
    }


@cache
def load_titles() -> dict[str, str | None]:
    """Title noun (lower case) -> grammatical gender ("Masc", "Fem" or None)."""
    titles: dict[str, str | None] = {}
    gender = None
    for line in _read_lexicon("titles.txt").splitlines():
        line = line.strip()
        if line.startswith("## "):
            gender = {"Masc": "Masc", "Fem": "Fem"}.get(line[3:].strip())
        elif line and not line.startswith("#"):
            titles.setdefault(line, gender)
    return titles


class MentionFinder:
    """Finds the named mentions of a Doc; one instance per pipeline, built once."""

    def __init__(self, nlp) -> None:
        self.lex = load_lexicons()
        self.gazetteer = load_gazetteer()
        self.metonyms = PhraseMatcher(nlp.vocab)
        self.metonyms.add("METONYM", _phrases(nlp, self.lex["metonyms"]))
        self.events = PhraseMatcher(nlp.vocab)
        self.events.add("EVENT", _phrases(nlp, self.lex["event_names"]))
        self.type_nouns = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.type_nouns.add("TYPE", _phrases(nlp, self.lex["type_nouns"]))
        self.institutions = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.institutions.add("INSTITUTION", _phrases(nlp, self.lex["institutions"]))
        self.street_nouns = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.street_nouns.add("STREET", _phrases(nlp, self.lex["street_nouns"]))
        kinds = self.lex["kind_before"]
        self.kind_before = {
            kind: re.compile(
                r"\b(?:{})(?:\s+[a-zà-ÿ]+)?\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?$".format(
                    "|".join(re.escape(word) for word in words)
                )
            )
            for kind, words in kinds.items()
        }

    def __call__(self, doc: Doc) -> list[Mention]:
        if len(doc) == 0 or all(token.is_space for token in doc):
            return []
        chosen: list[Mention] = []
        taken = [False] * len(doc)

        def claim(mention: Mention | None) -> None:
            if mention is None or mention.end <= mention.start:
                return
            if any(taken[mention.start : mention.end]):
                if mention.source == "type":  # 'le quotidien Ouest-France': a known name's type
                    for other in chosen:
                        if other.start == mention.start and other.kind == ORGANIZATION:
                            other.hint = other.hint or mention.hint
                return
            for i in range(mention.start, mention.end):
                taken[i] = True
            chosen.append(mention)

        for mention in self._dateline(doc):
            claim(mention)
        for _, start, end in self.events(doc):  # 'Tour de France' holds no place
            claim(Mention(start, end, EVENT, source="event"))
        for mention in self._metonyms(doc):
            claim(mention)
        for mention in self._institutions(doc):
            claim(mention)
        for mention in self._streets(doc):
            claim(mention)
        for mention in self._typed_names(doc):
            claim(mention)
        person_words = self._person_words(doc)
        for entity in self._split_place_then_person(_join_hyphenated(doc)):
            claim(self._classify(doc, entity, person_words))
            if _acronym_then_person(entity):
                claim(Mention(entity.start + 1, entity.end, PERSON))
        for mention in self._known_places(doc, taken, person_words):
            claim(mention)
        chosen = sorted((m for m in chosen if m.kind != EVENT), key=lambda mention: mention.start)
        self._link_parentheses(doc, chosen)
        self._expand_acronyms(doc, chosen, taken)
        self._typed_by_acronym(doc, chosen)
        _same_name_same_kind(doc, chosen)
        return chosen

    def _split_place_then_person(self, entities: list[Span]) -> list[Span]:
        """'le député de Seine-Saint-Denis Yanis Berkane': the NER runs the place into the
        person's name; a known place followed by two or more capitalised words is split."""
        split: list[Span] = []
        for entity in entities:
            cut = self._place_prefix_end(entity) if entity.label_ == "PER" else None
            if cut is None:
                split.append(entity)
                continue
            doc = entity.doc
            split.append(Span(doc, entity.start, cut, label="LOC"))
            split.append(Span(doc, cut, entity.end, label="PER"))
        return split

    def _place_prefix_end(self, entity: Span) -> int | None:
        for cut in range(entity.end - 2, entity.start, -1):
            rest = entity.doc[cut : entity.end]
            if not all(_capitalised(token) for token in rest if token.text != "-"):
                continue
            if self.gazetteer.lookup(entity.doc[entity.start : cut].text):
                return cut
        return None

    def _typed_by_acronym(self, doc: Doc, mentions: list[Mention]) -> None:
        """'Le Paris Saint-Germain ... le PSG': a name whose initials spell an organisation's
        acronym of the same article is that organisation, not a place."""
        acronyms = {
            doc[m.start : m.end].text
            for m in mentions
            if m.kind == ORGANIZATION and m.end - m.start == 1 and doc[m.start].text.isupper()
        }
        for mention in mentions:
            span = doc[mention.start : mention.end]
            if mention.kind != PLACE or len(span) < 2 or self.gazetteer.lookup(span.text):
                continue
            if any(_initials_match(acronym, span) for acronym in acronyms):
                mention.kind = ORGANIZATION

    def _expand_acronyms(self, doc: Doc, mentions: list[Mention], taken: list[bool]) -> None:
        """'la Federal Aviation Administration (FAA)': the words whose initials spell the
        acronym in parentheses name the same organisation, even when the NER missed them."""
        for mention in list(mentions):
            start = mention.start
            if mention.kind != ORGANIZATION or start < 2 or doc[start - 1].text != "(":
                continue
            if mention.end >= len(doc) or doc[mention.end].text != ")" or mention.end - start != 1:
                continue
            first = start - 1
            while (
                first > 0
                and not taken[first - 1]
                and (_capitalised(doc[first - 1]) or doc[first - 1].lower_ in NAME_INNER_WORDS)
            ):
                first -= 1
            while first < start - 1 and not _initials_match(
                doc[start].text, doc[first : start - 1]
            ):
                first += 1  # 'La Federal Aviation Administration': the article is no initial
            if first < start - 1 and _capitalised(doc[first]):
                expansion = Mention(first, start - 1, ORGANIZATION, source="expansion")
                mentions.append(expansion)
                mention.link = expansion
                for i in range(first, start - 1):
                    taken[i] = True
        mentions.sort(key=lambda m: m.start)

    # -- rules that find names the NER misses or mis-types ------------------------------------

    def _dateline(self, doc: Doc) -> list[Mention]:
        match = DATELINE.match(doc[:60].text)  # a Span's text: Doc.text is rebuilt per call
        if match is None:
            return []
        found = []
        for group, kind, hint in (
            ("place", PLACE, "city"),
            ("region", PLACE, "region"),
            ("agency", ORGANIZATION, None),
        ):
            if match.group(group) is None:
                continue
            span = doc.char_span(match.start(group), match.end(group), alignment_mode="expand")
            if span is not None:
                found.append(Mention(span.start, span.end, kind, hint, source="dateline"))
        return found

    def _metonyms(self, doc: Doc) -> list[Mention]:
        """'le Pentagone'; a longer name the NER found from there wins ('Radio France
        internationale' over 'Radio France')."""
        ends = {entity.start: entity.end for entity in doc.ents}
        found = []
        for _, start, end in self.metonyms(doc):
            if start > 0 and doc[start - 1].text == "-":
                continue  # 'Météo-France' holds 'France'
            if len(doc[start].text) == 1 and (start == 0 or doc[start - 1].lower_ != "sur"):
                continue  # 'X' is the network only in 'a réagi sur X'
            longer = ends.get(start, end)
            if longer == end + 1 and _demonym_tail(doc[end], self.lex["demonym_suffixes"]):
                longer = end  # 'le département d'Etat américain' is the département d'Etat
            found.append(Mention(start, max(end, longer), ORGANIZATION, source="metonym"))
        return found

    def _institutions(self, doc: Doc) -> list[Mention]:
        """'ministère de la Sécurité intérieure', 'tribunal judiciaire de Paris'."""
        found = []
        for _, start, end in self.institutions(doc):
            if doc[start].is_title and start > 0 and not doc[start].is_sent_start:
                continue  # capitalised: the NER names it, e.g. 'Cour des comptes'
            i = _skip_adjectives(doc, end)
            name_end = self._complement_end(doc, i)
            if name_end is None:
                continue
            found.append(Mention(start, name_end, ORGANIZATION, source="institution"))
        return found

    def _streets(self, doc: Doc) -> list[Mention]:
        """'boulevard Gambetta', 'place François-Mitterrand': the street noun and the name right
        after it are one place; the name inside is no person and no town."""
        found = []
        for _, start, end in self.street_nouns(doc):
            if end >= len(doc) or not _capitalised(doc[end]) or doc[end].is_punct:
                continue
            if start > 0 and _capitalised(doc[start - 1]):
                continue  # inside a longer name
            found.append(Mention(start, _name_end(doc, end), PLACE, "other", source="street"))
        return found

    def _complement_end(self, doc: Doc, i: int) -> int | None:
        """End of 'de la Santé' / "des Affaires étrangères" / "d'Etat" starting at token i."""
        j = i
        while j < len(doc) and doc[j].lower_ in PREPOSITIONS_OF and j - i < 3:
            j += 1
        if j == i or j >= len(doc) or not _capitalised(doc[j]):
            return None
        return _name_end(doc, j)

    def _typed_names(self, doc: Doc) -> list[Mention]:
        """ "l'ONG Pueblos Sin Fronteras": the noun before a name says it is an organisation."""
        found = []
        ents_at = {entity.start: entity for entity in doc.ents}
        for _, start, end in self.type_nouns(doc):
            if start == 0 or doc[start - 1].lower_ not in TYPE_NOUN_DETERMINERS:
                continue
            if doc[start].is_title and not doc[start].is_sent_start and doc[start].text != "ONG":
                continue
            i = _skip_adjectives(doc, end)
            if i >= len(doc) or not _capitalised(doc[i]):
                continue  # a capitalised article may open the name: 'le parti Les Républicains'
            entity = ents_at.get(i)  # 'le groupe russe Wagner' even when the NER says person
            if len(doc[i].text) < 2:
                continue  # 'le groupe G' of a tournament
            name_end = max(entity.end if entity is not None else 0, _name_end(doc, i))
            if _acronym_then_person(doc[i:name_end]):
                name_end = i + 1  # "l'économiste de la banque ING Henrik Aalto"
            title = doc[start:i].text.lower()
            found.append(Mention(i, name_end, ORGANIZATION, hint=title, source="type"))
        return found

    def _known_places(self, doc: Doc, taken: list[bool], person_words: set) -> list[Mention]:
        """Countries and continents the NER missed ('entre l'Asie et l'Europe')."""
        found = []
        for token in doc:
            if taken[token.i] or not token.is_title or token.pos_ not in ("PROPN", "NOUN"):
                continue
            if token.text in person_words:
                continue  # 'Maurice' the person, not Mauritius
            for n in (3, 2, 1):
                span = doc[token.i : token.i + n]
                if len(span) < n or any(taken[span.start : span.end]) or not _capitalised(span[-1]):
                    continue
                entries = self.gazetteer.lookup(span.text)
                if entries and entries[0].kind in ("country", "continent"):
                    if token.i > 0 and doc[token.i - 1].text == "-":
                        break
                    found.append(Mention(span.start, span.end, PLACE, source="gazetteer"))
                    break
        return found

    # -- the NER's names, typed and trimmed ---------------------------------------------------

    def _person_words(self, doc: Doc) -> set[str]:
        """Words of multi-word person names: 'Vingegaard' is Jonas Vingegaard, not a place."""
        words = set()
        for entity in doc.ents:
            if entity.label_ == "PER" and len(entity) > 1:
                words.update(
                    token.text for token in entity if _capitalised(token) and len(token) > 2
                )
        return words - set(HONORIFICS) - OTHER_HONORIFICS

    def _classify(self, doc: Doc, entity: Span, person_words: set[str]) -> Mention | None:
        kind = NER_KINDS.get(entity.label_)
        start, end, gender = _trim(doc, entity.start, entity.end)
        if start >= end:
            return None
        if self._is_event(doc[start:end]):
            return Mention(start, end, EVENT)  # claimed, so that 'Tour de France' holds no place
        start, end = self._narrow_place(doc, start, end, kind)
        if start >= end:
            return None
        span = doc[start:end]
        text = span.text
        if not any(c.isupper() for c in text) or len(text) < 2 or self._is_generic(span):
            return None
        if CENTURY.match(text):
            return None
        if self._demonym_then_name(span) and (kind != PERSON or _after_article(span)):
            return Mention(start + 1, end, PERSON)  # "l'Ethiopienne Tiki Gelana"
        if len(span) == 1 and span[0].is_sent_start and span[0].pos_ in ("VERB", "ADJ", "ADV"):
            return None  # 'Sauvé de la liquidation, le club ...'
        if kind == ORGANIZATION:
            start, end = self._org_edges(doc, start, end)
            span = doc[start:end]
            text = span.text
            if _acronym_then_person(span):
                return Mention(start, start + 1, ORGANIZATION)  # the person is found apart
        if self._starts_with_title(span):
            return self._person_after_title(doc, span)
        if (
            self._is_portfolio(doc, start)
            and not self.gazetteer.lookup(text)
            and not text.isupper()
        ):
            return None  # 'ministre des Finances': the portfolio is no organisation
        if gender is not None:
            return Mention(start, end, PERSON, gender=gender or None)
        if kind != PERSON and text in person_words:
            return Mention(start, end, PERSON)
        place = self.gazetteer.best(text)
        if span[0].text in self.lex["head_words"] or (
            len(span) > 1 and span[-1].text in self.lex["tail_words"] and place is None
        ):
            return Mention(start, end, ORGANIZATION)
        if kind in (ORGANIZATION, None) and self._after_person_title(doc, span):
            return Mention(start, end, PERSON)  # 'le directeur de l'OMS, Tedros Adhanom ...'
        if kind == PERSON:
            if place is not None and len(span) == 1 and self._is_big_place(place):
                return self._place_or_club(doc, start, end)
            return Mention(start, end, PERSON)
        if kind == PLACE:
            if place is None and self._is_demonym(span):
                return None
            if (
                place is None
                and any(c.isdigit() for c in text)
                and not ROAD.match(text)
                and not span[0].is_lower
            ):
                return Mention(start, end, ORGANIZATION)  # 'les rebelles du M23'
            if place is None and self._org_apposition(doc, end):
                return Mention(start, end, ORGANIZATION)  # "La Monusco, la mission de l'ONU"
            return self._place_or_club(doc, start, end)
        context_kind = self._kind_from_context(doc, start)
        named_place = context_kind in ("city", "region") or (
            place is not None and (kind is None or self._is_big_place(place))
        )
        if named_place and (len(span) == 1 or place is None or place.kind != "city"):
            return self._place_or_club(doc, start, end)  # 'Paris' tagged ORG
        if kind == ORGANIZATION:
            return Mention(start, end, ORGANIZATION)
        return None  # MISC: events, products, works

    def _org_edges(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Where the NER cuts an organisation's name short or too long:
        'Réseau Action | Climat', 'Centre spatial | guyanais', "Cour de justice | de l'UE";
        'Sénat | américain' (the adjective describes it, the name is 'Sénat')."""
        suffixes = self.lex["demonym_suffixes"]
        last = doc[end - 1]
        if (
            end - start == 2
            and _demonym_tail(last, suffixes)
            and not last.lower_.startswith(SUPRANATIONAL)
        ):
            return start, end - 1
        if end < len(doc) and _demonym_tail(doc[end], suffixes) and end - start >= 2:
            return start, end + 1
        if end < len(doc) and _capitalised(doc[end]) and not doc[end].ent_type_:
            return start, _name_end(doc, end - 1)
        if doc[start].text in self.lex["head_words"] and end < len(doc):
            complement = self._complement_end(doc, end)
            if complement is not None and doc[end].lower_ != "à":
                return start, complement
            if doc[end - 1].pos_ == "NOUN" and doc[end - 1].is_lower and doc[end].lower_ == "et":
                # 'Agence de gestion des incendies | et des catastrophes'
                k = end + 1
                while k < len(doc) and doc[k].lower_ in PREPOSITIONS_OF and k - end < 3:
                    k += 1
                if k > end + 1 and k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].is_lower:
                    return start, k + 1
        return start, end

    def _is_event(self, span: Span) -> bool:
        return fold(span.text) in self.lex["events"] or span[0].text in self.lex["event_heads"]

    def _org_apposition(self, doc: Doc, end: int) -> bool:
        """'X, la mission de l'ONU,': an organisation type noun in apposition."""
        if end + 2 >= len(doc) or doc[end].text != ",":
            return False
        i = end + 1 + (doc[end + 1].pos_ == "DET")
        return any(start == 0 for _, start, _ in self.type_nouns(doc[i : i + 3].as_doc()))

    def _narrow_place(self, doc: Doc, start: int, end: int, kind: str | None) -> tuple[int, int]:
        """'La France' -> 'France', 'région Hauts-de-France' -> 'Hauts-de-France',
        'port de Saint-Hélier' -> 'Saint-Hélier', 'Pays basque espagnol' -> 'Pays basque'."""
        if kind == PERSON or end - start < 2:
            return start, end
        if doc[start].lower_ in ARTICLES and self.gazetteer.lookup(doc[start + 1 : end].text):
            return start + 1, end
        if kind == ORGANIZATION or doc[start].text in self.lex["head_words"]:
            return start, end
        if doc[start].lower_ in self.lex["kind_before"]["other"]:
            return start, end  # 'lac Kivu', 'canal de Suez': the feature is the name
        if (
            end - start > 2
            and doc[end - 2].is_lower
            and _demonym_tail(doc[end - 1], self.lex["demonym_suffixes"])
        ):
            end -= 1  # 'Pays basque espagnol'
        if doc[start].lower_ in ARTICLES and self.gazetteer.lookup(doc[start + 1 : end].text):
            return start + 1, end
        for i in range(start, end - 1):
            if (
                doc[i].lower_ in PREPOSITIONS_OF
                and doc[i + 1 : end].text
                and _capitalised(doc[i + 1])
            ):
                rest = doc[i + 1 : end]
                if self.gazetteer.lookup(rest.text) and not self.gazetteer.lookup(
                    doc[start:end].text
                ):
                    return i + 1, end
        if (
            doc[start].is_lower
            and _capitalised(doc[start + 1])
            and self._kind_word(doc[start].lower_)
        ):
            return start + 1, end  # 'région Hauts-de-France'
        return start, end

    def _kind_word(self, word: str) -> bool:
        return any(word in self.lex["kind_before"][kind] for kind in ("city", "region", "site"))

    def _after_person_title(self, doc: Doc, span: Span) -> bool:
        """A name in apposition to a person's title is a person, whatever the NER says."""
        if not all(token.pos_ == "PROPN" for token in span) or span.start < 2:
            return False
        if doc[span.start - 1].text != ",":
            return False
        window = doc[max(span.sent.start, span.start - 8) : span.start - 1]
        return any(token.lower_ in self.lex["titles"] for token in window)

    def _person_after_title(self, doc: Doc, span: Span) -> Mention | None:
        """'Premier ministre Edouard Philippe' tagged as one name: keep the person."""
        i = span.end
        while (
            i > span.start
            and _capitalised(doc[i - 1])
            and doc[i - 1].lower_ not in self.lex["titles"]
        ):
            i -= 1
        if span.end - i >= 2:
            return Mention(i, span.end, PERSON)
        return None

    def _starts_with_title(self, span: Span) -> bool:
        if span[0].lower_ in PORTFOLIO_HEADS:
            return True
        return any(
            span[:n].text.lower() in self.lex["titles"] for n in range(1, min(len(span), 3) + 1)
        )

    def _place_or_club(self, doc: Doc, start: int, end: int) -> Mention:
        if end - start == 1 and self._plays(doc, doc[start]):
            return Mention(start, end, ORGANIZATION, hint="club")
        hint = self._kind_from_context(doc, start)
        if hint is None and doc[start].lower_ in self.lex["kind_before"]["other"]:
            hint = "other"  # 'canal de Suez', 'lac Kivu'
        return Mention(start, end, PLACE, hint=hint)

    def _plays(self, doc: Doc, token) -> bool:
        """A town that wins or loses in a match report is its club ('Sochaux s'est incliné
        face à Nancy (1-2)'); countries stay places ('la Belgique a battu l'Angleterre')."""
        place = self.gazetteer.best(token.text)
        if place is not None and place.kind != "city":
            return False
        sentence = token.sent
        if token.dep_.startswith("nsubj") and lemma(token.head) in self.lex["sports_verbs"]:
            return True
        if not SCORE.search(sentence.text):
            return False
        if token.dep_.startswith("nsubj"):
            return True
        before = doc[max(token.i - 2, sentence.start) : token.i].text.lower()
        return before.endswith(("face à", "contre"))

    def _kind_from_context(self, doc: Doc, start: int) -> str | None:
        before = doc[max(0, start - 8) : start].text_with_ws
        for kind, pattern in self.kind_before.items():
            if pattern.search(before):
                return None if kind == "site" else kind
        return None

    def _is_big_place(self, place) -> bool:
        return (
            place.kind in ("country", "continent", "region", "other") or place.population >= 100_000
        )

    def _is_generic(self, span: Span) -> bool:
        """'Etat mexicain', 'Etats', 'Samedi', 'Sud': no capitalised word names a place."""
        if len(span) > 1 and self.gazetteer.lookup(span.text):
            return False  # 'Pays basque'
        if span[0].text in self.lex["head_words"]:
            return False  # 'Centre spatial guyanais'
        for token in span:
            if token.is_punct or token.lower_ in NAME_PARTICLES:
                continue
            if _capitalised(token) and fold(token.text) not in self.lex["generic"]:
                return False
        return True

    def _is_portfolio(self, doc: Doc, start: int) -> bool:
        i = start - 1
        steps = 0
        while i >= 0 and doc[i].lower_ in PREPOSITIONS_OF | {"et"} and steps < 4:
            i -= 1
            steps += 1
        if steps == 0 or i < 0:
            return False
        word = doc[i].lower_
        if word in PORTFOLIO_HEADS:
            return True
        # 'ministre délégué chargé des Comptes publics', 'ministre de l'Europe et des Affaires'
        return i > 0 and doc[i - 1].lower_ in PORTFOLIO_HEADS

    def _demonym_then_name(self, span: Span) -> bool:
        """'Ethiopienne Tiki Gelana' tagged as a place: a nationality, then a person's name."""
        first = span[0]
        return (
            (len(span) >= 3 or (len(span) == 2 and _after_article(span)))
            and first.text.endswith(self.lex["demonym_suffixes"])
            and not self.gazetteer.lookup(first.text)
            and all(t.is_title and t.pos_ == "PROPN" for t in span[1:])
        )

    def _is_demonym(self, span: Span) -> bool:
        """'les Italiens', 'le Danois Jonas Vingegaard': a nationality, not a place."""
        if len(span) != 1 or "-" in span.text or span.start == 0:
            return False
        word = span[0]
        if not word.text.endswith(self.lex["demonym_suffixes"]):
            return False
        return word.nbor(-1).lower_ in ARTICLES | {"des", "aux", "du", "de", "d'", "d’"}

    # -- parentheses: acronyms, parties, regions ---------------------------------------------

    def _link_parentheses(self, doc: Doc, mentions: list[Mention]) -> None:
        """'Office anti-stupéfiants (Ofast)': the acronym is the same organisation;
        'Tadej Pogacar (UAE Team Emirates)': the team is an organisation;
        'Nîmes (Gard)': the department is a region."""
        by_start = {mention.start: index for index, mention in enumerate(mentions)}
        for mention in list(mentions):
            if mention.end >= len(doc) or doc[mention.end].text != "(":
                continue
            after = doc[mention.end - 1 : mention.end + 16]
            match = PAREN_AFTER.match(after.text, len(doc[mention.end - 1].text))
            if match is None:
                continue
            base = after.start_char
            inner = doc.char_span(
                base + match.start("inner"), base + match.end("inner"), alignment_mode="expand"
            )
            if inner is None:
                continue
            other = by_start.get(inner.start)
            inner_text = inner.text
            if mention.kind == ORGANIZATION and ACRONYM.match(inner_text):
                self._replace(
                    mentions,
                    by_start,
                    Mention(inner.start, inner.end, ORGANIZATION, link=mention, source="acronym"),
                )
            elif mention.kind == PLACE:
                if other is not None and mentions[other].kind == PLACE:
                    mentions[other].hint = mentions[other].hint or "region"
                elif inner_text.isupper() and _initials_match(
                    inner_text, doc[mention.start : mention.end]
                ):
                    self._replace(
                        mentions,
                        by_start,
                        Mention(inner.start, inner.end, PLACE, link=mention, source="acronym"),
                    )
            elif (
                mention.kind == PERSON
                and other is not None
                and mentions[other].kind == PLACE
                and not self.gazetteer.lookup(inner_text)
            ):
                mentions[other].kind = ORGANIZATION  # 'David Gaudu (Groupama-FDJ)'

    def _replace(self, mentions: list[Mention], by_start: dict, new: Mention) -> None:
        for index, mention in enumerate(mentions):
            if mention.start < new.end and new.start < mention.end:
                new.hint = new.hint or (mention.hint if mention.kind == new.kind else None)
                mentions[index] = new
                return
        mentions.append(new)
        by_start[new.start] = len(mentions) - 1


# Evidence stronger than the NER's label: a later bare mention of the same name takes its type.
STRONG_SOURCES = {"metonym", "institution", "type", "acronym"}


def _same_name_same_kind(doc: Doc, mentions: list[Mention]) -> None:
    """'l'agence Aemet ... L'Aemet prévoit': one name keeps one type in an article."""
    strong = {}
    for mention in mentions:
        if mention.source in STRONG_SOURCES:
            strong.setdefault(fold(doc[mention.start : mention.end].text), mention.kind)
    for mention in mentions:
        if mention.source == "ner":
            kind = strong.get(fold(doc[mention.start : mention.end].text))
            if kind is not None and kind != mention.kind:
                mention.kind = kind


def _acronym_then_person(span: Span) -> bool:
    """'ING Henrik Aalto': an acronym, then a first and a last name glued to it by the NER."""
    if len(span) < 3 or not span[0].text.isupper() or len(span[0].text) < 2:
        return False
    rest = span[1:]
    return all(t.is_title and t.pos_ == "PROPN" for t in rest) and len(rest) in (2, 3)


def _join_hyphenated(doc: Doc) -> list[Span]:
    """'Addis' + '-' + 'Abeba' split by the NER are one name."""
    entities = list(doc.ents)
    joined: list[Span] = []
    for entity in entities:
        if joined:
            last = joined[-1]
            between = doc[last.end : entity.start]
            if (
                between.text == "-"
                and not doc[last.end - 1].whitespace_
                and not between[0].whitespace_
            ):
                joined[-1] = Span(doc, last.start, entity.end, label=last.label_)
                continue
        joined.append(entity)
    return joined


def _after_article(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in ARTICLES


def _demonym_tail(token, suffixes: tuple[str, ...]) -> bool:
    return token.is_lower and token.pos_ in ("ADJ", "NOUN") and token.text.endswith(suffixes)


def _phrases(nlp, texts: list[str]) -> list[Doc]:
    """Pattern Docs for a PhraseMatcher, each also with the typographic apostrophe that half of
    French news uses ("chambre d’agriculture")."""
    variants = {variant for text in texts for variant in (text, text.replace("'", "’"))}
    return [nlp.make_doc(text) for text in sorted(variants)]


def _capitalised(token) -> bool:
    return bool(token.text) and token.text[0].isupper()


def _skip_adjectives(doc: Doc, i: int, limit: int = 2) -> int:
    """Skip lower-case adjectives after a noun: 'groupe danois', 'ministère chinois'."""
    j = i
    while j < len(doc) and j - i < limit and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        j += 1
    return j


def _name_end(doc: Doc, i: int) -> int:
    """End of the name starting at token i: capitalised words, lower-case adjectives right after
    them ('Sécurité intérieure') and particles between capitalised words ('Sin', 'de la')."""
    j = i + 1
    while j < len(doc):
        token = doc[j]
        if token.text == "-" and not doc[j - 1].whitespace_ and j + 1 < len(doc):
            j += 1  # 'Jumbo-Visma' split by the tokenizer
            continue
        if _capitalised(token) and not token.is_punct:
            j += 1
            continue
        if token.is_lower and token.pos_ == "ADJ" and _capitalised(doc[j - 1]):
            j += 1
            continue
        k = j
        while k < len(doc) and doc[k].lower_ in NAME_INNER_WORDS and k - j < 3:
            k += 1
        if k > j and k < len(doc) and _capitalised(doc[k]):
            j = k + 1
            continue
        break
    return j


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int, str | None]:
    """Drop leading prepositions, determiners of places, honorifics and trailing punctuation.
    The third value is the honorific's gender: "Masc", "Fem", "" (Me, Dr) or None (none)."""
    gender = None
    while start < end - 1 and (
        doc[start].lower_ in LEADING_JUNK
        or (doc[start].lower_ in ARTICLES and doc[start].is_lower)
        or doc[start].text in ("L'", "L’")  # elided: 'L'Aemet' is Aemet; 'L'Oréal' is known
        or doc[start].is_punct
    ):
        start += 1
    while start < end and doc[start].text in HONORIFICS:
        gender = HONORIFICS[doc[start].text]
        start += 1
    while start < end and doc[start].text in OTHER_HONORIFICS and end - start > 1:
        gender = gender or ""
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in NAME_PARTICLES):
        end -= 1
    return start, end, gender


def _initials_match(acronym: str, words: Span) -> bool:
    """'PSG' of 'Paris Saint-Germain', 'RDC' of 'République démocratique du Congo'."""
    parts = [part for token in words for part in token.text.split("-") if part]
    initials = "".join(
        part[0] for part in parts if part[0].isupper() or part.lower() not in NAME_PARTICLES
    )
    return len(acronym) > 1 and fold(initials) == fold(acronym)
