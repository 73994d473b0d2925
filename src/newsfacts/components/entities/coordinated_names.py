"""An organisation whose name joins two common nouns with 'et', where a speaker stands.

'précise Vélo et territoires', 'selon Gare et Connexions': after the verb of an incise or after
'selon', a capitalised French noun, 'et' and a noun (capitalised or not) that closes the clause
is one body's name; the NER cuts it at 'et' and reads the halves as a place and a person. Two
persons ('Pierre et Marie'), two places ('France et Allemagne') and surnames ('Dupont et
Durand') are no French nouns or are known as first names or places (more than a small
town or quarter), and stay the NER's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsfacts.components.entities.common_words import CLOSING_QUOTES, is_common_word
from newsfacts.components.entities.inverted_subjects import _after_reported_words
from newsfacts.components.entities.mention import Mention
from newsfacts.components.entities.sources import SOURCE_WORDS
from newsfacts.components.entities.vocabulary import ORGANIZATION
from newsfacts.components.lemmas import lemma

# Words that may stand between the incise's verb and its subject: 'relève aussi Vélo et ...'.
BETWEEN_VERB_AND_NAME = {"aussi", "encore", "également", "ainsi", "alors"}
# What may close the name: the end of the clause.
NAME_CLOSERS = {".", ",", ";", ":", "!", "?", ")", "\n", *CLOSING_QUOTES}
NAME_LENGTH = 3
# A city this big is meant by its name even where a speaker stands.
BIG_CITY = 100_000


def _coordinated_organisations(
    doc: Doc,
    speech_verbs: frozenset[str],
    french_words,
    first_names: frozenset[str],
    gazetteer,
) -> list[Mention]:
    """'X et Y' bodies named in a speaker's slot. One pass over the tokens."""
    found = []
    for token in doc[1:]:
        start = _speaker_slot_after(doc, token, speech_verbs)
        if start is None or start + NAME_LENGTH > len(doc):
            continue
        first, link, second = doc[start : start + NAME_LENGTH]
        end = start + NAME_LENGTH
        if (
            link.lower_ != "et"
            or not first.is_title
            or not (second.is_title or (second.is_lower and second.pos_ == "NOUN"))
            or (end < len(doc) and doc[end].text not in NAME_CLOSERS)
        ):
            continue
        if all(
            _common_noun(word, french_words, first_names, gazetteer) for word in (first, second)
        ):
            found.append(Mention(start, end, ORGANIZATION, source="speaker"))
    return found


def _speaker_slot_after(doc: Doc, token, speech_verbs: frozenset[str]) -> int | None:
    """Where a speaker's name would open after this token: after 'selon', or after the verb of
    an incise (and an adverb such as 'aussi')."""
    if token.lower_ in SOURCE_WORDS:
        return token.i + 1
    if token.pos_ != "VERB" or lemma(token) not in speech_verbs:
        return None
    if not _after_reported_words(doc, token.i):
        return None
    start = token.i + 1
    if start < len(doc) and doc[start].lower_ in BETWEEN_VERB_AND_NAME:
        start += 1
    return start


def _common_noun(token, french_words, first_names: frozenset[str], gazetteer) -> bool:
    """A French word (or its plural) that is no first name and no known place."""
    word = token.lower_
    return (
        token.is_alpha
        and is_common_word(word, french_words)
        and word not in first_names
        and not any(_known_place(entry) for entry in gazetteer.lookup(token.text))
    )


def _known_place(entry) -> bool:
    """A country, a region or a city big enough to be meant: 'Vélo' is a Greek village and
    'Gare' a Paris quarter, 'France' and 'Lyon' are places."""
    return entry.kind != "city" or entry.population >= BIG_CITY or entry.curated
