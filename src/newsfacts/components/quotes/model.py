"""What the quote steps share: the quote being built, the document context, and the
word sets that tell a reported clause or a source."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsfacts.components.entities.vocabulary import SUBJECT_PRONOUNS
from newsfacts.components.quotes.cues import ELIDED_DE, Cue
from newsfacts.components.quotes.index import ActorIndex
from newsfacts.components.quotes.marks import MarkedSpan
from newsfacts.components.quotes.text import MarkIndex, Sentences

QUE = frozenset({"que", "qu'", "qu’"})
SOURCE_WORDS = frozenset({"selon", "après"})  # "selon X", "d'après X"
RELATIVE_SOURCES = frozenset({"lequel", "laquelle", "lesquels", "lesquelles"})
RELATIVES = RELATIVE_SOURCES | {"qui", "dont", "où"}
CLAUSE_STARTS = frozenset({"DET", "PRON", "PROPN", "NOUN", "ADV", "NUM", "ADJ", "AUX", "VERB"})
BETWEEN_CUE_AND_QUE = frozenset({"ADV", "ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON", "X"})
CLAUSE_OPENERS = (
    ".",
    "!",
    "?",
    "…",
    ":",
    ";",
    ",",
    "—",
    "–",
    "-",
    "(",
    "»",
    "”",
    '"',
    "\n",
)
# Words that make "que" a conjunction: "alors que", "bien que", "parce que", "tandis que".
CONJUNCTION_HEADS = frozenset(
    {"alors", "bien", "parce", "tandis", "pendant", "avant", "après", "sans", "pour", "dès",
     "depuis", "ainsi", "même", "afin", "lors", "sauf", "tant", "si"}
)  # fmt: skip
# After a comma, the words that end a reported clause (clauses.py): not "après", "avant",
# "sans" nor a gerund, which the real sets' reported words run on through.
CLAUSE_BREAKS = frozenset({"selon", "tout"})
# Infinitives that, after ", sans", tell what the speaker left unsaid (", sans toutefois donner
# de date", ", sans en dire plus"): the narrator's words, where the reported clause ends.
UNSAID_VERBS = frozenset({"préciser", "donner", "dire", "détailler", "avancer", "citer", "nommer",
                          "fournir", "expliquer", "indiquer", "révéler", "dévoiler", "commenter",
                          "chiffrer", "développer", "étendre"})  # fmt: skip
INFINITIVE_LINKS = frozenset(
    {"de", "d'", "d’", "ne", "n'", "n’", "pas", "jamais", "plus", "rien", "guère"}
)
# The negation of a reported infinitive belongs to what is said: "dit ne rien attendre".
INFINITIVE_NEGATIONS = INFINITIVE_LINKS - {"de", "d'", "d’"}
# Coordinations that join two statements: « A », mais « B » (two of the speaker's sentences),
# « … » et ne mesurent pas … (the narrator goes on), "…, selon X, et le pays est …".
COORDINATIONS = frozenset({"et", "mais", "ou", "ni", "tandis"})
MIN_FRAGMENT_WORDS = 2  # « majorité », « rouge »: one quoted word is a term, not speech
INCISE_OPENERS = frozenset({"où", "que", "qu'", "qu’", "et", "mais", "car", "donc", "alors"})
RELATIVE_STARTS = frozenset({"qui", "que", "qu'", "qu’"})
CLOSING_MARKS = frozenset({"»", "”", '"'})
PLAIN_SUBJECTS = SUBJECT_PRONOUNS
# A subject clitic right before a verb group is its subject, whatever the parse says.
CLITIC_SUBJECTS = frozenset({"il", "elle", "ils", "elles"})
PERSON_PRONOUNS = frozenset({"lui", "elle", "eux", "elles"})
HYPHEN_WORDS = frozenset({"-t", "-il", "-elle", "-ils", "-elles", "-on"})
SAYING = frozenset({"dit", "dite", "dits", "dites"})  # "s'est dit « frustré »", not "dite de « »"


@dataclass
class Quote:
    start: int  # characters of the quoted or reported words
    end: int
    type: str
    cue: str | None
    speaker_span: Span | None  # the words that designate the speaker
    speaker: dict | None = None  # the actor, once resolved
    inherited: bool = False  # speaker carried over from the previous quote
    needs_speaker: bool = False  # no cue: a quote only if its speaker is a known actor
    wraps: bool = False  # a source's report of others' words: kept only around their quotes
    fragments: list[tuple[int, int]] = field(default_factory=list)  # marked words inside
    rule: str | None = None  # how the rules found the speaker (sieve.RULE_KINDS), None if not
    rule_speaker: dict | None = None  # the rules' answer, before the ranker weighs it
    # where names in the speaker words start that are not the speaker ("les services du
    # chancelier X", "L'intersyndicale (CGT"): no candidate for the ranker either
    not_speakers: frozenset[int] = frozenset()
    # the quote before whose speaker words, left open by the rules, this one's pronoun takes
    # up: it speaks whoever the ranker finds there
    follows: Quote | None = field(default=None, repr=False, compare=False)


@dataclass
class Context:
    doc: Doc
    marks: list[MarkedSpan]
    cues: dict[int, Cue]
    sentences: Sentences
    index: ActorIndex
    token_starts: list[int]
    mark_index: MarkIndex = None  # type: ignore[assignment]
    cues_by_last: dict[int, Cue] = None  # type: ignore[assignment]
    speech_cues: list[Cue] | None = None  # cues outside marks that report speech, by verb
    speech_verbs: list[int] | None = None  # their verbs' token indexes, sorted

    def __post_init__(self) -> None:
        self.mark_index = MarkIndex(self.marks)
        self.cues_by_last = {}
        for cue in sorted(self.cues.values(), key=lambda c: c.verb, reverse=True):
            self.cues_by_last[cue.last] = cue  # the first cue (by verb) ending at each token

    def token_at(self, char: int) -> int:
        return max(bisect.bisect_right(self.token_starts, char) - 1, 0)

    def sentence_tokens(self, token_i: int) -> tuple[int, int]:
        start, end = self.sentences.bounds(self.doc[token_i].idx)
        return self.token_at(start), self.token_at(max(end - 1, start)) + 1

    def inside_mark(self, char: int) -> MarkedSpan | None:
        return self.mark_index.at(char)


def cues_starting(ctx: Context, i: int) -> list[Cue]:
    """Cues whose verb group begins at token i (possibly after adverbs: "a ainsi déclaré")."""
    found = []
    for verb in range(i, min(i + 6, len(ctx.doc))):
        cue = ctx.cues.get(verb)
        if cue is not None and cue.first <= i + 2 and cue.first >= i:
            found.append(cue)
    return found


def names_besides(span: Span, head: Token) -> list[Token]:
    """The proper nouns of speaker words other than their head: a description that carries a
    name of its own ("l'auteur du message, une certaine Lilie") resolves by that name."""
    return [t for t in span if t.pos_ == "PROPN" and t.i != head.i]


def is_participle_only(token) -> bool:
    """A verb the tagger reads as a participle only: "sollicité", not a finite form."""
    return token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")


def end_char(doc: Doc, end_token: int) -> int:
    return doc[end_token - 1].idx + len(doc[end_token - 1].text)


def trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct and doc[end - 1].text != ")":
        end -= 1
    return doc[start:end] if end > start else None


def is_dapres(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) - 1 and doc[i].lower_ in ELIDED_DE and doc[i + 1].lower_ == "après"


def source_lead(doc: Doc, i: int) -> int | None:
    """The first word of the source locution whose last word is doc[i] ("selon", "d'après",
    "à en croire": "A en croire le quotidien, …", "…, à en croire Le Point"), or None."""
    word = doc[i].lower_
    if word == "selon":
        return i
    if word == "après" and is_dapres(doc, i - 1):
        return i - 1
    if word == "croire" and i >= 2 and doc[i - 1].lower_ == "en":
        to = doc[i - 2]
        return i - 2 if to.lower_ == "à" or to.text == "A" else None
    return None


def previous_char(text: str, pos: int) -> int:
    """Offset of the last non-space character before pos, or -1."""
    pos -= 1
    while pos >= 0 and text[pos].isspace():
        pos -= 1
    return pos


def dating_word(doc: Doc, k: int, time_words) -> bool:
    """doc[k] is a word of a date set in a sentence: a time word ("lundi", "octobre") or the
    day number before one ("16 octobre", "1er octobre")."""
    token = doc[k]
    if token.lower_ in time_words:
        return True
    day = token.like_num or token.lower_ in ("1er", "1re")
    return day and k + 1 < len(doc) and doc[k + 1].lower_ in time_words


VERBLESS_MIN_WORDS = 3  # words of a verbless statement


def verbless_statement(ctx: Context, clause: Span) -> bool:
    """A sentence with no finite verb that says something: a noun or adjective phrase of a
    few words ("Difficile pour les prévenus de …"), no marked words, no relative source
    ("Le syndicat, selon lequel …")."""
    words = [t for t in clause if not t.is_punct]
    if len(words) < VERBLESS_MIN_WORDS or any(ctx.inside_mark(t.idx) for t in clause):
        return False
    if any(t.ent_type_ == "PER" for t in clause):
        return False  # "Son avocat, Asher Ohayon, …": a speaker, not what is said
    if any(t.lower_ in SOURCE_WORDS or t.lower_ in RELATIVE_SOURCES for t in clause):
        return False
    return any(t.pos_ in ("NOUN", "ADJ") for t in words)
