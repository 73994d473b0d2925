"""The quote finder: marked quotes first (direct, mixed), then reported clauses (indirect)."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span

from newsfacts.components import text_of
from newsfacts.components.entities import load_titles
from newsfacts.components.quotes.clauses import ReportedClauses
from newsfacts.components.quotes.cue_subjects import CueSubjects
from newsfacts.components.quotes.cueless import (
    CuelessQuotes,
    answers_a_question,
    reads_as_speech,
    subject_of,
)
from newsfacts.components.quotes.cues import CueFinder
from newsfacts.components.quotes.direct import DirectQuotes, coordinated
from newsfacts.components.quotes.fragments import MixedQuotes
from newsfacts.components.quotes.index import QuoteZones, Stretches
from newsfacts.components.quotes.lexicon import QuoteLexicon
from newsfacts.components.quotes.marks import (
    MarkedSpan,
    find_marked_spans,
    find_orphan_closers,
    is_heading,
)
from newsfacts.components.quotes.mixed import (
    FIRST_PERSON,
    absorb_fragments,
    inside_sentence,
    join_fragments,
    mark_fragments,
)
from newsfacts.components.quotes.model import (
    CLAUSE_OPENERS,
    QUE,
    Context,
    Quote,
    cues_starting,
    end_char,
    previous_char,
)
from newsfacts.components.quotes.overlaps import without_lone_words, without_overlaps
from newsfacts.components.quotes.pointers import PointedClauses
from newsfacts.components.quotes.ranking import SpeakerRanking
from newsfacts.components.quotes.rows import listed_after, mark_number
from newsfacts.components.quotes.sieve import INHERITED, rule_kind
from newsfacts.components.quotes.sources import SourceRules
from newsfacts.components.quotes.speakers import SpeakerResolver
from newsfacts.components.quotes.terms import MarkedTerms
from newsfacts.components.quotes.text import Sentences


class QuoteFinder(
    DirectQuotes,
    MixedQuotes,
    MarkedTerms,
    CuelessQuotes,
    CueSubjects,
    ReportedClauses,
    PointedClauses,
    SourceRules,
):
    def __init__(self, lexicon: QuoteLexicon) -> None:
        self.lexicon = lexicon
        self.find_cues = CueFinder(lexicon)
        self.speakers = SpeakerResolver(lexicon)
        self.not_sources = lexicon.word_set("selon_not_a_source")
        self.varying_verbs = lexicon.word_set("varying_verbs")
        self.naming = lexicon.word_set("naming_words")
        self.exhorting = lexicon.word_set("exhorting_cues")
        self.que_only = lexicon.word_set("que_only_cues")
        self.question_cues = lexicon.word_set("question_cues")
        self.question_words = lexicon.word_set("question_words")
        self.fragment_cues = lexicon.word_set("fragment_cues")
        self.object_infinitive = dict(lexicon.words.get("object_infinitive_cues", {}))
        self.naming_cues = lexicon.word_set("naming_cues")
        self.labels = lexicon.word_set("label_words")
        self.titles = frozenset(load_titles()) | lexicon.word_set("person_nouns")
        self.aspectual = lexicon.word_set("aspectual_cues")
        self.charge_words = lexicon.word_set("charge_words")
        self.charge_prepositions = lexicon.word_set("charge_prepositions")
        self.attribute_cues = lexicon.word_set("attribute_cues")
        self.person_object_cues = (
            lexicon.word_set("person_object_cues")
            | set(self.object_infinitive)
            | self.exhorting
            | self.attribute_cues
        )
        self.ranking = SpeakerRanking(lexicon)  # the last attribution stage

    def __call__(self, doc: Doc) -> Doc:
        quotes: list[Quote] = []
        if any(not token.is_space for token in doc):
            context = self._context(doc)
            quotes = self._marked_quotes(context)
            orphans = self._orphan_quotes(context)
            quotes += self._indirect_quotes(context, quotes)
            if orphans:
                quotes = _cut_before(context, quotes, orphans) + orphans
            quotes = absorb_fragments(without_lone_words(doc, quotes))
            quotes = join_fragments(context, without_overlaps(quotes))
            mark_fragments(quotes, context.marks)
            self._resolve_speakers(context, quotes)
            # once the speakers are found on the marked words: the clause would hide them
            if self._widen_fragments(context, quotes):
                mark_fragments(quotes, context.marks)
        doc.spans["quotes"] = [s for s in (_to_span(doc, q) for q in quotes) if s is not None]
        return doc

    def _context(self, doc: Doc) -> Context:
        text = text_of(doc)
        marks = find_marked_spans(text)
        token_starts = [token.idx for token in doc]
        sentences = Sentences(text, marks, token_starts)
        index = self.speakers.index(doc)
        index.sentence_starts = sentences.starts
        return Context(doc, marks, self.find_cues(doc), sentences, index, token_starts)

    # ---- quotes between marks -----------------------------------------------------------

    def _marked_quotes(self, ctx: Context) -> list[Quote]:
        quotes: list[Quote] = []
        for mark in ctx.marks:
            if is_heading(ctx.sentences.text, mark):
                continue  # an intertitle echoing a quote: no speech of its own
            last = quotes[-1] if quotes else None
            if last and last.type == "mixed" and last.start <= mark.open and mark.close < last.end:
                continue  # a further fragment of the reported words just found
            if last and (last.start, last.end) == (mark.start, mark.end):
                continue  # a quote already, with the one before it (« A » et « B », dit X)
            quotes += self._marked_quote(ctx, mark, quotes)
        return quotes

    def _orphan_quotes(self, ctx: Context) -> list[Quote]:
        """The words before a closing mark the copy left without its opening one, when a cue
        follows as after any quote ('… on réalise l'utilité de ce qu'on fait", relate X')."""
        quotes = []
        text = ctx.sentences.text
        text_start = len(text) - len(text.lstrip())  # once: a prefix test per closer is quadratic
        for start, end, mark in find_orphan_closers(text, ctx.marks):
            close_i = ctx.token_at(mark)
            if ctx.doc[close_i].idx != mark:
                continue  # the mark is glued inside a token: no closing mark for the tagger
            after = self._cue_after(ctx, close_i) or self._named_bare_cue(ctx, close_i)
            if after is not None:
                start = _after_announcing_colon(ctx, start, close_i)
                quotes.append(Quote(start, end, "direct", after[0], after[1]))
            elif start <= text_start:  # nothing but blanks before: the article's opening words
                quotes += self._opening_orphan(ctx, start, end, close_i)
        return quotes

    def _opening_orphan(self, ctx: Context, start: int, end: int, close_i: int) -> list[Quote]:
        """Words that open the article and end at an orphan closing mark: the copy cut the
        opening mark with the title ('Mes jambes se dérobaient" c'est par ces mots que X …').
        A quote as if marked, with no cue, when it is in someone's voice (a first or second
        person, an exclamation): not the narrator's sentence a stray mark ends. The speaker
        by the steps of cueless.py."""
        first = ctx.token_at(start)
        words = ctx.sentences.text[start:end]
        voiced = FIRST_PERSON.search(words) is not None or words.endswith(("!", "?"))
        if not voiced or not reads_as_speech(ctx.doc, first - 1, close_i):
            return []
        mark = MarkedSpan(start, ctx.doc[close_i].idx, start, end, closed=True)
        return [self._cueless(ctx, mark, first, close_i, 0, [])]

    def _named_bare_cue(self, ctx: Context, close_i: int) -> tuple[str, Span] | None:
        """'…" insiste pour sa part le chef de file du PS, X': a cue right after the mark,
        with no comma, whose inverted subject is named or titled."""
        doc = ctx.doc
        i = close_i + 1
        if i >= len(doc) or doc[i].is_punct:
            return None
        _, sentence_end = ctx.sentence_tokens(i)
        for cue in cues_starting(ctx, i):
            if cue.first != i or cue.form != "finite":
                continue
            speaker = self._inverted_subject(ctx, cue, max(sentence_end, i + 1))
            if speaker is None or speaker[0].pos_ == "PRON" or speaker[0].lower_ in QUE:
                continue
            named = any(t.pos_ == "PROPN" or t.ent_type_ in ("PER", "ORG") for t in speaker)
            if named or any(t.lower_ in self.speakers.title_heads for t in speaker):
                return cue.lemma, speaker
        return None

    def _marked_quote(self, ctx: Context, mark: MarkedSpan, previous: list[Quote]) -> list[Quote]:
        open_i = ctx.token_at(mark.open)
        close_i = ctx.token_at(mark.close) if mark.closed else None
        if self._charge(ctx, mark):
            return []
        if close_i is not None:
            attributed = self._attribute(ctx, mark, open_i, close_i)
            if attributed is not None:
                return attributed
        segments = self._split_at_incise(ctx, mark, open_i, close_i)
        if segments is not None:
            return segments
        text = ctx.sentences.text
        previous_at = previous_char(text, mark.open)
        glued = previous_at == mark.open - 1 and text[previous_at].isalnum()  # 'soins"Notre'
        at_clause_start = previous_at < 0 or text[previous_at] in CLAUSE_OPENERS or glued
        after = self._cue_after(ctx, close_i) if close_i is not None else None
        if after is not None and at_clause_start:
            cue, speaker = after
            start = self._clause_before_comma(ctx, mark, open_i, previous_at)
            if start is not None:  # "La pratique du vélo, …, « s'étale … », relève X"
                return [Quote(start, mark.close + 1, "mixed", cue, speaker)]
            return [Quote(mark.start, mark.end, "direct", cue, speaker)]
        tail = self._cue_after_tail(ctx, open_i, close_i) if close_i is not None else None
        if tail is not None and at_clause_start:
            cue, speaker, comma = tail  # « Nous pensons que … » au retour de l'inflation, a
            end = end_char(ctx.doc, comma)  # déclaré X: the narrator's words finish the quote
            joined = self._joined_marks(ctx, mark, comma)
            if joined:  # « A » mais « B », insiste X: two sentences of X, each a quote
                return [Quote(m.start, m.end, "direct", cue, speaker) for m in [mark, *joined]]
            return [Quote(mark.open, end, "mixed", cue, speaker)]
        before = text[max(mark.open - 300, 0) : mark.open].rstrip(" \t\u00a0\u202f")
        if close_i is not None and answers_a_question(text, mark.open):
            return [self._answer(ctx, mark, previous)]  # Q: … ? R: « … »
        if previous_at >= 0 and text[previous_at] == ":":
            colon = ctx.token_at(previous_at)
            found = self._cue_before(ctx, colon, ctx.sentence_tokens(max(colon - 1, 0))[0])
            if found is not None and found[0] in self.fragment_cues:
                cue = found[2]  # "est revenu sur les matches : « le récital » contre …": mixed
                start, _ = self._complement(ctx, cue.last + 1, open_i, mark)
                end = self._clause_end(ctx, open_i, ctx.sentence_tokens(open_i)[1])
                end = max(end_char(ctx.doc, end), mark.close + 1)
                return [Quote(start, end, "mixed", cue.lemma, found[1])]
            if found is not None:
                return [Quote(mark.start, mark.end, "direct", found[0], found[1])]
            subject = self._clause_subject(ctx, colon)
            if close_i is not None and reads_as_speech(ctx.doc, open_i, close_i):
                if subject is None and self._near_previous(ctx, mark, previous):
                    return [Quote(mark.start, mark.end, "direct", None, None, inherited=True)]
                return [Quote(mark.start, mark.end, "direct", None, subject)]  # Et de poursuivre :
            if subject is not None:  # "Le ministre a été clair : « … »": kept if X is known
                return [
                    Quote(
                        mark.start,
                        mark.end,
                        "direct",
                        None,
                        subject,
                        needs_speaker=True,
                    )
                ]
        source = self._source_before(ctx, open_i, close_i)
        if source is not None:
            return [Quote(mark.start, mark.end, "direct", "selon", source)]
        sentence_start = ctx.sentence_tokens(open_i)[0]
        starts_sentence = open_i <= sentence_start or before == "" or before[-1] in '.!?»”"\n'
        listed = previous and listed_after(
            text, ctx.marks, mark_number(ctx.marks, mark), previous[-1]
        )
        if listed and close_i is not None and reads_as_speech(ctx.doc, open_i, close_i):
            cue, speaker = self._cue_after_row(ctx, mark) or (
                None,
                None,
            )  # « A », « B », a martelé X
            return [Quote(mark.start, mark.end, "direct", cue, speaker)]
        if not starts_sentence:
            source = self._source_after(ctx, close_i) if close_i is not None else None
            if source is not None:  # un bilan « conforme … », selon son directeur, X.
                start = self._clause_start(ctx, sentence_start, open_i)
                return [Quote(start, mark.close + 1, "mixed", "selon", source)]
            fragment = self._fragment(ctx, mark, open_i, sentence_start, previous)
            if not fragment and after is not None and self._spoken_fragment(ctx, mark, open_i):
                cue, speaker = after  # … pourrait être atteint « dès lundi », estiment X.
                start = self._clause_start(ctx, sentence_start, open_i)
                number = mark_number(ctx.marks, mark)
                first = ctx.marks[number - 1] if number > 0 else None
                if (
                    first is not None
                    and first.open == start
                    and text[first.start].isupper()
                    and coordinated(text, first, mark)
                ):
                    # « A », mais « B », insiste X: B goes on A, the speaker's sentence that
                    # opens the clause, so it is the speaker's words, not the narrator's;
                    # the cue after B is A's too
                    _give_cue(previous, first, cue, speaker)
                    return [Quote(mark.start, mark.end, "direct", cue, speaker)]
                return [Quote(start, mark.close + 1, "mixed", cue, speaker)]
            if not fragment and self._inline_statement(ctx, mark, open_i):
                start = ctx.token_at(self._clause_start(ctx, sentence_start, open_i))
                speaker = subject_of(ctx.doc, self.speakers, start, open_i, passive=False)
                return [Quote(mark.start, mark.end, "direct", None, speaker)]
            return fragment
        speech = close_i is not None and reads_as_speech(ctx.doc, open_i, close_i)
        if speech and previous and self._continues(ctx, mark, previous[-1]):
            last = previous[-1]
            return [Quote(mark.start, mark.end, "direct", None, None, last.speaker, True)]
        row = self._cue_after_row(ctx, mark) if close_i is not None else None
        if row is not None:  # « Restez calmes », « … », a martelé X: short words, but said
            return [Quote(mark.start, mark.end, "direct", row[0], row[1])]
        if not speech:
            return []
        return [self._cueless(ctx, mark, open_i, close_i, sentence_start, previous)]

    def _clause_before_comma(
        self, ctx: Context, mark: MarkedSpan, open_i: int, previous_at: int
    ) -> int | None:
        """Where the narrator's clause starts that lower-case marks after a comma end, before
        an inverted cue: the marks go on that clause (its predicate), so the whole clause is
        the reported content and the marks its fragment. None when the marks open their own
        sentence: after a sentence end, another mark, a cue, or in the first person."""
        text = ctx.sentences.text
        if text[previous_at] != "," or not mark.closed or not inside_sentence(ctx, mark):
            return None
        if FIRST_PERSON.search(text, mark.start, mark.end) or not _opens_on_verb(ctx.doc, open_i):
            return None  # 'Sur ce sujet, « il y a du chemin »': a sentence of its own
        sentence_start = ctx.sentence_tokens(open_i)[0]
        start = self._clause_start(ctx, sentence_start, open_i)
        first = ctx.token_at(start)
        if first >= open_i or not text[start].isupper():
            return None
        for k in range(first, open_i):
            if k in ctx.cues or ctx.inside_mark(ctx.doc[k].idx) or ctx.doc[k].text in '«»“”"':
                return None
        return start

    # ---- speakers -------------------------------------------------------------------------

    def _resolve_speakers(self, ctx: Context, quotes: list[Quote]) -> None:
        zones = QuoteZones(Stretches((m.start, m.end) for m in ctx.marks if m.closed))
        cued: Quote | None = None  # the quote of the latest speaker words
        self.speakers.note_named_speakers(
            [q.speaker_span for q in quotes if q.speaker_span is not None], ctx.index
        )
        for quote in quotes:
            if quote.inherited:
                continue
            span = quote.speaker_span
            if span is None:
                continue
            # the reported words name others, not the speaker: "X et Y ont remis au pot, a
            # précisé la société" is not Y speaking
            actor = self.speakers.resolve(ctx.doc, span, ctx.index, zones.with_quote(quote))
            quote.speaker = quote.rule_speaker = actor
            quote.not_speakers = self.speakers.names_not_speaking(span, ctx.index)
            if cued is not None and self.speakers.goes_on_open == cued.speaker_span.end_char:
                quote.follows = cued
            n = ctx.index.number(actor) if actor is not None else None
            quote.rule = rule_kind(
                span,
                actor,
                self.speakers.pronouns,
                lambda t, span=span, n=n: self.speakers.names_speaker(
                    span, t.idx, ctx.index, -1 if n is None else n
                ),
            )
            gender = self.speakers.words_gender(span, actor, ctx.index)
            ctx.index.last_cue = (span.end_char, actor, gender)
            cued = quote
            if actor is not None:
                self.speakers.learn_gender(span, actor, ctx.index)
                ctx.index.last_speaker = actor
                ctx.index.speakers.update(ctx.index.numbers_of(actor))
                start = span.start_char + 1 if span.text.startswith("-") else span.start_char
                if not ctx.index.covering(start, span.end_char):  # "-t-il" -> "il"
                    ctx.index.add_mention(start, span.end_char, actor)
        for k, quote in enumerate(quotes):
            if quote.inherited and k > 0:
                quote.speaker = quote.rule_speaker = quotes[k - 1].speaker
                quote.rule = INHERITED
        quotes[:] = [q for q in quotes if not (q.needs_speaker and q.speaker is None)]
        self.ranking(ctx, quotes, zones.marks)


# Clitics that may stand before the verb of a predicate that lacks its subject.
PREDICATE_CLITICS = frozenset(
    {"se", "s'", "s’", "ne", "n'", "n’", "y", "en", "lui", "leur", "le", "la", "les", "l'", "l’"}
)
# Clitics that only a verb can follow (the others are articles too: "les", "l'").
VERB_CLITICS = frozenset({"se", "s'", "s’", "ne", "n'", "n’", "y"})


def _opens_on_verb(doc: Doc, open_i: int) -> bool:
    """The marked words start with a finite verb (after clitics): a predicate whose subject
    is the narrator's words before the marks ('La pratique du vélo, …, « s'étale … »')."""
    k = open_i + 1
    if k < len(doc) and doc[k].lower_ in VERB_CLITICS:
        return True  # "s'étale", "n'est", "y reste": only a verb follows them
    while k < len(doc) and doc[k].lower_ in PREDICATE_CLITICS:
        k += 1
    return k < len(doc) and doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm")


def _give_cue(previous: list[Quote], first: MarkedSpan, cue: str, speaker: Span | None) -> None:
    """The quote found on the first mark takes the cue that comes after the second one."""
    for quote in reversed(previous):
        if quote.start == first.start and quote.end == first.end:
            if quote.cue is None:
                quote.cue, quote.speaker_span = cue, speaker
                quote.inherited = quote.needs_speaker = False
            return
        if quote.end < first.start:
            return


def _after_announcing_colon(ctx: Context, start: int, close_i: int) -> int:
    """'Le ministre a prévenu : Nous ne céderons pas", a-t-il dit': a cue of the narrator,
    then a colon; the lost mark opened after the colon (the last one of the stretch)."""
    first = ctx.token_at(start)
    for k in range(close_i - 2, first, -1):
        if ctx.doc[k].text == ":":
            if any(j in ctx.cues for j in range(first, k)):
                return ctx.doc[k + 1].idx
            break
    return start


def _cut_before(ctx: Context, quotes: list[Quote], orphans: list[Quote]) -> list[Quote]:
    """A quote found running into the words of an orphan closing mark ends before them: the
    marks it paired belong to the sentence before ('« A. »B », a ajouté X')."""
    text = ctx.sentences.text
    ends = [orphan.end for orphan in orphans]  # disjoint and in text order
    kept = []
    for quote in quotes:
        k = bisect.bisect_right(ends, quote.start)  # the first orphan ending after the start
        while k < len(orphans) and orphans[k].start < quote.end:
            orphan = orphans[k]
            if quote.start < orphan.start < quote.end or quote.start < orphan.end <= quote.end:
                end = orphan.start
                while end > quote.start and text[end - 1] in " \t\u00a0\u202f\n":
                    end -= 1
                quote.end = end
            k += 1
        if any(c.isalnum() for c in text[quote.start : quote.end]):
            kept.append(quote)  # not the bare marks ('"" Il est temps …", conclut-il')
    return kept


def _to_span(doc: Doc, quote: Quote) -> Span | None:
    span = doc.char_span(quote.start, quote.end, alignment_mode="contract")
    if span is None or not span.text.strip():
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not span.text.strip():
        return None
    speaker_span = None
    if quote.speaker_span is not None:
        start, end = quote.speaker_span.start_char, quote.speaker_span.end_char
        if quote.speaker_span.text.startswith("-"):
            start += 1  # "-il" is written "il"
        speaker_span = [start, end]
    span._.quote = {
        "type": quote.type,
        "speaker": quote.speaker.get("name") if quote.speaker else None,
        "speaker_span": speaker_span,
        "cue": quote.cue,
        "fragments": [list(fragment) for fragment in quote.fragments],
    }
    return span
