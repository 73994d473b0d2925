"""`extract --db`: every record lands whole in SQLite, reruns add nothing twice, a killed run and
its rerun end complete, one writer at a time; `newsfacts db` and the views read it back."""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from newsfacts.cli import cli
from newsfacts.db.lock import ArchiveBusy, ArchiveLock
from newsfacts.db.tables import DOCUMENT_COLUMNS, FACT_COLUMNS, FACT_TABLES
from newsfacts.db.writer import Archive
from tests.conftest import article, run_cli

REFERENCE_DATE = "2018-10-29"


def ctrl_c_as_in_a_terminal() -> None:
    """A run started in the background inherits an ignored SIGINT (a shell's '&' does that), and
    Python then installs no Ctrl-C handler: give the child the terminal's default."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def write_corpus(path: Path, count: int, bad_line: int | None = None) -> Path:
    lines = [json.dumps({"id": f"a{n:03d}", "text": article(n)}) for n in range(count)]
    if bad_line is not None:
        lines.insert(bad_line, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """8 articles and one bad line (the 5th)."""
    return write_corpus(tmp_path_factory.mktemp("corpus") / "archive.jsonl", 8, bad_line=4)


@pytest.fixture(scope="module")
def records(corpus, nlp):
    result, records = run_cli("extract", "-q", "--reference-date", REFERENCE_DATE, str(corpus))
    assert result.exit_code == 1 and len(records) == 8
    return records


@pytest.fixture(scope="module")
def archive(corpus, records, tmp_path_factory):
    """The corpus stored by one run; tests only read it."""
    path = tmp_path_factory.mktemp("db") / "facts.db"
    result = extract_to(path, corpus)
    assert result.exit_code == 1
    return path


def extract_to(path: Path, *inputs: Path, options=()):
    result, _ = run_cli(
        "extract",
        "--reference-date",
        REFERENCE_DATE,
        *map(str, inputs),
        "--db",
        str(path),
        *options,
    )
    return result


def run_db(*args: str):
    return CliRunner().invoke(cli, ["db", *args], catch_exceptions=False)


def stored_record(db: sqlite_utils.Database, document_id: str) -> dict:
    """The record rebuilt from the archive's rows, with every column (null where absent)."""
    [document] = db.query("SELECT * FROM documents WHERE id = ?", [document_id])
    record = {**document, "meta": json.loads(document["meta"])}
    for table, columns in FACT_COLUMNS.items():
        rows = db.query(
            f"SELECT * FROM {table} WHERE document_id = ? ORDER BY position", [document_id]
        )
        record[table] = [_fact(row, columns) for row in rows]
    return record


def _fact(row: dict, columns: dict) -> dict:
    fact = {}
    for name, value in row.items():
        if name in ("document_id", "position"):
            continue
        kind = columns.get(name)
        if kind in (list, dict) and value is not None:
            value = json.loads(value)
        elif kind is bool:
            value = bool(value)
        fact[name] = value
    return fact


STORED_ONLY = {"text_sha256", "newsfacts_version", "stored_at", "mention_count"}


def assert_stored(stored: dict, record: dict) -> None:
    """``stored`` holds ``record``'s fields and values, and nothing else but nulls."""
    assert _project(stored, record) == record


def _project(stored, record):
    if isinstance(record, dict) and isinstance(stored, dict):
        extra = {k: v for k, v in stored.items() if k not in record and k not in STORED_ONLY}
        assert all(value is None for value in extra.values()), extra
        return {k: _project(stored.get(k), v) for k, v in record.items()}
    if isinstance(record, list) and isinstance(stored, list):
        return [_project(s, r) for s, r in zip(stored, record, strict=False)] + stored[
            len(record) :
        ]
    return stored


def table_rows(path: Path) -> dict[str, list[dict]]:
    with sqlite_utils.Database(path) as db:
        return {
            table: [
                {k: v for k, v in row.items() if k != "stored_at"}
                for row in db.query(f"SELECT * FROM {table} ORDER BY 1, 2")
            ]
            for table in ("documents", *FACT_TABLES)
        }


def test_every_record_is_stored_whole(archive, records):
    with sqlite_utils.Database(archive) as db:
        assert db["documents"].count == len(records)
        for record in records:
            stored = stored_record(db, record["id"])
            assert_stored(stored, record)
            for entity in stored["places"] + stored["actors"]:
                assert entity["mention_count"] == len(entity["mentions"])
            assert (
                stored["text_sha256"]
                == hashlib.sha256(article(int(record["id"][1:])).encode()).hexdigest()
            )


