"""Batches: long texts in chunks, odd input, any text gives a valid record."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts import batch
from newsfacts.batch import annotate, batches_by_size, run, split_text
from newsfacts.inputs import Document, InputError
from newsfacts.record import build_record
from tests.conftest import assert_valid_record, run_cli

PARAGRAPH = (
    "Le maire de Lyon, Jean Dupont, a annoncé lundi 300 emplois. « Nous irons vite », "
    "a-t-il déclaré à Paris.\n\n"
)


def ctrl_c_as_in_a_terminal() -> None:
    """A run started in the background inherits an ignored SIGINT (a shell's '&' does that), and
    Python then installs no Ctrl-C handler: give the child the terminal's default."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@given(st.text(min_size=0, max_size=300), st.integers(min_value=1, max_value=40))
def test_split_text_keeps_every_character(text, limit):
    chunks = split_text(text, limit)
    assert "".join(chunks) == text
    assert all(0 < len(chunk) <= limit for chunk in chunks) or text == ""


def test_split_text_cuts_after_paragraphs():
    text = "a" * 50 + "\n\n" + "b" * 50 + "\n\n" + "c" * 50
    assert split_text(text, 110) == ["a" * 50 + "\n\n" + "b" * 50 + "\n\n", "c" * 50]


def test_text_longer_than_max_length_is_processed_whole(nlp, monkeypatch):
    text = PARAGRAPH * 30
    one = newsfacts.extract(PARAGRAPH, reference_date="2018-10-29")
    monkeypatch.setattr(nlp, "max_length", 1000)
    document = Document("long", "-", text, "2018-10-29", "option")
    record = build_record(annotate(nlp, document), document)
    assert_valid_record(record, text)
    assert len(record["quantities"]) == 30 * len(one["quantities"]) > 0
    assert len(record["dates"]) == 30 * len(one["dates"]) > 0
    assert record["quantities"][-1]["start"] > len(text) - len(PARAGRAPH)
    assert len(record["places"]) == len(one["places"])  # one entry per place, all chunks merged


def test_long_text_through_the_cli(tmp_path, nlp, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", 1500)
    path = tmp_path / "long.txt"
    text = PARAGRAPH * 20
    path.write_text(text, encoding="utf-8")
    result, [record] = run_cli("extract", str(path))
    assert result.exit_code == 0
    assert_valid_record(record, text)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bom.txt", "\ufeffLe 13 octobre, 300 personnes à Paris.".encode()),
        ("crlf.txt", "Le 13 octobre,\r\n300 personnes\r\nà Paris.".encode()),
        ("latin1.txt", "Le 13 août, 300 élèves à Évry.".encode("latin-1")),
        ("cp1252.txt", "« Oui », a dit l’élu : 5 € de plus.".encode("cp1252")),
        ("blank.txt", b"  \n\n  "),
        ("empty.txt", b""),
    ],
)
def test_odd_files_give_valid_records(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    result, [record] = run_cli("extract", str(path))
    assert result.exit_code == 0
    text = data.decode("utf-8-sig") if name != "latin1.txt" and name != "cp1252.txt" else None
    if text is None:
        text = data.decode("cp1252")
    assert_valid_record(record, text)


def test_blank_file_gives_empty_lists(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("   \n")
    _, [record] = run_cli("extract", str(path))
    assert [record[k] for k in ("quantities", "dates", "places", "actors", "quotes")] == [[]] * 5


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text("texte")
    other = tmp_path / "other.txt"
    other.write_text("Un autre texte.")
    real_open = open

    def open_or_refuse(path, *args, **kwargs):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", open_or_refuse)
    result, records = run_cli("extract", str(locked), str(other))
    assert result.exit_code == 1 and [r["id"] for r in records] == ["other"]
    assert f"{locked}: permission denied" in result.stderr


def test_file_inside_a_file_is_reported(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("texte")
    result, records = run_cli("extract", str(plain / "child.txt"))
    assert result.exit_code == 1 and records == []
    assert "not a directory" in result.stderr


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.text(st.characters(codec="utf-8"), max_size=6),
            st.sampled_from(list("«»“”\"'’ \u00a0\u202f\n0123456789,.%€-")),
            st.sampled_from(["lundi", " 5.000 ", "Trump", " a dit ", "selon", "le 13 octobre"]),
        ),
        max_size=40,
    ).map("".join)
)
def test_any_text_gives_a_valid_record(nlp, text):
    record = newsfacts.extract(text, reference_date="2018-10-29")
    assert_valid_record(record, text)


def documents(*lengths: int) -> list[Document]:
    return [Document(f"d{i}", "-", "x" * n) for i, n in enumerate(lengths)]


def test_a_long_document_goes_in_a_batch_of_its_own():
    items = documents(100, 200, 10_000, 300, 50, 60)
    items.insert(2, InputError("bad.txt", "unreadable"))
    sizes = [[getattr(d, "text", "") for d in b] for b in batches_by_size(items, 4, chars=1_000)]
    assert [[len(t) for t in b] for b in sizes] == [[100, 200, 0], [10_000], [300, 50, 60]]


def test_batches_close_at_their_count():
    items = documents(*[10] * 9)
    assert [len(b) for b in batches_by_size(items, 4, chars=1_000)] == [4, 4, 1]


def test_short_records_do_not_wait_for_a_long_document(monkeypatch):
    """The records before a long document come out before the long document is processed."""
    processed: list[str] = []

    def fake_process_batch(items):
        processed.extend(d.id for d in items)
        return [{"id": d.id} for d in items]

    monkeypatch.setattr(batch, "process_batch", fake_process_batch)
    items = documents(*[100] * 7, batch.BATCH_CHARS + 1, 100)
    outcomes = run(items, jobs=1)
    firsts = [next(outcomes)["id"] for _ in range(7)]
    assert firsts == [f"d{i}" for i in range(7)]
    assert "d7" not in processed
    assert [o["id"] for o in outcomes] == ["d7", "d8"]


@pytest.mark.parametrize(
    ("stop", "status", "jobs"),
    [(signal.SIGINT, 130, "1"), (signal.SIGTERM, 143, "1"), (signal.SIGTERM, 143, "2")],
)
def test_a_stopped_run_leaves_no_partial_line(tmp_path, stop, status, jobs):
    # enough documents that the run cannot end between its first record and the signal
    lines = "\n".join(json.dumps({"text": PARAGRAPH * 3}) for _ in range(3000))
    path = tmp_path / "many.jsonl"
    path.write_text(lines)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsfacts", "extract", "-q", "-j", jobs, str(path)]
    process = subprocess.Popen(
        [*command, "-o", str(out)],
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=ctrl_c_as_in_a_terminal,
    )
    deadline = time.time() + 600  # a loaded machine loads the model slowly
    while time.time() < deadline and (not out.exists() or out.stat().st_size == 0):
        time.sleep(0.2)
    assert out.exists() and out.stat().st_size > 0, "no record written before the deadline"
    process.send_signal(stop)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == status, stderr
    assert "Traceback" not in stderr
    written = out.read_text("utf-8")
    assert written.endswith("\n")
    assert all(json.loads(line)["schema"] == "newsfacts/1" for line in written.splitlines())
