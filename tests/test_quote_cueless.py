"""Direct quotes with no reporting verb (quotes/cueless.py, CuelessQuotes)."""

from __future__ import annotations

import pytest

from newsfacts.components.quotes import extract_quotes

CUELESS = [
    # text, (quote text, speaker) of each quote
    (  # the subject of the sentence after a quote that opens its paragraph
        "« On commence dès lundi. » Philippe Martinez a laissé augurer une grève longue.",
        [("On commence dès lundi.", "Philippe Martinez")],
    ),
    (  # the subject of the sentence before it
        "Philippe Martinez est venu à Lyon. « On commence dès lundi, et on ira jusqu'au bout. »",
        [("On commence dès lundi, et on ira jusqu'au bout.", "Philippe Martinez")],
    ),
    (  # the speaker of the quote just before it
        "Le directeur Paul Durand a annoncé la fermeture du site. « Nous n'avons pas le choix », "
        "a-t-il ajouté. « Le marché s'est effondré. »",
        [
            ("Nous n'avons pas le choix", "Paul Durand"),
            ("Le marché s'est effondré.", "Paul Durand"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CUELESS)
def test_a_quote_alone_takes_its_speaker_from_around_it(nlp, text, expected):
    quotes = extract_quotes(nlp(text))
    assert [(q["text"], q["speaker"]) for q in quotes] == expected
    assert quotes[-1]["cue"] is None


def test_the_answers_of_an_interview_go_on_with_the_first_answer_speaker(nlp):
    # "R:" before the marks: the interviewee answers again, not the subject of the question
    text = (
        "Luiz Inacio Lula da Silva s'est dit, dans cet entretien, en faveur de la destitution de "
        "Jair Bolsonaro.Q: Que pensez-vous des tensions au Brésil?R: « Le gouvernement "
        "transforme les gens en ennemis, ça ne peut pas marcher », répond Luiz Inacio Lula da "
        "Silva.Q: Vous avez changé d'avis sur Jair Bolsonaro?R: « Ce que je voulais dire, c'est "
        "qu'on ne pouvait pas demander la destitution d'un président. »Q: Que pense Jair "
        "Bolsonaro des militaires ?« Je crois qu'ils ont une part importante dans ses décisions. »"
    )
    quotes = extract_quotes(nlp(text))
    assert [q["speaker"] for q in quotes] == ["Luiz Inacio Lula da Silva"] * 3
    assert [q["cue"] for q in quotes[1:]] == [None, None]


def test_only_a_labelled_question_makes_the_next_quote_an_answer():
    from newsfacts.components.quotes.cueless import answers_a_question

    text = "Que va faire le gouvernement ? « Nous verrons. »\nQ: Et demain ?\nR: « Nous irons. »"
    assert not answers_a_question(text, text.index("« Nous verrons"))
    assert answers_a_question(text, text.index("« Nous irons"))
    text = "Q: Et demain ? « Nous irons. » Le préfet : « Non. »"
    assert answers_a_question(text, text.index("« Nous irons"))
    assert not answers_a_question(text, text.index("« Non"))


def _inherited_before_ranking(nlp, text: str) -> list[tuple[str, bool]]:
    """Each quote's text and whether the rules let it go on with the speaker before, as the
    last stage (the learned ranker) receives them."""
    pipe = nlp.get_pipe("newsfacts_quotes")
    shipped, seen = pipe.ranking, []

    def recording(ctx, quotes, marks):
        seen.extend((text[q.start : q.end], q.inherited) for q in quotes)
        shipped(ctx, quotes, marks)

    pipe.ranking = recording
    try:
        nlp(text)
    finally:
        pipe.ranking = shipped
    return seen


def test_a_new_subject_between_two_quotes_stops_the_inheritance(nlp):
    # a person named as a subject after the quote before brings the next quote in: it does
    # not go on with the speaker before (the ranker, not inheritance, decides it)
    text = (
        "« Il sera l'individu en meilleure santé jamais élu », affirme Harold Bornstein. En "
        "2018, Ronny Jackson, médecin de la Maison Blanche, dresse le tableau d'un président "
        "en excellente santé. Et s'emballe : « Il est apte à exercer ses fonctions. »"
    )
    assert _inherited_before_ranking(nlp, text)[-1] == (
        "Il est apte à exercer ses fonctions.",
        False,
    )
    # with no one named between them, the quote goes on with the one before
    text = (
        "« Il sera l'individu en meilleure santé jamais élu », affirme Harold Bornstein. "
        "« Il est apte à exercer ses fonctions. »"
    )
    assert _inherited_before_ranking(nlp, text)[-1] == (
        "Il est apte à exercer ses fonctions.",
        True,
    )
