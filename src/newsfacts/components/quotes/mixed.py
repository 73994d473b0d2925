"""Mixed quotes: reported words that hold words in quote marks are one quote over the whole
reported content, the marked words being its fragments ("Selon lui, ces barrages ont des
conséquences « majeures »": the clause after "Selon lui", with « majeures » as a fragment).
"""

from __future__ import annotations

import bisect
import re

from newsfacts.components.quotes.marks import MarkedSpan
from newsfacts.components.quotes.rows import LIST_LINKS

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


# Narrator's words that may stand between two marked fragments of one reported clause
# ("qui est « entré au Panthéon » du football après avoir été « l'homme … »").
JOIN_GAP_TOKENS = 12
SENTENCE_ENDS = frozenset(".!?…:;")
WORDS = re.compile(r"\w+|[^\w\s]")
# The speaker's own voice: words in the first or second person are speech, not the narrator's.
FIRST_PERSON = re.compile(
    r"\b(?:je|moi|nous|vous|mon|ma|mes|notre|nos|votre|vos|me)\b|\b[jm]['’]", re.IGNORECASE
)


def join_fragments(ctx, quotes: list) -> list:
    """Marked fragments in a row inside one sentence are one mixed quote over them: the
    narrator's words between them carry no cue and end no sentence, and each fragment goes on
    the sentence (it opens in lower case after no sentence end), so neither is speech of its
    own. A fragment that opens a sentence (« Nous sommes … », réalisé « tous les jours ») is a
    direct quote and is left alone, and so are marks in a row (« A », « B » et « C »), each a
    quote or a term of its own."""
    joined: list = []
    built: set[int] = set()  # the mixed quotes made here, which a further fragment may join
    for quote in quotes:
        last = joined[-1] if joined else None
        if (
            last is not None
            and (last.type == "direct" or id(last) in built)
            and _joins(ctx, last, quote)
        ):
            first = ctx.inside_mark(last.start) if last.type == "direct" else None
            last.start = first.open if first is not None else last.start
            last.end = ctx.inside_mark(quote.start).close + 1
            last.type = "mixed"
            last.cue = last.cue or quote.cue
            if last.speaker_span is None:
                last.speaker_span = quote.speaker_span
            built.add(id(last))
            continue
        joined.append(quote)
    return joined


def _fragment_mark(ctx, quote) -> MarkedSpan | None:
    """The closed mark that a mid-sentence, lower-case direct quote is exactly."""
    mark = ctx.inside_mark(quote.start)
    if mark is None or not mark.closed or (quote.start, quote.end) != (mark.start, mark.end):
        return None
    return mark if inside_sentence(ctx, mark) else None


def inside_sentence(ctx, mark: MarkedSpan) -> bool:
    """Marked words that go on the narrator's sentence: they open in lower case after no
    sentence end, no closing mark and no line break."""
    text = ctx.sentences.text
    if not text[mark.start].islower():
        return False
    # The character before the mark, over spaces: walking back, not copying the text before
    # it, keeps the cost per fragment bounded; a line break among the spaces opens a paragraph.
    k = mark.open - 1
    while k >= 0 and text[k].isspace():
        if text[k] == "\n":
            return False
        k -= 1
    return not (k < 0 or text[k] in SENTENCE_ENDS or text[k] in '»”"')


def _joins(ctx, last, quote) -> bool:
    if quote.type != "direct":
        return False
    right = _fragment_mark(ctx, quote)
    if right is None:
        return False
    if last.type == "direct":
        left = _fragment_mark(ctx, last)
    else:  # a mixed quote that join_fragments built, ending on a closing mark
        left = ctx.inside_mark(last.end - 1)
        left = left if left is not None and left.close == last.end - 1 else None
    if left is None or left.close >= right.open:
        return False
    text = ctx.sentences.text
    if text[left.end - 1] in SENTENCE_ENDS or ctx.sentences.bounds(
        left.open
    ) != ctx.sentences.bounds(right.open):
        return False
    first, stop = ctx.token_at(left.close) + 1, ctx.token_at(right.open)
    if stop - first > JOIN_GAP_TOKENS or any(k in ctx.cues for k in range(first, stop)):
        return False
    between = WORDS.findall(text[left.close + 1 : right.open].lower())
    if all(word in LIST_LINKS for word in between):
        return False  # « A », « B » et « C »: a row of quotes or a list of terms (rows.py)
    if any(FIRST_PERSON.search(text, m.start, m.end) for m in (left, right)):
        return False  # « je ne le prends pas … », pour « … »: the speaker's own sentences
    gap = ctx.doc[first:stop]
    return not any(
        t.text in SENTENCE_ENDS or t.text in '«»“”"' or (t.is_space and "\n" in t.text) for t in gap
    )
