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


def test_a_time_word_beside_a_name_is_no_title_whatever_its_ending(nlp):
    """Titles are kept without their feminine "-e" ("dimanch"): the time words they are
    cleared of must be too."""
    text = "« Non », a dit Elisabeth Borne, ce dimanche, sur France Inter."
    assert "dimanch" not in titles_of(nlp, text, "Elisabeth Borne")


def test_a_compound_first_name_has_the_gender_of_its_first_part(nlp):
    text = "Jean-Yves Le Drian et Marie-Christine Roux ont parlé mardi."
    assert gender_of(nlp, text, "Jean-Yves Le Drian") == "Masc"
    assert gender_of(nlp, text, "Marie-Christine Roux") == "Fem"


def test_a_first_name_not_in_the_list_shows_its_gender_by_its_ending(nlp):
    """ "Marlène Schiappa", "Maëlys Durand": a first name ending as French feminine names do;
    a single word may be a surname ("Poutine") and shows nothing."""
    text = "Marlène Schiappa a reçu Maëlys Durand et Vladimir Poutine mardi."
    assert gender_of(nlp, text, "Marlène Schiappa") == "Fem"
    assert gender_of(nlp, text, "Maëlys Durand") == "Fem"
    assert gender_of(nlp, text, "Vladimir Poutine") != "Fem"
    text = "Le président russe Poutine a reçu Marlène Schiappa mardi."
    assert gender_of(nlp, text, "Poutine") != "Fem"


def test_a_masculine_first_name_with_a_feminine_looking_ending_is_no_woman():
    """ "Amine", "Yassine", "Noureddine", "Zakaria", "Eugène", "Mattia" end as some feminine
    names do ("Sabine", "Julia", "Hélène"): only endings no common man's name shares count."""
    names = [
        "Amine Kessaci", "Yassine Belattar", "Lamine Diallo", "Hocine Bouras",
        "Noureddine Amrani", "Zakaria Moumni", "Denys Chmyhal", "Eugène Martin",
        "Mattia Rossi", "Ilia Topuria",
    ]  # fmt: skip
    resolver = SpeakerResolver(load_lexicon())
    for name in names:
        assert resolver.first_name_gender(name) != "Fem", name
    for name in ["Marlène Schiappa", "Maëlys Durand", "Émeline Bayart", "Marie-Christine Roux"]:
        assert resolver.first_name_gender(name) == "Fem", name


def test_il_takes_up_a_man_whose_first_name_ends_in_ine(nlp):
    text = (
        "La juge Claire Hédon a entendu Amine Kessaci mardi. « Je n'ai rien à cacher », "
        "a-t-il affirmé."
    )
    doc = nlp(text)
    speakers = [span._.quote.get("speaker") for span in doc.spans.get("quotes", [])]
    assert speakers == ["Amine Kessaci"]
