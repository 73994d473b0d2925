"""Media descriptions: "ajoute le quotidien", "selon l'hebdomadaire satirique", "nos confrères".

A news medium the article cites is the source of what it reports; the writer names it once
("d'après Les Échos") and then takes it up by its kind. Such a description refers to the
latest medium of a fitting kind named before it, outside quote marks ("le quotidien" is the
newspaper, not the channel named since). A lede may describe its source before naming it:
where the article named no medium before, the first one of that kind named shortly after;
where it named only media of other kinds, it is some medium we do not know (no guess).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from newsfacts.components.quotes.index import ActorIndex, inside_quotes
from newsfacts.components.quotes.model import names_besides

# "le quotidien", "nos confrères": the determiners of a description that takes a medium up
# ("les informations du quotidien": "du" is "de le")
TAKING_UP = frozenset({"le", "la", "l'", "l’", "du", "nos", "notre", "ce", "cette", "cet"})
# medium nouns that also name a person or a place: "le journaliste", "le site"
NOT_A_MEDIUM = frozenset({"journaliste", "site", "presse", "station"})
# those of them a complement makes a medium ("le site d'informations"); not a person's noun
# ("le journaliste de radio" is someone who works for one)
MEDIUM_BY_COMPLEMENT = frozenset({"site", "presse", "station"})
LOOKBACK_MENTIONS = 60
AHEAD_CHARS = 1200  # how far after a description its medium may first be named
ARTICLES = ("le ", "la ", "les ", "l'")
OF = frozenset({"de", "d'", "d’"})


@dataclass(frozen=True)
class Media:
    """News media, which relay what others say: a name of the list, or an actor whose titles or
    the noun before its mention say so ("le quotidien The Times", "nos confrères de X")."""

    names: frozenset[str] = frozenset()  # folded: lower case, straight apostrophes
    nouns: frozenset[str] = frozenset()
    # name key (key_of) -> its kinds ("press", "radio", …); noun -> the kind it asks for
    name_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    noun_kinds: dict[str, str] = field(default_factory=dict)
    complements: frozenset[str] = frozenset()  # "le site d'informations": a medium

    @classmethod
    def from_lexicon(cls, lexicon) -> Media:
        kinds: dict[str, set[str]] = {}
        for kind, names in lexicon.words.get("media_name_kinds", {}).items():
            for name in names:
                kinds.setdefault(key_of(name), set()).add(kind)
        return cls(
            frozenset(fold(name) for name in media_names(lexicon)),
            lexicon.word_set("media_nouns"),
            {name: frozenset(k) for name, k in kinds.items()},
            dict(lexicon.words.get("media_noun_kinds", {})),
            lexicon.word_set("media_complements"),
        )

    def named(self, actor: dict) -> bool:
        if fold(actor.get("name", "")) in self.names:
            return True
        titles = " ".join(actor.get("titles", [])).lower().split()
        return any(word in self.nouns for word in titles)

    def kinds_of(self, actor: dict) -> frozenset[str] | None:
        """The kinds of medium an actor is, by its name ("Parisien" is Le Parisien, "France
        Bleu Isère" a local France Bleu) or the medium noun of its titles ("quotidien
        britannique"); an empty set for a medium of unknown kind, None for no medium."""
        name = actor.get("name", "")
        words = key_of(name).split()
        for k in range(len(words), 0, -1):
            known = self.name_kinds.get(" ".join(words[:k]))
            if known is not None and (k == len(words) or k >= 2):  # "France Bleu Maine"
                return known
        titles = [t.lower().split() for t in actor.get("titles", [])]
        kinds = {self.noun_kinds.get(words[0]) for words in titles if words}
        if kinds - {None}:
            return frozenset(kinds - {None})
        return frozenset() if self.named(actor) else None

    def fits(self, actor: dict, kind: str | None) -> bool:
        """Whether the actor is a medium of the kind a description asks for."""
        return kind_fits(self.kinds_of(actor), kind)


def kind_fits(kinds: frozenset[str] | None, kind: str | None) -> bool:
    """Whether a medium of these kinds (kinds_of) is of the kind asked for: any kind where none
    is asked, or where the medium's is unknown; never a non-medium (None)."""
    return kinds is not None and (kind is None or not kinds or kind in kinds)


def media_names(lexicon) -> list[str]:
    """The names of the listed media as written, each once: media_name_kinds lists them by
    kind ("franceinfo" under two)."""
    names = lexicon.words.get("media_name_kinds", {}).values()
    return list(dict.fromkeys(name for kind_names in names for name in kind_names))


def fold(name: str) -> str:
    return name.lower().replace("’", "'").strip()


def key_of(name: str) -> str:
    """A medium's name as the article may write it: without its article ("Parisien", "le
    Huffington Post"), its case, its hyphens ("Nice Matin"), its site's ".com" or the space of
    "FranceInfo"."""
    folded = fold(name)
    for article in ARTICLES:
        if folded.startswith(article) and len(folded) > len(article):
            folded = folded[len(article) :]
            break
    folded = folded.removesuffix(".com")  # "BFMTV.com": the channel's site
    return folded.replace("-", " ").replace("franceinfo", "france info")


def medium_noun(span: Span, head: Token, media: Media) -> str | None:
    """The medium noun of a description that takes a medium up: a determiner, a medium noun
    and words that name nothing ("l'hebdomadaire satirique", "la chaîne d'information"), or a
    noun that may name something else with a complement that makes it a medium ("la station
    de radio", "le site d'informations"); not "le quotidien Le Monde" (a name resolves by
    itself). The noun that says the kind: "radio" for "la station de radio"."""
    noun = head.lower_
    if noun not in media.nouns or span[0].lower_ not in TAKING_UP:
        return None
    if names_besides(span, head):
        return None
    if noun not in NOT_A_MEDIUM:
        return noun
    if noun not in MEDIUM_BY_COMPLEMENT:
        return None
    doc = span.doc
    if head.i + 2 < span.end and doc[head.i + 1].lower_ in OF:
        complement = doc[head.i + 2].lower_
        if complement in media.complements:
            return complement if complement in media.noun_kinds else noun
    return None


def latest_medium(
    index: ActorIndex, offset: int, quotes, media: Media, noun: str | None = None
) -> dict | None:
    """The latest medium named before offset, outside quote marks, of the kind the noun asks
    for; where the article named no medium before, the first one of that kind it names after,
    not far ("…, précise la radio locale. (…) avance France Bleu Maine": a lede that names its
    source further on)."""
    kind = media.noun_kinds.get(noun) if noun is not None else None
    cited = False
    for start, _end, n in index.before(offset, LOOKBACK_MENTIONS):
        actor = index.actors[n]
        kinds = media.kinds_of(actor)
        if not inside_quotes(start, quotes) and kind_fits(kinds, kind):
            return actor
        cited = cited or kinds is not None  # in quote marks too
    if cited:
        return None  # "Sur France 2, … selon la chaîne": not the channel named further on
    for start, _end, n in index.after(offset, LOOKBACK_MENTIONS):
        if start - offset > AHEAD_CHARS:
            break
        if not inside_quotes(start, quotes) and media.fits(index.actors[n], kind):
            return index.actors[n]
    return None
