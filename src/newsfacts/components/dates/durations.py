"""Lengths of time as ISO 8601 durations: "trois ans" (P3Y), "2 h 06 min 26 s" (PT2H6M26S),
"deux ans et demi" (P2Y6M), "plusieurs semaines" (PXW). A unit that names a period rather than a
length ("une année bissextile", "neuf journées" of a league) is dropped.
"""

from __future__ import annotations

import re

from newsfacts.components.dates.resolved import Context, Resolved
from newsfacts.components.dates.words import number
from newsfacts.lexicons.calendar import MONTHS, WEEKDAYS
from newsfacts.lexicons.dates import APPROX_COUNTS, HALVES, MATCHDAY_CUES, UNITS, WHOLE_UNITS

_COPULA_BEFORE = re.compile(r"\b(?:est|était|sera|serait|fut|a\s+été|reste|devient)\s+\Z")
# "en 2024, une année marquée par...", "le 3 mars, un jour de grève": a date described
_APPOSITION_BEFORE = re.compile(
    rf"(?:\b\d{{4}}|\b(?:{'|'.join(MONTHS)})|\b(?:{'|'.join(WEEKDAYS)}))\s*,\s*\Z"
)
_OFFSET_AFTER = re.compile(r"\s+(?:après|avant|plus\s+t|auparavant|seulement|à\s+peine)")
# "un mois de décembre chargé": a named month, not a length
_NAMED_MONTH_AFTER = re.compile(rf"\s+(?:de\s+|d')(?:{'|'.join(MONTHS)})\b")


def duration(g: dict, ctx: Context, counted: bool = False) -> Resolved | None:
    """``counted``: a preposition already says it is a length ("dans [un mois]")."""
    unit = g["unit"].lower()
    letter, is_time = UNITS[unit]
    if g["unit"][0].isupper() and not g["num"][0].isupper():
        return None  # a name: "les 24 Heures du Mans"
    count = number(g["num"])
    if count is None:
        return None
    if unit == "seconde" and _ORDINAL_SECOND.match(ctx.after(20)):
        return None  # "une seconde fois", "une seconde chance": the ordinal
    if not counted and g["num"].lower() in ("un", "une") and _names_a_period(ctx, unit):
        return None  # "2000 est une année bissextile": a kind of year, not a length
    if unit == "journées" and _counts_matchdays(ctx):
        return None  # "en neuf journées" of a league: rounds, counted by the quantities
    if count != "X" and "." in count:
        count = count.rstrip("0").rstrip(".")
    if letter == "H" and not is_time:  # a half-year: "H" would read as hours
        count = "X" if count == "X" else _trim(float(count) * 6)
        letter = "M"
    # quarters, decades and centuries keep their TIMEX3 units: "P2Q", "P3DE", "PXCE"
    return Resolved("duration", f"P{'T' if is_time else ''}{count}{letter}", False)


# After "une seconde", a noun it qualifies: "fois", "chance", "vague" (not "de", "plus tard"...).
_ORDINAL_SECOND = re.compile(
    r"\s+(?!(?:de|du|des|d'|plus|avant|après|à|au|et|ou|pour|par|sur|en|seulement|environ)\b)"
    r"[a-zà-ÿ]"
)
_MATCHDAY_CUE = re.compile(rf"\b(?:{'|'.join(MATCHDAY_CUES)})\b")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _counts_matchdays(ctx: Context) -> bool:
    """ "le troisième succès en neuf journées, avec 15 points": rounds of a league, not days
    ("trois journées de grève" stay a length)."""
    if re.match(r"\s+(?:de\s+(?!la\b|l'|les\b)|d')", ctx.after(10)):
        return False  # "trois journées de grève", not "à dix journées de la fin"
    before = ctx.before(300)
    starts = [m.end() for m in _SENTENCE_END.finditer(before)]
    after = ctx.after(300)
    end = _SENTENCE_END.search(after)
    sentence = before[starts[-1] if starts else 0 :] + after[: end.start() if end else None]
    return bool(_MATCHDAY_CUE.search(sentence))


