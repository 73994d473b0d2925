"""Web archives (WARC, ``.warc`` or ``.warc.gz``) -> one Document per HTML page, streamed.

warcio reads the records one at a time and undoes the HTTP transfer encodings. Every successful
HTML response is a page, with the target URI as its id and ``meta.url``, and the WARC date as the
reference date when the page gives none. Requests, non-HTML responses, redirects, HTTP errors and
other records are skipped and counted: one note on stderr per archive. A damaged or truncated
archive is reported as an error after the pages read before the damage.
"""

from __future__ import annotations

import collections
import re
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator

from newsfacts import web
from newsfacts.inputs import Document, InputError, Notify, stream_file
from newsfacts.reference import parse_date

HTML_TYPES = ("text/html", "application/xhtml+xml")
HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
# What a page looks like when the server sent no Content-Type.
HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html|head|body)", re.I)
# Why a record is not a page, in the order the note lists them: (one, several).
SKIPPED = {
    "request": ("request", "requests"),
    "redirect": ("redirect", "redirects"),
    "error": ("HTTP error", "HTTP errors"),
    "not HTML": ("not HTML", "not HTML"),
    "other": ("other record", "other records"),
}


def read_warc_file(
    path: str, reference_date: str | None, notify: Notify | None = None
) -> Iterator[Document | InputError]:
    return stream_file(path, read_warc_stream, reference_date, notify)


def read_warc_stream(
    stream, name: str, reference_date: str | None, notify: Notify | None = None
) -> Iterator[Document | InputError]:
    """The pages of a WARC stream (a binary file object), in archive order."""
    skipped: collections.Counter[str] = collections.Counter()
    pages = records = 0
    damage = None
    record = None
    try:
        archive = _Archive(stream)
        for record in archive:
            records += 1
            if not record.format.startswith("warc"):
                damage = "not a WARC file"
                break
            why = _skip_reason(record)
            # One byte past the limit tells a page that is too large without reading all of it.
            data = b"" if why else record.content_stream().read(web.MAX_PAGE_BYTES + 1)
            if not why and not _content_type(record) and not HTML_START.match(data):
                why = "not HTML"  # no Content-Type, and no markup either
            if why:
                skipped[why] += 1
                continue
            pages += 1
            source = f"{name}@{archive.get_record_offset()}"
            yield _page(record, data, source, reference_date, notify)
    except Exception as error:  # warcio raises many kinds on damaged data; none may stop a batch
        damage = f"damaged or truncated WARC ({type(error).__name__}: {error})"
    if damage is None and records == 0 and stream.tell() > 0:
        damage = "not a WARC file (no record found)"
    elif damage is None and records and (not archive.complete or _cut_short(record)):
        damage = "truncated WARC (the file ends inside a record)"
    if damage:
        read = f" after {_count(pages, 'page', 'pages')}" if pages else ""
        yield InputError(name, f"{damage}{read}")
    if notify is not None and (skipped or not (pages or damage)):
        notify(f"{name}: {_summary(pages, skipped)}")


class _Archive(ArchiveIterator):
    """warcio's ArchiveIterator, which also tells whether the last gzip member was whole: warcio
    ends quietly at a member cut short, as in a download that stopped."""

    complete = True

    def close(self):
        decompressor = self.reader.decompressor if self.reader is not None else None
        if decompressor is not None and not decompressor.eof:
            self.complete = False
        super().close()


def _cut_short(record) -> bool:
    """The record's content is shorter than its Content-Length (an uncompressed WARC cut)."""
    return getattr(record.raw_stream, "limit", 0) > 0


def _skip_reason(record) -> str | None:
    if record.rec_type == "request":
        return "request"
    if record.rec_type != "response" or record.http_headers is None:
        return "other"
    status = record.http_headers.get_statuscode() or ""
    if status.startswith("3"):
        return "redirect"
    if not status.startswith("2"):
        return "error"
    content_type = _content_type(record)
    if content_type and content_type.split(";")[0].strip().lower() not in HTML_TYPES:
        return "not HTML"
    return None


def _content_type(record) -> str:
    return record.http_headers.get_header("Content-Type") or ""


def _page(
    record, data: bytes, source: str, reference_date: str | None, notify
) -> Document | InputError:
    uri = record.rec_headers.get_header("WARC-Target-URI") or source
    charset = HTTP_CHARSET.search(_content_type(record))
    return web.page_document(
        data,
        doc_id=uri,
        source=source,
        url=uri,
        charset=charset.group(1) if charset else None,
        fallback_date=_warc_date(record),
        reference_date=reference_date,
        notify=notify,
    )


def _warc_date(record) -> str | None:
    value = record.rec_headers.get_header("WARC-Date")
    try:
        return parse_date(value) if value else None
    except ValueError:
        return None


def _summary(pages: int, skipped: collections.Counter) -> str:
    counts = ", ".join(_count(skipped[why], *SKIPPED[why]) for why in SKIPPED if skipped[why])
    read = _count(pages, "HTML page", "HTML pages")
    return f"{read}; skipped {counts}" if counts else read


def _count(number: int, one: str, several: str) -> str:
    return f"{number} {one if number == 1 else several}"
