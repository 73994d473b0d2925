"""Reads the quantities of one Doc, number by number, and holds the per-document look-ups
(token positions, currencies of the article, what was read last) the other modules consult."""

from __future__ import annotations

import bisect
from decimal import Decimal

from spacy.tokens import Doc, Span, Token

from newsfacts.components import text_of
from newsfacts.components.quantities.counted import RATIO_OR_RATE_RE, counted_noun
from newsfacts.components.quantities.not_quantities import IDIOM_RE, PHONE_RE, rejected
from newsfacts.components.quantities.numbers import Candidate, candidates
from newsfacts.components.quantities.qualifiers import qualifier_after, qualifier_before
from newsfacts.components.quantities.ranges import RANGE_LINK_RE, read_range, score_end_after
from newsfacts.components.quantities.units import (
    CURRENCY_PREFIX_RE,
    context_currency,
    points_kind,
    read_tail,
)
from newsfacts.lexicons import quantities as lex

LOOKBACK = 40  # characters before a number in which a qualifier or range marker is looked for


class DocReader:
    """Reads the quantities of one Doc; holds the per-document lookups.

    The steps (units, ranges, counted, not_quantities...) are functions of their modules that
    take the reader; its ``last_*_end`` positions carry what was read before to the next number.
    """

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = text_of(doc)
        self.token_starts = [token.idx for token in doc]
        self.pound_code = context_currency(self.text, lex.POUND_CONTEXT)
        self.dollar_code = context_currency(self.text, lex.DOLLAR_CONTEXT) or "USD"
        self.masked = [
            (m.start(), m.end())
            for regex in (PHONE_RE, IDIOM_RE)  # phone numbers, "dans les deux sens"
            for m in regex.finditer(self.text)
        ]
        self.last_time_end = -1  # end of the last number rejected as a duration or date
        self.last_count_end = -1  # end of the last quantity that counts a named thing
        self.last_quantity_end = -1

    def quantities(self) -> list[Span]:
        spans: list[Span] = []
        consumed = 0
        for candidate in candidates(self.text):
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

    def _is_masked(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.masked)

    def _read(self, candidate: Candidate) -> tuple[list[Span], int]:
        """The spans for a candidate (two for a range, else one or none) and the end of the text
        it used up."""
        text = self.text
        tail = read_tail(self, candidate.end, candidate)
        if tail.is_time or tail.glued_junk:
            self.last_time_end = tail.end if tail.is_time else self.last_time_end
            return [], tail.end
        before = text[max(0, candidate.start - LOOKBACK) : candidate.start]
        first_end = tail.end
        value_max, end, tail = read_range(self, candidate, tail, before)
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
            tail.unit, tail.end = counted_noun(self, tail.counted_from, candidate, tail.end)
            head = tail.unit.split()[0].lower() if tail.unit else None
            if (
                head == "fois"
            ):  # "relevé deux fois" counts; "deux fois plus", "deux fois par an" not
                fois_end = text.lower().index("fois", candidate.end) + len("fois")
                tail.not_counted = RATIO_OR_RATE_RE.match(text, fois_end) is not None
            else:
                tail.not_counted = head in lex.NOT_COUNTED  # "deux tiers de"
            score_end = score_end_after(self, tail.end, before) if value_max is None else None
            if score_end is not None:
                return [], score_end  # "3 sets à 0"
        if rejected(self, candidate, tail):
            return [], end
        qualifier = qualifier_before(before) or qualifier_after(self, tail.end)
        if value_max is not None:
            qualifier = None
        elif qualifier is None:
            qualifier = candidate.collective
        value = (candidate.value + (Decimal("0.5") if tail.half else 0)) * tail.scale
        if tail.unit in {"points", "point", "pts", "pt"} and tail.kind == "count":
            tail.kind, tail.unit = points_kind(self, candidate.start, value), "points"
        payload = {
            "value": plain(value),
            "value_max": None if value_max is None else plain(value_max),
            "unit": tail.unit,
            "kind": tail.kind,
            "qualifier": qualifier,
        }
        if value_max is None:
            bounds = [(start, tail.end, payload)]
        else:  # each end of a range is a number of its own: "[15] à [20 décès]"
            second_start = RANGE_LINK_RE.match(self.text, first_end).end()
            upper = {**payload, "value": plain(value_max), "value_max": None}
            bounds = [(start, first_end, payload), (second_start, tail.end, upper)]
        spans = [self.doc.char_span(a, b, alignment_mode="expand") for a, b, _ in bounds]
        if None in spans:
            return [], end
        for span, (_, _, quantity) in zip(spans, bounds, strict=True):
            span._.quantity = quantity
        return spans, max(end, tail.end)

    def token_at(self, position: int) -> int | None:
        """Index of the first non-space token at or after position, with only spaces between."""
        i = bisect.bisect_left(self.token_starts, position)
        while i < len(self.doc) and self.doc[i].is_space:
            i += 1
        if i >= len(self.doc) or self.text[position : self.doc[i].idx].strip():
            return None
        return i

    def token_before(self, position: int) -> Token | None:
        i = bisect.bisect_left(self.token_starts, position) - 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        return self.doc[i] if i >= 0 else None

    def sentence_text(self, position: int) -> str:
        i = self.token_at(position)
        if i is None or not self.doc.has_annotation("SENT_START"):
            return self.text
        return self.doc[i].sent.text


def plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)
