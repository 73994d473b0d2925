"""calendar_dates: days, weeks and months named by the calendar, as example tables (marks and
reference date: tests/dates_marks.py), then its resolvers called alone."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.components.dates.calendar_dates import (
    day_month,
    day_slash_month,
    month,
    numeric,
    week_of_month,
    weekday_day,
)
from newsfacts.components.dates.tense import FUTURE, PAST
from tests.dates_marks import REF, check_row, context

EXAMPLES = [
    # a day, a month, a date in figures, with their year
    "Elle a pris le départ [le 13 octobre](date:2018-10-13).",
    "Il a été arrêté [le 13/10/2018](date:2018-10-13) à Lyon.",
    "Le braquage a été commis [le samedi 5 juin 1999](date:1999-06-05).",
    "Pas de retour à la normale avant [octobre 98](date:1998-10).",
    "Je n'avais pas ressenti une telle colère depuis [mai 68](date:1968-05).",
    "Le traité avait été signé à Rome [le 29 octobre 2004](date:2004-10-29).",
    "La grève a duré du [12](date:1995-10-12) au [15 octobre 1995](date:1995-10-15).",
    "Il est né [le 2018-03-01](date:2018-03-01), baptisé [le 29-01-1999](date:1999-01-29).",
    "Les ventes de [mai](date:2011-05) et [juin 2011](date:2011-06) ont bondi.",
    # without a year: the tense chooses the side, then the nearest
    "En [avril](date:2018-04), il avait ordonné l'envoi de soldats.",
    "L'épidémie est apparue en Chine en [décembre](date:2017-12).",
    "Les résultats seront publiés [le 5 février](date:2019-02-05).",
    "Les aides seront versées avant [le 31 janvier](date:2019-01-31).",
    "Depuis [janvier](date:2018-01), l'indice a perdu 43 %.",
    "Les dirigeants doivent se réunir à [la mi-novembre](date:2018-11).",
    "Il a été interpellé en [mars 2011](date:2011-03).",
    "Les mesures entrent en vigueur [mardi 1er janvier](date:2019-01-01).",
    "Les syndicats défileront à l'occasion du [1er-Mai](date:2019-05-01).",
    "Le match a eu lieu [le 16/06](date:2018-06-16).",
    "Les cours reprendront [le lundi 5 novembre](date:2018-11-05).",
    "Il revient le prochain [29 février](date:2020-02-29), "
    "ils sont nés un [29 février](date:XXXX-02-29).",
    "Sud-Rail a confirmé que le préavis était maintenu pour [le 16 février](date:2019-02-16).",
    "Kishida a promis des élections [le 31 octobre](date:2018-10-31).",
    "Le séisme a fait [vendredi 2](date:2018-11-02) des dégâts.",
    "Il est arrivé [le 25 octobre au soir](time:2018-10-25TEV), reparti "
    "[le 26 octobre au matin](time:2018-10-26TMO).",
]

ANCHORED = [
    # "dernier" goes back whatever the distance
    (REF, "Il a été libéré [le 15 novembre dernier](date:2017-11-15)."),
    # weeks of a month or of a day, school years
    (REF, "Le froid a été intense la [première semaine de janvier](date:2018-W01)."),
    (REF, "Il a été hospitalisé [la semaine du 8 octobre](date:2018-W41), pendant la semaine du "
          "goût."),
    (REF, "Le stade fermera la [dernière semaine d'août 2019](date:2019-W35)."),
    (REF, "Les groupes de niveau seront créés dès la [rentrée 2019](date:2019-09)."),
    ("2019-01-10", "Les élections auront lieu [les 15](date:2019-03-15) et "
                   "[22 mars 2019](date:2019-03-22)."),
]  # fmt: skip


@pytest.mark.parametrize("row", [*EXAMPLES, *ANCHORED])
def test_examples(nlp, row):
    check_row(nlp, row)


@pytest.mark.parametrize(
    ("year", "expected"), [("99", "1999-01-29"), ("49", "2049-01-29"), ("2004", "2004-01-29")]
)
def test_two_digit_years_fall_in_the_century_nearest_to_now(year, expected):
    found = numeric({"day": "29", "month": "01", "year": year}, context())
    assert (found.value, found.relative) == (expected, False)


def test_a_day_that_does_not_exist_is_dropped():
    assert numeric({"day": "31", "month": "02", "year": "2019"}, context()) is None


def test_day_slash_month_needs_an_article_and_follows_the_tense():
    groups = {"day": "16", "month": "06"}
    assert day_slash_month(groups, context("score 16/06", "16/06")) is None
    assert day_slash_month(groups, context("le 16/06", "16/06", way=PAST)).value == "2018-06-16"
    assert day_slash_month(groups, context("le 16/06", "16/06", way=FUTURE)).value == "2019-06-16"
    assert day_slash_month(groups, context("le 16/06", "16/06", reference=None)).value == (
        "XXXX-06-16"
    )


def test_day_of_month_reads_its_year_from_the_weekday_the_sentence_or_nothing():
    new_year = {"day": "1er", "month": "janvier", "weekday": "mardi"}
    assert day_month(new_year, context("mardi 1er janvier", "1er janvier")).value == "2019-01-01"
    leap = {"day": "29", "month": "février"}
    assert day_month(leap, context("nés un 29 février", "29 février")).value == "XXXX-02-29"
    evening = {"day": "25", "month": "octobre", "part": "soir"}
    found = day_month(evening, context(way=PAST))
    assert (found.type, found.value, found.day) == ("time", "2018-10-25TEV", dt.date(2018, 10, 25))


def test_month_takes_the_year_of_the_sentence_else_the_side_of_the_tense():
    groups = {"month": "mars", "pre": "en"}
    assert month(groups, context(way=FUTURE)).value == "2019-03"
    assert month(groups, context(way=FUTURE, sentence_year="2011")).value == "2011-03"
    assert month({"month": "Mars"}, context()) is None  # the planet, or a name


def test_weekday_and_day_number_find_the_nearest_month_that_fits():
    assert weekday_day({"day": "13", "weekday": "vendredi"}, context()).value == "2018-07-13"
    found = week_of_month({"month": "janvier", "ord": "première"}, context(reference=None))
    assert found.value == "XXXX-WXX"
