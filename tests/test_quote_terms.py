"""Words in marks that nobody is reported as saying (quotes/terms.py)."""

from __future__ import annotations

import pytest

from newsfacts.components.quotes import extract_quotes

NOBODY_SAYS = [
    "Elle a été condamnée pour « collusion avec une puissance étrangère ».",
    "Il a été condamné pour « corruption ».",
    "Une enquête a été ouverte pour « génocide », « incitation à la haine » et « crimes contre "
    "l'humanité ».",  # a list of charges: the first one's preposition governs them all
    "M. Kabuga est mis en accusation pour, notamment, « génocide », « incitation directe et "
    "publique à commettre le génocide » et « crimes contre l'humanité ».",  # an adverb between
    "Le festival présente l'opération « Barkhane » cette année.",
    "Le ministre a présenté le programme « Air pur pour tous » lundi.",
    "Le club a recruté le joueur surnommé « la Pioche ».",
    "Le ministre a annoncé une zone « rouge » dans le département.",  # announced: a term
]


@pytest.mark.parametrize("text", NOBODY_SAYS)
def test_charges_names_and_terms_are_not_quotes(nlp, text):
    assert extract_quotes(nlp(text)) == []


SAID = [
    # the object of a reporting verb, or called on: the speaker's words
    (
        "Le ministre Jean Dupont a dénoncé une « trahison pure et simple » de ses alliés.",
        "dénoncer",
    ),
    ("Le ministre a appelé « toutes les parties » à la retenue.", "appeler"),
    # one word qualifying the cue's object: the speaker's judgment of it, whatever its tag
    ("De son côté, la Ligue des droits de l'Homme a évoqué une décision « salutaire ».", "évoquer"),
    ("Le syndicat a salué une mesure « courageuse » pour les salariés.", "saluer"),
    # a time set between the cue and its object leaves the object the cue's
    (
        "La conseillère Marie Dupont a reconnu, lundi 16 octobre, une « lourde erreur ».",
        "reconnaître",
    ),
    (
        "Le ministre Jean Dupont constatait déjà mercredi une « accélération » des contagions.",
        "constater",
    ),
]


def test_the_object_after_a_dated_cue_starts_at_its_determiner(nlp):
    text = "La conseillère Marie Dupont a reconnu, lundi 16 octobre, une « lourde erreur »."
    quotes = extract_quotes(nlp(text))
    assert [q["text"] for q in quotes] == ["une « lourde erreur »"]


@pytest.mark.parametrize(("text", "cue"), SAID)
def test_a_cue_s_object_in_marks_is_speech(nlp, text, cue):
    quotes = extract_quotes(nlp(text))
    assert [(q["type"], q["cue"]) for q in quotes] == [("mixed", cue)]
