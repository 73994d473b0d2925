"""relative_days: days counted from the reference date or from the day the text last spoke of,
as example tables (marks and reference date: tests/dates_marks.py), then its resolvers alone."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.components.dates.relative_days import (
    anaphoric,
    deictic,
    night,
    this_part,
    weekday,
    weekday_range,
    weekend,
)
from newsfacts.components.dates.tense import FUTURE, PAST
from tests.dates_marks import REF, check_row, context

EXAMPLES = [
    # weekdays: past tense -> on or before the reference, future/present -> on or after
    "Ils ont fait une pause [dimanche](date:2018-10-28) à Tapanatepec.",
    "Le ministre a prévu une conférence [lundi](date:2018-10-29) à [16H00](time:2018-10-29T16:00).",
    "La finale aura lieu [jeudi](date:2018-11-01) au Stade de France.",
    "Les syndicats appellent à un nouvel acte [samedi](date:2018-11-03).",
    "D'autres rassemblements sont prévus [mardi](date:2018-10-30) à Lyon.",
    "Air France reprendrait à partir de [lundi](date:2018-10-29) ses liaisons.",
    "Le sondage publié [dimanche](date:2018-10-28) le place en tête.",
    "Le procès s'était ouvert [jeudi dernier](date:2018-10-25).",
    "Les ministres se réuniront [mardi prochain](date:2018-10-30) à Bruxelles.",
    "[Ce lundi](date:2018-10-29), il soufflera ses bougies.",
    "La caravane devait repartir [lundi matin](time:2018-10-29TMO).",
    "Le président s'est exprimé [jeudi soir](time:2018-10-25TEV) sur TF1.",
    "Le sommet s'est achevé [vendredi après-midi](time:2018-10-26TAF).",
    # deictic words and parts of day; today as the present age
    "Il a été libéré [hier](date:2018-10-28), [avant-hier](date:2018-10-27) selon d'autres.",
    "Le bureau se réunira [demain](date:2018-10-30) à Paris.",
    "[Aujourd'hui](date:2018-10-29), c'est mon jour.",
    "Le ministre a indiqué [ce matin](time:2018-10-29TMO) que le brevet serait reporté.",
    "Elle a annoncé [hier soir](time:2018-10-28TEV) sa candidature.",
    "La mairie organise [ce soir](time:2018-10-29TEV) à [20H00](time:2018-10-29T20:00) "
    "une réception.",
    "Le drame pèse encore [aujourd'hui](date:PRESENT_REF) sur la ville, a-t-il dit "
    "[aujourd'hui](date:2018-10-29).",
    # anaphora: the day before/after the date the text last mentioned
    "Le palmarès sera dévoilé [le samedi 17 février 2007](date:2007-02-17). Les films "
    "seront projetés [le lendemain](date:2007-02-18).",
    "Le couvre-feu commence [mercredi](date:2018-10-31). [La veille](date:2018-10-30), rien.",
    "Elle a réuni [mardi](date:2018-10-23) les élus, à [la veille](date:2018-10-23) d'un vote.",
    # "du lundi au vendredi": a habit in the present; in a narration, the end after the start
    "Le marché est ouvert du [lundi](set:XXXX-WXX-1) au [vendredi](set:XXXX-WXX-5).",
    "Le festival aura lieu du [vendredi](date:2018-11-02) au [lundi](date:2018-11-05).",
    "Le sommet s'est tenu du [samedi](date:2018-10-27) au [lundi](date:2018-10-29).",
    # "le jeudi": a habit in the present, a day in a narrated past
    "Il est arrivé à Paris [le jeudi](date:2018-10-25), et reparti [le vendredi](date:2018-10-26).",
    "La piscine est ouverte en nocturne [le jeudi](set:XXXX-WXX-4).",
    # nights and evenings of a day; "ce soir-là": the day the text spoke of
    "Un incendie a ravagé dans [la nuit de dimanche à lundi](time:2018-10-28TNI) un entrepôt.",
    "Le bijoutier a été tué dans [la nuit du 3 au 4 mars 2011](time:2011-03-03TNI).",
    "La réunion aura lieu dans [la soirée de mardi](time:2018-10-30TEV).",
    "[Le 3 mai](date:2018-05-03), il pleuvait. [Ce soir-là](time:2018-05-03TEV), tout a brûlé.",
]

ANCHORED = [
    # "suivant" counts from the day just named
    (REF, "Il a été arrêté [le 3 mars 2015](date:2015-03-03) et libéré "
          "[le lundi suivant](date:2015-03-09)."),
]  # fmt: skip


@pytest.mark.parametrize("row", [*EXAMPLES, *ANCHORED])
def test_examples(nlp, row):
    check_row(nlp, row)


def test_deictic_words_count_days_from_the_reference():
    assert deictic({"word": "avant-hier"}, context()).value == "2018-10-27"
    found = deictic({"word": "demain", "part": "soir"}, context())
    assert (found.type, found.value, found.part) == ("time", "2018-10-30TEV", "EV")
    nowadays = context("encore aujourd'hui", "aujourd'hui")
    assert deictic({"word": "aujourd'hui"}, nowadays).value == "PRESENT_REF"


def test_anaphoric_days_count_from_the_day_last_spoken_of_unless_a_complement_follows():
    after = context("le lendemain", "lendemain", last_day=dt.date(2007, 2, 17))
    assert anaphoric({"word": "lendemain"}, after).value == "2007-02-18"
    eve_of = context("la veille d'un vote", "veille", last_day=dt.date(2018, 10, 23))
    assert anaphoric({"word": "veille"}, eve_of).value == "2018-10-23"
    that_evening = context(last_day=dt.date(2018, 5, 3))
    assert this_part({"part": "soir", "there": "-là"}, that_evening).value == "2018-05-03TEV"


def test_le_jeudi_is_a_habit_unless_narrated():
    habit = weekday({"weekday": "jeudi", "det": "le"}, context("le jeudi", "jeudi"))
    assert (habit.type, habit.value) == ("set", "XXXX-WXX-4")
    narrated = weekday({"weekday": "jeudi", "det": "le"}, context("le jeudi", "jeudi", way=PAST))
    assert (narrated.type, narrated.value) == ("date", "2018-10-25")
    following = context("lundi suivant", "lundi", way=FUTURE, last_day=dt.date(2015, 3, 3))
    assert weekday({"weekday": "lundi", "adj": "suivant"}, following).value == "2015-03-09"


def test_a_weekday_range_in_the_past_ends_on_or_before_the_reference():
    days = {"wd1": "samedi", "wd2": "lundi"}
    assert weekday_range(days, context(way=PAST)).value == "2018-10-27"
    assert weekday_range(days | {"end": "lundi"}, context(way=PAST)).value == "2018-10-29"
    assert weekday_range({"wd1": "lundi", "wd2": "vendredi"}, context()).type == "set"


def test_a_weekend_said_on_a_weekday_is_the_last_one_in_the_past_the_next_one_ahead():
    assert weekend({}, context(way=PAST)).value == "2018-W43-WE"
    assert weekend({}, context(way=FUTURE)).value == "2018-W44-WE"
    assert weekend({}, context(reference=None)).value == "XXXX-WXX-WE"
    assert night({}, context()).value == "2018-10-28TNI"  # "la nuit dernière"
