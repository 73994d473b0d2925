"""Number cores: digits, number words, collectives (quantities.numbers)."""

from __future__ import annotations

import pytest

from newsfacts.components.quantities.numbers import candidates, parse_number
from tests.quantity_runs import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits, thousands and decimals, negative values
        (
            "Le cortège a rassemblé 65 000 personnes.",
            [("65 000 personnes", 65000, "personnes", "count", None)],
        ),
        (
            "Il y avait 38\u202f000\u202fMW de demande.",
            [("38\u202f000\u202fMW", 38000, "MW", "measure", None)],
        ),
        ("L'indice affiche une variation de -4,09 %.", [("-4,09 %", -4.09, "%", "percent", None)]),
        ("Il fera -230 °C sur Ganymède.", [("-230 °C", -230, "°C", "measure", None)]),
        (
            "La taxe atteint 1 234,56 euros par foyer.",
            [("1 234,56 euros", 1234.56, "EUR", "money", None)],
        ),
        # number words
        (
            "Près de deux cents films attendent.",
            [("deux cents films", 200, "films", "count", "about")],
        ),
        (
            "Il présentera vingt et un longs métrages.",
            [("vingt et un longs métrages", 21, "longs métrages", "count", None)],
        ),
        (
            "On espère trois millions de spectateurs.",
            [("trois millions de spectateurs", 3000000, "spectateurs", "count", None)],
        ),
        (
            "Ils venaient de quatre-vingt-dix pays.",
            [("quatre-vingt-dix pays", 90, "pays", "count", None)],
        ),
        (
            "Elle accueillait quarante mille festivaliers.",
            [("quarante mille festivaliers", 40000, "festivaliers", "count", None)],
        ),
        # collectives
        (
            "Une dizaine de personnes ont été interpellées.",
            [("Une dizaine de personnes", 10, "personnes", "count", "about")],
        ),
        (
            "Une centaine d'habitants ont péri.",
            [("Une centaine d'habitants", 100, "habitants", "count", "about")],
        ),
        (
            "Un millier de véhicules ont brûlé.",
            [("Un millier de véhicules", 1000, "véhicules", "count", "about")],
        ),
        (
            "Des milliers de manifestants ont défilé.",
            [("Des milliers de manifestants", 1000, "manifestants", "count", "vague")],
        ),
        (
            "Des dizaines de vitrines ont été brisées.",
            [("Des dizaines de vitrines", 10, "vitrines", "count", "vague")],
        ),
        (
            "Il a mobilisé une douzaine de véhicules blindés.",
            [("une douzaine de véhicules blindés", 12, "véhicules", "count", "about")],
        ),
        (
            "Plus d'un millier de fidèles ont prié.",
            [("un millier de fidèles", 1000, "fidèles", "count", "more_than")],
        ),
        (
            "Des dizaines de milliers de personnes ont manifesté.",
            [("Des dizaines de milliers de personnes", 10000, "personnes", "count", "vague")],
        ),
        ("La caravane de milliers de migrants avance.", []),
        ("Il a été placé en quarantaine.", []),
    ],
)
def test_number_cores(nlp, text, expected):
    assert quantities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5.000", 5000),
        ("7 000", 7000),
        ("7\u00a0000", 7000),
        ("7\u202f000", 7000),
        ("120'000", 120000),
        ("2,5", 2.5),
        ("2.5", 2.5),
        ("2.100", 2100),
        ("1 234,56", 1234.56),
        ("7.025,72", 7025.72),
        ("1,0632", 1.0632),
    ],
)
def test_french_digit_formats(text, value):
    assert float(parse_number(text)) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2,5 millions", [("2,5", 2.5, True, None)]),
        ("quatre-vingt-dix soldats", [("quatre-vingt-dix", 90, False, None)]),
        # every reading at a start, the longest first (the reader skips the shorter one)
        ("une dizaine de blessés", [("une dizaine", 10, False, "about"), ("une", 1, False, None)]),
        ("des dizaines de milliers", [("des dizaines de milliers", 10000, False, "vague")]),
        ("un quart de point", [("un quart", 0.25, False, None), ("un", 1, False, None)]),
        ("-3 et +4", [("-3", -3, True, None), ("+4", 4, True, None)]),
        ("pas de nombre", []),
    ],
)
def test_candidates(text, expected):
    """The number cores of a text, before anything decides whether they are quantities."""
    found = [(c.text, float(c.value), c.digits, c.collective) for c in candidates(text)]
    assert found == [(t, pytest.approx(v), d, q) for t, v, d, q in expected]


def test_candidates_are_in_text_order():
    found = [(c.start, c.text) for c in candidates("une centaine, cent et 3")]
    assert found == [(0, "une centaine"), (0, "une"), (14, "cent"), (22, "3")]
