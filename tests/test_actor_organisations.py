"""newsfacts_actors: organisations and the edges of their names (museums, universities, local
bodies, parties, acronyms, names glued to a person's)."""

from __future__ import annotations

import pytest

from tests.test_actors import actors_of, mention_texts


@pytest.mark.parametrize(
    "text, organisation",
    [
        ("Le musée d'Orsay a prêté trois toiles à Lyon.", "musée d'Orsay"),
        ("Une étude de l'université de Ljubljana a été publiée.", "université de Ljubljana"),
        (
            "Selon la chambre d’agriculture du Tarn, 35 fermes ont fermé.",
            "chambre d’agriculture du Tarn",
        ),
        (
            "« C'est un succès », s'est félicitée la chambre de commerce et d'industrie de la "
            "Gironde.",
            "chambre de commerce et d'industrie de la Gironde",
        ),
    ],
)
def test_museums_and_universities_are_organisations(nlp, text, organisation):
    doc = nlp(text)
    actors = {actor["name"]: actor for actor in doc._.actors}
    assert actors[organisation]["type"] == "organization"
    assert all(place["name"] != organisation for place in doc._.places)


def test_the_town_after_a_named_museum_is_a_place_of_its_own(nlp):
    doc = nlp("Les toiles prêtées par le musée Fabre de Montpellier sont arrivées.")
    assert "musée Fabre" in {actor["name"] for actor in doc._.actors}
    assert [place["name"] for place in doc._.places] == ["Montpellier"]


@pytest.mark.parametrize(
    "text, person, place",
    [
        (
            "Le député de Seine-Saint-Denis Yanis Berkane a voté contre.",
            "Yanis Berkane",
            "Seine-Saint-Denis",
        ),
        ("La Kényane Faith Chepngetich a gagné dimanche.", "Faith Chepngetich", None),
        ("Le Kényan John Kamau s'est imposé dimanche.", "John Kamau", None),
        ("L'Ethiopienne Meseret Alemu a gagné.", "Meseret Alemu", None),
    ],
)
def test_a_place_or_nationality_before_a_name_is_not_part_of_it(nlp, text, person, place):
    doc = nlp(text)
    assert [actor["name"] for actor in doc._.actors] == [person]
    assert [p["name"] for p in doc._.places] == ([place] if place else [])


def test_agglomeration_and_region_councils_are_organisations(nlp):
    doc = nlp("Lorient Agglomération et la Région Bretagne financent la piscine.")
    assert {(a["name"], a["type"]) for a in doc._.actors} == {
        ("Lorient Agglomération", "organization"),
        ("Région Bretagne", "organization"),
    }


@pytest.mark.parametrize(
    "text, party, place",
    [
        ("Le député RN du Nord Sébastien Chenu a voté contre.", "RN", "Nord"),
        ("Le sénateur LR de la Vendée Bruno Retailleau s'y oppose.", "LR", "Vendée"),
        ("La députée LFI de Seine-Saint-Denis Clara Martin a réagi.", "LFI", "Seine-Saint-Denis"),
    ],
)
def test_a_party_after_a_title_is_an_actor_and_its_constituency_a_place(nlp, text, party, place):
    doc = nlp(text)
    actors = {actor["name"]: actor for actor in doc._.actors}
    assert actors[party]["type"] == "organization"
    assert place in {p["name"] for p in doc._.places}
    assert place not in actors


@pytest.mark.parametrize(
    "text, organisation, not_a_place",
    [
        (
            "Le président de la FDSEA du Lot-et-Garonne, Patrick Franken, estime que la colère "
            "vient de loin.",
            "FDSEA du Lot-et-Garonne",
            "Lot-et-Garonne",
        ),
        ("Le secrétaire de la CFDT du Finistère a parlé.", "CFDT du Finistère", "Finistère"),
        # counter-example: a party after a title keeps its constituency as a place
        ("Le député RN du Nord Sébastien Chenu a voté.", "RN", None),
    ],
)
def test_an_acronym_with_a_french_place_is_a_local_body(nlp, text, organisation, not_a_place):
    doc = nlp(text)
    assert organisation in {actor["name"] for actor in doc._.actors}
    if not_a_place:
        assert not_a_place not in {place["name"] for place in doc._.places}


