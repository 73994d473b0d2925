"""The named source of a report: 'comme le rapporte le Parisien', 'rapporte La Province',
'selon le Télégramme', 'cité par le Figaro'.

After a reporting verb in an incise or after 'selon' / 'cité par', an article and a capitalised
name name the medium or body that reports: people take no article ('raconte Emmanuelle'). The
NER often misses such a name when its word is also French ('le Parisien', 'La Province'), so
it is an organisation unless it is a known place, a title ('selon le Président') or a person.

A magazine's name often comes without an article ('confie dans Gala', 'révèle Télé Star', 'la
Une de Gala', 'une interview accordée à Voici'): in a slot where a report is published, a name
that is no person the NER saw, no first name and no known place is the medium.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsfacts.components.entities.mention import Mention
from newsfacts.components.entities.vocabulary import (
    HONORIFICS,
    ORGANIZATION,
    OTHER_HONORIFICS,
    SINGULAR_DEFINITE_ARTICLES,
)
from newsfacts.components.gazetteer import fold
from newsfacts.components.lemmas import lemma

# Words that open the source without a verb: 'selon le Parisien', 'cité par le Figaro'.
SOURCE_WORDS = {"selon"}
SOURCE_PARTICIPLES = {"cité", "citée", "cités", "citées", "relayé", "relayée", "rapporté",
                      "rapportée", "révélé", "révélée", "repris", "reprise"}  # fmt: skip
# What precedes a reporting verb that comes after the words it reports.
INCISE_OPENERS = {",", '"', "»", "”", "comme"}
MAX_WORDS = 4
# Nouns of a medium's pages or talk, whose 'de X' / 'à X' names the medium: 'la Une de Gala',
# 'dans les colonnes de Gala', 'une interview accordée à Télé Star'.
MEDIUM_NOUNS = {"colonnes", "numéro", "une", "interview", "entretien", "micro", "antenne"}
MEDIUM_LINKS = {"de", "d'", "d’", "à"}
# How far before 'dans' / 'à' the reporting verb may stand: 'réagit le fils de Jacques Dutronc
# dans Gala'.
VERB_REACH = 8
CLAUSE_ENDS = {".", ",", ";", ":", "!", "?", "(", ")", "\n"}
HONORIFIC_WORDS = {word.rstrip(".") for word in (*HONORIFICS, *OTHER_HONORIFICS)}


def reported_sources(
    doc: Doc,
    speech_verbs: frozenset[str],
    gazetteer,
    not_names: frozenset[str],
    demonyms: tuple[tuple[str, ...], frozenset[str]],
    known_names: frozenset[str],
) -> list[Mention]:
    """Organisations named, with their article, as the source of a report. One pass."""
    demonym_suffixes, demonym_words = demonyms
    found = []
    for token in doc[1:-2]:
        after = _source_after(doc, token, speech_verbs)
        if (
            after is None
            or after + 1 >= len(doc)
            or doc[after].lower_ not in SINGULAR_DEFINITE_ARTICLES
        ):
            continue
        start = end = after + 1
        while end < len(doc) and end - start < MAX_WORDS and _name_word(doc[end]):
            end += 1
        if end == start or _name_goes_on(doc, end):
            continue
        words = doc[start:end]
        if fold(f"le {words.text}") in known_names or fold(f"la {words.text}") in known_names:
            found.append(Mention(start, end, ORGANIZATION, source="reporter"))  # 'le Parisien'
            continue
        if (
            _no_medium_name(words, not_names, gazetteer)
            or words[0].lower_.endswith(demonym_suffixes)
            or words[0].lower_ in demonym_words
            or all(t.ent_type_ == "PER" for t in words)
            or any(t.ent_type_ == "ORG" for t in words)
        ):
            continue  # 'selon le Président', 'le Dr', 'l'Américain', a person, 'le Puy'
        found.append(Mention(start, end, ORGANIZATION, source="reporter"))
    return found


def bare_media(
    doc: Doc,
    speech_verbs: frozenset[str],
    gazetteer,
    not_names: frozenset[str],
    first_names: frozenset[str],
) -> list[Mention]:
    """Media named without an article where a report is published. One pass."""
    found = []
    for token in doc[1:-1]:
        if not _medium_slot(doc, token, speech_verbs):
            continue
        start = end = token.i + 1
        while end < len(doc) and end - start < MAX_WORDS and _name_word(doc[end]):
            if doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "PER" and end > start:
                break  # 'confie dans Gala Pascal Desprez': the speaker follows
            end += 1
        if end == start or (_name_goes_on(doc, end) and doc[end].ent_type_ != "PER"):
            continue
        if end < len(doc) and doc[end].like_num:
            continue  # 'Télé 2 semaines': the title goes on
        words = doc[start:end]
        if (
            _no_medium_name(words, not_names, gazetteer)
            or words[0].lower_.split("-")[0] in first_names
            or any(t.ent_type_ in ("PER", "LOC") for t in words)
        ):
            continue  # 'confie à Marie', 'raconte dans Paris', a person
        found.append(Mention(start, end, ORGANIZATION, source="reporter"))
    return found


def _medium_slot(doc: Doc, token, speech_verbs: frozenset[str]) -> bool:
    """Whether a medium's bare name may follow this token."""
    if token.lower_ in MEDIUM_LINKS and doc[token.i - 1].lower_ in MEDIUM_NOUNS:
        return True  # 'la Une de', 'une interview accordée'
    if token.lower_ == "à" and doc[token.i - 1].lower_ in ("accordée", "accordé"):
        return True
    if token.text == "à":  # right after the verb: 'fait deux morts à Thézy-Glimont' is a place
        return _speech_verb(doc[token.i - 1], speech_verbs)
    if token.text == "dans":  # not 'J'Y PENSE À CE GAMIN', a heading
        for before in reversed(doc[max(0, token.i - VERB_REACH) : token.i]):
            if before.text in CLAUSE_ENDS or before.is_sent_start:
                return _speech_verb(before, speech_verbs)
            if _speech_verb(before, speech_verbs):
                return True
        return False
    if _speech_verb(token, speech_verbs) and doc[token.i - 1].text in (",", '"', "»", "”"):
        end = token.i + 1
        while end < len(doc) and _name_word(doc[end]):
            end += 1
        return end > token.i + 1 and (end == len(doc) or doc[end].text in (".", ",", ";"))
    return False


