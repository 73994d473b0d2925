"""newsfacts_quantities: numbers that count or measure something in French news.

Payload on ``span._.quantity``: {"value", "value_max", "unit", "kind", "qualifier"}.

How it works: three compiled regexes over ``doc.text`` find number cores (digits "5.000",
"7 000", "2,5"; number words "quatre-vingt-dix"; collectives "une dizaine", "des milliers").
For each core, anchored regexes read what follows (scale "millions", unit "%", "€", "km",
a range "à 15 %") and what precedes (qualifier "environ", range marker "entre", currency "$");
what is counted comes from the tokens (the noun after the number, its fixed complement or
coordinated nouns). Dates, clock times, durations, ages, ordinals, phone numbers, postcodes,
identifiers, scores and numbers inside names are rejected on the way.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from text_to_num import text2num

from newsfacts.components import register_extensions, text_of
from newsfacts.lexicons import quantities as lex
from newsfacts.lexicons.calendar import MONTHS, WEEKDAYS
from newsfacts.lexicons.dates import MATCHDAY_CUES

SP = r"[^\S\r\n]"  # one space of any width (U+00A0, U+202F...), never a line break
APOS = "['’]"
GROUP_SEPARATOR = r"[.'’\u00a0\u202f\u2009 ]"
# 5.000 / 7 000 / 120'000 / 1 234,56 (thousands groups), else 2,5 / 2.5 / 2100.
DIGITS = rf"\d{{1,3}}(?:{GROUP_SEPARATOR}\d{{3}})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)?(?!\d)"
GROUPED = re.compile(rf"\d{{1,3}}(?:{GROUP_SEPARATOR}\d{{3}})+(?:,\d+)?")


def _alternation(keys) -> str:
    """Regex alternation of lexicon keys, longest first, any space matching any space."""
    ordered = sorted(set(keys), key=len, reverse=True)
    return "|".join(re.escape(key).replace(r"\ ", SP + "+") for key in ordered)


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()


WORD = _alternation(lex.NUMBER_WORDS)
WORD_SEQUENCE = rf"(?:{WORD})(?:[\s-]+et[\s-]+(?:un|une|onze)(?!\w)|[\s-]+(?:{WORD})(?!\w))*"
SINGULAR_COLLECTIVES = _alternation(
    k for k in lex.COLLECTIVES if not k.startswith("mill") or k == "millier"
)
PLURAL_COLLECTIVES = _alternation(k + "s" for k in lex.COLLECTIVES)

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
    rf"(?<![\w])(?P<frac>{_alternation(lex.FRACTIONS)})(?:{SP}+de{SP}+|{SP}+d{APOS}|-)(?=\w)",
    re.IGNORECASE,
)
# "neuf journées" of a league are rounds (a count) when the sentence speaks of the standings
MATCHDAYS_RE = re.compile(
    rf"{SP}*(?P<unit>journées)(?![\w-])(?!{SP}+(?:de{SP}+(?!la\b|l{APOS}|les\b)|d{APOS}))", re.I
)
MATCHDAY_CUE_RE = re.compile(rf"\b(?:{'|'.join(MATCHDAY_CUES)})\b", re.I)
POINT_RE = re.compile(r"points?(?![\w-])", re.IGNORECASE)  # "un demi-point", one token
# The second number of a range, read where the first one's link ends (no look-behind there).
RANGE_NUMBER_RE = re.compile(rf"(?P<num>{DIGITS})|(?P<words>{WORD_SEQUENCE})(?![\w\-])", re.I)

SYMBOL_MONEY_RE = re.compile(  # "1,2 Md€", "30 k€", "950 M EUR"
    rf"{SP}*(?P<scale>{_alternation(lex.SYMBOL_SCALES)}){SP}?"
    rf"(?P<symbol>€|\$|£|EUR|USD|CHF|GBP)(?![\w])"
)
SCALE_RE = re.compile(rf"{SP}*(?P<scale>{_alternation(lex.SCALES)})(?![\w])", re.I)
OF_RE = re.compile(rf"{SP}*(?:de{SP}+|d{APOS}{SP}*)", re.I)
PERCENT_RE = re.compile(rf"{SP}*(?:{_alternation(lex.PERCENT_WORDS)})(?![\w])", re.I)
POINTS_RE = re.compile(rf"{SP}*(?P<unit>{_alternation(lex.POINT_WORDS)})(?![\w])", re.I)
CURRENCY_RE = re.compile(rf"{SP}*(?P<unit>{_alternation(lex.CURRENCIES)})(?![\w])", re.I)
POINTS_ABBREVIATION_RE = re.compile(rf"{SP}*pts?\.?(?![\w])")
POUND_RE = re.compile(rf"{SP}*livres?(?![\w])", re.I)
MEASURE_RE = re.compile(rf"{SP}*(?P<unit>{_alternation(lex.MEASURES)})(?![\w'’²³/])", re.I)
TIME_RE = re.compile(
    rf"{SP}*(?:(?:{_alternation(lex.TIME_ADJECTIVES)}){SP}+)?"
    rf"(?:{_alternation(lex.TIME_UNITS)})(?![\w])",
    re.I,
)
CLOCK_RE = re.compile(rf"{SP}*[hH](?:{SP}*\d\d)?(?![\w])|:\d\d(?!\d)")
DATE_RE = re.compile(  # "13 octobre", "du 6 au 17 juillet", "les 4, 5 et 6 juin"
    rf"{SP}*(?:(?:au|et|à|-|–|ou|,){SP}*\d{{1,2}}(?:er)?{SP}*)*"
    rf"(?:{_alternation(MONTHS)})\.?(?![\w])",
    re.I,
)
SLASHED_RE = re.compile(r"(?:/\d+)+")  # "12/03/2020", "1/3", "24/7": dates and fractions
AND_A_HALF_RE = re.compile(rf"{SP}+et{SP}+demie?(?![\w])", re.I)
RANGE_LINK_RE = re.compile(rf"{SP}*(?P<link>et|à|au|-|–){SP}*", re.I)
GLUED_DASH_RE = re.compile(r"[-–](?=\d)")
# After "N fois": a ratio ("deux fois plus", "trois fois supérieur") or a rate ("deux fois par an").
RATIO_OR_RATE_RE = re.compile(
    rf"{SP}+(?:plus|moins|mieux|pire|davantage|moindre|autant|trop|par|sup[ée]rieure?s?"
    r"|inf[ée]rieure?s?|(?:plus|moins)\b)(?![\w])",
    re.I,
)
ENVIRON_AFTER_RE = re.compile(rf"{SP}+(?P<q>{_alternation(lex.QUALIFIERS_AFTER)})(?![\w])", re.I)
QUALIFIER_KEYS = list(lex.QUALIFIERS_BEFORE)
QUALIFIER_BEFORE_RE = re.compile(
    "(?<![\\w])(?:"
    + "|".join(f"(?P<q{i}>{key})" for i, key in enumerate(QUALIFIER_KEYS))
    + rf"){SP}*$",
    re.I,
)
# A verb of change whose "de ... à ..." gives the old and the new value ("passé de 3 % à 4 %",
# "a porté son taux de 4 % à 5 %"), its object between them at most
CHANGE_BEFORE_RE = re.compile(
    rf"(?<![\w])(?:pass|port|rehauss)\w*"
    rf"(?:{SP}+(?:le|la|les|l{APOS}|son|sa|ses|leur|leurs|ce|cet|cette|ces){SP}*[\w-]+)?"
    rf"{SP}+(?:de|d{APOS}){SP}*$",
    re.I,
)
RANGE_MARKER_RE = re.compile(rf"(?<![\w])(?P<marker>entre|de|d{APOS}|du){SP}*$", re.I)
CURRENCY_PREFIX_RE = re.compile(
    rf"(?<![\w])(?P<unit>{_alternation(lex.CURRENCY_PREFIXES)}){SP}?$", re.IGNORECASE
)
IDIOM_RE = re.compile(rf"(?<![\w])(?:{_alternation(lex.IDIOMS)})(?![\w])", re.IGNORECASE)
PHONE_SEPARATOR = r"[ \t\u00a0\u202f\u2009.\-]"
PHONE_RE = re.compile(  # "05 56 10 20 30", "06.12.34.56.78", "+33 6 12 34 56 78", "1 800 622-6232"
    rf"(?<!\d)(?:\+\d{{1,3}}{SP}?(?:\(0\))?{SP}?\d(?:{PHONE_SEPARATOR}?\d\d){{4}}"
    rf"|0\d(?:{PHONE_SEPARATOR}?\d\d){{4}}"
    rf"|(?:1{PHONE_SEPARATOR})?\(?\d{{3}}\)?{PHONE_SEPARATOR}\d{{3}}-\d{{4}})(?!\d)"
)
SINGULAR_DETERMINERS = {"le", "la", "l'", "l’", "au", "du"}
SENTENCE_OPENERS = {".", "!", "?", "«", '"', "“", "-", "–", "—", ":", "(", "\n"}
LOOKBACK = 40  # characters before a number in which a qualifier or range marker is looked for


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


@Language.factory("newsfacts_quantities")
def make_quantities(nlp: Language, name: str) -> QuantityExtractor:
    _split_period_after_units(nlp)
    return QuantityExtractor()


# The French tokenizer keeps a sentence's final period on "M€." or "k€.", so no span could end
# on the unit; this suffix rule splits it off (once, whatever the number of components built).
PERIOD_AFTER_UNIT = r"(?<=[€$£¥²³])\.$"


def _split_period_after_units(nlp: Language) -> None:
    search = getattr(nlp.tokenizer, "suffix_search", None)
    pattern = getattr(search, "__self__", None)
    if pattern is None or PERIOD_AFTER_UNIT in pattern.pattern:
        return
    nlp.tokenizer.suffix_search = re.compile(f"{pattern.pattern}|{PERIOD_AFTER_UNIT}").search


class QuantityExtractor:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["quantities"] = _DocReader(doc).quantities()
        return doc


class _DocReader:
    """Reads the quantities of one Doc; holds the per-document lookups."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = text_of(doc)
        self.token_starts = [token.idx for token in doc]
        self.pound_code = _context_currency(self.text, lex.POUND_CONTEXT)
        self.dollar_code = _context_currency(self.text, lex.DOLLAR_CONTEXT) or "USD"
        self.masked = [
            (m.start(), m.end())
            for regex in (PHONE_RE, IDIOM_RE)  # phone numbers, "dans les deux sens"
            for m in regex.finditer(self.text)
        ]
        self.last_time_end = -1  # end of the last number rejected as a duration or date
        self.last_count_end = -1  # end of the last quantity that counts a named thing
        self.last_quantity_end = -1

    # ---- candidates ------------------------------------------------------------------------

    def quantities(self) -> list[Span]:
        spans: list[Span] = []
        consumed = 0
        for candidate in self._candidates():
            if candidate.start < consumed or self._is_masked(candidate.start):
                continue
            try:
                found, end = self._read(candidate)
            except (KeyError, IndexError, ValueError, ArithmeticError):
                # A bug on odd input must cost one number, never the whole document.
                found, end = [], candidate.end
            consumed = max(consumed, end)
            for span in found:
                spans.append(span)
                self.last_quantity_end = span.end_char
                if span._.quantity["kind"] == "count" and span._.quantity["unit"]:
                    self.last_count_end = span.end_char
        return spans

    def _candidates(self) -> list[Candidate]:
        found = [_digit_candidate(m) for m in DIGIT_RE.finditer(self.text)]
        found += [c for c in map(_word_candidate, WORD_RE.finditer(self.text)) if c is not None]
        found += [_collective_candidate(m) for m in COLLECTIVE_RE.finditer(self.text)]
        found += [_fraction_candidate(m) for m in FRACTION_RE.finditer(self.text)]
        return sorted(found, key=lambda c: (c.start, -c.end))

    def _is_masked(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.masked)

    # ---- one quantity ----------------------------------------------------------------------

    def _read(self, candidate: Candidate) -> tuple[list[Span], int]:
        """The spans for a candidate (two for a range, else one or none) and the end of the text
        it used up."""
        text = self.text
        tail = self._tail(candidate.end, candidate)
        if tail.is_time or tail.glued_junk:
            self.last_time_end = tail.end if tail.is_time else self.last_time_end
            return [], tail.end
        before = text[max(0, candidate.start - LOOKBACK) : candidate.start]
        first_end = tail.end
        value_max, end, tail = self._range(candidate, tail, before)
        if tail is None:  # a score "28-7" or a range of durations "de 18 à 60 ans"
            return [], end
        start = candidate.start
        prefix = CURRENCY_PREFIX_RE.search(before)
        if prefix and tail.kind == "count" and tail.unit is None:
            code = lex.CURRENCY_PREFIXES[prefix["unit"].lower()]
            tail.kind, tail.unit = "money", self.dollar_code if prefix["unit"] == "$" else code
            start = candidate.start - len(before) + prefix.start()
            before = before[: prefix.start()]
        if tail.kind == "count" and tail.counted_from is not None:
            tail.unit, tail.end = self._counted(tail.counted_from, candidate, tail.end)
            head = tail.unit.split()[0].lower() if tail.unit else None
            if (
                head == "fois"
            ):  # "relevé deux fois" counts; "deux fois plus", "deux fois par an" not
                fois_end = text.lower().index("fois", candidate.end) + len("fois")
                tail.not_counted = RATIO_OR_RATE_RE.match(text, fois_end) is not None
            else:
                tail.not_counted = head in lex.NOT_COUNTED  # "deux tiers de"
            score_end = self._score_end(tail.end, before) if value_max is None else None
            if score_end is not None:
                return [], score_end  # "3 sets à 0"
        if self._rejected(candidate, tail):
            return [], end
        qualifier = _qualifier_before(before) or self._qualifier_after(tail.end)
        if value_max is not None:
            qualifier = None
        elif qualifier is None:
            qualifier = candidate.collective
        value = (candidate.value + (Decimal("0.5") if tail.half else 0)) * tail.scale
        if tail.unit in {"points", "point", "pts", "pt"} and tail.kind == "count":
            tail.kind, tail.unit = self._points_kind(candidate.start, value), "points"
        payload = {
            "value": _plain(value),
            "value_max": None if value_max is None else _plain(value_max),
            "unit": tail.unit,
            "kind": tail.kind,
            "qualifier": qualifier,
        }
        if value_max is None:
            bounds = [(start, tail.end, payload)]
        else:  # each end of a range is a number of its own: "[15] à [20 décès]"
            second_start = RANGE_LINK_RE.match(self.text, first_end).end()
            upper = {**payload, "value": _plain(value_max), "value_max": None}
            bounds = [(start, first_end, payload), (second_start, tail.end, upper)]
        spans = [self.doc.char_span(a, b, alignment_mode="expand") for a, b, _ in bounds]
        if None in spans:
            return [], end
        for span, (_, _, quantity) in zip(spans, bounds, strict=True):
            span._.quantity = quantity
        return spans, max(end, tail.end)

    def _tail(self, position: int, candidate: Candidate) -> Tail:
        """Scale, unit and kind written after a number ("2,5 millions d'euros", "30 %")."""
        text = self.text
        glued = not candidate.fraction and position < len(text) and text[position].isalpha()
        if (m := SLASHED_RE.match(text, position)) is not None:
            return Tail(m.end(), glued_junk=True)
        if (m := SYMBOL_MONEY_RE.match(text, position)) is not None:
            code = lex.CURRENCIES[m["symbol"].lower()]
            scale = Decimal(lex.SYMBOL_SCALES[m["scale"]])
            return Tail(m.end(), scale, code, "money")
        tail = Tail(position)
        if (m := SCALE_RE.match(text, position)) is not None:
            tail.scale, tail.end = self._scale(m), m.end()
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
        if (m := MATCHDAYS_RE.match(text, unit_at)) is not None and self._in_standings(unit_at):
            tail.unit, tail.end = m["unit"], m.end()  # "en neuf journées ... 15 points"
            return tail
        if (time_end := self._time_end(unit_at)) is not None:
            return Tail(time_end, is_time=True)
        if (unit := self._unit(unit_at)) is not None:
            tail.kind, tail.unit, tail.end = unit
            return tail
        if candidate.fraction and (m := POINT_RE.match(text, unit_at)) is not None:
            tail.unit, tail.end = "points", m.end()  # its kind is read with the value
            return tail
        of = OF_RE.match(text, unit_at)
        if of is not None and (unit := self._unit(of.end())) is not None and unit[0] == "money":
            tail.kind, tail.unit, tail.end = unit  # "21 000 000 d'euros"
            return tail
        if glued and tail.end == position:
            tail.glued_junk = True
            return tail
        tail.counted_from = unit_at
        return tail

    def _time_end(self, position: int) -> int | None:
        """End of a duration, clock time or date written at position ("ans", "h30", "mai")."""
        matches = [regex.match(self.text, position) for regex in (TIME_RE, CLOCK_RE, DATE_RE)]
        return max((m.end() for m in matches if m), default=None)

    def _scale(self, m: re.Match) -> Decimal:
        word = m["scale"].lower()
        if word.startswith(("billion", "trillion")) and not OF_RE.match(self.text, m.end()):
            return Decimal(lex.ENGLISH_SCALES[word.rstrip("s")])  # "$40.11 billion"
        return Decimal(lex.SCALES[word])

    def _unit(self, position: int) -> tuple[str, str, int] | None:
        """(kind, unit code, end) of a percent, point, currency or measure unit at position."""
        text = self.text
        if (m := PERCENT_RE.match(text, position)) is not None:
            return "percent", "%", m.end()
        if (m := POINTS_RE.match(text, position)) is not None:
            return "percent", lex.POINT_WORDS[_fold(m["unit"])], m.end()
        if (m := POINTS_ABBREVIATION_RE.match(text, position)) is not None:
            return "count", "points", m.end()  # kind decided with the value, see _points_kind
        if (m := CURRENCY_RE.match(text, position)) is not None:
            code = lex.CURRENCIES[_fold(m["unit"])]
            return "money", self.dollar_code if m["unit"] == "$" else code, m.end()
        if self.pound_code and (m := POUND_RE.match(text, position)) is not None:
            return "money", self.pound_code, m.end()
        if (m := MEASURE_RE.match(text, position)) is not None and m["unit"] != "M":
            return "measure", lex.MEASURES[_fold(m["unit"])], m.end()
        return None

    def _range(
        self, candidate: Candidate, tail: Tail, before: str
    ) -> tuple[Decimal | None, int, Tail | None]:
        """Reads "entre 3 et 5 millions", "de 10 à 15 %", "$30-37 billion".

        Returns (value_max, end used, tail of the whole); tail None rejects the candidate
        (a score "28-7", "5 à 2", or a range of durations "de 18 à 60 ans").
        """
        text = self.text
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
        second_value = _second_value(second)
        if second_value is None:
            return None, tail.end, tail
        marker = RANGE_MARKER_RE.search(before)
        marker = marker["marker"].lower() if marker else None
        second_tail = self._tail(second.end(), Candidate(0, 0, "", second_value, True))
        first_is_bare = tail.unit is None and tail.scale == 1
        if second_tail.is_time:
            if not first_is_bare:
                return None, tail.end, tail  # "recule de 1,19 % à 17h30"
            self.last_time_end = second_tail.end
            return None, second_tail.end, None
        bare_second = second_tail.unit is None and second_tail.scale == 1
        change = word in {"à", "au"} and _change(before)
        is_range = not change and (
            (marker == "entre" and word == "et")
            or (marker in {"de", "d'", "d’", "du"} and word in {"à", "au"})
            or (word in {"à", "-", "–"} and not bare_second and first_is_bare)
        )
        if tail.unit is not None and tail.unit != second_tail.unit:
            is_range = False  # "a gagné 1,2 dollar à 85,40 dollars", "de 0,2 point à 7,3 %"
        if not is_range and word == "à" and first_is_bare and bare_second:
            # "500 000 à 600 000": a range unless both are small integers ("2 à 1", a score)
            is_range = not (_is_small_int(candidate.text) and _is_small_int(second["num"]))
        value_max = second_value * second_tail.scale
        if value_max <= candidate.value * (tail.scale if tail.scale != 1 else second_tail.scale):
            is_range = False  # "passera de 3 % à 2,4 %": a change, not a range
        if change and first_is_bare and second_tail.unit is not None:
            tail.kind, tail.unit = second_tail.kind, second_tail.unit  # "de 1.500 à 1.800 euros"
        if not is_range:
            score = word in {"à", "-", "–"} and bare_second and _is_small_int(second["num"])
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

    def _score_end(self, end: int, before: str) -> int | None:
        """End of the score when "N sets à M" follows, else None."""
        link = RANGE_LINK_RE.match(self.text, end)
        if link is None or link["link"].lower() != "à" or RANGE_MARKER_RE.search(before):
            return None
        second = RANGE_NUMBER_RE.match(self.text, link.end())
        if second is None or not _is_small_int(second["num"]):
            return None
        if self._unit(second.end()) is not None or self._time_end(second.end()) is not None:
            return None
        return second.end()

    # ---- what is counted --------------------------------------------------------------------

    def _counted(self, position: int, candidate: Candidate, end: int) -> tuple[str | None, int]:
        """The noun a number counts, as (unit, span end); (None, end) when it is elided."""
        doc = self.doc
        i = self._token_at(position)
        if i is None:
            return None, end
        if candidate.collective is None and doc[i].lower_ in {"de", "d'", "d’", "des"}:
            i = self._partitive(i)  # "trois de ses lunes", "deux des victimes"
            if i is None or not _plural(doc[i]):
                return None, end  # not "20 de sa peine"
        head, adjective = self._head_noun(i)
        if head is None:
            return None, end
        unit = head.text
        if adjective is not None and f"{adjective.lower_} {head.lower_}" in lex.COMPOUND_UNITS:
            unit = f"{adjective.text} {head.text}"
        return self._extend(head, unit)

    def _head_noun(self, i: int) -> tuple[Token | None, Token | None]:
        doc = self.doc
        token = doc[i]
        if _noun_like(token):
            return token, None
        # Up to two adjectives before the noun ("175 nouveaux décès", "253 grands électeurs").
        for j in range(i, min(i + 2, len(doc) - 1)):
            if doc[j].pos_ != "ADJ":
                break
            if _noun_like(doc[j + 1]):
                return doc[j + 1], doc[j]
        return None, None

    def _partitive(self, i: int) -> int | None:
        doc = self.doc
        word = doc[i].lower_
        if word == "des" and i + 1 < len(doc):
            return i + 1
        if i + 2 < len(doc) and doc[i + 1].pos_ == "DET" and doc[i + 1].lower_ not in {"un", "une"}:
            return i + 2
        return None

    def _extend(self, head: Token, unit: str) -> tuple[str, int]:
        """Widens the span over what belongs to the counted noun; the unit keeps its head."""
        doc, text = self.doc, self.text
        end = head.idx + len(head)
        k = head.i + 1
        while k + 1 < len(doc) and doc[k].text == "-" and doc[k].idx == end:
            end = doc[k + 1].idx + len(doc[k + 1])  # "sapeurs-pompiers" split by the tokenizer
            unit, k = text[head.idx : end], k + 2
        adjectives = 0
        while k < len(doc) and doc[k].pos_ == "ADJ" and adjectives < 2:
            if f"{head.lower_} {doc[k].lower_}" in lex.COMPOUND_UNITS:
                unit = text[head.idx : doc[k].idx + len(doc[k])]
            end, k, adjectives = doc[k].idx + len(doc[k]), k + 1, adjectives + 1
        if adjectives:
            return unit, end
        if k + 1 < len(doc) and doc[k].lower_ in {"de", "d'", "d’"}:
            complement = doc[k + 1]  # a bare noun: "demandes d'asile", "avions de combat"
            numbered = k + 2 < len(doc) and doc[k + 2].like_num  # "appareils de type 737"
            if _bare_common_noun(complement) and not numbered:
                end = complement.idx + len(complement)
                return text[head.idx : end], end
        if (
            head.lower_ in lex.RELATIONAL_HEADS
            and k < len(doc)
            and doc[k].lower_ in {"de", "d'", "d’", "du", "des"}
        ):
            return unit, self._complement_end(k)  # "4.000 membres de la Garde nationale"
        coordinated = self._coordinated_end(k)
        if coordinated is not None:
            return text[head.idx : coordinated], coordinated
        return unit, end

    def _complement_end(self, k: int) -> int:
        doc = self.doc
        end = doc[k].idx + len(doc[k])
        for token in doc[k + 1 : k + 8]:
            if token.pos_ in {"DET", "NOUN", "PROPN", "ADJ"} or token.lower_ in {"de", "d'", "du"}:
                end = token.idx + len(token)
            else:
                break
        return end

    def _coordinated_end(self, k: int) -> int | None:
        """End of "policiers, soldats et secouristes" after the first noun, else None."""
        doc = self.doc
        while k + 1 < len(doc) and doc[k].text == "," and _bare_noun(doc[k + 1]):
            k += 2
        if k + 1 < len(doc) and doc[k].lower_ in {"et", "ou"} and _bare_noun(doc[k + 1]):
            after = doc[k + 2] if k + 2 < len(doc) else None
            if after is None or not (after.like_num or after.pos_ == "NUM"):
                return doc[k + 1].idx + len(doc[k + 1])
        return None

    def _token_at(self, position: int) -> int | None:
        """Index of the first non-space token at or after position, with only spaces between."""
        i = bisect.bisect_left(self.token_starts, position)
        while i < len(self.doc) and self.doc[i].is_space:
            i += 1
        if i >= len(self.doc) or self.text[position : self.doc[i].idx].strip():
            return None
        return i

    def _token_before(self, position: int) -> Token | None:
        i = bisect.bisect_left(self.token_starts, position) - 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        return self.doc[i] if i >= 0 else None

    # ---- what is not a quantity -------------------------------------------------------------

    def _rejected(self, candidate: Candidate, tail: Tail) -> bool:
        """Identifiers, years, postcodes, names, lone determiners and elided durations."""
        if tail.not_counted:
            return True
        if candidate.fraction and tail.kind == "count" and tail.scale == 1:
            return (tail.unit or "").lower() not in {"point", "points"}  # not "un quart des"
        bare = tail.unit is None and tail.scale == 1
        if candidate.digits and self._digits_rejected(candidate, tail):
            return True
        words = not candidate.digits and candidate.collective is None
        if words and self._words_rejected(candidate, tail, bare):
            return True
        previous = self._token_before(candidate.start)
        following = self._token_at(candidate.end)
        following = self.doc[following] if following is not None else None
        if tail.unit == "m" and self._is_race(previous, tail.end):
            return True  # a race: "le 100 m", "sur 200 m brasse"
        if tail.kind == "count" and (
            _is_address(following)  # "12 avenue Jean-Jaurès"
            or _inside_name(previous)  # "l'indice Stoxx 600 des banques", "la fusée Ariane 5"
            or (previous is not None and previous.lower_ in lex.IDENTIFIER_NOUNS)  # "numéro 9"
        ):
            return True
        if not bare:
            return False
        if previous is not None and previous.text[:1].isdigit():
            return True  # a fragment of a phone number or an identifier: "0800 123 456"
        if candidate.digits and re.fullmatch(r"\d+\.\d{1,2}", candidate.text):
            return True  # "le 49.3", a version or an article number, not a French decimal
        return self._looks_like_identifier(candidate, previous, following)

    def _is_race(self, previous: Token | None, end: int) -> bool:
        after = self._token_at(end)
        if after is not None and self.doc[after].lower_ in lex.RACE_WORDS:
            return True
        return previous is not None and previous.lower_ in SINGULAR_DETERMINERS

    def _digits_rejected(self, candidate: Candidate, tail: Tail) -> bool:
        digits = candidate.text.lstrip("-−+")
        if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
            return True  # "05 56 ...", "2 min 05 s"
        if tail.kind != "count" or not re.fullmatch(r"\d{4,}", digits):
            return False
        # Four digits and more without a thousands separator: years, postcodes, phone numbers.
        year = 1000 <= candidate.value <= 2100
        return tail.unit is None or year or tail.unit[0].isupper()  # "33000 Bordeaux"

    def _words_rejected(self, candidate: Candidate, tail: Tail, bare: bool) -> bool:
        words = _fold(candidate.text)
        if tail.scale == 1 and words in {"un", "une"} and tail.kind in ("count", "money"):
            return True  # the determiner "un", "une" (but "près d'un mètre" measures)
        if candidate.text[:1].isupper() and not self._starts_sentence_at(candidate.start):
            following = self._token_at(candidate.end)
            capitalized = following is not None and self.doc[following].text[:1].isupper()
            if bare or capitalized:
                return True  # a name: "les Vingt-Cinq", "les Trente Glorieuses"
        return bare and words in lex.BARE_WORDS_REJECTED  # "un bâtiment neuf", "7 sept."

    def _looks_like_identifier(
        self, candidate: Candidate, previous: Token | None, following: Token | None
    ) -> bool:
        """A bare number that names or ranks something rather than counting it."""
        text = self.text
        opening, closing = text[candidate.start - 1 : candidate.start], text[candidate.end :][:1]
        if opening == "(" and closing == ")":
            return True  # "le Morbihan (56)"
        if opening in {'"', "«", "“"}:
            return True  # a number quoted as a name: the "49.3"
        if closing in {".", ")"} and text[: candidate.start].rstrip()[-1:] in {"", ":", ";", "\n"}:
            return True  # a list item: "les mesures: 1. la hausse du Smic; 2. ..."
        if _is_name(following):
            return True  # "10 Downing Street", "737 MAX"
        return previous is not None and self._names_what_follows(previous, candidate)

    def _names_what_follows(self, previous: Token, candidate: Candidate) -> bool:
        """The word before a bare number makes it a name, a date, a rank or an elided duration."""
        word = previous.lower_
        before = self.doc[previous.i - 1].lower_ if previous.i > 0 else ""
        return (
            (_is_capitalized_name(previous) and not self._elliptic(previous, candidate))
            or (previous.pos_ == "NOUN" and _after_determiner(previous))  # "la ligne 14"
            or word in MONTHS  # "mai 68"
            or word in SINGULAR_DETERMINERS  # "le 49.3", "appeler le 1500", "au 3635"
            or word in lex.TIME_UNITS  # "2 min 05 s 85"
            or (word == "à" and before in lex.SPORT_FORMATS)  # "rugby à 7"
            or (word == "les" and before in {"tous", "toutes"})  # "tous les deux"
            or (word == "par" and before.startswith(("divis", "multipli")))  # "divisé par deux"
            or (word == "sur" and self._one_in(previous))  # "un Français sur deux"
            or self._elided_duration(word, before, candidate.start)
        )

    def _one_in(self, sur: Token) -> bool:
        """ "un Français sur deux", "une entreprise française sur cinq": the number after "sur" is
        the size of a proportion, not a count."""
        for token in reversed(self.doc[max(sur.i - 4, 0) : sur.i]):
            if token.lower_ in {"un", "une"}:
                return True
            if token.pos_ not in {"NOUN", "PROPN", "ADJ"}:
                return False
        return False

    def _elided_duration(self, word: str, before: str, start: int) -> bool:
        """ "quatre ans de prison, dont deux avec sursis", "13 ans sur les 20"."""
        linked = word in lex.ELLIPSIS_LINKS or (word == "les" and before in lex.ELLIPSIS_LINKS)
        return linked and self._follows_time(start)

    def _elliptic(self, name: Token, candidate: Candidate) -> bool:
        """A count whose noun is left out after a name: "le RN obtient 22 sièges, LREM 21".

        Otherwise a number after a name is part of it: "CAC 40", "sur France 2".
        """
        listed = name.i > 0 and self.doc[name.i - 1].lower_ in {",", "et", ";"}
        closing = self.text[candidate.end : candidate.end + 1] in {".", ",", ";", ")"}
        if self.last_count_end < 0 or not listed or not closing:
            return False
        between = self.text[self.last_count_end : candidate.start]
        return len(between) < 60 and not re.search(r"[.!?]\s", between)

    def _starts_sentence_at(self, position: int) -> bool:
        i = self._token_at(position)
        if i is None or i == 0:
            return True
        previous = self.doc[i - 1]
        return bool(self.doc[i].is_sent_start) or previous.text in SENTENCE_OPENERS

    def _follows_time(self, position: int) -> bool:
        """A duration came last before position, close and in the same sentence."""
        if self.last_time_end < 0 or self.last_time_end < self.last_quantity_end:
            return False
        between = self.text[self.last_time_end : position]
        return len(between) < 80 and not re.search(r"[.!?;]\s", between)

    def _qualifier_after(self, end: int) -> str | None:
        m = ENVIRON_AFTER_RE.match(self.text, end)
        return lex.QUALIFIERS_AFTER[_fold(m["q"])] if m else None

    def _points_kind(self, start: int, value: Decimal) -> str:
        """Points of an index (measure), percentage points (percent) or points won (count)."""
        if value >= 100:
            return "measure"  # "le Dow Jones a perdu 500 points", "7.025,72 points"
        if value != value.to_integral_value():
            return "percent"  # "une hausse de 0,5 point de la CSG"
        sentence = self._sentence_text(start)
        if re.search(r"%|taux|pourcentage|chômage|participation|inflation|croissance", sentence):
            return "percent"
        return "count"  # "neuf points" in a league table

    def _in_standings(self, position: int) -> bool:
        return bool(MATCHDAY_CUE_RE.search(self._sentence_text(position)))

    def _sentence_text(self, position: int) -> str:
        i = self._token_at(position)
        if i is None or not self.doc.has_annotation("SENT_START"):
            return self.text
        return self.doc[i].sent.text


