"""Inputs -> Documents: text files, folders, standard input and JSON Lines, in the order given;
web pages and web archives through ``web`` and ``warc``.

Everything here is lazy: a folder of 100,000 articles is read one file at a time. A bad input
yields an ``InputError`` in its place, so that the caller reports it and goes on. What is worth
telling but no error (a page without an article, the records a WARC skips) goes to ``notify``.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

import charset_normalizer

from newsfacts.reference import parse_date, resolve_reference_date

STDIN = "-"
HTML_SUFFIXES = (".html", ".htm")
WARC_SUFFIXES = (".warc", ".warc.gz")
FOLDER_SUFFIXES = (".txt", ".jsonl", *HTML_SUFFIXES, *WARC_SUFFIXES)
# How a web page begins (after a UTF-8 BOM and blank space); no article text begins so.
HTML_DOCUMENT = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
# Control characters that do not occur in text; many of them mean a binary file.
_TEXT_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}
_MAX_CONTROL_RATIO = 0.01
FRENCH_LEGACY_ENCODING = "cp1252"
MULTIBYTE_ENCODINGS = ("utf", "big5", "gb", "hz", "shift", "euc", "iso2022", "johab", "cp9")


@dataclass(frozen=True)
class Document:
    id: str
    source: str
    text: str
    reference_date: str | None = None
    reference_date_source: str | None = None
    meta: dict = field(default_factory=dict)
    keep_text: bool = False  # the record carries the text (newsfacts extracted it, or --with-text)


Notify = Callable[[str], None]


@dataclass(frozen=True)
class InputError:
    source: str
    reason: str


class UnreadableText(ValueError):
    """The bytes are not text in any encoding we can tell."""


def decode_text(data: bytes) -> str:
    """Decode a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else detected."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if b"\x00" in data:
            raise UnreadableText("binary file, not text") from None
        text = _decode_legacy(data)
    if looks_binary(text):
        raise UnreadableText("binary file, not text")
    return text


def _decode_legacy(data: bytes) -> str:
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UnreadableText("cannot tell the text encoding")
    # Between 8-bit code pages the detector hesitates on short texts; a French article that is
    # not UTF-8 is nearly always Windows-1252 (or its subset Latin-1), so that wins when it fits.
    if not best.encoding.startswith(MULTIBYTE_ENCODINGS):
        try:
            return data.decode(FRENCH_LEGACY_ENCODING)
        except UnicodeDecodeError:
            pass
    return str(best)


def looks_binary(text: str) -> bool:
    sample = text[:10_000]
    if "\x00" in sample:
        return True
    controls = sum(
        1 for char in sample if char not in _TEXT_CONTROLS and unicodedata.category(char) == "Cc"
    )
    return controls > _MAX_CONTROL_RATIO * max(len(sample), 1)


def iter_documents(
    paths: Iterable[str],
    *,
    reference_date: str | None = None,
    stdin: BinaryIO | None = None,
    stdin_jsonl: bool = False,
    with_text: bool = False,
    notify: Notify | None = None,
) -> Iterator[Document | InputError]:
    """Yield one Document (or InputError) per article, in the order of ``paths``.

    ``with_text`` makes every record carry its text; ``notify`` receives notes (no errors).
    """
    for item in _documents(paths, reference_date, stdin, stdin_jsonl, notify):
        if with_text and isinstance(item, Document) and not item.keep_text:
            item = replace(item, keep_text=True)
        yield item


def _documents(paths, reference_date, stdin, stdin_jsonl, notify):
    for path in paths:
        if path == STDIN:
            yield from _read_stdin(stdin, stdin_jsonl, reference_date, notify)
        elif os.path.isdir(path):
            for file_path in walk_folder(path):
                if isinstance(file_path, InputError):
                    yield file_path
                else:
                    yield from read_path(file_path, reference_date, notify)
        else:
            yield from read_path(path, reference_date, notify)


def read_path(
    path: str, reference_date: str | None, notify: Notify | None = None
) -> Iterator[Document | InputError]:
    """The documents of one file, by its kind (the suffix): JSONL, web page, WARC, else text."""
    kind = path.lower()
    if kind.endswith(".jsonl"):
        yield from read_jsonl_file(path, reference_date)
    elif kind.endswith(HTML_SUFFIXES):
        from newsfacts.web import read_html_file

        yield read_html_file(path, reference_date, notify)
    elif kind.endswith(WARC_SUFFIXES):
        from newsfacts.warc import read_warc_file

        yield from read_warc_file(path, reference_date, notify)
    else:
        yield read_text_file(path, reference_date)


