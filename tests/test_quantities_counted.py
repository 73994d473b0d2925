"""What a count counts (quantities.counted)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsfacts.components.quantities.counted import noun_like
from tests.quantity_runs import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is counted
        (
            "Le séisme a fait 2.012 morts et 2.059 blessés.",
            [
                ("2.012 morts", 2012, "morts", "count", None),
                ("2.059 blessés", 2059, "blessés", "count", None),
            ],
        ),
        (
            "Il a émis 1.200 fausses factures.",
            [("1.200 fausses factures", 1200, "factures", "count", None)],
        ),
        (
            "Il a acheté 36 avions de combat.",
            [("36 avions de combat", 36, "avions de combat", "count", None)],
        ),
        (
            "Le préfet a mobilisé 6 000 policiers et gendarmes.",
            [("6 000 policiers et gendarmes", 6000, "policiers et gendarmes", "count", None)],
        ),
        (
            "Il a engagé cinquante sapeurs-pompiers.",
            [("cinquante sapeurs-pompiers", 50, "sapeurs-pompiers", "count", None)],
        ),
        (
            "Il compte 253 grands électeurs.",
            [("253 grands électeurs", 253, "grands électeurs", "count", None)],
        ),
        (
            "Plus de 100 millions d'Américains ont voté.",
            [("100 millions d'Américains", 100000000, "Américains", "count", "more_than")],
        ),
        (
            "Il emporte trois de ses lunes glacées.",
            [("trois de ses lunes glacées", 3, "lunes", "count", None)],
        ),
        ("Environ 2.100 ont été déployés.", [("2.100", 2100, None, "count", "about")]),
        (
            "Les Diables rouges ont obtenu neuf points.",
            [("neuf points", 9, "points", "count", None)],
        ),
        # "N fois" counts occasions, but not in a ratio or a rate
        (
            "Le plafond a été relevé deux fois. Un post aimé plus de 27.000 fois.",
            [
                ("deux fois", 2, "fois", "count", None),
                ("27.000 fois", 27000, "fois", "count", "more_than"),
            ],
        ),
        ("C'est deux fois plus cher, trois fois supérieur, deux fois par semaine.", []),
    ],
)
def test_counted_nouns(nlp, text, expected):
    assert quantities(nlp, text) == expected


@pytest.mark.parametrize(
    ("word", "pos", "expected"),
    [
        ("soldats", "NOUN", True),
        ("Américains", "PROPN", True),
        ("Downing", "PROPN", False),  # a capitalised singular: a name
        ("chênes", "ADV", True),  # a rare plural the tagger reads as an adverb
        ("ans", "NOUN", False),  # a duration, left to the dates component
        ("millions", "NOUN", False),  # a scale
        ("mai", "NOUN", False),
    ],
)
def test_noun_like(nlp, word, pos, expected):
    assert noun_like(Doc(nlp.vocab, words=[word], pos=[pos])[0]) is expected
