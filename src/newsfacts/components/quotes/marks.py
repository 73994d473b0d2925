"""Pairs quote marks over the raw text: « », “ ”, and straight double quotes.

French conventions handled here: « opens each paragraph of a quote that goes on over paragraphs and
» closes only the last; “ ” nest inside « »; straight quotes do not nest. Marks that never close
stop at the end of their paragraph, so an unbalanced mark never swallows the rest of the article.
spaCy's ``token.is_quote`` also counts the apostrophe, hence the explicit pairs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_CLOSE = {"«": "»", "“": "”", '"': '"'}
MARK_OR_BREAK = re.compile(r"[«»“”\"]|\n\s*")
SPACES = " \t\u00a0\u202f\u2009\n\r"
SENTENCE_FINAL = ".!?…"
# A sentence end glued to the capital of the next paragraph ("extraordinaires.L'ancien"): the
# copy lost the line break, and a quote left open ends there.
GLUED_PARAGRAPH = re.compile(r"(?<=[a-zà-ÿ0-9])[.!?…](?=[A-ZÀ-Ý])")
HEADING_AFTER = SENTENCE_FINAL + '»”"'  # what ends the text before an intertitle


@dataclass(frozen=True)
class MarkedSpan:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (or of the paragraph end when unbalanced)
    start: int  # inner text, without marks and surrounding spaces
    end: int
    closed: bool  # False when the mark never closed in its paragraph


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """Outermost quote-mark spans in text order; nested marks stay inside their parent."""
    spans: list[MarkedSpan] = []
    stack: list[tuple[str, int]] = []
    continuation_at = -1
    for match in MARK_OR_BREAK.finditer(text):
        char, pos = match.group()[0], match.start()
        if char == "\n":
            if not stack:
                continue
            next_pos = match.end()
            if next_pos < len(text) and text[next_pos] == stack[0][0]:
                continuation_at = next_pos  # French: « reopens each paragraph of a long quote
            else:
                _emit(text, spans, stack[0][1], pos, closed=False)
                stack.clear()
            continue
        if pos == continuation_at:
            continue
        if char == '"':
            if stack and stack[-1][0] == '"' and _plainly_opens(text, pos):
                _emit(text, spans, stack[0][1], pos, closed=False)  # the copy lost a closing mark:
                stack.clear()  # 'd'un père : "Mon homme …' opens, whatever was open before
                stack.append((char, pos))
            elif stack and stack[-1][0] == '"':
                _close(text, spans, stack, len(stack) - 1, pos)
            elif _can_open(text, pos) or _glued_open(text, pos):
                stack.append((char, pos))
        elif char in OPEN_CLOSE:
            stack.append((char, pos))
        else:
            opener = "«" if char == "»" else "“"
            depth = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == opener), None)
            if depth is not None:
                _close(text, spans, stack, depth, pos)
    if stack:
        _emit(text, spans, stack[0][1], len(text), closed=False)
    return spans


# An orphan closing mark: the copy lost the opening one ('… action. Quand on est confronté à
# ça, on réalise l'utilité de ce qu'on fait", relate X'). The quote is the stretch before it,
# back to the sentence start, a paragraph or the last mark; a few words at least.
CLOSING_ONLY = '"»”'
ORPHAN_MIN_WORDS = 3
ORPHAN_MAX_SENTENCES = 3
SENTENCE_START = re.compile(r"[.!?…](?:[ \t\u00a0\u202f]+|(?=[A-ZÀ-Ý]))")


def find_orphan_closers(text: str, spans: list[MarkedSpan]) -> list[tuple[int, int, int]]:
    """(start, end, mark) of the words before each closing mark that no mark opened: a
    straight quote that cannot open, or a » ” with no « “ before it, outside every span."""
    found = []
    bounds = [(s.open, s.close) for s in spans]
    k = 0
    last_mark = -1
    for match in re.finditer(r"[«»“”\"]", text):
        pos = match.start()
        while k < len(bounds) and bounds[k][1] < pos:
            k += 1
        inside = k < len(bounds) and bounds[k][0] <= pos <= bounds[k][1]
        orphan = not inside and match.group() in CLOSING_ONLY
        if orphan and match.group() == '"':
            orphan = not _can_open(text, pos) and not _glued_open(text, pos)
        if orphan and pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in SENTENCE_FINAL):
            stretch = _orphan_stretch(text, max(last_mark + 1, 0), pos)
            if stretch is not None:
                found.append((*stretch, pos))
        last_mark = pos
    return found


def _orphan_stretch(text: str, floor: int, pos: int) -> tuple[int, int] | None:
    """The sentences before pos from the first that starts after floor, in the same
    paragraph: a quote goes on after the narrator's sentence that closed the one before
    ('», a-t-il assuré. Et c'est pour cette raison … Soit on cotise … retraites", a-t-il
    poursuivi'); the last sentence only when more than ORPHAN_MAX_SENTENCES stand there."""
    start = max(floor, text.rfind("\n", floor, pos) + 1)
    starts = [m.end() for m in SENTENCE_START.finditer(text, start, max(pos - 1, start))]
    if starts and floor > 0 and len(starts) <= ORPHAN_MAX_SENTENCES:
        start = starts[0]  # after the narrator's sentence that ends the quote before
    elif starts:
        start = starts[-1]
    while start < pos and text[start] in SPACES:
        start += 1
    end = pos
    while end > start and text[end - 1] in SPACES:
        end -= 1
    words = text[start:end]
    if len(words.split()) < ORPHAN_MIN_WORDS or words.count("(") != words.count(")"):
        return None
    if not words[:1].isupper():
        return None  # the middle of a sentence: not where a lost mark opened
    return start, end


def _can_open(text: str, pos: int) -> bool:
    """A straight quote opens after a space, a bracket or a start, and before a non-space."""
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return (before in SPACES or before in "([{'’-:" or not before.isalnum()) and after not in SPACES


def _glued_open(text: str, pos: int) -> bool:
    """A straight quote between a word and a capital, with no quote open: the copy glued a
    heading or a paragraph to the quote that opens the next one ('soins"Notre système')."""
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return before.isalnum() and after.isupper()


def is_heading(text: str, mark: MarkedSpan) -> bool:
    """Marked words set alone as an intertitle, not as speech: after a full stop (or at the
    start), before the capital of the next paragraph with no punctuation in between, and
    either in capitals or with no full stop of their own ('"Casser la démarche"Puis il').
    An echo of a quote the article gives later, so no quote of its own."""
    if not mark.closed:
        return False
    last = mark.open - 1  # walk back over spaces: copying the text before each mark is quadratic
    while last >= 0 and text[last] in SPACES:
        last -= 1
    if last >= 0 and text[last] not in HEADING_AFTER:
        return False
    after = text[mark.close + 1 : mark.close + 4].lstrip(SPACES)
    after = after[1:] if after[:1] in OPEN_CLOSE else after
    if not after[:1].isupper():
        return False
    inner = text[mark.start : mark.end]
    letters = [c for c in inner if c.isalpha()]
    capitals = len(letters) > 3 and all(c.isupper() for c in letters)
    return capitals or inner.rstrip(SPACES)[-1:] not in SENTENCE_FINAL


def _plainly_opens(text: str, pos: int) -> bool:
    """A straight quote after a space and before a letter or a digit can only open a quote:
    a closing one follows the quoted words."""
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return before in SPACES and after.isalnum()


def _close(text: str, spans: list[MarkedSpan], stack: list, depth: int, pos: int) -> None:
    open_pos = stack[depth][1]
    del stack[depth:]
    if not stack:
        _emit(text, spans, open_pos, pos, closed=True)


def _emit(text: str, spans: list[MarkedSpan], open_pos: int, close_pos: int, closed: bool) -> None:
    if not closed:  # a quote the copy never closed ends where a glued paragraph starts
        glued = GLUED_PARAGRAPH.search(text, open_pos + 1, close_pos)
        if glued is not None:
            close_pos, closed = glued.start() + 1, True
    start, end = open_pos + 1, close_pos
    while start < end and text[start] in SPACES:
        start += 1
    while end > start and text[end - 1] in SPACES:
        end -= 1
    if end > start:
        spans.append(MarkedSpan(open_pos, close_pos, start, end, closed))
