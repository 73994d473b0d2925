"""French common nouns and adjectives, read from the dictionary of the model's own lemmatizer.

A capitalised word is a name only if French does not already have it as a common word, or if the
text treats it as a name. The rule lemmatizer of fr_core_news_md ships the index of the French
nouns and adjectives it knows (about 90,000 words, ``lemma_index``): 'conseil', 'essor',
'incapacité', 'légion' are in it; 'Macron', 'Kermené', 'Axios' are not.
"""

from __future__ import annotations

from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from newsfacts.components.lemmas import lemma

COMMON_POS = ("noun", "adj")

# A sentence is read as French when at least this share of its lower-case words are French.
FRENCH_SHARE = 0.5
# Sentences with fewer lower-case words than this are too short to tell.
FOREIGN_MIN_WORDS = 5
# A straight quote both opens and closes: the first one seen opens.
OPENING_QUOTES = {'"', "«", "“"}
CLOSING_QUOTES = {'"', "»", "”"}


def load_common_words(nlp: Language, kinds: tuple[str, ...] = COMMON_POS) -> frozenset[str]:
    """The lemmatizer's nouns and adjectives (or the parts of speech in ``kinds``); empty when
    the pipeline has no rule lemmatizer."""
    if "lemmatizer" not in nlp.component_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    words: set[str] = set()
    for pos in kinds:
        if pos in index:
            words.update(index[pos])
    return frozenset(words)


def is_common_word(word: str, common: frozenset[str]) -> bool:
    """'Ecuries' -> 'écuries'? the index holds lemmas: a plural is tried without its 's'/'x'."""
    lower = word.lower()
    return lower in common or (len(lower) > 3 and lower[-1] in "sx" and lower[:-1] in common)


def load_french_words(nlp: Language) -> frozenset[str]:
    """Every French word form the lemmatizer knows (its lookup table's forms and its index's
    lemmas), and spaCy's French stop words; empty without a rule lemmatizer."""
    if "lemmatizer" not in nlp.component_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    words: set[str] = set(STOP_WORDS)
    for lemmas in lookups.get_table("lemma_index").values():
        words.update(lemmas)
    if lookups.has_table("lemma_lookup"):
        words.update(lookups.get_table("lemma_lookup").keys())
    return frozenset(words)


class WordForms:
    """Whether French has a word form: the lemmatizer's index of lemmas, and its lookup table
    of inflected forms ('prié', 'interpellé'), whose keys are hashed: a string is looked up, the
    forms cannot be listed."""

    def __init__(self, nlp: Language, words: frozenset[str] | None = None) -> None:
        self.words = load_french_words(nlp) if words is None else words
        self.forms = None
        if "lemmatizer" in nlp.component_names:
            lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
            if lookups is not None and lookups.has_table("lemma_lookup"):
                self.forms = lookups.get_table("lemma_lookup")

    def __contains__(self, word: str) -> bool:
        return word in self.words or (self.forms is not None and word in self.forms)


def foreign_tokens(doc: Doc, french: frozenset[str]) -> list[bool]:
    """Which tokens stand in a sentence or a quotation written in another language ('"Per
    informazione la Gioconda è stata venduta da Leonardo da Vinci al re Francesco I", a tenu à
    préciser le musée'): most of its lower-case words are no French words. Linear: each token
    is read in its sentence and in at most one quotation."""
    foreign = [False] * len(doc)
    if not french:
        return foreign
    for start, end in _sentences_and_quotations(doc):
        if _in_another_language(doc[start:end], french):
            foreign[start:end] = [True] * (end - start)
    return foreign


def _sentences_and_quotations(doc: Doc) -> list[tuple[int, int]]:
    parts = [(sentence.start, sentence.end) for sentence in doc.sents]
    opened = None
    for token in doc:
        if token.text in OPENING_QUOTES and opened is None:
            opened = token.i + 1
        elif token.text in CLOSING_QUOTES and opened is not None:
            parts.append((opened, token.i))
            opened = None
    return parts


def _in_another_language(span, french: frozenset[str]) -> bool:
    words = [t for t in span if t.is_alpha and t.is_lower]
    if len(words) < FOREIGN_MIN_WORDS:
        return False
    most_unknown = (1 - FRENCH_SHARE) * len(words)
    unknown = [t for t in words if t.text not in french]
    if len(unknown) <= most_unknown:
        return False
    # the lookup table holds few inflected forms ('assuré', 'millions'): lemmatize the unknown
    # words of the few parts in doubt
    return sum(lemma(t) not in french for t in unknown) > most_unknown