# ---- helpers ----------------------------------------------------------------------------------


def _digit_candidate(m: re.Match) -> Candidate:
    value = parse_number(m["num"])
    if m["sign"] in {"-", "−"}:
        value = -value
    return Candidate(m.start(), m.end(), m.group(0), value, digits=True)


def _word_candidate(m: re.Match) -> Candidate | None:
    """The longest run of number words text2num reads ("deux trois" -> "deux")."""
    words = m["num"]
    ends = [len(words)] + [s.start() for s in reversed(list(re.finditer(r"[\s-]+", words)))]
    for end in ends:
        value = _words_value(words[:end])
        if value is not None:
            return Candidate(m.start(), m.start() + end, words[:end], value, digits=False)
    return None


def _collective_candidate(m: re.Match) -> Candidate:
    noun = (m["one"] or m["many"]).lower().removesuffix("s")
    value = Decimal(lex.COLLECTIVES[noun])
    if m["of"]:  # "des dizaines de milliers"
        value *= Decimal(lex.COLLECTIVES[m["of"].lower().removesuffix("s")])
    default = "about" if m["one"] else "vague"
    return Candidate(m.start(), m.end(), m.group(0), value, False, default, of_allowed=True)


def _fraction_candidate(m: re.Match) -> Candidate:
    value = Decimal(str(lex.FRACTIONS[_fold(m["frac"])]))
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


