"""Acronyms: what they spell ('PNF' of 'parquet national financier'), and names glued to them
('AFP Lorraine McDermott')."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from newsfacts.components.entities.boundaries import (
    _followed_by_age,
    _heading_in_capitals,
    _name_end,
)
from newsfacts.components.entities.lexicon import load_first_names
from newsfacts.components.entities.mention import Mention
from newsfacts.components.entities.tokens import (
    _capitalised,
    _first_name,
    _is_acronym,
    _lowercase_name_word,
)
from newsfacts.components.entities.vocabulary import (
    ACRONYM,
    ACRONYM_COMPLEMENT_PREPOSITIONS,
    ACRONYM_SKIPPED_PARTICLES,
    ACRONYM_SKIPPED_WORDS,
    ARTICLES,
    COUNTING_DETERMINERS,
    NAME_PARTICLES,
    ORGANIZATION,
    PERSON,
    PERSON_NOUNS,
    PREPOSITIONS_OF,
)
from newsfacts.components.gazetteer import fold


def _other_acronym_mentions(doc: Doc, mentions: list[Mention], taken: list[bool]) -> list:
    """Every occurrence of an organisation's acronym is a mention, also where the NER missed
    it or the sentence's period sticks to it ('selon SpF.')."""
    known = {
        doc[m.start : m.end].text
        for m in mentions
        if m.kind == ORGANIZATION and m.end - m.start == 1 and _is_acronym(doc[m.start].text)
    }
    if not known:
        return []
    found = []
    for token in doc:
        text = token.text[:-1] if token.text.endswith(".") else token.text
        if not taken[token.i] and text in known:
            taken[token.i] = True
            found.append(Mention(token.i, token.i + 1, ORGANIZATION, source="acronym"))
    return found


def _names_before_party(doc: Doc, taken: list[bool]) -> list[Mention]:
    """'Marine Le Pen (RN) et ...': proper nouns before a party's acronym in parentheses are
    a person's name when they do not spell the acronym ('Agence France-Presse (AFP)')."""
    found = []
    for i, token in enumerate(doc):
        if token.text != "(" or i + 2 >= len(doc) or doc[i + 2].text != ")":
            continue
        acronym = doc[i + 1].text
        if not _is_acronym(acronym):
            continue
        start = i  # the tagger often calls 'Marine Le' a noun and an article
        while (
            start > 0
            and not taken[start - 1]
            and _capitalised(doc[start - 1])
            and doc[start - 1].pos_ in ("PROPN", "NOUN", "DET", "ADJ")
        ):
            start -= 1
        while start < i and doc[start].lower_ in ARTICLES:
            start += 1  # 'Le Jean Dupont' opening a sentence: not the name
        words = doc[start:i]
        if (
            len(words) >= 2
            and all(_capitalised(t) for t in words)
            and not _loose_initials_match(acronym, words)
        ):
            found.append(Mention(start, i, PERSON, source="party"))
    return found


def _credit_then_name(doc: Doc, start: int, end: int) -> bool:
    """ "confie à l'AFP Lorraine McDermott": an acronym, then a first and a last name that the
    tagger may call an adjective ('Lorraine') or leave out of the NER's names."""
    if end - start != 1 or not _is_acronym(doc[start].text) or not doc[start].text.isupper():
        return False
    name_end = _name_end(doc, end - 1)
    words = doc[end:name_end]
    if len(words) == 1:  # "a confié à l'AFP Aïcha, une mère de famille": a first name alone
        return _first_name_alone(doc, words[0], name_end)
    return len(words) in (2, 3) and all(
        _capitalised(t) and t.is_alpha and not t.is_upper for t in words
    )


def _holds_acronym(span: Span) -> bool:
    """'Snes-FSU', 'Sgen-CFDT': a name with an acronym in it is an organisation's; place names
    are written in capitals only whole (datelines)."""
    parts = [part for token in span for part in token.text.split("-")]
    return any(len(p) >= 2 and p.isalpha() and p.isupper() for p in parts) and any(
        p[1:] and not p.isupper() for p in parts
    )


def _acronym_then_complement(span: Span) -> bool:
    first = span[0].text
    return (
        len(span) >= 3
        and len(first) >= 2
        and first.isupper()
        and first.isalpha()
        and span[1].lower_ in ACRONYM_COMPLEMENT_PREPOSITIONS
        and span[1].is_lower
    )


