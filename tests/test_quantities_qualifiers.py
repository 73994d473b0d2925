"""Qualifiers before and after a number (quantities.qualifiers)."""

from __future__ import annotations

import pytest

from newsfacts.components.quantities.qualifiers import qualifier_before
from tests.quantity_runs import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # qualifiers
        (
            "Quelque 300 médecins ont répondu.",
            [("300 médecins", 300, "médecins", "count", "about")],
        ),
        ("Au moins 127 civils ont été tués.", [("127 civils", 127, "civils", "count", "at_least")]),
        (
            "Moins de 10.000 manifestants ont été comptés.",
            [("10.000 manifestants", 10000, "manifestants", "count", "less_than")],
        ),
        (
            "Il y aura au plus 800 spectateurs.",
            [("800 spectateurs", 800, "spectateurs", "count", "at_most")],
        ),
        (
            "L'écart n'était que de 18.000 voix environ.",
            [("18.000 voix", 18000, "voix", "count", "about")],
        ),
        (
            "Il a ordonné l'envoi d'un maximum de 4.000 soldats.",
            [("4.000 soldats", 4000, "soldats", "count", "at_most")],
        ),
        (
            "La France comptait plus d'un million d'exploitations.",
            [("un million d'exploitations", 1000000, "exploitations", "count", "more_than")],
        ),
    ],
)
def test_qualifiers(nlp, text, expected):
    assert quantities(nlp, text) == expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Il y avait environ ", "about"),
        ("On compte au moins ", "at_least"),
        ("Il y avait ", None),
        ("Il y avait environ des ", None),  # the qualifier must touch the number
    ],
)
def test_qualifier_before(before, expected):
    assert qualifier_before(before) == expected
