"""The arrondissements of Paris, Lyon and Marseille: 'le 14e arrondissement', 'le XIIIe'.

The mention finder reads no place in an ordinal ('14e' is an adjective) or cuts the name
('XIIe arrondissement de la' capitale). An arrondissement is named by its number, with the
noun ('dans le XIIe arrondissement de Paris') or, once the city is clear, alone ('la
Pitié-Salpêtrière (XIIIe)', 'le maire du XIIIe'): one place per number, named as readers know
it ('12e arrondissement de Paris'), with GeoNames' id and coordinates of that district.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc

from newsfacts.components.entities.lexicon import load_lexicons
from newsfacts.components.gazetteer import Gazetteer

ORDINAL = re.compile(r"^(?:(?P<arabic>\d{1,2})|(?P<roman>[IVX]{1,5}))(?:e|er|ère|ème|eme)$")
ROMAN = {"I": 1, "V": 5, "X": 10}
ARRONDISSEMENT = {"arrondissement", "arrondissements"}
OF = {"de", "d'", "d’"}
# 'dans le XIIe arrondissement de la capitale': Paris.
CAPITAL = "capitale"
# 'le 7e arrondissement de la ville': the city the article names.
CITY_NOUN = "ville"
# 'le 20e arrondissement parisien': the city's adjective after the noun.
CITY_ADJECTIVES = {"parisien": "Paris", "lyonnais": "Lyon", "marseillais": "Marseille"}
# 'à Lyon 3e', '(Marseille 8e)': what opens a city and its district in figures.
BEFORE_CITY_AND_DISTRICT = {"à", "("}
OTHER_CITY = ""  # an arrondissement of a town that has no districts of ours
# Words before a bare ordinal that name a district: 'dans le XIVe', 'le maire du XIIIe',
# '(XIIIe)'; not 'au XIXe' (a century).
BARE_BEFORE = {"le", "du", "("}
# Before 'le'/'du', a verb or a part of a period makes the bare ordinal a century: 'L'immeuble
# date du XIXe', 'au début du XXe'.
PERIOD_PARTS = {
    "début",
    "fin",
    "milieu",
    "moitié",
    "cours",
    "tournant",
    "date",
    "datant",
    "daté",
    "datée",
}
CENTURY_BEFORE_POS = {"VERB", "AUX"}
# A noun after the ordinal says what is counted: 'le XVIe siècle', 'la Ve République'.
COUNTED_POS = {"NOUN", "PROPN"}


def _cities() -> dict[str, int]:
    """The cities whose arrondissements are named by number, and how many each has
    (lexicons/places.json: arrondissements), in the file's order."""
    return load_lexicons()["arrondissements"]


def _paris_districts() -> tuple[str, ...]:
    """The GeoNames names of the arrondissements of Paris, in order ('Reuilly' the 12th)."""
    return load_lexicons()["paris_arrondissements"]


def _number(token_text: str) -> int | None:
    match = ORDINAL.match(token_text)
    if match is None:
        return None
    if match["arabic"]:
        return int(match["arabic"])
    digits = [ROMAN[c] for c in match["roman"]]
    # a digit before a greater one is taken off: 'XIV' is 10 - 1 + 5
    return sum(-d if i + 1 < len(digits) and d < digits[i + 1] else d for i, d in enumerate(digits))


def _geonames_name(city: str, number: int) -> str:
    if city == "Paris":
        return f"Paris {number:02d} {_paris_districts()[number - 1]}"
    return f"{city} {number:02d}"


def _city_after(doc: Doc, end: int) -> str | None:
    """'arrondissement de Paris', 'arrondissement de la capitale', 'arrondissement parisien';
    OTHER_CITY after another town's name ('le 7e arrondissement de Budapest')."""
    if end < len(doc) and doc[end].lower_ in CITY_ADJECTIVES:
        return CITY_ADJECTIVES[doc[end].lower_]
    if end + 1 >= len(doc) or doc[end].lower_ not in OF:
        return None
    following = doc[end + 1]
    if following.text in _cities():
        return following.text
    if following.lower_ == "la" and end + 2 < len(doc) and doc[end + 2].lower_ == CAPITAL:
        return "Paris"
    return OTHER_CITY if following.is_title else None


def _city_before(doc: Doc, start: int) -> str | None:
    """'(Paris XVe)', 'Lyon 3e': the city's name right before the ordinal."""
    if start > 0 and doc[start - 1].text in _cities():
        return doc[start - 1].text
    return None


def _district_after_city(doc: Doc, i: int) -> bool:
    """A bare ordinal right after a city's name is its district in Roman numerals ('Paris XVe'),
    or in figures after 'à' or a parenthesis ('à Lyon 3e', '(Marseille 8e)'); elsewhere figures
    after cities rank them ('Marseille 2e et Lyon 3e', 'Paris 2e, Lyon 3e')."""
    return doc[i].text[0] in "IVX" or (i >= 2 and doc[i - 2].lower_ in BEFORE_CITY_AND_DISTRICT)


