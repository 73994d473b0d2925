"""Helpers of the date tests: marked example sentences, and contexts for calling a resolver alone.

A marked sentence shows its dates as ``[text](type:value)``; every date the component finds must
be marked, so a sentence without marks is a counter-example (no date in it). Unless a row gives
its own, the reference date is 2018-10-29, a Monday (ISO week 44).
"""

from __future__ import annotations

import datetime as dt
import re

from newsfacts.components.dates.resolved import Context
from newsfacts.components.dates.tense import Direction
from tests.conftest import SEED_REFERENCE_DATE

MARK = re.compile(r"\[([^\]]+)\]\((\w+):([^)]*)\)")
REF = SEED_REFERENCE_DATE  # Monday 2018-10-29, ISO week 44
MONDAY = dt.date.fromisoformat(REF)


def parse_marks(marked: str) -> tuple[str, list[tuple[str, str, str]]]:
    """'le [13 octobre](date:2018-10-13)' -> ('le 13 octobre', [('13 octobre', 'date', ...)])."""
    return MARK.sub(r"\1", marked), [m.groups() for m in MARK.finditer(marked)]


def dates_of(nlp, text: str, reference: str | None) -> list[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc._.reference_date = reference
    doc = nlp(doc)
    return [(s.text, s._.date["type"], s._.date["value"]) for s in doc.spans["dates"]]


def check(nlp, marked: str, reference: str | None = REF) -> None:
    text, expected = parse_marks(marked)
    assert dates_of(nlp, text, reference) == expected


def check_row(nlp, row: str | tuple[str, str]) -> None:
    """A row of an example table: a marked sentence, or (its own reference date, the sentence)."""
    reference, marked = row if isinstance(row, tuple) else (REF, row)
    check(nlp, marked, reference)


def context(
    text: str = "",
    at: str | None = None,
    reference: dt.date | None = MONDAY,
    way: str | None = None,
    strong: bool = True,
    **extra,
) -> Context:
    """What a resolver sees of ``text`` when the match is the phrase ``at``: the words around it,
    the reference date and the sentence's direction (``way`` PAST / FUTURE, or None)."""
    start = text.index(at) if at else 0
    end = start + len(at) if at else len(text)
    direction = Direction(way, strong and way is not None)
    last_day = extra.pop("last_day", None)
    return Context(reference, lambda: direction, last_day, text, start, end, extra)
