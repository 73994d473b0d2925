"""Candidate speakers of a quote the rules left without one, and the features a ranker weighs.

A feature story names someone, then quotes them over several sentences or paragraphs with no
reporting verb, after a colon, or with a cue whose subject the rules cannot resolve ("écrit son
épouse", "commence celle qui"). The candidates are the actors mentioned outside quote marks in a
window before the quote (and just after it, in its paragraph; for descriptive words the rules
could not resolve, "a annoncé l'élu républicain", up to two paragraphs after), plus the
speaker of the previous attributed quote. Each candidate is described by numbers that tell
how the writer points at a speaker: nearness in characters, sentences and paragraphs, whether
the nearest mention is a subject (of a reporting verb), whether it is addressed ("a confié à
France Info"), whether the actor spoke just before (continuity), how often the article names it.

Mentions are looked up by offset in the sorted ActorIndex, and the windows are bounded, so each
quote costs the same in a long document as in a short one.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from newsfacts.components.quotes.index import ActorIndex
from newsfacts.components.quotes.media import Media
from newsfacts.components.quotes.self_mention import persons_named_in
from newsfacts.components.quotes.speaker_words import hangs_on_subject

WINDOW_CHARS = 1500  # how far before a quote a speaker may have been named
WINDOW_PARAGRAPHS = 3
WINDOW_MENTIONS = 40  # mentions walked back at most
AFTER_CHARS = 200  # a name just after the quote, in its paragraph ("…", selon X.)
# Speaker words that describe someone the rules could not find before ("a annoncé l'élu
# républicain", "selon l'agence") often name them only further on, in the next paragraphs
# (a lede quote, then "Richard Burr, président de la commission, …"): a name that far ahead
# is a candidate too, marked as such ("ahead"), for those words only
AHEAD_CHARS = 1200
AHEAD_PARAGRAPHS = 2
# speaker words that describe someone rather than name them (ranking.words_kind)
DESCRIBING = frozenset({"description", "indefinite", "anaphoric"})
LOG_WINDOW = math.log1p(WINDOW_CHARS)
PREPOSITIONS = frozenset({"à", "au", "aux", "sur", "dans", "par", "pour", "avec", "chez", "("})
OF_WORDS = frozenset({"de", "d'", "d’", "du", "des"})
TITLE_WORDS = frozenset({"DET", "NOUN", "ADJ"})  # "le docteur", "la ministre"
TITLE_SPAN = 3  # title words before a name: "Premier ministre", "secrétaire général adjoint"
QUOTE_TYPES = ("direct", "indirect", "mixed")
PUBLISHED_IN = frozenset({"dans", "sur"})  # "publiée dans la revue X", "sur son site"
MEDIUM_DETERMINERS = frozenset(
    {"le", "la", "les", "l'", "l’", "son", "sa", "ses", "leur", "un", "une"}
)
MEDIUM_NOUNS = frozenset({"revue", "journal", "site", "magazine", "quotidien", "hebdomadaire"})
# "« J'ai vu la dame »": one person speaks, not an organisation, and someone does (not a term)
FIRST_PERSON = frozenset({"je", "j'", "j’", "me", "m'", "m’", "moi", "mon", "ma", "mes"})


@dataclass
class Candidate:
    actor: dict
    number: int  # the actor's number in the index
    features: dict[str, float] = field(default_factory=dict)
    gender: str | None = None  # known from the article: titles, first name, article


@dataclass
class QuoteView:
    """What the candidate search reads of a quote: its characters and how the rules saw it."""

    start: int
    end: int
    type: str
    cue: str | None = None
    has_speaker_words: bool = False  # the rules found words for a speaker they could not resolve
    inherited: bool = False
    pronoun_gender: str | None = None  # "a-t-elle poursuivi": the speaker is a woman
    plural_or_vague: bool = False  # "dit-on", "ont-ils dit", "les syndicats": none to rank
    # "la municipalité", "le ministère": an institution, which a named organisation may be,
    # never a person
    group: bool = False
    rule: str | None = None  # the kind of rule that answered (sieve.py), None if none did
    rule_choice: int | None = None  # the actor # the rules chose
    speaker_chars: tuple[int, int] | None = None  # the speaker words, no candidate mention
    not_speakers: frozenset[int] = frozenset()  # names in them that are not the speaker
    description_words: frozenset[str] = frozenset()  # "le maire": titles a candidate may hold
    described_role: str | None = None  # "le chanteur": the head noun, normalized
    words_kind: str = "none"  # what the speaker words are (ranking.words_kind)
    described_type: str | None = None  # "le maire": a person; "la régie": an organization
    # "la médecin", "son épouse", "le prêtre": the gender the description gives its speaker
    described_gender: str | None = None


@dataclass
class DocumentView:
    """The per-document indexes a candidate search reads (built by the quote component)."""

    doc: Doc
    index: ActorIndex
    sentence_starts: list[int]  # character offsets where the writer's sentences start
    paragraph_starts: list[int]
    cue_verbs: frozenset[int]  # token indexes of reporting verbs
    cue_ends: frozenset[int]  # token indexes where a reporting verb group ends ("a-t-il dit")
    in_marks: object  # .holds(offset): inside closed quote marks
    token_starts: list[int] = field(default_factory=list)
    media: Media = field(default_factory=Media)
    nouns: dict[str, str] = field(default_factory=dict)  # noun -> "person" / "organization"
    mention_counts: dict[int, int] = field(default_factory=dict)
    # (gender, role) -> the only person of the article that fits them, or None (sole_fit)
    fits: dict[tuple, int | None] = field(default_factory=dict)
    persons: list[int] | None = None  # the persons named outside quote marks, found once
    person_endings: tuple[str, ...] = ()  # "-eur", "-iste": a noun that says what a person is

    def __post_init__(self) -> None:
        if not self.token_starts:
            self.token_starts = [token.idx for token in self.doc]
        for _start, _end, n in self.index.mentions:
            self.mention_counts[n] = self.mention_counts.get(n, 0) + 1

    def sentence(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset) - 1

    def tokens(self, start: int, end: int) -> Span | None:
        first = max(bisect.bisect_right(self.token_starts, start) - 1, 0)
        last = max(bisect.bisect_left(self.token_starts, end), first + 1)
        return self.doc[first:last] if first < len(self.doc) else None


@dataclass
class Continuity:
    """Who spoke before the quote being attributed (by the rules, in text order)."""

    previous: int | None = None  # actor # of the latest attributed quote
    previous_end: int = -1  # where that quote ends
    spoken: set[int] = field(default_factory=set)


def candidates(view: DocumentView, quote: QuoteView, before: Continuity) -> list[Candidate]:
    """The actors that may have said the quote, each with its features. A pronoun the rules
    could not resolve still rules out the actors of the other gender."""
    if quote.plural_or_vague and not quote.group:
        return []
    found: dict[int, Candidate] = {}
    index = view.index
    quote_sentence = view.sentence(quote.start)
    quote_paragraph = view.paragraph(quote.start)
    rank = 0
    people = 0
    for start, end, n in index.before(quote.start, WINDOW_MENTIONS):
        if quote.start - end > WINDOW_CHARS:
            break
        if quote_paragraph - view.paragraph(start) > WINDOW_PARAGRAPHS:
            break
        if view.in_marks.holds(start) or quote.start <= start < quote.end:
            continue
        if start in quote.not_speakers:
            continue  # "les services du chancelier X": X does not speak
        if _in_speaker_words(quote, start):
            continue  # the rules' own answer, added as a mention: weighed as rule_choice
        if _published_in(view, quote, start):
            continue
        n = _canonical(index, n)
        if n in found:
            found[n].features["mentions_in_window"] += 1
            continue
        actor = index.actors[n]
        candidate = Candidate(actor, n, _actor_features(view, n, actor, before))
        candidate.features.update(_mention_features(view, start, end, "before"))
        candidate.gender = _gender(view, n, actor, start)
        features = candidate.features
        features["before"] = 1.0
        features["chars_before"] = math.log1p(quote.start - end) / LOG_WINDOW
        features["sentences_before"] = min(quote_sentence - view.sentence(start), 5) / 5
        features["paragraphs_before"] = min(quote_paragraph - view.paragraph(start), 3) / 3
        features["same_sentence"] = float(view.sentence(start) == quote_sentence)
        features["nearest"] = float(rank == 0)
        features["recency_rank"] = min(rank, 5) / 5
        features["named_in_words"] = float(_in_words(quote, start))
        is_person = actor.get("type") == "person"
        features["nearest_person"] = float(is_person and people == 0)
        people += is_person
        features["mentions_in_window"] = 1.0
        found[n] = candidate
        rank += 1
    for start, end, n in index.after(quote.end, 10):
        if start - quote.end > AFTER_CHARS or view.paragraph(start) != view.paragraph(quote.end):
            break
        if view.in_marks.holds(start) or _in_speaker_words(quote, start):
            continue
        if start in quote.not_speakers:
            continue
        if _published_in(view, quote, start):
            continue
        # in the quote's sentence ("…, selon X") or a later one ("« … » Marc, 35 ans, …")
        side = "after" if view.sentence(start) == view.sentence(quote.end) else "later"
        n = _canonical(index, n)
        candidate = found.get(n)
        if candidate is None:
            actor = index.actors[n]
            candidate = found[n] = Candidate(actor, n, _actor_features(view, n, actor, before))
            candidate.features["mentions_in_window"] = 1.0
            candidate.gender = _gender(view, n, actor, start)
        if candidate.features.get("after") or candidate.features.get("later"):
            continue
        candidate.features.update(_mention_features(view, start, end, side))
        if _in_words(quote, start):
            candidate.features["named_in_words"] = 1.0
        candidate.features[side] = 1.0
        candidate.features[f"chars_{side}"] = math.log1p(start - quote.end) / LOG_WINDOW
    if quote.rule is None and quote.words_kind in DESCRIBING:
        _ahead(view, quote, before, found)
    for n in (before.previous, quote.rule_choice):  # who spoke last, whom the rules chose
        if n is not None and n not in found:
            actor = index.actors[n]
            found[n] = Candidate(
                actor, n, _actor_features(view, n, actor, before), gender=index.gender.get(n)
            )
    wanted = "organization" if quote.group else quote.described_type
    if wanted:  # "le gouvernement" is no person, "le maire" no organisation
        found = {
            n: c
            for n, c in found.items()
            if c.actor.get("type") == wanted or n == quote.rule_choice
        }
    if quote.pronoun_gender:
        found = {
            n: c
            for n, c in found.items()
            if c.gender in (None, quote.pronoun_gender) or n == quote.rule_choice
        }
    sole = sole_fit(view, quote)
    if sole is not None and sole in found:
        found[sole].features["sole_fit"] = 1.0
    quote_features = _quote_features(view, quote, before)
    named_inside = persons_named_in(index, quote.start, quote.end)
    for candidate in found.values():
        features = candidate.features
        # "« … M. Zekri … »": a speaker does not name themself in the third person
        features["named_in_quote"] = float(candidate.number in named_inside)
        features["mentions_in_window"] = min(features.get("mentions_in_window", 0.0), 5) / 5
        features.update(quote_features)
        # the combinations a linear model cannot draw by itself
        features["subject_same_paragraph"] = features.get("subject_before", 0.0) * (
            features.get("paragraphs_before", 1.0) == 0
        )
        features["previous_near"] = features["previous_speaker"] * quote_features["previous_near"]
        features["cue_subject_x_direct"] = features.get("cue_subject_before", 0.0) * (
            quote.type == "direct"
        )
        features["first_person_x_person"] = quote_features["first_person"] * features["person"]
        features.update(_rule_features(view, quote, candidate))
        if quote.rule is None:  # a quote left open: each kind of speaker words weighs apart
            features.update({f"{quote.words_kind}:{k}": v for k, v in list(features.items())})
    return list(found.values())


def sole_fit(view: DocumentView, quote: QuoteView) -> int | None:
    """ "raconte le chanteur", "explique la comédienne" where the article names one person
    only of that gender whom it gives no other role (Frédéric François, named after the quote,
    and his wife): that person, whose gender the article tells. Found once per gender and
    role, from the persons named outside quote marks. Only marked among the candidates:
    measured on the tuning sets, such a person out of the window was the speaker 2 times
    in 18."""
    role = quote.described_role
    if role is None or quote.words_kind not in DESCRIBING or not quote.described_gender:
        return None
    kind = quote.described_type
    endings = view.person_endings
    if kind != "person" and (
        kind is not None or not (role.endswith(endings) or f"{role}e".endswith(endings))
    ):  # the role comes normalized, its final "e" dropped ("artiste" -> "artist")
        return None  # "l'animateur", "l'artiste": person nouns the lexicon lacks
    key = (quote.described_gender, role)
    if key in view.fits:
        return view.fits[key]
    index = view.index
    if view.persons is None:
        view.persons = sorted(
            {
                _canonical(index, n)
                for start, _end, n in index.mentions
                if index.actors[n].get("type") == "person" and not view.in_marks.holds(start)
            }
        )
    fitting = [
        n
        for n in view.persons
        if index.gender.get(n) in (None, quote.described_gender)
        and (not index.titles.get(n) or role in index.titles[n])
    ]
    # one person fits, and the article tells that person's gender
    sole = fitting[0] if len(fitting) == 1 and index.gender.get(fitting[0]) else None
    view.fits[key] = sole
    return sole


def _ahead(view: DocumentView, quote: QuoteView, before: Continuity, found: dict) -> None:
    """The actors first named after the quote, beyond its paragraph's "after" window but
    within AHEAD_CHARS and AHEAD_PARAGRAPHS: who the speaker words may describe."""
    paragraph = view.paragraph(quote.end)
    rank = 0
    for start, _end, n in view.index.after(quote.end, WINDOW_MENTIONS):
        if start - quote.end > AHEAD_CHARS or view.paragraph(start) - paragraph > AHEAD_PARAGRAPHS:
            break
        if view.in_marks.holds(start) or start in quote.not_speakers or _in_words(quote, start):
            continue
        n = _canonical(view.index, n)
        if n in found:
            continue
        actor = view.index.actors[n]
        candidate = found[n] = Candidate(actor, n, _actor_features(view, n, actor, before))
        candidate.gender = _gender(view, n, actor, start)
        candidate.features["ahead"] = 1.0
        candidate.features["chars_ahead"] = math.log1p(start - quote.end) / LOG_WINDOW
        candidate.features["ahead_rank"] = min(rank, 5) / 5
        rank += 1


def _in_speaker_words(quote: QuoteView, start: int) -> bool:
    """A mention inside the speaker words the rules resolved: their own answer, weighed as
    rule_choice. Where they resolved nothing, a name inside the words ("selon la base de
    données KawalCovid-19") stays a candidate, marked as such (named_in_words)."""
    return _in_words(quote, start) and quote.rule_choice is not None


def _in_words(quote: QuoteView, start: int) -> bool:
    return quote.speaker_chars is not None and (
        quote.speaker_chars[0] <= start < quote.speaker_chars[1]
    )


def _published_in(view: DocumentView, quote: QuoteView, start: int) -> bool:
    """ "une étude publiée dans la revue The Lancet": the medium, not the author. "dans" or
    "sur" right before the name (but for a determiner and a medium's noun) or after a form of
    "publier"; not anywhere ("une étude sur les migrants de Médecins sans frontières"). Only a
    name inside the speaker words."""
    if not _in_words(quote, start):
        return False
    words = view.index.text[quote.speaker_chars[0] : start].lower().split()
    published = next((k for k, w in enumerate(words) if w.startswith("publi")), len(words))
    if PUBLISHED_IN.intersection(words[published:]):
        return True
    k = len(words)
    while k and words[k - 1] in MEDIUM_NOUNS | MEDIUM_DETERMINERS:
        k -= 1
    return k > 0 and words[k - 1] in PUBLISHED_IN


def _rule_features(view: DocumentView, quote: QuoteView, candidate: Candidate) -> dict:
    """What the rules said of this candidate, and how it fits the speaker words: "this is the
    actor the pronoun rule chose", "the pronoun is feminine and so is she", "the description
    is "le maire" and he is the mayor"."""
    chosen = float(candidate.number == quote.rule_choice)
    rule = quote.rule or "none"
    features = {
        "rule_choice": chosen,
        f"rule_choice_{rule}": chosen,
        f"rule_{rule}": 1.0,
        f"words_{quote.words_kind}": 1.0,
    }
    if quote.pronoun_gender:
        features["agrees_pronoun"] = float(candidate.gender == quote.pronoun_gender)
    if quote.described_gender and candidate.gender:
        agrees = candidate.gender == quote.described_gender
        features["description_gender_agrees"] = float(agrees)
        features["description_gender_clashes"] = float(not agrees)
    if quote.description_words:
        titles = view.index.titles.get(candidate.number, set())
        features["title_match"] = float(bool(quote.description_words & titles))
    if quote.described_type:
        agrees = candidate.actor.get("type") == quote.described_type
        features["type_agrees"] = float(agrees)
        features["type_clashes"] = float(not agrees)
    if quote.group:
        features["group_words"] = 1.0
    features["same_paragraph"] = float(candidate.features.get("paragraphs_before", 1.0) == 0)
    return features


def _canonical(index: ActorIndex, n: int) -> int:
    """One number per actor: the actors list may hold the same actor under several numbers."""
    numbers = index.numbers_of(index.actors[n])
    return numbers[0] if numbers else n


def _gender(view: DocumentView, n: int, actor: dict, start: int) -> str | None:
    """A person's gender as the article tells it; an organisation's by the article before its
    name ("le ministère", "la préfecture")."""
    if actor.get("type") == "person":
        return view.index.gender.get(n)
    span = view.tokens(start, start + 1)
    if span is None or span.start == 0:
        return None
    article = view.doc[span.start - 1]
    if article.lower_ in ("le", "du", "au", "un"):
        return "Masc"
    if article.lower_ in ("la", "une"):
        return "Fem"
    return None


def _actor_features(view: DocumentView, n: int, actor: dict, before: Continuity) -> dict:
    kind = actor.get("type")
    count = sum(view.mention_counts.get(k, 0) for k in view.index.numbers_of(actor)) or 1
    return {
        "person": float(kind == "person"),
        "organization": float(kind == "organization"),
        "medium": float(view.media.named(actor)),
        "salience": min(math.log1p(count) / math.log1p(20), 1.0),
        "previous_speaker": float(before.previous == n),
        "spoke_before": float(n in before.spoken),
    }


def _mention_features(view: DocumentView, start: int, end: int, side: str) -> dict:
    span = view.tokens(start, end)
    if span is None or not len(span):
        return {}
    doc = view.doc
    previous = doc[span.start - 1] if span.start > 0 else None
    # "à l'AFP", "sur France Info": a medium or an addressee, not who speaks
    word = previous.lower_ if previous is not None else ""
    if previous is not None and previous.pos_ == "DET" and span.start > 1:
        word = doc[span.start - 2].lower_
    noun = previous
    if noun is not None and noun.pos_ == "ADP" and span.start > 2:
        noun = doc[span.start - 2]  # "nos confrères de X"
    medium = noun is not None and noun.lower_ in view.media.nouns  # "le quotidien X"
    subject = any(hangs_on_subject(token) for token in span)
    cue_subject = any(
        hangs_on_subject(token) and _verb_of(token) in view.cue_verbs for token in span
    )
    cue_subject = cue_subject or _after_cue(view, span.start)  # ", raconte Jean Dupont"
    titled = _word_before_title(doc, span.start)
    return {
        f"subject_{side}": float(subject),
        f"cue_subject_{side}": float(cue_subject),
        f"addressed_{side}": float(word in PREPOSITIONS),
        f"complement_{side}": float(word in OF_WORDS),
        # "conseiller du Premier ministre X", "a confié au maire X": past the title
        f"titled_complement_{side}": float(titled in OF_WORDS),
        f"titled_addressed_{side}": float(titled in PREPOSITIONS),
        f"medium_word_{side}": float(medium),
        f"opens_sentence_{side}": float(view.sentence(max(start - 1, 0)) != view.sentence(start)),
    }


def _word_before_title(doc: Doc, i: int) -> str:
    """The word before the title that heads a name ("du" in "du Premier ministre X"), or ""
    when no title stands right before the name."""
    k, nouns = i - 1, 0
    while k >= 0 and i - k <= TITLE_SPAN and _title_word(doc[k]):
        nouns += doc[k].pos_ == "NOUN"
        k -= 1
    if not nouns or k < 0:
        return ""
    if doc[k].pos_ == "DET" and k > 0:
        k -= 1
    return doc[k].lower_


def _title_word(token) -> bool:
    """A title's word: lower case ("ministre"; "la Santé" names a ministry), or "Premier(e)"."""
    title = token.is_lower or token.lower_ in ("premier", "première")
    return title and token.is_alpha and token.pos_ in ("NOUN", "ADJ")


def _after_cue(view: DocumentView, i: int) -> bool:
    """The name right after a reporting verb, maybe after its article and title: "a indiqué
    M. Dupont", "juge le docteur X": an inverted subject, which the parser often calls object."""
    doc = view.doc
    for k in range(i - 1, max(i - 5, -1), -1):
        if k in view.cue_ends:
            return True
        if doc[k].pos_ not in TITLE_WORDS and doc[k].lower_ not in ("m.", "mme"):
            return False
    return False


def _verb_of(token) -> int:
    while not token.dep_.startswith("nsubj") and token.head is not token:
        token = token.head
    return token.head.i


def _quote_features(view: DocumentView, quote: QuoteView, before: Continuity) -> dict:
    text = view.index.text
    k = quote.start - 1
    while k >= 0 and text[k] in ' \t\u00a0\u202f«“"':
        k -= 1
    features = {f"type_{kind}": float(quote.type == kind) for kind in QUOTE_TYPES}
    near = before.previous_end >= 0 and (
        view.paragraph(quote.start) - view.paragraph(before.previous_end) <= 1
    )
    features.update(
        {
            "has_cue": float(quote.cue is not None),
            "has_speaker_words": float(quote.has_speaker_words),
            "inherited": float(quote.inherited),
            "after_colon": float(k >= 0 and text[k] == ":"),
            "opens_paragraph": float(k < 0 or text[k] == "\n"),
            "previous_near": float(near),
            "first_person": float(_first_person(view, quote)),
        }
    )
    return features


def _first_person(view: DocumentView, quote: QuoteView) -> bool:
    """The quote speaks in the first person singular ("je", "mon"): a person says it."""
    span = view.tokens(quote.start, quote.end)
    return span is not None and any(token.lower_ in FIRST_PERSON for token in span)
