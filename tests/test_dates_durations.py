"""durations: lengths of time as ISO 8601 durations, as example tables (marks and reference
date: tests/dates_marks.py), then its resolvers called alone."""

from __future__ import annotations

import pytest

from newsfacts.components.dates.durations import (
    ago,
    clock_duration,
    duration,
    duration_value,
    half_duration,
    hours_minutes,
)
from tests.dates_marks import REF, check_row, context

EXAMPLES = [
    "Il a été condamné à [10 ans](duration:P10Y) de prison.",
    "Elle a couru le 200 m en [22,31 secondes](duration:PT22.31S).",
    "Il a gagné en [2 h 06 min 26 s](duration:PT2H6M26S), un record.",
    "Il était en détention provisoire depuis [22 mois](duration:P22M).",
    "Nous resterons vigilants pendant [plusieurs semaines](duration:PXW).",
    "L'intrusion a eu lieu [quelques heures](duration:PTXH) plus tôt.",
    "Il reviendra dans [deux ans et demi](duration:P2Y6M).",
    "Il a parlé pendant [une demi-heure](duration:PT30M), puis [un quart d'heure](duration:PT15M).",
    "Il a pris [une quinzaine de jours](duration:P15D) de repos.",
    "Le réchauffement [des dix dernières années](duration:P10Y) inquiète.",
    "La semaine de [quatre jours](duration:P4D) divise les enseignants.",
    "Il a travaillé [toute la semaine](duration:P1W) et vit ici depuis [des années](duration:PXY).",
    "Il a remporté la course en [2 min 05 s 85](duration:PT2M5.85S), un record.",
    "Le tournage a duré [onze semaines](duration:P11W) à [l'automne 2005](date:2005-FA).",
    # "il y a", "dans": the length alone is tagged, as a duration
    "Il y a [trois ans](duration:P3Y), son film avait été sélectionné.",
    "Il y a [un mois](duration:P1M), il recueillait 17 %.",
    "Un sommet pourrait se tenir dans [deux semaines](duration:P2W).",
    "L'épreuve aura lieu dans [trois jours](duration:P3D).",
    # hours and minutes of a length
    "[Quatre heures quarante](duration:PT4H40M) de spectacle, [une heure vingt](duration:PT1H20M)"
    " d'entracte.",
    "Après [deux heures trente](duration:PT2H30M) de débat, le texte est adopté.",
    "Il a attendu [deux heures](duration:PT2H), trois policiers sont venus.",
    # an unknown number of units as the object of waiting or spending
    "Elle attendait, parfois [des heures](duration:PTXH) ; cela prendra [des mois](duration:PXM).",
    "Les salariés ont fait des heures supplémentaires et pris des jours fériés.",
    # league rounds are no length of time; strike days are
    "Le troisième succès en neuf journées, le club compte 15 points au classement.",
    "Après [trois journées](duration:P3D) de grève, le match a eu lieu.",
    "Le club compte 12 points d'avance à dix journées de la fin.",
    "Il a couru le 100 m en [9,58 s](duration:PT9.58S) ; les 2 s'entraînent.",
    "Les 24 Heures du Mans ont souri à Toyota.",
]

ANCHORED = [
    # a length of time, or a period described
    (REF, "Ils ont perdu 2 mètres en [2017](date:2017), une année pourtant neigeuse."),
    ("2025-01-09", "Les équipes sont épuisées après un mois de [décembre](date:2024-12) chargé."),
    (REF, "[Le 3 mars](date:2018-03-03), [une semaine](duration:P1W) après son arrivée, "
          "il est reparti."),
    (REF, "Il a passé [un mois](duration:P1M) de repos et [une année](duration:P1Y) à Paris."),
    # a clock length, or a length before a complement, stays a length
    (REF, "Moins de [dix minutes](duration:PT10M) plus tard, Simon égalise, [trois jours]"
          "(duration:P3D) après la victoire."),
    # TIMEX3 keeps quarters, decades and centuries as units
    (REF, "Le PIB a stagné après [deux trimestres](duration:P2Q) de contraction et "
          "[des décennies](duration:PXDE) d'inaction."),
    (REF, "Ils ont manqué de maîtrise dans [le dernier quart d'heure](duration:PT15M)."),
    (REF, "Il a été arrêté il y a [une dizaine de jours](duration:P10D)."),
]  # fmt: skip


@pytest.mark.parametrize("row", [*EXAMPLES, *ANCHORED])
def test_examples(nlp, row):
    check_row(nlp, row)


def test_duration_value_leaves_out_the_units_that_are_zero():
    assert duration_value(2, 40, 0) == "PT2H40M"
    assert duration_value(0, 0, 5) == "PT5S"


@pytest.mark.parametrize(
    ("text", "num", "unit", "expected"),
    [("deux ans", "deux", "ans", "P2Y"), ("deux semestres", "deux", "semestres", "P12M"),
     ("Les 24 Heures du Mans", "24", "Heures", None),
     ("2000 est une année bissextile", "une", "année", None),
     ("une seconde fois", "une", "seconde", None),
     ("Le troisième succès en neuf journées, avec 15 points.", "neuf", "journées", None)],
)  # fmt: skip
def test_a_unit_that_names_something_else_than_a_length_is_dropped(text, num, unit, expected):
    found = duration({"num": num, "unit": unit}, context(text, f"{num} {unit}"))
    assert (found.value if found else None) == expected


def test_halves_clock_lengths_and_hours_in_words():
    two_and_a_half = {"num": "deux", "unit": "ans"}
    assert half_duration(two_and_a_half, context("x")).value == "P2Y6M"
    assert half_duration({"num": "deux", "unit": "heures"}, context("x")).value == "PT2H30M"
    assert clock_duration({"h": "2", "m": "06", "s": "26"}, context()).value == "PT2H6M26S"
    assert clock_duration({"m": "2", "s": "05", "cs": "85"}, context()).value == "PT2M5.85S"
    assert hours_minutes({"num": "quatre", "min": "quarante"}, context()).value == "PT4H40M"
    assert hours_minutes({"num": "quatre", "min": "soixante"}, context()) is None


def test_il_y_a_counts_a_length():
    assert ago({"num": "trois", "unit": "ans"}, context()).value == "P3Y"
    assert ago({"approx": "quinzaine", "unit": "jours"}, context()).value == "P15D"
