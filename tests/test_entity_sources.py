"""components.entities.sources: the medium or body named, with its article, as a report's source."""

from __future__ import annotations

import pytest


def actors(nlp, text: str) -> dict[str, str]:
    return {actor["name"]: actor["type"] for actor in nlp(text)._.actors}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Il venait d'acheter un appartement à Saint-Brieuc, comme le rapporte le Parisien.",
            "Parisien",
        ),
        ("Comme le raconte La Province, le conducteur a reçu un procès-verbal.", "Province"),
        ("Le syndicat a porté plainte, cité par le Figaro.", "Figaro"),
    ],
)
def test_the_source_of_a_report_is_an_organisation(nlp, text, name):
    assert actors(nlp, text).get(name) == "organization"


@pytest.mark.parametrize(
    "text, not_an_actor",
    [
        ('"Rien ne change", explique le Lyonnais, qui a alerté la police.', "Lyonnais"),
        ('Le "cheese challenge" fait réagir la Toile.', "Toile"),
        ("M. Lemoyne, secrétaire d'État, a informé le Puy du Fou de cette décision.", "Puy"),
        ('"Tout va bien", a assuré le Président devant les élus.', "Président"),
    ],
)
def test_no_source_name(nlp, text, not_an_actor):
    assert not_an_actor not in actors(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Pascal Desprez évoque dans Gala l'attitude d'Alain Delon aux funérailles.", "Gala"),
        (
            "Laura Smet fait cette semaine la Une de Gala. Le magazine titre sur sa promesse.",
            "Gala",
        ),
        ('"Je ne veux pas", déclare-t-il dans une interview accordée à Télé Star.', "Télé Star"),
        ("Il va tourner dans une émission de la chaîne, révèle Télé Star.", "Télé Star"),
    ],
)
def test_a_magazine_named_without_article_where_a_report_is_published(nlp, text, name):
    assert actors(nlp, text).get(name) == "organization"


@pytest.mark.parametrize(
    "text, not_an_actor",
    [
        ('"Tout va bien", confie-t-il à Marie devant la maison.', "Marie"),
        ("Le ministre a déclaré dans Paris que la mesure tombait.", "Paris"),
    ],
)
def test_no_medium_in_a_person_or_place(nlp, text, not_an_actor):
    assert actors(nlp, text).get(not_an_actor) != "organization"


def test_a_village_after_a_verb_and_a_is_no_medium(nlp):
    text = "Un accident a fait deux morts à Thézy-Glimont (Somme) samedi."
    assert "Thézy" not in actors(nlp, text)
