"""Quote spans on the layouts and constructions of real copy: intertitles in marks, quotes
glued to a heading, and the reported words around quoted fragments. Every record is also
checked against the schema and its offsets."""

from __future__ import annotations

import pytest

from newsfacts import extract
from newsfacts.components.quotes.marks import find_marked_spans, is_heading
from tests.conftest import assert_valid_record


def quotes_of(text: str) -> list[dict]:
    record = extract(text)
    assert_valid_record(record, text)
    return record["quotes"]


def texts_of(text: str) -> list[str]:
    return [q["text"] for q in quotes_of(text)]


# ---- intertitles and glued paragraphs (marks.py) ---------------------------------------------
def test_a_straight_quote_glued_to_a_heading_opens_the_quote():
    text = 'Les salaires.• Organisation des soins"Notre système est lent", a jugé le ministre.'
    marks = find_marked_spans(text)
    assert [(text[m.start : m.end], m.closed) for m in marks] == [("Notre système est lent", True)]


HEADINGS = [
    'Le public était "sceptique"."Casser la démarche"Puis il est revenu sur les matches.',
    'Tout a dégénéré. "QUAND VOUS AUREZ DES PROBLÈMES, ON NE VIENDRA PAS" Les fêtards ont fui.',
    "Le chemin est long.« C'est un petit peu le ciel qui nous tombe sur la tête »C'est ensuite "
    "que la nouvelle arrive.",
]


@pytest.mark.parametrize("text", HEADINGS)
def test_an_intertitle_in_marks_is_no_quote(nlp, text):
    marks = find_marked_spans(text)
    assert [is_heading(text, m) for m in marks][-1]
    assert all(
        "démarche" not in q and "PROBLÈMES" not in q and "ciel" not in q for q in texts_of(text)
    )


SPEECH_BEFORE_A_PARAGRAPH = [
    # a quote of its own with its final stop, before the next paragraph: speech
    'Le garçon a été harcelé. "Ils me disaient : tu es de sa famille ? Et je leur répondais '
    'non." Ses parents ont réagi.',
    # words after a comma are not an intertitle
    'Il a dit que la ville, "la plus belle du monde" Paris, attend.',
]


@pytest.mark.parametrize("text", SPEECH_BEFORE_A_PARAGRAPH)
def test_marked_words_inside_the_text_are_no_heading(text):
    assert not any(is_heading(text, m) for m in find_marked_spans(text))


def test_a_quote_glued_to_an_unmarked_heading_keeps_its_cue(nlp):
    text = (
        "Personne ne l'attendait. PAS D'AGENTS NON PLUS À PARIS\"J'ai pris mon mal en "
        "patience. Et la contrôleuse m'ignorait\", ajoute-t-elle, alors que les toilettes sont "
        "trop étroites.De nouveau à Paris, aucun agent n'est présent."
    )
    quotes = quotes_of(text)
    found = [q for q in quotes if q["text"].startswith("J'ai pris")]
    assert (
        found and found[0]["text"] == "J'ai pris mon mal en patience. Et la contrôleuse m'ignorait"
    )
    assert found[0]["cue"] == "ajouter"
    assert not any("De nouveau" in q["text"] for q in quotes)
