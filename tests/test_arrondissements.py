"""The arrondissements of Paris, Lyon and Marseille, named by their number."""

from __future__ import annotations

import pytest


def places_of(nlp, text: str) -> dict[str, dict]:
    doc = nlp(text)
    return {place["name"]: place for place in doc._.places}


@pytest.mark.parametrize(
    "text, name, mentions, geonames_id",
    [
        (
            "Rue Montgallet, dans le XIIe arrondissement de la capitale, un coup de feu.",
            "12e arrondissement de Paris",
            ["XIIe arrondissement"],
            2983854,
        ),
        (
            "Elle vit à Paris et a grandi dans le 14e arrondissement, près du parc.",
            "14e arrondissement de Paris",
            ["14e arrondissement"],
            2989781,
        ),
        (
            "Blessée dans le XIIe arrondissement de Paris, elle a été transportée à "
            "l'hôpital (XIIIe) dans la nuit.",
            "13e arrondissement de Paris",
            ["XIIIe"],
            3015772,
        ),
        (
            "Le maire du 1er arrondissement de Lyon a répondu.",
            "1er arrondissement de Lyon",
            ["1er arrondissement"],
            6949674,
        ),
    ],
)
def test_arrondissement(nlp, text, name, mentions, geonames_id):
    doc = nlp(text)
    places = {place["name"]: place for place in doc._.places}
    assert name in places, list(places)
    place = places[name]
    assert [doc.text[start:end] for start, end in place["mentions"]] == mentions
    assert place["geonames_id"] == geonames_id and place["country"] == "FR"


@pytest.mark.parametrize(
    "text",
    [
        "À Paris, au XIXe siècle, les rues étaient étroites.",  # a century
        "À Paris, sous la Ve République, le Parlement siège.",  # a republic
        "Le XIIIe a été rude pour eux, dit-il à Rome.",  # no city of arrondissements
        # an arrondissement of another town is none of Paris's
        "À Paris comme dans le 7e arrondissement de Budapest, les loyers montent.",
        # a bare ordinal is a century where no arrondissement is named
        "À Paris, ce château du XVIe, classé, a brûlé.",
        # an arrondissement takes its city from its own sentence
        "Paris a voté. Le maire sortant, élu dans le 12e arrondissement, a perdu.",
        # a city before a counted ordinal names no arrondissement
        "Paris 2e journée de championnat: le club de Lyon s'impose.",
        # a ranking writes its ordinals in figures after the city; a district written so
        # follows 'à' or a parenthesis ('à Lyon 3e', '(Marseille 8e)')
        "Au classement, Paris est 1er, Marseille 2e et Lyon 3e avant la dernière journée.",
        "Lille termine 1er, Paris 2e, Lyon 3e.",
    ],
)
def test_no_arrondissement(nlp, text):
    assert not [name for name in places_of(nlp, text) if "arrondissement" in name]


def test_words_of_the_arrondissement_are_no_other_place(nlp):
    text = "Un coup de feu retentit dans le XIIe arrondissement de la capitale."
    assert list(places_of(nlp, text)) == ["12e arrondissement de Paris"]


@pytest.mark.parametrize(
    "text",
    [
        "Il habite dans le 14e arrondissement de Paris. L'immeuble date du XIXe et sera rénové.",
        "Il habite dans le 14e arrondissement de Paris. Au début du XXe, le quartier était rural.",
    ],
)
def test_a_bare_ordinal_after_a_word_of_dating_is_a_century(nlp, text):
    """Once an arrondissement is named, 'du XIXe' after 'date' or 'début' is still a century."""
    assert set(places_of(nlp, text)) == {"14e arrondissement de Paris", "Paris"}


@pytest.mark.parametrize(
    "text, name, mention",
    [
        (
            "Emmené à l'hôpital Necker (Paris XVe), le garçon a repris conscience.",
            "15e arrondissement de Paris",
            "XVe",
        ),
        (
            "Il a rouvert son café dans le 20e arrondissement parisien en pleine boboïsation.",
            "20e arrondissement de Paris",
            "20e arrondissement",
        ),
        (
            "A Lyon, samedi, deux adolescents se trouvaient dans un magasin du 7e "
            "arrondissement de la ville quand ils ont été interpellés.",
            "7e arrondissement de Lyon",
            "7e arrondissement",
        ),
    ],
)
def test_an_arrondissement_takes_its_city_from_the_words_around_it(nlp, text, name, mention):
    """The city right before the ordinal, its adjective after the noun, or 'de la ville' where
    the article names one of the cities."""
    place = places_of(nlp, text)[name]
    assert [text[start:end] for start, end in place["mentions"]] == [mention]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Il habite un appartement à Lyon 3e depuis dix ans.", "3e arrondissement de Lyon"),
        ("Le collège (Marseille 8e) a fermé.", "8e arrondissement de Marseille"),
    ],
)
def test_a_city_and_its_district_in_figures_after_a_or_a_parenthesis(nlp, text, name):
    assert name in places_of(nlp, text)
