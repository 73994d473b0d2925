"""Marked words in rows and lists (quotes/rows.py)."""

from __future__ import annotations

from newsfacts.components.quotes.marks import find_marked_spans
from newsfacts.components.quotes.model import Quote
from newsfacts.components.quotes.rows import (
    LIST_LINKS,
    linked,
    listed_after,
    new_clause_at,
    row_end,
    row_start,
)


def test_a_mark_right_after_a_quote_and_a_comma_is_listed():
    text = '"Restez calme", "cela va passer", a-t-il dit. Puis "autre chose" encore.'
    marks = find_marked_spans(text)
    quote = Quote(marks[0].start, marks[0].end, "direct", None, None)
    assert listed_after(text, marks, 1, quote)
    second = Quote(marks[1].start, marks[1].end, "direct", None, None)
    assert not listed_after(text, marks, 2, second)  # narrator's words in between


def test_marks_in_a_row_are_linked_by_a_comma_and_lists_also_by_et_or_ou():
    text = "pour « génocide », « incitation » et « crimes », « autre » puis « fin »"
    marks = find_marked_spans(text)
    assert linked(text, marks[0], marks[1])
    assert not linked(text, marks[1], marks[2])  # "et" links a list, not quotes in a row
    assert linked(text, marks[1], marks[2], LIST_LINKS)
    assert not linked(text, marks[3], marks[4], LIST_LINKS)
    assert row_end(text, marks, 0) == 1
    assert row_end(text, marks, 2) == 3
    assert row_start(text, marks, 3, LIST_LINKS) == 0
    assert row_start(text, marks, 3) == 2


def test_marks_in_two_paragraphs_are_not_in_a_row():
    text = "Il a listé « une honte »,\n« Nous partirons », a dit Anne Martin."
    marks = find_marked_spans(text)
    assert len(marks) == 2 and marks[0].closed
    assert not linked(text, marks[0], marks[1])
    assert linked(text.replace("\n", " "), marks[0], marks[1])


def test_an_unclosed_mark_ends_a_row():
    text = "« Un », « deux », a-t-il dit.\n« Trois"
    marks = find_marked_spans(text)
    assert row_end(text, marks, 0) == 1
    assert not marks[2].closed
    assert not linked(text, marks[2], marks[2])


def test_a_comma_and_a_coordination_open_a_new_clause(nlp):
    doc = nlp("Il est perçu comme un refuge, selon le psychiatre, et celui-ci le dit.")
    comma = [t.i for t in doc if t.text == ","][1]
    assert new_clause_at(doc, comma, len(doc))
    assert not new_clause_at(doc, comma - 1, len(doc))
