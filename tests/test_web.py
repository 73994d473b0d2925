"""Web input: pages and WARC archives give the article's text, date and metadata, and the same
facts as the article given as plain text."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

import newsfacts
from newsfacts import web
from newsfacts.cli import cli
from newsfacts.inputs import Document, InputError, iter_documents
from newsfacts.web import decode_page, read_page
from tests.conftest import SEED, assert_valid_record, run_cli
from tests.web_pages import (
    AUTHOR,
    BOILERPLATE,
    LAYOUTS,
    PUBLISHED,
    SITE,
    TITLE,
    URL,
    build_warc,
    home_page,
    newsroom_page,
    page_bytes,
    regional_page,
)

FACT_KINDS = ("quantities", "dates", "places", "actors", "quotes")
CRAWL_DATE = "2018-11-02T09:15:00Z"


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    seed = SEED.read_text(encoding="utf-8")
    return [p.strip() for p in re.split(r"\n\s*\n", seed) if p.strip()]


@pytest.fixture(scope="module")
def plain_text(paragraphs) -> str:
    """The article as plain-text archives hold it: paragraphs separated by a blank line."""
    return "\n\n".join(paragraphs)


@pytest.fixture(scope="module")
def plain_record(plain_text, nlp) -> dict:
    return newsfacts.extract(plain_text, reference_date=PUBLISHED)


def facts(record: dict) -> dict:
    return {kind: record[kind] for kind in FACT_KINDS}


def write(path, data: bytes | str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- The page: text, date, metadata -----------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_layout_gives_the_article_without_boilerplate(layout, paragraphs, plain_text):
    page = read_page(decode_page(page_bytes(layout, paragraphs)))
    assert page.text == plain_text
    assert [words for words in BOILERPLATE if words in page.text] == []
    assert page.date == PUBLISHED
    assert page.meta["title"] == TITLE


def test_page_metadata_goes_into_meta(paragraphs):
    page = read_page(newsroom_page(paragraphs))
    assert page.meta == {"url": URL, "title": TITLE, "author": AUTHOR, "sitename": SITE}


def test_date_from_the_url_when_the_page_has_none(paragraphs):
    page = read_page(regional_page(paragraphs, dated=False), "https://e.fr/2018/10/30/caravane")
    assert page.date == "2018-10-30"
    assert read_page(regional_page(paragraphs, dated=False), "https://e.fr/caravane").date is None


def test_a_copyright_year_is_no_publication_date():
    assert read_page(home_page()).date is None


def test_home_page_has_no_article():
    page = read_page(home_page())
    assert page.text == "" and page.meta["title"].startswith(SITE)


@pytest.mark.parametrize(
    ("data", "charset"),
    [
        ("<p>Un élève à Évry, 5 € ; l’œuvre.</p>".encode("cp1252"), None),  # detected
        (
            '<meta charset="windows-1252"><p>Un élève à Évry, 5 € ; l’œuvre.</p>'.encode("cp1252"),
            None,
        ),
        ("<p>Un élève à Évry, 5 € ; l’œuvre.</p>".encode("cp1252"), "iso-8859-1"),  # as browsers
        ("<p>Un élève à Évry, 5 € ; l’œuvre.</p>".encode("cp1252"), "utf-8"),  # a wrong header
        ("<p>Un élève à Évry, 5 € ; l’œuvre.</p>".encode(), "iso-8859-1"),  # a wrong header
        ("<p>Un élève à Évry, 5 € ; l’œuvre.</p>".encode("utf-16"), None),
    ],
    ids=["undeclared", "meta", "header-latin1", "header-wrong-utf8", "header-wrong-latin1", "bom"],
)
def test_page_encodings(data, charset):
    assert "<p>Un élève à Évry, 5 € ; l’œuvre.</p>" in decode_page(data, charset)


# --- From the command line --------------------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
def test_page_facts_match_the_plain_text_facts(
    layout, tmp_path, paragraphs, plain_text, plain_record
):
    page = write(tmp_path / f"{layout}.html", page_bytes(layout, paragraphs))
    result, [record] = run_cli("extract", "--reference-date", "2000-01-01", str(page))
    assert result.exit_code == 0, result.stderr
    assert (record["reference_date"], record["reference_date_source"]) == (PUBLISHED, "page")
    assert (record["id"], record["source"]) == (layout, str(page))
    assert record["text"] == plain_text
    assert facts(record) == facts(plain_record)
    assert_valid_record(record, record["text"])


def test_page_on_standard_input(paragraphs, plain_text):
    result, [record] = run_cli("extract", input=newsroom_page(paragraphs).encode("utf-8"))
    assert result.exit_code == 0
    assert (record["id"], record["source"], record["text"]) == ("stdin", "-", plain_text)
    assert record["reference_date_source"] == "page"


def test_undated_page_takes_the_option_date(tmp_path, paragraphs):
    page = write(tmp_path / "p.html", regional_page(paragraphs, dated=False))
    _, [record] = run_cli("extract", "--reference-date", "29 octobre 2018", str(page))
    assert (record["reference_date"], record["reference_date_source"]) == (PUBLISHED, "option")


def test_page_without_article_is_an_empty_record_and_a_note(tmp_path):
    home = write(tmp_path / "index.html", home_page())
    empty = write(tmp_path / "empty.htm", b"")
    result, records = run_cli("extract", str(home), str(empty))
    assert result.exit_code == 0
    assert [r["id"] for r in records] == ["index", "empty"]
    for record in records:
        assert record["text"] == "" and not any(facts(record).values())
        assert_valid_record(record, "")
    notes = result.stderr.strip().splitlines()
    assert [line.split(": ")[:3] for line in notes] == [
        ["newsfacts", "note", str(home)],
        ["newsfacts", "note", str(empty)],
    ]


def test_bad_pages_are_errors_and_the_rest_goes_on(tmp_path, monkeypatch, paragraphs):
    monkeypatch.setattr(web, "MAX_PAGE_BYTES", 50_000)
    write(tmp_path / "a-good.html", newsroom_page(paragraphs[:2]))
    binary = write(tmp_path / "b-binary.html", bytes(range(256)) * 8)
    no_markup = write(tmp_path / "c-text.html", "Juste du texte, sans balise.")
    huge = write(tmp_path / "d-huge.html", newsroom_page(paragraphs * 40))
    write(tmp_path / "e-broken.html", "<html><body><p>Le maire a parlé <b>lundi<p>Fin")
    result, records = run_cli("extract", str(tmp_path))
    assert result.exit_code == 1
    assert [r["id"] for r in records] == ["a-good", "e-broken"]
    assert records[1]["text"].startswith("Le maire a parlé lundi")
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3 and "Traceback" not in result.stderr
    for path, reason in ((binary, "binary"), (no_markup, "not an HTML page"), (huge, "too large")):
        assert any(
            line.startswith(f"newsfacts: error: {path}: ") and reason in line for line in errors
        )


def test_folder_holds_pages_archives_and_texts(tmp_path, paragraphs):
    write(tmp_path / "a.txt", "Premier article.")
    write(tmp_path / "b.html", newsroom_page(paragraphs[:1]))
    write(tmp_path / "c.HTM", regional_page(paragraphs[:1]))
    warc = build_warc(
        [(URL, "200 OK", "text/html", newsroom_page(paragraphs[:1]).encode(), CRAWL_DATE)]
    )
    write(tmp_path / "sub" / "d.warc.gz", warc)
    write(tmp_path / "sub" / "e.css", "body {}")
    result, records = run_cli("extract", str(tmp_path))
    assert result.exit_code == 0
    assert [r["id"] for r in records] == ["a", "b", "c", URL]
    assert ["text" in r for r in records] == [False, True, True, True]


# --- WARC --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def crawl(paragraphs) -> bytes:
    return build_warc(
        [
            ("https://www.journaldusud.fr/a", "200 OK", "text/html; charset=utf-8",
             page_bytes("newsroom", paragraphs), CRAWL_DATE),
            ("https://www.journaldusud.fr/old", "301 Moved Permanently", "text/html", b"",
             CRAWL_DATE),
            ("https://blog.example.fr/b", "200 OK", "text/html; charset=windows-1252",
             page_bytes("blog", paragraphs), CRAWL_DATE),
            ("https://www.journaldusud.fr/logo.png", "200 OK", "image/png", b"\x89PNG\r\n",
             CRAWL_DATE),
            ("https://www.journaldusud.fr/gone", "404 Not Found", "text/html", b"<p>Introuvable",
             CRAWL_DATE),
            ("https://regional.example.fr/2018/10/30/c", "200 OK", "",
             regional_page(paragraphs, dated=False).encode(), CRAWL_DATE),
            ("https://regional.example.fr/d", "200 OK", "text/html",
             regional_page(paragraphs[:1], dated=False).encode(), CRAWL_DATE),
        ]
    )  # fmt: skip


def test_warc_pages_are_documents(tmp_path, crawl, plain_text, plain_record):
    path = write(tmp_path / "crawl.warc.gz", crawl)
    result, records = run_cli("extract", str(path))
    assert result.exit_code == 0, result.stderr
    uris = [
        "https://www.journaldusud.fr/a",
        "https://blog.example.fr/b",
        "https://regional.example.fr/2018/10/30/c",
        "https://regional.example.fr/d",
    ]
    assert [r["id"] for r in records] == uris
    assert [r["meta"]["url"] for r in records] == uris
    assert all(re.fullmatch(rf"{re.escape(str(path))}@\d+", r["source"]) for r in records)
    assert [r["reference_date"] for r in records] == [
        PUBLISHED,
        PUBLISHED,
        "2018-10-30",
        "2018-11-02",
    ]
    assert {r["reference_date_source"] for r in records} == {"page"}
    for record in records[:2]:
        assert record["text"] == plain_text
        assert facts(record) == facts(plain_record)
    for record in records:
        assert_valid_record(record, record["text"])
    [note] = result.stderr.strip().splitlines()
    assert note == (
        f"newsfacts: note: {path}: 4 HTML pages; skipped 7 requests, 1 redirect, "
        "1 HTTP error, 1 not HTML, 1 other record"
    )


def test_uncompressed_warc(tmp_path, paragraphs):
    page = newsroom_page(paragraphs[:1]).encode()
    path = write(
        tmp_path / "x.warc",
        build_warc([(URL, "200 OK", "text/html", page, CRAWL_DATE)], gzip=False),
    )
    [document] = iter_documents([str(path)])
    assert isinstance(document, Document) and document.text == paragraphs[0]
    assert document.keep_text


def member_starts(warc: bytes) -> list[int]:
    return [match.start() for match in re.finditer(b"\x1f\x8b\x08", warc)]


@pytest.mark.parametrize(
    "cut",
    [
        lambda warc: warc[: member_starts(warc)[-1] + 10],  # in the last record's gzip header
        lambda warc: warc[: member_starts(warc)[-1] + 300],  # in its compressed content
        lambda warc: warc[:-4],  # in the gzip trailer
    ],
    ids=["header", "content", "trailer"],
)
def test_truncated_warc_gives_its_pages_then_an_error(tmp_path, crawl, cut):
    path = write(tmp_path / "cut.warc.gz", cut(crawl))
    *documents, error = iter_documents([str(path)])
    assert len(documents) >= 3 and all(isinstance(d, Document) for d in documents)
    assert isinstance(error, InputError) and error.source == str(path)
    assert "truncated" in error.reason


def test_truncated_uncompressed_warc(tmp_path, paragraphs):
    page = newsroom_page(paragraphs).encode()
    warc = build_warc([(URL, "200 OK", "text/html", page, CRAWL_DATE)] * 2, gzip=False)
    path = write(tmp_path / "cut.warc", warc[:-100])
    *documents, error = iter_documents([str(path)])
    assert len(documents) == 2 and "truncated" in error.reason


@pytest.mark.parametrize(
    "data",
    [b"ceci n'est pas une archive\n", b"<html><body>page</body></html>", b"\x1f\x8b\x08\x00abc"],
    ids=["text", "html", "bad-gzip"],
)
def test_not_a_warc_is_an_error(tmp_path, data):
    path = write(tmp_path / "x.warc.gz", data)
    result, records = run_cli("extract", str(path))
    assert result.exit_code == 1 and records == []
    assert result.stderr.startswith(f"newsfacts: error: {path}: ")
    assert "Traceback" not in result.stderr


def test_a_page_too_large_in_a_warc_is_an_error_alone(tmp_path, monkeypatch, paragraphs):
    monkeypatch.setattr(web, "MAX_PAGE_BYTES", 50_000)
    huge = newsroom_page(paragraphs * 40).encode()
    small = newsroom_page(paragraphs[:1]).encode()
    pages = [("https://e.fr/huge", huge), ("https://e.fr/small", small)]
    warc = build_warc([(uri, "200 OK", "text/html", body, CRAWL_DATE) for uri, body in pages])
    path = write(tmp_path / "x.warc.gz", warc)
    result, records = run_cli("extract", str(path))
    assert result.exit_code == 1
    assert [r["id"] for r in records] == ["https://e.fr/small"]
    assert "too large" in result.stderr


# --- show, Python -------------------------------------------------------------------------------


def test_show_shows_the_extracted_article(tmp_path, paragraphs):
    page = write(tmp_path / "p.html", newsroom_page(paragraphs))
    result = CliRunner().invoke(cli, ["show", "--no-color", str(page)])
    assert result.exit_code == 0, result.stderr
    assert f"title: {TITLE}" in result.stdout and f"url: {URL}" in result.stdout
    assert "[Pentagone]{actor}" in result.stdout
    assert [words for words in BOILERPLATE if words in result.stdout] == []
    html = CliRunner().invoke(cli, ["show", str(page), "--html", "-"]).stdout
    assert "Pentagone</mark>" in html and "cookies" not in html


def test_extract_html(paragraphs, plain_text, plain_record):
    markup = newsroom_page(paragraphs)
    record = newsfacts.extract_html(markup, url="https://e.fr/x", reference_date="2000-01-01")
    assert record["text"] == plain_text and facts(record) == facts(plain_record)
    assert (record["id"], record["meta"]["url"]) == ("https://e.fr/x", "https://e.fr/x")
    assert record["reference_date_source"] == "page"
    from_bytes = newsfacts.extract_html(markup.encode("utf-8"))
    assert from_bytes["text"] == plain_text and from_bytes["meta"]["url"] == URL  # canonical
    with pytest.raises(ValueError, match="not an HTML page"):
        newsfacts.extract_html("Juste du texte.")
