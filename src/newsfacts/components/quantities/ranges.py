"""Two numbers linked by "à", "et" or a dash: a range ("entre 3 et 5 millions"), a change
("passé de 3 % à 4 %", two values) or a score ("5 à 2", no quantity)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from newsfacts.components.quantities.numbers import (
    DIGITS,
    WORD_SEQUENCE,
    Candidate,
    parse_number,
    words_value,
)
from newsfacts.components.quantities.patterns import APOS, SP, fold
from newsfacts.components.quantities.units import Tail, read_tail, read_unit, time_expression_end
from newsfacts.lexicons import quantities as lex

if TYPE_CHECKING:  # the reader imports this module
    from newsfacts.components.quantities.reader import DocReader


# The second number of a range, read where the first one's link ends (no look-behind there).
RANGE_NUMBER_RE = re.compile(rf"(?P<num>{DIGITS})|(?P<words>{WORD_SEQUENCE})(?![\w\-])", re.I)
RANGE_LINK_RE = re.compile(rf"{SP}*(?P<link>et|à|au|-|–){SP}*", re.I)
GLUED_DASH_RE = re.compile(r"[-–](?=\d)")
# A verb of change whose "de ... à ..." gives the old and the new value ("passé de 3 % à 4 %",
# "a porté son taux de 4 % à 5 %"), its object between them at most
CHANGE_BEFORE_RE = re.compile(
    rf"(?<![\w])(?:pass|port|rehauss)\w*"
    rf"(?:{SP}+(?:le|la|les|l{APOS}|son|sa|ses|leur|leurs|ce|cet|cette|ces){SP}*[\w-]+)?"
    rf"{SP}+(?:de|d{APOS}){SP}*$",
    re.I,
)
RANGE_MARKER_RE = re.compile(rf"(?<![\w])(?P<marker>entre|de|d{APOS}|du){SP}*$", re.I)


def read_range(
    reader: DocReader, candidate: Candidate, tail: Tail, before: str
) -> tuple[Decimal | None, int, Tail | None]:
    """Reads "entre 3 et 5 millions", "de 10 à 15 %", "$30-37 billion".

    Returns (value_max, end used, tail of the whole); tail None rejects the candidate
    (a score "28-7", "5 à 2", or a range of durations "de 18 à 60 ans").
    """
    text = reader.text
    link = RANGE_LINK_RE.match(text, tail.end)
    if link is None or candidate.collective:
        return None, tail.end, tail
    word = link["link"].lower()
    glued_dash = GLUED_DASH_RE.match(text, tail.end) is not None
    if word in {"-", "–"} and not glued_dash:
        return None, tail.end, tail
    second = RANGE_NUMBER_RE.match(text, link.end())
    if second is None:
        return None, tail.end, tail
    second_value = second_number_value(second)
    if second_value is None:
        return None, tail.end, tail
    marker = RANGE_MARKER_RE.search(before)
    marker = marker["marker"].lower() if marker else None
    second_tail = read_tail(reader, second.end(), Candidate(0, 0, "", second_value, True))
    first_is_bare = tail.unit is None and tail.scale == 1
    if second_tail.is_time:
        if not first_is_bare:
            return None, tail.end, tail  # "recule de 1,19 % à 17h30"
        reader.last_time_end = second_tail.end
        return None, second_tail.end, None
    bare_second = second_tail.unit is None and second_tail.scale == 1
    change = word in {"à", "au"} and is_change(before)
    is_range = not change and (
        (marker == "entre" and word == "et")
        or (marker in {"de", "d'", "d’", "du"} and word in {"à", "au"})
        or (word in {"à", "-", "–"} and not bare_second and first_is_bare)
    )
    if tail.unit is not None and tail.unit != second_tail.unit:
        is_range = False  # "a gagné 1,2 dollar à 85,40 dollars", "de 0,2 point à 7,3 %"
    if not is_range and word == "à" and first_is_bare and bare_second:
        # "500 000 à 600 000": a range unless both are small integers ("2 à 1", a score)
        is_range = not (is_small_int(candidate.text) and is_small_int(second["num"]))
    value_max = second_value * second_tail.scale
    if value_max <= candidate.value * (tail.scale if tail.scale != 1 else second_tail.scale):
        is_range = False  # "passera de 3 % à 2,4 %": a change, not a range
    if change and first_is_bare and second_tail.unit is not None:
        tail.kind, tail.unit = second_tail.kind, second_tail.unit  # "de 1.500 à 1.800 euros"
    if not is_range:
        score = word in {"à", "-", "–"} and bare_second and is_small_int(second["num"])
        score = score and not change  # "le nombre de sièges est passé de 5 à 8"
        if score and (tail.unit is None or word == "à"):
            return None, second.end(), None  # a score: "1-0", "5 à 2", "3 sets à 0"
        return None, tail.end, tail
    if tail.unit is None and tail.kind == "count" and tail.counted_from is not None:
        if tail.scale == 1:
            tail.scale = second_tail.scale
        if second_tail.counted_from is None or second_tail.unit is not None:
            tail.kind, tail.unit = second_tail.kind, second_tail.unit
        tail.counted_from = second_tail.counted_from
    tail.end = second_tail.end
    return value_max, second_tail.end, tail


def score_end_after(reader: DocReader, end: int, before: str) -> int | None:
    """End of the score when "N sets à M" follows, else None."""
    link = RANGE_LINK_RE.match(reader.text, end)
    if link is None or link["link"].lower() != "à" or RANGE_MARKER_RE.search(before):
        return None
    second = RANGE_NUMBER_RE.match(reader.text, link.end())
    if second is None or not is_small_int(second["num"]):
        return None
    if (
        read_unit(reader, second.end()) is not None
        or time_expression_end(reader, second.end()) is not None
    ):
        return None
    return second.end()


def second_number_value(m: re.Match) -> Decimal | None:
    if m["num"]:
        return parse_number(m["num"])
    value = words_value(m["words"])
    if value is None or fold(m["words"]) in lex.BARE_WORDS_REJECTED:
        return None
    return value


def is_small_int(digits: str | None) -> bool:
    return digits is not None and digits.isdigit() and len(digits) <= 3


def is_change(before: str) -> bool:
    """ "le taux est passé de 4,25 % à 4,5 %": a value and the one it became, not a range."""
    return CHANGE_BEFORE_RE.search(before) is not None
