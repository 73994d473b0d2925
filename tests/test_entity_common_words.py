"""components.entities.common_words and the rules that read it: a capitalised common noun or
adjective is no name."""

from __future__ import annotations

import pytest

from newsfacts.components.entities.common_words import (
    WordForms,
    is_common_word,
    load_common_words,
)


def names(nlp, text: str) -> tuple[dict[str, str], set[str]]:
    doc = nlp(text)
    for actor in doc._.actors:
        for start, end in actor["mentions"]:
            assert text[start:end]
    for place in doc._.places:
        for start, end in place["mentions"]:
            assert text[start:end] in [place["name"], *place["aliases"]]
    return {a["name"]: a["type"] for a in doc._.actors}, {p["name"] for p in doc._.places}


def test_the_model_s_dictionary_knows_common_nouns_and_not_surnames(nlp):
    common = load_common_words(nlp)
    assert is_common_word("Conseil", common) and is_common_word("Incapacité", common)
    assert is_common_word("Ecuries", common) or is_common_word("Écuries", common)
    assert not is_common_word("Macron", common) and not is_common_word("Kermené", common)


def test_word_forms_know_inflected_forms_and_not_surnames(nlp):
    forms = WordForms(nlp)
    assert "prié" in forms and "interpellé" in forms and "conseil" in forms
    assert "macron" not in forms and "kermené" not in forms


@pytest.mark.parametrize(
    "text, phrase",
    [
        (
            "Il souffre de contusions sur tout le corps et d'un mois d'Incapacité totale de "
            "travail, détaille le quotidien régional.",
            "Incapacité totale de travail",
        ),
        (
            "Le chef de l'État a remis dans l'après-midi la Légion d'honneur aux joueurs.",
            "Légion d'honneur",
        ),
        ("Je me dis 'Putain c'est quoi ça ?', raconte le joueur.", "Putain"),
    ],
)
def test_a_capitalised_common_noun_phrase_named_once_is_no_actor(nlp, text, phrase):
    actors, places = names(nlp, text)
    assert phrase not in actors and phrase not in places


def test_its_acronym_is_no_actor_either(nlp):
    text = "Il a eu un mois d'Incapacité totale de travail (ITT), selon le quotidien."
    actors, _places = names(nlp, text)
    assert "ITT" not in actors and "Incapacité totale de travail" not in actors


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "La Direction générale de la Santé a publié le bilan, dit le ministre.",
            "Direction générale de la Santé",
        ),
        (
            "La victoire des Bleus sur le terrain leur a ouvert la finale.",
            "Bleus",
        ),
        (
            "Les comptes de la Sécurité sociale étaient sur le point de repasser dans le vert.",
            "Sécurité sociale",
        ),
        (
            "La Haute Autorité de santé (HAS) a rappelé jeudi qu'il n'était pas trop tard.",
            "Haute Autorité de santé",
        ),
        (
            "Les gangs ont fait 470 morts, selon le Réseau national de défense des droits "
            "humains (RNDDH), une ONG locale.",
            "Réseau national de défense des droits humains",
        ),
        (
            "Les Amis de la Terre et Survie poursuivent le groupe en justice.",
            "Survie",
        ),
    ],
)
def test_organisations_of_common_words_stay_actors(nlp, text, name):
    actors, _places = names(nlp, text)
    assert actors.get(name) == "organization"


@pytest.mark.parametrize(
    "text, word",
    [
        ("Un sentiment de trahison pour les syndicatsChez les voisins de FO, rien.", "Chez"),
        ("« IL S'EST PASSÉ QUELQUE CHOSE », écrit-il.\nIL le répète.", "IL"),
    ],
)
def test_a_function_word_opening_a_sentence_is_no_name(nlp, text, word):
    actors, places = names(nlp, text)
    assert word not in actors and word not in places


def test_a_town_of_common_words_after_a_stays_a_place(nlp):
    text = "Quelque 20.000 personnes ont fui, principalement à Cité Soleil et Martissant."
    _actors, places = names(nlp, text)
    assert "Cité Soleil" in places


def test_a_name_stops_where_a_glued_paragraph_starts(nlp):
    text = (
        'Les délais sont intenables."41 voix à trouver pour LFIPour pouvoir être déposée, '
        "une motion de censure doit réunir 58 députés."
    )
    actors, _places = names(nlp, text)
    assert "LFIPour" not in actors


def test_a_seat_of_power_used_as_a_building_is_neither_actor_nor_place(nlp):
    actors, places = names(nlp, "« Merci », a-t-il déclaré dans la salle des fêtes de l'Élysée.")
    assert "Élysée" not in actors and "Élysée" not in places


def test_a_single_word_mostly_read_as_a_person_is_no_place(nlp):
    text = (
        "Se déplaçant en fauteuil, Emmanuelle, doctorante en neurosciences, avait souscrit à "
        "l'offre de la SNCF. De nouveau à Paris, aucun agent de la SNCF n'est présent pour "
        "accueillir Emmanuelle. Un employé est prévenu par un passager. La SNCF a expliqué "
        'que cette histoire "est toute à fait malheureuse". Emmanuelle a pris contact avec '
        "la compagnie."
    )
    actors, places = names(nlp, text)
    assert "Emmanuelle" not in places and actors.get("Emmanuelle") == "person"


def test_a_seat_of_power_that_acts_stays_an_actor(nlp):
    actors, _places = names(nlp, "Il a demandé à parler au président, a confirmé l'Élysée.")
    assert actors.get("Élysée") == "organization"


def test_names_in_a_sentence_of_another_language_are_skipped(nlp):
    text = (
        'Le musée du Louvre a répondu en italien. "Per informazione la Gioconda è stata '
        'venduta da Leonardo da Vinci al re Francesco I", a tenu à préciser le musée.'
    )
    actors, places = names(nlp, text)
    assert not any("Gioconda" in name or " al re" in name for name in [*actors, *places])
    assert actors.get("musée du Louvre") == "organization"


def test_a_french_sentence_with_many_inflected_words_is_french(nlp):
    text = "« Faux », a rétorqué l'adjointe aux finances, Catherine Ménard."
    actors, _places = names(nlp, text)
    assert actors.get("Catherine Ménard") == "person"