def test_tables_have_the_schema_columns_keys_and_indexes(archive):
    with sqlite_utils.Database(archive) as db:
        assert set(DOCUMENT_COLUMNS) <= set(db["documents"].columns_dict)
        for table, columns in FACT_COLUMNS.items():
            assert db[table].pks == ["document_id", "position"]
            assert {"document_id", *columns} <= set(db[table].columns_dict)
            [key] = db[table].foreign_keys
            assert (key.column, key.other_table, key.other_column) == (
                "document_id",
                "documents",
                "id",
            )
        assert ["speaker", "type", "document_id"] in [
            index.columns for index in db["quotes"].indexes
        ]
        assert ["name", "type", "document_id", "mention_count"] in [
            index.columns for index in db["actors"].indexes
        ]
        assert db["quotes"].detect_fts() == "quotes_fts"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file to copy
    assert not Path(f"{archive}.lock").exists()


def test_quotes_are_searchable_without_accents(archive, records):
    quoted = [q for r in records for q in r["quotes"] if "irons" in q["text"]]
    assert quoted
    with sqlite_utils.Database(archive) as db:
        found = list(db["quotes"].search("irons"))
        assert sorted(row["text"] for row in found) == sorted(q["text"] for q in quoted)
        speakers = {q["speaker"] for q in quoted} - {None}
        for speaker in speakers:  # 'declare' finds 'déclaré' through the cue, 'Martin' the speaker
            assert list(db["quotes"].search(speaker.split()[-1]))


def test_entities_view_counts_documents_across_the_archive(archive, records):
    documents = Counter(
        key for r in records for key in {(a["name"], a["type"]) for a in r["actors"]}
    )
    mentions = Counter()
    for record in records:
        for actor in record["actors"]:
            mentions[actor["name"], actor["type"]] += len(actor["mentions"])
    with sqlite_utils.Database(archive) as db:
        rows = list(db.query("SELECT * FROM entities"))
    assert {(r["name"], r["type"]): r["documents"] for r in rows} == dict(documents)
    assert {(r["name"], r["type"]): r["mentions"] for r in rows} == dict(mentions)
    assert max(documents.values()) > 1  # the same actor in several articles is one row
    assert [r["documents"] for r in rows] == sorted((r["documents"] for r in rows), reverse=True)


def test_actor_titles_view(archive, records):
    titles = Counter(
        key
        for r in records
        for key in {(a["name"], a["type"], t) for a in r["actors"] for t in a["titles"]}
    )
    assert titles  # 'maire', 'ministre'
    with sqlite_utils.Database(archive) as db:
        rows = db.query("SELECT * FROM actor_titles")
        assert {(r["name"], r["type"], r["title"]): r["documents"] for r in rows} == dict(titles)


def test_quotes_and_places_views(archive, records):
    speakers = Counter(q["speaker"] for r in records for q in r["quotes"] if q["speaker"])
    places = Counter(p["name"] for r in records for p in r["places"])
    with sqlite_utils.Database(archive) as db:
        assert {r["speaker"]: r["quotes"] for r in db.query("SELECT * FROM quotes_by_speaker")} == (
            dict(speakers)
        )
        by_place = {
            r["name"]: r["documents"] for r in db.query("SELECT * FROM places_by_documents")
        }
    assert by_place == dict(places)


def test_db_command_prints_counts_and_views(archive, records):
    result = run_db(str(archive), "--limit", "3")
    assert result.exit_code == 0
    first = result.stdout.splitlines()[0]
    for table in FACT_TABLES:
        assert f"{sum(len(r[table]) for r in records)} {table}" in first
    assert f"{len(records)} documents" in first
    [(top_speaker, _)] = Counter(
        q["speaker"] for r in records for q in r["quotes"] if q["speaker"]
    ).most_common(1)
    assert "Quotes by speaker" in result.stdout and top_speaker in result.stdout
    assert "Actors by number of documents" in result.stdout
    assert "Places by number of documents" in result.stdout


@pytest.mark.parametrize("make_file", ["missing", "text", "other-sqlite"])
def test_db_command_and_extract_refuse_what_is_not_an_archive(tmp_path, corpus, make_file):
    path = tmp_path / "facts.db"
    if make_file == "text":
        path.write_text("not a database " * 100)
    elif make_file == "other-sqlite":
        sqlite_utils.Database(path)["birds"].insert({"name": "merle"})
    before = path.read_bytes() if path.exists() else None
    result = run_db(str(path))
    assert result.exit_code == 1 and str(path) in result.stderr
    assert "Traceback" not in result.stderr
    if make_file != "missing":
        result = extract_to(path, corpus)
        assert result.exit_code == 1 and "Error:" in result.stderr
        assert path.read_bytes() == before  # left as it was


