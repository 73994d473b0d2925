"""Web pages -> Documents: the article's main text, its publication date and its metadata.

trafilatura finds the main text (without menus, related links, cookie banners or reader comments)
and the page's title, author, site name and canonical URL; htmldate finds the publication date in
the page's metadata (meta tags, JSON-LD, ``<time>``, the URL). The text of a Document is the
extracted article, paragraphs separated by a blank line; the record carries it (``keep_text``), so
that its offsets can be read against it.

Both libraries are imported on first use: ``newsfacts --help`` and text-only runs stay quick.
"""

from __future__ import annotations

import codecs
import functools
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from newsfacts.inputs import (
    Document,
    InputError,
    Notify,
    UnreadableText,
    decode_text,
    looks_binary,
    os_reason,
)
from newsfacts.reference import resolve_reference_date

# trafilatura's own limit: past it, lxml's tree of the page costs hundreds of megabytes.
MAX_PAGE_BYTES = 20_000_000
NO_ARTICLE = "no article found in the page (a home page or an index?): empty record"
# Where a page declares its encoding, in its first bytes: <meta charset="..."> or http-equiv.
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
CHARSET_SNIFF_BYTES = 4096
# Labels that browsers read as Windows-1252 (WHATWG Encoding Standard): old French sites declare
# Latin-1 and write the Windows characters (œ, €, ’) all the same.
WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"}
# Extraction settings: precision over recall, so that teasers and link lists are not an article.
EXTRACTION = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": False,
    "include_images": False,
    "include_links": False,
    "deduplicate": False,
}
META_FIELDS = ("url", "title", "author", "sitename")
WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Page:
    text: str  # "" when the page holds no article
    date: str | None  # publication date, YYYY-MM-DD
    meta: dict = field(default_factory=dict)


class NotAPage(ValueError):
    """The input is no HTML page (no markup, or too large to read)."""


@functools.cache
def _quiet_libraries() -> None:
    # trafilatura and htmldate log what they cannot find; our stderr has one line per problem.
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
        logger.propagate = False


def decode_page(data: bytes, charset: str | None = None) -> str:
    """The page's characters: a BOM, else valid UTF-8, else the charset of the HTTP header
    (``charset``) or of the page's ``<meta>``, else detected. UTF-8 goes first because a server
    that says Latin-1 for UTF-8 bytes is common, and Windows-1252 text is almost never valid UTF-8.
    """
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is None:
        for declared in (charset, _meta_charset(data)):
            encoding = _python_encoding(declared)
            if encoding is None:
                continue
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    if text is None:
        return decode_text(data)
    if looks_binary(text):
        raise UnreadableText("binary file, not text")
    return text


def _meta_charset(data: bytes) -> str | None:
    match = META_CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    return match.group(1).decode("ascii", "replace") if match else None


def _python_encoding(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def read_page(html: str, url: str | None = None) -> Page:
    """The article of a page, its publication date and metadata; NotAPage when it is no HTML."""
    if not html.strip():
        return Page("", None, {"url": url} if url else {})
    import htmldate
    import trafilatura

    _quiet_libraries()
    tree = trafilatura.load_html(html)
    if tree is None:
        raise NotAPage("not an HTML page (no markup found)")
    # Only the page's metadata and URL, not dates in its text: a copyright line or a comment's
    # date would be taken for the publication date, and a wrong date is worse than none.
    date = htmldate.find_date(tree, url=url, original_date=True, extensive_search=False)
    extracted = trafilatura.bare_extraction(tree, url=url, with_metadata=True, **EXTRACTION)
    metadata = extracted if extracted is not None else trafilatura.extract_metadata(tree, url)
    meta = {name: getattr(metadata, name) for name in META_FIELDS if getattr(metadata, name)}
    if url:  # where the page was fetched from (a WARC's target URI), else its canonical URL
        meta["url"] = url
    text = article_text(extracted.text or "", _headlines(tree, metadata.title)) if extracted else ""
    return Page(text, date, meta)


def _headlines(tree, title: str | None) -> set[str]:
    headlines = {_normal(title)} if title else set()
    headlines.update(_normal(h1.text_content()) for h1 in tree.iterfind(".//h1"))
    return headlines - {""}


def _normal(text: str) -> str:
    return WHITESPACE.sub(" ", text).strip()


def article_text(extracted: str, headlines: set[str]) -> str:
    """trafilatura's text (one line per paragraph) as plain-text articles are written: paragraphs
    separated by a blank line, without the headline, which is in ``meta.title``."""
    paragraphs = [line.strip() for line in extracted.splitlines() if line.strip()]
    if paragraphs and _normal(paragraphs[0]) in headlines:
        paragraphs = paragraphs[1:]
    return "\n\n".join(paragraphs)


def page_document(
    data: bytes,
    *,
    doc_id: str,
    source: str,
    url: str | None = None,
    charset: str | None = None,
    fallback_date: str | None = None,
    reference_date: str | None = None,
    path: str | None = None,
    notify: Notify | None = None,
) -> Document | InputError:
    """The Document of one page's bytes; an InputError when they are no page we can read.

    The reference date is the page's publication date, else ``fallback_date`` (a WARC record's
    date), else what plain text gets: ``--reference-date``, a dateline, the file name.
    """
    if len(data) > MAX_PAGE_BYTES:
        return InputError(source, f"page too large (over {MAX_PAGE_BYTES // 1_000_000} MB)")
    try:
        page = read_page(decode_page(data, charset), url)
    except (UnreadableText, NotAPage) as error:
        return InputError(source, str(error))
    except Exception as error:  # markup that trips a library: this page fails, the batch goes on
        return InputError(source, f"cannot read the page: {type(error).__name__}: {error}")
    if not page.text and notify is not None:
        notify(f"{source}: {NO_ARTICLE}")
    date, date_source = resolve_reference_date(
        page.text, page_date=page.date or fallback_date, option=reference_date, path=path
    )
    return Document(doc_id, source, page.text, date, date_source, page.meta, keep_text=True)


def read_html_file(
    path: str, reference_date: str | None, notify: Notify | None = None
) -> Document | InputError:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_PAGE_BYTES + 1)
    except OSError as error:
        return InputError(path, os_reason(error))
    return page_document(
        data,
        doc_id=Path(path).stem,
        source=path,
        reference_date=reference_date,
        path=path,
        notify=notify,
    )
