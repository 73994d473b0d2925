"""components.entities.merging: one mention per name, one kind per name."""

from __future__ import annotations

import pytest


def test_compound_territory_is_one_place(nlp):
    doc = nlp("Des cas ont été signalés au Vanuatu et à Wallis et Futuna.")
    names = [place["name"] for place in doc._.places]
    assert "Wallis-et-Futuna" in names
    assert "Wallis" not in names and "Futuna" not in names


def test_a_name_a_type_noun_typed_stays_whole_where_it_comes_back(nlp):
    doc = nlp(
        "Le vestiaire de la société Normandie Logistique était vétuste. "
        "La gestion de ce local de Normandie Logistique pose question."
    )
    actors = [a for a in doc._.actors if a["name"] == "Normandie Logistique"]
    assert len(actors) == 1 and len(actors[0]["mentions"]) == 2
    assert not doc._.places


def test_a_country_in_parentheses_after_a_club_stays_a_place(nlp):
    doc = nlp("Il a misé sur le KF Drita (Kosovo) et le F91 Dudelange (Luxembourg).")
    places = {place["name"] for place in doc._.places}
    assert {"Kosovo", "Luxembourg"} <= places
    drita = next(actor for actor in doc._.actors if actor["name"] == "KF Drita")
    assert [doc.text[start:end] for start, end in drita["mentions"]] == ["KF Drita"]


def test_an_acronym_in_parentheses_after_an_organisation_is_still_its_own(nlp):
    doc = nlp("L'Organisation des Nations unies (ONU) a réagi.")
    onu = next(a for a in doc._.actors if a["name"] == "Organisation des Nations unies")
    assert "ONU" in [doc.text[start:end] for start, end in onu["mentions"]]


def _mentions_of(doc, surname):
    actor = next(a for a in doc._.actors if a["name"].endswith(surname))
    return actor, [doc.text[start:end] for start, end in actor["mentions"]]


def test_a_known_surname_after_a_reporting_verb_is_the_person_s_mention(nlp):
    # orangesum-m os-10230: the NER missed the first 'Minar', read the second
    text = (
        '"J\'ai le coeur brisé de voir ces familles en pleurs", dit Minar, 50 ans, qui comme '
        "de nombreux Indonésiens travaille à l'étranger. \"Initialement, aucun d'entre nous "
        "n'avait entendu parler du coronavirus\", explique Minar."
    )
    doc = nlp(text)
    _, mentions = _mentions_of(doc, "Minar")
    assert mentions.count("Minar") == 2, mentions


def test_a_first_name_before_a_known_surname_joins_the_person(nlp):
    # orangesum-dev os-10463: 'Tawhid Abdallah' was cut by the NER, 'M. Abdallah' found
    text = (
        'Une ville toute vouée au commerce."La réouverture est un grand pas pour nous (...) Le '
        'facteur psychologique est essentiel", explique Tawhid Abdallah, président du Dubai '
        'Gold and Jewellery Group. "C\'est un lieu emblématique, le cœur de notre ville", a '
        "souligné M. Abdallah."
    )
    doc = nlp(text)
    actor, mentions = _mentions_of(doc, "Abdallah")
    assert actor["name"] == "Tawhid Abdallah" and actor["type"] == "person"
    assert mentions[0] == "Tawhid Abdallah", mentions


def test_a_surname_that_is_a_french_word_is_not_taken_everywhere(nlp):
    doc = nlp("Jean Rose est venu hier. Une Rose blanche était posée sur la table.")
    names = [a for a in doc._.actors if a["name"].endswith("Rose")]
    assert all(len(a["mentions"]) == 1 for a in names), names


def test_the_first_words_of_an_organisation_s_name_are_that_organisation(nlp):
    doc = nlp(
        "Selon Le Canard Enchaîné, les policiers ont été menacés. Selon Le Canard, ils "
        "seraient issus de la compagnie 58."
    )
    canard = [a for a in doc._.actors if "Canard" in a["name"]]
    assert [a["name"] for a in canard] == ["Le Canard Enchaîné"]
    assert canard[0]["aliases"] == ["Le Canard"] and len(canard[0]["mentions"]) == 2


def test_an_acronym_before_a_longer_name_stays_its_own_company(nlp):
    doc = nlp("La SNCF a confirmé. SNCF Voyageurs a publié un communiqué.")
    names = {a["name"] for a in doc._.actors}
    assert "SNCF Voyageurs" in names and "SNCF" in names


