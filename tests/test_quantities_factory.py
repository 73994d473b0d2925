"""The spaCy factory newsfacts_quantities (quantities.factory)."""

from __future__ import annotations

import spacy

from newsfacts.components.quantities import QuantityExtractor, make_quantities


def test_factory_builds_the_component_and_splits_the_period_after_a_unit():
    nlp = spacy.blank("fr")
    before = [t.text for t in nlp("Le budget atteint 30 M€.")]
    component = nlp.add_pipe("newsfacts_quantities")
    assert isinstance(component, QuantityExtractor)
    assert before[-1] == "M€."  # the French tokenizer keeps the final period on the unit
    assert [t.text for t in nlp.make_doc("Le budget atteint 30 M€.")][-2:] == ["M€", "."]
    doc = nlp("Le budget atteint 30 M€.")
    assert [span.text for span in doc.spans["quantities"]] == ["30 M€"]


def test_the_suffix_rule_is_added_once():
    nlp = spacy.blank("fr")
    make_quantities(nlp, "first")
    pattern = nlp.tokenizer.suffix_search.__self__.pattern
    make_quantities(nlp, "second")
    assert nlp.tokenizer.suffix_search.__self__.pattern == pattern
