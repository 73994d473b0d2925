"""Direct quotes with no reporting verb (quotes/cueless.py, CuelessQuotes)."""

from __future__ import annotations

import pytest

from newsfacts.components.quotes import extract_quotes

CUELESS = [
    # text, (quote text, speaker) of each quote
    (  # the subject of the sentence after a quote that opens its paragraph
        "« On commence dès lundi. » Philippe Martinez a laissé augurer une grève longue.",
        [("On commence dès lundi.", "Philippe Martinez")],
    ),
    (  # the subject of the sentence before it
        "Philippe Martinez est venu à Lyon. « On commence dès lundi, et on ira jusqu'au bout. »",
        [("On commence dès lundi, et on ira jusqu'au bout.", "Philippe Martinez")],
    ),
    (  # the speaker of the quote just before it
        "Le directeur Paul Durand a annoncé la fermeture du site. « Nous n'avons pas le choix », "
        "a-t-il ajouté. « Le marché s'est effondré. »",
        [
            ("Nous n'avons pas le choix", "Paul Durand"),
            ("Le marché s'est effondré.", "Paul Durand"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CUELESS)
def test_a_quote_alone_takes_its_speaker_from_around_it(nlp, text, expected):
    quotes = extract_quotes(nlp(text))
    assert [(q["text"], q["speaker"]) for q in quotes] == expected
    assert quotes[-1]["cue"] is None