def test_rerun_adds_nothing_twice(archive, corpus, tmp_path):
    copy = tmp_path / "facts.db"
    copy.write_bytes(archive.read_bytes())
    before = table_rows(copy)
    with sqlite_utils.Database(copy) as db:
        stored_at = dict(db.execute("SELECT id, stored_at FROM documents").fetchall())
    result = extract_to(copy, corpus)
    assert "0 documents stored, 8 already there" in result.stderr
    assert result.exit_code == 1  # the bad line is still reported
    assert table_rows(copy) == before
    with sqlite_utils.Database(copy) as db:
        assert dict(db.execute("SELECT id, stored_at FROM documents").fetchall()) == stored_at


def test_changed_documents_are_replaced(archive, corpus, records, tmp_path, nlp):
    copy = tmp_path / "facts.db"
    copy.write_bytes(archive.read_bytes())
    lines = corpus.read_text("utf-8").splitlines()
    changed = json.loads(lines[0])
    changed["text"] = "Selon Marie Curie, « tout va bien » à Nantes."
    lines[0] = json.dumps(changed)
    new_corpus = tmp_path / "archive.jsonl"
    new_corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = extract_to(copy, new_corpus)
    assert "1 documents stored, 7 already there" in result.stderr
    _, records_now = run_cli("extract", "--reference-date", REFERENCE_DATE, str(new_corpus))
    [expected] = [r for r in records_now if r["id"] == changed["id"]]
    with sqlite_utils.Database(copy) as db:
        stored = stored_record(db, changed["id"])
        assert_stored(stored, expected)
        assert db["documents"].count == 8
    # Another reference date changes the facts too: the documents are extracted again.
    result, _ = run_cli(
        "extract", "--reference-date", "2020-01-01", str(new_corpus), "--db", str(copy)
    )
    assert "8 documents stored, 0 already there" in result.stderr


def test_later_record_fields_get_columns(tmp_path):
    """Fields other helpers add (text, fragments, GeoNames ids) and unknown ones land as is."""
    text = "Selon Paris, « oui »."
    record = {
        "schema": "newsfacts/1",
        "id": "x",
        "source": "x.html",
        "reference_date": None,
        "reference_date_source": None,
        "quantities": [],
        "dates": [],
        "places": [
            {
                "name": "Paris",
                "kind": "city",
                "country": "FR",
                "geonames_id": 2988507,
                "lat": 48.85,
                "lon": 2.35,
                "aliases": [],
                "mentions": [{"text": "Paris", "start": 6, "end": 11, "sentence": 0}],
                "population": 2138551,
            }
        ],
        "actors": [],
        "quotes": [
            {
                "text": "oui",
                "start": 15,
                "end": 18,
                "sentence": 0,
                "type": "mixed",
                "speaker": None,
                "speaker_text": None,
                "cue": "selon",
                "fragments": [{"text": "oui", "start": 15, "end": 18, "sentence": 0}],
            }
        ],
        "meta": {"url": "https://example.org/x"},
        "text": text,
        "language": "fr",
    }
    with Archive(tmp_path / "facts.db") as archive:
        archive.store(record)
        db = archive.db
        stored = stored_record(db, "x")
        [place] = db.query("SELECT geonames_id, lat, population FROM places")
    assert_stored(stored, record)
    assert stored["text_sha256"] == hashlib.sha256(text.encode()).hexdigest()
    assert place == {"geonames_id": 2988507, "lat": 48.85, "population": 2138551}


LOCK_HOLDER = """
import sys
from pathlib import Path
from newsfacts.db.writer import Archive
with Archive(Path(sys.argv[1])):
    print("locked", flush=True)
    sys.stdin.read()
"""


def test_a_second_writer_is_refused_until_the_first_ends(tmp_path, corpus):
    path = tmp_path / "facts.db"
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline() == "locked\n"
        result = extract_to(path, corpus)
        assert result.exit_code == 1
        assert "is being written by another newsfacts run" in result.stderr
        assert f"process {holder.pid}," in result.stderr
        with pytest.raises(ArchiveBusy):
            Archive(path)
        # Readers are not writers: the archive can be read meanwhile.
        assert run_db(str(path)).exit_code == 0
    finally:
        holder.communicate("", timeout=60)
    assert holder.returncode == 0
    with Archive(path):
        pass


def test_the_lock_is_one_per_process_too(tmp_path):
    first = ArchiveLock(tmp_path / "facts.db")
    first.acquire()
    with pytest.raises(ArchiveBusy):
        ArchiveLock(tmp_path / "facts.db").acquire()
    first.release()
    again = ArchiveLock(tmp_path / "facts.db")
    again.acquire()
    again.release()


