"""Accusations reported by a passive or a bare participle (accusations.py): the infinitive
clause after "accusé de" is what the unnamed accusers say; a passive names no speaker."""

from __future__ import annotations

import pytest

from newsfacts import extract
from tests.conftest import assert_valid_record


def quotes_of(text: str) -> list[dict]:
    record = extract(text)
    assert_valid_record(record, text)
    return record["quotes"]


ACCUSED = [
    (
        "La ministre de la Justice Nicole Belloubet a été accusée de vouloir légitimer le délit"
        " de blasphème.",
        "vouloir légitimer le délit de blasphème",
    ),
    (
        "Ce système est souvent accusé de pousser à la course au volume. Il pourrait changer.",
        "pousser à la course au volume",
    ),
    (
        "Le réseau social est accusé d'avoir recueilli, sans leur consentement, les données de"
        " millions d'usagers.",
        "avoir recueilli, sans leur consentement, les données de millions d'usagers",
    ),
]


@pytest.mark.parametrize("text,reported", ACCUSED)
def test_a_passive_accusation_reports_its_infinitive_with_no_speaker(nlp, text, reported):
    found = [q for q in quotes_of(text) if q["text"] == reported]
    assert found, [q["text"] for q in quotes_of(text)]
    assert (found[0]["type"], found[0]["cue"], found[0]["speaker"]) == ("indirect", "accuser", None)


def test_a_bare_participle_after_a_noun_reports_its_infinitive(nlp):
    text = (
        "Donald Trump a coupé les vivres à l'organisation, accusée d'être trop proche de la"
        " Chine et de mal gérer la pandémie."
    )
    assert "être trop proche de la Chine et de mal gérer la pandémie" in [
        q["text"] for q in quotes_of(text)
    ]


def test_a_charge_is_no_quote(nlp):
    assert quotes_of("Le maire de la ville est accusé de corruption depuis deux ans.") == []