def _acronym_then_person(span: Span, person_nouns=PERSON_NOUNS.__contains__) -> bool:
    """'ING Henrik Aalto': an acronym, then a first and a last name glued to it by the NER;
    'explique à l'AFP Iouri, 35 ans', "a confié à l'AFP Aïcha, une mère de famille": then a
    first name alone, given an age or a person's noun. "a estimé auprès de l'AFP Suerie
    Moon": an agency spoken to is followed by whom it heard, whatever the tagger calls the
    words."""
    if len(span) < 2 or not span[0].text.isupper() or len(span[0].text) < 2:
        return False
    if _heading_in_capitals(span):
        return False  # '"C'ÉTAIT … QUE JE LA VOYAIS"': a heading's words, no credit and name
    rest = span[1:]
    if len(rest) == 1:
        return _first_name_alone(span.doc, rest[0], span.end, person_nouns)
    if len(rest) not in (2, 3):
        return False
    if _spoken_to(span.doc, span.start):  # not 'auprès de l'UFC Que Choisir'
        return all(
            _capitalised(t) and t.is_alpha and not t.is_upper and not t.is_stop for t in rest
        ) or _first_name_alone(span.doc, rest[0], span.end, person_nouns)
    return all(_capitalised(t) and t.pos_ == "PROPN" for t in rest) or (
        # 'du RN Marine Le Pen': a common first name opens it, a particle may stand inside
        _first_name(rest[0], load_first_names()) and all(_capitalised(t) for t in rest)
    )


def _spoken_to(doc: Doc, start: int) -> bool:
    """'à l'AFP', 'auprès de l'AFP': the name is the addressee of a statement."""
    return (
        start >= 2
        and doc[start - 1].lower_ in ("l'", "l’")
        and (
            doc[start - 2].lower_ == "à"
            or (start >= 3 and doc[start - 2].lower_ == "de" and doc[start - 3].lower_ == "auprès")
        )
    )


def _first_name_alone(
    doc: Doc, word: Token, end: int, person_nouns=PERSON_NOUNS.__contains__
) -> bool:
    """'Iouri, 35 ans', 'Aïcha, une mère de famille': a capitalised word given an age or a
    person's noun is a first name."""
    return (
        word.is_title
        and word.is_alpha
        and (_followed_by_age(doc, end) or _person_noun_follows(doc, end, person_nouns))
    )


def _person_noun_follows(doc: Doc, end: int, person_nouns=PERSON_NOUNS.__contains__) -> bool:
    """', une mère de famille', ', un salarié': a person's noun in apposition."""
    return (
        end + 2 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].lower_ in ("un", "une")
        and person_nouns(doc[end + 2].lower_)
    )


# lower-case words inside a person's name: 'Qassim al-Rimi', 'Oussama ben Laden'
PERSON_NAME_PARTICLES = {"al", "el", "ben", "bin", "ibn", "abu", "de", "da", "van", "von", "-"}


def _acronyms_in_parentheses(doc: Doc) -> set[str]:
    """The acronyms that the article spells out after a name: '(CGT)', '(Aqpa)'; a short
    capitalised word in parentheses may also be a place ('(Var)'): the caller rules those
    out."""
    return {
        doc[i].text
        for i in range(1, len(doc) - 1)
        if doc[i - 1].text == "("
        and doc[i + 1].text == ")"
        and ACRONYM.match(doc[i].text)
        and 2 <= len(doc[i].text) <= 6
        and doc[i].text.isalpha()
    }


def _known_acronym_then_person(span: Span, acronyms: set[str]) -> bool:
    """ "le fondateur d'Aqpa Qassim al-Rimi": an acronym the article spelled out earlier, then
    a person's name that the NER ran into it."""
    if len(span) < 3 or span[0].text not in acronyms:
        return False
    rest = span[1:]
    return (
        _capitalised(rest[0])
        and _capitalised(rest[-1])
        and not rest[0].is_upper
        and all(_capitalised(t) or t.lower_ in PERSON_NAME_PARTICLES for t in rest)
        and sum(_capitalised(t) for t in rest) >= 2
    )


def _extend_to_acronym(doc: Doc, mentions: list[Mention]) -> None:
    """'le Centre national du cinéma | et de l'image animée (CNC)': the NER stops at a
    lower-case word; lower-case words up to an acronym in parentheses that they help spell
    belong to the name."""
    for mention in mentions:
        if mention.kind != ORGANIZATION:
            continue
        i = mention.end
        while (
            i < len(doc) and i - mention.end < SPELLED_TAIL and _spelling_word(doc, i, mention.end)
        ):
            i += 1
        if i == mention.end or i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        acronym = doc[i + 1].text
        if ACRONYM.match(acronym) and (
            _loose_initials_match(acronym, doc[mention.start : i])
            or _spelled_in_another_language(doc, mention.end, i, acronym)
        ):
            mention.end = i


# Words between a name the NER cut short and the acronym in parentheses that ends it: 'la
# Société pour la prévention de la cruauté | envers les animaux (RSPCA)'.
SPELLED_TAIL = 12
COMPLEMENT_WORDS = {"de", "du", "des", "d'", "d’"}


