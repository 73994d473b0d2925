"""years: years, decades, centuries, and the seasons, quarters and halves of a year, as example
tables (marks and reference date: tests/dates_marks.py), then its resolvers called alone."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.components.dates.tense import FUTURE, PAST
from newsfacts.components.dates.years import century, decade, quarter, season, year
from tests.dates_marks import REF, check_row, context

EXAMPLES = [
    # years, decades, centuries
    "Il a été élu en [2001](date:2001) et réélu [l'année 2006](date:2006).",
    "Le bâtiment a été construit dans [les années 1960](date:196).",
    "Leur plus faible niveau depuis [les années 90](date:199).",
    "Le passage à [l'an 2000](date:2000) s'est bien passé.",
    "La révolution industrielle du [XIXe siècle](date:18) a tout changé.",
    "Au [19e siècle](date:18), rien de tel.",
    # quarters, halves and seasons
    "Le PIB a reculé au [troisième trimestre](date:2018-Q3).",
    "La Guadeloupéenne s'entraîne depuis [l'automne dernier](date:2017-FA).",
    "Il fera chaud [cet été](date:2018-SU).",
    # a number that counts or codes something is no year; nor is a season with a name
    "La mission avait mobilisé quelque 2000 techniciens.",
    "Le vol AF 1234 a été annulé.",
    "Les Italiens peuvent appeler le 1500, le numéro gratuit.",
    "Le printemps arabe a surpris les diplomates.",
]

ANCHORED = [
    # quarters named alone or with their year, far years
    (REF, "Le chômage est resté stable au [dernier trimestre de 2017](date:2017-Q4), et "
          "l'investissement a reculé pour le deuxième trimestre consécutif."),
    (REF, "Le PIB devrait croître au [second semestre](date:2018-H2)."),
    (REF, "Seuls les grands glaciers subsisteront au-delà de [2100](date:2100)."),
    (REF, "Les 2100 salariés ont fait grève."),
    # a season named alone takes the side of the tense; the one the reference lies in stays
    ("2025-03-12", "L'exécutif a survécu à six motions depuis [l'automne](date:2024-FA)."),
    ("2025-03-12", "Les élections auront lieu à [l'automne](date:2025-FA)."),
    ("2025-10-12", "Le festival aura lieu à [l'été](date:2026-SU)."),
    (REF, "Il fera froid [cet hiver](date:2018-WI)."),
    ("2019-01-10", "La croissance restera faible au [premier semestre 2019](date:2019-H1)."),
]  # fmt: skip


@pytest.mark.parametrize("row", [*EXAMPLES, *ANCHORED])
def test_examples(nlp, row):
    check_row(nlp, row)


@pytest.mark.parametrize(
    ("groups", "expected"),
    [({"roman": "XXI"}, "20"), ({"roman": "IV"}, "03"), ({"number": "19"}, "18"),
     ({"roman": "XXV"}, None)],
)  # fmt: skip
def test_centuries_are_numbered_from_zero_and_stop_at_the_21st(groups, expected):
    found = century(groups, context())
    assert (found.value if found else None) == expected


def test_decades_keep_three_digits():
    assert decade({"decade": "90"}, context()).value == "199"
    assert decade({"decade": "1960"}, context()).value == "196"


def test_the_last_quarter_is_the_one_before_the_current_one():
    february = context(reference=dt.date(2019, 2, 10))
    assert quarter({"unit": "trimestre", "ord": "dernier"}, february).value == "2018-Q4"
    found = quarter({"unit": "trimestre", "ord": "dernier", "year": "2023"}, context())
    assert (found.value, found.relative) == ("2023-Q4", False)


def test_a_season_takes_the_side_of_the_tense_unless_it_names_something():
    october = context(reference=dt.date(2025, 10, 12), way=FUTURE)
    assert season({"season": "été", "det": "l'"}, october).value == "2026-SU"
    assert season({"season": "hiver", "det": "l'"}, context(way=PAST)).value == "2018-WI"
    assert season({"season": "printemps", "det": "le "}, context()) is None  # "printemps arabe"


@pytest.mark.parametrize(
    ("text", "number", "is_year"),
    [("élu en 2001", "2001", True), ("quelque 2000 techniciens", "2000", False),
     ("le vol AF 1234", "1234", False)],
)  # fmt: skip
def test_a_number_that_counts_or_codes_is_no_year(text, number, is_year):
    assert (year({"year": number}, context(text, number)) is not None) is is_year
