"""newsfacts_places: places named in the article, once each (first version: NER + babel names).

``doc._.places``: [{"name", "kind", "country", "aliases", "mentions": [[start, end], ...]}], in
order of first mention.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from babel import Locale
from spacy.language import Language
from spacy.tokens import Doc

from newsfacts.components import register_extensions

PLACE_LABELS = {"LOC"}


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Etats-Unis' and 'États-Unis' fold alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


@cache
def country_names() -> dict[str, tuple[str, str]]:
    """Folded French country name -> (canonical French name, ISO 3166-1 alpha-2 code)."""
    names = {}
    for code, name in Locale("fr").territories.items():
        if len(code) == 2 and code.isalpha():
            names[fold(name)] = (name, code)
    return names


@Language.factory("newsfacts_places")
def make_places(nlp: Language, name: str) -> PlaceFinder:
    return PlaceFinder()


class PlaceFinder:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        places: dict[str, dict] = {}
        for entity in doc.ents:
            if entity.label_ not in PLACE_LABELS:
                continue
            name, code = country_names().get(fold(entity.text), (entity.text, None))
            place = places.setdefault(
                fold(name),
                {
                    "name": name,
                    "kind": "country" if code else None,
                    "country": code,
                    "aliases": [],
                    "mentions": [],
                },
            )
            if entity.text != name and entity.text not in place["aliases"]:
                place["aliases"].append(entity.text)
            place["mentions"].append([entity.start_char, entity.end_char])
        doc._.places = list(places.values())
        return doc
