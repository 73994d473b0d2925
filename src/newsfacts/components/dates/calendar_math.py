"""Calendar arithmetic for TIMEX3 values: choosing the year of "13 octobre", weeks, Easter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from newsfacts.components.dates.tense import FUTURE, PAST, Direction


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_thursday(year: int, month: int, n: int) -> dt.date:
    """The n-th Thursday of the month (n = -1: the last one)."""
    if n < 0:
        year, month = add_months(year, month, 1)
        last = dt.date(year, month, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - 3) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 7 * (n - 1))


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


MAX_SHIFT_DAYS = 330


def nearest_day(
    make: Callable[[int], dt.date | None], reference: dt.date, direction: Direction
) -> dt.date | None:
    """The day (built for the year before, of, or after the reference) that the sentence means.

    A strong tense or cue keeps only the days on its side of the reference; among those left, the
    nearest wins (a bare "13 octobre" in news is near the publication date).
    """
    days = [d for d in (make(reference.year + k) for k in (-1, 0, 1)) if d is not None]
    if not days:
        return None
    kept = days
    if direction.strong and direction.way == PAST:
        kept = [d for d in days if d <= reference] or days
    elif direction.strong and direction.way == FUTURE:
        kept = [d for d in days if d >= reference] or days
    # a tense does not carry a date almost a year away from a nearer reading
    kept = [d for d in kept if abs((d - reference).days) <= MAX_SHIFT_DAYS] or days
    return min(kept, key=lambda d: (abs((d - reference).days), d > reference))


def next_existing_day(month: int, day: int, reference: dt.date, step: int) -> dt.date | None:
    """The first such day after (step 1) or before (step -1) the reference.

    "le prochain 29 février" skips the years without one.
    """
    for k in range(0, 9):
        found = safe_date(reference.year + step * k, month, day)
        if found is not None and (found - reference).days * step > 0:
            return found
    return None


def nearest_month_year(month: int, reference: dt.date, direction: Direction) -> int:
    """The year of a month named alone ("en avril"), by the same rule as ``nearest_day``."""
    here = reference.year * 12 + reference.month - 1
    years = [reference.year - 1, reference.year, reference.year + 1]
    if direction.strong and direction.way == PAST:
        years = [y for y in years if y * 12 + month - 1 <= here]
    elif direction.strong and direction.way == FUTURE:
        years = [y for y in years if y * 12 + month - 1 >= here]
    later_first = direction.way == FUTURE

    def distance(year: int) -> tuple[int, bool]:
        offset = year * 12 + month - 1 - here
        return abs(offset), (offset > 0) != later_first

    return min(years or [reference.year], key=distance)


def weekday_date(weekday: int, reference: dt.date, way: str | None, strict: bool) -> dt.date:
    """The date of a weekday named relative to the reference.

    Past: the last such day on or before the reference (strictly before with "dernier"); future
    or present: the next one on or after it (strictly after with "prochain"); nothing known: the
    nearest.
    """
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if way == PAST:
        return reference - dt.timedelta(days=back or (7 if strict else 0))
    if way is not None:
        return reference + dt.timedelta(days=ahead or (7 if strict else 0))
    return reference - dt.timedelta(days=back) if back <= ahead else reference + dt.timedelta(ahead)
