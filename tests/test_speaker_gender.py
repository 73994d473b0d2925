"""Gender and titles learned from the words around a person's name."""

from __future__ import annotations

from newsfacts.components.quotes.lexicon import load_lexicon
from newsfacts.components.quotes.speakers import SpeakerResolver


def gender_of(nlp, text: str, name: str) -> str | None:
    doc = nlp(text)
    index = SpeakerResolver(load_lexicon()).index(doc)
    numbers = [n for n, actor in enumerate(index.actors) if actor.get("name") == name]
    assert numbers, f"{name} is no actor"
    return index.gender.get(numbers[0])


def test_the_article_of_an_outer_phrase_gives_no_gender(nlp):
    text = "En 2015, il publie une lettre de son médecin personnel, Harold Bornstein."
    assert gender_of(nlp, text, "Harold Bornstein") != "Fem"


def test_the_article_of_the_title_gives_the_gender(nlp):
    text = "La ministre de la Santé, Dominique Leroux, a parlé."
    assert gender_of(nlp, text, "Dominique Leroux") == "Fem"


def titles_of(nlp, text: str, name: str) -> set[str]:
    index = SpeakerResolver(load_lexicon()).index(nlp(text))
    numbers = [n for n, actor in enumerate(index.actors) if actor.get("name") == name]
    assert numbers, f"{name} is no actor"
    return index.titles.get(numbers[0], set())


def test_a_title_before_de_is_someone_elses(nlp):
    text = "« Il va mal », avertit mercredi Me Stéphane Giuranna, avocat de Marcel Jacob, hier."
    assert "avocat" not in titles_of(nlp, text, "Marcel Jacob")
    assert "avocat" in titles_of(nlp, text, "Stéphane Giuranna")
