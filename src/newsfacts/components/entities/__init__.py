"""Named mentions of places, people and organisations, shared by newsfacts_places and
newsfacts_actors so that both agree on what each name is.

The NER of fr_core_news_md proposes names; French cues then fix their type and their edges:
- a wire dateline opens the text (``SOCHAUX (Doubs), 22 janvier (AFP) -``): a place and an agency;
- institution metonyms (``le Pentagone``, ``Matignon``) are organisations, never places;
- an institution noun with its complement is one organisation (``ministère de la Santé``);
- a type noun names what follows (``l'ONG Pueblos Sin Fronteras``, ``le quotidien The Times``);
- a parenthesis after an organisation is its acronym (``Office anti-stupéfiants (Ofast)``);
- ministers' portfolios (``ministre de l'Economie``), generic nouns (``l'Etat mexicain``), weekdays
  and nationality nouns (``les Italiens``) are no names;
- a word of a person's name is that person, never a place (``Vingegaard``);
- a town that plays (``Sochaux s'est incliné face à Nancy``) is its club;
- a party right after a title is an actor, and its constituency a place (``le député RN du
  Nord``); an acronym with its article before a French place is one local body (``la FDSEA du
  Lot-et-Garonne``);
- lower-case public services (``la police judiciaire``) and lower-case names spelled by an acronym
  (``le parquet national financier (PNF)``) are organisations; roads (``la RN 12``) are neither.
"""

from newsfacts.components.entities.finder import MentionFinder
from newsfacts.components.entities.lexicon import load_lexicons, load_speech_lemmas, load_titles
from newsfacts.components.entities.mention import Mention
from newsfacts.components.entities.vocabulary import (
    EVENT,
    MENTIONS_KEY,
    ORGANIZATION,
    PERSON,
    PLACE,
)

__all__ = [
    "EVENT",
    "MENTIONS_KEY",
    "ORGANIZATION",
    "PERSON",
    "PLACE",
    "Mention",
    "MentionFinder",
    "load_lexicons",
    "load_speech_lemmas",
    "load_titles",
]
