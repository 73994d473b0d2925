"""vague_references: references with no stated distance (PAST_REF, PRESENT_REF, FUTURE_REF), as
example tables (marks and reference date: tests/dates_marks.py), then its resolvers alone."""

from __future__ import annotations

import pytest

from newsfacts.components.dates.vague_references import ref_adjective, ref_phrase, ref_span
from tests.dates_marks import check_row, context

EXAMPLES = [
    "Le président a répété [ces dernières semaines](duration:PXW) ses propos.",
    "Le taux de chômage, [actuellement](date:PRESENT_REF) de 12,3 %, baisse.",
    "Un débat sera organisé [prochainement](date:FUTURE_REF).",
    "Elle a [récemment](date:PAST_REF) inauguré la médiathèque.",
    "Un remaniement est attendu dans [les prochains jours](duration:PXD).",
    "Les prix vont monter dans [les mois à venir](date:FUTURE_REF).",
    "La [prochaine](date:FUTURE_REF) conférence se tiendra [fin 2010](date:2010).",
]


@pytest.mark.parametrize("row", EXAMPLES)
def test_examples(nlp, row):
    check_row(nlp, row)


def test_vague_references_take_their_side_from_the_word():
    assert ref_phrase({"phrase": "récemment"}, context()).value == "PAST_REF"
    assert ref_adjective({"span": "précédent"}, context()).value == "PAST_REF"
    assert ref_adjective({"span": "prochain"}, context()).value == "FUTURE_REF"
    assert ref_span({"unit": "temps", "adj": "derniers"}, context()).value == "PAST_REF"


def test_ces_derniers_jours_is_a_length_of_unknown_count():
    found = ref_span({"unit": "jours", "adj": "derniers"}, context())
    assert (found.type, found.value) == ("duration", "PXD")
