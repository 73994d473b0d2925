"""The quote finder: marked quotes first (direct, mixed), then reported clauses (indirect)."""

from __future__ import annotations

import bisect
import itertools

from spacy.tokens import Doc, Span, Token

from newsfacts.components import text_of
from newsfacts.components.entities import load_titles
from newsfacts.components.quotes.clauses import ReportedClauses, voice_of_at
from newsfacts.components.quotes.cueless import (
    first_word_after,
    opens_paragraph,
    reads_as_inline_statement,
    reads_as_speech,
    subject_of,
)
from newsfacts.components.quotes.cues import Cue, CueFinder
from newsfacts.components.quotes.index import QuoteZones, Stretches
from newsfacts.components.quotes.lexicon import QuoteLexicon
from newsfacts.components.quotes.marks import MarkedSpan, find_marked_spans, is_heading
from newsfacts.components.quotes.mixed import absorb_fragments, mark_fragments
from newsfacts.components.quotes.model import (
    BETWEEN_CUE_AND_QUE,
    CLAUSE_OPENERS,
    CLITIC_SUBJECTS,
    CLOSING_MARKS,
    HYPHEN_WORDS,
    MIN_FRAGMENT_WORDS,
    PLAIN_SUBJECTS,
    QUE,
    RELATIVE_SOURCES,
    SAYING,
    SOURCE_WORDS,
    Context,
    Quote,
    cues_starting,
    end_char,
    is_dapres,
    previous_char,
)
from newsfacts.components.quotes.pointers import PointedClauses
from newsfacts.components.quotes.ranking import SpeakerRanking
from newsfacts.components.quotes.rows import (
    INFINITIVE_LEADS,
    INFINITIVE_PREPOSITIONS,
    NOUN_OF_INFINITIVE_WORDS,
    ROW_MAX_MARKS,
    first_of_list,
    infinitive,
    listed_after,
    new_clause_at,
)
from newsfacts.components.quotes.sieve import INHERITED, rule_kind
from newsfacts.components.quotes.sources import SourceRules
from newsfacts.components.quotes.speakers import SpeakerResolver
from newsfacts.components.quotes.text import Sentences


