"""What a resolver gets and gives back.

Each resolver takes the groups of a match and a ``Context`` (the reference date, the sentence's
direction, the date the text last spoke of) and returns a ``Resolved`` or None to drop the match.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from newsfacts.components.dates.tense import Direction


@dataclass
class Resolved:
    type: str
    value: str
    relative: bool
    day: dt.date | None = None  # the day it falls on, for times and "le lendemain"
    part: str | None = None  # MO / AF / EV / NI when it names a part of that day
    next_day: bool = False  # "minuit" after a day is the start of the next one

    def payload(self) -> dict:
        return {"type": self.type, "value": self.value, "relative": self.relative}


@dataclass
class Context:
    reference: dt.date | None
    direction: Callable[[], Direction]
    last_day: dt.date | None = None
    text: str = ""
    start: int = 0
    end: int = 0
    extra: dict = field(default_factory=dict)

    def before(self, width: int = 40) -> str:
        return self.text[max(self.start - width, 0) : self.start].lower().replace("’", "'")

    def after(self, width: int = 40) -> str:
        return self.text[self.end : self.end + width].lower().replace("’", "'")


def day_or_time(day: dt.date, relative: bool, part: str | None = None) -> Resolved:
    if part:
        return Resolved("time", f"{day.isoformat()}T{part}", relative, day, part)
    return Resolved("date", day.isoformat(), relative, day)


def unknown_day(part: str | None = None) -> Resolved:
    return Resolved("time" if part else "date", "XXXX-XX-XX" + (f"T{part}" if part else ""), True)
