"""Marked words in rows and lists, and the infinitive chains that link marked words to a cue:
« A », « B », a martelé X (each a direct quote with that cue), pour « génocide », « incitation
… » (listed charges), "a dit son intention d'éviter les « … »" (the cue's mixed complement).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfacts.components.quotes.marks import MarkedSpan
from newsfacts.components.quotes.model import CLOSING_MARKS, Context, Quote

ROW_MAX_MARKS = 8  # marked quotes in a row before one cue: « A », « B », « C », a dit X
# What may link a cue to the infinitive whose object holds marked words.
INFINITIVE_PREPOSITIONS = frozenset({"de", "d'", "d’", "à"})
INFINITIVE_LEADS = frozenset(
    {"ne", "n'", "n’", "pas", "plus", "le", "la", "les", "l'", "l’", "y", "en"}
)
NOUN_OF_INFINITIVE_WORDS = 3  # "son intention ferme d'…"


def infinitive(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and "Inf" in token.morph.get("VerbForm")


def first_of_list(ctx: Context, open_i: int) -> int:
    """The opening mark of the first of marked words listed with commas or "et" up to the
    mark at open_i: « génocide », « incitation … » et « crimes … »."""
    doc = ctx.doc
    for _ in range(ROW_MAX_MARKS):
        k = open_i - 1
        if k < 1 or doc[k].lower_ not in (",", "et", "ou") or doc[k - 1].text not in CLOSING_MARKS:
            break
        previous = ctx.mark_index.at(doc[k - 1].idx)
        if previous is None or not previous.closed:
            break
        open_i = ctx.token_at(previous.open)
    return open_i


def new_clause_at(doc: Doc, k: int, stop: int) -> bool:
    """A comma and a coordination open another clause at k: "…, selon X, et celui-ci …"."""
    return k + 1 < stop and doc[k].text == "," and doc[k + 1].lower_ in ("et", "mais", "ou")


def listed_after(text: str, last: Quote, mark: MarkedSpan) -> bool:
    """Marked words right after a marked quote and a comma: « A », « B »."""
    return last.type == "direct" and text[last.end : mark.open].strip(' ,»”"\u00a0') == ""
