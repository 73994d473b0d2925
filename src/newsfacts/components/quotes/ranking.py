"""The last stage of speaker attribution: a learned ranker over candidate speakers.

The rules come first and keep their answer (an explicit cue subject, "selon X", an inverted
"a déclaré X"). A quote they leave with no speaker gets one here: each candidate of
candidates.py is scored by a logistic model, and the best one speaks if its probability passes a
threshold; otherwise the quote keeps no speaker (an anonymous source, a relayed text).

The weights are data (lexicons/speaker_ranker.json), trained on the real tuning sets by
benchmarks/train_speaker_ranker.py with nothing but numpy; scoring them needs no library.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from importlib import resources

from newsfacts.components.quotes.candidates import (
    Candidate,
    Continuity,
    DocumentView,
    Media,
    QuoteView,
    candidates,
)

WEIGHTS = "speaker_ranker.json"


class SpeakerRanker:
    def __init__(self, weights: dict[str, float], bias: float, threshold: float) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold

    @classmethod
    def load(cls, name: str = WEIGHTS) -> SpeakerRanker:
        data = json.loads(resources.files("newsfacts.lexicons").joinpath(name).read_text("utf-8"))
        return cls(data["weights"], data["bias"], data["threshold"])

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def choose(self, found: list[Candidate]) -> Candidate | None:
        """The likeliest speaker, or None when no candidate is likely enough."""
        best, best_p = None, self.threshold
        for candidate in found:
            p = self.probability(candidate.features)
            if p > best_p:
                best, best_p = candidate, p
        return best


class SpeakerRanking:
    """The stage the quote component runs after its rules: the shipped ranker, the media list,
    and an optional observer (benchmarks/train_speaker_ranker.py collects examples with it)."""

    def __init__(self, lexicon) -> None:
        self.ranker: SpeakerRanker | None = SpeakerRanker.load()
        self.media = Media.from_lexicon(lexicon)
        self.observe: Observer | None = None

    def __call__(self, ctx, quotes: list, marks) -> None:
        view = document_view(ctx, marks, self.media)
        attribute_remaining(view, quotes, self.ranker, self.observe)


Observer = Callable[[object, list[Candidate]], None]


def attribute_remaining(
    view: DocumentView,
    quotes: list,
    ranker: SpeakerRanker | None,
    observe: Observer | None = None,
) -> None:
    """Give a speaker to the quotes the rules left without one, in text order.

    ``quotes`` are the quote component's Quote objects (start, end, type, cue, speaker,
    speaker_span, inherited). Continuity follows the rules' speakers only, so that the features
    seen at training time (rules alone) are the ones seen here. ``observe`` receives every quote
    ranked with its candidates (training data).
    """
    before = Continuity()
    for k, quote in enumerate(quotes):
        if quote.speaker is None:
            if quote.inherited and k > 0 and quotes[k - 1].speaker is not None:
                quote.speaker = quotes[k - 1].speaker  # goes on with a ranked speaker
                continue
            if ranker is None and observe is None:
                continue
            found = candidates(view, _view_of(quote), before)
            if observe is not None:
                observe(quote, found)
            chosen = ranker.choose(found) if ranker is not None else None
            if chosen is not None:
                quote.speaker = chosen.actor
            continue
        if observe is not None:  # what the rules found, also worth learning from
            observe(quote, candidates(view, _view_of(quote), before))
        n = view.index.number(quote.speaker)
        if n is not None:
            before.previous = view.index.numbers_of(quote.speaker)[0]
            before.previous_end = quote.end
            before.spoken.add(before.previous)


SINGULAR = {"il": "Masc", "elle": "Fem", "-il": "Masc", "-elle": "Fem"}
PLURAL_OR_VAGUE = frozenset({"ils", "elles", "-ils", "-elles", "on", "-on"})
# Speaker words the rules could not resolve that still point back at someone named before:
# "écrit son épouse", "commence celle qui …". Any other description ("la municipalité", "une
# source", "la secrétaire générale de la CGT") says who speaks; the ranker does not overrule it.
ANAPHORIC_STARTS = frozenset(
    {"son", "sa", "ses", "leur", "leurs", "celui", "celle", "ceux", "celles", "ce", "cet", "cette"}
)


def _described(words: str) -> bool:
    first = words.split()[0] if words.split() else ""
    return bool(first) and first not in ANAPHORIC_STARTS and words not in SINGULAR


def _view_of(quote) -> QuoteView:
    words = quote.speaker_span.text.lower() if quote.speaker_span is not None else ""
    return QuoteView(
        quote.start,
        quote.end,
        quote.type,
        quote.cue,
        has_speaker_words=quote.speaker_span is not None,
        inherited=quote.inherited,
        pronoun_gender=SINGULAR.get(words),
        plural_or_vague=words in PLURAL_OR_VAGUE or _described(words),
    )


def document_view(ctx, marks, media: Media) -> DocumentView:
    """The candidate search's view of the quote component's Context."""
    return DocumentView(
        ctx.doc,
        ctx.index,
        ctx.sentences.starts,
        ctx.sentences.paragraphs,
        frozenset(ctx.cues),
        frozenset(cue.last for cue in ctx.cues.values()),
        marks,
        ctx.token_starts,
        media,
    )