def _words_value(words: str) -> Decimal | None:
    try:
        return Decimal(text2num(re.sub(r"\s+", " ", words.lower()), "fr"))
    except (ValueError, InvalidOperation):
        return None


def _second_value(m: re.Match) -> Decimal | None:
    if m["num"]:
        return parse_number(m["num"])
    value = _words_value(m["words"])
    if value is None or _fold(m["words"]) in lex.BARE_WORDS_REJECTED:
        return None
    return value


def _is_small_int(digits: str | None) -> bool:
    return digits is not None and digits.isdigit() and len(digits) <= 3


def _plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _change(before: str) -> bool:
    """ "le taux est passé de 4,25 % à 4,5 %": a value and the one it became, not a range."""
    return CHANGE_BEFORE_RE.search(before) is not None


def _qualifier_before(before: str) -> str | None:
    m = QUALIFIER_BEFORE_RE.search(before)
    if m is None or m.lastgroup is None:
        return None
    return lex.QUALIFIERS_BEFORE[QUALIFIER_KEYS[int(m.lastgroup[1:])]]


def _context_currency(text: str, names: dict[str, str]) -> str | None:
    """The currency "livres" or "$" means in this text, if it names one ("la livre libanaise")."""
    lowered = text.lower()
    for words, code in names.items():
        if words in lowered:
            return code
    return None


