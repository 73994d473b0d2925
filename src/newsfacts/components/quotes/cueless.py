"""Direct quotes with no reporting verb: regional and feature copy sets a quote alone as a
sentence (« Ça s'est joué à quelques secondes. » L'héroïne de cette histoire …), after a colon
(Et de poursuivre : « … »), or before a sentence that names who spoke (« On commence dès
lundi ». Philippe Martinez a laissé augurer …).

Marked words are such a quote only when they read as speech: a verb, or a sentence's end
inside the marks, and a few words; a title or a term set alone (« Les Misérables ») is not.
The speaker is looked for by precision, the first step that finds one wins:
1. the subject of the sentence right after the quote, when the quote opens its paragraph;
2. the subject of the sentence before it, in the same paragraph;
3. the speaker of the previous quote, when it is in this paragraph or the one before.
In an interview set as questions and answers (Q: … ? R: « … »), an answer goes on with the
speaker of the answer before it, whatever the question names.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsfacts.components.lemmas import lemma
from newsfacts.components.quotes.marks import MarkedSpan
from newsfacts.components.quotes.model import CLITIC_SUBJECTS, Context, Quote
from newsfacts.components.quotes.speaker_words import is_subject

MIN_WORDS = 3
# A statement set inside a sentence: enough words to say something, and more without a verb.
INLINE_MIN_WORDS = 4
INLINE_VERBLESS_WORDS = 7
SPEECH_ENDS = (".", "!", "?", "…", "...")
IMPERSONAL = frozenset({"ce", "c'", "c’", "cela", "ça", "on", "qui"})
IMPERSONAL_VERBS = frozenset({"falloir", "agir", "sembler", "paraître", "pleuvoir"})
# An interview's turns: "R:" right before the marks, or a question labelled "Q:" right before them.
ANSWER_LABEL = re.compile(r"(?:^|[\s.?!\"»”])(?:R|Réponse)\s?[:\-–—]\s*$")
QUESTION = re.compile(r"(?:^|[\s.?!\"»”])(?:Q|Question)\s?[:\-–—][^«»\"“”\n]{2,400}\?\s*$")
OPENING_MARKS = '«“"„ \t\u00a0\u202f'
QUESTION_WINDOW = 420


def reads_as_speech(doc: Doc, open_i: int, close_i: int) -> bool:
    inner = doc[open_i + 1 : close_i]
    words = [t for t in inner if t.is_alpha]
    if len(words) < MIN_WORDS:
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in inner):
        return True
    return any(t.text in SPEECH_ENDS for t in inner[-2:])


def reads_as_inline_statement(doc: Doc, open_i: int, close_i: int) -> bool:
    """Marked words set into the narrator's sentence that are someone's statement, not a
    term or a title: a clause or a long phrase that starts in lower case ("Il est invité à
    « contacter un centre de paiement »", "n'avait trouvé « aucune preuve d'une collaboration
    ou de la connaissance préalable de l'attaque »"); not « zones à faibles émissions »,
    « On va s'aimer »."""
    inner = doc[open_i + 1 : close_i]
    words = [t for t in inner if t.is_alpha or t.is_digit]
    if len(words) < INLINE_MIN_WORDS or not (inner[0].is_lower or inner[0].is_digit):
        return False
    return len(words) >= INLINE_VERBLESS_WORDS or any(t.pos_ in ("VERB", "AUX") for t in inner)


def subject_of(doc: Doc, speakers, start: int, end: int, passive: bool = True) -> Span | None:
    """The subject of the first clause of doc[start:end] whose verb has one before it (not
    of a passive verb unless passive: "Il est invité à « … »" is told, not telling)."""
    for k in range(start, end):
        token = doc[k]
        subjects = [c for c in token.children if c.dep_.startswith("nsubj") and c.i < token.i]
        if not subjects:
            continue
        if not passive and subjects[0].dep_ == "nsubj:pass":
            return None
        subject = speakers.subject_before(doc, token, k)
        if subject is None or subject.start < start or subject.end > end:
            return None
        if subject[0].lower_ in IMPERSONAL or not _may_be_a_speaker(subject, token, speakers):
            return None
        return subject
    return None


def _may_be_a_speaker(subject: Span, verb: Token, speakers) -> bool:
    """A name, a personal pronoun of a personal verb, or a role noun ("l'avocate")."""
    if len(subject) == 1 and subject[0].lower_ in CLITIC_SUBJECTS:
        after = verb.doc[subject.end] if subject.end < len(verb.doc) else None
        impersonal = lemma(verb) in IMPERSONAL_VERBS or (after is not None and after.lower_ == "y")
        return not impersonal
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("PER", "ORG") for t in subject):
        return True
    head = next((t for t in subject if t.pos_ == "NOUN"), None)
    return head is not None and (
        head.lower_ in speakers.title_heads or head.lower_ in speakers.person_nouns
    )