def walk_folder(folder: str) -> list[str | InputError]:
    """Every file of a kind we read below ``folder``, sorted by path; symlink loops are cut."""
    found: list[str] = []
    errors: list[InputError] = []
    seen_dirs: set[str] = set()

    def on_error(error: OSError) -> None:
        errors.append(InputError(error.filename or folder, os_reason(error)))

    for root, dirs, files in os.walk(folder, onerror=on_error, followlinks=True):
        real = os.path.realpath(root)
        if real in seen_dirs:
            dirs[:] = []
            continue
        seen_dirs.add(real)
        dirs.sort()
        found.extend(
            os.path.join(root, name) for name in files if name.lower().endswith(FOLDER_SUFFIXES)
        )
    return [*errors, *sorted(found)]


def read_text_file(path: str, reference_date: str | None) -> Document | InputError:
    try:
        with open(path, "rb") as handle:
            text = decode_text(handle.read())
    except OSError as error:
        return InputError(path, os_reason(error))
    except UnreadableText as error:
        return InputError(path, str(error))
    date, date_source = resolve_reference_date(text, option=reference_date, path=path)
    return Document(Path(path).stem, path, text, date, date_source)


def read_jsonl_file(path: str, reference_date: str | None) -> Iterator[Document | InputError]:
    return stream_file(path, read_jsonl_lines, reference_date)


def stream_file(path: str, read_stream, *args) -> Iterator[Document | InputError]:
    """``read_stream(handle, path, *args)`` over the file opened in binary, closed when the
    stream ends; a file that cannot be opened is one InputError."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below; documents are streamed
    except OSError as error:
        yield InputError(path, os_reason(error))
        return
    with handle:
        yield from read_stream(handle, path, *args)


def read_jsonl_lines(
    lines: Iterable[bytes], name: str, reference_date: str | None
) -> Iterator[Document | InputError]:
    line_number = 0
    try:
        for line_number, raw in enumerate(lines, start=1):
            if raw.strip():
                yield parse_jsonl_line(raw, f"{name}:{line_number}", reference_date)
    except OSError as error:
        yield InputError(f"{name}:{line_number + 1}", os_reason(error))


def parse_jsonl_line(raw: bytes, source: str, reference_date: str | None) -> Document | InputError:
    try:
        item = json.loads(decode_text(raw))
    except (UnreadableText, ValueError) as error:
        return InputError(source, f"not a JSON line ({_first_line(error)})")
    if not isinstance(item, dict):
        return InputError(source, "not a JSON object")
    text = item.get("text")
    if not isinstance(text, str):
        return InputError(source, 'no "text" string')
    input_date = item.get("date")
    if input_date is not None:
        if not isinstance(input_date, str):
            return InputError(source, f'bad "date" {input_date!r}: expected a string')
        try:
            input_date = parse_date(input_date)
        except ValueError as error:
            return InputError(source, f'"date": {error}')
    doc_id = item.get("id")
    doc_id = source if doc_id is None else str(doc_id)
    meta = {key: value for key, value in item.items() if key not in ("id", "text", "date")}
    date, date_source = resolve_reference_date(text, input_date=input_date, option=reference_date)
    return Document(doc_id, source, text, date, date_source, meta)


def _read_stdin(
    stdin: BinaryIO | None, as_jsonl: bool, reference_date: str | None, notify: Notify | None
) -> Iterator[Document | InputError]:
    if stdin is None:
        yield InputError(STDIN, "no standard input")
        return
    if as_jsonl:
        yield from read_jsonl_lines(stdin, STDIN, reference_date)
        return
    data = stdin.read()
    if HTML_DOCUMENT.match(data):  # `curl URL | newsfacts extract`: a page, not text
        from newsfacts.web import page_document

        yield page_document(
            data, doc_id="stdin", source=STDIN, reference_date=reference_date, notify=notify
        )
        return
    try:
        text = decode_text(data)
    except UnreadableText as error:
        yield InputError(STDIN, str(error))
        return
    date, date_source = resolve_reference_date(text, option=reference_date)
    yield Document("stdin", STDIN, text, date, date_source)


def os_reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__
