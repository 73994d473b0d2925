"""Actor cues learnt from real news (issue #16): works' titles, employers, names' particles."""

from __future__ import annotations

import pytest


def actors_of(nlp, text: str) -> dict[str, dict]:
    return {actor["name"]: actor for actor in nlp(text)._.actors}


@pytest.mark.parametrize(
    "text, not_an_actor, author",
    [
        # a quoted title, then its author
        (
            'Il est remarqué au cinéma avec "Le Doulos" de Jean-Pierre Melville.',
            "Le Doulos",
            "Jean-Pierre Melville",
        ),
        (
            'Il débute au cinéma dans "Le Point du jour" de Louis Daquin, puis au théâtre.',
            "Le Point du jour",
            "Louis Daquin",
        ),
        # a quoted title after a work noun
        (
            'Le comédien, absent depuis le film "Holy Motors", est mort. Leos Carax le pleure.',
            "Holy Motors",
            "Leos Carax",
        ),
        # a quoted title, then its year
        (
            'On le revoit dans "Habemus Papam" (2011) aux côtés de Nanni Moretti.',
            "Habemus Papam",
            "Nanni Moretti",
        ),
    ],
)
def test_a_work_s_title_is_no_actor(nlp, text, not_an_actor, author):
    actors = actors_of(nlp, text)
    assert not any(not_an_actor in name or name in not_an_actor for name in actors)
    assert actors[author]["type"] == "person"


def test_a_quoted_name_after_an_organisation_noun_stays_an_actor(nlp):
    text = 'L\'association "Au Cœur des Jumeaux" de Paul Martin aide les familles.'
    assert actors_of(nlp, text)["Au Cœur des Jumeaux"]["type"] == "organization"


@pytest.mark.parametrize(
    "text, organisation",
    [
        # after a person's title, 'chez' names the employer
        (
            "Pour Katia Abu Samra, responsable du développement chez Samra Jewellery, la "
            "situation a changé.",
            "Samra Jewellery",
        ),
        # a person's name holds no digit
        (
            "Et selon la base de données participative KawalCovid-19, il y a eu plus de 3.000 "
            "morts.",
            "KawalCovid-19",
        ),
    ],
)
def test_organisations_the_ner_reads_as_persons(nlp, text, organisation):
    assert actors_of(nlp, text)[organisation]["type"] == "organization"


def test_chez_without_a_title_keeps_a_person(nlp):
    text = "Michel Piccoli a beaucoup tourné chez Luis Buñuel, qui aimait la provocation."
    assert actors_of(nlp, text)["Luis Buñuel"]["type"] == "person"


def test_a_surname_without_its_arabic_article_is_the_same_person(nlp):
    text = (
        "Le président égyptien Abdel Fattah al-Sissi a envoyé de l'aide. L'initiative va dans "
        "le sens des liens établis par le président Sissi avec son homologue Donald Trump."
    )
    actors = actors_of(nlp, text)
    assert "Sissi" not in actors
    assert "Sissi" in actors["Abdel Fattah al-Sissi"]["aliases"]


@pytest.mark.parametrize(
    "text, organisation",
    [
        (
            "Elle a été critiquée par le Haut commissariat de l'ONU aux droits de l'Homme qui "
            "a estimé que les militants étaient non violents.",
            "Haut commissariat de l'ONU aux droits de l'Homme",
        ),
        (
            "Selon le Haut Commissariat de l'ONU aux réfugiés (HCR), 300 personnes ont fui.",
            "Haut Commissariat de l'ONU aux réfugiés",
        ),
    ],
)
def test_a_body_s_remit_belongs_to_its_name(nlp, text, organisation):
    assert actors_of(nlp, text)[organisation]["type"] == "organization"


def test_a_remit_is_no_complement_of_an_ordinary_name(nlp):
    text = "La lettre de Jean Dupont aux salariés de Renault a été publiée."
    assert "Jean Dupont" in actors_of(nlp, text)


def test_a_named_institution_after_adjectives_is_named_alone(nlp):
    text = "Les blessés ont été transportés à l'hôpital public Al-Joumouriah, selon un médecin."
    actor = actors_of(nlp, text)["Al-Joumouriah"]
    assert actor["type"] == "organization"
    assert "hôpital" in actor["titles"]