def answers_a_question(text: str, offset: int) -> bool:
    """The marked words at offset (their opening mark or first word) answer an interview's
    question: "R:" before them, or a question labelled "Q:" right before them."""
    end = offset
    while end > 0 and text[end - 1] in OPENING_MARKS:
        end -= 1
    before = text[max(0, end - QUESTION_WINDOW) : end]
    return ANSWER_LABEL.search(before) is not None or QUESTION.search(before) is not None


def opens_paragraph(text: str, offset: int) -> bool:
    i = offset - 1
    while i >= 0 and text[i] in " \t\u00a0\u202f":
        i -= 1
    return i < 0 or text[i] == "\n"


def first_word_after(doc: Doc, close_i: int) -> Token | None:
    i = close_i + 1
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space):
        if doc[i].text in (",", ":", ";"):
            return None  # "», …": an incise or a clause goes on, not a new sentence
        i += 1
    return doc[i] if i < len(doc) else None


class CuelessQuotes:
    def _cueless(self, ctx, mark, open_i, close_i, sentence_start, previous) -> Quote:
        """A quote set alone as a sentence: its speaker by the steps of cueless.py."""
        doc, sentences = ctx.doc, ctx.sentences
        speaker = None
        following = first_word_after(doc, close_i)
        if following is not None and opens_paragraph(sentences.text, mark.open):
            _, end = ctx.sentence_tokens(following.i)
            if sentences.paragraph(following.idx) == sentences.paragraph(mark.open):
                speaker = subject_of(doc, self.speakers, following.i, end)
        if speaker is None and sentence_start > 0 and open_i > 0:
            start, _ = ctx.sentence_tokens(sentence_start - 1)
            same = sentences.paragraph(doc[start].idx) == sentences.paragraph(mark.open)
            if same and start < sentence_start:
                speaker = subject_of(doc, self.speakers, start, sentence_start)
        if speaker is None and self._near_previous(ctx, mark, previous):
            return Quote(mark.start, mark.end, "direct", None, None, inherited=True)
        return Quote(mark.start, mark.end, "direct", None, speaker)

    def _answer(self, ctx: Context, mark: MarkedSpan, previous: list[Quote]) -> Quote:
        """An interview's answer: the speaker of the answer before it, else open (the ranker's),
        never the subject of the question ("Q: Vous avez changé d'avis ? R: « … »")."""
        last = previous[-1] if previous else None
        if (
            last is not None
            and last.type == "direct"
            and answers_a_question(ctx.sentences.text, last.start)
        ):
            return Quote(mark.start, mark.end, "direct", None, None, inherited=True)
        return Quote(mark.start, mark.end, "direct", None, None)

    def _near_previous(self, ctx: Context, mark: MarkedSpan, previous: list[Quote]) -> bool:
        """The previous quote has a speaker and stands in this paragraph or the one before."""
        if not previous or previous[-1].type == "indirect":
            return False
        last = previous[-1]
        if last.speaker_span is None and not last.inherited:
            return False
        paragraphs = ctx.sentences.paragraph
        if paragraphs(mark.open) - paragraphs(last.start) > 1:
            return False
        return not _new_subject_between(ctx, last.end, mark.open)

    def _continues(self, ctx: Context, mark: MarkedSpan, last: Quote) -> bool:
        """A quote with no cue right after another one, in the same paragraph, same speaker."""
        if last.type == "indirect" or (last.speaker_span is None and not last.inherited):
            return False
        sentences = ctx.sentences
        if sentences.paragraph(last.start) != sentences.paragraph(mark.open):
            return False
        between = ctx.sentences.text[last.end : mark.open]
        return between.count(".") + between.count("?") + between.count("!") <= 1 and (
            len(between) < 200
        )


def _new_subject_between(ctx: Context, start: int, end: int) -> bool:
    """A person named as a subject outside quote marks between two quotes: "« … », affirme-t-
    il. En 2018, Ronny Jackson dresse le tableau …: « … »": the new subject speaks, not the
    speaker of the quote before."""
    index = ctx.index
    for mention_start, mention_end, n in index.covering(start, end):
        if mention_start < start or index.actors[n].get("type") != "person":
            continue
        if ctx.inside_mark(mention_start) is None and is_subject(
            ctx.doc, mention_start, mention_end
        ):
            return True
    return False
