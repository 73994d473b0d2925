"""Marked words in rows and lists (quotes/rows.py)."""

from __future__ import annotations

from newsfacts.components.quotes.marks import find_marked_spans
from newsfacts.components.quotes.model import Quote
from newsfacts.components.quotes.rows import listed_after, new_clause_at


def test_a_mark_right_after_a_quote_and_a_comma_is_listed():
    text = '"Restez calme", "cela va passer", a-t-il dit. Puis "autre chose" encore.'
    first, second, third = find_marked_spans(text)
    quote = Quote(first.start, first.end, "direct", None, None)
    assert listed_after(text, quote, second)
    assert not listed_after(text, quote, third)  # narrator's words in between


def test_a_comma_and_a_coordination_open_a_new_clause(nlp):
    doc = nlp("Il est perçu comme un refuge, selon le psychiatre, et celui-ci le dit.")
    comma = [t.i for t in doc if t.text == ","][1]
    assert new_clause_at(doc, comma, len(doc))
    assert not new_clause_at(doc, comma - 1, len(doc))
