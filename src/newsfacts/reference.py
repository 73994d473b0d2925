"""The reference date of a document: the publication date that relative dates are resolved against.

Looked for in this order (first found wins): the JSONL ``date`` field, ``--reference-date``, a
dateline at the top of the text (``PARIS, 29 oct 2018 (AFP) -``), a date in the file name.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from newsfacts.lexicons.calendar import MONTHS, WEEKDAYS

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(WEEKDAYS)

# A wire dateline: place, optional weekday, day month year (or dd/mm/yyyy), then the agency in
# brackets or a dash: "PARIS, 29 oct 2018 (AFP) -", "Paris, le 14 mars 2024 -".
DATELINE = re.compile(
    rf"""(?ix)
    \A\s*
    [^\W\d_][^\n,]{{0,60}},\s+                 # PARIS,  / Saint-Denis (La Réunion),
    (?:le\s+)?
    (?:(?:{_WEEKDAY})\s+)?
    (?:
      (?P<day>\d{{1,2}})(?:er)?\s+
      (?P<month>{_MONTH})\.?\s+
      (?P<year>\d{{4}})
    | (?P<nday>\d{{1,2}})/(?P<nmonth>\d{{1,2}})/(?P<nyear>\d{{4}})
    )
    \s*(?:\((?:AFP|Reuters|AP|ATS|Belga|APS|MAP|Xinhua|[A-Z]{{2,6}})\)|[-–—])
    """
)
FILENAME_DATE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)"
)
ISO_DATE = re.compile(r"\A(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?\Z")


def parse_iso_date(value: str) -> str:
    """``YYYY-MM-DD`` (a time part may follow) -> ``YYYY-MM-DD``; ValueError when it is no date."""
    match = ISO_DATE.match(value.strip())
    if not match:
        raise ValueError(f"bad date {value!r}: expected YYYY-MM-DD")
    year, month, day = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError as error:
        raise ValueError(f"bad date {value!r}: {error}") from None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def dateline_date(text: str) -> str | None:
    match = DATELINE.match(text[:200])
    if not match:
        return None
    if match["nday"]:
        return _valid(int(match["nyear"]), int(match["nmonth"]), int(match["nday"]))
    month = MONTHS[match["month"].lower()]
    return _valid(int(match["year"]), month, int(match["day"]))


def filename_date(path: str | None) -> str | None:
    if not path:
        return None
    match = FILENAME_DATE.search(Path(path).name)
    if not match:
        return None
    return _valid(int(match["year"]), int(match["month"]), int(match["day"]))


def resolve_reference_date(
    text: str,
    *,
    input_date: str | None = None,
    option: str | None = None,
    path: str | None = None,
) -> tuple[str | None, str | None]:
    """Return (reference date, where it came from) following the order of the module docstring."""
    if input_date:
        return input_date, "input"
    if option:
        return option, "option"
    found = dateline_date(text)
    if found:
        return found, "dateline"
    found = filename_date(path)
    if found:
        return found, "filename"
    return None, None
