"""resolved: what a resolver gets (the context of its match) and gives back."""

from __future__ import annotations

import datetime as dt

from newsfacts.components.dates.resolved import Resolved, day_or_time, unknown_day
from tests.dates_marks import context


def test_the_words_around_a_match_are_lowercased_with_straight_apostrophes():
    ctx = context("Il l’a dit HIER Soir à l’AFP", "HIER")
    assert ctx.before() == "il l'a dit "
    assert ctx.after(6) == " soir "
    assert ctx.after() == " soir à l'afp"


def test_a_day_with_a_part_is_a_time_on_that_day():
    monday = dt.date(2018, 10, 29)
    assert day_or_time(monday, True) == Resolved("date", "2018-10-29", True, monday)
    evening = day_or_time(monday, True, "EV")
    assert (evening.type, evening.value, evening.day, evening.part) == (
        "time",
        "2018-10-29TEV",
        monday,
        "EV",
    )


def test_an_unknown_day_keeps_its_part_and_the_payload_only_the_schema_fields():
    assert unknown_day().payload() == {"type": "date", "value": "XXXX-XX-XX", "relative": True}
    assert unknown_day("MO").payload() == {
        "type": "time",
        "value": "XXXX-XX-XXTMO",
        "relative": True,
    }
