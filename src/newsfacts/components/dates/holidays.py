"""Holidays: fixed ("Noël", "le 1er-Mai") or counted from Easter ("le lundi de Pâques",
"le week-end de Pentecôte"), on their nearest occurrence around the reference date.
"""

from __future__ import annotations

import datetime as dt
import re

from newsfacts.components.dates import calendar_math as cal
from newsfacts.components.dates.resolved import Context, Resolved
from newsfacts.lexicons.dates import CAPITALIZED_HOLIDAYS, EASTER_HOLIDAYS, FIXED_HOLIDAYS


def holiday(g: dict, ctx: Context) -> Resolved | None:
    name = g["holiday"].lower().replace("’", "'")
    if g["holiday"][0].islower() and name in CAPITALIZED_HOLIDAYS:
        return None  # "l'ascension du Mont-Blanc"
    if re.match(
        r"\s+[A-ZÀ-Ý]", ctx.text[ctx.end : ctx.end + 3]
    ) and name in CAPITALIZED_HOLIDAYS | {"noël"}:
        return None  # "Noël Mamère", "Toussaint Louverture"
    if name in FIXED_HOLIDAYS:
        m, d = FIXED_HOLIDAYS[name]

        def make(y: int) -> dt.date | None:
            return cal.safe_date(y, m, d)
    else:
        offset = EASTER_HOLIDAYS[name]

        def make(y: int) -> dt.date | None:
            return cal.easter(y) + dt.timedelta(days=offset)

    if ctx.reference is None:
        day = make(2000)
        return Resolved("date", f"XXXX-{day.month:02d}-{day.day:02d}", True)
    day = cal.nearest_day(make, ctx.reference, ctx.direction())
    return Resolved("date", day.isoformat(), True, day) if day else None


def easter_weekend(g: dict, ctx: Context) -> Resolved:
    if ctx.reference is None:
        return Resolved("date", "XXXX-WXX-WE", True)
    offset = 49 if "pentec" in g["holiday"].lower() else 0
    day = cal.nearest_day(
        lambda y: cal.easter(y) + dt.timedelta(days=offset), ctx.reference, ctx.direction()
    )
    return Resolved("date", cal.iso_week(day) + "-WE", True)
