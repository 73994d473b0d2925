"""What speaker resolution searches, indexed once per document so that each look-up costs the
same in a long document as in a short one: actor mentions sorted by offset, paragraph breaks,
place mentions and the stretches inside quote marks.

Backward searches ("the last person named before") stop after ``LOOKBACK`` mentions: a pronoun or
a description takes up someone named in the last paragraphs, never hundreds of names before.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

LOOKBACK = 200  # mentions a backward search walks over at most
PARAGRAPH_BREAK = re.compile(r"\n\s*")


class Stretches:
    """Character intervals (start, end), possibly nested; ``holds`` answers in log time."""

    def __init__(self, intervals) -> None:
        pairs = sorted((start, end) for start, end in intervals)
        self.starts = [start for start, _ in pairs]
        self.reach = list(itertools.accumulate((end for _, end in pairs), max))

    def holds(self, offset: int) -> bool:
        """Whether some interval has start <= offset < end."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and self.reach[i] > offset


class QuoteZones:
    """The closed quote marks of a document, and optionally one quote being resolved: the
    words inside them name people spoken of, not speakers."""

    def __init__(self, marks: Stretches, quote=None) -> None:
        self.marks = marks
        self.quote = quote

    def with_quote(self, quote) -> QuoteZones:
        return QuoteZones(self.marks, quote)

    def holds(self, offset: int) -> bool:
        if self.quote is not None and self.quote.start <= offset < self.quote.end:
            return True
        return self.marks.holds(offset)


def inside_quotes(offset: int, quotes) -> bool:
    if isinstance(quotes, QuoteZones):
        return quotes.holds(offset)
    return any(q.start <= offset < q.end for q in quotes)


@dataclass(frozen=True)
class NameBounds:
    """Where a document's actor mentions begin and end: they split what the NER may glue,
    "à l'[AFP] [Nijaz Skenderagic]". Built once per document with its ActorIndex."""

    starts: frozenset[int] = frozenset()
    ends: frozenset[int] = frozenset()
    person_starts: frozenset[int] = frozenset()

    @classmethod
    def of(cls, mentions, actors: list[dict]) -> NameBounds:
        return cls(
            frozenset(start for start, _end, _n in mentions),
            frozenset(end for _start, end, _n in mentions),
            frozenset(start for start, _end, n in mentions if actors[n].get("type") == "person"),
        )

    def meet(self, token, previous) -> bool:
        """Two actors' names the NER glued into one entity: "l'AFP Nijaz Skenderagic"."""
        return (
            token.ent_iob_ == "I"
            and token.idx in self.starts
            and previous.idx + len(previous) in self.ends
        )


NO_NAMES = NameBounds()


