"""newsfacts: the facts of French news articles as JSON.

Quantities, dates, places, actors and quotes, one record per article.
"""

from __future__ import annotations

import datetime as dt
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsfacts")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = ["__version__", "extract"]


def extract(
    text: str,
    reference_date: str | dt.date | None = None,
    *,
    doc_id: str = "stdin",
    meta: dict | None = None,
) -> dict:
    """Return the schema-v1 record of one article, the same dict ``newsfacts extract`` prints.

    ``reference_date`` (ISO string or date) resolves relative dates; without it, a dateline in the
    text is used when there is one.
    """
    from newsfacts.batch import extract_one
    from newsfacts.inputs import Document
    from newsfacts.reference import resolve_reference_date

    if isinstance(reference_date, dt.date):
        reference_date = reference_date.isoformat()
    date, source = resolve_reference_date(text, option=reference_date)
    document = Document(doc_id, "-", text, date, source, meta or {})
    return extract_one(document)