@pytest.mark.parametrize(
    "text, organisation, named",
    [
        (
            "Selon le parquet national financier (PNF), l'enquête avance.",
            "parquet national financier",
            ["parquet national financier", "PNF"],
        ),
        (
            "L'enquête revient à la division de la criminalité organisée et spécialisée (DCOS).",
            "division de la criminalité organisée et spécialisée",
            ["division de la criminalité organisée et spécialisée", "DCOS"],
        ),
        (
            "L'agence régionale de santé (ARS) recommande la vaccination.",
            "agence régionale de santé",
            ["agence régionale de santé", "ARS"],
        ),
        ("Le Hamas a revendiqué l'attaque.", "Hamas", ["Hamas"]),
        ("Boko Haram a enlevé des écolières.", "Boko Haram", ["Boko Haram"]),
        ("Des militants de la Coordination rurale ont manifesté.", "Coordination rurale", None),
        ("Nantes a battu le Stade rennais dimanche.", "Stade rennais", ["Stade rennais"]),
        ("Le Stade toulousain a gagné la finale.", "Stade toulousain", ["Stade toulousain"]),
        ("La Croix-Rouge française a réagi.", "Croix-Rouge française", None),
        # a known name inside a longer organisation's name is part of it
        (
            "Le Comité international de la Croix-Rouge (CICR) a évacué des blessés.",
            "Comité international de la Croix-Rouge",
            ["Comité international de la Croix-Rouge", "CICR"],
        ),
        # an acronym in parentheses is one mention, not two
        (
            "L'Office national des forêts (ONF) a fermé le massif.",
            "Office national des forêts",
            ["Office national des forêts", "ONF"],
        ),
        # a lower-case word mistagged as a proper noun is still an adjective after a type noun
        (
            "La start-up nantaise Lengow a levé 15 millions d'euros.",
            "Lengow",
            ["Lengow"],
        ),
        ("Le groupe lyonnais Boiron a recruté.", "Boiron", ["Boiron"]),
        # a capitalised service that the NER cuts short keeps its full name
        (
            "Son avocat dénonce une procédure injuste. Le Parquet national financier n'a pas "
            "commenté.",
            "Parquet national financier",
            ["Parquet national financier"],
        ),
        # an organisation's name cut before its last lower-case adjective
        (
            "Selon l'organisation, les Forces de soutien rapide sont responsables.",
            "Forces de soutien rapide",
            ["Forces de soutien rapide"],
        ),
        # a foreign ministry named 'département' with its nationality
        (
            "Le département américain du Commerce a renforcé les sanctions.",
            "département américain du Commerce",
            ["département américain du Commerce"],
        ),
        # an organisation named after a title, which the NER takes for a person with it
        (
            "Le président de Nantes Métropole, Johanna Rolland, a voté.",
            "Nantes Métropole",
            ["Nantes Métropole"],
        ),
        (
            "Le budget de Montpellier Agglomération est voté.",
            "Montpellier Agglomération",
            ["Montpellier Agglomération"],
        ),
        # emergency services, which the NER takes for places
        ("Le Samu l'a transporté au CHU de Rennes.", "Samu", ["Samu"]),
        ("Les pompiers du SDIS 29 sont intervenus.", "SDIS", ["SDIS"]),
        ("L'UFC-Que Choisir s'est portée partie civile.", "UFC-Que Choisir", ["UFC-Que Choisir"]),
        # a known party, then its leader, who is a person of her own
        (
            "Le Rassemblement national de Marine Le Pen arrive en tête.",
            "Rassemblement national",
            ["Rassemblement national"],
        ),
    ],
)
def test_organisation_names(nlp, text, organisation, named):
    actors = actors_of(nlp, text)
    assert organisation in actors, list(actors)
    assert actors[organisation]["type"] == "organization"
    if named is not None:
        assert mention_texts(text, actors[organisation]) == named


@pytest.mark.parametrize(
    "text, organisation, person",
    [
        # an honorific inside an organisation's name opens a person's
        (
            "Trois médecins sont morts, indique à l'AFP M. Nassiri, sans donner les causes.",
            "AFP",
            "Nassiri",
        ),
        (
            "Il l'a précisé au quotidien local Al-Ayyam M. Jamil, sans donner les causes.",
            "Al-Ayyam",
            "Jamil",
        ),
        # a person's name the NER ran into a known name or an institution's portfolio
        (
            "Il a été remplacé, a déclaré le conseiller économique de la Maison Blanche Peter "
            "Navarro, interrogé sur la chaîne ABC.",
            "Maison Blanche",
            "Peter Navarro",
        ),
        (
            "Le porte-parole du ministère de la Santé Kianouche Jahanpour a fait état de 2.102 "
            "nouveaux cas.",
            "ministère de la Santé",
            "Kianouche Jahanpour",
        ),
        # a party's acronym, then its leader's name with a particle the NER stopped before
        (
            "Ainsi la présidente du RN Marine Le Pen milite-t-elle pour des municipales.",
            "RN",
            "Marine Le Pen",
        ),
        # a witness named by a first name alone after the medium that heard them
        (
            "J'ai vu la dame en difficulté, raconte au Parisien Mohamed, un voisin.",
            "Parisien",
            "Mohamed",
        ),
        (
            "Ça m'a fait peur, raconte au Parisien Marie-Laure, d'Achères (Yvelines).",
            "Parisien",
            "Marie-Laure",
        ),
    ],
)
def test_a_person_s_name_glued_to_an_organisation_s_is_cut_off(nlp, text, organisation, person):
    actors = actors_of(nlp, text)
    assert actors[organisation]["type"] == "organization", list(actors)
    assert actors[person]["type"] == "person"


def test_a_word_after_a_known_name_that_is_no_first_name_stays_in_it(nlp):
    actors = actors_of(nlp, "Selon Le Monde Diplomatique, la crise dure.")
    assert "Le Monde Diplomatique" in actors, list(actors)
    assert "Diplomatique" not in actors


@pytest.mark.parametrize(
    "text, organisation, short",
    [
        (
            'Elle a fini par passer. "Vinci a abandonné les gens à leur sort." Du côté du '
            "gestionnaire, Vinci Autoroutes, on reconnaît un problème technique.",
            "Vinci Autoroutes",
            "Vinci",
        ),
    ],
)
def test_a_word_alone_that_opens_an_organisation_s_name_is_that_organisation(
    nlp, text, organisation, short
):
    actors = actors_of(nlp, text)
    assert short not in actors
    assert short in mention_texts(text, actors[organisation])
