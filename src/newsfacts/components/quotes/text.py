"""Sentences and paragraphs over the raw text, robust to quote marks.

The parser's sentences break on names ("Selon l'ONG Pueblos | Sin | Fronteras") and around quote
marks; reported speech needs the writer's sentences: a full stop inside « » does not end the
sentence that the cue after » belongs to, and "M." is not a full stop.
"""

from __future__ import annotations

import bisect
import re

from newsfacts.components.quotes.marks import MarkedSpan, is_heading
from newsfacts.glued_text import glue_points

SENTENCE_END = re.compile(
    r"[.!?…]+(?:[\s\u00a0\u202f]*[»”\"])?(?=[\s\u00a0]+[«“\"A-ZÀ-ÖØ-Þ0-9(—–-])|\n+"
)
# A quote closed on a sentence end and glued to the next sentence, or to the quote that opens it:
# 'venir !"."C'est', 'progrès social. »« J'ai', 'années ».Celui', 'simulateur ?"Pour'. The scraper
# dropped the line break; the closing mark (group "close") must close a mark.
GLUED_AFTER_CLOSE = re.compile(
    r"(?:[.!?…][\s\u00a0\u202f]*(?P<close>[»”\"])\.?|(?P<close_dot>[»”\"])\.)"
    r"(?=[«“\"]?[\s\u00a0\u202f]*[A-ZÀ-ÖØ-Þ])"
)
ABBREVIATION = re.compile(r"(?:\b(?:M|MM|Mme|Mlle|Me|Dr|Pr|St|Ste|etc|av|J\.-C)|\b[A-Z])$")
# "PARIS, 14 mars 2024 - ", "WASHINGTON, 15 février (AFP) - ": the wire dateline, not a sentence.
DATELINE = re.compile(r"^\s*[A-ZÀ-Þ][^\n.!?:;«»\"]{0,60}?\s[-–—]\s")


class MarkIndex:
    """Outermost marked spans (they never overlap), looked up by offset in log time."""

    def __init__(self, marks: list[MarkedSpan]) -> None:
        self.marks = sorted(marks, key=lambda m: m.open)
        self.opens = [m.open for m in self.marks]

    def at(self, offset: int) -> MarkedSpan | None:
        """The span whose marks hold offset (open <= offset <= close), if any."""
        i = bisect.bisect_right(self.opens, offset) - 1
        if i >= 0 and offset <= self.marks[i].close:
            return self.marks[i]
        return None

    def first_open_after(self, offset: int) -> int | None:
        """The offset of the first opening mark after offset."""
        i = bisect.bisect_right(self.opens, offset)
        return self.opens[i] if i < len(self.opens) else None


class Sentences:
    def __init__(
        self, text: str, marks: list[MarkedSpan], token_starts: list[int] | None = None
    ) -> None:
        closed = MarkIndex([m for m in marks if m.closed])
        starts = [0]
        for match in SENTENCE_END.finditer(text):
            end = match.end()
            if match.group()[0] != "\n":
                if ABBREVIATION.search(text[max(match.start() - 6, 0) : match.start()]):
                    continue
                last = match.end() - 1  # the full stop, or the closing mark after it
                mark = closed.at(last)
                if mark is not None and mark.open < last < mark.close:
                    continue
            starts.append(end)
        dateline = DATELINE.match(text)
        if dateline and len(dateline.group().split()) <= 8:  # "Rome - ", "PARIS, 5 août (AFP) - "
            starts.append(dateline.end())
        # Paragraphs glued without a space ('roulant.De', 'communiqué."Les'): a scraper dropped
        # the line break, so a new sentence and a new paragraph start there.
        glued = [start for start in glue_points(text)[1] if not _inside(closed, start)]
        glued += _heading_bounds(text, marks)
        after_marks = _after_closing_marks(text, closed)
        if token_starts is not None:
            # where the tokenizer kept the glue as one token ('?".En') no clause can end, so
            # no sentence may start inside it
            tokens = set(token_starts)
            after_marks = [start for start in after_marks if start in tokens]
        self.starts = sorted({*starts, *glued, *after_marks})
        self.text = text
        breaks = [m.end() for m in re.finditer(r"\n\s*", text)]
        self.paragraphs = sorted({0, *breaks, *glued})

    def bounds(self, offset: int) -> tuple[int, int]:
        """(start, end) characters of the sentence that holds offset, without outer spaces."""
        i = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[max(i, 0)]
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        while end > start and self.text[end - 1].isspace():
            end -= 1
        while start < end and self.text[start].isspace():
            start += 1
        return start, end

    def paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraphs, offset) - 1


def _after_closing_marks(text: str, closed: MarkIndex) -> list[int]:
    """Sentence starts right after a closing mark glued to the next sentence (GLUED_AFTER_CLOSE)."""
    starts = []
    for match in GLUED_AFTER_CLOSE.finditer(text):
        close = match.start("close") if match.group("close") else match.start("close_dot")
        mark = closed.at(close)
        if mark is not None and mark.close == close:
            starts.append(match.end())
    return starts


def _heading_bounds(text: str, marks: list[MarkedSpan]) -> list[int]:
    """An intertitle in marks is a paragraph of its own, and so is the text glued to it or to
    the quote a paragraph opens ('PARIS"J'ai pris', '"QUAND VOUS AUREZ …"Les fêtards')."""
    bounds = []
    for mark in marks:
        if mark.open > 0 and text[mark.open - 1].isalnum():
            bounds.append(mark.open)
        if is_heading(text, mark):
            bounds += [mark.open, mark.close + 1]
    return bounds


def _inside(marks: MarkIndex, offset: int) -> bool:
    """Within a closed quote, not at its opening mark: "« Il est parti.Le train aussi »"."""
    mark = marks.at(offset)
    return mark is not None and mark.open < offset <= mark.close
