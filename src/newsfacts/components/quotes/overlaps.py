"""One quote per stretch of text: marked quotes win over reported clauses that overlap
them, and a lone marked word inside a reported clause leaves the clause standing."""

from __future__ import annotations

import bisect
import itertools

from spacy.tokens import Doc

from newsfacts.components import text_of
from newsfacts.components.quotes.model import (
    Quote,
)


def without_lone_words(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """One marked word inside a reported clause ("qu'ils avaient « sciemment » favorisé")
    leaves the clause standing: the clause says more than the word."""
    clauses = sorted((q.start, q.end) for q in quotes if q.type == "indirect")
    starts = [start for start, _ in clauses]
    furthest = list(itertools.accumulate((end for _, end in clauses), max))

    def inside(
        quote: Quote,
    ) -> bool:  # a clause starting at or before it reaches its end
        i = bisect.bisect_right(starts, quote.start) - 1
        return i >= 0 and furthest[i] >= quote.end

    def lone_word(quote: Quote) -> bool:
        return quote.type == "mixed" and _one_word(doc, quote) and inside(quote)

    return [q for q in quotes if not lone_word(q)]


def _one_word(doc: Doc, quote: Quote) -> bool:
    return " " not in text_of(doc)[quote.start : quote.end].strip()


def without_overlaps(quotes: list[Quote]) -> list[Quote]:
    """Marked quotes win over reported clauses that overlap them; one quote per stretch of text,
    but for a source's report that holds whole quotes of others ("Selon X, Y a qualifié … de
    « … »": X reports what Y said). A source's report around a cue that gave no quote of its
    own ("…, menée par X, est destinée à …, selon Y") is a quote like any other, and so is
    a report that wraps none of the quotes kept (", a indiqué son entourage" after "Selon Le
    Monde, …": the clause is not lost to the source's report it holds)."""
    plain = [q for q in quotes if not q.wraps]
    placed = _placed(quotes, plain)
    kept_ids = {id(q) for q in placed}
    marked = [q for q in placed if q.type != "indirect"]
    starts = [q.start for q in marked]
    # one that runs into marked quotes stays lost: they win over it as over any clause
    lost = [
        q for q in quotes if q.wraps and id(q) not in kept_ids and not _overlaps(marked, starts, q)
    ]
    return _placed(quotes, plain + lost) if lost else placed


def _placed(quotes: list[Quote], pool: list[Quote]) -> list[Quote]:
    """The disjoint quotes of pool, the other wrapping reports that overlap none of them, and
    the sources' reports around whole quotes of others."""
    kept = _disjoint(pool)
    starts = [q.start for q in kept]
    in_pool = {id(q) for q in pool}
    kept = _disjoint(
        kept
        + [q for q in quotes if q.wraps and id(q) not in in_pool and not _overlaps(kept, starts, q)]
    )
    starts = [q.start for q in kept]
    wrapping: list[Quote] = []
    for quote in sorted((q for q in quotes if q.cue == "selon" or q.wraps), key=lambda q: q.start):
        if quote in kept or (wrapping and wrapping[-1].end > quote.start):
            continue
        i = bisect.bisect_left(starts, quote.start)
        if i > 0 and kept[i - 1].end > quote.start:
            continue  # a quote starting before it runs into it
        inside = kept[i : bisect.bisect_left(starts, quote.end)]
        if inside and all(q.end <= quote.end and q.cue not in (None, "selon") for q in inside):
            wrapping.append(quote)
    return sorted(kept + wrapping, key=lambda q: (q.start, -q.end))


def _disjoint(quotes: list[Quote]) -> list[Quote]:
    kept: list[Quote] = []  # never overlapping, so sorted by start and by end alike
    starts: list[int] = []
    for quote in sorted(quotes, key=lambda q: (q.type == "indirect", q.start)):
        if quote.end <= quote.start:
            continue
        i = bisect.bisect_left(starts, quote.start)
        if i > 0 and kept[i - 1].end > quote.start:
            continue
        if i < len(kept) and kept[i].start < quote.end:
            continue
        kept.insert(i, quote)
        starts.insert(i, quote.start)
    return kept


def _overlaps(kept: list[Quote], starts: list[int], quote: Quote) -> bool:
    """Whether a quote of kept (disjoint, sorted, starting at starts) overlaps quote."""
    i = bisect.bisect_left(starts, quote.end)
    return i > 0 and kept[i - 1].end > quote.start