class QuoteFinder(ReportedClauses, PointedClauses, SourceRules):
    def __init__(self, lexicon: QuoteLexicon) -> None:
        self.lexicon = lexicon
        self.find_cues = CueFinder(lexicon)
        self.speakers = SpeakerResolver(lexicon)
        self.not_sources = lexicon.word_set("selon_not_a_source")
        self.naming = lexicon.word_set("naming_words")
        self.exhorting = lexicon.word_set("exhorting_cues")
        self.fragment_cues = lexicon.word_set("fragment_cues")
        self.object_infinitive = dict(lexicon.words.get("object_infinitive_cues", {}))
        self.naming_cues = lexicon.word_set("naming_cues")
        self.labels = lexicon.word_set("label_words")
        self.titles = frozenset(load_titles()) | lexicon.word_set("person_nouns")
        self.aspectual = lexicon.word_set("aspectual_cues")
        self.charge_words = lexicon.word_set("charge_words")
        self.charge_prepositions = lexicon.word_set("charge_prepositions")
        self.attribute_cues = lexicon.word_set("attribute_cues")
        self.ranking = SpeakerRanking(lexicon)  # the last attribution stage

    def __call__(self, doc: Doc) -> Doc:
        quotes: list[Quote] = []
        if any(not token.is_space for token in doc):
            context = self._context(doc)
            quotes = self._marked_quotes(context)
            quotes += self._indirect_quotes(context, quotes)
            quotes = absorb_fragments(_without_lone_words(doc, quotes))
            quotes = _without_overlaps(quotes)
            mark_fragments(quotes, context.marks)
            self._resolve_speakers(context, quotes)
        doc.spans["quotes"] = [s for s in (_to_span(doc, q) for q in quotes) if s is not None]
        return doc

    def _context(self, doc: Doc) -> Context:
        text = text_of(doc)
        marks = find_marked_spans(text)
        return Context(
            doc,
            marks,
            self.find_cues(doc),
            Sentences(text, marks),
            self.speakers.index(doc),
            [token.idx for token in doc],
        )

    # ---- quotes between marks -----------------------------------------------------------
    def _marked_quotes(self, ctx: Context) -> list[Quote]:
        quotes: list[Quote] = []
        for mark in ctx.marks:
            if is_heading(ctx.sentences.text, mark):
                continue  # an intertitle echoing a quote: no speech of its own
            last = quotes[-1] if quotes else None
            if last and last.type == "mixed" and last.start <= mark.open and mark.close < last.end:
                continue  # a further fragment of the reported words just found
            quotes += self._marked_quote(ctx, mark, quotes)
        return quotes

    def _marked_quote(self, ctx: Context, mark: MarkedSpan, previous: list[Quote]) -> list[Quote]:
        open_i = ctx.token_at(mark.open)
        close_i = ctx.token_at(mark.close) if mark.closed else None
        if self._charge(ctx, open_i):
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
            return [Quote(mark.start, mark.end, "direct", cue, speaker)]
        tail = self._cue_after_tail(ctx, open_i, close_i) if close_i is not None else None
        if tail is not None and at_clause_start:
            cue, speaker, comma = tail  # « Nous pensons que … » au retour de l'inflation, a
            end = end_char(ctx.doc, comma)  # déclaré X: the narrator's words finish the quote
            return [Quote(mark.open, end, "mixed", cue, speaker)]
        before = text[max(mark.open - 300, 0) : mark.open].rstrip(" \t\u00a0\u202f")
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
        source = self._source_before(ctx, open_i)
        if source is not None:
            return [Quote(mark.start, mark.end, "direct", "selon", source)]
        sentence_start = ctx.sentence_tokens(open_i)[0]
        starts_sentence = open_i <= sentence_start or before == "" or before[-1] in '.!?»”"\n'
        listed = previous and listed_after(text, previous[-1], mark)
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
        if not speech:
            return []
        row = self._cue_after_row(ctx, mark)
        if row is not None:
            return [Quote(mark.start, mark.end, "direct", row[0], row[1])]
        return [self._cueless(ctx, mark, open_i, close_i, sentence_start, previous)]

    def _cue_after_row(self, ctx: Context, mark: MarkedSpan) -> tuple | None:
        """The cue after the last of marked quotes in a row, « A », « B », a martelé X, that
        this mark opens or goes on; None when the row is this mark alone."""
        text, marks = ctx.sentences.text, ctx.marks
        i = bisect.bisect_left(marks, mark.open, key=lambda m: m.open)
        last = i
        stop = min(len(marks), i + ROW_MAX_MARKS)
        while last + 1 < stop and marks[last].closed and marks[last + 1].closed:
            between = text[marks[last].close + 1 : marks[last + 1].open]
            if between.strip(" \u00a0") != ",":
                break
            last += 1
        if last == i or not marks[last].closed:
            return None
        found = self._cue_after(ctx, ctx.token_at(marks[last].close))
        return found if found is not None and found[0] != "selon" else None

    def _attribute(self, ctx, mark, open_i: int, close_i: int) -> list[Quote] | None:
        """The marked attribute of an attribute cue: "a qualifié la gestion de X de « désastre
        absolu »" (mixed, from the object), "a qualifié de « tardive » la décision …" (mixed,
        to the end of the clause), "la qualifiant de « bien tardive »" and "Qualifiée de
        « honte » par X" (direct). None when no attribute cue governs the marks."""
        doc = ctx.doc
        if open_i == 0 or doc[open_i - 1].lower_ not in ("de", "d'", "d’"):
            return None
        sentence_start, sentence_end = ctx.sentence_tokens(open_i)
        cue = None
        for k in range(open_i - 2, max(sentence_start, open_i - 14) - 1, -1):
            found = ctx.cues.get(k)
            if found is not None:
                cue = found if found.lemma in self.attribute_cues else None
                break
            if doc[k].text in (".", ";", ":", "!", "?") or ctx.inside_mark(doc[k].idx):
                return None
        if cue is None:
            return None
        after = close_i + 1
        if cue.form == "bare":  # a participle: the agent after "par" speaks, if there is one
            if after < sentence_end and doc[after].lower_ == "par":
                agent = self.speakers.phrase_after(doc, after + 1, sentence_end, ctx.index.names)
                if agent is not None:
                    return [Quote(mark.start, mark.end, "direct", cue.lemma, agent)]
            return None
        speaker = self._cue_subject(ctx, cue)
        start = cue.last + 1
        while start < open_i - 1 and doc[start].pos_ == "ADV":
            start += 1  # "a qualifié plus explicitement la gestion …"
        closes = after >= sentence_end or doc[after].is_punct
        if start < open_i - 1:  # the object comes first: it and its attribute
            return [Quote(doc[start].idx, mark.close + 1, "mixed", cue.lemma, speaker)]
        if closes:  # "la qualifiant de « … »": the object is a clitic
            return [Quote(mark.start, mark.end, "direct", cue.lemma, speaker)]
        end = self._clause_end(ctx, open_i, sentence_end)  # the object after its attribute
        return [Quote(doc[open_i - 1].idx, end_char(doc, end), "mixed", cue.lemma, speaker)]

    def _charge(self, ctx: Context, open_i: int) -> bool:
        """An offence named in marks: "condamnée pour « collusion … »", "une enquête ouverte
        pour « violences … »", "relèvent de la « provocation à la haine raciale »": the words
        of the charge, which nobody is reported as saying."""
        doc = ctx.doc
        open_i = first_of_list(ctx, open_i)  # pour « génocide », « incitation … » et « … »
        k = open_i - 1
        while k >= 0 and doc[k].pos_ == "DET":
            k -= 1
        if k < 0 or doc[k].lower_ not in self.charge_prepositions:
            return False
        start, _ = ctx.sentence_tokens(open_i)
        for j in range(k - 1, max(start, k - 16) - 1, -1):
            if doc[j].text in (";", ":") or ctx.inside_mark(doc[j].idx) or j in ctx.cues:
                return False  # "a promis de « mettre fin »": the cue's words
            if doc[j].lower_ in self.charge_words or doc[j].lemma_.lower() in self.charge_words:
                return True
        return False

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

    def _near_previous(self, ctx: Context, mark: MarkedSpan, previous: list[Quote]) -> bool:
        """The previous quote has a speaker and stands in this paragraph or the one before."""
        if not previous or previous[-1].type == "indirect":
            return False
        last = previous[-1]
        if last.speaker_span is None and not last.inherited:
            return False
        paragraphs = ctx.sentences.paragraph
        return paragraphs(mark.open) - paragraphs(last.start) <= 1

    def _split_at_incise(self, ctx, mark, open_i, close_i) -> list[Quote] | None:
        """« Ce n'est pas un adieu, a-t-elle assuré, c'est un au revoir. »: two quotes."""
        doc = ctx.doc
        stop = close_i if close_i is not None else ctx.token_at(mark.end)
        for i in range(open_i + 2, stop - 1):
            if doc[i - 1].text != "," or doc[i].lower_ in PLAIN_SUBJECTS:
                continue  # ", on me propose 180": a clause of the quote, not an incise
            cue = next((c for c in cues_starting(ctx, i) if c.form == "finite"), None)
            if cue is None:
                continue
            speaker = self._inverted_subject(ctx, cue, stop)
            if speaker is None:
                continue
            end = speaker.end if cue.pronoun is None or speaker.end > cue.last else cue.last + 1
            end = _incise_end(doc, end, min(stop, end + 10))  # ", a-t-il expliqué à l'AFP,"
            if end is None:
                continue
            first = Quote(mark.start, doc[i - 1].idx, "direct", cue.lemma, speaker)
            second_start = doc[end + 1].idx if end + 1 < stop else mark.end
            quotes = [first]
            if second_start < mark.end:
                quotes.append(Quote(second_start, mark.end, "direct", cue.lemma, speaker))
            return quotes
        return None

    def _cue_after(self, ctx: Context, close_i: int) -> tuple[str, Span | None] | None:
        """», a tweeté le président américain / », a-t-il ajouté / », selon X."""
        doc = ctx.doc
        i = close_i + 1
        if i < len(doc) and doc[i].text == ",":
            i += 1
        elif not (close_i > 0 and doc[close_i - 1].text[-1:] in "?!…"):
            return None  # « … » a annoncé X: the quote is the subject or object, not speech
        if i >= len(doc):
            return None
        _, sentence_end = ctx.sentence_tokens(min(i, len(doc) - 1))
        candidates = cues_starting(ctx, i)
        if not candidates:
            found = (self.find_cues.at(ctx.doc, k) for k in range(i, min(i + 4, len(doc))))
            candidates = [cue for cue in found if cue is not None]
        for cue in candidates:
            if cue.first != i or cue.form != "finite":
                continue  # "», mais a prévenu que …" is a new statement, not this quote's cue
            speaker = self._inverted_subject(ctx, cue, max(sentence_end, i + 1))
            if speaker is not None and speaker[0].lower_ in QUE:
                continue
            return cue.lemma, speaker
        if doc[i].lower_ in SOURCE_WORDS or (doc[i].lower_ in ("d'", "d’") and is_dapres(doc, i)):
            start = i + 1 if doc[i].lower_ == "selon" else i + 2
            return "selon", self._source_phrase(ctx, start, sentence_end)
        return None

    def _cue_after_tail(self, ctx: Context, open_i: int, close_i: int) -> tuple | None:
        """A quote that the narrator's words finish before the cue: « … » au retour de
        l'inflation vers l'objectif, a déclaré X (mixed, marks and words up to the comma, which
        is returned with the cue and speaker). Only verbless words may stand between."""
        doc = ctx.doc
        if not any(t.pos_ in ("VERB", "AUX") for t in doc[open_i:close_i]):
            return None  # « Les Misérables » en version longue, a annoncé …: a title
        _, sentence_end = ctx.sentence_tokens(close_i)
        for k in range(close_i + 2, min(close_i + 14, sentence_end)):
            token = doc[k]
            if token.text == ",":
                found = self._cue_after(ctx, k - 1)
                return (*found, k) if found is not None and found[0] != "selon" else None
            if token.pos_ in ("VERB", "AUX") or token.is_punct or token.is_space:
                return None
        return None

    def _inverted_subject(self, ctx: Context, cue: Cue, stop: int) -> Span | None:
        if cue.pronoun is not None:
            return ctx.doc[cue.pronoun : cue.pronoun + 1]
        next_open = ctx.mark_index.first_open_after(ctx.doc[cue.last].idx)
        if next_open is not None:
            stop = min(stop, ctx.token_at(next_open))
        return self.speakers.phrase_after(ctx.doc, cue.last + 1, stop, ctx.index.names)

    def _cue_before(self, ctx: Context, end_i: int, start_i: int):
        """The last reporting verb of a clause, with its subject: "X a déclaré : « … »"."""
        for verb in range(end_i - 1, start_i - 1, -1):
            cue = ctx.cues.get(verb)
            if cue is None or ctx.inside_mark(ctx.doc[verb].idx):
                continue
            if cue.form == "bare":
                continue
            return cue.lemma, self._cue_subject(ctx, cue), cue
        return None

    def _cue_subject(self, ctx: Context, cue: Cue) -> Span | None:
        if cue.pronoun is not None:
            return ctx.doc[cue.pronoun : cue.pronoun + 1]
        doc = ctx.doc
        verb = doc[cue.verb]
        sentence_start, sentence_end = ctx.sentence_tokens(cue.verb)
        if cue.first > 0 and doc[cue.first - 1].lower_ in ("et", "puis", "mais"):
            previous = self._previous_cue(ctx, cue, sentence_start)
            if previous is not None:  # "X a répondu que … et a ironisé sur …"
                return self._cue_subject(ctx, previous)
        voice = self._voice_of(ctx, cue, sentence_end)
        if voice is not None:
            return voice
        if cue.first > 0 and doc[cue.first - 1].lower_ in CLITIC_SUBJECTS:
            return doc[cue.first - 1 : cue.first]  # "qu'elle juge « … »": the parse may miss it
        if cue.form == "gerund" and cue.first > 0 and doc[cue.first - 1].text == ",":
            previous = self._previous_cue(ctx, cue, sentence_start)
            if previous is not None:  # "», a lancé X, appelant …": the gerund shares X
                return self._cue_subject_or_inverted(ctx, previous)
        subject = self.speakers.subject_before(doc, verb, cue.first)
        if subject is not None and subject.start > cue.verb:
            subject = None  # a verb the tagger took for a noun gets a parse to match
        if subject is not None:
            return self._with_apposed_name(ctx, subject, cue)
        if cue.form == "gerund":  # "…, promettant « … »": the subject of the sentence
            for k in range(sentence_start, cue.first):
                if any(c.dep_ == "nsubj" for c in doc[k].children):
                    return self.speakers.subject_before(doc, doc[k], k)
        adjacent = self.speakers.phrase_before(doc, cue.first, sentence_start)
        if adjacent is not None:
            return adjacent
        if cue.first > 0 and doc[cue.first - 1].text == ",":
            return self.speakers.phrase_after(doc, cue.last + 1, sentence_end, ctx.index.names)
        return None

    def _cue_subject_or_inverted(self, ctx: Context, cue: Cue) -> Span | None:
        """The subject of a cue, inverted after a quote ("», a lancé X") or not."""
        doc = ctx.doc
        j = cue.first - 1
        if j >= 0 and doc[j].text == ",":
            j -= 1
        if j >= 0 and doc[j].text in CLOSING_MARKS and cue.form == "finite":
            _, sentence_end = ctx.sentence_tokens(cue.verb)
            return self._inverted_subject(ctx, cue, self._gerund_after(ctx, cue, sentence_end))
        return self._cue_subject(ctx, cue)

    def _gerund_after(self, ctx: Context, cue: Cue, stop: int) -> int:
        """Where a gerund clause starts after an inverted subject ("a lancé X, appelant")."""
        for k in range(cue.last + 1, stop):
            found = ctx.cues.get(k)
            if found is not None and found.form == "gerund":
                return k
        return stop

    def _voice_of(self, ctx: Context, cue: Cue, stop: int) -> Span | None:
        """ "a dénoncé, par la voix de son orateur, X": the spokesperson speaks."""
        doc = ctx.doc
        for i in range(cue.last + 1, min(stop - 3, cue.last + 12)):  # "a fait part de sa « … »
            words = [t.lower_ for t in doc[i : i + 4]]  # par la voix de"
            if words[:3] == ["par", "la", "voix"] and words[3] in (
                "de",
                "d'",
                "d’",
                "du",
                "des",
            ):
                return self.speakers.phrase_after(doc, i + 4, stop, ctx.index.names)
            if doc[i].pos_ in ("VERB", "AUX") or doc[i].text in (".", ";", ":"):
                break
        return None

    def _with_apposed_name(self, ctx: Context, subject: Span, cue: Cue) -> Span:
        """ "Auteur de l'égalisation, le défenseur X, a estimé": the name is in apposition."""
        doc = ctx.doc
        if subject.end >= cue.first or doc[subject.end].text != ",":
            return subject
        if any(t.pos_ in ("PROPN", "PRON") or t.ent_type_ for t in subject):
            return subject
        end = self.speakers.apposition_end(doc, subject.end + 1, cue.first, ctx.index.names)
        if end > subject.end + 1 and any(t.pos_ == "PROPN" for t in doc[subject.end : end]):
            return doc[subject.start : end]
        return subject

    def _clause_subject(self, ctx: Context, colon: int) -> Span | None:
        """The subject of the clause that a colon ends, when no reporting verb is there."""
        doc = ctx.doc
        start, _ = ctx.sentence_tokens(max(colon - 1, 0))
        for k in range(start, colon):
            token = doc[k]
            if any(c.dep_ == "nsubj" and c.i < token.i for c in token.children):
                subject = self.speakers.subject_before(doc, token, k)
                if (
                    subject is not None
                    and subject.start >= start
                    and subject[0].lower_
                    not in (
                        "ce",
                        "c'",
                        "il",
                        "cela",
                        "ça",
                    )
                ):
                    return subject
                return None
        return None

    def _previous_cue(self, ctx: Context, cue: Cue, sentence_start: int) -> Cue | None:
        for k in range(cue.first - 1, sentence_start - 1, -1):
            found = ctx.cues.get(k)
            if found is not None and found.form != "bare" and not ctx.inside_mark(ctx.doc[k].idx):
                return found
        return None

    def _source_before(self, ctx: Context, open_i: int) -> Span | None:
        """ "Selon X, « … »", "Pour l'économiste X, « … »", "selon laquelle « … »"."""
        doc = ctx.doc
        start, _ = ctx.sentence_tokens(open_i)
        j = open_i - 1
        if j >= 0 and doc[j].text == ",":
            j -= 1
        if j >= 0 and doc[j].lower_ in RELATIVE_SOURCES and j > 0 and doc[j - 1].lower_ == "selon":
            return doc[j : j + 1]
        for k in range(j, max(start - 1, j - 14), -1):
            lower = doc[k].lower_
            dapres = lower == "après" and k > 0 and is_dapres(doc, k - 1)
            if lower in ("selon", "pour") or dapres:
                if lower == "pour" and k != start:
                    return None
                phrase = doc[k + 1 : j + 1]
                if lower == "pour" and _clause_after_comma(phrase):
                    return None  # "Pour X, le festival « … »": a fragment of a clause
                if phrase and not self._not_a_source(phrase):
                    return phrase
                return None
            if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (".", ";", ":"):
                return None
        return None

    def _fragment(self, ctx, mark, open_i, sentence_start, previous) -> list[Quote]:
        """A quoted fragment inside a reported sentence: mixed, with the cue before it."""
        doc = ctx.doc
        if not mark.closed:
            return []
        inner = [t for t in doc[open_i + 1 : ctx.token_at(mark.close)] if t.is_alpha or t.is_digit]
        one_name = len(inner) == 1 and inner[0].is_title  # 'Prêt à tout, "Poub" l'était'
        if previous and previous[-1].cue and self._same_incise(ctx, previous[-1], open_i):
            last = previous[-1]
            if not one_name:
                return [Quote(mark.start, mark.end, "direct", last.cue, last.speaker_span)]
        judged = open_i - 1 in ctx.cues  # "juge « alarmante »", whatever the tagger made of "juge"
        if not inner or (
            len(inner) < MIN_FRAGMENT_WORDS
            and not (
                judged
                or _predicate_word(doc, open_i, inner)
                or self._judging_word(inner)
                or self._governed_noun(ctx, open_i, inner)
            )
        ):
            return []
        if _follows_fragment(ctx, previous, open_i):  # « une atteinte » et une « usine à gaz »
            last = previous[-1]
            return [Quote(mark.start, mark.end, "mixed", last.cue, last.speaker_span)]
        if self._is_term(doc, open_i, inner, governed=self._object_of_cue(ctx, open_i)):
            return []
        for k in range(open_i - 1, sentence_start - 1, -1):
            if ctx.inside_mark(doc[k].idx):
                continue
            cue = ctx.cues.get(k)
            if cue is not None and cue.form != "bare":
                if self._inverted_cue(ctx, cue):
                    return self._after_inverted_cue(
                        ctx, cue, mark, open_i, judged and len(inner) == 1
                    )
                start, end = self._complement(ctx, cue.last + 1, open_i, mark)
                return [Quote(start, end, "mixed", cue.lemma, self._cue_subject(ctx, cue))]
            pour = doc[k].lower_ == "pour" and self._pour_source(ctx, k) is not None
            if (
                doc[k].lower_ == "selon"
                or pour
                or (doc[k].lower_ == "après" and is_dapres(doc, k - 1))
            ):
                end = k + 1
                while end < open_i and doc[end].text != ",":
                    end += 1
                phrase = doc[k + 1 : end]
                if phrase and not self._not_a_source(phrase):
                    start, stop = self._complement(ctx, end + 1, open_i, mark)
                    return [Quote(start, stop, "mixed", "selon", phrase)]
        return []

    def _after_inverted_cue(self, ctx, cue: Cue, mark, open_i: int, judged: bool) -> list[Quote]:
        """Marked words after an inverted cue: in its subject ("», confiait le comédien, absent
        depuis « Holy Motors »") they are no one's words, but for a word the cue judges
        ('», soupire « attristé » ce Grec'); after the subject and a comma, a verb or a
        conjunction goes on with the speaker's sentence ('« … », note l'expert, a créé
        « un patchwork d'efforts »', '…, affirme X, car « … »')."""
        doc = ctx.doc
        subject = self._inverted_subject(ctx, cue, open_i)
        goes_on = subject is not None and subject.end + 1 < open_i and doc[subject.end].text == ","
        following = doc[subject.end + 1] if goes_on else None
        if following is not None and (
            following.pos_ in ("AUX", "CCONJ", "SCONJ")
            or (following.pos_ == "VERB" and "Fin" in following.morph.get("VerbForm"))
        ):
            start, end = self._complement(ctx, subject.end + 1, open_i, mark)
            return [Quote(start, end, "mixed", cue.lemma, subject)]
        stretch = range(cue.last + 1, open_i)
        relative = next((k for k in stretch if _relative_source_at(doc, k, open_i)), None)
        if subject is not None and relative is not None:  # "X, pour qui ces « … »": X's view
            if subject.end > relative:
                subject = doc[
                    subject.start : relative - 1 if doc[relative - 1].text == "," else relative
                ]
            start, end = self._complement(ctx, relative + 2, open_i, mark)
            return [Quote(start, end, "mixed", "selon", subject)]
        if judged:
            return [Quote(mark.start, mark.end, "direct", None, None)]
        return []

    def _inverted_cue(self, ctx: Context, cue: Cue) -> bool:
        """A cue whose subject follows it, after a quote ("« … », lance X") or a reported
        clause ("X a été mis en examen, rapporte le « Midi Libre »"): what follows it
        designates the speaker, it is no reported content."""
        doc = ctx.doc
        comma = cue.first - 1
        if comma < 1 or doc[comma].text != "," or cue.form != "finite" or cue.pronoun is not None:
            return False
        if doc[comma - 1].text in CLOSING_MARKS or doc[comma - 1].text in ("?", "!"):
            return True
        return self._clause_before_inverted_cue(ctx, cue) is not None

    def _complement(self, ctx: Context, i: int, open_i: int, mark: MarkedSpan) -> tuple[int, int]:
        """The reported words a fragment belongs to: from token i, after the cue (or the
        source), to the end of the clause, marks included ("demande des policiers en plus,
        « à quelques jours du Brexit »")."""
        doc = ctx.doc
        _, sentence_end = ctx.sentence_tokens(open_i)
        time_words = self.speakers.time_words
        while i < open_i and (
            doc[i].lower_ in HYPHEN_WORDS
            or doc[i].text == ","
            or doc[i].pos_ == "ADV"
            or doc[i].lower_ in time_words
        ):
            i += 1  # "demande-t-il", "a-t-elle dénoncé, « … »", "a assuré vendredi que"
        for k in range(i, min(open_i, i + 8)):  # "a indiqué dans un communiqué qu'il …"
            if doc[k].lower_ in QUE:
                i = k + 1
                break
            if doc[k].pos_ not in BETWEEN_CUE_AND_QUE or doc[k].is_punct:
                break
        if voice_of_at(doc, i):  # "dénonçant par la voix de son président, X, une « … »"
            comma = next((k for k in range(open_i - 1, i, -1) if doc[k].text == ","), None)
            i = comma + 1 if comma is not None else i
        i = min(i, open_i)
        end = self._clause_end(ctx, i, sentence_end)
        stop = max(end_char(doc, end) if end > i else 0, mark.close + 1)
        if i == open_i and stop <= mark.close + 1:
            return mark.start, mark.end  # nothing but the marked words
        return doc[i].idx, stop

    def _clause_start(self, ctx: Context, sentence_start: int, open_i: int) -> int:
        """Where the narrator's clause holding a fragment starts: the sentence or its last
        part after a colon or a semicolon."""
        doc = ctx.doc
        start = sentence_start
        for k in range(open_i - 1, sentence_start - 1, -1):
            if doc[k].text in (":", ";"):
                start = k + 1
                break
        return doc[start].idx

    def _source_after(self, ctx: Context, close_i: int) -> Span | None:
        """ "…, selon X." closing the clause of a quoted fragment, with no cue in between."""
        doc = ctx.doc
        _, sentence_end = ctx.sentence_tokens(close_i)
        for k in range(close_i + 1, min(sentence_end, close_i + 15)):
            if k in ctx.cues or doc[k].text in ("«", "“", ";", ":") or ctx.inside_mark(doc[k].idx):
                return None
            in_eyes = _in_the_eyes_of(doc, k)  # « … » aux yeux de X
            if in_eyes or (doc[k].lower_ == "selon" and doc[k - 1].text == ","):
                phrase = self._source_phrase(ctx, k + in_eyes + 1, sentence_end)
                if phrase is not None and not self._not_a_source(phrase):
                    end = phrase.end
                    goes_on = end < sentence_end and doc[end].text not in (".", "!", "?")
                    if goes_on and not new_clause_at(doc, end, sentence_end):
                        return None  # the "selon" clause goes on: it reports something else
                    return phrase
                return None
        return None

    def _spoken_fragment(self, ctx: Context, mark: MarkedSpan, open_i: int) -> bool:
        doc = ctx.doc
        if not mark.closed:
            return False
        inner = [t for t in doc[open_i + 1 : ctx.token_at(mark.close)] if t.is_alpha or t.is_digit]
        return len(inner) >= MIN_FRAGMENT_WORDS and not self._is_term(doc, open_i, inner)

    def _inline_statement(self, ctx: Context, mark: MarkedSpan, open_i: int) -> bool:
        """Someone's words quoted inside the narrator's sentence with no cue: a quote whose
        speaker the text does not say."""
        if not mark.closed:
            return False
        close_i = ctx.token_at(mark.close)
        if not reads_as_inline_statement(ctx.doc, open_i, close_i):
            return False
        inner = [t for t in ctx.doc[open_i + 1 : close_i] if t.is_alpha or t.is_digit]
        return not self._is_term(ctx.doc, open_i, inner)

    def _same_incise(self, ctx: Context, last: Quote, open_i: int) -> bool:
        """« A », a-t-il averti, « B »: the second part goes with the first one's cue."""
        doc = ctx.doc
        j = open_i - 1
        if j < 0 or doc[j].text != ",":
            return False
        previous_end = ctx.token_at(last.end)
        between = doc[previous_end:j]
        return len(between) <= 12 and not any(t.text in ".;:" for t in between)

    def _judging_word(self, inner: list[Token]) -> bool:
        """One quoted adjective or adverb, the speaker's own judgment when a cue reports it:
        "jugeant la peine « disproportionnée »", "se redresser « progressivement »"."""
        word = inner[0]
        if len(inner) != 1 or word.lower_ in self.labels or not word.is_lower:
            return False
        return word.pos_ in ("ADJ", "ADV") or "Part" in word.morph.get("VerbForm")

    def _governed_noun(self, ctx: Context, open_i: int, inner: list[Token]) -> bool:
        """One common noun that a reporting verb takes as object: "reconnaissaient une
        « fatigue » croissante", "a dénoncé une « trahison »" (not after announcing cues)."""
        word = inner[0]
        return (
            word.pos_ == "NOUN"
            and word.is_lower
            and self._object_of_cue(ctx, open_i)  # "évoquant son « engagement »"
        )

    def _object_of_cue(self, ctx: Context, open_i: int) -> bool:
        """Whether the marks open the object of a reporting verb just before them: "s'est
        félicitée d'un « accord historique »", "a dénoncé une « trahison pure et simple »"."""
        doc = ctx.doc
        for k in range(open_i - 1, max(open_i - 5, -1), -1):
            if self._speaking_cue_at(ctx, k):
                return True
            if (ctx.cues.get(k) or ctx.cues_by_last.get(k)) is not None:
                return False
            if infinitive(doc[k]):
                return self._infinitive_of_cue(ctx, k)
            if doc[k].pos_ not in ("DET", "ADP", "ADV") or doc[k].is_punct:
                return False
        return False

    def _speaking_cue_at(self, ctx: Context, k: int) -> bool:
        """A cue ends at k (by its verb, or by the end of a locution: "a fait part") whose
        object is the speaker's words, not a name."""
        cue = ctx.cues.get(k) or ctx.cues_by_last.get(k)
        return cue is not None and cue.form != "bare" and cue.lemma not in self.naming_cues

    def _infinitive_of_cue(self, ctx: Context, k: int) -> bool:
        """The infinitive at k completes a cue, directly or through the noun of its object:
        "a dit son intention d'éviter les « … »", "a promis de mettre fin aux « … »"."""
        doc = ctx.doc
        j = k - 1
        while j >= 0 and doc[j].lower_ in INFINITIVE_LEADS:
            j -= 1  # "de ne pas", "de les"
        if j < 0 or doc[j].lower_ not in INFINITIVE_PREPOSITIONS:
            return False
        j -= 1
        if self._speaking_cue_at(ctx, j):
            return True
        noun = j
        while j >= 0 and noun - j < NOUN_OF_INFINITIVE_WORDS and doc[j].pos_ in ("NOUN", "ADJ"):
            j -= 1
        if j == noun or j < 0 or doc[j].pos_ != "DET":
            return False
        return self._speaking_cue_at(ctx, j - 1)

    def _is_term(self, doc: Doc, open_i: int, inner, governed: bool = False) -> bool:
        """A name, a title or a term between marks, not speech: la « Scuderia », le programme
        “Air pur pour tous”, la sonde baptisée «Horizon bleu», des “zones à faibles émissions”
        (unless a reporting verb governs them: "a dénoncé des « zones de non-droit »")."""
        before = doc[open_i - 1] if open_i > 0 else None
        if before is None:
            return False
        if self._exhorted(doc, before, inner):
            return False  # "a appelé « toutes les parties » à …": called on, not named
        if before.pos_ == "NOUN" and self._judging_word(inner):
            return False  # "un projet « surdimensionné »": a judgment on the project
        if (before.lower_ in self.naming and before.lower_ not in SAYING) or (
            before.lower_ in ("de", "d'", "d’")
            and open_i > 1
            and doc[open_i - 2].lower_ in self.naming
        ):
            return True
        speechlike = any(t.pos_ in ("VERB", "AUX") for t in inner) or inner[0].lower_ in (
            "ne",
            "n'",
            "n’",
        )
        if speechlike:
            return False
        if before.pos_ in ("NOUN", "PROPN", "ADJ", "ADP") and inner[0].is_title:
            return True  # "pour « Les Heures immobiles »", "l'opération « Barkhane »"
        return before.pos_ == "DET" and len(inner) <= 4 and not governed

    def _exhorted(self, doc: Doc, before: Token, inner: list) -> bool:
        after = inner[-1].i + 2  # the word after the closing mark
        if after >= len(doc) or doc[after].lower_ not in ("à", "au", "aux"):
            return False
        entries = self.lexicon.entries_for(before.lower_, "")
        return any(entry.cue in self.exhorting for entry in entries)

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

    # ---- speakers -------------------------------------------------------------------------
    def _resolve_speakers(self, ctx: Context, quotes: list[Quote]) -> None:
        zones = QuoteZones(Stretches((m.start, m.end) for m in ctx.marks if m.closed))
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
            quote.rule = rule_kind(span, actor, self.speakers.pronouns)
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


