"""The archive's tables, indexes and views, as data.

One table per kind of fact, one row per fact, with the record's own field names; lists and
objects (``mentions``, ``titles``, ``aliases``, ``fragments``, ``speaker_text``, ``meta``) are JSON
text that SQLite's ``json_each`` and ``json_extract`` read. A field that a later record version
adds lands in a new column of its name (see ``writer``): the columns below only fix the types of
those the schema already names.
"""

from __future__ import annotations

import sqlite_utils

# PRAGMA application_id: "nfct", marks a SQLite file as a newsfacts archive.
APPLICATION_ID = 0x6E666374
FORMAT_VERSION = 1  # PRAGMA user_version

DOCUMENTS = "documents"
DOCUMENT_COLUMNS = {
    "id": str,
    "source": str,
    "reference_date": str,
    "reference_date_source": str,
    "schema": str,
    "meta": dict,
    "text": str,  # when the record carries it
    "text_sha256": str,  # of the text the offsets index: tells a changed document on a rerun
    "newsfacts_version": str,
    "stored_at": str,
}

SPAN = {"text": str, "start": int, "end": int, "sentence": int}
FACT_COLUMNS = {
    "quantities": {
        **SPAN,
        "value": float,
        "value_max": float,
        "unit": str,
        "kind": str,
        "qualifier": str,
    },
    "dates": {**SPAN, "type": str, "value": str, "relative": bool},
    "places": {
        "name": str,
        "kind": str,
        "country": str,
        "geonames_id": int,
        "lat": float,
        "lon": float,
        "aliases": list,
        "mentions": list,
        "mention_count": int,
    },
    "actors": {
        "name": str,
        "type": str,
        "titles": list,
        "aliases": list,
        "mentions": list,
        "mention_count": int,
    },
    "quotes": {
        **SPAN,
        "type": str,
        "speaker": str,
        "speaker_text": dict,
        "cue": str,
        "fragments": list,
    },
}
FACT_TABLES = tuple(FACT_COLUMNS)
# Not in the record: len(mentions), kept so that views across the archive need not read the JSON.
MENTION_COUNT = "mention_count"
DERIVED = {MENTION_COUNT: "json_array_length(mentions)"}  # SQL that fills it in older archives
# Each fact row: its document and its index in the record's list, the table's primary key.
FACT_KEY = {"document_id": str, "position": int}

# For the questions the README asks: who is quoted, which actors and places recur, by date.
INDEXES = [
    (DOCUMENTS, ["reference_date"]),
    ("quotes", ["speaker", "type", "document_id"]),  # covers quotes_by_speaker
    ("actors", ["name", "type", "document_id", "mention_count"]),  # covers `entities`
    ("actors", ["type"]),
    ("places", ["name", "country", "kind", "document_id", "mention_count"]),  # places_by_documents
    ("places", ["country"]),
    ("dates", ["value"]),
]
QUOTES_SEARCH = ["text", "speaker", "cue"]  # quotes_fts; accents ignored: 'Etats' finds 'États'
SEARCH_TOKENIZER = "unicode61 remove_diacritics 2"

VIEWS = {
    # One row per actor across the archive: the same name and type in many documents. Kept to
    # what an index answers (0.3 s for 30,000 articles; with titles, 2 s: see actor_titles).
    "entities": """
        SELECT a.name, a.type,
          COUNT(DISTINCT a.document_id) AS documents,
          SUM(a.mention_count) AS mentions,
          (SELECT COUNT(*) FROM quotes q WHERE q.speaker = a.name) AS quotes
        FROM actors a
        GROUP BY a.name, a.type
        ORDER BY documents DESC, mentions DESC, a.name""",
    # The roles given to each actor, in how many documents.
    "actor_titles": """
        SELECT a.name, a.type, t.value AS title, COUNT(DISTINCT a.document_id) AS documents
        FROM actors a, json_each(a.titles) t
        GROUP BY a.name, a.type, t.value
        ORDER BY a.name, documents DESC, title""",
    "quotes_by_speaker": """
        SELECT speaker,
          COUNT(*) AS quotes,
          COUNT(DISTINCT document_id) AS documents,
          SUM(type = 'direct') AS direct,
          SUM(type = 'indirect') AS indirect,
          SUM(type = 'mixed') AS mixed
        FROM quotes
        WHERE speaker IS NOT NULL
        GROUP BY speaker
        ORDER BY quotes DESC, documents DESC, speaker""",
    "places_by_documents": """
        SELECT name, MAX(kind) AS kind, country,
          COUNT(DISTINCT document_id) AS documents,
          SUM(mention_count) AS mentions
        FROM places
        GROUP BY name, country
        ORDER BY documents DESC, mentions DESC, name""",
}


def create_schema(db: sqlite_utils.Database) -> None:
    """Tables, indexes, full-text search and views, each created only if missing (views are
    replaced, so that a newer newsfacts brings its own)."""
    with db.atomic():
        db[DOCUMENTS].create(DOCUMENT_COLUMNS, pk="id", not_null={"id"}, if_not_exists=True)
        for table, columns in FACT_COLUMNS.items():
            db[table].create(
                {**FACT_KEY, **columns},
                pk=tuple(FACT_KEY),
                not_null=set(FACT_KEY),
                foreign_keys=[("document_id", DOCUMENTS, "id")],
                if_not_exists=True,
            )
        # An archive written by an earlier newsfacts gets the columns added since.
        for table, columns in {DOCUMENTS: DOCUMENT_COLUMNS, **FACT_COLUMNS}.items():
            missing = set(columns) - set(db[table].columns_dict)
            for name in sorted(missing):
                db[table].add_column(name, columns[name])
                if name in DERIVED:
                    db.execute(f"UPDATE [{table}] SET [{name}] = {DERIVED[name]}")
        for table, columns in INDEXES:
            db[table].create_index(columns, if_not_exists=True)
        for name, sql in VIEWS.items():
            db.create_view(name, sql.strip(), replace=True)
    if "quotes_fts" not in db.table_names():
        db["quotes"].enable_fts(QUOTES_SEARCH, create_triggers=True, tokenize=SEARCH_TOKENIZER)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {FORMAT_VERSION}")
