"""Qualifiers of a number: "environ", "plus de", "au moins" before it, "environ" after it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsfacts.components.quantities.patterns import SP, alternation, fold
from newsfacts.lexicons import quantities as lex

if TYPE_CHECKING:  # the reader imports this module
    from newsfacts.components.quantities.reader import DocReader


ENVIRON_AFTER_RE = re.compile(rf"{SP}+(?P<q>{alternation(lex.QUALIFIERS_AFTER)})(?![\w])", re.I)
QUALIFIER_KEYS = list(lex.QUALIFIERS_BEFORE)
QUALIFIER_BEFORE_RE = re.compile(
    "(?<![\\w])(?:"
    + "|".join(f"(?P<q{i}>{key})" for i, key in enumerate(QUALIFIER_KEYS))
    + rf"){SP}*$",
    re.I,
)


def qualifier_after(reader: DocReader, end: int) -> str | None:
    m = ENVIRON_AFTER_RE.match(reader.text, end)
    return lex.QUALIFIERS_AFTER[fold(m["q"])] if m else None


def qualifier_before(before: str) -> str | None:
    m = QUALIFIER_BEFORE_RE.search(before)
    if m is None or m.lastgroup is None:
        return None
    return lex.QUALIFIERS_BEFORE[QUALIFIER_KEYS[int(m.lastgroup[1:])]]
