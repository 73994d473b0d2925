"""Small token predicates shared by the entity rules."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfacts.components.entities.vocabulary import ACRONYM, ARTICLES, NAME_PARTICLES
from newsfacts.components.gazetteer import HOME_COUNTRY


def _is_acronym(text: str) -> bool:
    """'CGT', 'SpF', 'Insee': two capitals or more, no lower-case word."""
    return sum(c.isupper() for c in text) >= 2 and bool(ACRONYM.match(text))


def _acronym_follows(doc: Doc, end: int) -> bool:
    """'la brigade de recherche et d'intervention (BRI)': an acronym in parentheses at end."""
    return (
        end + 2 < len(doc)
        and doc[end].text == "("
        and doc[end + 2].text == ")"
        and _is_acronym(doc[end + 1].text)
    )


def _capital_word(token) -> bool:
    """A word in capitals ('PASSÉ', "D'"), or an apostrophe between two."""
    text = token.text
    return text in ("'", "’") or (any(c.isalpha() for c in text) and text.isupper())


def _home_entry(entries: list):
    """The French entry among namesakes ('Nord' of Burkina Faso and of France), else the
    first; a city first stays first ('Vienne' is Vienna)."""
    if entries[0].kind == "city":
        return entries[0]
    return next((e for e in entries if e.country == HOME_COUNTRY), entries[0])


def _in_parentheses(span: Span) -> bool:
    doc = span.doc
    return (
        span.start > 0
        and span.end < len(doc)
        and doc[span.start - 1].text == "("
        and (doc[span.end].text == ")")
    )


def _unelided(word: str) -> str:
    return {"d'": "de", "d’": "de"}.get(word, word)


def _opens_sentence(token) -> bool:
    """First word of a sentence or paragraph; the parser often starts the sentence at the
    newline before it."""
    if token.is_sent_start or token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return before.is_space or before.text in (".", "!", "?", "«", '"', "“")


# Marks that open an intertitle or a list item: '- Séduire les Egyptiens -', '• Organisation'.
HEADING_MARKS = {"-", "–", "—", "•", "►", "▶"}


def _opens_heading(token) -> bool:
    """First word of a sentence, of an intertitle after its dash or bullet, or of a paragraph
    glued to the end of the one before it ('Hausses de salairesInterpellé lors d'une visite')."""
    if _opens_sentence(token):
        return True
    before = token.doc[token.i - 1]
    if before.text in HEADING_MARKS and before.whitespace_:
        return True
    return not before.whitespace_ and before.is_alpha and before.text[-1].islower()


def _after_article(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in ARTICLES


def _demonym_tail(token, suffixes: tuple[str, ...]) -> bool:
    return token.is_lower and token.pos_ in ("ADJ", "NOUN") and token.text.endswith(suffixes)


def _lower_adjective(token) -> bool:
    return token.is_lower and token.pos_ == "ADJ"


def _capitalised(token) -> bool:
    return bool(token.text) and token.text[0].isupper()


def _skip_adjectives(doc: Doc, i: int, limit: int = 2) -> int:
    """Skip lower-case adjectives after a noun: 'groupe danois', 'ministère chinois'. A
    lower-case word tagged as a proper noun is a mistagged adjective ('la start-up nantaise')."""
    j = i
    while j < len(doc) and j - i < limit and doc[j].pos_ in ("ADJ", "PROPN") and doc[j].is_lower:
        j += 1
    return j


def _lowercase_name_word(token) -> bool:
    return (token.is_lower and token.is_alpha) or token.lower_ in NAME_PARTICLES


def _feature_in_common_use(doc: Doc, start: int) -> bool:
    """'une rivière des Vosges', 'le départ massif d'Ukrainiens': a feature noun after an
    indefinite article, or after a noun it qualifies, names no feature: the name after it is
    where the feature lies, or no place."""
    if start == 0:
        return False
    before = doc[start - 1]
    return before.lower_ in ("un", "une") or (before.is_lower and before.pos_ == "NOUN")


def _first_name(token: Token, first_names: frozenset[str]) -> bool:
    """'Marine', 'Jean-Baptiste' (by its first part): a common first name, capitalised."""
    return token.is_title and token.lower_.split("-")[0] in first_names
