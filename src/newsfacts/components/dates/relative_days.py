"""Days counted from the reference date or from the day the text last spoke of: "hier",
"ce soir", "le lendemain", "jeudi dernier", "du lundi au vendredi", "la nuit de samedi à
dimanche", "ce week-end".
"""

from __future__ import annotations

import datetime as dt
import re

from newsfacts.components.dates import calendar_math as cal
from newsfacts.components.dates.calendar_dates import day_month
from newsfacts.components.dates.resolved import Context, Resolved, day_or_time, unknown_day
from newsfacts.components.dates.tense import FUTURE, PAST
from newsfacts.components.dates.words import ANAPHORIC_ADJECTIVES, part_code
from newsfacts.lexicons.calendar import WEEKDAYS
from newsfacts.lexicons.dates import ANAPHORIC_DAYS, DEICTIC_DAYS

# "aujourd'hui encore", "encore aujourd'hui": today as the present age, not as a day ("la réunion
# d'aujourd'hui" is a day, "la France d'aujourd'hui" an age: "d'" alone does not tell)
_NOWADAYS_BEFORE = re.compile(r"(?:\bencore|\bcomme\s+hier\s+et)\s*\Z")
_NOWADAYS_AFTER = re.compile(r"\s+(?:encore|comme\s+hier)\b")


def deictic(g: dict, ctx: Context) -> Resolved:
    part = part_code(g.get("part"))
    word = g["word"].lower().replace("’", "'")
    if word == "aujourd'hui" and not part and _means_nowadays(ctx):
        return Resolved("date", "PRESENT_REF", True)
    if ctx.reference is None:
        return unknown_day(part)
    day = ctx.reference + dt.timedelta(days=DEICTIC_DAYS[word])
    return day_or_time(day, True, part)


def _means_nowadays(ctx: Context) -> bool:
    return bool(_NOWADAYS_BEFORE.search(ctx.before(20)) or _NOWADAYS_AFTER.match(ctx.after(15)))


def this_part(g: dict, ctx: Context) -> Resolved:
    part = part_code(g["part"])
    day = ctx.last_day if g.get("there") else ctx.reference  # "ce soir-là": that day's evening
    if day is None:
        return unknown_day(part)
    return day_or_time(day, True, part)


def anaphoric(g: dict, ctx: Context) -> Resolved:
    part = part_code(g.get("part"))
    base = ctx.last_day or ctx.reference
    if base is None:
        return unknown_day(part)
    offset = ANAPHORIC_DAYS[g["word"].lower()]
    if re.match(r"\s+(?:de|du|des|d')\b", ctx.after(5)):
        offset = 0  # "à la veille d'un vote": counted from the vote, the day the clause speaks of
    day = base + dt.timedelta(days=offset)
    return day_or_time(day, True, part)


def same_day(g: dict, ctx: Context) -> Resolved:
    """ "le même jour", "le matin même": the day the text last spoke of."""
    base = ctx.last_day or ctx.reference
    part = part_code(g.get("part"))
    return day_or_time(base, True, part) if base else unknown_day(part)


def weekday(g: dict, ctx: Context) -> Resolved | None:
    number_ = WEEKDAYS[g["weekday"].lower()]
    part = part_code(g.get("part"))
    det = (g.get("det") or "").lower()
    habit = det == "le" and not g.get("adj") and not part and not re.match(r"\s*\d", ctx.after(5))
    narrated = ctx.direction().way == PAST and ctx.direction().strong  # "est arrivé le jeudi"
    if habit and not narrated:
        return Resolved("set", f"XXXX-WXX-{number_ + 1}", False)  # "ouverte le jeudi": every week
    if ctx.reference is None:
        return Resolved("time" if part else "date", f"XXXX-WXX-{number_ + 1}", True)
    direction = ctx.direction()
    way = direction.way
    adj = (g.get("adj") or "").lower()
    strict = bool(adj)
    if det == "ce":
        way, strict = None, False  # "ce lundi": this week's
    base = ctx.reference
    if adj.startswith(ANAPHORIC_ADJECTIVES) and ctx.last_day is not None:
        base = ctx.last_day  # "arrêté le 3 mars et libéré le lundi suivant"
    day = cal.weekday_date(number_, base, way, strict)
    return day_or_time(day, True, part)


def weekday_part(g: dict, ctx: Context) -> Resolved | None:
    return weekday({"weekday": g["weekday"], "part": g["part"]}, ctx)


def weekday_range(g: dict, ctx: Context) -> Resolved | None:
    """ "ouvert du lundi au vendredi": every week; "s'est tenu du jeudi au dimanche": the days of
    one week, the end after the start (the past counts back from the end, the future on from
    the start)."""
    first, last = WEEKDAYS[g["wd1"].lower()], WEEKDAYS[g["wd2"].lower()]
    own = last if g.get("end") else first
    way = ctx.direction().way
    if way not in (PAST, FUTURE):
        return Resolved("set", f"XXXX-WXX-{own + 1}", False)
    if ctx.reference is None:
        return Resolved("date", f"XXXX-WXX-{own + 1}", True)
    length = dt.timedelta(days=(last - first) % 7 or 7)
    if way == PAST:
        end = cal.weekday_date(last, ctx.reference, way, False)
        return day_or_time(end if g.get("end") else end - length, True)
    start = cal.weekday_date(first, ctx.reference, way, False)
    return day_or_time(start + length if g.get("end") else start, True)


def night(g: dict, ctx: Context) -> Resolved | None:
    if g.get("d1"):
        month_ = g.get("m1") or g["m2"]
        year_ = g.get("y1") or g.get("y2")
        inner = day_month({"day": g["d1"], "month": month_, "year": year_}, ctx)
    elif g.get("d3"):
        inner = day_month({"day": g["d3"], "month": g["m3"], "year": g.get("y3")}, ctx)
    elif g.get("wd1"):
        inner = weekday({"weekday": g["wd1"]}, ctx)
    else:  # "la nuit dernière"
        inner = deictic({"word": "hier"}, ctx)
    if inner is None:
        return None
    value = inner.value if "T" not in inner.value else inner.value.split("T")[0]
    return Resolved("time", f"{value}TNI", inner.relative, inner.day, "NI")


def weekend(g: dict, ctx: Context) -> Resolved:
    ref = ctx.reference
    if ref is None:
        return Resolved("date", "XXXX-WXX-WE", True)
    way = ctx.direction().way
    if ref.weekday() < 5 and way == PAST:
        ref -= dt.timedelta(weeks=1)  # "au cours du week-end", said on a weekday of the week after
    return Resolved("date", cal.iso_week(ref) + "-WE", True)
