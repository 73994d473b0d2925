"""The examples folder: the jq recipes work on real records, the seed's record is current."""

import json

import jq
import pytest

import newsfacts
from tests.conftest import ROOT, SEED_REFERENCE_DATE

RECIPES = ROOT / "examples" / "jq"
ARTICLES = {
    "a1": "Le maire Jean Dupont a annoncé 300 emplois à Lyon. « Nous irons vite », a déclaré "
    "Jean Dupont. Près de 2.000 personnes vivent à Paris.",
    "a2": "À Paris, 12 personnes ont manifesté. « C'est trop », a déclaré Jean Dupont.",
}


@pytest.fixture(scope="module")
def records(nlp):
    return [newsfacts.extract(text, doc_id=doc_id) for doc_id, text in ARTICLES.items()]


def recipe(name: str) -> str:
    return (RECIPES / name).read_text("utf-8")


def test_quotes_by_speaker(records):
    result = jq.compile(recipe("quotes-by-speaker.jq")).input_value(records).first()
    all_quotes = [quote["text"] for record in records for quote in record["quotes"]]
    assert sorted(q for group in result for q in group["quotes"]) == sorted(all_quotes)
    speakers = [group["speaker"] for group in result]
    assert len(speakers) == len(set(speakers))


def test_places_of_a_folder(records):
    result = jq.compile(recipe("places-of-a-folder.jq")).input_value(records).first()
    paris = next(place for place in result if place["name"] == "Paris")
    assert paris["articles"] == 2
    assert [p["articles"] for p in result] == sorted((p["articles"] for p in result), reverse=True)


def test_quantities_above(records):
    program = jq.compile(recipe("quantities-above.jq"), args={"min": 100})
    result = [item for record in records for item in program.input_value(record).all()]
    values = sorted(item["value"] for item in result)
    assert values == sorted(
        q["value"] for r in records for q in r["quantities"] if q["value"] >= 100
    )
    assert {item["id"] for item in result} <= set(ARTICLES)


def test_seed_record_in_examples_is_current(seed_record):
    example = json.loads((ROOT / "examples" / "seed.jsonl").read_text("utf-8"))
    expected = {**seed_record, "source": example["source"]}
    assert example["reference_date"] == SEED_REFERENCE_DATE
    assert example == expected, "run `make examples` to refresh examples/seed.jsonl"
