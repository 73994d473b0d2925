"""Days, weeks and months named by the calendar: "le 13 octobre", "13/10/2018", "mai 68",
"vendredi 13", "la première semaine de janvier". A day or month without its year takes the year
of the sentence, else the nearest one on the side the tense points to.
"""

from __future__ import annotations

import datetime as dt
import re

from newsfacts.components.dates import calendar_math as cal
from newsfacts.components.dates.resolved import Context, Resolved
from newsfacts.components.dates.words import adjective_step, day_number, month_number, part_code
from newsfacts.lexicons.calendar import WEEKDAYS
from newsfacts.lexicons.dates import WEEK_ORDINALS

GENERIC_BEFORE = re.compile(r"\b(?:un|chaque|tous\s+les)\s+\Z")


def _day_value(day: dt.date | None, month: int, number_: int, year: int | None = None) -> str:
    if day is not None:
        return day.isoformat()
    year_part = f"{year:04d}" if year else "XXXX"
    return f"{year_part}-{month:02d}-{number_:02d}"


def day_month(g: dict, ctx: Context) -> Resolved | None:
    found = _day_of_month(g, ctx)
    part = part_code(g.get("part"))
    if found is None or not part:
        return found
    return Resolved("time", f"{found.value}T{part}", found.relative, found.day, part)


def _day_of_month(g: dict, ctx: Context) -> Resolved | None:
    month, number_ = month_number(g["month"]), day_number(g["day"])
    if g.get("yy"):  # "le 10 novembre 93"
        g = g | {"year": str(int(g["yy"]) + (1900 if int(g["yy"]) >= 30 else 2000))}
    if g.get("year"):
        day = cal.safe_date(int(g["year"]), month, number_)
        return Resolved("date", _day_value(day, month, number_, int(g["year"])), False, day)
    if ctx.reference is None or GENERIC_BEFORE.search(ctx.before(12)):
        return Resolved("date", _day_value(None, month, number_), True)  # "nés un 29 février"
    if ctx.extra.get("sentence_year"):
        year_ = int(ctx.extra["sentence_year"])
        day = cal.safe_date(year_, month, number_)
        return Resolved("date", _day_value(day, month, number_, year_), False, day)
    step = _step_before(ctx.before(20)) or adjective_step((g.get("adj") or "").lower())
    if step:  # "le prochain 29 février", "le 15 novembre dernier" (even 11 months back)
        day = cal.next_existing_day(month, number_, ctx.reference, step)
        return Resolved("date", day.isoformat(), True, day) if day else None
    weekday = g.get("weekday")
    if weekday:  # "mardi 1er janvier": the weekday tells the year
        for year in (ctx.reference.year, ctx.reference.year + 1, ctx.reference.year - 1):
            day = cal.safe_date(year, month, number_)
            if day and day.weekday() == WEEKDAYS[weekday.lower()]:
                return Resolved("date", day.isoformat(), True, day)
    day = cal.nearest_day(
        lambda y: cal.safe_date(y, month, number_), ctx.reference, ctx.direction()
    )
    if day is None:
        return None
    return Resolved("date", day.isoformat(), True, day)


def _step_before(before: str) -> int:
    if re.search(r"\b(?:le|la|du|au)\s+prochaine?\s+\Z", before):
        return 1
    if re.search(r"\b(?:le|la|du|au)\s+derni(?:er|ère)\s+\Z", before):
        return -1
    return 0


def numeric(g: dict, ctx: Context) -> Resolved | None:
    year = int(g["year"])
    if year < 100:
        year += 1900 if year >= 50 else 2000
    day = cal.safe_date(year, int(g["month"]), int(g["day"]))
    return Resolved("date", day.isoformat(), False, day) if day else None


def day_slash_month(g: dict, ctx: Context) -> Resolved | None:
    if not re.search(r"\b(?:le|du|au|ce|dès\s+le|depuis\s+le)\s+\Z", ctx.before(12)):
        return None  # "16/06" is a date only as "le 16/06": else a score, a ratio, a fraction
    number_, month_ = int(g["day"]), int(g["month"])
    if not 1 <= number_ <= 31:
        return None
    if ctx.reference is None:
        return Resolved("date", f"XXXX-{month_:02d}-{number_:02d}", True)
    day = cal.nearest_day(
        lambda y: cal.safe_date(y, month_, number_), ctx.reference, ctx.direction()
    )
    return Resolved("date", day.isoformat(), True, day) if day else None


def weekday_day(g: dict, ctx: Context) -> Resolved | None:
    """ "vendredi 13": the nearest month around the reference where the 13th is a Friday."""
    number_, wanted = day_number(g["day"]), WEEKDAYS[g["weekday"].lower()]
    if ctx.reference is None:
        return Resolved("date", f"XXXX-XX-{number_:02d}", True)
    for offset in (0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6):
        y, m = cal.add_months(ctx.reference.year, ctx.reference.month, offset)
        day = cal.safe_date(y, m, number_)
        if day is not None and day.weekday() == wanted:
            return Resolved("date", day.isoformat(), True, day)
    return None


def month(g: dict, ctx: Context) -> Resolved | None:
    if g["month"] == "Mars" and not g.get("pre"):
        return None  # the planet, or a name
    number_ = month_number(g["month"])
    if ctx.extra.get("sentence_year"):
        return Resolved("date", f"{ctx.extra['sentence_year']}-{number_:02d}", False)
    if ctx.reference is None:
        return Resolved("date", f"XXXX-{number_:02d}", True)
    year = cal.nearest_month_year(number_, ctx.reference, ctx.direction())
    return Resolved("date", f"{year}-{number_:02d}", True)


def month_year(g: dict, ctx: Context) -> Resolved:
    if g.get("year"):
        year = int(g["year"])
    else:
        year = int(g["yy"]) + (1900 if int(g["yy"]) >= 30 else 2000)
    return Resolved("date", f"{year}-{month_number(g['month']):02d}", False)


def month_list(g: dict, ctx: Context) -> Resolved:
    return Resolved("date", f"{g['year']}-{month_number(g['m1']):02d}", False)


def rentree(g: dict, ctx: Context) -> Resolved:
    return Resolved("date", f"{g['year']}-09", False)


def week_of_month(g: dict, ctx: Context) -> Resolved | None:
    """ "la première semaine de janvier": ISO weeks belong to the month of their Thursday."""
    number_ = month_number(g["month"])
    if g.get("year") or ctx.extra.get("sentence_year"):
        year_ = int(g.get("year") or ctx.extra["sentence_year"])
    elif ctx.reference is not None:
        year_ = cal.nearest_month_year(number_, ctx.reference, ctx.direction())
    else:
        return Resolved("date", "XXXX-WXX", True)
    ordinal = WEEK_ORDINALS[g["ord"].lower()]
    thursday = cal.nth_thursday(year_, number_, ordinal)
    return Resolved("date", cal.iso_week(thursday), not g.get("year"))


def week_of_day(g: dict, ctx: Context) -> Resolved | None:
    day = day_month(g, ctx)
    if day is None or day.day is None:
        return Resolved("date", "XXXX-WXX", True) if day is not None else None
    return Resolved("date", cal.iso_week(day.day), day.relative)
