"""The last stage of speaker attribution: a learned ranker over candidate speakers.

The rules come first. An answer that names the speaker (an explicit cue subject, "selon X", an
inverted "a déclaré X") is final (sieve.py). A quote they leave with no speaker gets one here:
each candidate of candidates.py is scored by a linear model (fitted listwise, a conditional logit
against "no one": benchmarks/train_speaker_ranker.py), and the best one speaks if its
probability passes a threshold; otherwise the quote keeps no speaker (an anonymous source, a
relayed text). The weaker rules' answers (a pronoun, "ce dernier", a description) can be weighed
the same way, their choice being one feature of the candidates: the weights say which rule kinds
the model weighs ("ranked_rules"). Measured leave-one-set-out, weighing them gained nothing over
keeping them (the rules are right on ~90% of them), so the shipped model weighs none; what it
learns from them (250 more examples than the open quotes alone) is what helps. A weighed kind
may also abstain ("abstaining_rules": no candidate passes the threshold, the rules' answer is
taken back, as for "le professeur" the article never names): for descriptions, on 22 tuning
sets, leave-one-set-out 74.4 against 74.5, and 64.3 against 64.1 on orangesum-r to -u when
trained on the 18 others; no gain beyond noise, so the shipped model uses none.

The weights are data (lexicons/speaker_ranker.json), trained on the real tuning sets by
benchmarks/train_speaker_ranker.py with nothing but numpy; scoring them needs no library.
Here the candidates of candidates.py get two more kinds of features, which need all candidates
or all quotes before: whether a candidate is the only actor (the only person) named in the
quote's paragraph, which gained 0.6 to 1.1 points of attributed F1 leave-one-set-out, and the
history of the quotes before (the article's most quoted actor, quotes since a candidate spoke),
which gained nothing: the shipped weights give it none, the training script still measures it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources

from newsfacts.components.entities import load_titles
from newsfacts.components.quotes.candidates import (
    DESCRIBING,
    Candidate,
    Continuity,
    DocumentView,
    Media,
    QuoteView,
    candidates,
)
from newsfacts.components.quotes.sieve import DESCRIPTION, WEAK_KINDS
from newsfacts.components.quotes.speaker_words import normalize

WEIGHTS = "speaker_ranker.json"
PERSON_NOUNS = ("person_nouns", "plain_person_nouns", "staff_nouns")
ORGANIZATION_NOUNS = ("organization_nouns",)
# "la municipalité", "le ministère": an institution the rules could not resolve: only the
# organisations named around it are ranked (measured leave-one-set-out: 76.5 -> 76.6; ranking
# them for plural words too, "les élus", "ils", cost 0.4)
INSTITUTION = "institution"
# "les syndicats", "des médias américains", "plusieurs élus": a group, no one actor to rank
PLURAL_STARTS = frozenset(
    {"les", "des", "ces", "leurs", "ses", "nos", "vos", "plusieurs", "certains", "certaines"}
)
INDEFINITE_STARTS = frozenset({"un", "une"})  # "une source", "un proche": mostly unnamed


class SpeakerRanker:
    """A logistic model over candidates. ``ranked_rules`` are the rule kinds (sieve.py) whose
    answer it weighs instead of keeping: empty, it only attributes what the rules left open."""

    def __init__(
        self,
        weights: dict[str, float],
        bias: float,
        threshold: float,
        ranked_rules: frozenset[str] = frozenset(),
        abstaining_rules: frozenset[str] = frozenset(),
    ) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.ranked_rules = frozenset(ranked_rules)
        # ranked rule kinds whose answer the ranker may also take back (no candidate passes
        # the threshold: "le professeur" the article never names keeps no speaker)
        self.abstaining_rules = frozenset(abstaining_rules) & self.ranked_rules

    @classmethod
    def load(cls, name: str = WEIGHTS) -> SpeakerRanker:
        data = json.loads(resources.files("newsfacts.lexicons").joinpath(name).read_text("utf-8"))
        ranked = frozenset(data.get("ranked_rules", ()))
        abstaining = frozenset(data.get("abstaining_rules", ()))
        return cls(data["weights"], data["bias"], data["threshold"], ranked, abstaining)

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def choose(self, found: list[Candidate], threshold: float | None = None) -> Candidate | None:
        """The likeliest speaker, or None when no candidate is likely enough."""
        best, best_p = None, self.threshold if threshold is None else threshold
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
        self.person_endings = lexicon.person_endings
        # the noun of a description tells whether a person or an organisation speaks
        self.nouns = {
            **{t: "person" for t in load_titles()},
            **{w: "person" for k in PERSON_NOUNS for w in lexicon.words.get(k, ())},
            **{w: "organization" for k in ORGANIZATION_NOUNS for w in lexicon.words.get(k, ())},
            **{w: INSTITUTION for w in lexicon.words.get("institution_nouns", ())},
        }

    def __call__(self, ctx, quotes: list, marks) -> None:
        view = document_view(ctx, marks, self.media, self.nouns, self.person_endings)
        attribute(view, quotes, self.ranker, self.observe)


Observer = Callable[[object, list[Candidate]], None]


def attribute(
    view: DocumentView,
    quotes: list,
    ranker: SpeakerRanker | None,
    observe: Observer | None = None,
) -> None:
    """Decide the speaker of every quote whose speaker the rules did not name, in text order.

    ``quotes`` are the quote component's Quote objects (start, end, type, cue, speaker,
    speaker_span, inherited, rule). A quote the rules left open is ranked and keeps no speaker
    unless a candidate passes the threshold. A quote a weaker rule answered (a pronoun, "ce
    dernier", a description: ``ranker.ranked_rules``) is ranked with that answer as a feature,
    and the best candidate speaks. A quote that goes on from the previous one takes its speaker.
    Continuity follows the rules' answers only, so that the features seen at training time are
    the ones seen here, whatever the ranker decides. ``observe`` receives every quote the
    ranker may weigh with its candidates (training data): the open ones and the weak answers.
    """
    before = Continuity()
    history = QuoteHistory(most_named=most_named(view))
    changed: list[tuple[object, dict]] = []
    for k, quote in enumerate(quotes):
        rule_speaker = quote.speaker
        if quote.inherited and k > 0:
            quote.speaker = quotes[k - 1].speaker  # goes on with the previous final speaker
        elif quote.speaker is None or quote.rule in WEAK_KINDS or observe is not None:
            _rank(view, quote, ranker, observe, before, changed, history)
            _go_on(view, quote, rule_speaker, changed)
        n = view.index.number(rule_speaker) if rule_speaker is not None else None
        if n is not None:
            before.previous = view.index.numbers_of(rule_speaker)[0]
            before.previous_end = quote.end
            before.spoken.add(before.previous)
            history.spoke(before.previous)
        history.quotes += 1
    for quote, rule_speaker in changed:  # the speaker words now designate the chosen actor
        _move_mention(view, quote, rule_speaker)


@dataclass
class QuoteHistory:
    """Who the rules found speaking in the quotes before, in text order: the article's main
    speakers and how many quotes ago each spoke (Muzny et al. 2017: a quote's speaker is
    often the one of the quotes around it, or the article's most quoted person)."""

    most_named: frozenset[int] = frozenset()  # the actors the article names most often
    quotes: int = 0  # quotes seen so far
    counts: dict[int, int] = field(default_factory=dict)  # actor # -> quotes attributed
    last: dict[int, int] = field(default_factory=dict)  # actor # -> number of its latest quote
    top: int = 0  # the most quotes one actor has
    attributed: int = 0  # quotes the rules attributed

    def spoke(self, n: int) -> None:
        self.counts[n] = self.counts.get(n, 0) + 1
        self.last[n] = self.quotes
        self.top = max(self.top, self.counts[n])
        self.attributed += 1

    def features(self, n: int) -> dict[str, float]:
        count = self.counts.get(n, 0)
        since = self.quotes - self.last[n] if n in self.last else QUOTES_BACK
        return {
            "most_quoted": float(count > 0 and count == self.top),
            "quote_share": count / max(self.attributed, 1),
            "quotes_since_spoke": min(since, QUOTES_BACK) / QUOTES_BACK,
            "most_named": float(n in self.most_named),
        }


def _paragraph_features(found: list[Candidate]) -> None:
    """Whether a candidate is the only actor (the only person) named in the quote's paragraph:
    a quote with a single name beside it is that one's (CoreNLP's "onename" sieve)."""
    in_paragraph = [c for c in found if _in_paragraph(c.features)]
    people = [c for c in in_paragraph if c.features.get("person")]
    for candidate in found:
        candidate.features["only_in_paragraph"] = float(in_paragraph == [candidate])
        candidate.features["only_person_in_paragraph"] = float(people == [candidate])


def _in_paragraph(features: dict[str, float]) -> bool:
    """Named in the quote's paragraph: before it, or after it (candidates.py reads no further)."""
    named_before = features.get("before") and features.get("paragraphs_before") == 0
    return bool(named_before or features.get("after") or features.get("later"))


QUOTES_BACK = 5  # farther back than this many quotes, a speaker's last quote is as good as none


def most_named(view: DocumentView) -> frozenset[int]:
    """The actors (by their first number) the article names most often."""
    counts: dict[int, int] = {}
    for n, count in view.mention_counts.items():
        numbers = view.index.numbers_of(view.index.actors[n])
        first = numbers[0] if numbers else n
        counts[first] = counts.get(first, 0) + count
    top = max(counts.values(), default=0)
    return frozenset(n for n, count in counts.items() if count == top and top > 1)


def _rank(
    view, quote, ranker, observe, before: Continuity, changed: list, history: QuoteHistory
) -> None:
    weighed = quote.speaker is not None and ranker is not None and quote.rule in ranker.ranked_rules
    if quote.speaker is not None and not weighed and observe is None:
        return
    found = candidates(view, _view_of(quote, view), before)
    if observe is not None:  # measured by the training script; no shipped weight uses it
        for candidate in found:
            candidate.features.update(history.features(candidate.number))
    _paragraph_features(found)
    if observe is not None:
        observe(quote, found)
    if ranker is None:
        return
    if quote.speaker is None:
        chosen = ranker.choose(found)
        if chosen is not None:
            quote.speaker = chosen.actor
    elif weighed and found:
        # the rule said someone speaks: the best candidate, unless the ranker may abstain
        abstains = quote.rule in ranker.abstaining_rules
        chosen = ranker.choose(found, threshold=None if abstains else -1.0)
        if chosen is None or chosen.actor is not quote.speaker:
            changed.append((quote, quote.speaker))
            quote.speaker = chosen.actor if chosen is not None else None


def _go_on(view: DocumentView, quote, rule_speaker: dict | None, changed: list) -> None:
    """A pronoun that goes on with speaker words the rules left open speaks as they do, once
    the ranker has found who they are ("« … », salue le visiteur. « … », a-t-il assuré"),
    unless the article gave that one the other gender ("confie la docteure" the ranker read
    as her husband: "dit-elle" keeps the rules' answer). Not for "qui" right after the words
    ("s'indigne X qui demande") nor "ils" after an organisation: measured, each cost a
    held-out set as much as it gained on the tuning sets."""
    found = quote.follows.speaker if getattr(quote, "follows", None) is not None else None
    if found is None or found is quote.speaker:
        return
    words = quote.speaker_span.text.lower() if quote.speaker_span is not None else ""
    gender = SINGULAR.get(words)
    known = {view.index.gender.get(n) for n in view.index.numbers_of(found)} - {None}
    if gender and known and gender not in known:
        return
    if rule_speaker is not None and quote.speaker is rule_speaker:
        changed.append((quote, rule_speaker))
    quote.speaker = found


def _move_mention(view: DocumentView, quote, rule_speaker: dict) -> None:
    """The mention the rules added for the speaker words ("a-t-il dit" -> X) goes to the
    actor the ranker chose, or to none when it took the rules' answer back."""
    span = quote.speaker_span
    if span is None:
        return
    start = span.start_char + 1 if span.text.startswith("-") else span.start_char
    mentions = rule_speaker.get("mentions", [])
    if [start, span.end_char] in mentions:
        mentions.remove([start, span.end_char])
        if quote.speaker is not None:
            quote.speaker.setdefault("mentions", []).append([start, span.end_char])


SINGULAR = {"il": "Masc", "elle": "Fem", "-il": "Masc", "-elle": "Fem"}
PLURAL_OR_VAGUE = frozenset({"ils", "elles", "-ils", "-elles", "on", "-on"})
RELATIVES = frozenset({"qui", "lequel", "laquelle"})
# Speaker words that point back at someone named before: "écrit son épouse", "commence celle
# qui …". Other words the rules could not resolve describe the speaker ("le chef de l'État",
# "la régie", "une source"): the ranker weighs them apart, with the titles the candidates hold.
ANAPHORIC_STARTS = frozenset(
    {"son", "sa", "ses", "leur", "leurs", "celui", "celle", "ceux", "celles", "ce", "cet", "cette"}
)


def first_word(words: str) -> str:
    return words.split()[0] if words.split() else ""


def words_kind(words: str) -> str:
    """What the speaker words of a quote are: none, a pronoun, a relative, an anaphor ("son
    épouse") or a description."""
    first = first_word(words)
    if not first:
        return "none"
    if words in SINGULAR:
        return "pronoun"
    if words in RELATIVES:
        return "relative"
    if first in INDEFINITE_STARTS:
        return "indefinite"
    return "anaphoric" if first in ANAPHORIC_STARTS else "description"


def _view_of(quote, view: DocumentView) -> QuoteView:
    span = quote.speaker_span
    words = span.text.lower() if span is not None else ""
    kind = words_kind(words)
    choice = view.index.numbers_of(quote.speaker) if quote.speaker is not None else []
    described = kind in ("description", "indefinite") or quote.rule == DESCRIPTION
    nouns = [t for t in span if t.pos_ == "NOUN"] if span is not None and described else []
    described_type = view.nouns.get(nouns[0].lower_) if nouns else None
    plural = kind != "pronoun" and (
        first_word(words) in PLURAL_STARTS or bool(nouns and "Plur" in nouns[0].morph.get("Number"))
    )
    open_ = quote.speaker is None
    vague = words in PLURAL_OR_VAGUE or plural or described_type == INSTITUTION
    return QuoteView(
        quote.start,
        quote.end,
        quote.type,
        quote.cue,
        has_speaker_words=span is not None,
        inherited=quote.inherited,
        pronoun_gender=SINGULAR.get(words),
        # the rules found someone: plural or vague words still point at one actor
        plural_or_vague=open_ and vague,  # "dit-on": none; a group: organizations only
        group=open_ and described_type == INSTITUTION,
        rule=quote.rule if quote.speaker is not None else None,
        rule_choice=choice[0] if choice else None,
        speaker_chars=(span.start_char, span.end_char) if span is not None else None,
        not_speakers=getattr(quote, "not_speakers", frozenset()),  # a quote-like object may lack it
        words_kind=kind,
        described_type=described_type,
        described_gender=_described_gender(span) if kind in DESCRIBING else None,
        description_words=frozenset(normalize(t.lower_) for t in span if t.pos_ in ("NOUN", "ADJ"))
        if span is not None and described
        else frozenset(),
        described_role=normalize(nouns[0].lower_) if nouns else None,
    )


# the determiners that tell a description's gender; "l'", "son", "leur" leave it to the noun
MASCULINE_DETERMINERS = frozenset({"le", "un", "ce", "cet", "du"})
FEMININE_DETERMINERS = frozenset({"la", "une", "cette"})


def _described_gender(span) -> str | None:
    """The gender of the speaker a description names: by its determiner ("la médecin", "le
    prêtre"), else feminine where a word of its noun phrase is ("l'ancienne ministre", "son
    épouse": spaCy calls epicene "ministre" masculine), else masculine where one is."""
    tokens = [t for t in span if not t.is_punct] if span is not None else []
    if not tokens or tokens[0].pos_ == "PROPN":
        return None
    first = tokens[0].lower_
    if first in MASCULINE_DETERMINERS:
        return "Masc"
    if first in FEMININE_DETERMINERS:
        return "Fem"
    phrase = []
    for token in tokens:
        if token.pos_ not in ("DET", "ADJ", "NOUN"):
            break
        phrase += token.morph.get("Gender")
    return "Fem" if "Fem" in phrase else "Masc" if "Masc" in phrase else None


def document_view(
    ctx,
    marks,
    media: Media,
    nouns: dict[str, str] | None = None,
    person_endings: tuple[str, ...] = (),
) -> DocumentView:
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
        nouns=nouns or {},
        person_endings=person_endings,
    )
