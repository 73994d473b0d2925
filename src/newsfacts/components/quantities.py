"""newsfacts_quantities: numbers that count or measure something (first version: digit numbers).

Payload on ``span._.quantity``: {"value", "value_max", "unit", "kind", "qualifier"}.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsfacts.components import register_extensions
from newsfacts.lexicons.calendar import MONTHS

# 5.000 / 7 000 / 2,5 / 1 234,56 (space, no-break space or narrow no-break space as thousands).
NUMBER = re.compile(r"^\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$")
YEAR = re.compile(r"^(1[5-9]|20)\d\d$")


def parse_number(text: str) -> float | None:
    if not NUMBER.match(text):
        return None
    digits = re.sub(r"[.\u00a0\u202f ]", "", text).replace(",", ".")
    value = float(digits)
    return int(value) if value.is_integer() else value


@Language.factory("newsfacts_quantities")
def make_quantities(nlp: Language, name: str) -> QuantityExtractor:
    return QuantityExtractor()


class QuantityExtractor:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        spans = [span for span in map(self._quantity_at, doc) if span is not None]
        doc.spans["quantities"] = spans
        return doc

    def _quantity_at(self, token: Token) -> Span | None:
        value = parse_number(token.text)
        if value is None or YEAR.match(token.text) or _looks_like_date_or_time(token):
            return None
        head = token.head
        unit, end = None, token.i + 1
        if token.dep_ == "nummod" and head.pos_ == "NOUN" and head.i == token.i + 1:
            unit, end = head.text, head.i + 1
        span = token.doc[token.i : end]
        span._.quantity = {
            "value": value,
            "value_max": None,
            "unit": unit,
            "kind": "count",
            "qualifier": None,
        }
        return span


def _looks_like_date_or_time(token: Token) -> bool:
    following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    return following in MONTHS or following in {"h", "heures", "ans", "mois", "jours"}