@pytest.mark.parametrize(
    "text, name, alias",
    [
        (
            "La compagnie ConEdison a parlé d'un incident. Un porte-parole de Con Edison a "
            "confirmé la panne.",
            "ConEdison",
            "Con Edison",
        ),
        (
            "La CFDT-Cheminots a appelé à la grève. La CGT et la CFDT Cheminot ont confirmé.",
            "CFDT-Cheminots",
            "CFDT Cheminot",
        ),
        (
            'Kermené est une filiale du "Mouvement E. Leclerc". Elle fournit l\'ensemble des '
            "magasins E.Leclerc en produits de boucherie.",
            "Mouvement E. Leclerc",
            "E.Leclerc",
        ),
    ],
)
def test_two_spellings_of_an_organisation_are_one_actor(nlp, text, name, alias):
    doc = nlp(text)
    holding = [a for a in doc._.actors if {name, alias} & {a["name"], *a["aliases"]}]
    assert len(holding) == 1 and {name, alias} <= {holding[0]["name"], *holding[0]["aliases"]}


@pytest.mark.parametrize(
    "text, name, alias",
    [
        (
            "Jonathann Daval a tué sa femme Alexia Daval. Les parents d'Alexia Davals ont "
            "témoigné.",
            "Alexia Daval",
            "Alexia Davals",
        ),
        (
            "Le sultan Qabous a régné cinquante ans. Le défunt sultan Qabbous n'a pas d'enfant.",
            "Qabous",
            "Qabbous",
        ),
    ],
)
def test_a_person_s_name_spelled_two_ways_is_one_actor(nlp, text, name, alias):
    doc = nlp(text)
    names = {a["name"]: a for a in doc._.actors if a["type"] == "person"}
    assert name in names and alias in names[name]["aliases"] and alias not in names


def test_people_whose_surnames_differ_by_more_than_a_spelling_stay_two(nlp):
    doc = nlp("Jean Dupont a parlé avec Jean Durand. Jean Dupond est venu aussi.")
    names = {a["name"] for a in doc._.actors}
    assert {"Jean Dupont", "Jean Durand", "Jean Dupond"} <= names


def test_madame_in_lower_case_is_no_part_of_the_name(nlp):
    doc = nlp("Ségolène Royal a répondu. « Merci madame Royal », a écrit le ministre.")
    royal = [a for a in doc._.actors if "Royal" in a["name"]]
    assert [a["name"] for a in royal] == ["Ségolène Royal"]
    assert "Royal" in royal[0]["aliases"]


def test_a_one_word_person_listed_with_brands_is_a_brand(nlp):
    doc = nlp(
        "Des biscuits et des plats préparés Auchan, Casino ou Leclerc sont concernés, "
        "dénonce Foodwatch."
    )
    kinds = {a["name"]: a["type"] for a in doc._.actors}
    assert kinds.get("Leclerc") == "organization"


def test_people_listed_together_stay_people(nlp):
    doc = nlp("Étaient présents Margaret Ng, Albert Ho, Leung Kwok-hung ou Lee Cheuk-yan.")
    kinds = {a["name"]: a["type"] for a in doc._.actors}
    assert kinds.get("Albert Ho") == "person" and kinds.get("Margaret Ng") == "person"


def test_an_organisation_s_name_is_found_again_word_for_word(nlp):
    """The NER reads 'la Française des Jeux' once and misses it in another sentence: a name
    of two words or more that is an organisation's is one wherever it comes back untaken; a
    one-word name is not ('Jeux' alone)."""
    from newsfacts.components.entities.mention import Mention
    from newsfacts.components.entities.merging import _repeated_organisation_names
    from newsfacts.components.entities.vocabulary import ORGANIZATION

    doc = nlp.make_doc(
        "Mais la Française des Jeux confirme. La Française des Jeux avait annoncé les Jeux."
    )
    known = [Mention(2, 5, ORGANIZATION)]
    taken = [2 <= i < 5 for i in range(len(doc))]
    found = _repeated_organisation_names(doc, known, taken)
    assert [(doc[m.start : m.end].text, m.kind) for m in found] == [
        ("Française des Jeux", ORGANIZATION)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Jeudi ont eu lieu, en l'église de Molay, les obsèques de Fernande Garnier née "
        "Dautriche, décédée subitement à son domicile.",
        "Les obsèques de Marie Dupont (née Martin) ont eu lieu hier.",
    ],
)
def test_a_birth_name_after_nee_is_the_same_person(nlp, text):
    persons = [a for a in nlp(text)._.actors if a["type"] == "person"]
    assert len(persons) == 1 and len(persons[0]["mentions"]) == 2
