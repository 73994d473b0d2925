"""Helpers of the quantity tests: run the model and the quantities component only, list what it
found as (span text, value, unit, kind, qualifier)."""

from __future__ import annotations

BASE_PIPES = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner")


def run(nlp, text: str):
    """Runs the model and our quantities component only (not the later components)."""
    doc = nlp.make_doc(text)
    for name, pipe in nlp.pipeline:
        if name in BASE_PIPES or name == "newsfacts_quantities":
            doc = pipe(doc)
    return doc


def quantities(nlp, text: str) -> list[tuple]:
    doc = run(nlp, text)
    found = []
    for span in doc.spans["quantities"]:
        assert doc.text[span.start_char : span.end_char] == span.text
        q = span._.quantity
        found.append((span.text, q["value"], q["unit"], q["kind"], q["qualifier"]))
    return found
