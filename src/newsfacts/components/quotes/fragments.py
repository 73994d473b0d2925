"""Mixed quotes: marked words inside the narrator's sentence that a cue or a source
reports ("a qualifié la gestion de X de « désastre absolu »", "estime que la reprise
sera « lente »"): the quote spans the whole reported content, the cue's complement to
the end of its clause."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfacts.components.quotes.clauses import voice_of_at
from newsfacts.components.quotes.cueless import (
    reads_as_inline_statement,
)
from newsfacts.components.quotes.cues import Cue
from newsfacts.components.quotes.marks import MarkedSpan
from newsfacts.components.quotes.mixed import inside_sentence
from newsfacts.components.quotes.model import (
    BETWEEN_CUE_AND_QUE,
    CLOSING_MARKS,
    HYPHEN_WORDS,
    MIN_FRAGMENT_WORDS,
    QUE,
    Context,
    Quote,
    dating_word,
    end_char,
    is_dapres,
)


class MixedQuotes:
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
                or self._qualified_object(ctx, open_i, inner)
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
            or dating_word(doc, i, time_words)
        ):
            i += 1  # "demande-t-il", "a-t-elle dénoncé, « … »", "a assuré lundi 16 mars que"
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

    def _widen_fragments(self, ctx: Context, quotes: list[Quote]) -> bool:
        """Marked words that go on the narrator's sentence with no cue of their own (« … »
        joined, or an inline statement) report the whole clause they stand in: "Pour X,
        l'arrivée de Y est une « effraction » qui apparaît comme « … »" is X's view from
        "l'arrivée" on. The clause is the sentence (or its part after a colon or a
        semicolon, or after a fronted "selon X,"/"pour X,") up to the clause end after the
        last mark, or after a relative that makes it someone's view ("le ministère pour qui
        « … »"); a neighbouring quote in the clause keeps the marks alone. True when a quote
        was widened."""
        doc = ctx.doc
        widened = False
        for k, quote in enumerate(quotes):
            if quote.inherited or quote.cue not in (None, "selon") or quote.type == "indirect":
                continue
            left, right = ctx.inside_mark(quote.start), ctx.inside_mark(quote.end - 1)
            if left is None or right is None or not (left.closed and right.closed):
                continue
            if quote.start not in (left.open, left.start) or quote.end not in (
                right.end,
                right.close + 1,
            ):
                continue  # a clause already: the marks are fragments of it
            if not inside_sentence(ctx, left):
                continue
            open_i, close_i = ctx.token_at(left.open), ctx.token_at(right.close)
            sentence_start, sentence_end = ctx.sentence_tokens(open_i)
            start = ctx.token_at(self._clause_start(ctx, sentence_start, open_i))
            start = _after_fronted_source(doc, start, open_i)
            end = self._clause_end(ctx, close_i, sentence_end)
            end = next((j for j in range(close_i + 1, end) if _new_clause(ctx, j, end)), end)
            relative = next(
                (j for j in range(start, open_i) if _relative_source_at(doc, j, open_i)), None
            )
            if relative is not None:  # "X, pour qui « … »": X's view starts after "qui"
                start = relative + 2
            first, stop = doc[start].idx, max(end_char(doc, end), quote.end)
            if _names_speaker_before(quote, first, left.open):  # "Le FBI n'a trouvé « … »":
                after = quote.speaker_span.end  # the clause is what the speaker did or said
                while after < open_i and doc[after].is_punct:
                    after += 1
                first = doc[after].idx
            if quote.end - quote.start >= MARKS_SHARE * (stop - first):
                continue  # the marks are most of the clause: the speaker's words, set in it
            if k > 0 and quotes[k - 1].end > first:
                continue  # another quote in the clause: it is not all this one's
            if k + 1 < len(quotes) and quotes[k + 1].start < stop:
                continue
            if (first, stop) != (quote.start, quote.end):
                quote.start, quote.end, quote.type = min(first, quote.start), stop, "mixed"
                widened = True
        return widened

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


def _names_speaker_before(quote: Quote, first: int, open_char: int) -> bool:
    """The rules found the speaker words in the clause before the marks (its subject): a
    widened quote would hold its own speaker, so it starts after them. Not a source ("selon
    elle"): the clause is then its view; nor a name the ranker chose ("l'arrivée d'Emmanuel
    Macron est une « … »")."""
    span = quote.speaker_span
    if quote.cue is not None or span is None:
        return False
    return first <= span.start_char and span.end_char <= open_char


def _relative_source_at(doc: Doc, k: int, stop: int) -> bool:
    """ "pour qui" / "selon qui" at k, before stop: the speaker's view follows."""
    return k + 1 < stop and doc[k].lower_ in ("pour", "selon") and doc[k + 1].lower_ == "qui"


def _follows_fragment(ctx: Context, previous: list[Quote], open_i: int) -> bool:
    """A fragment coordinated with the mixed quote just before it: the same speaker's words."""
    if not previous or previous[-1].type != "mixed" or previous[-1].cue is None:
        return False
    if previous[-1].end > ctx.doc[open_i].idx:
        return False  # the mark is inside the mixed quote, which spans its whole clause
    between = ctx.doc.char_span(previous[-1].end, ctx.doc[open_i].idx, alignment_mode="expand")
    words = [t.lower_ for t in between or () if not t.is_punct and not t.is_space]
    if between is not None and any(t.i in ctx.cues for t in between):
        return False  # "a défendu « … » et fustigé « … » du chef": a statement of its own
    return between is not None and bool(words) and words[0] in ("et", "ou") and len(words) <= 2


def _predicate_word(doc: Doc, open_i: int, inner: list) -> bool:
    """One quoted word that is what someone judged: "juge « alarmante »", "restait
    « exigeant »", "serait « maintenue »"; not a term: "une « sortie »", "zone « rouge »"."""
    if len(inner) != 1 or open_i == 0:
        return False
    word, before = inner[0], doc[open_i - 1]
    return word.pos_ in ("ADJ", "VERB") and before.pos_ in ("VERB", "AUX")


# The share of its clause above which marked words are a direct quote set in the narrator's
# sentence ('Le FBI n'avait trouvé « aucune preuve … » par d'autres militaires'), not a fragment.
MARKS_SHARE = 0.5
# Words that front a source before the clause it holds a view of ("Pour X, …", "Selon X, …").
FRONTED_SOURCES = frozenset({"pour", "selon", "d'après", "d’après"})
FRONTED_SOURCE_REACH = 10


def _after_fronted_source(doc: Doc, start: int, open_i: int) -> int:
    """The clause after a fronted "selon X," / "pour X," / "d'après X," at start."""
    first = doc[start].lower_
    if start + 1 < open_i and is_dapres(doc, start):
        first = "d'après"
    if first not in FRONTED_SOURCES:
        return start
    for k in range(start + 1, min(open_i, start + FRONTED_SOURCE_REACH)):
        if doc[k].text == ",":
            return k + 1
    return start


NEW_SUBJECT_TAGS = frozenset({"DET", "PRON", "PROPN"})
NEW_CLAUSE_REACH = 5  # words from a comma to the verb of the clause it opens


def _new_clause(ctx: Context, j: int, end: int) -> bool:
    """A comma at j opening a clause of its own, a subject and its finite verb outside marks
    (« … », le commerçant ne peut rien faire): the narrator's next statement."""
    doc = ctx.doc
    if doc[j].text != "," or j + 1 >= end or doc[j + 1].pos_ not in NEW_SUBJECT_TAGS:
        return False
    for k in range(j + 2, min(end, j + 2 + NEW_CLAUSE_REACH)):
        token = doc[k]
        if token.is_punct or ctx.inside_mark(token.idx):
            return False
        if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
            return True
    return False
