"""Mixed quotes: reported words that hold words in quote marks are one quote over the whole
reported content, the marked words being its fragments ("Selon lui, ces barrages ont des
conséquences « majeures »": the clause after "Selon lui", with « majeures » as a fragment).
"""

from __future__ import annotations

import bisect

from newsfacts.components.quotes.marks import MarkedSpan

# A marked quote that covers this share of the clause around it is the clause: a direct quote.
WHOLE_CLAUSE = 0.9


def absorb_fragments(quotes: list) -> list:
    """A reported clause takes in the marked quotes that start inside it and becomes mixed."""
    marked = sorted((q for q in quotes if q.type != "indirect"), key=lambda q: q.start)
    starts = [q.start for q in marked]
    absorbed: set[int] = set()
    for clause in sorted((q for q in quotes if q.type == "indirect"), key=lambda q: q.start):
        first = bisect.bisect_left(starts, clause.start)
        last = bisect.bisect_left(starts, clause.end)
        inside = [q for q in marked[first:last] if id(q) not in absorbed and not q.inherited]
        if not inside:
            continue
        if getattr(clause, "wraps", False):
            clause.type = "mixed"  # a source's report around others' quotes: they stay
            continue
        absorbed.update(id(q) for q in inside)
        clause.end = max(clause.end, *(q.end for q in inside))
        only = inside[0] if len(inside) == 1 and inside[0].type == "direct" else None
        if only and only.end - only.start >= WHOLE_CLAUSE * (clause.end - clause.start):
            clause.start, clause.end = inside[0].start, inside[0].end
            clause.type = "direct"
        else:
            clause.type = "mixed"
        if clause.speaker_span is None:
            clause.speaker_span = inside[0].speaker_span
            clause.cue = clause.cue or inside[0].cue
    return [q for q in quotes if id(q) not in absorbed]


def mark_fragments(quotes: list, marks: list[MarkedSpan]) -> None:
    """The marked words inside each mixed quote, as (start, end) characters."""
    closed = [m for m in marks if m.closed]
    starts = [m.start for m in closed]  # the first word inside each mark
    for quote in quotes:
        if quote.type != "mixed":
            continue
        i = bisect.bisect_left(starts, quote.start)
        fragments = []
        while i < len(closed) and closed[i].open < quote.end:
            mark = closed[i]
            if quote.start <= mark.start and mark.end <= quote.end:
                fragments.append((mark.start, mark.end))
            i += 1
        if fragments == [(quote.start, quote.end)]:
            quote.type = "direct"  # all the reported words are in the marks: 'a promis de « … »'
            fragments = []
        quote.fragments = fragments
