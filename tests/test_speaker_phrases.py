"""Speaker phrases (phrases.py): where the words that name who speaks end."""

from __future__ import annotations

import pytest

from newsfacts.components.quotes import extract_quotes


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a title whose place complement runs into the name: one speaker phrase
        (
            'Le CFCM est prudent, a affirmé Mohammed Moussaoui. "On ne va pas se ruer pour '
            'rouvrir les synagogues", affirme de son côté le grand rabbin de France Haïm Korsia.',
            "Haïm Korsia",
        ),
        (
            '"Nous restons mobilisés", a déclaré lundi le maire de Lyon Grégory Doucet.',
            "Grégory Doucet",
        ),
    ],
)
def test_a_title_with_its_place_then_the_name(nlp, text, speaker):
    doc = nlp(text)
    quotes = extract_quotes(doc)
    assert quotes and quotes[-1]["speaker"] == speaker
    start, end = quotes[-1]["speaker_span"]
    assert doc.text[start:end].endswith(speaker)


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Le Samu ne l'a pas prise au sérieux, rapporte vendredi 25 août Le Parisien.",
            "Le Parisien",
        ),
        (
            "« Ce dernier reste la règle », a rappelé la semaine passée la Commission européenne.",
            "la Commission européenne",
        ),
    ],
)
def test_a_date_between_the_cue_and_its_inverted_subject_is_no_speaker(nlp, text, words):
    doc = nlp(text)
    (quote,) = extract_quotes(doc)
    start, end = quote["speaker_span"]
    assert doc.text[start:end] == words


def test_a_determiner_read_as_a_date_stays_in_the_speaker_phrase(nlp):
    text = "« C'était pesant d'être enfermée », confie à l'AFP cette ancienne enseignante."
    doc = nlp(text)
    (quote,) = extract_quotes(doc)
    start, end = quote["speaker_span"]
    assert doc.text[start:end] == "cette ancienne enseignante"


def test_a_medium_told_after_the_speaker_is_not_part_of_the_speaker_phrase(nlp):
    # "à l'Industrie" goes on a title; "à La Provence" names whom the speaker told
    text = "« Quand je joue, j'essaye de gagner », a expliqué ce chauffeur-livreur à La Provence."
    doc = nlp(text)
    (quote,) = extract_quotes(doc)
    start, end = quote["speaker_span"]
    assert doc.text[start:end] == "ce chauffeur-livreur"


def test_a_medium_after_au_is_not_part_of_the_speaker_phrase(nlp):
    text = "« Quand je joue, j'essaye de gagner », a expliqué ce chauffeur-livreur au Parisien."
    doc = nlp(text)
    (quote,) = extract_quotes(doc)
    start, end = quote["speaker_span"]
    assert doc.text[start:end] == "ce chauffeur-livreur"


def test_a_body_that_shares_a_newspaper_s_first_word_stays_in_the_title(nlp):
    # 'L'Union' is a newspaper; 'l'Union européenne' is the complement of the title
    text = (
        "« Nous devons agir », a déclaré l'ambassadeur de France à l'Union européenne, "
        "Philippe Léglise-Costa."
    )
    doc = nlp(text)
    (quote,) = extract_quotes(doc)
    start, end = quote["speaker_span"]
    assert "Union européenne" in doc.text[start:end]


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "UNE AMÉRICAINE LOIN D'ÊTRE ANONYMELa jeune femme assure ne pas vouloir créer la "
            'polémique. "Cette chanson est simplement mon avis", a-t-elle dit.',
            "La jeune femme",
        ),
        (
            "UN VŒU EXAUCÉLe quotidien local affirme que la mairie a cédé.",
            "Le quotidien local",
        ),
    ],
)
def test_a_heading_glued_before_the_subject_is_not_part_of_the_speaker_phrase(nlp, text, words):
    doc = nlp(text)
    quote = extract_quotes(doc)[0]
    start, end = quote["speaker_span"]
    assert doc.text[start:end] == words