def _clause_after_comma(phrase: Span) -> bool:
    """Words after the last comma that are not a name in apposition ("la présidente, X")."""
    commas = [t.i for t in phrase if t.text == ","]
    if not commas:
        return False
    after = phrase.doc[commas[-1] + 1 : phrase.end]
    return not all(t.pos_ == "PROPN" or t.ent_type_ in ("PER", "ORG") for t in after)


def _without_lone_words(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """One marked word inside a reported clause ("qu'ils avaient « sciemment » favorisé")
    leaves the clause standing: the clause says more than the word."""
    clauses = sorted((q.start, q.end) for q in quotes if q.type == "indirect")
    starts = [start for start, _ in clauses]
    furthest = list(itertools.accumulate((end for _, end in clauses), max))

    def inside(
        quote: Quote,
    ) -> bool:  # a clause starting at or before it reaches its end
        i = bisect.bisect_right(starts, quote.start) - 1
        return i >= 0 and furthest[i] >= quote.end

    def lone_word(quote: Quote) -> bool:
        return quote.type == "mixed" and _one_word(doc, quote) and inside(quote)

    return [q for q in quotes if not lone_word(q)]


def _one_word(doc: Doc, quote: Quote) -> bool:
    return " " not in text_of(doc)[quote.start : quote.end].strip()


def _relative_source_at(doc: Doc, k: int, stop: int) -> bool:
    """ "pour qui" / "selon qui" at k, before stop: the speaker's view follows."""
    return k + 1 < stop and doc[k].lower_ in ("pour", "selon") and doc[k + 1].lower_ == "qui"


def _in_the_eyes_of(doc: Doc, k: int) -> int:
    """How many words "aux yeux de" takes at k after the first ("aux yeux de X"), or 0."""
    words = [t.lower_ for t in doc[k : k + 3]]
    return (
        2 if words[:2] == ["aux", "yeux"] and words[2:] in (["de"], ["d'"], ["d’"], ["du"]) else 0
    )


def _follows_fragment(ctx: Context, previous: list[Quote], open_i: int) -> bool:
    """A fragment coordinated with the mixed quote just before it: the same speaker's words."""
    if not previous or previous[-1].type != "mixed" or previous[-1].cue is None:
        return False
    if previous[-1].end > ctx.doc[open_i].idx:
        return False  # the mark is inside the mixed quote, which spans its whole clause
    between = ctx.doc.char_span(previous[-1].end, ctx.doc[open_i].idx, alignment_mode="expand")
    words = [t.lower_ for t in between or () if not t.is_punct and not t.is_space]
    return between is not None and bool(words) and words[0] in ("et", "ou") and len(words) <= 2


def _predicate_word(doc: Doc, open_i: int, inner: list) -> bool:
    """One quoted word that is what someone judged: "juge « alarmante »", "restait
    « exigeant »", "serait « maintenue »"; not a term: "une « sortie »", "zone « rouge »"."""
    if len(inner) != 1 or open_i == 0:
        return False
    word, before = inner[0], doc[open_i - 1]
    return word.pos_ in ("ADJ", "VERB") and before.pos_ in ("VERB", "AUX")


def _incise_end(doc: Doc, i: int, stop: int) -> int | None:
    """The punctuation that closes an incise, if only adjuncts come before it."""
    for k in range(i, stop):
        if doc[k].text in (",", ".", ";", "!", "?"):
            return k
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in '«»“”"':
            return None
    return None


def _without_overlaps(quotes: list[Quote]) -> list[Quote]:
    """Marked quotes win over reported clauses that overlap them; one quote per stretch of text,
    but for a source's report that holds whole quotes of others ("Selon X, Y a qualifié … de
    « … »": X reports what Y said)."""
    kept = _disjoint([q for q in quotes if not q.wraps])
    starts = [q.start for q in kept]
    wrapping: list[Quote] = []
    for quote in sorted((q for q in quotes if q.cue == "selon"), key=lambda q: q.start):
        if quote in kept or (wrapping and wrapping[-1].end > quote.start):
            continue
        i = bisect.bisect_left(starts, quote.start)
        if i > 0 and kept[i - 1].end > quote.start:
            continue  # a quote starting before it runs into it
        inside = kept[i : bisect.bisect_left(starts, quote.end)]
        if inside and all(q.end <= quote.end and q.cue not in (None, "selon") for q in inside):
            wrapping.append(quote)
    return sorted(kept + wrapping, key=lambda q: (q.start, -q.end))


def _disjoint(quotes: list[Quote]) -> list[Quote]:
    kept: list[Quote] = []  # never overlapping, so sorted by start and by end alike
    starts: list[int] = []
    for quote in sorted(quotes, key=lambda q: (q.type == "indirect", q.start)):
        if quote.end <= quote.start:
            continue
        i = bisect.bisect_left(starts, quote.start)
        if i > 0 and kept[i - 1].end > quote.start:
            continue
        if i < len(kept) and kept[i].start < quote.end:
            continue
        kept.insert(i, quote)
        starts.insert(i, quote.start)
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