def _noun_like(token: Token) -> bool:
    """A noun a number can count: "soldats", "morts", "Américains" (not "Downing")."""
    lower = token.lower_
    if lower in lex.NOMINAL_ADJECTIVES:
        return True
    if lower in lex.TIME_UNITS or lower in MONTHS or lower in WEEKDAYS or _is_scale(token):
        return False
    if not token.is_alpha:
        return False
    plural = lower.endswith(("s", "x"))
    if token.pos_ == "NOUN" and not token.is_upper:
        return token.is_lower or plural
    if token.pos_ == "PROPN" and token.text[:1].isupper():
        return plural and len(lower) > 3
    # The tagger sometimes reads a rare plural noun as an adverb ("1.300 chênes").
    return token.pos_ in {"ADV", "X"} and token.is_lower and plural and not token.is_stop


def _plural(token: Token) -> bool:
    return token.morph.get("Number") == ["Plur"] or token.lower_.endswith(("s", "x"))


def _bare_noun(token: Token) -> bool:
    """A plural common noun without determiner, as in "policiers et gendarmes"."""
    return token.pos_ == "NOUN" and token.is_lower and token.is_alpha and _plural(token)


def _bare_common_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.is_lower and not _is_scale(token)


def _is_scale(token: Token) -> bool:
    return token.lower_ in lex.SCALES or token.lower_.removesuffix("s") in lex.COLLECTIVES


def _after_determiner(token: Token) -> bool:
    if token.i == 0:
        return False
    previous = token.doc[token.i - 1]
    return previous.pos_ == "DET" or previous.lower_ in {"au", "du", "des", "aux"}


def _inside_name(previous: Token | None) -> bool:
    """A number right after a name that follows a common noun: "l'indice Stoxx 600"."""
    if previous is None or previous.i == 0 or not previous.text[:1].isupper():
        return False
    before = previous.doc[previous.i - 1]
    return previous.pos_ in {"PROPN", "NOUN"} and before.pos_ == "NOUN" and before.is_lower


def _is_capitalized_name(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha and token.pos_ in {"PROPN", "NOUN", "X"}


def _is_name(token: Token | None) -> bool:
    if token is None or not token.is_alpha or not token.text[:1].isupper():
        return False
    return token.pos_ == "PROPN" or token.is_upper


def _is_address(token: Token | None) -> bool:
    """ "12 avenue ...", "au 14, rue ..."."""
    if token is None:
        return False
    if token.text == "," and token.i + 1 < len(token.doc):
        token = token.doc[token.i + 1]
    return token.lower_ in lex.ADDRESS_WORDS
