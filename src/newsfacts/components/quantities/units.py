"""What follows a number: its scale ("millions"), unit and kind ("%", "€", "km", "points"), or
the sign that it is a date, a clock time or a duration (left to the dates component)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from newsfacts.components.quantities.numbers import Candidate
from newsfacts.components.quantities.patterns import APOS, SP, alternation, fold
from newsfacts.lexicons import quantities as lex
from newsfacts.lexicons.calendar import MONTHS
from newsfacts.lexicons.dates import MATCHDAY_CUES

if TYPE_CHECKING:  # the reader imports this module
    from newsfacts.components.quantities.reader import DocReader


# "neuf journées" of a league are rounds (a count) when the sentence speaks of the standings
MATCHDAYS_RE = re.compile(
    rf"{SP}*(?P<unit>journées)(?![\w-])(?!{SP}+(?:de{SP}+(?!la\b|l{APOS}|les\b)|d{APOS}))", re.I
)
MATCHDAY_CUE_RE = re.compile(rf"\b(?:{'|'.join(MATCHDAY_CUES)})\b", re.I)
POINT_RE = re.compile(r"points?(?![\w-])", re.IGNORECASE)  # "un demi-point", one token
SYMBOL_MONEY_RE = re.compile(  # "1,2 Md€", "30 k€", "950 M EUR"
    rf"{SP}*(?P<scale>{alternation(lex.SYMBOL_SCALES)}){SP}?"
    rf"(?P<symbol>€|\$|£|EUR|USD|CHF|GBP)(?![\w])"
)
SCALE_RE = re.compile(rf"{SP}*(?P<scale>{alternation(lex.SCALES)})(?![\w])", re.I)
OF_RE = re.compile(rf"{SP}*(?:de{SP}+|d{APOS}{SP}*)", re.I)
PERCENT_RE = re.compile(rf"{SP}*(?:{alternation(lex.PERCENT_WORDS)})(?![\w])", re.I)
POINTS_RE = re.compile(rf"{SP}*(?P<unit>{alternation(lex.POINT_WORDS)})(?![\w])", re.I)
CURRENCY_RE = re.compile(rf"{SP}*(?P<unit>{alternation(lex.CURRENCIES)})(?![\w])", re.I)
POINTS_ABBREVIATION_RE = re.compile(rf"{SP}*pts?\.?(?![\w])")
POUND_RE = re.compile(rf"{SP}*livres?(?![\w])", re.I)
MEASURE_RE = re.compile(rf"{SP}*(?P<unit>{alternation(lex.MEASURES)})(?![\w'’²³/])", re.I)
TIME_RE = re.compile(
    rf"{SP}*(?:(?:{alternation(lex.TIME_ADJECTIVES)}){SP}+)?"
    rf"(?:{alternation(lex.TIME_UNITS)})(?![\w])",
    re.I,
)
CLOCK_RE = re.compile(rf"{SP}*[hH](?:{SP}*\d\d)?(?![\w])|:\d\d(?!\d)")
DATE_RE = re.compile(  # "13 octobre", "du 6 au 17 juillet", "les 4, 5 et 6 juin"
    rf"{SP}*(?:(?:au|et|à|-|–|ou|,){SP}*\d{{1,2}}(?:er)?{SP}*)*"
    rf"(?:{alternation(MONTHS)})\.?(?![\w])",
    re.I,
)
SLASHED_RE = re.compile(r"(?:/\d+)+")  # "12/03/2020", "1/3", "24/7": dates and fractions
AND_A_HALF_RE = re.compile(rf"{SP}+et{SP}+demie?(?![\w])", re.I)
CURRENCY_PREFIX_RE = re.compile(
    rf"(?<![\w])(?P<unit>{alternation(lex.CURRENCY_PREFIXES)}){SP}?$", re.IGNORECASE
)


@dataclass
class Tail:
    """What follows a number: scale, unit and kind, and where it ends."""

    end: int
    scale: Decimal = Decimal(1)
    unit: str | None = None
    kind: str = "count"
    is_time: bool = False
    glued_junk: bool = False  # letters glued to the number that are no unit ("1er", "74e", "16h30")
    half: bool = False  # "un million et demi"
    not_counted: bool = False  # the noun after it is no thing counted ("deux fois plus")
    counted_from: int | None = None  # where the counted noun is looked for, when no unit was read


def read_tail(reader: DocReader, position: int, candidate: Candidate) -> Tail:
    """Scale, unit and kind written after a number ("2,5 millions d'euros", "30 %")."""
    text = reader.text
    glued = not candidate.fraction and position < len(text) and text[position].isalpha()
    if (m := SLASHED_RE.match(text, position)) is not None:
        return Tail(m.end(), glued_junk=True)
    if (m := SYMBOL_MONEY_RE.match(text, position)) is not None:
        code = lex.CURRENCIES[m["symbol"].lower()]
        scale = Decimal(lex.SYMBOL_SCALES[m["scale"]])
        return Tail(m.end(), scale, code, "money")
    tail = Tail(position)
    if (m := SCALE_RE.match(text, position)) is not None:
        tail.scale, tail.end = read_scale(reader, m), m.end()
        if (half := AND_A_HALF_RE.match(text, tail.end)) is not None:
            tail.half, tail.end = True, half.end()  # "un million et demi"
        of = OF_RE.match(text, tail.end)
        unit_at = of.end() if of else tail.end  # "3 millions d'euros", "3 millions €"
    elif candidate.of_allowed:
        of = OF_RE.match(text, position)
        if of is None:
            return tail
        unit_at = of.end()
    else:
        unit_at = position
    if (m := MATCHDAYS_RE.match(text, unit_at)) is not None and in_standings(reader, unit_at):
        tail.unit, tail.end = m["unit"], m.end()  # "en neuf journées ... 15 points"
        return tail
    if (time_end := time_expression_end(reader, unit_at)) is not None:
        return Tail(time_end, is_time=True)
    if (unit := read_unit(reader, unit_at)) is not None:
        tail.kind, tail.unit, tail.end = unit
        return tail
    if candidate.fraction and (m := POINT_RE.match(text, unit_at)) is not None:
        tail.unit, tail.end = "points", m.end()  # its kind is read with the value
        return tail
    of = OF_RE.match(text, unit_at)
    if of is not None and (unit := read_unit(reader, of.end())) is not None and unit[0] == "money":
        tail.kind, tail.unit, tail.end = unit  # "21 000 000 d'euros"
        return tail
    if glued and tail.end == position:
        tail.glued_junk = True
        return tail
    tail.counted_from = unit_at
    return tail


def time_expression_end(reader: DocReader, position: int) -> int | None:
    """End of a duration, clock time or date written at position ("ans", "h30", "mai")."""
    matches = [regex.match(reader.text, position) for regex in (TIME_RE, CLOCK_RE, DATE_RE)]
    return max((m.end() for m in matches if m), default=None)


def read_scale(reader: DocReader, m: re.Match) -> Decimal:
    word = m["scale"].lower()
    if word.startswith(("billion", "trillion")) and not OF_RE.match(reader.text, m.end()):
        return Decimal(lex.ENGLISH_SCALES[word.rstrip("s")])  # "$40.11 billion"
    return Decimal(lex.SCALES[word])


def read_unit(reader: DocReader, position: int) -> tuple[str, str, int] | None:
    """(kind, unit code, end) of a percent, point, currency or measure unit at position."""
    text = reader.text
    if (m := PERCENT_RE.match(text, position)) is not None:
        return "percent", "%", m.end()
    if (m := POINTS_RE.match(text, position)) is not None:
        return "percent", lex.POINT_WORDS[fold(m["unit"])], m.end()
    if (m := POINTS_ABBREVIATION_RE.match(text, position)) is not None:
        return "count", "points", m.end()  # kind decided with the value, see _points_kind
    if (m := CURRENCY_RE.match(text, position)) is not None:
        code = lex.CURRENCIES[fold(m["unit"])]
        return "money", reader.dollar_code if m["unit"] == "$" else code, m.end()
    if reader.pound_code and (m := POUND_RE.match(text, position)) is not None:
        return "money", reader.pound_code, m.end()
    if (m := MEASURE_RE.match(text, position)) is not None and m["unit"] != "M":
        return "measure", lex.MEASURES[fold(m["unit"])], m.end()
    return None


def points_kind(reader: DocReader, start: int, value: Decimal) -> str:
    """Points of an index (measure), percentage points (percent) or points won (count)."""
    if value >= 100:
        return "measure"  # "le Dow Jones a perdu 500 points", "7.025,72 points"
    if value != value.to_integral_value():
        return "percent"  # "une hausse de 0,5 point de la CSG"
    sentence = reader.sentence_text(start)
    if re.search(r"%|taux|pourcentage|chômage|participation|inflation|croissance", sentence):
        return "percent"
    return "count"  # "neuf points" in a league table


def in_standings(reader: DocReader, position: int) -> bool:
    return bool(MATCHDAY_CUE_RE.search(reader.sentence_text(position)))


def context_currency(text: str, names: dict[str, str]) -> str | None:
    """The currency "livres" or "$" means in this text, if it names one ("la livre libanaise")."""
    lowered = text.lower()
    for words, code in names.items():
        if words in lowered:
            return code
    return None
