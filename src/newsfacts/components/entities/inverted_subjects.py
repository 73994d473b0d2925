"""A name right after a reporting verb that follows the words it reports is who speaks.

French puts the speaker after the verb of an incise: ``», relate Thanata Poonau de
l'entreprise``, ``», lance Dr. Emmanuelle Peyret en rejoignant``, ``" raconte Audun Rikardsen,
professeur``. The NER often reads such unknown names as a work (MISC) or a place (``Audun``);
only people speak there, so two or three capitalised words that French does not have as words,
and that no gazetteer knows, are a person's name. A name the NER reads as a person or an
organisation, whole, is left to it (``a affirmé Human Rights Watch``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsfacts.components.entities.mention import Mention
from newsfacts.components.entities.vocabulary import HONORIFICS, OTHER_HONORIFICS, PERSON
from newsfacts.components.gazetteer import place_key
from newsfacts.components.lemmas import lemma

# What closes the reported words before the incise's verb.
INCISE_OPENERS = {",", '"', "»", "”"}
# A person's name after the verb: a first name and one or two surnames.
NAME_WORDS = (2, 3)
# Honorifics that may stand between the verb and the name, with or without their period.
TITLE_WORDS = {word.rstrip(".") for word in (*HONORIFICS, *OTHER_HONORIFICS)}


def _inverted_speakers(
    doc: Doc, speech_verbs: frozenset[str], french_words: frozenset[str], gazetteer
) -> list[Mention]:
    """Persons named right after the verb of an incise. One pass over the tokens."""
    found = []
    for verb in doc[1:]:
        if verb.pos_ != "VERB" or not _after_reported_words(doc, verb.i):
            continue
        if lemma(verb) not in speech_verbs:
            continue
        start = verb.i + 1
        while start < len(doc) and doc[start].text.rstrip(".") in TITLE_WORDS:
            start += 1
        end = start
        while (
            end < len(doc)
            and end - start < max(NAME_WORDS)
            and _unknown_name_word(doc[end], french_words)
        ):
            end += 1
        if end - start not in NAME_WORDS or (end < len(doc) and _name_goes_on(doc[end])):
            continue
        words = doc[start:end]
        if any(token.ent_type_ == "ORG" for token in words) or all(
            token.ent_type_ == "PER" for token in words
        ):
            continue
        if gazetteer.lookup(words.text) or place_key(words[0].text) in gazetteer.countries:
            continue  # 'révèle Algérie Eco': a country opens a medium's name, not a person's
        found.append(Mention(start, end, PERSON, source="speaker"))
    return found


def _after_reported_words(doc: Doc, i: int) -> bool:
    """The verb opens an incise: right after the closing mark or comma of what is reported,
    or after its auxiliary there ('», a raconté')."""
    before = doc[i - 1]
    if before.text in INCISE_OPENERS:
        return True
    return i > 1 and before.pos_ == "AUX" and doc[i - 2].text in INCISE_OPENERS


def _unknown_name_word(token, french_words: frozenset[str]) -> bool:
    text = token.text
    return (
        len(text) > 1
        and text[0].isupper()
        and text[1:].replace("-", "").islower()
        and text.replace("-", "").isalpha()
        and token.lower_ not in french_words
    )


def _name_goes_on(token) -> bool:
    """A fourth capitalised word: a longer name than a person's (or a title in capitals)."""
    return token.text[:1].isupper() and token.is_alpha
