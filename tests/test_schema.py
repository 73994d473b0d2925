"""Every record validates against the shipped schema, and every offset points at its text."""

import copy

import jsonschema
import pytest

import newsfacts
from newsfacts.record import json_schema
from tests.conftest import assert_valid_record, iter_spans

ODD_TEXTS = [
    "",
    "   \n\n\t ",
    "«",
    "» fin « début",
    '"""',
    "Le 31 février 2019, 1.2.3.4 personnes ; « oui » a-t-il dit.",
    "😀 Émoji\u00a0et\u202fespaces 5\u00a0000 euros\r\nCRLF « citation\r\nsur deux lignes », "
    "a dit Jean Dupont.",
    "A" * 5000,
    "1" * 400,
    "\x0b\x0c\x1c\x1d\u2028\u2029 texte",
    "Paris Paris Paris Donald Trump Trump M. Trump",
]


def test_seed_record_is_valid(seed_record, seed_text):
    assert_valid_record(seed_record, seed_text)
    assert seed_record["schema"] == "newsfacts/1"
    assert seed_record["reference_date"] == "2018-10-29"
    assert seed_record["reference_date_source"] == "option"


def test_seed_record_has_every_kind_of_fact(seed_record):
    for kind in ("quantities", "dates", "places", "actors", "quotes"):
        assert seed_record[kind], kind
    assert sum(1 for _ in iter_spans(seed_record)) > 25


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_text_gives_a_valid_record(nlp, text):
    record = newsfacts.extract(text)
    assert_valid_record(record, text)
    assert record["reference_date"] is None


def test_schema_rejects_a_broken_record(seed_record):
    broken = copy.deepcopy(seed_record)
    broken["quantities"][0]["value"] = "5000"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, json_schema())
    del broken["quotes"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, json_schema())


def test_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(json_schema())
