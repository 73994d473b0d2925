"""The sieve: a speaker text that names its speaker is final; pronouns, "ce dernier" and
descriptions are proposals the ranker weighs."""

from __future__ import annotations

import pytest

from newsfacts.components.quotes.lexicon import load_lexicon
from newsfacts.components.quotes.sieve import rule_kind

PRONOUNS = load_lexicon().words["subject_pronouns"]


@pytest.mark.parametrize(
    ("text", "words", "actor", "kind"),
    [
        ("« Oui », a déclaré Marie Dupont.", "Marie Dupont", "Marie Dupont", "named"),
        ("« Oui », a déclaré M. Dupont.", "M. Dupont", "Marie Dupont", "named"),
        ("« Oui », selon la SNCF.", "la SNCF", "SNCF", "named"),
        ("« Oui », a-t-il dit.", "-il", "Paul Roy", "pronoun"),
        ("« Oui », a dit ce dernier.", "ce dernier", "Paul Roy", "latter"),
        # a capitalised word that is not the actor's name is no name of it
        ("« Oui », a dit le maire de Lyon.", "le maire de Lyon", "Grégory Doucet", "description"),
        ("« Oui », a dit le maire.", "le maire", "Grégory Doucet", "description"),
        ("« Oui », a dit une source.", "une source", None, "description"),
    ],
)
def test_rule_kind(nlp, text, words, actor, kind):
    doc = nlp.make_doc(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words))
    assert rule_kind(span, {"name": actor} if actor else None, PRONOUNS) == kind


def test_a_name_the_words_speak_of_is_no_final_name(nlp):
    """ "les services du chancelier X": X is named, but does not speak."""
    from newsfacts.components.quotes.lexicon import load_lexicon as lexicon
    from newsfacts.components.quotes.name_position import NamePosition

    position = NamePosition(lexicon())
    text = "« Oui », ont déclaré les services du chancelier autrichien Sebastian Kurz."
    doc = nlp(text)
    start = text.index("les services")
    span = doc.char_span(start, len(text) - 1)
    kind = rule_kind(
        span, {"name": "Sebastian Kurz"}, PRONOUNS, lambda t: position.is_speaker(span, t)
    )
    assert kind == "description"
    assert rule_kind(span, {"name": "Sebastian Kurz"}, PRONOUNS) == "named"
