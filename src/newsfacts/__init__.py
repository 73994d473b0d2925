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

__all__ = ["__version__", "extract", "extract_html"]


def extract(
    text: str,
    reference_date: str | dt.date | None = None,
    *,
    doc_id: str = "stdin",
    meta: dict | None = None,
) -> dict:
    """Return the schema-v1 record of one article, the same dict ``newsfacts extract`` prints.

    ``reference_date`` (a date, or a string such as ``"2018-10-29"`` or ``"29 octobre 2018"``)
    resolves relative dates; without it, a dateline in the text is used when there is one. A
    string that is no full date raises ``ValueError``.
    """
    from newsfacts.batch import extract_one
    from newsfacts.inputs import Document
    from newsfacts.reference import resolve_reference_date

    reference_date = _reference_date(reference_date)
    date, source = resolve_reference_date(text, option=reference_date)
    document = Document(doc_id, "-", text, date, source, meta or {})
    return extract_one(document)


def extract_html(
    html: str | bytes,
    url: str | None = None,
    reference_date: str | dt.date | None = None,
    *,
    doc_id: str | None = None,
) -> dict:
    """The record of one web page (markup as ``str``, or bytes in the page's encoding).

    As ``newsfacts extract page.html``: the article's main text (in the record's ``text``, which
    the offsets index), the publication date of the page (else ``reference_date``), and the page's
    url, title, author and site name in ``meta``. A page without an article gives a record with
    no facts and an empty ``text``; markup that cannot be read raises ``ValueError``.
    """
    from newsfacts.batch import extract_one
    from newsfacts.inputs import InputError
    from newsfacts.web import page_document

    reference_date = _reference_date(reference_date)
    data = html.encode("utf-8") if isinstance(html, str) else html
    document = page_document(
        data,
        doc_id=doc_id or url or "page",
        source=url or "-",
        url=url,
        reference_date=reference_date,
    )
    if isinstance(document, InputError):
        raise ValueError(f"{document.source}: {document.reason}")
    return extract_one(document)


def _reference_date(value: str | dt.date | None) -> str | None:
    from newsfacts.reference import parse_date

    if isinstance(value, dt.date):
        return value.isoformat()[:10]  # a datetime too: its day is what counts
    return parse_date(value) if value is not None else None
