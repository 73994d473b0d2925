"""Ranges, changes and scores (quantities.ranges)."""

from __future__ import annotations

import pytest

from newsfacts.components.quantities.ranges import is_change, is_small_int
from tests.quantity_runs import quantities, run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change "de X à Y" is two quantities, a range needs the bigger number second
        (
            "Le taux passera de 3 % à 2,4 %.",
            [("3 %", 3, "%", "percent", None), ("2,4 %", 2.4, "%", "percent", None)],
        ),
        (
            "Le baril a gagné 1,2 dollar à 85,40 dollars.",
            [
                ("1,2 dollar", 1.2, "USD", "money", None),
                ("85,40 dollars", 85.4, "USD", "money", None),
            ],
        ),
        (
            "Il disposait de 21 000 000 d'euros.",
            [("21 000 000 d'euros", 21000000, "EUR", "money", None)],
        ),
        (  # the tokenizer keeps "d'1" as one token, so the span starts at "d'"
            "Plus d'1 million de Français sont concernés.",
            [("d'1 million de Français", 1000000, "Français", "count", "more_than")],
        ),
        ("C'est la tolérance zéro.", []),
        ("Il a levé USD 5 millions.", [("USD 5 millions", 5000000, "USD", "money", None)]),
        ("Le chômage est autour des 7 %.", [("7 %", 7, "%", "percent", "about")]),
        (
            "Il a gagné le 200 m brasse devant 15.000 spectateurs.",
            [("15.000 spectateurs", 15000, "spectateurs", "count", None)],
        ),
        (
            "Le RN obtient 22 sièges, LREM 21.",
            [("22 sièges", 22, "sièges", "count", None), ("21", 21, None, "count", None)],
        ),
        (
            "Les onze candidats seront interrogés sur France 2.",
            [("onze candidats", 11, "candidats", "count", None)],
        ),
        # a verb of change gives the old and the new value, not a range
        (
            "Le taux est passé de 4,25 % à 4,5 %. Le salaire est passé de 1.500 à 1.800 euros.",
            [
                ("4,25 %", 4.25, "%", "percent", None),
                ("4,5 %", 4.5, "%", "percent", None),
                ("1.500", 1500, "EUR", "money", None),
                ("1.800 euros", 1800, "EUR", "money", None),
            ],
        ),
        (
            "Le nombre de sièges est passé de 5 à 8.",
            [("5", 5, None, "count", None), ("8", 8, None, "count", None)],
        ),
    ],
)
def test_changes_and_ranges(nlp, text, expected):
    assert quantities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "lower", "upper", "value", "value_max", "unit"),
    [
        (
            "Les dégâts sont estimés entre 4 et 5 milliards d'euros.",
            "4",
            "5 milliards d'euros",
            4e9,
            5e9,
            "EUR",
        ),
        ("La hausse sera de 10 à 15 %.", "10", "15 %", 10, 15, "%"),
        ("La cour a relevé des écarts de 20 à 35 %.", "20", "35 %", 20, 35, "%"),
        ("Une baisse de 5 à 8 degrés est prévue.", "5", "8 degrés", 5, 8, "°C"),
        ("Les billets sont vendus entre 45 et 120 €.", "45", "120 €", 45, 120, "EUR"),
        ("La piscine coûtera entre 18 et 22 M€.", "18", "22 M€", 18e6, 22e6, "EUR"),
        ("Il prévoit « in the range of $30-37 billion ».", "$30", "37 billion", 30e9, 37e9, "USD"),
        ("Ils étaient 500 000 à 600 000 selon la CGT.", "500 000", "600 000", 500000, 600000, None),
        (
            "Le festival accueillera entre 200 et 300 artistes.",
            "200",
            "300 artistes",
            200,
            300,
            "artistes",
        ),
    ],
)
def test_ranges(nlp, text, lower, upper, value, value_max, unit):
    """Each end of a range is a quantity (as real-news gold has it); the lower one carries the
    range in value/value_max, both share the unit."""
    doc = run(nlp, text)
    first, second = doc.spans["quantities"]
    assert (first.text, second.text) == (lower, upper)
    assert (first._.quantity["value"], first._.quantity["value_max"]) == (value, value_max)
    assert (second._.quantity["value"], second._.quantity["value_max"]) == (value_max, None)
    assert first._.quantity["unit"] == second._.quantity["unit"] == unit
    assert first._.quantity["qualifier"] is None


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("le taux est passé de ", True),
        ("la BCE a porté son taux de ", True),
        ("la hausse sera de ", False),
        ("entre ", False),
    ],
)
def test_is_change(before, expected):
    """A verb of change before "de X à Y" gives an old and a new value, not a range."""
    assert is_change(before) is expected


@pytest.mark.parametrize(
    ("digits", "expected"),
    [("2", True), ("120", True), ("1000", False), ("2,5", False), (None, False)],
)
def test_is_small_int(digits, expected):
    """Scores are small integers: "5 à 2" is a score, "500 à 600" a range."""
    assert is_small_int(digits) is expected
