"""components.entities.short_names: organisations named by a known short name, runs of them,
national teams."""

from __future__ import annotations

import pytest

import newsfacts


def actors_of(nlp, text: str) -> dict[str, dict]:
    """Name -> actor, with the texts of its mentions under "texts"."""
    doc = nlp(text)
    actors = {actor["name"]: actor for actor in doc._.actors}
    for actor in actors.values():
        actor["texts"] = [text[start:end] for start, end in sorted(actor["mentions"])]
    return actors


def places_of(nlp, text: str) -> set[str]:
    return {place["name"] for place in nlp(text)._.places}


def test_a_run_of_known_union_names_is_one_organisation_each(nlp):
    text = "Ils défilent à l'appel de l'intersyndicale CGT-FO-Solidaires-FSU jeudi."
    actors = actors_of(nlp, text)
    for union in ("CGT", "FO", "Solidaires", "FSU"):
        assert actors[union]["type"] == "organization"
    assert "CGT-FO-Solidaires-FSU" not in actors


def test_a_run_may_end_on_a_known_name_of_several_words(nlp):
    # orangesum-r os-10585: the joint list of two parties
    actors = actors_of(nlp, "Pour la liste PS-Place publique, les commissaires ont estimé ceci.")
    assert actors["Place publique"]["type"] == "organization"
    assert "PS" in actors and "PS-Place publique" not in actors


def test_a_known_hyphenated_name_stays_whole_in_a_run(nlp):
    actors = actors_of(nlp, "L'intersyndicale CFDT-CFE-CGC a signé l'accord.")
    assert {"CFDT", "CFE-CGC"} <= set(actors)


def test_a_run_with_an_unknown_part_is_left_whole(nlp):
    actors = actors_of(nlp, "Le syndicat Xyzab-FSU a appelé à la grève.")
    assert "FSU" not in actors


@pytest.mark.parametrize(
    "text, name",
    [
        ("La FDJ décide de lancer un avis de recherche. Il se rend chez un détaillant FDJ.", "FDJ"),
        ("Elle met un terme à ce congé auprès de la CAF. Elle est trop diminuée.", "CAF"),
    ],
)
def test_a_known_short_name_alone_is_an_organisation(nlp, text, name):
    actor = actors_of(nlp, text)[name]
    assert actor["type"] == "organization"
    assert len(actor["mentions"]) == text.count(name)


def test_a_known_short_name_in_a_heading_in_capitals_is_no_actor(nlp):
    actors = actors_of(nlp, "LA CAF DOIT PAYER\nLe tribunal a tranché lundi.")
    assert "CAF" not in actors


def test_a_national_team_is_an_organisation_and_no_place(nlp):
    text = "Le président a déjeuné avec les joueuses de l'équipe de France à Paris."
    assert actors_of(nlp, text)["équipe de France"]["type"] == "organization"
    assert "France" not in places_of(nlp, text)


def test_a_team_nickname_is_the_team_of_its_country(nlp):
    text = (
        "Dimanche, les Bleus ont remporté la finale. Dans les vestiaires de l'équipe de "
        "France, le président exultait. Les Diables rouges avaient perdu en demi-finale."
    )
    actors = actors_of(nlp, text)
    assert actors["équipe de France"]["texts"] == [
        "Bleus",
        "équipe de France",
    ]
    assert actors["Diables rouges"]["type"] == "organization"
    assert "Diables" not in places_of(nlp, text)


def test_a_nickname_in_lower_case_is_no_team(nlp):
    assert "bleus" not in {name.lower() for name in actors_of(nlp, "Il a les yeux bleus.")}


def test_short_name_mentions_are_spans_of_the_record_text():

    text = "La FDJ et l'intersyndicale CGT-FO-Solidaires-FSU ont réagi, comme l'équipe de France."
    record = newsfacts.extract(text)
    spans = [m for actor in record["actors"] for m in actor["mentions"]]
    assert {"FDJ", "CGT", "FSU", "équipe de France"} <= {m["text"] for m in spans}
    assert all(text[m["start"] : m["end"]] == m["text"] for m in spans)


def test_a_spelled_acronym_then_a_person_are_two_actors(nlp):
    text = (
        "La fusillade a été revendiquée par le groupe Al-Qaïda dans la péninsule arabique "
        "(Aqpa). Le fondateur d'Aqpa Qassim al-Rimi a été tué au Yémen."
    )
    actors = actors_of(nlp, text)
    assert actors["Qassim al-Rimi"]["type"] == "person"
    assert actors["Al-Qaïda dans la péninsule arabique"]["texts"].count("Aqpa") == 2
    assert not any("Aqpa" in place for place in places_of(nlp, text))


def test_a_place_in_parentheses_does_not_split_a_name(nlp):
    actors = actors_of(nlp, "Le maire de Toulon (Var) Hubert Falco a parlé.")
    assert actors["Hubert Falco"]["type"] == "person"
    assert "Var" not in actors


