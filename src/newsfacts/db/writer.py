"""``Archive``: records into a SQLite archive, one transaction per document, resumable.

A document is stored whole or not at all (its row and its facts in one transaction), so a run that
is killed leaves complete documents only. A rerun skips the documents stored with the same text and
reference date (``unstored``), before they reach the pipeline, and replaces those that changed.
Documents are keyed by ``id``: a later document with the same id replaces the earlier one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

import sqlite_utils

from newsfacts import __version__
from newsfacts.db.lock import ArchiveLock
from newsfacts.db.tables import (
    APPLICATION_ID,
    DOCUMENTS,
    FACT_TABLES,
    MENTION_COUNT,
    create_schema,
)
from newsfacts.inputs import Document, InputError


class NotAnArchive(ValueError):
    """The file exists and is something else: it is left as it is."""


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Archive:
    """A newsfacts archive opened for writing by this run (``ArchiveBusy`` if another holds it).

    Use it as a context manager, or call ``close``.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.lock = ArchiveLock(self.path)
        self.lock.acquire()
        try:
            self.db = _open(self.path)
        except BaseException:
            self.lock.release()
            raise
        self._digests: dict[tuple[str, str], str] = {}  # (id, source) of documents let through
        self._columns: dict[str, set[str]] = {}  # of each table, as far as this run knows
        self.stored = 0
        self.skipped = 0

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self) -> None:
        try:
            # Back to a single file, as users copy and publish it; while a reader (Datasette)
            # has it open, it stays in WAL mode, which readers and later runs handle as well.
            with contextlib.suppress(sqlite3.OperationalError):
                self.db.execute("PRAGMA journal_mode = DELETE")
            self.db.close()
        finally:
            self.lock.release()

    def unstored(self, items: Iterable[Document | InputError]) -> Iterator[Document | InputError]:
        """``items`` less the documents already stored with the same text and reference date."""
        for item in items:
            if isinstance(item, Document):
                digest = text_digest(item.text)
                if self.holds(item.id, digest, item.reference_date):
                    self.skipped += 1
                    continue
                self._digests[item.id, item.source] = digest
            yield item

    def holds(self, document_id: str, digest: str, reference_date: str | None) -> bool:
        found = self.db.execute(
            f"SELECT 1 FROM {DOCUMENTS} WHERE id = ? AND text_sha256 = ? AND reference_date IS ?",
            [document_id, digest, reference_date],
        ).fetchone()
        return found is not None

    def store(self, record: dict) -> None:
        """Write ``record`` in one transaction, in place of any document with its id."""
        key = (record["id"], record["source"])
        digest = self._digests.pop(key, None)
        if digest is None and isinstance(record.get("text"), str):
            digest = text_digest(record["text"])
        document = {
            **{name: value for name, value in record.items() if name not in FACT_TABLES},
            "text_sha256": digest,
            "newsfacts_version": __version__,
            "stored_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        }
        with self.db.atomic():
            self._delete(record["id"])
            self._insert(DOCUMENTS, [document])
            for table in FACT_TABLES:
                rows = [
                    {"document_id": record["id"], "position": position, **_row(fact)}
                    for position, fact in enumerate(record.get(table, []))
                ]
                if rows:
                    self._insert(table, rows)
        self.stored += 1

    def _insert(self, table: str, rows: list[dict]) -> None:
        """One prepared INSERT for all ``rows``; lists and objects as JSON. A field that a later
        record version adds gets a column of its own (sqlite-utils ``add_missing_columns``)."""
        names = list(dict.fromkeys(name for row in rows for name in row))
        known = self._columns.get(table)
        if known is None or not known.issuperset(names):
            self.db[table].add_missing_columns(rows)
            known = self._columns[table] = set(self.db[table].columns_dict)
        columns = ", ".join(f"[{name}]" for name in names)
        marks = ", ".join("?" * len(names))
        self.db.conn.executemany(
            f"INSERT INTO [{table}] ({columns}) VALUES ({marks})",
            [[_sql_value(row.get(name)) for name in names] for row in rows],
        )

    def _delete(self, document_id: str) -> None:
        for table in FACT_TABLES:
            self.db.execute(f"DELETE FROM {table} WHERE document_id = ?", [document_id])
        self.db.execute(f"DELETE FROM {DOCUMENTS} WHERE id = ?", [document_id])


def _row(fact: dict) -> dict:
    if isinstance(fact.get("mentions"), list):
        return {**fact, MENTION_COUNT: len(fact["mentions"])}
    return fact


def _sql_value(value):
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _open(path: Path) -> sqlite_utils.Database:
    try:
        db = sqlite_utils.Database(path)
        application_id = db.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError as error:  # not SQLite at all
        raise NotAnArchive(f"{path}: not a SQLite database ({error})") from None
    if application_id != APPLICATION_ID and db.table_names():
        db.close()
        raise NotAnArchive(f"{path}: a SQLite database, but not a newsfacts archive")
    # WAL while the run writes: Datasette and `newsfacts db` can read the archive meanwhile, and a
    # commit costs one sync instead of several.
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    create_schema(db)
    return db
