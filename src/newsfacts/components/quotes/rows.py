"""Marked words in rows and lists, and the infinitive chains that link marked words to a cue:
« A », « B », a martelé X (each a direct quote with that cue), pour « génocide », « incitation
… » (listed charges), "a dit son intention d'éviter les « … »" (the cue's mixed complement).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from newsfacts.components.quotes.marks import SPACES, MarkedSpan
from newsfacts.components.quotes.model import Quote

ROW_MAX_MARKS = 8  # marked quotes in a row before one cue: « A », « B », « C », a dit X
# What links marks in a row: a comma between quotes; a comma, "et" or "ou" in a list of terms.
ROW_LINKS = frozenset({","})
LIST_LINKS = frozenset({",", "et", "ou"})
# What may link a cue to the infinitive whose object holds marked words.
INFINITIVE_PREPOSITIONS = frozenset({"de", "d'", "d’", "à"})
INFINITIVE_LEADS = frozenset(
    {"ne", "n'", "n’", "pas", "plus", "le", "la", "les", "l'", "l’", "y", "en"}
)
NOUN_OF_INFINITIVE_WORDS = 3  # "son intention ferme d'…"


def infinitive(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and "Inf" in token.morph.get("VerbForm")


def new_clause_at(doc: Doc, k: int, stop: int) -> bool:
    """A comma and a coordination open another clause at k: "…, selon X, et celui-ci …"."""
    return k + 1 < stop and doc[k].text == "," and doc[k + 1].lower_ in ("et", "mais", "ou")


def linked(text: str, left: MarkedSpan, right: MarkedSpan, links=ROW_LINKS) -> bool:
    """Marks in a row: nothing but a link ("," for quotes, also "et" or "ou" in a list)
    between the closing mark of left and the opening mark of right, in one paragraph (a mark
    closing one paragraph and a mark opening the next are two statements)."""
    between = text[left.close + 1 : right.open]
    return left.closed and "\n" not in between and between.strip(SPACES).lower() in links


def mark_number(marks: list[MarkedSpan], mark: MarkedSpan) -> int:
    return bisect.bisect_left(marks, mark.open, key=lambda m: m.open)


def row_end(text: str, marks: list[MarkedSpan], i: int) -> int:
    """The last of the closed marks in a row from marks[i]: « A », « B », a martelé X."""
    last, stop = i, min(len(marks), i + ROW_MAX_MARKS)
    while last + 1 < stop and marks[last + 1].closed and linked(text, marks[last], marks[last + 1]):
        last += 1
    return last


def row_start(text: str, marks: list[MarkedSpan], i: int, links=ROW_LINKS) -> int:
    """The first of the marks in a row (a list with links=LIST_LINKS) up to marks[i]:
    pour « génocide », « incitation … » et « crimes … »."""
    first, stop = i, max(i - ROW_MAX_MARKS, 0)
    while first > stop and linked(text, marks[first - 1], marks[first], links):
        first -= 1
    return first


def listed_after(text: str, marks: list[MarkedSpan], i: int, last: Quote) -> bool:
    """The mark i comes in a row right after the direct quote just found: « A », « B »."""
    return (
        i > 0
        and last.type == "direct"
        and last.end == marks[i - 1].end
        and linked(text, marks[i - 1], marks[i])
    )
