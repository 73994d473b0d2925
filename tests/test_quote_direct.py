"""Direct quotes (quotes/direct.py): the cue or the source around whole marked words."""

from __future__ import annotations

import pytest

from newsfacts.components.quotes import extract_quotes

DIRECT = [
    # text, (quote text, type, cue, speaker span)
    (
        "« Nous irons vite », a déclaré la ministre Anne Martin.",
        [("Nous irons vite", "direct", "déclarer", "la ministre Anne Martin")],
    ),
    (
        "« Nous irons vite », selon la ministre Anne Martin.",
        [("Nous irons vite", "direct", "selon", "la ministre Anne Martin")],
    ),
    (  # the narrator's words finish the quote before the cue: mixed
        "« Nous irons vite » au retour de l'inflation, a déclaré la ministre Anne Martin.",
        [
            (
                "« Nous irons vite » au retour de l'inflation",
                "mixed",
                "déclarer",
                "la ministre Anne Martin",
            )
        ],
    ),
    (  # an incise inside the marks splits them in two
        "« Ce n'est pas un adieu, a-t-elle assuré, c'est un au revoir. »",
        [
            ("Ce n'est pas un adieu", "direct", "assurer", "elle"),
            ("c'est un au revoir.", "direct", "assurer", "elle"),
        ],
    ),
    (
        "Le ministre Jean Dupont a déclaré : « Nous irons vite. »",
        [("Nous irons vite.", "direct", "déclarer", "Le ministre Jean Dupont")],
    ),
    (
        "Selon le maire Jean Dupont, « la ville ira mieux ».",
        [("la ville ira mieux", "direct", "selon", "le maire Jean Dupont")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT)
def test_direct_quotes_take_the_cue_around_them(nlp, text, expected):
    doc = nlp(text)
    found = [
        (
            q["text"],
            q["type"],
            q["cue"],
            doc.text[slice(*q["speaker_span"])] if q["speaker_span"] else None,
        )
        for q in extract_quotes(doc)
    ]
    assert found == expected
