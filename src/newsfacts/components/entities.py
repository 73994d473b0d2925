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
- a town that plays (``Sochaux s'est incliné face à Nancy``) is its club;
- a party right after a title is an actor, and its constituency a place (``le député RN du
  Nord``); an acronym with its article before a French place is one local body (``la FDSEA du
  Lot-et-Garonne``);
- lower-case public services (``la police judiciaire``) and lower-case names spelled by an acronym
  (``le parquet national financier (PNF)``) are organisations; roads (``la RN 12``) are places.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from newsfacts.components import text_of
from newsfacts.components.gazetteer import HOME_COUNTRY, fold, load_gazetteer
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
# 'l'A62', 'la RN 12', 'l'autoroute A7', 'la D906'; not 'l'A380' (a plane: motorways have at
# most two digits), 'la D1' (a football league) nor 'le RN' (a party)
ROAD_IN_TEXT = re.compile(
    r"(?i:\bl['’]|\bla\s+|\bautoroute\s+|\bnationale\s+|\bdépartementale\s+)"
    r"(?P<road>A\s?\d{1,2}|(?:RN|N)\s?\d{1,4}|(?:RD|D)\s?\d{2,4})(?![\w,.]\d)\b"
)
ROAD_NAME = re.compile(r"^(?:A\d{1,2}|(?:N|RN)[- ]?\d{1,4}|(?:D|RD)[- ]?\d{2,4})$")
AFTER_HONORIFIC = re.compile(r"\b(?:M\.|MM\.|Mmes?|Mlle)\s+([A-ZÀ-Þ][\w-]{2,})")
# Titles followed by a single name: 'le pape François', 'la reine Elizabeth'.
SINGLE_NAME_TITLES = {"pape", "roi", "reine", "prince", "princesse", "émir", "cheikh", "imam"}
# Words right before a one-word French département or region the NER missed ('dans le Var').
REGION_PREPOSITIONS = {"le", "la", "l'", "l’", "les", "du", "des", "de", "d'", "d’", "en"}
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
# Prepositions that, repeated on both sides of 'et', join names of one kind ('de X et de Y').
PLACE_PREPOSITIONS = {"de", "d'", "d’", "à", "en", "vers"}
# A name's capitalised article merges with 'à' / 'de' before it: 'au Monde', 'des Echos'.
CONTRACTIONS = {"Le": {"au", "du"}, "Les": {"aux", "des"}}
BARE_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,5}$")
DEFINITE_ARTICLES = {"le", "la", "l'", "l’", "du", "de la", "au", "à la"}
# Words before a nationality noun: 'les Italiens', 'cette Irlandaise', 'un Grec'.
DEMONYM_DETERMINERS = ARTICLES | {"des", "aux", "du", "de", "d'", "d’", "ce", "cet", "cette", "ces",
                                  "un", "une", "deux", "trois", "plusieurs"}  # fmt: skip
# A town this big may run into the name after it ('député de Nîmes Jean Dupont'); a village's
# name is more often a first name ('en présence de Noël Le Graët').
TOWN_BEFORE_NAME_POPULATION = 15_000
# Prepositions that say where: a name after them is a place, whatever follows it.
LOCATIVE_PREPOSITIONS = {"à", "a", "en", "dans", "au", "aux", "vers", "depuis"}
# Prepositions after which a known town's name is the town, whatever the NER says.
PLACE_PREPOSITION_WORDS = {"à", "vers", "de", "d'", "d’"}
# Nouns that, in apposition after a name, say it is a person's: 'Rama, une femme ...'.
PERSON_NOUNS = {"femme", "homme", "fille", "garçon", "jeune", "mère", "père", "enfant",
                "adolescent", "adolescente", "retraité", "retraitée", "habitant", "habitante",
                "étudiant", "étudiante", "veuve", "veuf", "papa", "maman", "fils", "mari",
                "épouse", "frère", "sœur", "oncle", "tante", "ami", "amie", "compagnon",
                "compagne", "enfants", "parents"}  # fmt: skip
# Lower-case words that may stand between a type noun and its name.
TYPE_NOUN_GAP = 4
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
        "known_names": organisations["known_names"],
        "events": {fold(name) for name in organisations["events"]},
        "event_names": [name for name in organisations["events"] if " " in name],
        "event_heads": set(organisations["event_heads"]),
        "event_nouns": organisations["event_nouns"],
        "named_institutions": set(organisations["named_institutions"]),
        "common_acronyms": set(organisations["common_acronyms"]),
        "head_words": set(organisations["head_words"]),
        "tail_words": set(organisations["tail_words"]),
        "type_nouns": organisations["type_nouns"],
        "institutions": organisations["institutions"],
        "foreign_institutions": organisations["foreign_institutions"],
        "sports_verbs": set(organisations["sports_verbs"]),
        "generic": set(places["generic"]),
        "kind_before": places["kind_before"],
        "street_nouns": places["street_nouns"],
        "common_noun_places": places["common_noun_places"],
        "ambiguous_street_nouns": set(places["ambiguous_street_nouns"]),
        "street_nouns_with_de": set(places["street_nouns_with_de"]),
        "demonym_suffixes": tuple(places["demonym_suffixes"]),
        "demonym_words": set(places["demonym_words"]),
        "titles": load_titles(),
        # titles of people only, for appositions ('Emmanuelle, doctorante en ...')
        "person_titles": set(load_titles()) - set(organisations["type_nouns"]),
        "party_labels": set(organisations["party_labels"]),
        "service_names": organisations["service_names"],
        "town_institutions": set(organisations["town_institutions"]),
        "club_heads": set(organisations["club_heads"]),
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


@cache
def load_speech_lemmas() -> frozenset[str]:
    """Reporting verbs of the quotes lexicon (its first word per line is the lemma)."""
    try:
        text = _read_lexicon("speech_verbs.txt")
    except OSError:
        return frozenset()
    lemmas = set()
    for line in text.splitlines():
        line = line.split("|")[0].strip()
        if not line or line.startswith(("#", "=")):
            continue
        lemmas.add(re.sub(r"^(?:s'|se )", "", line).split()[0])
    return frozenset(lemmas)


