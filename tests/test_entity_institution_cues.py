"""components.entities.institution_cues: known names (metonyms, listed media) as organisations."""

from __future__ import annotations

import pytest

from newsfacts.components.entities.lexicon import _distinct_media_names


def actors_of(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    for actor in doc._.actors:
        for start, end in actor["mentions"]:
            assert text[start:end].strip() == text[start:end] != ""
    return {a["name"]: a["type"] for a in doc._.actors}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Face à ce type de réactions, la chroniqueuse de Cyril Hanouna, sur C8, a dénoncé "
            "dans un tweet le manque d'autodérision des militants.",
            "C8",
        ),
    ],
)
def test_a_medium_of_the_quotes_lexicon_is_an_organisation(nlp, text, name):
    assert actors_of(nlp, text).get(name) == "organization"


def test_the_ner_longer_span_is_left_to_its_rules(nlp):
    # the NER ran from the agency into the speaker's name: the agency's name does not take it
    text = (
        "\"C'est le meilleur moment pour voyager\", a déclaré à l'AFP Phan Van Kien, venu de Hanoi."
    )
    assert "Phan Van Kien" in actors_of(nlp, text)


def test_media_named_by_a_common_word_are_left_out():
    names = _distinct_media_names()
    assert {"Public", "Capital", "Marianne", "L'Union", "Le Temps"}.isdisjoint(names)
    assert {"Public Sénat", "Fox News", "TMC", "Die Welt"} <= set(names)


def test_an_institution_after_en_without_article_is_where_no_actor(nlp):
    doc = nlp(
        "Prochains mariages.\nEn mairie de Tronville, samedi 24 juillet à 15 h 45, Boris "
        "Grüner convolera en justes noces avec Noura Mohamed-Belkacem."
    )
    assert {a["name"] for a in doc._.actors} == {"Boris Grüner", "Noura Mohamed-Belkacem"}
    assert {p["name"] for p in doc._.places} == {"Tronville"}
