"""Shared fixtures: the pipeline (loaded once per session), the CLI runner, record checks."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from newsfacts.cli import cli
from newsfacts.components.quotes import extract_quotes
from newsfacts.pipeline import load_pipeline
from newsfacts.record import json_schema

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_20d7957e6be2addf.txt"
SEED_REFERENCE_DATE = "2018-10-29"
# Small articles of every fact kind, each a little different: batches, archives, clusters.
SENTENCES = [
    "Le maire de Lyon, Jean Dupont, a annoncé lundi {n} emplois.",
    "« Nous irons vite », a déclaré la ministre Anne Martin à Paris le {n} octobre.",
    "Environ {n} manifestants ont défilé samedi à Marseille, selon la police.",
    "Le budget atteint {n} millions d'euros, soit 3 % de plus qu'en 2017.",
]


def article(number: int) -> str:
    return " ".join(s.format(n=number + 1 + i) for i, s in enumerate(SENTENCES[number % 3 :]))


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_record(seed_text, nlp) -> dict:
    import newsfacts

    return newsfacts.extract(seed_text, reference_date=SEED_REFERENCE_DATE, doc_id=SEED.stem)


def run_cli(*args: str, input: str | bytes | None = None):
    """Run the CLI in-process; returns (result, records parsed from stdout)."""
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result, records


def iter_spans(record: dict):
    """Every span object of a record, with the name of the list it is in."""
    for kind in ("quantities", "dates", "quotes"):
        for item in record[kind]:
            yield kind, item
            if kind == "quotes" and item["speaker_text"] is not None:
                yield "speaker_text", item["speaker_text"]
    for kind in ("places", "actors"):
        for entity in record[kind]:
            for mention in entity["mentions"]:
                yield kind, mention


def assert_valid_record(record: dict, text: str) -> None:
    """The record follows the JSON Schema and every span points at its own text."""
    jsonschema.validate(record, json_schema())
    for kind, span in iter_spans(record):
        assert text[span["start"] : span["end"]] == span["text"], (kind, span)
        assert 0 <= span["start"] < span["end"] <= len(text), (kind, span)


@pytest.fixture
def rule_speakers(nlp):
    """The speakers of a text's quotes as the rules alone give them (the ranker off)."""
    ranking = nlp.get_pipe("newsfacts_quotes").ranking
    ranker = ranking.ranker

    def speakers(text: str) -> list[str | None]:
        return [q["speaker"] for q in extract_quotes(nlp(text))]

    ranking.ranker = None
    try:
        yield speakers
    finally:
        ranking.ranker = ranker
