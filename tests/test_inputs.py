"""Reading inputs: encodings, reference dates, folders."""

import codecs
import os

import pytest

from newsfacts.inputs import Document, InputError, decode_text, iter_documents, walk_folder
from newsfacts.reference import dateline_date, filename_date, parse_date

TEXT = "Le président a déclaré « non » à Évry, 5\u00a0000 € prévus."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.replace("\u00a0", " ").encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "cp1252"],
)
def test_encodings_are_decoded(data):
    assert decode_text(data).replace("\u00a0", " ") == TEXT.replace("\u00a0", " ")


def test_latin1_article_is_decoded():
    text = (
        "L'été dernier, les élèves de Provence-Alpes-Côte d'Azur ont été très nombreux à réussir."
    )
    assert decode_text(text.encode("latin-1")) == text


def test_crlf_is_kept_so_offsets_match_the_file():
    assert decode_text(b"a\r\nb") == "a\r\nb"


@pytest.mark.parametrize("data", [bytes(range(256)), b"\x00\x01\x02PNG\x00\x00" * 50])
def test_binary_is_refused(data):
    with pytest.raises(ValueError, match="binary"):
        decode_text(data)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PARIS, 29 oct 2018 (AFP) - Le texte", "2018-10-29"),
        ("MEXICO, 1er janvier 2019 (AFP) - Le texte", "2019-01-01"),
        ("Saint-Denis (La Réunion), lundi 3 juin 2019 (AFP) - x", "2019-06-03"),
        ("WASHINGTON, 12 mars 2020 (Reuters) - x", "2020-03-12"),
        ("Le 29 oct 2018, un texte sans dateline (AFP).", None),
        ("PARIS, 31 février 2018 (AFP) - date impossible", None),
    ],
)
def test_dateline(text, expected):
    assert dateline_date(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2018-10-29-caravane.txt", "2018-10-29"),
        ("archive/afp_2019-02-28.txt", "2019-02-28"),
        ("2018-13-01.txt", None),
        ("article-12345-2018-10-290.txt", None),
        ("article.txt", None),
    ],
)
def test_filename_date(name, expected):
    assert filename_date(name) == expected


@pytest.mark.parametrize("value", ["2018-02-30", "2018-10", "hier", "octobre 2018", "xyz", ""])
def test_bad_dates(value):
    with pytest.raises(ValueError):
        parse_date(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-10-29T08:15:00Z", "2018-10-29"),
        ("2018-10-29T16:00:00+01:00", "2018-10-29"),
        ("2018-10-29T23:30:00-05:00", "2018-10-29"),  # the day as written, not moved to UTC
        ("Mon, 29 Oct 2018 16:00:00 GMT", "2018-10-29"),
        ("29/10/2018", "2018-10-29"),
        ("10/11/2018", "2018-11-10"),  # day first, as in France
        ("29 octobre 2018", "2018-10-29"),
        ("lundi 1er octobre 2018", "2018-10-01"),
        ("29 oct. 2018 à 16h00", "2018-10-29"),
        (" 2018-10-29 ", "2018-10-29"),
    ],
)
def test_dates_in_archive_formats(value, expected):
    assert parse_date(value) == expected


def test_symlink_loop_is_cut(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("x")
    os.symlink(tmp_path, tmp_path / "a" / "loop")
    files = walk_folder(str(tmp_path))
    assert files == [str(tmp_path / "a" / "x.txt")]


def test_empty_file_is_a_document(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    [document] = iter_documents([str(tmp_path / "empty.txt")])
    assert isinstance(document, Document) and document.text == ""


def test_missing_path_is_an_error():
    [error] = iter_documents(["/nonexistent/article.txt"])
    assert isinstance(error, InputError) and "no such file" in error.reason