@dataclass
class ActorIndex:
    """Actor mentions of one doc, sorted, with what the article says about each actor."""

    actors: list[dict]
    text: str = ""
    mentions: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, actor #)
    gender: dict[int, str] = field(default_factory=dict)  # actor # -> "Masc" / "Fem"
    titles: dict[int, set[str]] = field(default_factory=dict)  # actor # -> title words
    speakers: set[int] = field(default_factory=set)  # actors already resolved as speakers
    last_speaker: dict | None = None  # the speaker of the latest quote resolved so far
    # the latest speaker words: where they end, the actor they resolved to, their gender
    last_cue: tuple[int, dict | None, str | None] | None = None
    authors: dict[str, dict] = field(default_factory=dict)  # "étude" -> the actor behind it
    places: Stretches = field(default_factory=lambda: Stretches(()))  # place mentions
    breaks: list[int] = field(default_factory=list)  # where each paragraph break starts
    # where the writer's sentences start (text.Sentences: "M." ends none); the quote component
    # gives its own, else they are found from the text on the first look-up
    sentence_starts: list[int] | None = None
    numbers: dict[int, list[int]] = field(default_factory=dict)  # id(actor) -> actor #s
    longest: int = 0  # the longest mention, which bounds a covering search
    names: NameBounds = NO_NAMES  # where the actors' own mentions begin and end
    _full_names: dict | None = None
    _organization_words: dict | None = None

    def refresh(self) -> None:
        self.mentions = sorted(
            (start, end, n)
            for n, actor in enumerate(self.actors)
            for start, end in actor.get("mentions", [])
        )
        self.longest = max((end - start for start, end, _ in self.mentions), default=0)
        self.names = NameBounds.of(self.mentions, self.actors)
        self.numbers = {}
        for n, actor in enumerate(self.actors):
            self.numbers.setdefault(id(actor), []).append(n)
        self.breaks = [m.start() for m in PARAGRAPH_BREAK.finditer(self.text)]

    def add_mention(self, start: int, end: int, actor: dict) -> None:
        """A mention resolved while quotes are attributed (a pronoun, a description)."""
        actor.setdefault("mentions", []).append([start, end])
        n = self.number(actor)
        if n is not None:
            bisect.insort(self.mentions, (start, end, n))
            self.longest = max(self.longest, end - start)

    def number(self, actor: dict) -> int | None:
        numbers = self.numbers.get(id(actor))
        return numbers[0] if numbers else None

    def numbers_of(self, actor: dict) -> list[int]:
        return self.numbers.get(id(actor), [])

    def persons_named(self, marks) -> tuple[dict[int, int], dict[int, int]]:
        """How often each person (by its first number) is named outside ``marks`` (.holds),
        and where first: who an article is about."""
        counts: dict[int, int] = {}
        first: dict[int, int] = {}
        for start, _end, n in self.mentions:
            if self.actors[n].get("type") != "person" or marks.holds(start):
                continue
            numbers = self.numbers_of(self.actors[n])
            person = numbers[0] if numbers else n  # one key for all of a person's numbers
            counts[person] = counts.get(person, 0) + 1
            first.setdefault(person, start)
        return counts, first

    def covering(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """Mentions that overlap [start, end), in text order."""
        found = []
        for i in range(
            bisect.bisect_left(self.mentions, (start - self.longest,)), len(self.mentions)
        ):
            m = self.mentions[i]
            if m[0] >= end:
                break
            if start < m[1]:
                found.append(m)
        return found

    def before(self, offset: int, limit: int = LOOKBACK) -> Iterator[tuple[int, int, int]]:
        """Mentions that end before offset, latest first, at most ``limit`` of them."""
        i = bisect.bisect_left(self.mentions, (offset, 0, 0))
        walked = 0
        while i > 0 and walked < limit:
            i -= 1
            walked += 1
            m = self.mentions[i]
            if m[1] <= offset:
                yield m

    def full_names(self) -> dict[str, list[tuple[int, list[str]]]]:
        """First word -> (actor #, words) of every person named by two words or more."""
        if self._full_names is None:
            self._full_names = {}
            for n, actor in enumerate(self.actors):
                name = actor.get("name", "").split()
                if actor.get("type") == "person" and len(name) >= 2:
                    self._full_names.setdefault(name[0], []).append((n, name))
        return self._full_names

    def organization_words(self, normalize) -> dict[str, int]:
        """Normalized word of an organisation's name or titles -> 1 + the first such actor #."""
        if self._organization_words is None:
            self._organization_words = {}
            for n, actor in enumerate(self.actors):
                if actor.get("type") != "organization":
                    continue
                for name in [actor.get("name", ""), *actor.get("titles", [])]:
                    for word in name.split():
                        self._organization_words.setdefault(normalize(word), n + 1)
        return self._organization_words

    def after(self, offset: int, limit: int = LOOKBACK) -> Iterator[tuple[int, int, int]]:
        """Mentions that start at or after offset, in text order, at most ``limit`` of them."""
        i = bisect.bisect_left(self.mentions, (offset,))
        yield from self.mentions[i : i + limit]

    def sentence_breaks(self, start: int, end: int) -> bool:
        """Whether one of the writer's sentences starts in (start, end]."""
        if self.sentence_starts is None:
            from newsfacts.components.quotes.marks import find_marked_spans
            from newsfacts.components.quotes.text import Sentences

            self.sentence_starts = Sentences(self.text, find_marked_spans(self.text)).starts
        starts = self.sentence_starts
        return bisect.bisect_right(starts, end) > bisect.bisect_right(starts, start)

    def paragraph_breaks(self, start: int, end: int) -> int:
        """How many paragraph breaks begin in [start, end)."""
        return bisect.bisect_left(self.breaks, end) - bisect.bisect_left(self.breaks, start)