def _of_the_city(doc: Doc, end: int) -> bool:
    """'le 7e arrondissement de la ville': a city said by its noun, the one the article names."""
    return (
        end + 2 < len(doc)
        and doc[end].lower_ in OF
        and doc[end + 1].lower_ == "la"
        and doc[end + 2].lower_ == CITY_NOUN
    )


def _city_in_sentence(doc: Doc, start: int) -> str | None:
    """'à Paris, dans le 14e arrondissement': the city named in the ordinal's sentence."""
    return next((t.text for t in doc[start].sent if t.text in _cities()), None)


class Ordinal(NamedTuple):
    """An ordinal that may name an arrondissement: with the noun ('le 14e arrondissement', two
    tokens) or bare ('le XIIIe', one)."""

    start: int
    end: int
    number: int
    city: str | None  # the city said after the noun; OTHER_CITY for a town of none of ours

    @property
    def with_noun(self) -> bool:
        return self.end - self.start == 2


def _ordinals(doc: Doc) -> list[Ordinal]:
    """'14e arrondissement', and a bare Roman ordinal after BARE_BEFORE that counts no noun."""
    found = []
    for token in doc:
        number = _number(token.text)
        if number is None:
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        city_before = _city_before(doc, token.i)  # '(Paris XVe)', 'Lyon 3e arrondissement'
        if following is not None and following.lower_ in ARRONDISSEMENT:
            city = _city_after(doc, token.i + 2) or city_before
            found.append(Ordinal(token.i, token.i + 2, number, city))
        elif (
            city_before
            and _district_after_city(doc, token.i)
            and (following is None or following.pos_ not in COUNTED_POS)
        ):
            found.append(Ordinal(token.i, token.i + 1, number, city_before))
        elif (
            token.text[0] in "IVX"
            and token.i > 0
            and doc[token.i - 1].lower_ in BARE_BEFORE
            and (following is None or following.pos_ not in COUNTED_POS)
            and not _century_context(doc, token.i - 1)
        ):
            found.append(Ordinal(token.i, token.i + 1, number, None))
    return found


def _century_context(doc: Doc, article: int) -> bool:
    """'date du XIXe', 'au début du XXe': the word before 'du'/'le' reads a century."""
    if doc[article].text == "(" or article == 0:
        return False
    before = doc[article - 1]
    return before.pos_ in CENTURY_BEFORE_POS or before.lower_ in PERIOD_PARTS


def _new_place(name: str, city: str, number: int, gazetteer: Gazetteer) -> dict:
    entries = gazetteer.lookup(_geonames_name(city, number))
    entry = entries[0] if entries else None
    return {
        "name": name,
        "kind": "other",
        "country": "FR",
        "geonames_id": entry.geonames_id if entry else None,
        "lat": entry.lat if entry else None,
        "lon": entry.lon if entry else None,
        "aliases": [],
        "mentions": [],
    }


def find_arrondissements(doc: Doc, places: list[dict], gazetteer: Gazetteer) -> list[dict]:
    """The arrondissements the text names, as places; the places found over their words
    ('XIIe arrondissement de la') give way. ``places`` is changed in place and returned."""
    found = _ordinals(doc)
    if not found:
        return places
    named = [place["name"] for place in places]
    article_city = next((city for city in _cities() if city in named), None)
    city_named = next((ordinal.city for ordinal in found if ordinal.city), None)
    # 'le XIIIe' alone is a district only where arrondissements are spoken of: 'du XVIe' is a
    # century in an article that names Paris
    noun_spoken = any(ordinal.with_noun and ordinal.city != OTHER_CITY for ordinal in found)
    result: dict[str, dict] = {}
    for ordinal in found:
        if ordinal.city == OTHER_CITY:
            continue
        if ordinal.with_noun:  # 'le 14e arrondissement': the city said there or in its sentence
            city = ordinal.city or city_named or _city_in_sentence(doc, ordinal.start)
            if city is None and _of_the_city(doc, ordinal.end):
                city = article_city  # 'de la ville': the one the article names
        else:
            city = ordinal.city or city_named or article_city
        number = ordinal.number
        if city is None or not 1 <= number <= _cities()[city]:
            continue
        if not ordinal.with_noun and not noun_spoken and not ordinal.city:
            continue  # '(Paris XVe)' says the city itself
        span = doc[ordinal.start : ordinal.end]
        name = f"{number}{'er' if number == 1 else 'e'} arrondissement de {city}"
        place = result.get(name)
        if place is None:
            place = result[name] = _new_place(name, city, number, gazetteer)
        if span.text not in place["aliases"]:
            place["aliases"].append(span.text)
        place["mentions"].append([span.start_char, span.end_char])
    if not result:
        return places
    taken = [mention for place in result.values() for mention in place["mentions"]]
    kept = []
    for place in places:
        place["mentions"] = [
            m for m in place["mentions"] if not any(m[0] < e and s < m[1] for s, e in taken)
        ]
        if place["mentions"]:
            kept.append(place)
    return sorted(kept + list(result.values()), key=lambda place: place["mentions"][0][0])
