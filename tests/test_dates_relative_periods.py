"""relative_periods: weeks, months, years and seasons counted from the reference date or from the
period the text just named, as example tables (marks and reference date: tests/dates_marks.py),
then its resolvers called alone."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.components.dates.relative_periods import edge_of_unit, offset, relative_unit
from newsfacts.components.dates.resolved import Resolved
from newsfacts.components.dates.tense import FUTURE, PAST
from tests.dates_marks import REF, check_row, context

EXAMPLES = [
    # weeks, months, years relative to the reference
    "Il avait déjà tenu ces propos [la semaine dernière](date:2018-W43).",
    "Le vol sera rétabli [la semaine prochaine](date:2018-W45).",
    "Les ventes ont triplé [cette semaine](date:2018-W44).",
    "Le mouvement a paralysé le pays [ce week-end](date:2018-W43-WE).",
    "Il a tenu un meeting [le week-end dernier](date:2018-W43-WE).",
    "Le trafic avait progressé [le mois dernier](date:2018-09).",
    "Le taux sera révisé [le mois prochain](date:2018-11).",
    "Ils se retrouveront [l'an prochain](date:2019) au Mexique.",
    "[L'an dernier](date:2017), l'inflation est retombée à 2 %.",
    "Le chantier sera achevé en [fin d'année](date:2018).",
]

ANCHORED = [
    # "précédent", "suivant" count from the period just named; "dernier" from the reference
    (REF, "Le PIB a progressé au [premier trimestre](date:2018-Q1) par rapport au "
          "[trimestre précédent](date:2017-Q4)."),
    (REF, "En [mars 2011](date:2011-03), il a été arrêté. "
          "[Le mois suivant](date:2011-04), il a été libéré."),
    (REF, "En [mars 2011](date:2011-03), il a été arrêté. "
          "[Le mois dernier](date:2018-09), il a témoigné."),
    (REF, "En [2020](date:2020), 65 millions d'entrées, contre 213 millions [l'année précédente]"
          "(date:2019)."),
    (REF, "[Le mois suivant](date:2018-11), il a démissionné."),
    # sport seasons straddle years: vague references
    (REF, "C'est la quatrième fois [cette saison](date:PRESENT_REF) ; [la saison dernière]"
          "(date:PAST_REF), il avait gagné."),
    (REF, "La saison des pluies doit débuter."),
    (REF, "Le club espère battre pour la première fois de [la saison](date:PRESENT_REF) la barre "
          "des 30 000 spectateurs, et sa première victoire de la saison touristique."),
    # "N units plus tôt / plus tard": a date counted from the one the text speaks of
    ("2024-02-20", "Sur l'exercice [2023](date:2023), le chiffre d'affaires a progressé, contre "
                   "4,3 milliards [un an plus tôt](date:2022)."),
    (REF, "Il a été arrêté [le 3 mars 2015](date:2015-03-03). "
          "[Trois jours plus tard](date:2015-03-06), il a été libéré."),
    # the edge of a unit, told from the other side of its boundary
    (REF, "Le baril a bondi après la prolongation jusqu'à [la fin de l'année](date:2018) "
          "des coupes de production."),
    (REF, "Le ministre a annoncé en [fin de semaine](date:2018-W43) un plan d'urgence."),
    (REF, "Le ministre annoncera en [fin de semaine](date:2018-W44) un plan d'urgence."),
    (REF, "Le texte sera examiné en [début d'année](date:2019)."),
    (REF, "Le texte a été examiné en [début d'année](date:2018)."),
    (REF, "Les prix ont baissé à [la fin du mois dernier](date:2018-09)."),
]  # fmt: skip


@pytest.mark.parametrize("row", [*EXAMPLES, *ANCHORED])
def test_examples(nlp, row):
    check_row(nlp, row)


def test_precedent_and_suivant_count_from_the_period_just_named_dernier_from_the_reference():
    after_q1 = context(last_period=Resolved("date", "2018-Q1", True))
    previous_quarter = {"det": "le", "unit": "trimestre", "adj": "précédent"}
    assert relative_unit(previous_quarter, after_q1).value == "2017-Q4"
    after_march_2011 = context(last_period=Resolved("date", "2011-03", False))
    last_month = {"det": "le", "unit": "mois", "adj": "dernier"}
    assert relative_unit(last_month, after_march_2011).value == "2018-09"
    assert relative_unit({"det": "la", "unit": "semaine"}, context()) is None  # no adjective


def test_a_weekend_said_on_a_monday_in_the_past_is_the_one_just_gone():
    found = relative_unit({"det": "ce", "unit": "week-end"}, context(way=PAST))
    assert found.value == "2018-W43-WE"


def test_an_offset_counts_from_the_period_or_day_just_named():
    a_year_before = {"unit": "an", "num": "un", "dir": "plus tôt"}
    assert offset(a_year_before, context(last_period=Resolved("date", "2023", False))).value == (
        "2022"
    )
    three_days_after = {"unit": "jours", "num": "trois", "dir": "plus tard"}
    after_arrest = context(last_day=dt.date(2015, 3, 3))
    assert offset(three_days_after, after_arrest).value == "2015-03-06"
    some_years_later = {"unit": "ans", "num": "quelques", "dir": "plus tard"}
    assert offset(some_years_later, context()).value == "FUTURE_REF"


def test_the_edge_of_a_unit_takes_the_side_of_the_tense_near_its_boundary():
    weekend = {"edge": "fin", "unit": "semaine"}
    said = "en fin de semaine"
    assert edge_of_unit(weekend, context(said, "fin de semaine", way=PAST)).value == "2018-W43"
    assert edge_of_unit(weekend, context(said, "fin de semaine", way=FUTURE)).value == "2018-W44"
    last_month = {"edge": "fin", "unit": "mois", "adj": "dernier"}
    assert edge_of_unit(last_month, context("la fin du mois dernier", "fin")).value == "2018-09"
    feast = context("une fête de fin d'année", "fin d'année")
    assert edge_of_unit({"edge": "fin", "unit": "année"}, feast) is None
