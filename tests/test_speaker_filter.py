"""Who the speaker words cannot designate (speaker_filter.py): the addressee, the relay, and a
person of the other gender than the words say; each resolution path asks the same module.

The rule tests run with the ranker switched off, so that they test the rules, not the weights.
"""

from __future__ import annotations

import pytest

from newsfacts.components.quotes.index import ActorIndex, NameBounds
from newsfacts.components.quotes.speaker_filter import (
    addressed,
    in_brackets,
    misread,
    relayed,
    words_gender,
)
from newsfacts.components.quotes.speaker_words import is_subject
from newsfacts.components.quotes.speakers import _person_by_part_of_name


def at(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("« Oui », a confié le parquet à France 3.", "France 3", True),
        ("« Oui », a-t-il dit au Parisien.", "Parisien", True),
        ("« Oui », a-t-il précisé auprès de l'AFP.", "AFP", True),
        ("« Oui », a déclaré Paul Roy.", "Paul Roy", False),
        (
            "Contacté par France Info, Fireworld a expliqué que tout allait bien.",
            "France Info",
            False,
        ),
    ],
)
def test_the_addressee_test(nlp, text, name, expected):
    doc = nlp(text)
    assert addressed(doc, *at(text, name)) is expected


def test_the_relay_is_the_agent_set_apart_by_a_comma(nlp):
    text = "Contacté par France Info, Fireworld a expliqué que tout allait bien."
    doc = nlp(text)
    assert relayed(doc, *at(text, "France Info"))
    assert not relayed(doc, *at(text, "Fireworld"))
    assert not addressed(doc, *at(text, "France Info"))  # the relay is no addressee


def test_a_name_in_brackets(nlp):
    text = "Plusieurs marques (Lactalis, Danone) ont changé leurs recettes."
    doc = nlp(text)
    assert in_brackets(doc, *at(text, "Lactalis"))
    assert not in_brackets(doc, *at(text, "Danone"))


@pytest.mark.parametrize(
    "text, words, gender",
    [
        ("« Oui », a déclaré M. Pompeo.", "M. Pompeo", "Masc"),
        ("« Oui », a déclaré Mme Pompeo.", "Mme Pompeo", "Fem"),
        ("« Oui », a ajouté la mère de la fillette.", "la mère de la fillette", "Fem"),
        ("« Oui », a ajouté le maire.", "le maire", None),  # women are "le maire" too
        ("« Oui », a ajouté le ministre.", "le ministre", None),
    ],
)
def test_the_gender_the_speaker_words_give(nlp, text, words, gender):
    doc = nlp(text)
    assert words_gender(doc.char_span(*at(text, words))) == gender


def index_of(doc) -> ActorIndex:
    index = ActorIndex(list(doc._.actors or []), doc.text)
    index.refresh()
    return index


def numbers(index: ActorIndex, name: str) -> list[int]:
    return [n for n, a in enumerate(index.actors) if a.get("name") == name]


def test_a_civility_of_the_other_gender_misreads_a_shared_surname(nlp):
    text = "Susan Pompeo est arrivée. « Oui », a déclaré M. Pompeo."
    doc = nlp(text)
    index = index_of(doc)
    [susan] = numbers(index, "Susan Pompeo")
    index.gender[susan] = "Fem"
    assert misread(doc.char_span(*at(text, "M. Pompeo")), index, susan)
    # her first name in the words: the name wins over the gender
    words = doc.char_span(*at(text, "Susan Pompeo"))
    assert not misread(words, index, susan)


def test_a_part_of_a_name_said_to_someone_is_no_speaker(nlp):
    text = "Jean Wray est arrivé lundi. « Oui », a confié Wray à Paul. « Non », a dit Luc à Wray."
    doc = nlp(text)
    index = index_of(doc)
    spoken_to = text.rindex("Wray")
    assert _person_by_part_of_name(doc.char_span(spoken_to, spoken_to + 4), index) is None
    speaking = text.index("Wray à")
    name = doc.char_span(speaking, speaking + 4)
    assert _person_by_part_of_name(name, index)["name"] == "Jean Wray"


def test_the_part_of_name_step_skips_the_namesake_of_the_other_gender(nlp):
    text = "Mike Pompeo a reçu Susan Pompeo. « Oui », a déclaré M. Pompeo."
    doc = nlp(text)
    index = index_of(doc)
    for n in numbers(index, "Susan Pompeo"):
        index.gender[n] = "Fem"
    words = doc.char_span(*at(text, "M. Pompeo"))
    assert _person_by_part_of_name(words, index)["name"] == "Mike Pompeo"


def test_name_bounds_are_per_document(nlp):
    """The resolver keeps no document's names: the bounds come with the document's index."""
    text = "« Oui », a précisé à l'AFP Nijaz Skenderagic."
    doc = nlp(text)
    resolver = nlp.get_pipe("newsfacts_quotes").speakers
    start = doc.char_span(*at(text, "à")).start
    mentions = [(*at(text, "AFP"), 0), (*at(text, "Nijaz Skenderagic"), 1)]
    actors = [{"type": "organization"}, {"type": "person"}]
    glued = doc[start + 2].ent_iob_ == "B" and doc[start + 3].ent_iob_ == "I"
    split = resolver.phrase_after(doc, start, len(doc), NameBounds.of(mentions, actors))
    assert split is not None and split.text == "Nijaz Skenderagic"
    if glued:  # without the bounds, the NER's glued entity is not split
        without = resolver.phrase_after(doc, start, len(doc))
        assert without is None or without.text != "Nijaz Skenderagic"


def test_a_name_after_a_title_that_opens_the_clause_is_its_subject(nlp):
    text = "Or, à cette date, le président républicain Donald Trump minimisait les risques."
    doc = nlp(text)
    assert is_subject(doc, *at(text, "Donald Trump"))
    text = "Il a longuement parlé avec le président républicain Donald Trump lundi."
    doc = nlp(text)
    assert not is_subject(doc, *at(text, "Donald Trump"))


def test_a_pronoun_takes_up_the_titled_subject_not_an_earlier_speaker(rule_speakers):
    text = (
        "« Il a vendu trop tôt », a affirmé Preet Bharara.\nOr, à cette date, le président "
        "républicain Donald Trump minimisait encore les risques du virus pour les Etats-Unis. "
        "« C'est comme une grippe », a-t-il martelé."
    )
    assert rule_speakers(text) == ["Preet Bharara", "Donald Trump"]
