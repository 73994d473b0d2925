"""Context tests of one name (entities/kind_context.py), on the parsed sentence."""

from __future__ import annotations

from newsfacts.components.entities.kind_context import (
    _after_body_title,
    _after_possessive_person_noun,
    _after_selon,
    _where_a_town_lies,
)


def _span(doc, words: str):
    start = doc.text.index(words)
    return doc.char_span(start, start + len(words))


def test_a_source_after_selon_with_or_without_article_or_marks(nlp):
    doc = nlp('Selon "Le Métropolitain", rien. Selon la SNCF, tout.')
    assert _after_selon(_span(doc, "Le Métropolitain"))
    assert _after_selon(_span(doc, "SNCF"))
    doc = nlp("Chez la SNCF, rien ne change.")
    assert not _after_selon(_span(doc, "SNCF"))


def test_a_first_name_after_a_possessive_and_a_kin_noun(nlp):
    doc = nlp("Jugé pour ce vol, son camarade Maurice sera fixé. Il partira pour Maurice.")
    first, last = doc.text.index("Maurice"), doc.text.rindex("Maurice")
    assert _after_possessive_person_noun(doc, doc.char_span(first, first + 7).start)
    assert not _after_possessive_person_noun(doc, doc.char_span(last, last + 7).start)


def test_a_name_alone_in_parentheses_after_a_name_says_where_it_lies(nlp):
    doc = nlp("Il vit à Grenoble (Isère) depuis 2010, dit-il (Isère).")
    first = _span(doc, "Isère")
    assert _where_a_town_lies(doc, first.start, first.end)
    last = doc.text.rindex("Isère")
    second = doc.char_span(last, last + 5)
    assert not _where_a_town_lies(doc, second.start, second.end)


def test_a_name_after_the_title_of_one_who_heads_a_body_and_de(nlp):
    doc = nlp("La déléguée générale du Synerpa et l'avocat de Marcel Jacob ont parlé.")
    assert _after_body_title(doc, _span(doc, "Synerpa").start)
    assert not _after_body_title(doc, _span(doc, "Marcel Jacob").start)
