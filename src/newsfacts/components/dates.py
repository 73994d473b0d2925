"""newsfacts_dates: temporal expressions with TIMEX3 type and value (first version).

Payload on ``span._.date``: {"type", "value", "relative"}; relative values are resolved against
``doc._.reference_date``, and stay with X where there is none.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from newsfacts.components import register_extensions
from newsfacts.lexicons.calendar import MONTHS, WEEKDAYS

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(WEEKDAYS)
DAY_MONTH_YEAR = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{_MONTH})\b(?:\s+(?P<year>\d{{4}}))?", re.I
)
WEEKDAY = re.compile(rf"\b(?P<weekday>{_WEEKDAY})\b", re.I)


@Language.factory("newsfacts_dates")
def make_dates(nlp: Language, name: str) -> DateTagger:
    return DateTagger()


class DateTagger:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        reference = _reference(doc)
        spans = []
        for match in DAY_MONTH_YEAR.finditer(doc.text):
            span = doc.char_span(*match.span(), alignment_mode="contract")
            if span is None:
                continue
            year = match["year"]
            value = year or (str(reference.year) if reference else "XXXX")
            value += f"-{MONTHS[match['month'].lower()]:02d}-{int(match['day']):02d}"
            span._.date = {"type": "date", "value": value, "relative": year is None}
            spans.append(span)
        for match in WEEKDAY.finditer(doc.text):
            span = doc.char_span(*match.span(), alignment_mode="contract")
            if span is None or any(span.start < s.end and s.start < span.end for s in spans):
                continue
            value = "XXXX-XX-XX"
            if reference is not None:
                back = (reference.weekday() - WEEKDAYS[match["weekday"].lower()]) % 7
                value = (reference - dt.timedelta(days=back)).isoformat()
            span._.date = {"type": "date", "value": value, "relative": True}
            spans.append(span)
        doc.spans["dates"] = spans
        return doc


def _reference(doc: Doc) -> dt.date | None:
    return dt.date.fromisoformat(doc._.reference_date) if doc._.reference_date else None
