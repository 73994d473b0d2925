"""Pronoun speakers (pronouns.py): whom "a-t-il dit" takes up."""

from __future__ import annotations

import pytest

from newsfacts.components.quotes import extract_quotes
from newsfacts.components.quotes.speaker_words import is_complement


def speakers_of(nlp, text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(nlp(text))]


def test_a_person_named_as_a_complement_does_not_take_the_pronoun(nlp):
    text = (
        "Michel Piccoli est mort lundi. Il a tourné avec Brigitte Bardot dans le film de "
        "Jean-Luc Godard. « Je préfère les prototypes », dira-t-il."
    )
    assert speakers_of(nlp, text) == ["Michel Piccoli"]


@pytest.mark.parametrize(
    ("text", "name", "complement"),
    [
        ("Il a tourné dans le film de Jean-Luc Godard.", "Jean-Luc Godard", True),
        ("Jean-Luc Godard a tourné un film.", "Jean-Luc Godard", False),
        # an apposed title introduces the person: "la classe de Sophie, professeure de …"
        ("Dans la classe de Sophie, professeure de mathématiques, on travaille.", "Sophie", False),
    ],
)
def test_complements(nlp, text, name, complement):
    doc = nlp(text)
    start = text.index(name)
    assert is_complement(doc, start, start + len(name)) is complement
