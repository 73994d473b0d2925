"""sets: recurring times, as example tables (marks and reference date: tests/dates_marks.py),
then its resolvers called alone."""

from __future__ import annotations

import pytest

from newsfacts.components.dates.sets import set_each, set_every, weekdays
from tests.dates_marks import check_row, context

EXAMPLES = [
    "Une permanence se tient [chaque lundi](set:XXXX-WXX-1) en mairie.",
    "Le festival se tient [tous les ans](set:P1Y) à Berlin.",
    "Il ne fête son anniversaire que [tous les quatre ans](set:P4Y).",
    "Elle s'entraîne [deux fois par jour](set:P1D).",
    "Le directeur tient [chaque soir](set:XXXX-XX-XXTEV) un point presse.",
    "Le FMI contrôle [tous les trimestres](set:P3M) les réformes.",
    "Le rapport est publié [annuellement](set:P1Y).",
    # a rhythm counted in days or evenings
    "Ils s'entraînent [trois soirs par semaine](set:P1W) et [deux fois par jour](set:P1D).",
    "Le marché se tient [les lundis](set:XXXX-WXX-1) sur la place.",
]


@pytest.mark.parametrize("row", EXAMPLES)
def test_examples(nlp, row):
    check_row(nlp, row)


@pytest.mark.parametrize(
    ("groups", "expected"),
    [({"what": "ans", "num": "quatre"}, "P4Y"), ({"what": "trimestres"}, "P3M"),
     ({"what": "week-ends"}, "XXXX-WXX-WE"), ({"what": "lundis"}, "XXXX-WXX-1"),
     ({"what": "trucs"}, None)],
)  # fmt: skip
def test_every_n_units(groups, expected):
    found = set_every(groups, context())
    assert (found.value if found else None) == expected


def test_each_weekday_part_of_day_or_season():
    assert set_each({"what": "lundi"}, context()).value == "XXXX-WXX-1"
    assert set_each({"what": "soir"}, context()).value == "XXXX-XX-XXTEV"
    assert weekdays({"weekday": "lundi"}, context()).value == "XXXX-WXX-1"
