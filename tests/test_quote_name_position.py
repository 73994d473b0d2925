"""Whether a name in the speaker words is the speaker (name_position.py): the head or in
apposition to it, not a name in a complement, a clause, parentheses or a list."""

from __future__ import annotations

import pytest

from newsfacts.components.quotes.lexicon import load_lexicon
from newsfacts.components.quotes.name_position import NamePosition

POSITION = NamePosition(load_lexicon())


@pytest.mark.parametrize(
    ("words", "name", "organization", "speaks"),
    [
        ("Marie Dupont, porte-parole de la SNCF", "Marie", False, True),
        ("Marie Dupont, porte-parole de la SNCF", "SNCF", True, False),
        ("le ministre de l'Intérieur Gérald Darmanin", "Gérald", False, True),
        ("le porte-parole du gouvernement Gabriel Attal", "Gabriel", False, True),
        # a hyphenated title the tokenizer splits is one head ("lieutenant-colonel")
        ("le lieutenant-colonel Marc Durand, du SDIS de la Sarthe", "Marc", False, True),
        ("le directeur de l'OMS, Tedros Adhanom Ghebreyesus", "Tedros", False, True),
        ("le quotidien Le Parisien", "Le", True, True),
        ("les informations du Parisien", "Parisien", True, True),
        ("la famille de Vogüé", "Vogüé", True, True),
        ("les services du chancelier autrichien Sebastian Kurz", "Sebastian", False, False),
        ("l'un des avocats de Mme Ayari", "Mme", False, False),
        ("le Premier ministre devant le Sénat", "Sénat", True, False),
        ("le député européen PS", "PS", True, False),
        ("L'intersyndicale (CGT, FO, FSU et Solidaires)", "CGT", True, False),
        ("Les élus PS, PCF, LFI et écologistes", "PCF", True, False),
        ("Le Conseil, auquel Edouard Philippe a demandé un avis", "Edouard", False, False),
    ],
)
def test_a_name_is_the_speaker_only_as_head_or_apposition(nlp, words, name, organization, speaks):
    text = f"« Non », a déclaré {words}."
    doc = nlp(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words))
    first = next(t for t in span if t.text == name)
    assert POSITION.is_speaker(span, first, organization) is speaks
