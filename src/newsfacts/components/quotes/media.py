"""Media descriptions: "ajoute le quotidien", "selon l'hebdomadaire satirique", "nos confrères".

A news medium the article cites is the source of what it reports; the writer names it once
("d'après Les Échos") and then takes it up by its kind. Such a description refers to the
latest medium named before it, outside quote marks; where the article named none, it is some
medium we do not know (no guess).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsfacts.components.quotes.index import ActorIndex, inside_quotes

# "le quotidien", "nos confrères": the determiners of a description that takes a medium up
TAKING_UP = frozenset({"le", "la", "l'", "l’", "nos", "notre", "ce", "cette", "cet"})
# medium nouns that also name a person or a place: "le journaliste", "le site"
NOT_A_MEDIUM = frozenset({"journaliste", "site", "presse", "station"})
LOOKBACK_MENTIONS = 60


@dataclass(frozen=True)
class Media:
    """News media, which relay what others say: a name of the list, or an actor whose titles or
    the noun before its mention say so ("le quotidien The Times", "nos confrères de X")."""

    names: frozenset[str] = frozenset()  # folded: lower case, straight apostrophes
    nouns: frozenset[str] = frozenset()

    @classmethod
    def from_lexicon(cls, lexicon) -> Media:
        return cls(
            frozenset(fold(name) for name in lexicon.words.get("media_names", ())),
            lexicon.word_set("media_nouns"),
        )

    def named(self, actor: dict) -> bool:
        if fold(actor.get("name", "")) in self.names:
            return True
        titles = " ".join(actor.get("titles", [])).lower().split()
        return any(word in self.nouns for word in titles)


def fold(name: str) -> str:
    return name.lower().replace("’", "'").strip()


def describes_medium(span: Span, head: Token, media: Media) -> bool:
    """A determiner, a medium noun and words that name nothing: "l'hebdomadaire satirique",
    "la chaîne d'information", not "le quotidien Le Monde" (a name resolves by itself)."""
    noun = head.lower_
    if noun in NOT_A_MEDIUM or noun not in media.nouns or span[0].lower_ not in TAKING_UP:
        return False
    return not any(t.pos_ == "PROPN" and t.i != head.i for t in span)


def latest_medium(index: ActorIndex, offset: int, quotes, media: Media) -> dict | None:
    """The latest medium named before offset, outside quote marks."""
    for start, _end, n in index.before(offset, LOOKBACK_MENTIONS):
        actor = index.actors[n]
        if not inside_quotes(start, quotes) and media.named(actor):
            return actor
    return None
