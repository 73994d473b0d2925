"""The reference date of a document: the publication date that relative dates are resolved against.

Looked for in this order (first found wins): the JSONL ``date`` field, a web page's publication
date (or its WARC record's date), ``--reference-date``, a dateline at the top of the text
(``PARIS, 29 oct 2018 (AFP) -``), a date in the file name.

Dates given by the user or an archive come in many formats (``2018-10-29T16:00:00+01:00``,
``Mon, 29 Oct 2018 16:00:00 GMT``, ``29/10/2018``, ``29 octobre 2018``): ``parse_date`` reads them
with dateparser, and always gives ``YYYY-MM-DD``.
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
DATE_EXAMPLES = "2018-10-29, 29/10/2018, 29 octobre 2018 or Mon, 29 Oct 2018 16:00:00 GMT"
# A whole calendar day written out, never read relative to today ("hier", "il y a 3 jours"), and
# never completed from today's date ("octobre 2018"): nothing is guessed from the machine's clock.
DATEPARSER_SETTINGS = {
    "PARSERS": ["absolute-time"],
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "DATE_ORDER": "DMY",  # 10/11/2018 is the 10th of November, as in France
}
DATEPARSER_LANGUAGES = ["fr", "en"]


def parse_date(value: str) -> str:
    """A calendar date in any usual format -> ``YYYY-MM-DD``; ValueError when it is no full date.

    The day is the one written (``2018-10-29T23:30:00-05:00`` is the 29th), not converted to UTC.
    """
    text = value.strip()
    match = ISO_DATE.match(text)
    if match:  # the usual case, without loading dateparser's language data
        year, month, day = (int(part) for part in match.groups())
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError as error:
            raise ValueError(f"bad date {value!r}: {error}") from None
    import dateparser  # slow to import: only when a date is not ISO

    parsed = dateparser.parse(text, languages=DATEPARSER_LANGUAGES, settings=DATEPARSER_SETTINGS)
    if parsed is None or not text:
        raise ValueError(f"bad date {value!r}: expected a full date such as {DATE_EXAMPLES}")
    return parsed.date().isoformat()


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
    page_date: str | None = None,
    option: str | None = None,
    path: str | None = None,
) -> tuple[str | None, str | None]:
    """Return (reference date, where it came from) following the order of the module docstring."""
    if input_date:
        return input_date, "input"
    if page_date:
        return page_date, "page"
    if option:
        return option, "option"
    found = dateline_date(text)
    if found:
        return found, "dateline"
    found = filename_date(path)
    if found:
        return found, "filename"
    return None, None
