"""Who a cue's subject is (quotes/cue_subjects.py)."""

from __future__ import annotations

import pytest

from newsfacts.components.quotes import extract_quotes

SUBJECTS = [
    # text, speaker span of each quote
    ("« Nous irons vite », a-t-elle lancé.", ["elle"]),
    (  # a coordinated cue shares the subject of the cue before it
        "Le ministre, Jean Dupont, a annoncé qu'il partirait et a ironisé sur « les amateurs de "
        "la majorité ».",
        ["Le ministre, Jean Dupont", "Le ministre, Jean Dupont"],
    ),
    (  # a name in apposition to the subject
        "Auteur de l'égalisation, le défenseur Paul Durand, a estimé que « rien n'est fini ».",
        ["le défenseur Paul Durand"],
    ),
    (  # a gerund after an inverted cue shares its subject
        "« Nous irons vite », a lancé Paul Durand, appelant « tous les partis à la raison ».",
        ["Paul Durand", "Paul Durand"],
    ),
    (  # a colon with no cue: the clause's subject
        "Le ministre a été clair : « Nous ne céderons pas. »",
        ["Le ministre"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_the_subject_of_a_cue_is_the_speaker_phrase(nlp, text, expected):
    doc = nlp(text)
    spans = [doc.text[slice(*q["speaker_span"])] for q in extract_quotes(doc)]
    assert spans == expected
