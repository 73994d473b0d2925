"""Weeks, months, years and seasons counted from the reference date or from the period the text
just named: "le mois dernier", "le trimestre précédent", "un an plus tôt", "en fin d'année".
"""

from __future__ import annotations

import datetime as dt
import re

from newsfacts.components.dates import calendar_math as cal
from newsfacts.components.dates.resolved import Context, Resolved, day_or_time
from newsfacts.components.dates.tense import FUTURE, PAST
from newsfacts.components.dates.words import ANAPHORIC_ADJECTIVES, adjective_step, number
from newsfacts.lexicons.dates import UNITS


def relative_unit(g: dict, ctx: Context) -> Resolved | None:
    det, unit = g["det"].lower(), g["unit"].lower().replace("weekend", "week-end")
    adj = (g.get("adj") or "").lower()
    if unit == "saison" and re.match(r"\s*\d", ctx.after(3)):
        return None  # "cette saison 2002/2003": the years say it
    if unit == "saison" and not adj and _season_of_a_record(det, ctx):
        return Resolved("date", "PRESENT_REF", True)
    if not adj and det not in ("ce", "cette", "cet") and not g.get("current"):
        return None  # "la semaine de quatre jours", "l'année" alone
    offset = adjective_step(adj)
    ref = ctx.reference
    if adj.startswith(ANAPHORIC_ADJECTIVES) and unit != "week-end":
        anchor = _period_anchor(ctx.extra.get("last_period"), unit)
        if anchor is not None:  # "au trimestre précédent": the one before the quarter just named
            ref = anchor
    if unit == "semaine":
        if ref is None:
            return Resolved("date", "XXXX-WXX", True)
        return Resolved("date", cal.iso_week(ref + dt.timedelta(weeks=offset)), True)
    if unit == "week-end":
        if ref is None:
            return Resolved("date", "XXXX-WXX-WE", True)
        if offset == 0 and ref.weekday() < 5 and ctx.direction().way == PAST:
            offset = -1  # "a paralysé ce week-end", said on a Monday
        elif offset == 1 and ref.weekday() < 5:
            offset = 0  # "le week-end prochain" on a weekday: the coming one
        return Resolved("date", cal.iso_week(ref + dt.timedelta(weeks=offset)) + "-WE", True)
    if unit == "mois":
        if ref is None:
            return Resolved("date", "XXXX-XX", True)
        y, m = cal.add_months(ref.year, ref.month, offset)
        return Resolved("date", f"{y}-{m:02d}", True)
    if unit in ("année", "an"):
        return Resolved("date", str(ref.year + offset) if ref else "XXXX", True)
    if unit in ("trimestre", "semestre"):
        if ref is None:
            return Resolved("date", "XXXX-QX", True)
        size, letter = (3, "Q") if unit == "trimestre" else (6, "H")
        y, m = cal.add_months(ref.year, ref.month, offset * size)
        return Resolved("date", f"{y}-{letter}{(m - 1) // size + 1}", True)
    if unit == "siècle":
        return Resolved("date", f"{ref.year // 100 + offset:02d}" if ref else "XX", True)
    if unit == "saison":  # sport and culture seasons straddle the calendar: a vague reference
        return Resolved("date", {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[offset], True)
    return None


# "sa première victoire de la saison", "le meilleur buteur de la saison": a rank within a season
# is a rank within the current one
_RANK_BEFORE = re.compile(
    r"\b(?:premi[eè]re?|\w+i[eè]me|\d+e|seule?|meilleure?|pire|plus|moins)\b[^.!?;]{0,40}"
    r"\bde\s+\Z"
)
_SEASON_COMPLEMENT = re.compile(r"\s+(?:de|des|du|d'|\d)|\s+\w+(?:ale|ique|ière|ier|ive|aire)s?\b")


def _season_of_a_record(det: str, ctx: Context) -> bool:
    """ "pour la première fois de la saison": the current season; not "la saison des pluies",
    "la saison touristique" (a complement names another kind of season)."""
    if det != "la" or _SEASON_COMPLEMENT.match(ctx.after(20)):
        return False
    return bool(_RANK_BEFORE.search(ctx.before(60)))


_PERIOD_PARTS = re.compile(r"(\d{4})(?:-(?:Q(\d)|H(\d)|W(\d\d)|(\d\d)(?:-(\d\d))?))?")
# How fine the named period must be for each unit: a quarter needs a month, a week a day.
_NEEDED_GRAIN = {"an": 1, "année": 1, "mois": 2, "trimestre": 2, "semestre": 2, "siècle": 1,
                 "semaine": 3}  # fmt: skip


def _period_anchor(period: Resolved | None, unit: str) -> dt.date | None:
    """A day inside the period the text last named, when it is fine enough for ``unit``."""
    if period is None:
        return None
    match = _PERIOD_PARTS.match(period.value)
    if match is None:
        return None
    year_, quarter_, half, week, month_, day = match.groups()
    if day:
        return cal.safe_date(int(year_), int(month_), int(day)) or None
    if week:
        grain, found = 3, dt.date.fromisocalendar(int(year_), int(week), 1)
    elif month_ or quarter_ or half:
        if month_:
            first = int(month_)
        elif quarter_:
            first = (int(quarter_) - 1) * 3 + 1
        else:
            first = (int(half) - 1) * 6 + 1
        grain, found = 2, dt.date(int(year_), first, 1)
    else:
        grain, found = 1, dt.date(int(year_), 7, 1)
    return found if grain >= _NEEDED_GRAIN.get(unit, 9) else None


def offset(g: dict, ctx: Context) -> Resolved | None:
    """ "contre 4,3 milliards un an plus tôt": the year before the one just named."""
    letter, _ = UNITS[g["unit"].lower()]
    count = number(g["num"])
    if count is None:
        return None
    later = g["dir"].lower().endswith("tard")
    if count == "X":
        return Resolved("date", "FUTURE_REF" if later else "PAST_REF", True)
    n = int(float(count)) * (1 if later else -1)
    unit = {"Y": "an", "M": "mois", "W": "semaine", "D": "semaine"}[letter]
    base = ctx.last_day if letter == "D" else _period_anchor(ctx.extra.get("last_period"), unit)
    return _shifted(base or ctx.reference, letter, n)


def _shifted(base: dt.date | None, letter: str, n: int) -> Resolved:
    """The year, month, week or day n units from base, at the unit's own precision."""
    if base is None:
        unknown = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}.get(letter, "XXXX-XX-XX")
        return Resolved("date", unknown, True)
    if letter == "Y":
        return Resolved("date", str(base.year + n), True)
    if letter == "M":
        y, m = cal.add_months(base.year, base.month, n)
        return Resolved("date", f"{y}-{m:02d}", True)
    if letter == "W":
        return Resolved("date", cal.iso_week(base + dt.timedelta(weeks=n)), True)
    return day_or_time(base + dt.timedelta(days=n), True)