def test_a_branch_of_a_group_is_an_actor_of_its_own(nlp):
    text = (
        "Al-Qaïda a salué l'attaque. Elle a été revendiquée par Al-Qaïda dans la péninsule "
        "arabique (Aqpa). La Commission a parlé, puis la Commission européenne a répondu."
    )
    actors = actors_of(nlp, text)
    assert actors["Al-Qaïda"]["texts"] == ["Al-Qaïda"]
    assert "Al-Qaïda dans la péninsule arabique" in actors
    assert actors["Commission européenne"]["texts"] == ["Commission", "Commission européenne"]


def test_a_regional_edition_is_one_medium_with_its_place(nlp):
    text = "France 3 Pays de la Loire revient sur la situation de la famille."
    assert actors_of(nlp, text)["France 3 Pays de la Loire"]["type"] == "organization"
    assert "Pays de la Loire" not in places_of(nlp, text)


def test_the_network_s_bare_name_is_its_one_edition(nlp):
    text = (
        "Le tunnel désinfecte en quatre secondes, rapporte France Bleu Nord. D'après France "
        "Bleu, l'Assurance maladie en rembourse la moitié."
    )
    actors = actors_of(nlp, text)
    assert actors["France Bleu Nord"]["texts"] == ["France Bleu Nord", "France Bleu"]


def test_a_medium_named_like_a_region_without_its_article(nlp):
    actors = actors_of(nlp, "Le maire a été agressé lundi soir, révèle Sud-Ouest.")
    assert actors["Sud-Ouest"]["type"] == "organization"
    assert "Sud-Ouest" not in actors_of(nlp, "Il vit dans le Sud-Ouest depuis dix ans.")


def test_a_listed_medium_is_one_organisation(nlp):
    text = "Il confirme une information de L'Essor de la gendarmerie. Selon le site, la chute."
    actors = actors_of(nlp, text)
    assert actors["L'Essor de la gendarmerie"]["type"] == "organization"
    assert "Essor" not in actors


def test_a_member_union_with_its_federation_stays_one_union(nlp):
    actors = actors_of(nlp, "Le Snes-FSU, premier syndicat du second degré, appelle à la grève.")
    assert "Snes" not in actors and "FSU" not in actors


@pytest.mark.parametrize(
    "text, edition",
    [
        # orangesum-d os-10686, -l os-10486: an edition named by words no gazetteer holds whole
        (
            "Il demandait à parler à Emmanuel Macron, a confirmé l'Élysée à BFMTV.com. Le "
            "Dauphiné Libéré et France Bleu Pays de Savoie parlent de 195 fois en 24 heures.",
            "France Bleu Pays de Savoie",
        ),
        (
            "Un comité s'est tenu au CHU de Nantes pour parler d'un trafic à l'intérieur de "
            "l'hôpital Saint-Jacques, a rapporté jeudi 28 septembre France Bleu Loire Océan. "
            "Selon la CFDT, qui s'inquiète pour la sécurité du personnel, rien ne change.",
            "France Bleu Loire Océan",
        ),
    ],
)
def test_a_regional_edition_takes_every_capitalised_word_after_the_network(nlp, text, edition):
    actors = actors_of(nlp, text)
    assert actors[edition]["texts"] == [edition]
    assert not any(name.startswith("France Bleu") and name != edition for name in actors)


def test_the_words_after_a_network_that_has_no_edition_keep_their_own_names(nlp):
    # a regional network's edition takes capitalised words only; lower-case words end it
    assert "Le Parisien" in actors_of(nlp, "Selon France 3 et Le Parisien, le maire a démissionné.")
    assert "Marseille" in places_of(nlp, "Il a parlé à France Bleu de Marseille et à Paris.")


@pytest.mark.parametrize(
    "text, parties",
    [
        ("A Sète, une alliance RN-LR avait fait du bruit.", ["RN", "LR"]),
        ("La tête de liste EELV-PS-PCF Pierre Hurmic est en tête.", ["EELV", "PS", "PCF"]),
    ],
)
def test_a_run_of_party_acronyms_is_one_party_each(nlp, text, parties):
    actors = actors_of(nlp, text)
    named = {name for actor in actors.values() for name in actor["texts"]}
    assert set(parties) <= named
    assert not any("-" in name for name in named)


@pytest.mark.parametrize(
    "text, medium",
    [
        ('"Il écrit aussi des poèmes", indique Closer. La voisine a parlé.', "Closer"),
        ('"Los Angeles, c\'est la maison", avait-il confié à Grazia en 2014.', "Grazia"),
        ("Le dessinateur de Charlie Hebdo a été entendu.", "Charlie Hebdo"),
        ("Ses propos paraîtront dans le prochain numéro de Télé Poche.", "Télé Poche"),
        ("Mais selon Puremédias, il s'agirait d'une \"mise à pied\".", "Puremédias"),
    ],
)
def test_a_people_magazine_is_an_organisation(nlp, text, medium):
    assert actors_of(nlp, text)[medium]["type"] == "organization"


def test_the_scuderia_is_ferrari(nlp):
    actors = actors_of(
        nlp,
        "Premier doublé de la «Scuderia» en Principauté. Michael Schumacher signe sa 16e "
        "victoire avec Ferrari.",
    )
    texts = [actor["texts"] for actor in actors.values() if "Ferrari" in actor["texts"]]
    assert texts == [["Scuderia", "Ferrari"]]
