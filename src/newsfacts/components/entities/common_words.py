"""French common nouns and adjectives, read from the dictionary of the model's own lemmatizer.

A capitalised word is a name only if French does not already have it as a common word, or if the
text treats it as a name. The rule lemmatizer of fr_core_news_md ships the index of the French
nouns and adjectives it knows (about 90,000 words, ``lemma_index``): 'conseil', 'essor',
'incapacité', 'légion' are in it; 'Macron', 'Kermené', 'Axios' are not.
"""

from __future__ import annotations

from spacy.language import Language

COMMON_POS = ("noun", "adj")


def load_common_words(nlp: Language) -> frozenset[str]:
    """The lemmatizer's nouns and adjectives; empty when the pipeline has no rule lemmatizer."""
    if "lemmatizer" not in nlp.component_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    words: set[str] = set()
    for pos in COMMON_POS:
        if pos in index:
            words.update(index[pos])
    return frozenset(words)


def is_common_word(word: str, common: frozenset[str]) -> bool:
    """'Ecuries' -> 'écuries'? the index holds lemmas: a plural is tried without its 's'/'x'."""
    lower = word.lower()
    return lower in common or (len(lower) > 3 and lower[-1] in "sx" and lower[:-1] in common)
