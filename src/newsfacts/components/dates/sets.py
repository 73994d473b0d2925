"""Recurring times (TIMEX3 sets): "chaque lundi", "tous les quatre ans", "deux fois par jour",
"annuellement", "le dîner annuel", "les lundis". ("le jeudi" as a habit is told apart from a
day in ``relative_days``.)
"""

from __future__ import annotations

import re

from newsfacts.components.dates.resolved import Context, Resolved
from newsfacts.components.dates.words import number
from newsfacts.lexicons.calendar import WEEKDAYS
from newsfacts.lexicons.dates import PARTS_OF_DAY, SEASONS, SET_ADVERBS, SET_PERIODS


def set_each(g: dict, ctx: Context) -> Resolved | None:
    what = g["what"].lower()
    if what in WEEKDAYS:
        return Resolved("set", f"XXXX-WXX-{WEEKDAYS[what] + 1}", False)
    if what in PARTS_OF_DAY:
        return Resolved("set", f"XXXX-XX-XXT{PARTS_OF_DAY[what]}", False)
    if what in SEASONS:
        return Resolved("set", f"XXXX-{SEASONS[what]}", False)
    if what == "week-end":
        return Resolved("set", "XXXX-WXX-WE", False)
    return Resolved("set", SET_PERIODS[what], False)


def set_every(g: dict, ctx: Context) -> Resolved | None:
    what = g["what"].lower()
    single = what[:-1]
    if single in WEEKDAYS:
        return Resolved("set", f"XXXX-WXX-{WEEKDAYS[single] + 1}", False)
    if single in PARTS_OF_DAY:
        return Resolved("set", f"XXXX-XX-XXT{PARTS_OF_DAY[single]}", False)
    if single in SEASONS or what == "étés":
        return Resolved("set", f"XXXX-{SEASONS.get(single, 'SU')}", False)
    if what == "week-ends":
        return Resolved("set", "XXXX-WXX-WE", False)
    period = SET_PERIODS.get(what, SET_PERIODS.get(single))
    if period is None:
        return None
    count = number(g["num"]) if g.get("num") else "1"
    if count is None:
        return None
    return Resolved(
        "set", re.sub(r"\d+", lambda m: str(int(m[0]) * int(count)), period, count=1), False
    )


def set_times(g: dict, ctx: Context) -> Resolved | None:
    return Resolved("set", SET_PERIODS[g["what"].lower()], False)


def set_per(g: dict, ctx: Context) -> Resolved:
    return Resolved("set", SET_PERIODS[g["what"].lower()], False)


def set_adverb(g: dict, ctx: Context) -> Resolved:
    return Resolved("set", SET_ADVERBS[g["word"].lower()], False)


def set_adjective(g: dict, ctx: Context) -> Resolved:
    return Resolved("set", "P1Y", False)  # "le dîner annuel"


def weekdays(g: dict, ctx: Context) -> Resolved:
    return Resolved("set", f"XXXX-WXX-{WEEKDAYS[g['weekday'].lower()] + 1}", False)
