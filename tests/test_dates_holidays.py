"""holidays: fixed holidays and those counted from Easter, as example tables (marks and reference
date: tests/dates_marks.py), then its resolvers called alone."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.components.dates.holidays import easter_weekend, holiday
from newsfacts.components.dates.tense import FUTURE, PAST
from tests.dates_marks import check_row, context

EXAMPLES = [
    "Une tempête a suivi [Noël](date:2017-12-25), a-t-on appris.",
    "Le meeting aura lieu le [lundi de Pâques](date:2019-04-22).",
    "Noël Mamère a pris la parole.",
]


@pytest.mark.parametrize("row", EXAMPLES)
def test_examples(nlp, row):
    check_row(nlp, row)


def test_a_holiday_falls_on_its_nearest_occurrence_on_the_side_of_the_tense():
    assert holiday({"holiday": "Noël"}, context("a suivi Noël", "Noël", way=PAST)).value == (
        "2017-12-25"
    )
    easter_monday = {"holiday": "lundi de Pâques"}
    found = holiday(easter_monday, context("le lundi de Pâques", "lundi de Pâques", way=FUTURE))
    assert found.value == "2019-04-22"
    assert holiday({"holiday": "Noël"}, context("Noël", reference=None)).value == "XXXX-12-25"


def test_a_holiday_word_that_is_a_name_or_a_common_noun_is_dropped():
    assert holiday({"holiday": "Noël"}, context("Noël Mamère", "Noël")) is None
    assert holiday({"holiday": "ascension"}, context("l'ascension du Mont-Blanc", "ascension")) is (
        None
    )


def test_an_easter_weekend_is_the_iso_week_of_its_sunday():
    before_pentecost = context(reference=dt.date(2019, 5, 18), way=FUTURE)
    assert easter_weekend({"holiday": "Pentecôte"}, before_pentecost).value == "2019-W23-WE"
    assert easter_weekend({"holiday": "Pâques"}, context(reference=None)).value == "XXXX-WXX-WE"
