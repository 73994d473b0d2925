"""The spaCy factory newsfacts_quantities and its component."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from newsfacts.components import register_extensions
from newsfacts.components.quantities.reader import DocReader


@Language.factory("newsfacts_quantities")
def make_quantities(nlp: Language, name: str) -> QuantityExtractor:
    split_period_after_units(nlp)
    return QuantityExtractor()


# The French tokenizer keeps a sentence's final period on "M€." or "k€.", so no span could end
# on the unit; this suffix rule splits it off (once, whatever the number of components built).
PERIOD_AFTER_UNIT = r"(?<=[€$£¥²³])\.$"


def split_period_after_units(nlp: Language) -> None:
    search = getattr(nlp.tokenizer, "suffix_search", None)
    pattern = getattr(search, "__self__", None)
    if pattern is None or PERIOD_AFTER_UNIT in pattern.pattern:
        return
    nlp.tokenizer.suffix_search = re.compile(f"{pattern.pattern}|{PERIOD_AFTER_UNIT}").search


class QuantityExtractor:
    """Writes ``doc.spans["quantities"]``, each with its payload on ``span._.quantity``."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["quantities"] = DocReader(doc).quantities()
        return doc
