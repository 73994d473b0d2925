"""Sources (selon, d'après, pour X): the clause they report and who, if anyone, said it."""

from __future__ import annotations

import pytest

from newsfacts.components.quotes import extract_quotes

SOURCES = [
    # text, (quote text, type, speaker, cue) of each quote
    # an acronym the tagger leaves untagged ("X") is a source all the same
    (
        "Selon CNN, Mike Pompeo aurait lui-même préconisé le renvoi de l'inspecteur général.",
        [
            (
                "Mike Pompeo aurait lui-même préconisé le renvoi de l'inspecteur général",
                "indirect",
                "CNN",
                "selon",
            )
        ],
    ),
    (
        "Selon Marie Dupont, la réforme sera votée avant l'été.",
        [("la réforme sera votée avant l'été", "indirect", "Marie Dupont", "selon")],
    ),
    (
        "La réforme sera votée avant l'été, d'après le ministre Paul Martin.",
        [("La réforme sera votée avant l'été", "indirect", "Paul Martin", "selon")],
    ),
    # a poll or a rule is a source no actor stands behind
    (
        "Selon un sondage publié dimanche, 60 % des Français soutiennent la mesure.",
        [("60 % des Français soutiennent la mesure", "indirect", None, "selon")],
    ),
    ("Selon les cas, la prime varie de 100 à 300 euros.", []),
    # a verbless statement is the source's too, with what it announces after a colon
    (
        "Un accident a eu lieu dimanche. Bilan du drame : trois morts, dont un enfant d'une"
        " dizaine d'années, selon les informations de Ouest-France.",
        [
            (
                "trois morts, dont un enfant d'une dizaine d'années",
                "indirect",
                "Ouest-France",
                "selon",
            )
        ],
    ),
    (
        "Le plan est prêt. Avec une priorité, selon Emmanuel Macron : la santé.",
        [
            (
                "Avec une priorité, selon Emmanuel Macron : la santé",
                "indirect",
                "Emmanuel Macron",
                "selon",
            )
        ],
    ),
    ("Les prix montent. La hausse des loyers, selon les régions.", []),
    # documents are a source with no comma before them; a plural of other things is not
    (
        "Plus de 6.400 cas ont été recensés dans le pays depuis mars selon les chiffres officiels.",
        [
            (
                "Plus de 6.400 cas ont été recensés dans le pays depuis mars",
                "indirect",
                None,
                "selon",
            )
        ],
    ),
    ("Les tarifs des cantines varient beaucoup selon les établissements.", []),
    # a word the tagger reads as a reporting verb ("l'estime") reports nothing of its own
    (
        "Cette aide est aussi destinée à gagner l'estime de son propre peuple, selon Paul Martin.",
        [
            (
                "Cette aide est aussi destinée à gagner l'estime de son propre peuple",
                "indirect",
                "Paul Martin",
                "selon",
            )
        ],
    ),
    # "Pour X," gives the view of a person, not of "les salariés"
    (
        "Pour Marine Le Pen, le plan est un échec.",
        [("le plan est un échec", "indirect", "Marine Le Pen", "selon")],
    ),
    ("Pour les salariés, la réforme change tout.", []),
    # "aux yeux de X" after marked words: X's judgment, one mixed quote over the clause
    (
        "Les visites restent interdites. Une situation qui « s'apparente à une forme de "
        "maltraitance » aux yeux de Géraud Bournet.",
        [
            (
                "Une situation qui « s'apparente à une forme de maltraitance »",
                "mixed",
                "Géraud Bournet",
                "selon",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_sources(nlp, text, expected):
    found = [(q["text"], q["type"], q["speaker"], q["cue"]) for q in extract_quotes(nlp(text))]
    assert found == expected


@pytest.mark.parametrize(
    "text", ["Pour, dit-il, rien ne change.", "Il est jugé pour, notamment, « génocide »."]
)
def test_pour_right_before_a_comma_names_no_source(nlp, text):
    # "pour" with no words before the comma: no source, and the document goes through
    doc = nlp(text)
    assert all(q["cue"] != "selon" for q in extract_quotes(doc))


@pytest.mark.parametrize(
    "text",
    [
        "L'efficacité du vaccin varie de 50 à 90 % selon les études.",
        "Le nombre de victimes varie selon les bilans.",
        "La taxe est calculée selon les chiffres d'affaires.",
    ],
)
def test_documents_after_a_verb_of_variation_are_what_it_depends_on(nlp, text):
    # "varie … selon les études": depending on them, no one's statement
    assert extract_quotes(nlp(text)) == []


def test_documents_after_another_verb_still_report_the_clause(nlp):
    text = "Le chômage a nettement baissé en mars selon les chiffres officiels."
    (quote,) = extract_quotes(nlp(text))
    assert quote["cue"] == "selon"


def test_a_comma_less_source_after_a_verb_with_no_subject_reports_the_whole_clause(nlp):
    """The subject of "ont été placés" is before the comma: the source reports it too."""
    text = (
        "Les cinq contacts proches, et un sixième testé samedi, ont été placés en isolement"
        " selon l'agence."
    )
    reported = [q["text"] for q in extract_quotes(nlp(text))]
    assert reported == [
        "Les cinq contacts proches, et un sixième testé samedi, ont été placés en isolement"
    ]


def test_a_participle_after_a_noun_keeps_its_own_source(nlp):
    text = "Les talibans ont revendiqué l'attentat, commis selon leur porte-parole par un kamikaze."
    assert "Les talibans ont revendiqué l'attentat" not in " ".join(
        q["text"] for q in extract_quotes(nlp(text))
    )


def test_a_source_right_after_a_coordination_opens_the_clause_after_it(nlp):
    text = (
        "Le livreur a terminé sa tournée, mais selon la responsable de l'entreprise, quelques"
        " crêpes manquaient au compte."
    )
    reported = [(q["text"], q["cue"]) for q in extract_quotes(nlp(text))]
    assert reported == [("quelques crêpes manquaient au compte", "selon")]


def test_a_participle_closed_by_the_source_takes_the_clause_it_qualifies(nlp):
    """ "…, estimé à … d'après X." ending the sentence: X reports the noun's clause too."""
    text = (
        "Le patrimoine immobilier du rockeur est important, estimé à près de 50 millions"
        " d'euros d'après le site Planet."
    )
    reported = [q["text"] for q in extract_quotes(nlp(text))]
    assert reported == [
        "Le patrimoine immobilier du rockeur est important, estimé à près de 50 millions d'euros"
    ]


def test_a_participle_after_a_cue_incise_keeps_its_own_source(nlp):
    text = (
        '"Ma porte reste ouverte", a commenté Paul Martin au sujet de son concurrent,'
        " crédité de 10% des voix selon une étude publiée dimanche."
    )
    assert "crédité de 10% des voix" in [q["text"] for q in extract_quotes(nlp(text))]
