"""clock_times: times of the day, as example tables (marks and reference date:
tests/dates_marks.py), then its resolvers called alone."""

from __future__ import annotations

import pytest

from newsfacts.components.dates.clock_times import clock, noon, part_of_day
from tests.dates_marks import REF, check_row, context

EXAMPLES = [
    "Le rassemblement s'est dispersé vers [21h45](time:2018-10-29T21:45).",
    "Une réunion se tiendra [samedi](date:2018-11-03) à [16 h 30](time:2018-11-03T16:30).",
    "Conférence [lundi](date:2018-10-29) à [16H00](time:2018-10-29T16:00) "
    "([20H00 GMT](time:2018-10-29T20:00Z)).",
    "La finale aura lieu [jeudi](date:2018-11-01) à [20H30 heure locale](time:2018-11-01T20:30).",
    "Un rassemblement est prévu à [midi](time:2018-10-29T12:00) devant la Bourse.",
    "Le vote est prévu [vendredi](date:2018-11-02) à [minuit](time:2018-11-03T00:00).",
    "La circulation sera interdite de [18H00](time:2018-10-29T18:00) à "
    "[6H00](time:2018-10-30T06:00).",
    "Alertés vers [2H15](time:2018-10-29T02:15), les secours sont arrivés vite.",
    "Il est arrivé [mardi dans la soirée](time:2018-10-23TEV).",
    "La fête aura lieu [vendredi 2 novembre](date:2018-11-02), de "
    "[18 h](time:2018-11-02T18:00) à [minuit](time:2018-11-03T00:00).",
    "Le concert aura lieu à [20 h 30](time:2018-11-03T20:30) [samedi](date:2018-11-03).",
    "Les pompiers sont intervenus [hier](date:2018-10-28) vers [23 h 30](time:2018-10-28T23:30).",
    "La Bourse a ouvert [mardi 30 octobre](date:2018-10-30) à [9H00](time:2018-10-30T09:00).",
    "Le train part à [8 heures 15](time:2018-10-29T08:15).",
    # a clock written as a length is a duration; a score, a name, "24h/24" are no times
    "Une fresque de [2 h 40](duration:PT2H40M) tournée en Sibérie.",
    "Ouvert 24h/24, score 3/1, soit 1/2 des voix, à Midi-Pyrénées.",
]

ANCHORED = [
    # parts of the day, on their own or after a day
    (REF, "Les dirigeants se sont séparés [vendredi au petit matin](time:2018-10-26TMO)."),
    (REF, "Les négociations reprendront en [début d'après-midi](time:2018-10-29TAF)."),
    (REF, "Le sommet s'est achevé à [la mi-journée](time:2018-10-29T12:00)."),
    (REF, "Le pic est attendu en [fin de journée](time:2018-10-29TEV), le vent en "
          "[début de journée](time:2018-10-29TMO)."),
    (REF, "Il a été arrêté [samedi à l'aube](time:2018-10-27TMO), à l'aube d'un vote, et "
          "relâché à [la tombée de la nuit](time:2018-10-27TEV)."),
]  # fmt: skip


@pytest.mark.parametrize("row", [*EXAMPLES, *ANCHORED])
def test_examples(nlp, row):
    check_row(nlp, row)


@pytest.mark.parametrize(
    ("groups", "expected"),
    [({"h": "8", "m": "30", "part": "soir"}, "T20:30"), ({"h": "20", "m": "00", "tz": "GMT"},
     "T20:00Z"), ({"h": "24"}, "T00:00"), ({"h": "25"}, None), ({"h": "24", "m": "10"}, None)],
)  # fmt: skip
def test_clock_times(groups, expected):
    found = clock(groups, context())
    assert (found.value if found else None) == expected


def test_a_clock_after_a_length_cue_is_a_duration_unless_a_range_follows():
    length = clock({"h": "2", "m": "40"}, context("une fresque de 2 h 40", "2 h 40", kind="clock"))
    assert (length.type, length.value) == ("duration", "PT2H40M")
    start = clock({"h": "18", "m": "00"}, context("de 18H00 à 6H00", "18H00", kind="clock"))
    assert (start.type, start.value) == ("time", "T18:00")


def test_noon_midnight_and_parts_of_the_day():
    assert noon({"word": "Midi"}, context()) is None  # "le Midi", "Midi-Pyrénées"
    midnight = noon({"word": "minuit"}, context())
    assert (midnight.value, midnight.next_day) == ("T00:00", True)
    assert part_of_day({"edge": "fin"}, context()).value == "TEV"
    assert part_of_day({"dawn": "aube"}, context()).value == "TMO"
    assert part_of_day({"part": "soirée"}, context()).value == "TEV"