def _names_a_period(ctx: Context, unit: str) -> bool:
    """ "une année" that is a kind of year or describes a date ("2000 est une année bissextile",
    "en 2024, une année record", "un mois de décembre chargé"), not a length of time (as in
    "le 3 mars, une semaine après son arrivée")."""
    before = ctx.before(20)
    if _COPULA_BEFORE.search(before):
        return True
    if _APPOSITION_BEFORE.search(before) and not _OFFSET_AFTER.match(ctx.after(14)):
        return True
    return unit == "mois" and bool(_NAMED_MONTH_AFTER.match(ctx.after(14)))


def _trim(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def vague_duration(g: dict, ctx: Context) -> Resolved | None:
    return duration({"num": "plusieurs", "unit": g.get("unit") or g["long"]}, ctx)


def ago(g: dict, ctx: Context) -> Resolved | None:
    """ "il y a trois ans", "dans deux semaines": the French TimeBank tags the length alone,
    "il y a [trois ans]", as a duration (the preposition is a signal)."""
    count = g.get("num") or str(APPROX_COUNTS[g["approx"].lower()])
    return duration({"num": count, "unit": g["unit"]}, ctx, counted=True)


def last_n(g: dict, ctx: Context) -> Resolved | None:
    return duration({"num": g["num"], "unit": g["unit"]}, ctx)


def about_duration(g: dict, ctx: Context) -> Resolved | None:
    count = APPROX_COUNTS[g["approx"].lower()]
    return duration({"num": str(count), "unit": g["unit"]}, ctx)


def half_duration(g: dict, ctx: Context) -> Resolved | None:
    whole = duration({"num": g["num"], "unit": g["unit"]}, ctx)
    if whole is None or "X" in whole.value:
        return whole
    letter, is_time = UNITS[g["unit"].lower()]
    half = HALVES.get("MIN" if is_time and letter == "M" else letter)
    if half is None or letter == "S":
        return whole
    if is_time and half.startswith("T"):
        half = half[1:]
    elif not is_time and "T" in half and "T" in whole.value:
        half = half.replace("T", "")
    return Resolved("duration", whole.value + half, False)


def part_duration(g: dict, ctx: Context) -> Resolved:
    half = (g.get("half") or "").lower().replace("journee", "journée").replace("annee", "année")
    values = {"heure": "PT30M", "journée": "PT12H", "année": "P6M", "siècle": "P50Y"}
    if half:
        return Resolved("duration", values[half], False)
    quarter_ = (g.get("quarter") or g["last"]).lower()
    return Resolved("duration", "PT15M" if quarter_ == "heure" else "P25Y", False)


def whole_unit(g: dict, ctx: Context) -> Resolved:
    return Resolved("duration", WHOLE_UNITS[g["unit"].lower()], False)


def seconds(g: dict, ctx: Context) -> Resolved:
    return duration({"num": g["num"], "unit": "secondes"}, ctx)


def clock_duration(g: dict, ctx: Context) -> Resolved:
    seconds = str(int(g.get("s") or 0)) + (
        f".{g['cs']}".rstrip("0").rstrip(".") if g.get("cs") else ""
    )
    hours, minutes = int(g.get("h") or 0), int(g["m"])
    value = duration_value(hours, minutes, 0) + (f"{seconds}S" if seconds != "0" else "")
    return Resolved("duration", value if value != "PT" else "PT0S", False)


def hours_minutes(g: dict, ctx: Context) -> Resolved | None:
    """ "quatre heures quarante": PT4H40M."""
    hours, minutes = number(g["num"]), number(g["min"])
    if hours is None or minutes is None or not hours.isdigit() or not minutes.isdigit():
        return None
    if not 1 <= int(minutes) <= 59:
        return None
    return Resolved("duration", duration_value(int(hours), int(minutes), 0), False)


def duration_value(hours: int, minutes: int, seconds: int) -> str:
    """PT2H40M: the units that are zero are left out (a clock written as a length uses it too)."""
    value = "PT" + (f"{hours}H" if hours else "")
    value += f"{minutes}M" if minutes else ""
    return value + (f"{seconds}S" if seconds else "")