def test_killed_run_and_its_rerun_end_complete(tmp_path, nlp):
    """SIGKILL to the run (and its --jobs workers) once some documents are stored: those are whole,
    and a rerun stores exactly the rest, as one uninterrupted run would have."""
    corpus = write_corpus(tmp_path / "many.jsonl", 120)
    clean = tmp_path / "clean.db"
    assert extract_to(clean, corpus).exit_code == 0
    expected = table_rows(clean)

    killed = tmp_path / "killed.db"
    command = [sys.executable, "-m", "newsfacts", "extract", "-q", "--jobs", "2"]
    command += ["--reference-date", REFERENCE_DATE, str(corpus), "--db", str(killed)]
    process = subprocess.Popen(command, start_new_session=True, stderr=subprocess.PIPE)
    deadline = time.time() + 600  # a loaded machine loads the model slowly
    while time.time() < deadline and stored_count(killed) == 0:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
    partial = table_rows(killed)
    assert 0 < len(partial["documents"]) < 120, "the run was not killed midway"
    ids = {row["id"] for row in partial["documents"]}
    for table, rows in partial.items():  # every stored document is whole
        key = "id" if table == "documents" else "document_id"
        assert rows == [row for row in expected[table] if row[key] in ids], table

    result = extract_to(killed, corpus)
    assert f"{120 - len(ids)} documents stored, {len(ids)} already there" in result.stderr
    assert table_rows(killed) == expected


def test_ctrl_c_ends_the_run_with_whole_documents_and_no_lock(tmp_path):
    # enough documents that the run cannot end between its first stored one and the signal
    corpus = write_corpus(tmp_path / "many.jsonl", 600)
    path = tmp_path / "facts.db"
    command = [sys.executable, "-m", "newsfacts", "extract", "-q", str(corpus), "--db", str(path)]
    process = subprocess.Popen(
        command, stderr=subprocess.PIPE, text=True, preexec_fn=ctrl_c_as_in_a_terminal
    )
    deadline = time.time() + 600
    while time.time() < deadline and stored_count(path) == 0:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130 and "Traceback" not in stderr
    assert not Path(f"{path}.lock").exists()
    with sqlite_utils.Database(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        stored = db["documents"].count
        assert 0 < stored < 600
        # Whole documents only: each has the facts of its record.
        for document_id in db.execute("SELECT id FROM documents").fetchall():
            quantities = db.execute(
                "SELECT COUNT(*) FROM quantities WHERE document_id = ?", document_id
            ).fetchone()[0]
            assert quantities >= 2


def stored_count(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            return connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.Error:  # the schema is not there yet
        return 0


def test_jobs_and_output_alongside(archive, corpus, records, tmp_path):
    path = tmp_path / "facts.db"
    out = tmp_path / "facts.jsonl"
    result = extract_to(path, corpus, options=["--jobs", "2", "-o", str(out)])
    assert result.exit_code == 1 and result.stdout == ""
    assert [json.loads(line) for line in out.read_text("utf-8").splitlines()] == records
    assert table_rows(path) == table_rows(archive)


def test_readme_queries_answer_on_an_archive(archive, records):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    queries = re.findall(r"```sql\n(.*?)```", readme, re.S)
    assert len(queries) == 3
    with sqlite_utils.Database(archive) as db:
        with_numbers, places_and_persons, _said = [list(db.query(query)) for query in queries]
    expected = {
        (record["id"], quote["text"], quantity["text"])
        for record in records
        for quote in record["quotes"]
        for quantity in record["quantities"]
        if quote["start"] <= quantity["start"] and quantity["end"] <= quote["end"]
    }
    assert expected
    assert {(r["document_id"], r["quote"], r["quantity"]) for r in with_numbers} == expected
    pairs = Counter(
        (actor["name"], place["name"])
        for record in records
        for actor in record["actors"]
        if actor["type"] == "person"
        for place in record["places"]
    )
    assert places_and_persons
    assert all(pairs[r["actor"], r["place"]] == r["documents"] for r in places_and_persons)


def test_an_older_archive_gets_the_columns_added_since(archive, tmp_path):
    old = tmp_path / "old.db"
    old.write_bytes(archive.read_bytes())
    with sqlite_utils.Database(old) as db:
        for view in db.view_names():
            db[view].drop()
        for table in ("places", "actors"):
            for index in db[table].indexes:
                if "mention_count" in index.columns:
                    db.execute(f"DROP INDEX [{index.name}]")
            db.execute(f"ALTER TABLE {table} DROP COLUMN mention_count")
    with Archive(old):
        pass
    with sqlite_utils.Database(old) as db:
        for table in ("places", "actors"):
            rows = list(db.query(f"SELECT mentions, mention_count FROM {table}"))
            assert rows and all(r["mention_count"] == len(json.loads(r["mentions"])) for r in rows)
