"""What ``newsfacts db FILE`` prints: how many facts of each kind, and who and what recur."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from newsfacts.db.tables import APPLICATION_ID, DOCUMENTS, FACT_TABLES
from newsfacts.db.writer import NotAnArchive

# (view, title, columns shown): the top rows of each view.
TOP_LISTS = [
    ("quotes_by_speaker", "Quotes by speaker", ["speaker", "quotes", "documents"]),
    ("entities", "Actors by number of documents", ["name", "type", "documents", "mentions"]),
    ("places_by_documents", "Places by number of documents", ["name", "country", "documents"]),
]


def open_for_reading(path: str | Path) -> sqlite_utils.Database:
    """The archive at ``path``, read-only: safe beside a run that writes it."""
    path = Path(path)
    if not path.is_file():
        raise NotAnArchive(f"{path}: no such file")
    try:
        db = sqlite_utils.Database(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True))
        application_id = db.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise NotAnArchive(f"{path}: not a SQLite database ({error})") from None
    if application_id != APPLICATION_ID:
        db.close()
        raise NotAnArchive(f"{path}: not a newsfacts archive")
    return db


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    return {
        table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in (DOCUMENTS, *FACT_TABLES)
    }


def top(db: sqlite_utils.Database, view: str, columns: list[str], limit: int) -> list[dict]:
    selected = ", ".join(f"[{column}]" for column in columns)
    return list(db.query(f"SELECT {selected} FROM [{view}] LIMIT ?", [limit]))
