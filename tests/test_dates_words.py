"""words: the words of a match read as numbers and codes."""

from __future__ import annotations

import pytest

from newsfacts.components.dates.words import (
    adjective_step,
    day_number,
    month_number,
    number,
    part_code,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("trois", "3"), ("Vingt-deux", "22"), ("30,4", "30.4"), ("plusieurs", "X"),
     ("quelques", "X"), ("chat", None)],
)  # fmt: skip
def test_number(text, expected):
    assert number(text) == expected


@pytest.mark.parametrize(("text", "expected"), [("1er", 1), ("premier", 1), ("15", 15)])
def test_day_number(text, expected):
    assert day_number(text) == expected


@pytest.mark.parametrize(("text", "expected"), [("Janv.", 1), ("août", 8), ("aout", 8)])
def test_month_number_reads_abbreviations_and_missing_accents(text, expected):
    assert month_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [("midi", "12:00"), ("Soirée", "EV"), ("matin", "MO"), (None, None)]
)
def test_part_code(text, expected):
    assert part_code(text) == expected


@pytest.mark.parametrize(
    ("adjective", "step"),
    [("dernier", -1), ("passée", -1), ("précédente", -1), ("prochain", 1), ("suivante", 1),
     ("", 0)],
)  # fmt: skip
def test_adjective_step(adjective, step):
    assert adjective_step(adjective) == step