class MentionFinder:
    """Finds the named mentions of a Doc; one instance per pipeline, built once."""

    def __init__(self, nlp) -> None:
        self.lex = load_lexicons()
        self.speech_verbs = load_speech_lemmas()
        self.type_noun_words = {
            noun.split()[0] for noun in self.lex["type_nouns"] + self.lex["institutions"]
        }
        self.gazetteer = load_gazetteer()
        self.metonyms = PhraseMatcher(nlp.vocab)
        self.metonyms.add("METONYM", _phrases(nlp, self.lex["metonyms"]))
        self.nlp_vocab = nlp.vocab
        self.contracted = PhraseMatcher(nlp.vocab)
        for article in CONTRACTIONS:
            names = [
                name[len(article) + 1 :]
                for name in self.lex["known_names"]
                if name.startswith(article + " ")
            ]
            self.contracted.add(article, _phrases(nlp, names))
        self.event_nouns = PhraseMatcher(nlp.vocab)  # lower case only: 'Accord' may open a name
        self.event_nouns.add("EVENT_NOUN", _phrases(nlp, self.lex["event_nouns"]))
        self.events = PhraseMatcher(nlp.vocab)
        self.events.add("EVENT", _phrases(nlp, self.lex["event_names"]))
        self.type_nouns = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.type_nouns.add("TYPE", _phrases(nlp, self.lex["type_nouns"]))
        self.institutions = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.institutions.add("INSTITUTION", _phrases(nlp, self.lex["institutions"]))
        self.institutions.add("FOREIGN", _phrases(nlp, self.lex["foreign_institutions"]))
        self.services = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.services.add("SERVICE", _phrases(nlp, self.lex["service_names"]))
        # first words of lower-case organisation names that an acronym in parentheses spells
        # ('parquet national financier (PNF)')
        self.org_name_heads = (
            self.type_noun_words
            | {word.lower() for word in self.lex["head_words"]}
            | {name.split()[0] for name in self.lex["service_names"]}
        )
        self.title_nouns = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.title_nouns.add("TITLE", _phrases(nlp, list(self.lex["titles"])))
        self.common_noun_places = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.common_noun_places.add("AREA", _phrases(nlp, self.lex["common_noun_places"]))
        self.street_nouns = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.street_nouns.add("STREET", _phrases(nlp, self.lex["street_nouns"]))
        # 'vallée du Rhône', 'golfe du Mexique', 'mer du Nord': the feature is the name
        self.feature_nouns = set(self.lex["kind_before"]["other"]) - {"quartier"}
        self.street_nouns.add("FEATURE", _phrases(nlp, sorted(self.feature_nouns)))
        kinds = self.lex["kind_before"]
        self.kind_words = {kind: {fold(word) for word in words} for kind, words in kinds.items()}
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
        for mention in self._event_names(doc):
            claim(mention)
        for mention in self._metonyms(doc):
            claim(mention)
        for mention in self._institutions(doc):
            claim(mention)
        for mention in self._services(doc):
            claim(mention)
        for mention in self._roads(doc):
            claim(mention)
        for mention in self._streets(doc):
            claim(mention)
        for _, start, end in self.common_noun_places(doc):  # 'la zone euro'
            claim(Mention(start, end, PLACE, "region", source="gazetteer"))
        for mention in self._typed_names(doc):
            claim(mention)
        for mention in _repeated_names(doc, chosen, taken):
            claim(mention)
        titles = self.title_nouns(doc)  # read by two rules: matched once
        for mention in self._party_constituencies(doc, titles):
            claim(mention)
        entities = self._split_place_then_person(_join_hyphenated(doc))
        person_words = self._person_words(entities)
        for entity in entities:
            claim(self._classify(doc, entity, person_words))
            if _acronym_then_person(entity):
                claim(Mention(entity.start + 1, entity.end, PERSON))
            elif entity.label_ == "ORG" and _credit_then_name(doc, entity.start, entity.end):
                claim(Mention(entity.end, _name_end(doc, entity.end - 1), PERSON, source="credit"))
        for mention in self._known_places(doc, taken, person_words):
            claim(mention)
        for mention in self._bare_acronyms(doc, taken):
            claim(mention)
        for mention in self._names_after_titles(doc, titles, taken):
            claim(mention)
        for mention in _names_before_party(doc, taken):
            claim(mention)
        chosen = sorted((m for m in chosen if m.kind != EVENT), key=lambda mention: mention.start)
        chosen = self._local_chapters(doc, chosen)
        chosen = self._compound_territories(doc, chosen)
        _with_possessive_s(doc, chosen)
        _extend_to_acronym(doc, chosen)
        self._link_parentheses(doc, chosen)
        chosen += _other_acronym_mentions(doc, chosen, taken)
        chosen.sort(key=lambda mention: mention.start)
        self._expand_acronyms(doc, chosen, taken)
        self._typed_by_acronym(doc, chosen)
        self._coordinated_kinds(doc, chosen)
        _same_name_same_kind(doc, chosen)
        return _without_duplicates(chosen)

    def _split_place_then_person(self, entities: list[Span]) -> list[Span]:
        """'le député de Seine-Saint-Denis Yanis Berkane': the NER runs the place into the
        person's name; a known place followed by two or more capitalised words is split."""
        split: list[Span] = []
        for entity in entities:
            if entity.label_ == "ORG" and _acronym_then_complement(entity):
                split.extend(self._split_acronym_complement(entity))
                continue
            cut = None
            if entity.label_ == "PER":
                cut = self._place_prefix_end(entity)
            elif entity.label_ == "LOC":
                cut = self._country_then_name(entity)
            if cut is None:
                split.append(entity)
                continue
            doc = entity.doc
            split.append(Span(doc, entity.start, cut, label="LOC"))
            split.append(Span(doc, cut, entity.end, label="PER"))
        return split

    def _country_then_name(self, entity: Span) -> int | None:
        """'rencontrent au Sénégal Babacar': a country, then one name the NER ran into it (not
        'France Bleu Nord', a name of three words)."""
        if len(entity) < 2 or self.gazetteer.lookup(entity.text):
            return None
        doc = entity.doc
        for cut in range(entity.end - 1, entity.end):
            entries = self.gazetteer.lookup(doc[entity.start : cut].text)
            if not entries or entries[0].kind != "country":
                continue
            rest = doc[cut : entity.end]
            if all(t.pos_ == "PROPN" and _capitalised(t) for t in rest) and not (
                self.gazetteer.lookup(rest.text)
            ):
                return cut
        return None

    def _split_acronym_complement(self, entity: Span) -> list[Span]:
        """'coordinatrice de l'OIM pour le Darfour': the acronym is the organisation, and the
        place after it stays a place."""
        doc = entity.doc
        parts = [Span(doc, entity.start, entity.start + 1, label="ORG")]
        i = entity.start + 2
        while i < entity.end and doc[i].lower_ in ARTICLES:
            i += 1
        if i < entity.end and self.gazetteer.lookup(doc[i : entity.end].text):
            parts.append(Span(doc, i, entity.end, label="LOC"))
        return parts

    def _place_prefix_end(self, entity: Span) -> int | None:
        """Where the person's name starts: two words or more ('Zaïre-Emery' is one word), after
        a place that follows 'de' ('député de Seine-Saint-Denis') or is no mere town ('Warren'
        of 'Warren Zaïre-Emery' is a first name)."""
        doc = entity.doc
        after_of = entity.start > 0 and doc[entity.start - 1].lower_ in PREPOSITIONS_OF
        for cut in range(entity.end - 2, entity.start, -1):
            rest = doc[cut : entity.end]
            if not all(_capitalised(token) for token in rest if token.text != "-"):
                continue
            if len(rest.text.split()) < 2:
                continue
            entries = self.gazetteer.lookup(doc[entity.start : cut].text)
            if entries and (
                entries[0].kind != "city"
                or (after_of and entries[0].population >= TOWN_BEFORE_NAME_POPULATION)
            ):
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
            if not (first < start - 1 and _capitalised(doc[first])):
                first = self._lowercase_expansion(doc, start, taken)
            if first is not None:
                expansion = Mention(first, start - 1, ORGANIZATION, source="expansion")
                mentions.append(expansion)
                mention.link = expansion
                for i in range(first, start - 1):
                    taken[i] = True
        mentions.sort(key=lambda m: m.start)

    def _lowercase_expansion(
        self, doc: Doc, start: int, taken: list[bool] | None = None
    ) -> int | None:
        """'le parquet national financier (PNF)', "l'office français de la biodiversité
        (OFB)": French writes many organisation names in lower case; the words that spell the
        acronym name it when the first is an organisation noun."""
        spellings = _spelling_phrases(doc, start, taken)
        return next((w.start for w in spellings if w[0].lower_ in self.org_name_heads), None)

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
        matches = [(start, end) for _, start, end in self.metonyms(doc)]
        matches += self._contracted_names(doc)
        # the longest name first: 'Croix-Rouge française' over 'Croix-Rouge'
        for start, end in sorted(matches, key=lambda match: (match[0], -match[1])):
            if start > 0 and doc[start - 1].text == "-":
                continue  # 'Météo-France' holds 'France'
            if end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
                continue  # 'La Croix-Rouge' holds 'La Croix'
            if doc[start].ent_iob_ == "I" and doc[start].ent_type_ == "ORG":
                continue  # 'Comité international de la Croix-Rouge': a longer organisation
            if len(doc[start].text) == 1 and (start == 0 or doc[start - 1].lower_ != "sur"):
                continue  # 'X' is the network only in 'a réagi sur X'
            longer = ends.get(start, end)
            if longer == end + 1 and _demonym_tail(doc[end], self.lex["demonym_suffixes"]):
                longer = end  # 'le département d'Etat américain' is the département d'Etat
            if longer > end and self._leader_after(doc, end, longer):
                # 'le Rassemblement national de Marine Le Pen': the party, then its leader
                found.append(Mention(end + 1, longer, PERSON, source="leader"))
                longer = end
            found.append(Mention(start, max(end, longer), ORGANIZATION, source="metonym"))
        return found

    def _leader_after(self, doc: Doc, end: int, longer: int) -> bool:
        """'de Marine Le Pen' after a known name: 'de' and two capitalised words or more
        that name no place."""
        rest = doc[end + 1 : longer]
        return (
            doc[end].lower_ in ("de", "d'", "d’")
            and len(rest) >= 2
            and all(_capitalised(token) for token in rest if token.text != "-")
            and rest[-1].pos_ == "PROPN"
            and not self.gazetteer.lookup(rest.text)
        )

    def _contracted_names(self, doc: Doc) -> list[tuple[int, int]]:
        """'Le Monde' after 'à' or 'de' is written 'au Monde', 'du Monde': the name without its
        article, when the contraction stands right before it."""
        found = []
        for match_id, start, end in self.contracted(doc):
            contractions = CONTRACTIONS[self.nlp_vocab.strings[match_id]]
            if start == 0 or doc[start - 1].lower_ not in contractions:
                continue
            if start > 1 and _capitalised(doc[start - 2]):
                continue  # 'Coupe du Monde': inside another name
            found.append((start, end))
        return found

    def _institutions(self, doc: Doc) -> list[Mention]:
        """'ministère de la Sécurité intérieure', 'tribunal judiciaire de Paris'."""
        found = []
        foreign = self.nlp_vocab.strings["FOREIGN"]
        for match_id, start, end in self.institutions(doc):
            if doc[start].is_title and start > 0 and not doc[start].is_sent_start:
                continue  # capitalised: the NER names it, e.g. 'Cour des comptes'
            if match_id == foreign and not (
                end < len(doc) and _demonym_tail(doc[end], self.lex["demonym_suffixes"])
            ):
                continue  # 'le département du Nord' is a place
            i = _skip_adjectives(doc, end)
            name_end = self._complement_end(doc, i)
            if (
                name_end is None
                and i < len(doc)
                and _capitalised(doc[i])
                and doc[start:end].text.lower() in self.lex["named_institutions"]
            ):
                # 'académie Goncourt', 'musée Fabre' (de Montpellier: a place of its own)
                name_end = self._before_town(doc, i, _name_end(doc, i))
            if name_end is None:
                continue
            town = self._town_complement(doc, start, i, name_end)
            if town is not None:
                # "l'hôpital de Mantes-la-Jolie", "la cour d'appel d'Aix-en-Provence": French
                # news names the town; the lower-case institution is no name of its own
                found.append(Mention(start, town.start, EVENT, source="institution"))
                found.append(town)
                continue
            found.append(Mention(start, name_end, ORGANIZATION, source="institution"))
        return found

    def _town_complement(self, doc: Doc, start: int, i: int, name_end: int) -> Mention | None:
        """The known place that is the whole complement of a lower-case institution noun."""
        noun = " ".join(doc[start:i].text.lower().replace("’", "'").split())
        if not doc[start].is_lower or noun not in self.lex["town_institutions"]:
            return None  # 'le musée d'Orsay', "la chambre d'agriculture du Tarn": names
        j = i
        while j < name_end and doc[j].lower_ in PREPOSITIONS_OF:
            j += 1
        if j == i or doc[j - 1].lower_ not in ("de", "d'", "d’", "du"):
            return None  # 'de la Santé', 'des Armées': a portfolio, not a town
        entries = self.gazetteer.lookup(doc[j:name_end].text)
        if not any(e.country == HOME_COUNTRY and e.kind in ("city", "region") for e in entries):
            return None
        return Mention(j, name_end, PLACE, source="gazetteer")

    def _services(self, doc: Doc) -> list[Mention]:
        """'la police judiciaire', 'la brigade financière': public services written in lower
        case are organisations on their own, with their complement if any ('de Lyon')."""
        found = []
        ent_end = {entity.start: entity.end for entity in doc.ents}
        for _, start, end in self.services(doc):
            if (
                doc[start].is_title
                and start > 0
                and not doc[start].is_sent_start
                and ent_end.get(start, end) >= end
            ):
                continue  # capitalised: the NER names it, unless it cut it ('le Parquet')
            if start > 0 and doc[start - 1].lower_ in PORTFOLIO_HEADS:
                continue  # "ministre de l'Intérieur et de la sécurité civile"
            name_end = self._complement_end(doc, _skip_adjectives(doc, end))
            found.append(Mention(start, name_end or end, ORGANIZATION, source="institution"))
        return found

    def _roads(self, doc: Doc) -> list[Mention]:
        """'l'A62', 'la RN 12', 'la D906': roads are places, which the NER misses or takes
        for organisations ('RN' alone is a party; 'l'A380' a plane)."""
        found = []
        for match in ROAD_IN_TEXT.finditer(text_of(doc)):
            span = doc.char_span(match.start("road"), match.end("road"))
            if span is not None:
                found.append(Mention(span.start, span.end, PLACE, "other", source="road"))
        return found

    def _party_constituencies(self, doc: Doc, titles: list) -> list[Mention]:
        """'le député RN du Nord', 'la sénatrice LR de la Vendée': a party right after a
        title is an actor, and the name after 'de' its constituency, a place (also 'Nord',
        which alone names no place)."""
        found = []
        for _, _, end in titles:
            i = _skip_adjectives(doc, end)
            if i >= len(doc) or doc[i].text not in self.lex["party_labels"]:
                continue
            found.append(Mention(i, i + 1, ORGANIZATION, source="party"))
            place = self._constituency(doc, i + 1)
            if place is not None:
                found.append(place)
        return found

    def _constituency(self, doc: Doc, i: int) -> Mention | None:
        """The known place after 'de', 'du', 'de la', 'des': 'de Seine-Saint-Denis Yanis
        Berkane' is 'Seine-Saint-Denis', the longest known name."""
        if i < len(doc) and doc[i].lower_ in ("de", "du", "des", "d'", "d’"):
            i += 1
            if i < len(doc) and doc[i].lower_ in ("la", "l'", "l’"):
                i += 1
        else:
            return None
        if i >= len(doc) or not _capitalised(doc[i]):
            return None
        for end in range(_name_end(doc, i), i, -1):
            entries = self.gazetteer.lookup(doc[i:end].text)
            if entries:
                return Mention(i, end, PLACE, entries[0].kind, source="gazetteer")
        return None

    def _local_chapters(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """'la FDSEA du Lot-et-Garonne', 'le Sdis du Var': an organisation's acronym, with its
        article, then a French département or town is one local body; the place is part of
        its name. Not a party after a title ('le député RN du Nord')."""
        merged: list[Mention] = []
        for mention in mentions:
            last = merged[-1] if merged else None
            if last is not None and mention.kind == PLACE and self._chapter_of(doc, last, mention):
                last.end = mention.end
                continue
            merged.append(mention)
        return merged

    def _compound_territories(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """'Wallis et Futuna', 'Trinité et Tobago': two names joined by 'et' that together
        name one territory are that territory."""
        merged: list[Mention] = []
        for mention in mentions:
            last = merged[-1] if merged else None
            if (
                last is not None
                and PLACE in (last.kind, mention.kind)
                and [t.lower_ for t in doc[last.end : mention.start]] == ["et"]
                and any(
                    entry.kind in ("country", "region")
                    for entry in self.gazetteer.lookup(doc[last.start : mention.end].text)
                )
            ):
                last.end, last.kind, last.hint = mention.end, PLACE, None
                continue
            merged.append(mention)
        return merged

    def _chapter_of(self, doc: Doc, org: Mention, place: Mention) -> bool:
        if org.kind != ORGANIZATION or org.end - org.start != 1 or org.start == 0:
            return False
        acronym = doc[org.start].text
        if not _is_acronym(acronym) or acronym in self.lex["party_labels"]:
            return False
        if doc[org.start - 1].lower_ not in TYPE_NOUN_DETERMINERS | {"de la", "à"}:
            return False
        between = [token.lower_ for token in doc[org.end : place.start]]
        if not between or between[0] not in ("de", "du", "des", "d'", "d’") or len(between) > 2:
            return False
        if len(between) == 2 and between[1] not in ("la", "l'", "l’"):
            return False
        entries = self.gazetteer.lookup(doc[place.start : place.end].text)
        return any(entry.country == HOME_COUNTRY for entry in entries)

    def _event_names(self, doc: Doc) -> list[Mention]:
        """'l'accord de Paris', 'la cérémonie des César', 'le festival d'Avignon': a name after
        an event or treaty noun belongs to the event; it is no place and no actor."""
        found = []
        for _, start, end in self.event_nouns(doc):
            if _inside_name(doc, start):
                continue  # "Organisation du traité de l'Atlantique Nord": inside a name
            i = end
            while i < len(doc) and i - end < 2 and doc[i].lower_ in PREPOSITIONS_OF:
                i += 1
            if i == end or i >= len(doc) or not _capitalised(doc[i]):
                continue
            if doc[i].ent_type_ == "ORG" or doc[i].text.isupper():
                continue  # "la convention de l'ONU": the organisation stays an actor
            if doc[i].ent_type_ == "PER" and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
                continue  # 'le festival de Jean Dupont'
            found.append(Mention(start, _name_end(doc, i), EVENT, source="event"))
        return found

    def _streets(self, doc: Doc) -> list[Mention]:
        """'boulevard Gambetta', 'place François-Mitterrand': the street noun and the name right
        after it are one place; the name inside is no person and no town."""
        found = []
        for _, start, end in self.street_nouns(doc):
            if start > 0 and _capitalised(doc[start - 1]) and doc[start - 1].lower_ not in ARTICLES:
                continue  # inside a longer name; 'La piscine du Moustoir' opens a sentence
            if _inside_name(doc, start):
                continue  # 'Autorité du canal de Suez'
            name = self._street_name_start(doc, start, end)
            if name is not None:
                name_end = self._before_town(doc, name, _name_end(doc, name))
                found.append(Mention(start, name_end, PLACE, "other", source="street"))
        return found

    def _before_town(self, doc: Doc, start: int, end: int) -> int:
        """'l'église Saint-Trophime d'Arles': the town after 'de' is a place of its own."""
        for i in range(start + 1, end - 1):
            if doc[i].lower_ in ("de", "d'", "d’") and self.gazetteer.lookup(doc[i + 1 : end].text):
                return i
        return end

    def _street_name_start(self, doc: Doc, start: int, end: int) -> int | None:
        """'boulevard Gambetta', and with an article, which a town's name never takes:
        'jardin du Luxembourg', 'avenue de la Grande-Armée', 'piscine du Moustoir'; not 'la
        place de la France dans le monde'."""
        i = end
        if i < len(doc) and doc[i].lower_ in ("du", "des"):
            i += 1
        elif i + 1 < len(doc) and doc[i].lower_ == "de" and doc[i + 1].lower_ in ARTICLES:
            i += 2
        elif i + 1 < len(doc) and doc[i].lower_ in ("de", "d'", "d’"):
            noun = doc[start:end].text.lower()
            if noun not in self.lex["street_nouns_with_de"] | self.feature_nouns:
                return None  # 'le gymnase de Lézignan', 'la gare d'Arlon': the town is the place
            i += 1  # 'rue de Rivoli', not 'rue de Paris' (a street of Paris); 'canal de Suez'
            entries = self.gazetteer.lookup(doc[i : _name_end(doc, i)].text)
            if noun not in self.feature_nouns and any(self._is_big_place(e) for e in entries):
                return None
            if entries and entries[0].kind in ("country", "continent"):
                return None  # 'le plus long fleuve de France'; but 'golfe du Mexique'
        if i >= len(doc) or not _capitalised(doc[i]) or doc[i].is_punct:
            return None
        if (
            i > end
            and doc[start:end].text.lower() in self.lex["ambiguous_street_nouns"]
            and self.gazetteer.lookup(doc[i : _name_end(doc, i)].text)
        ):
            return None
        return i

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
            i, loose = self._name_after_type_noun(doc, end)
            if i is None:
                continue  # a capitalised article may open the name: 'le parti Les Républicains'
            entity = ents_at.get(i)  # 'le groupe russe Wagner' even when the NER says person
            if len(doc[i].text) < 2:
                continue  # 'le groupe G' of a tournament
            if loose and entity is not None and entity.label_ == "PER" and len(entity) > 1:
                continue  # 'la formation du président Emmanuel Macron'
            name_end = max(entity.end if entity is not None else 0, _name_end(doc, i))
            if _acronym_then_person(doc[i:name_end]):
                name_end = i + 1  # "l'économiste de la banque ING Henrik Aalto"
            elif self.gazetteer.lookup(doc[i:name_end].text):
                name_end = self._lowercase_tail_end(doc, name_end)  # 'Lorient en commun'
            title = doc[start:i].text.lower().rstrip(" ,")
            found.append(Mention(i, name_end, ORGANIZATION, hint=title, source="type"))
        return found

    def _name_after_type_noun(self, doc: Doc, end: int) -> tuple[int | None, bool]:
        """Where the name after a type noun starts, and whether words stand between them:
        'le groupe russe Wagner' (adjectives), 'son distributeur, Pyramide Lumière' (a
        comma), 'le géant taïwanais des semi-conducteurs TSMC', 'le parti au pouvoir Morena'
        (a complement, never one that ends with 'de': 'l'entreprise de Jean Dupont')."""
        i = _skip_adjectives(doc, end)
        if i >= len(doc):
            return None, False
        if _capitalised(doc[i]):
            return i, False
        if doc[i].text == "," and i + 1 < len(doc) and _capitalised(doc[i + 1]):
            name = doc[i + 1 : _name_end(doc, i + 1)]
            return (None, False) if self.gazetteer.lookup(name.text) else (i + 1, True)
        j = i
        while (
            j < len(doc)
            and j - i < TYPE_NOUN_GAP
            and doc[j].is_lower
            and doc[j].pos_ in ("ADJ", "ADP", "DET", "NOUN")
            and doc[j].lower_ not in self.lex["titles"]
        ):
            j += 1
        if j == i or j >= len(doc) or not _capitalised(doc[j]) or doc[j].text in HONORIFICS:
            return None, False
        if doc[j - 1].lower_ in PREPOSITIONS_OF or doc[j - 1].pos_ in ("ADP", "DET"):
            return None, False
        return j, True

    def _lowercase_tail_end(self, doc: Doc, end: int) -> int:
        """A group or list named after its town goes on in lower case up to the punctuation:
        'le groupe Lorient en commun,', 'la liste Grenoble en mouvement.'."""
        j = end
        while (
            j < len(doc)
            and j - end < 3
            and doc[j].is_lower
            and doc[j].pos_ in ("ADP", "NOUN", "ADJ")
            and fold(doc[j].text) not in self.lex["generic"]
        ):
            j += 1
        if j > end and j < len(doc) and doc[j].text in (",", ".", ")", "»", ";"):
            return j
        return end

    def _names_after_titles(self, doc: Doc, titles: list, taken: list[bool]) -> list[Mention]:
        """'Le Premier ministre Ariel Henry a assuré': two proper nouns or more right after a
        title are a person's name, also when the NER saw none; one is enough after the titles
        of monarchs and clerics ('le pape François', 'le prince William')."""
        found = []
        for _, start, end in titles:
            i = _skip_adjectives(doc, end)
            j = i
            while j < len(doc) and not taken[j] and doc[j].pos_ == "PROPN" and doc[j].is_title:
                j += 1
            enough = 1 if doc[start:end].text.lower() in SINGLE_NAME_TITLES and i == end else 2
            if j - i >= enough and not any(
                self._is_big_place(entry) for entry in self.gazetteer.lookup(doc[i:j].text)
            ):
                found.append(Mention(i, j, PERSON, source="title"))
        return found

    def _bare_acronyms(self, doc: Doc, taken: list[bool]) -> list[Mention]:
        """'La FCPE, première fédération de parents d'élèves,', 'a indiqué la CGT': an acronym
        the NER missed, with a definite article, that a type noun in apposition or a reporting
        verb shows to be an organisation."""
        found = []
        for token in doc:
            text = token.text
            if taken[token.i] or not BARE_ACRONYM.match(text) or token.i == 0:
                continue
            if (
                doc[token.i - 1].lower_ not in DEFINITE_ARTICLES
                or text in self.lex["common_acronyms"]
            ):
                continue
            span = doc[token.i : token.i + 1]
            if self.gazetteer.lookup(text):
                continue
            if self._org_apposition(doc, token.i + 1) or self._speaks(span):
                found.append(Mention(token.i, token.i + 1, ORGANIZATION, source="acronym"))
        return found

    def _known_places(self, doc: Doc, taken: list[bool], person_words: set) -> list[Mention]:
        """Countries and continents the NER missed ('entre l'Asie et l'Europe'), and French
        départements and regions ('Les Alpes-Maritimes et la Haute-Garonne'); a one-word
        département only after an article or 'de', 'en' ('dans le Var', not 'Cher ami')."""
        found = []
        for token in doc:
            if taken[token.i] or not token.is_title or token.pos_ not in ("PROPN", "NOUN"):
                continue
            if token.text in person_words:
                continue  # 'Maurice' the person, not Mauritius
            for n in (5, 4, 3, 2, 1):
                span = doc[token.i : token.i + n]
                if len(span) < n or any(taken[span.start : span.end]) or not _capitalised(span[-1]):
                    continue
                entries = self.gazetteer.lookup(span.text)
                if entries and (
                    entries[0].kind in ("country", "continent")
                    or self._home_region(doc, span, _home_entry(entries))
                ):
                    if token.i > 0 and doc[token.i - 1].text == "-":
                        break
                    found.append(Mention(span.start, span.end, PLACE, source="gazetteer"))
                    break
        return found

    def _home_region(self, doc: Doc, span: Span, entry) -> bool:
        if entry.kind not in ("region", "other") or entry.country != HOME_COUNTRY:
            return False
        if fold(span.text) in self.lex["generic"]:
            return self._departement_nord(doc, span)  # 'le Nord du pays', 'le Centre'
        if len(span) > 1:
            return True
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        return before in REGION_PREPOSITIONS

    def _departement_nord(self, doc: Doc, span: Span) -> bool:
        """'dans le Nord,', 'le député du Nord': the French département; not 'dans le Nord du
        pays' nor 'le vent du Nord'."""
        i = span.start
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        if span.text != "Nord" or i < 2 or after in PREPOSITIONS_OF | {"-", "de", "est", "ouest"}:
            return False
        before = doc[i - 2 : i].text.lower()
        return before == "dans le" or (
            doc[i - 1].lower_ == "du" and doc[i - 2].lower_ in self.lex["titles"]
        )

    # -- the NER's names, typed and trimmed ---------------------------------------------------

    def _person_words(self, entities: list[Span]) -> set[str]:
        """Words of multi-word person names: 'Vingegaard' is Jonas Vingegaard, not a place.
        Read after the place-then-person split, so that 'Seine-Saint-Denis' of 'député de
        Seine-Saint-Denis Yanis Berkane' is not taken for a word of a person's name."""
        words = set()
        for entity in entities:
            if entity.label_ == "PER" and len(entity.text.split()) > 1:
                parts = {token.text for token in entity} | set(entity.text.split())
                words.update(  # 'Zaïre-Emery' of 'Warren Zaïre-Emery', and 'Emery'
                    word for word in parts if word[0].isupper() and len(word) > 2
                )
            elif len(entity) == 1 and (  # 'Rama, une femme ...' then 'à Rama': one person
                _followed_by_age(entity.doc, entity.end)
                or self._person_apposition(entity.doc, entity.start, entity.end)
            ):
                words.add(entity.text)
        doc = entities[0].doc if entities else None
        if doc is not None:  # 'M. Erdogan': the word after an honorific is a surname
            words.update(match.group(1) for match in AFTER_HONORIFIC.finditer(text_of(doc)))
        return words - set(HONORIFICS) - OTHER_HONORIFICS

    def _classify(self, doc: Doc, entity: Span, person_words: set[str]) -> Mention | None:
        kind = NER_KINDS.get(entity.label_)
        start, end, gender = _trim(doc, entity.start, entity.end)
        end = _without_score(doc, start, end)
        if start >= end:
            return None
        if self._is_event(doc[start:end]):
            return Mention(start, end, EVENT)  # claimed, so that 'Tour de France' holds no place
        start, end = self._narrow_place(doc, start, end, kind)
        while (
            kind != ORGANIZATION
            and end - start > 1
            and doc[end - 1].is_lower
            and fold(doc[end - 1].text) in self.lex["generic"]
        ):
            end -= 1  # 'Caire lundi': a weekday glued to a place's name
        if start >= end:
            return None
        span = doc[start:end]
        text = span.text
        if not any(c.isupper() for c in text) or len(text) < 2 or self._is_generic(span):
            return None
        if CENTURY.match(text) or _heading_in_capitals(span):
            return None
        if _acronym_then_person(span):
            return Mention(start, start + 1, ORGANIZATION)  # 'AFP Lorraine McDermott'
        if ROAD_NAME.match(text):
            return Mention(start, end, PLACE, "other")  # 'RN 12' tagged as an organisation
        if self._demonym_then_name(span) and (kind != PERSON or _after_article(span)):
            return Mention(start + 1, end, PERSON)  # "l'Ethiopienne Tiki Gelana"
        if len(span) == 1 and _opens_sentence(span[0]) and span[0].pos_ in ("VERB", "ADJ", "ADV"):
            return None  # 'Sauvé de la liquidation, le club ...'
        if kind == ORGANIZATION and (
            text in self.lex["common_acronyms"] or self._abbreviates_common_noun(doc, span)
        ):
            return None  # 'ventes de SUV', 'accident vasculaire cérébral (AVC)'
        if kind == ORGANIZATION:
            start, end = self._org_edges(doc, start, end)
            span = doc[start:end]
            text = span.text
            if _acronym_then_person(span):
                return Mention(start, start + 1, ORGANIZATION)  # the person is found apart
        if self._starts_with_title(span):
            return self._person_after_title(doc, span)
        if kind == PERSON and self._portfolio_then_name(doc, span):
            return Mention(start + 1, end, PERSON)  # 'ministre de la Défense | Mark Esper'

        if (
            self._is_portfolio(doc, start)
            and not self.gazetteer.lookup(text)
            and not text.isupper()
        ):
            return None  # 'ministre des Finances': the portfolio is no organisation
        if gender is not None:
            return Mention(start, end, PERSON, gender=gender or None)
        if _after_alias(doc, start):
            return None  # 'Jimmy Chérizier, alias "Barbecue"': a nickname, no second actor
        if _followed_by_age(doc, end) or self._person_apposition(doc, start, end):
            return Mention(start, end, PERSON)  # 'Nadia, 38 ans, tremble', 'Rama, une femme'
        if (
            kind == PLACE
            and not self.gazetteer.lookup(text)
            and self._after_person_title(doc, span)
        ):
            return Mention(start, end, PERSON)  # 'le chef du tourisme de Dubaï, Hilal al-Marri'
        if (
            kind != PERSON
            and text in person_words
            and not self._country_after_preposition(doc, span)
        ):
            return Mention(start, end, PERSON)
        if kind != PERSON and self._tail_word_after(doc, end):
            return Mention(start, end + 1, ORGANIZATION)  # 'Bordeaux | Métropole'
        place = self.gazetteer.best(text)
        if span[0].text in self.lex["head_words"] or (
            len(span) > 1 and span[-1].text in self.lex["tail_words"] and place is None
        ):
            if self._is_club_head(doc, start, end):
                end = self._club_end(doc, end)  # 'Stade | rennais' tagged MISC
            return Mention(start, end, ORGANIZATION)
        if kind in (ORGANIZATION, None) and self._after_person_title(doc, span):
            return Mention(start, end, PERSON)  # 'le directeur de l'OMS, Tedros Adhanom ...'
        if kind is None and self._full_name_of_person(doc, span, person_words):
            return Mention(start, end, PERSON)  # 'avec Recep Tayyip Erdogan' tagged MISC
        if kind == PERSON:
            if self._is_demonym(span):
                return None  # 'rappelle cette Irlandaise'
            if (
                place is not None
                and text not in person_words
                and (len(span) == 1 or place.kind != "city" or self._is_big_place(place))
                and (self._is_big_place(place) or self._after_place_preposition(doc, start))
            ):
                return self._place_or_club(doc, start, end)  # 'le contrôle de Zinjibar'
            return Mention(start, end, PERSON)
        if kind == PLACE:
            if place is None and self._is_demonym(span):
                return None
            if place is None and len(span) == 1 and _is_acronym(text) and text.isupper():
                # '2 milliards de CSG', "l'ARS": places are written in capitals whole or
                # as known abbreviations ('RDC')
                return (
                    None
                    if text in self.lex["common_acronyms"]
                    else Mention(start, end, ORGANIZATION)
                )
            if len(text) <= 2 and not text.isupper():
                return None  # 'Ca peut paraître'

            if (
                place is None
                and any(c.isdigit() for c in text)
                and not ROAD.match(text)
                and not span[0].is_lower
            ):
                return Mention(start, end, ORGANIZATION)  # 'les rebelles du M23'
            if place is None and self._org_apposition(doc, end):
                return Mention(start, end, ORGANIZATION)  # "La Monusco, la mission de l'ONU"
            if place is None and _in_parentheses(span) and self._lowercase_expansion(doc, start):
                return Mention(start, end, ORGANIZATION)  # "l'agence régionale de santé (ARS)"
            if place is None and (_holds_acronym(span) or self._speaks(span)):
                return Mention(start, end, ORGANIZATION)  # 'le Snes-FSU', 'a précisé Lumeo'
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

    def _tail_word_after(self, doc: Doc, end: int) -> bool:
        """A word that ends organisations' names ('Métropole', 'Airlines') right after an
        entity the NER cut before it; not a place of its own ('France')."""
        return (
            end < len(doc)
            and doc[end].text in self.lex["tail_words"]
            and not doc[end].ent_type_
            and not self.gazetteer.lookup(doc[end].text)
        )

    def _org_edges(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Where the NER cuts an organisation's name short or too long:
        'Réseau Action | Climat', 'Centre spatial | guyanais', "Cour de justice | de l'UE";
        'Sénat | américain' (the adjective describes it, the name is 'Sénat')."""
        suffixes = self.lex["demonym_suffixes"]
        if self._is_club_head(doc, start, end):
            return start, self._club_end(doc, end)
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
            if _credit_then_name(doc, start, end):
                return start, end  # "confie à l'AFP Lorraine McDermott": two names
            return start, _name_end(doc, end - 1)
        if doc[start].text in self.lex["head_words"] and end < len(doc):
            complement = self._complement_end(doc, end)
            if complement is not None and doc[end].lower_ != "à":
                return start, complement
            if doc[end - 1].is_lower and doc[end - 1].pos_ == "NOUN" and _lower_adjective(doc[end]):
                return start, end + 1  # 'Forces de soutien | rapide'
            if doc[end - 1].pos_ == "NOUN" and doc[end - 1].is_lower and doc[end].lower_ == "et":
                # 'Agence de gestion des incendies | et des catastrophes'
                k = end + 1
                while k < len(doc) and doc[k].lower_ in PREPOSITIONS_OF and k - end < 3:
                    k += 1
                if k > end + 1 and k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].is_lower:
                    return start, k + 1
        return start, end

    def _full_name_of_person(self, doc: Doc, span: Span, person_words: set[str]) -> bool:
        """Proper nouns whose last word names a person elsewhere ('M. Erdogan'), or followed
        by a person's title in apposition ('Recep Tayyip Erdogan, président turc,')."""
        if len(span) < 2 or not all(t.is_title and t.is_alpha for t in span):
            return False
        if span[0].pos_ != "PROPN" or span[-1].pos_ != "PROPN":
            return False  # the tagger may call an inner word an adjective ('Tayyip')
        if self.gazetteer.lookup(span.text):
            return False
        if span[-1].text in person_words:
            return True
        end = span.end
        return (
            end + 2 < len(doc)
            and doc[end].text == ","
            and any(doc[end + 1 : end + 1 + n].text.lower() in self.lex["titles"] for n in (1, 2))
        )

    def _is_club_head(self, doc: Doc, start: int, end: int) -> bool:
        """'Stade', 'Olympique': a club's name that a lower-case adjective completes."""
        heads = self.lex["club_heads"]
        return doc[start:end].text in heads or (
            end - start == 2
            and doc[start].text in heads
            and _demonym_tail(doc[end - 1], self.lex["demonym_suffixes"])
        )

    def _club_end(self, doc: Doc, end: int) -> int:
        """'le Stade | rennais', "l'Olympique | lyonnais": the adjective is the club's town."""
        if end < len(doc) and _demonym_tail(doc[end], self.lex["demonym_suffixes"]):
            return end + 1
        return end

    def _is_event(self, span: Span) -> bool:
        return fold(span.text) in self.lex["events"] or span[0].text in self.lex["event_heads"]

    def _abbreviates_common_noun(self, doc: Doc, span: Span) -> bool:
        """'accident vasculaire cérébral (AVC)', 'produit intérieur brut (PIB)': lower-case
        words that spell the acronym after them name a thing, not an organisation ('l'agence
        de l'eau (AE)' keeps its type noun)."""
        i = span.start
        if len(span) != 1 or i < 2 or doc[i - 1].text != "(" or not span.text.isupper():
            return False
        for words in _spelling_phrases(doc, i):
            if words[0].lower_ not in NAME_PARTICLES:
                return words[0].lower_ not in self.org_name_heads
        return False

    def _org_apposition(self, doc: Doc, end: int) -> bool:
        """'X, la mission de l'ONU,': an organisation type noun in apposition."""
        if end + 2 >= len(doc) or doc[end].text != ",":
            return False
        i = end + 1 + (doc[end + 1].pos_ == "DET")
        if i < len(doc) and doc[i].pos_ in ("ADJ", "NUM") and doc[i].is_lower:
            i += 1  # 'le Snes-FSU, premier syndicat du second degré'
        return any(start == 0 for _, start, _ in self.type_nouns(doc[i : i + 3].as_doc()))

    def _speaks(self, span: Span) -> bool:
        """Only actors speak: the name is the subject of a reporting verb ('a précisé
        Pyramide Lumière') or follows 'selon'."""
        doc = span.doc
        if span.start > 0 and doc[span.start - 1].lower_ == "selon":
            return True
        root = span.root
        return root.dep_.startswith("nsubj") and lemma(root.head) in self.speech_verbs

    def _narrow_place(self, doc: Doc, start: int, end: int, kind: str | None) -> tuple[int, int]:
        """'La France' -> 'France', 'région Hauts-de-France' -> 'Hauts-de-France',
        'port de Saint-Hélier' -> 'Saint-Hélier', 'Pays basque espagnol' -> 'Pays basque'."""
        if kind == PERSON or end - start < 2:
            return start, end
        if doc[start].lower_ in ARTICLES and self.gazetteer.lookup(doc[start + 1 : end].text):
            if doc[start].is_title and self.gazetteer.lookup(doc[start:end].text):
                return start, end  # 'Le Caire', 'La Haye': the article is part of the name
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
        if self._kind_word(doc[start].lower_):
            i = start + 1
            while i < end - 1 and doc[i].lower_ in PREPOSITIONS_OF:
                i += 1
            if i > start + 1 and _capitalised(doc[i]):
                return i, end  # 'Etat du Darfour-Nord', 'Province de Kandahar'
        return start, end

    def _kind_word(self, word: str) -> bool:
        return any(fold(word) in self.kind_words[kind] for kind in ("city", "region", "site"))

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
        while span.end - i > 2 and doc[i - 1].lower_ in PREPOSITIONS_OF:
            i += 1  # 'ministre de la Défense Mark Esper': the portfolio's word is no name
        if span.end - i >= 2:
            if doc[span.end - 1].text in self.lex["tail_words"]:
                return Mention(i, span.end, ORGANIZATION)  # 'président de Nantes Métropole'
            return Mention(i, span.end, PERSON)
        return None

    def _person_apposition(self, doc: Doc, span_start: int, end: int) -> bool:
        """'Rama, une femme d'origine sénégalaise', 'Emmanuelle, doctorante en neurosciences':
        a person's noun or title in apposition."""
        if end + 2 >= len(doc) or doc[end].text != ",":
            return False
        if span_start > 0 and doc[span_start - 1].lower_ in LOCATIVE_PREPOSITIONS:
            return False  # 'A Avignon, un homme ...': where it happened
        i = end + 1 + (doc[end + 1].lower_ in ("un", "une"))
        word = doc[i].lower_
        return word in PERSON_NOUNS or (i == end + 1 and word in self.lex["person_titles"])

    def _after_place_preposition(self, doc: Doc, start: int) -> bool:
        """'à Zinjibar', 'le contrôle de Zinjibar': French puts these before towns; not 'le
        papa de Laura' (a person's noun before 'de')."""
        if start == 0 or doc[start - 1].lower_ not in PLACE_PREPOSITION_WORDS:
            return False
        before = doc[start - 2].lower_ if start > 1 else ""
        return before not in PERSON_NOUNS and before not in self.lex["titles"]

    def _country_after_preposition(self, doc: Doc, span: Span) -> bool:
        """'venue en France' in an article about France Gall: the country."""
        entry = self.gazetteer.best(span.text)
        return (
            entry is not None
            and entry.kind == "country"
            and span.start > 0
            and doc[span.start - 1].lower_ in ("en", "au", "aux")
        )

    def _portfolio_then_name(self, doc: Doc, span: Span) -> bool:
        """'le ministre de la Défense Mark Esper' tagged as one name: the portfolio's word,
        then two capitalised words or more."""
        return (
            len(span) >= 3
            and self._is_portfolio(doc, span.start)
            and all(_capitalised(t) for t in span[1:] if t.text != "-")
        )

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
        if token.i == token.head.i + 1 and lemma(token.head) in self.lex["sports_verbs"]:
            return True  # 'Rennes a battu Nantes (2-1)': what the verb governs right after it
        before = doc[max(token.i - 2, sentence.start) : token.i].text.lower()
        return before.endswith(("face à", "contre"))

    def _kind_from_context(self, doc: Doc, start: int) -> str | None:
        before = doc[max(0, start - 8) : start].text_with_ws
        for kind, pattern in self.kind_before.items():
            if pattern.search(before):
                return None if kind == "site" else kind
        return None

    def _is_big_place(self, place) -> bool:
        """Known well enough to win over the NER's 'person': 'Bakhmout' is listed by us."""
        return (
            place.kind in ("country", "continent", "region", "other")
            or place.population >= 100_000
            or place.curated
        )

    def _is_generic(self, span: Span) -> bool:
        """'Etat mexicain', 'Etats', 'Samedi', 'Sud': no capitalised word names a place."""
        if len(span) > 1 and self.gazetteer.lookup(span.text):
            return False  # 'Pays basque'
        if span[0].text in self.lex["head_words"]:
            return False  # 'Centre spatial guyanais'
        if _in_parentheses(span) and self.gazetteer.lookup(span.text):
            return False  # 'Roubaix (Nord)': the department after its town
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
        if not (
            word.text.endswith(self.lex["demonym_suffixes"])
            or word.text in self.lex["demonym_words"]
        ):
            return False
        return word.nbor(-1).lower_ in DEMONYM_DETERMINERS

    def _coordinated_kinds(self, doc: Doc, mentions: list[Mention]) -> None:
        """Names joined by 'et' are of one kind: 'Les Amis de la Terre et Survie' (an
        unknown 'place' next to an organisation), 'les camps de Zamzam et d'Abou Shouk'
        (a 'person' after the same preposition as a place)."""
        for first, second in itertools.pairwise(mentions):
            between = [token.lower_ for token in doc[first.end : second.start]]
            if between not in (["et"], [","]) and not (
                len(between) == 2
                and between[0] == "et"
                and between[1] in PLACE_PREPOSITIONS
                and first.start > 0
                and _unelided(doc[first.start - 1].lower_) == _unelided(between[1])
            ):
                continue
            for this, other in ((first, second), (second, first)):
                if this.source != "ner" or this.gender is not None:
                    continue
                unknown = not self.gazetteer.lookup(doc[this.start : this.end].text)
                if this.kind == PLACE and other.kind == ORGANIZATION and unknown:
                    this.kind = ORGANIZATION
                elif this.kind == PERSON and other.kind == PLACE and len(between) == 2:
                    this.kind = PLACE

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


def _other_acronym_mentions(doc: Doc, mentions: list[Mention], taken: list[bool]) -> list:
    """Every occurrence of an organisation's acronym is a mention, also where the NER missed
    it or the sentence's period sticks to it ('selon SpF.')."""
    known = {
        doc[m.start : m.end].text
        for m in mentions
        if m.kind == ORGANIZATION and m.end - m.start == 1 and _is_acronym(doc[m.start].text)
    }
    if not known:
        return []
    found = []
    for token in doc:
        text = token.text[:-1] if token.text.endswith(".") else token.text
        if not taken[token.i] and text in known:
            taken[token.i] = True
            found.append(Mention(token.i, token.i + 1, ORGANIZATION, source="acronym"))
    return found


def _is_acronym(text: str) -> bool:
    """'CGT', 'SpF', 'Insee': two capitals or more, no lower-case word."""
    return sum(c.isupper() for c in text) >= 2 and bool(ACRONYM.match(text))


def _names_before_party(doc: Doc, taken: list[bool]) -> list[Mention]:
    """'Marine Le Pen (RN) et ...': proper nouns before a party's acronym in parentheses are
    a person's name when they do not spell the acronym ('Agence France-Presse (AFP)')."""
    found = []
    for i, token in enumerate(doc):
        if token.text != "(" or i + 2 >= len(doc) or doc[i + 2].text != ")":
            continue
        acronym = doc[i + 1].text
        if not _is_acronym(acronym):
            continue
        start = i  # the tagger often calls 'Marine Le' a noun and an article
        while (
            start > 0
            and not taken[start - 1]
            and _capitalised(doc[start - 1])
            and doc[start - 1].pos_ in ("PROPN", "NOUN", "DET", "ADJ")
        ):
            start -= 1
        while start < i and doc[start].lower_ in ARTICLES:
            start += 1  # 'Le Jean Dupont' opening a sentence: not the name
        words = doc[start:i]
        if (
            len(words) >= 2
            and all(_capitalised(t) for t in words)
            and not _loose_initials_match(acronym, words)
        ):
            found.append(Mention(start, i, PERSON, source="party"))
    return found


def _repeated_names(doc: Doc, mentions: list[Mention], taken: list[bool]) -> list[Mention]:
    """'la société Normandie Logistique ... ce local de Normandie Logistique': a name that a
    type noun showed to be an organisation is one wherever it comes back (the NER may split it
    into two places). One pass over the tokens, names looked up by their first word."""
    names: dict[str, set[tuple[str, ...]]] = {}
    for mention in mentions:
        if (
            mention.kind == ORGANIZATION
            and mention.source == "type"
            and mention.end - mention.start > 1
        ):
            words = tuple(token.text for token in doc[mention.start : mention.end])
            names.setdefault(words[0], set()).add(words)
    found = []
    for token in doc:
        for words in names.get(token.text, ()):
            end = token.i + len(words)
            if (
                end <= len(doc)
                and not any(taken[token.i : end])
                and tuple(t.text for t in doc[token.i : end]) == words
            ):
                found.append(Mention(token.i, end, ORGANIZATION, source="type"))
                break
    return found


def _credit_then_name(doc: Doc, start: int, end: int) -> bool:
    """ "confie à l'AFP Lorraine McDermott": an acronym, then a first and a last name that the
    tagger may call an adjective ('Lorraine') or leave out of the NER's names."""
    if end - start != 1 or not _is_acronym(doc[start].text) or not doc[start].text.isupper():
        return False
    name_end = _name_end(doc, end - 1)
    words = doc[end:name_end]
    return len(words) in (2, 3) and all(
        _capitalised(t) and t.is_alpha and not t.is_upper for t in words
    )


def _heading_in_capitals(span: Span) -> bool:
    """'IL Y AVAIT ENCORE DE LA MUSIQUE', '"IL S'EST PASSÉ ...': a name inside a run of three
    words in capitals or more is a heading's (a name in capitals is a dateline's town or an
    acronym: one or two words). The run is read a few words either side, no further."""
    doc = span.doc
    if not _capital_word(doc[span.start]):
        return False
    words = 0
    i = span.start
    while i < len(doc) and i - span.start < HEADING_WORDS and _capital_word(doc[i]):
        words += doc[i].is_alpha
        i += 1
    i = span.start - 1
    while i >= 0 and span.start - i <= HEADING_WORDS and _capital_word(doc[i]):
        words += doc[i].is_alpha
        i -= 1
    return words >= HEADING_WORDS


# Words in capitals in a row that make a heading, not a name.
HEADING_WORDS = 3


def _capital_word(token) -> bool:
    """A word in capitals ('PASSÉ', "D'"), or an apostrophe between two."""
    text = token.text
    return text in ("'", "’") or (any(c.isalpha() for c in text) and text.isupper())


def _followed_by_age(doc: Doc, end: int) -> bool:
    """', 38 ans,', ' (38 ans)', ', une mère de famille de 34 ans,': only people are given an
    age in apposition."""
    if end + 2 >= len(doc) or doc[end].text not in (",", "("):
        return False
    if _is_age(doc, end + 1):
        return True
    if doc[end].text != "," or doc[end + 1].lower_ not in ("un", "une"):
        return False
    for i in range(end + 2, min(end + 2 + AGE_APPOSITION_WORDS, len(doc) - 2)):
        if doc[i].is_punct:
            return False
        if doc[i].lower_ in ("de", "d'", "d’") and _is_age(doc, i + 1):
            return True
    return False


# Words of a noun phrase between 'une' and 'de 34 ans': 'une mère de famille de 34 ans'.
AGE_APPOSITION_WORDS = 6


def _is_age(doc: Doc, i: int) -> bool:
    """'38 ans'; not 'une ville de 300 ans'."""
    if i + 1 >= len(doc) or not doc[i].like_num or doc[i + 1].lower_ not in ("an", "ans"):
        return False
    return not doc[i].text.isdigit() or int(doc[i].text) <= MAX_AGE


MAX_AGE = 120


def _home_entry(entries: list):
    """The French entry among namesakes ('Nord' of Burkina Faso and of France), else the
    first; a city first stays first ('Vienne' is Vienna)."""
    if entries[0].kind == "city":
        return entries[0]
    return next((e for e in entries if e.country == HOME_COUNTRY), entries[0])


def _without_duplicates(mentions: list[Mention]) -> list[Mention]:
    """One mention per span: an acronym linked in parentheses is also found again among the
    acronym's occurrences ('Office national des forêts (ONF)')."""
    seen: set[tuple[int, int]] = set()
    kept = []
    for mention in mentions:
        if (mention.start, mention.end) not in seen:
            seen.add((mention.start, mention.end))
            kept.append(mention)
    return kept


def _without_score(doc: Doc, start: int, end: int) -> int:
    """ "l'OL 3-0": a match score glued by the NER to a club's name."""
    tail = doc[max(start + 1, end - 3) : end]
    if len(tail) and tail[-1].like_num and SCORE.fullmatch(tail.text.replace(" ", "")):
        return tail.start
    return end


def _after_alias(doc: Doc, start: int) -> bool:
    i = start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].text in ("«", "»", "“", "”")):
        i -= 1
    return i >= 0 and doc[i].lower_ in ("alias", "surnommé", "surnommée", "dit", "dite")


def _inside_name(doc: Doc, start: int) -> bool:
    """A lower-case noun inside a longer name: "Organisation du traité de l'Atlantique
    Nord", 'Autorité du canal de Suez'."""
    inside = doc[start].ent_iob_ == "I" and doc[start].ent_type_ != "MISC"  # MISC: often noise
    return inside or (
        start > 1 and doc[start - 1].lower_ in PREPOSITIONS_OF and _capitalised(doc[start - 2])
    )


def _in_parentheses(span: Span) -> bool:
    doc = span.doc
    return (
        span.start > 0
        and span.end < len(doc)
        and doc[span.start - 1].text == "("
        and (doc[span.end].text == ")")
    )


def _unelided(word: str) -> str:
    return {"d'": "de", "d’": "de"}.get(word, word)


def _holds_acronym(span: Span) -> bool:
    """'Snes-FSU', 'Sgen-CFDT': a name with an acronym in it is an organisation's; place names
    are written in capitals only whole (datelines)."""
    parts = [part for token in span for part in token.text.split("-")]
    return any(len(p) >= 2 and p.isalpha() and p.isupper() for p in parts) and any(
        p[1:] and not p.isupper() for p in parts
    )


# Prepositions after which an acronym's name is over ('l'OIM pour le Darfour').
ACRONYM_COMPLEMENT_PREPOSITIONS = {"pour", "en", "au", "aux", "à", "dans", "sur"}


def _acronym_then_complement(span: Span) -> bool:
    first = span[0].text
    return (
        len(span) >= 3
        and len(first) >= 2
        and first.isupper()
        and first.isalpha()
        and span[1].lower_ in ACRONYM_COMPLEMENT_PREPOSITIONS
        and span[1].is_lower
    )


def _acronym_then_person(span: Span) -> bool:
    """'ING Henrik Aalto': an acronym, then a first and a last name glued to it by the NER."""
    if len(span) < 3 or not span[0].text.isupper() or len(span[0].text) < 2:
        return False
    rest = span[1:]
    return all(_capitalised(t) and t.pos_ == "PROPN" for t in rest) and len(rest) in (2, 3)


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


def _opens_sentence(token) -> bool:
    """First word of a sentence or paragraph; the parser often starts the sentence at the
    newline before it."""
    if token.is_sent_start or token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return before.is_space or before.text in (".", "!", "?", "«", '"', "“")


def _after_article(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in ARTICLES


def _demonym_tail(token, suffixes: tuple[str, ...]) -> bool:
    return token.is_lower and token.pos_ in ("ADJ", "NOUN") and token.text.endswith(suffixes)


def _phrases(nlp, texts: list[str]) -> list[Doc]:
    """Pattern Docs for a PhraseMatcher, each also with the typographic apostrophe that half of
    French news uses ("chambre d’agriculture")."""
    variants = {variant for text in texts for variant in (text, text.replace("'", "’"))}
    return [nlp.make_doc(text) for text in sorted(variants)]


def _lower_adjective(token) -> bool:
    return token.is_lower and token.pos_ == "ADJ"


def _capitalised(token) -> bool:
    return bool(token.text) and token.text[0].isupper()


def _skip_adjectives(doc: Doc, i: int, limit: int = 2) -> int:
    """Skip lower-case adjectives after a noun: 'groupe danois', 'ministère chinois'. A
    lower-case word tagged as a proper noun is a mistagged adjective ('la start-up nantaise')."""
    j = i
    while j < len(doc) and j - i < limit and doc[j].pos_ in ("ADJ", "PROPN") and doc[j].is_lower:
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
            if doc[j].lower_ == "et" and doc[k].ent_iob_ == "B":
                break  # 'Crédit agricole et BNP Paribas': two names
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


def _with_possessive_s(doc: Doc, mentions: list[Mention]) -> None:
    """'Christie's', 'McDonald's': the tokenizer leaves the 's' out of the name."""
    for mention in mentions:
        last = doc[mention.end - 1]
        if (
            mention.kind == ORGANIZATION
            and last.text.endswith(("'", "’"))
            and not last.whitespace_
            and mention.end < len(doc)
            and doc[mention.end].text == "s"
        ):
            mention.end += 1


def _extend_to_acronym(doc: Doc, mentions: list[Mention]) -> None:
    """'le Centre national du cinéma | et de l'image animée (CNC)': the NER stops at a
    lower-case word; lower-case words up to an acronym in parentheses that they help spell
    belong to the name."""
    for mention in mentions:
        if mention.kind != ORGANIZATION:
            continue
        i = mention.end
        while i < len(doc) and i - mention.end < 8 and _lowercase_name_word(doc[i]):
            i += 1
        if i == mention.end or i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        acronym = doc[i + 1].text
        if ACRONYM.match(acronym) and _loose_initials_match(acronym, doc[mention.start : i]):
            mention.end = i


def _spelling_phrases(doc: Doc, acronym: int, taken: list[bool] | None = None) -> Iterator[Span]:
    """The lower-case phrases right before '(' + the acronym at ``acronym`` that spell it,
    longest first: 'parquet national financier' of '(PNF)'."""
    first = acronym - 1
    while (
        first > 0
        and acronym - 1 - first < 8
        and not (taken and taken[first - 1])
        and _lowercase_name_word(doc[first - 1])
    ):
        first -= 1
    for j in range(first, acronym - 1):
        words = doc[j : acronym - 1]
        if _loose_initials_match(doc[acronym].text, words):
            yield words


def _lowercase_name_word(token) -> bool:
    return (token.is_lower and token.is_alpha) or token.lower_ in NAME_PARTICLES


ACRONYM_SKIPPED_PARTICLES = {"d", "l", "pour", "sur", "en", "aux", "au", "à"}
# Words an acronym may leave out: 'CNC' of 'Centre national du cinéma et de l'image animée'.
ACRONYM_SKIPPED_WORDS = 2


def _loose_initials_match(acronym: str, words: Span) -> bool:
    """The acronym's letters are prefixes of the words in order, from the first word on; up
    to two content words may be left out ('UNHAJ' of 'Union nationale pour l'habitat des
    jeunes', 'CNC' of 'Centre national du cinéma et de l'image animée')."""
    letters = fold("".join(c for c in acronym if c.isalpha()))
    parts = [
        fold(part)
        for token in words
        for part in re.split(r"[-'’]", token.text)
        if part and part.lower() not in NAME_PARTICLES | ACRONYM_SKIPPED_PARTICLES
    ]
    if not letters or not parts or not parts[0].startswith(letters[0]):
        return False

    @cache
    def match(i: int, j: int, skipped: int) -> bool:
        if i == len(letters):
            return skipped + len(parts) - j <= ACRONYM_SKIPPED_WORDS
        if j == len(parts):
            return False
        word = parts[j]
        for n in range(min(len(word), len(letters) - i), 0, -1):
            if word[:n] == letters[i : i + n] and match(i + n, j + 1, skipped):
                return True
        return j > 0 and skipped < ACRONYM_SKIPPED_WORDS and match(i, j + 1, skipped + 1)

    return match(0, 0, 0)


def _initials_match(acronym: str, words: Span) -> bool:
    """'PSG' of 'Paris Saint-Germain', 'RDC' of 'République démocratique du Congo'."""
    parts = [part for token in words for part in token.text.split("-") if part]
    initials = "".join(
        part[0] for part in parts if part[0].isupper() or part.lower() not in NAME_PARTICLES
    )
    return len(acronym) > 1 and fold(initials) == fold(acronym)
