"""Times of the day: "16H00", "20H00 GMT", "à midi", "en fin de journée", "à l'aube". A clock
written as a length ("en 2 h 40") is a duration.
"""

from __future__ import annotations

import re

from newsfacts.components.dates.durations import duration_value
from newsfacts.components.dates.resolved import Context, Resolved
from newsfacts.lexicons.dates import PARTS_OF_DAY

_DURATION_BEFORE = re.compile(
    r"(?:\ben|\bde|\bpendant|\bdurant|\bplus\s+de|\bmoins\s+de|\bprès\s+de|\bsoit)\s+\Z"
)


def clock(g: dict, ctx: Context) -> Resolved | None:
    hours, minutes = int(g["h"]), int(g.get("m") or 0)
    part = (g.get("part") or "").lower()
    if part == "soir" and hours < 12:
        hours += 12
    if hours > 24 or (hours == 24 and minutes):
        return None
    if ctx.extra.get("kind") == "clock" and _is_clock_duration(ctx, hours, g.get("m")):
        return Resolved("duration", duration_value(hours, minutes, 0), False)
    zone = "Z" if g.get("tz") and g["tz"].upper() in ("GMT", "UTC", "TU") else ""
    return Resolved("time", f"T{hours % 24:02d}:{minutes:02d}{zone}", True)


def _is_clock_duration(ctx: Context, hours: int, minutes: str | None) -> bool:
    """ "en 2 h 40", "une fresque de 2 h 40" are lengths; "de 18H00 à 6H00" is a time."""
    before = ctx.before(25)
    if re.match(r"\s*(?:à|au|-)\s*\d", ctx.after(8)):
        return False
    if re.search(r"\bde\s+\Z", before):
        return hours <= 5 and minutes not in (None, "00")
    return bool(_DURATION_BEFORE.search(before))


def noon(g: dict, ctx: Context) -> Resolved | None:
    if g["word"][0].isupper():
        return None  # "à Midi-Pyrénées", "le Midi"
    midnight = g["word"].lower() == "minuit"
    return Resolved("time", "T00:00" if midnight else "T12:00", True, next_day=midnight)


def part_of_day(g: dict, ctx: Context) -> Resolved:
    if g.get("midday"):  # "à la mi-journée": noon, as "à midi"
        return Resolved("time", "T12:00", True)
    if g.get("edge"):  # "en fin de journée": the evening; "en début de journée": the morning
        return Resolved(
            "time", {"fin": "TEV", "début": "TMO"}.get(g["edge"].lower(), "T12:00"), True
        )
    if g.get("dawn") or g.get("dusk"):  # "à l'aube": the morning; "à la tombée de la nuit"
        return Resolved("time", "TMO" if g.get("dawn") else "TEV", True)
    return Resolved("time", "T" + PARTS_OF_DAY[(g.get("part") or g["early"]).lower()], True)
