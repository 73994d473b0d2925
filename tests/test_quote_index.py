"""The per-document indexes that keep speaker resolution linear in the document's length."""

from __future__ import annotations

import pytest

from newsfacts.components.quotes.index import ActorIndex, QuoteZones, Stretches, inside_quotes
from newsfacts.components.quotes.marks import find_marked_spans
from newsfacts.components.quotes.text import MarkIndex, Sentences


@pytest.mark.parametrize(
    ("intervals", "offset", "held"),
    [
        ([(0, 10)], 0, True),
        ([(0, 10)], 10, False),  # end exclusive
        ([(5, 8), (20, 30)], 12, False),
        ([(0, 50), (10, 12)], 30, True),  # nested: the outer one still holds it
        ([(10, 12), (0, 50)], 49, True),
        ([], 3, False),
    ],
)
def test_stretches_hold_what_a_scan_would(intervals, offset, held):
    assert Stretches(intervals).holds(offset) is held
    assert held is any(start <= offset < end for start, end in intervals)


class Quote:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def test_quote_zones_add_the_quote_being_resolved():
    zones = QuoteZones(Stretches([(0, 5)]))
    assert zones.holds(2) and not zones.holds(7)
    assert zones.with_quote(Quote(6, 9)).holds(7)
    assert inside_quotes(7, [Quote(6, 9)]) and not inside_quotes(9, [Quote(6, 9)])


def index_of(mentions: dict[str, list[tuple[int, int]]], text: str = "") -> ActorIndex:
    actors = [{"name": name, "type": "person", "mentions": list(m)} for name, m in mentions.items()]
    index = ActorIndex(actors, text)
    index.refresh()
    return index


def test_covering_finds_overlapping_mentions_in_text_order():
    index = index_of({"A": [(0, 30), (100, 104)], "B": [(10, 14), (50, 60)]})
    assert index.covering(12, 13) == [(0, 30, 0), (10, 14, 1)]
    assert index.covering(30, 50) == []
    assert index.covering(55, 101) == [(50, 60, 1), (100, 104, 0)]


def test_before_walks_back_latest_first_and_stops_after_its_limit():
    index = index_of({"A": [(k * 10, k * 10 + 3) for k in range(50)]})
    assert [m[0] for m in index.before(25)] == [20, 10, 0]
    assert list(index.before(21)) == [(10, 13, 0), (0, 3, 0)]  # (20, 23) does not end before 21
    assert len(list(index.before(10_000, limit=5))) == 5


def test_added_mentions_are_found_in_order():
    index = index_of({"A": [(0, 3)], "B": [(20, 23)]})
    index.add_mention(10, 12, index.actors[1])
    assert [m[0] for m in index.before(30)] == [20, 10, 0]
    assert index.actors[1]["mentions"][-1] == [10, 12]


def test_paragraph_breaks_count_runs_of_line_breaks_once():
    text = "Un.\n\nDeux.\nTrois. Quatre.\n \nCinq."
    index = index_of({}, text)
    assert index.paragraph_breaks(0, len(text)) == 3
    assert index.paragraph_breaks(0, text.index("Deux")) == 1
    assert index.paragraph_breaks(text.index("Trois"), text.index("Quatre")) == 0


def test_mark_index_finds_the_marks_that_hold_an_offset():
    text = "Il a dit « oui » puis « non, “jamais” » et « peut-être"
    index = MarkIndex(find_marked_spans(text))
    assert index.at(text.index("oui")).start == text.index("oui")
    assert index.at(text.index("jamais")).start == text.index("non")
    assert index.at(text.index("puis")) is None
    assert index.first_open_after(text.index("puis")) == text.index("« non")


def test_a_name_part_alone_resolves_to_the_latest_person_holding_it():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsfacts.components.quotes.speakers import _person_by_part_of_name

    words = ["Fabien", "Leroy", "et", "Fabien", "Martin", "parlent", ".", "raconte", "Fabien"]
    pos = ["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT", "VERB", "PROPN"]
    doc = Doc(Vocab(), words=words, pos=pos)
    leroy = {"name": "Fabien Leroy", "type": "person", "mentions": [[0, 12]]}
    martin = {"name": "Fabien Martin", "type": "person", "mentions": [[16, 29]]}
    index = ActorIndex([leroy, martin], doc.text)
    index.refresh()
    assert _person_by_part_of_name(doc[8:9], index) is martin  # the latest one
    assert _person_by_part_of_name(doc[7:9], index) is None  # not a name alone
    index.actors[1]["type"] = "organization"
    assert _person_by_part_of_name(doc[8:9], index) is leroy


def test_glued_paragraphs_start_sentences_and_paragraphs_outside_quotes():
    text = 'Le train est reparti.Le maire a dit « Oui.Non » hier."Rien", a-t-il ajouté.'
    sentences = Sentences(text, find_marked_spans(text))
    assert sentences.bounds(text.index("maire")) == (21, text.index('"Rien"'))
    assert sentences.bounds(text.index("Non"))[0] == 21  # a full stop inside « » ends nothing
    assert sentences.paragraph(text.index("maire")) == 1
    assert sentences.paragraph(text.index("Rien")) == 2
