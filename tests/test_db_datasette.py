"""Datasette serves an archive with the metadata of the newsfacts plugin (installed by the
datasette extra), through its own in-process client: titles, descriptions and facets."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import sqlite_utils

pytest.importorskip("datasette")
from datasette.app import Datasette

from newsfacts.db.writer import Archive

RECORD = {
    "schema": "newsfacts/1",
    "id": "a1",
    "source": "a1.txt",
    "reference_date": "2018-10-29",
    "reference_date_source": "option",
    "quantities": [],
    "dates": [],
    "places": [],
    "actors": [
        {
            "name": "Anne Martin",
            "type": "person",
            "titles": ["ministre"],
            "aliases": [],
            "mentions": [{"text": "Anne Martin", "start": 0, "end": 11, "sentence": 0}],
        }
    ],
    "quotes": [
        {
            "text": "Nous irons vite",
            "start": 14,
            "end": 29,
            "sentence": 0,
            "type": "direct",
            "speaker": "Anne Martin",
            "speaker_text": {"text": "Anne Martin", "start": 0, "end": 11, "sentence": 0},
            "cue": "déclarer",
        }
    ],
    "meta": {},
}


def serve(*paths: Path) -> Datasette:
    datasette = Datasette([str(path) for path in paths])
    asyncio.run(datasette.invoke_startup())
    return datasette


def get_json(datasette: Datasette, url: str) -> dict:
    async def get():
        response = await datasette.client.get(url)
        assert response.status_code == 200, response.text
        return response.json()

    return asyncio.run(get())


@pytest.fixture
def archive(tmp_path) -> Path:
    path = tmp_path / "facts.db"
    with Archive(path) as archive:
        archive.store(RECORD)
    return path


def test_plugin_is_registered():
    datasette = Datasette([])
    plugins = {plugin["name"] for plugin in get_json(datasette, "/-/plugins.json")}
    assert "newsfacts" in plugins


def test_archive_tables_have_titles_descriptions_and_facets(archive):
    datasette = serve(archive)
    assert datasette.metadata("title", database="facts", table="quotes") == "Quotes"
    assert "speaker" in datasette.metadata("description", database="facts", table="quotes")
    quotes = get_json(datasette, "/facts/quotes.json?_extra=facet_results")
    facets = quotes["facet_results"]
    facets = facets.get("results", facets)
    assert {"speaker", "type", "cue"} <= set(facets)
    assert [(r["value"], r["count"]) for r in facets["speaker"]["results"]] == [("Anne Martin", 1)]
    actors = get_json(datasette, "/facts/actors.json")
    assert "type" in actors["facet_results"]
    places = datasette.metadata("facets", database="facts", table="places")
    assert {"name", "country"} <= set(places)


def test_quotes_are_searchable_in_datasette(archive):
    datasette = serve(archive)
    found = get_json(datasette, "/facts/quotes.json?_search=irons&_shape=objects")
    assert [row["text"] for row in found["rows"]] == ["Nous irons vite"]
    entities = get_json(datasette, "/facts/entities.json?_shape=objects")["rows"]
    assert entities[0]["name"] == "Anne Martin" and entities[0]["documents"] == 1


def test_other_databases_get_no_metadata(archive, tmp_path):
    other = tmp_path / "other.db"
    sqlite_utils.Database(other)["quotes"].insert({"text": "x"})
    datasette = serve(archive, other)
    assert datasette.metadata("title", database="other", table="quotes") is None
    assert datasette.metadata("title", database="facts", table="quotes") == "Quotes"