def _spelling_word(doc: Doc, i: int, start: int) -> bool:
    """A word that goes on spelling a name: lower-case ('envers les animaux'), a comma before
    the next complement ('de la concurrence, de la consommation'), or capitalised after a
    particle ("Caisse d'Assurance Retraite | et de la Santé au Travail (Carsat)") when the
    words before it are particles, nouns and adjectives (not 'Nature Geoscience | par une
    équipe de l'Institut': another body)."""
    token = doc[i]
    if _lowercase_name_word(token):
        return True
    if token.text == ",":
        return i + 1 < len(doc) and doc[i + 1].lower_ in COMPLEMENT_WORDS
    return (
        _capitalised(token)
        and token.is_alpha
        and doc[i - 1].lower_ in NAME_PARTICLES | {"au", "aux"}
        and all(
            word.lower_ in NAME_PARTICLES | {"au", "aux"} or word.pos_ in ("NOUN", "ADJ", "PROPN")
            for word in doc[start:i]
        )
    )


def _spelled_in_another_language(doc: Doc, start: int, end: int, acronym: str) -> bool:
    """'la Commission australienne | de la concurrence et de la consommation (ACCC)': a foreign
    body's French name does not spell its acronym; lower-case words with no verb up to an
    acronym in capitals of three letters or more still belong to the name."""
    words = doc[start:end]
    return (
        len(acronym) >= 3
        and acronym.isalpha()
        and acronym.isupper()
        and not any(token.pos_ in ("VERB", "AUX") for token in words)
        and not any(token.pos_ == "DET" for token in words[:1])
        and not any(
            token.lower_ in ("et", "ou") and _word_after(token) not in PREPOSITIONS_OF
            for token in words
        )
    )  # not 'l'Unicef | et plusieurs organisations non gouvernementales (ONG)': another body


def _word_after(token: Token) -> str:
    doc = token.doc
    return doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""


def _spelling_phrases(doc: Doc, acronym: int, taken: list[bool] | None = None) -> Iterator[Span]:
    """The lower-case phrases right before '(' + the acronym at ``acronym`` that spell it,
    longest first: 'parquet national financier' of '(PNF)'."""
    first = acronym - 1
    while (
        first > 0
        and acronym - 1 - first < 8
        and not (taken and taken[first - 1])
        and _lowercase_name_word(doc[first - 1])
    ):
        first -= 1
    for j in range(first, acronym - 1):
        words = doc[j : acronym - 1]
        if _loose_initials_match(doc[acronym].text, words):
            yield words


def _loose_initials_match(acronym: str, words: Span) -> bool:
    """The acronym's letters are prefixes of the words in order, from the first word on; up
    to two content words may be left out ('UNHAJ' of 'Union nationale pour l'habitat des
    jeunes', 'CNC' of 'Centre national du cinéma et de l'image animée')."""
    letters = fold("".join(c for c in acronym if c.isalpha()))
    parts = [
        fold(part)
        for token in words
        for part in re.split(r"[-'’]", token.text)
        if part and part.lower() not in NAME_PARTICLES | ACRONYM_SKIPPED_PARTICLES
    ]
    if not letters or not parts or not parts[0].startswith(letters[0]):
        return False

    @cache
    def match(i: int, j: int, skipped: int) -> bool:
        if i == len(letters):
            return skipped + len(parts) - j <= ACRONYM_SKIPPED_WORDS
        if j == len(parts):
            return False
        word = parts[j]
        for n in range(min(len(word), len(letters) - i), 0, -1):
            if word[:n] == letters[i : i + n] and match(i + n, j + 1, skipped):
                return True
        return j > 0 and skipped < ACRONYM_SKIPPED_WORDS and match(i, j + 1, skipped + 1)

    return match(0, 0, 0)


def _initials_match(acronym: str, words: Span) -> bool:
    """'PSG' of 'Paris Saint-Germain', 'RDC' of 'République démocratique du Congo'."""
    parts = [part for token in words for part in token.text.split("-") if part]
    initials = "".join(
        part[0] for part in parts if part[0].isupper() or part.lower() not in NAME_PARTICLES
    )
    return len(acronym) > 1 and fold(initials) == fold(acronym)


def _without_counted_acronyms(
    doc: Doc, mentions: list[Mention], parties: frozenset[str] = frozenset()
) -> list[Mention]:
    """'un CRS', 'des CRS', 'plusieurs CRS': an acronym counted like a common noun names a
    kind of people or things, not an organisation (real-news gold never counts an acronym that
    is an actor). A party is named, never counted: 'avec un PS inaudible' is the Parti
    socialiste. One pass over the tokens."""
    counted = {
        token.text
        for token in doc[1:]
        if token.text.isupper()
        and token.text not in parties
        and _is_acronym(token.text)
        and doc[token.i - 1].lower_ in COUNTING_DETERMINERS
    }
    if not counted:
        return mentions
    return [
        mention
        for mention in mentions
        if not (
            mention.kind == ORGANIZATION
            and mention.end - mention.start == 1
            and doc[mention.start].text in counted
        )
    ]
