"""newsfacts_quantities: example tables, one row per case, counter-examples in the same tables.

The component as a whole: the seed article, odd input, the payload. The example tables of
each step are in test_quantities_<module>.py.
A row gives a sentence and the quantities expected in it, as (span text, value, unit, kind,
qualifier); ranges give value_max in a separate table. An empty list is a counter-example.
"""

from __future__ import annotations

import pytest

from tests.quantity_runs import quantities, run

SEED_QUANTITIES = [
    ("5.000 soldats américains", 5000, "soldats", "count", None),
    ("800", 800, None, "count", None),
    ("4.000 membres de la Garde nationale", 4000, "membres", "count", "at_most"),
    ("2.100", 2100, None, "count", "about"),
    ("1.743 demandes d'asile", 1743, "demandes d'asile", "count", None),
    ("7.000 personnes", 7000, "personnes", "count", None),
    ("4.000 personnes", 4000, "personnes", "count", None),
]


def test_seed_quantities(nlp, seed_text):
    assert quantities(nlp, seed_text) == SEED_QUANTITIES


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n", "🙂 100 🙂", "(((", "«", "-", "1" * 500, "x" * 10000, "Le 5 5 5 5 5 %%%."],
)
def test_odd_input_does_not_crash(nlp, text):
    quantities(nlp, text)


def test_payload_is_plain_json(nlp):
    doc = run(nlp, "Entre 4 et 5 milliards d'euros, soit 2,5 % du PIB.")
    for span in doc.spans["quantities"]:
        payload = span._.quantity
        assert set(payload) == {"value", "value_max", "unit", "kind", "qualifier"}
        assert all(isinstance(v, (int, float, str, type(None))) for v in payload.values())
