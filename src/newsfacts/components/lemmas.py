"""Lemmas on demand.

Our components read the lemmas of a few tokens only (reporting verbs, auxiliaries, head nouns).
``load_pipeline`` therefore disables spaCy's lemmatizer, which would lemmatize every token, and
``lemma`` asks it for those few tokens alone. A pipeline that runs a lemmatizer is read as is.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Token

# The lemmatizer of each loaded pipeline, by the id of its vocabulary (shared by its docs).
_LEMMATIZERS: dict[int, Callable[[Token], list[str]]] = {}


def lemmatize_on_demand(nlp: Language) -> None:
    """Let ``lemma`` use the lemmatizer of ``nlp`` for its docs, enabled or not."""
    if "lemmatizer" in nlp.component_names:
        _LEMMATIZERS[id(nlp.vocab)] = nlp.get_pipe("lemmatizer").lemmatize


def lemma(token: Token) -> str:
    if token.lemma:  # set by a lemmatizer that ran, or by an earlier call
        return token.lemma_
    lemmatize = _LEMMATIZERS.get(id(token.doc.vocab))
    if lemmatize is None:
        return token.lower_
    token.lemma_ = lemmatize(token)[0]
    return token.lemma_
