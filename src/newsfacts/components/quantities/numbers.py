"""Number cores and the candidates read from them: digits ("5.000", "7 000", "2,5"),
number words ("quatre-vingt-dix"), collectives ("une dizaine", "des milliers") and fractions
("un quart de point")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from text_to_num import text2num

from newsfacts.components.quantities.patterns import APOS, SP, alternation, fold
from newsfacts.lexicons import quantities as lex

GROUP_SEPARATOR = r"[.'’\u00a0\u202f\u2009 ]"
# 5.000 / 7 000 / 120'000 / 1 234,56 (thousands groups), else 2,5 / 2.5 / 2100.
DIGITS = rf"\d{{1,3}}(?:{GROUP_SEPARATOR}\d{{3}})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)?(?!\d)"
GROUPED = re.compile(rf"\d{{1,3}}(?:{GROUP_SEPARATOR}\d{{3}})+(?:,\d+)?")
WORD = alternation(lex.NUMBER_WORDS)
WORD_SEQUENCE = rf"(?:{WORD})(?:[\s-]+et[\s-]+(?:un|une|onze)(?!\w)|[\s-]+(?:{WORD})(?!\w))*"
SINGULAR_COLLECTIVES = alternation(
    k for k in lex.COLLECTIVES if not k.startswith("mill") or k == "millier"
)
PLURAL_COLLECTIVES = alternation(k + "s" for k in lex.COLLECTIVES)
DIGIT_RE = re.compile(rf"(?<![\w.,/\-−+°#:])(?P<sign>[-−+](?=\d))?(?P<num>{DIGITS})")
WORD_RE = re.compile(rf"(?<![\w\-])(?P<num>{WORD_SEQUENCE})(?![\w\-])", re.IGNORECASE)
COLLECTIVE_RE = re.compile(
    rf"(?<![\w])(?:(?P<det>une?){SP}+(?P<one>{SINGULAR_COLLECTIVES})"
    rf"|(?P<vague>des|plusieurs|quelques|de{SP}+nombreu(?:x|ses)){SP}+(?P<many>{PLURAL_COLLECTIVES}))"
    rf"(?:{SP}+de{SP}+(?P<of>milliers|millions|milliards))?(?![\w])",
    re.IGNORECASE,
)
# "un quart de point", "un demi-point": the fraction, up to where its unit starts.
FRACTION_RE = re.compile(
    rf"(?<![\w])(?P<frac>{alternation(lex.FRACTIONS)})(?:{SP}+de{SP}+|{SP}+d{APOS}|-)(?=\w)",
    re.IGNORECASE,
)


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    value: Decimal
    digits: bool
    collective: str | None = None  # "about" / "vague" default qualifier of a collective
    of_allowed: bool = False  # a collective needs "de" before what it counts
    fraction: bool = False  # "un quart de point": a quantity only with a unit or a scale


def digit_candidate(m: re.Match) -> Candidate:
    value = parse_number(m["num"])
    if m["sign"] in {"-", "−"}:
        value = -value
    return Candidate(m.start(), m.end(), m.group(0), value, digits=True)


def word_candidate(m: re.Match) -> Candidate | None:
    """The longest run of number words text2num reads ("deux trois" -> "deux")."""
    words = m["num"]
    ends = [len(words)] + [s.start() for s in reversed(list(re.finditer(r"[\s-]+", words)))]
    for end in ends:
        value = words_value(words[:end])
        if value is not None:
            return Candidate(m.start(), m.start() + end, words[:end], value, digits=False)
    return None


def collective_candidate(m: re.Match) -> Candidate:
    noun = (m["one"] or m["many"]).lower().removesuffix("s")
    value = Decimal(lex.COLLECTIVES[noun])
    if m["of"]:  # "des dizaines de milliers"
        value *= Decimal(lex.COLLECTIVES[m["of"].lower().removesuffix("s")])
    default = "about" if m["one"] else "vague"
    return Candidate(m.start(), m.end(), m.group(0), value, False, default, of_allowed=True)


def fraction_candidate(m: re.Match) -> Candidate:
    value = Decimal(str(lex.FRACTIONS[fold(m["frac"])]))
    return Candidate(m.start(), m.end(), m["frac"], value, digits=False, fraction=True)


def parse_number(text: str) -> Decimal:
    """ "5.000" -> 5000, "7 000" -> 7000, "2,5" -> 2.5, "2.5" -> 2.5, "1 234,56" -> 1234.56."""
    text = text.lstrip("+")
    if GROUPED.fullmatch(text) and not text.startswith("0."):  # "0.500" is an English decimal
        text = re.sub(GROUP_SEPARATOR, "", text)
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:  # "0 000": digits only, whatever the separators
        return Decimal(re.sub(r"\D", "", text) or "0")


def words_value(words: str) -> Decimal | None:
    try:
        return Decimal(text2num(re.sub(r"\s+", " ", words.lower()), "fr"))
    except (ValueError, InvalidOperation):
        return None


def candidates(text: str) -> list[Candidate]:
    """Every number core of the text, in text order, the longest first where two start together."""
    found = [digit_candidate(m) for m in DIGIT_RE.finditer(text)]
    found += [c for c in map(word_candidate, WORD_RE.finditer(text)) if c is not None]
    found += [collective_candidate(m) for m in COLLECTIVE_RE.finditer(text)]
    found += [fraction_candidate(m) for m in FRACTION_RE.finditer(text)]
    return sorted(found, key=lambda c: (c.start, -c.end))