def edge_of_unit(g: dict, ctx: Context) -> Resolved:
    """ "en fin d'année", "au début du mois": TIMEX3 keeps the unit itself.

    Which one: "a annoncé en fin de semaine", said on a Monday, is the end of last week; "sera
    examiné en début d'année", said in October, the start of next year."""
    unit, ref = g["unit"].lower(), ctx.reference
    adj = (g.get("adj") or "").lower()
    if re.search(
        r"\b(?:fête|fêtes|bilan|soirée|repas|gala|vacances|prime|examens?)\s+de\s+\Z",
        ctx.before(20),
    ):
        return None  # "une fête de fin d'année": a kind of feast, no date
    if ref is not None and adj:  # "à la fin du mois dernier", "au début de l'année prochaine"
        ref = _step_unit(ref, unit, adjective_step(adj))
    elif ref is not None:
        ref = _edge_unit_shift(g["edge"].lower(), unit, ref, ctx)
    if unit == "année":
        return Resolved("date", str(ref.year) if ref else "XXXX", True)
    if unit == "mois":
        return Resolved("date", f"{ref.year}-{ref.month:02d}" if ref else "XXXX-XX", True)
    return Resolved("date", cal.iso_week(ref) if ref else "XXXX-WXX", True)


# Where the reference lies in each unit, from 0 (its start) to 1 (its end).
_POSITION_IN = {
    "année": lambda day: (day.month - 1) / 11,
    "mois": lambda day: (day.day - 1) / 30,
    "semaine": lambda day: day.weekday() / 6,
}


def _edge_unit_shift(edge: str, unit: str, ref: dt.date, ctx: Context) -> dt.date:
    """A day inside the unit the edge belongs to: the previous one for an end told in the past
    from the start of the next, the next one for a start told ahead from the end of this one."""
    position = _POSITION_IN[unit](ref)
    if edge == "fin" and position < 0.25:
        direction = ctx.direction()
        if direction.strong and direction.way == PAST:
            return _step_unit(ref, unit, -1)
    if edge == "début" and position > 0.75:
        direction = ctx.direction()
        if direction.strong and direction.way == FUTURE:
            return _step_unit(ref, unit, 1)
    return ref


def _step_unit(day: dt.date, unit: str, step: int) -> dt.date:
    if unit == "semaine":
        return day + dt.timedelta(weeks=step)
    if unit == "mois":
        y, m = cal.add_months(day.year, day.month, step)
        return dt.date(y, m, 1)
    return dt.date(day.year + step, 1, 1)