def _no_medium_name(words, not_names: frozenset[str], gazetteer) -> bool:
    """What both kinds of source refuse: a common word, an honorific, a known place."""
    first = words[0]
    return (
        first.lower_ in not_names
        or first.text.rstrip(".") in HONORIFIC_WORDS
        or bool(gazetteer.lookup(first.text))
        or bool(gazetteer.lookup(words.text))
    )


def _speech_verb(token, speech_verbs: frozenset[str]) -> bool:
    return token.pos_ in ("VERB", "AUX") and lemma(token) in speech_verbs


def _source_after(doc: Doc, token, speech_verbs: frozenset[str]) -> int | None:
    """Where the source's article stands if this token opens a source, else None."""
    if token.lower_ in SOURCE_WORDS:
        return token.i + 1
    if token.lower_ in SOURCE_PARTICIPLES:
        return token.i + 2 if doc[token.i + 1].lower_ == "par" else None
    if token.pos_ not in ("VERB", "AUX") or lemma(token) not in speech_verbs:
        return None
    before = doc[token.i - 1]
    if before.lower_ in ("le", "l'", "l’") and token.i > 1:
        before = doc[token.i - 2]  # 'comme le rapporte'
    return token.i + 1 if before.lower_ in INCISE_OPENERS else None


def _name_goes_on(doc: Doc, end: int) -> bool:
    """A longer name than the capitalised words: 'le Puy du Fou', 'La Voix Du Nord'."""
    if end < len(doc) and doc[end].text[:1].isupper():
        return True
    return (
        end + 1 < len(doc)
        and doc[end].lower_ in ("de", "du", "des", "d'", "d’")
        and doc[end + 1].text[:1].isupper()
    )


def _name_word(token) -> bool:
    text = token.text
    return text[:1].isupper() and any(c.isalpha() for c in text) and not token.is_sent_start
