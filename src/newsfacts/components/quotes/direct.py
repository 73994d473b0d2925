"""Direct quotes: the cue or the source around whole marked words. After the marks
(« … », a déclaré X / « … », selon X), on the narrator's words that finish them
(« … » au retour de l'inflation, a déclaré X), after the last of marks in a row
(« A », « B », a martelé X), inside them at an incise (« A, a-t-elle assuré, B »), and
before them (X a déclaré : « … » / Selon X, « … »)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newsfacts.components.lemmas import lemma
from newsfacts.components.quotes.cueless import IMPERSONAL_VERBS, reads_as_speech
from newsfacts.components.quotes.cues import ELIDED_DE, OBJECT_CLITICS, Cue
from newsfacts.components.quotes.marks import MarkedSpan
from newsfacts.components.quotes.model import (
    COORDINATIONS,
    PLAIN_SUBJECTS,
    QUE,
    RELATIVE_SOURCES,
    SOURCE_WORDS,
    Context,
    Quote,
    cues_starting,
    is_dapres,
)
from newsfacts.components.quotes.rows import mark_number, new_clause_at, row_end

# Words between a quote's closing mark and the comma before its cue (« … » au retour de
# l'inflation, a déclaré X), and more when the narrator goes on with a verb phrase coordinated
# with the quote (« … » et ne mesurent pas les dommages du confinement, estime-t-il).
TAIL_WORDS = 14
COORDINATED_TAIL_WORDS = 30
# Words a quote needs for a cue right after it with no comma to be its own (« … » a dit X)
BARE_MIN_WORDS = 6
# Inverted subject clitics of an incise (3rd person: "-on" also asks questions).
INVERTED_CLITICS = frozenset({"-il", "-elle", "-ils", "-elles"})
EUPHONIC_T = frozenset({"-t", "t", "-t-"})
# What may open the words that qualify an incise's speaker before the period that closes it.
SPEAKER_QUALIFIERS = frozenset({"qui", "dont", "avant", "après", "en"})


class DirectQuotes:
    def _split_at_incise(self, ctx, mark, open_i, close_i) -> list[Quote] | None:
        """« Ce n'est pas un adieu, a-t-elle assuré, c'est un au revoir. »: two quotes."""
        doc = ctx.doc
        stop = close_i if close_i is not None else ctx.token_at(mark.end)
        for i in range(open_i + 2, stop - 1):
            if doc[i - 1].text != "," or doc[i].lower_ in PLAIN_SUBJECTS:
                continue  # ", on me propose 180": a clause of the quote, not an incise
            if doc[i].lower_ == "selon":
                split = self._split_at_source(ctx, mark, open_i, i, stop)
                if split is not None:
                    return split
                continue
            cue = next((c for c in cues_starting(ctx, i) if c.form == "finite"), None)
            unknown_verb = cue is None
            if unknown_verb:
                cue = _inverted_clitic(doc, i, stop)  # « …, a-t-il développé. … »
            if cue is None:
                continue
            speaker = self._inverted_subject(ctx, cue, stop)
            if speaker is None:
                continue
            end = speaker.end if cue.pronoun is None or speaker.end > cue.last else cue.last + 1
            incise_end = _incise_end(doc, end, min(stop, end + 10))  # ", a-t-il dit à l'AFP,"
            # "…, explique X, qui anime des ateliers. Elles font …": the incise ends the
            # sentence of words that read as speech, and the marks go on after it
            if incise_end is None and mark.closed and reads_as_speech(doc, open_i, i - 1):
                incise_end = _sentence_after_speaker(doc, end, min(stop, end + TAIL_WORDS))
            end = incise_end
            if end is None or (unknown_verb and (doc[end].text == "?" or end + 1 >= stop)):
                continue  # « Les prix, augmentent-ils vraiment ? »: a question, not an incise
            first = Quote(mark.start, doc[i - 1].idx, "direct", cue.lemma, speaker)
            second_start = doc[end + 1].idx if end + 1 < stop else mark.end
            quotes = [first]
            if second_start < mark.end:
                quotes.append(Quote(second_start, mark.end, "direct", cue.lemma, speaker))
            return quotes
        return None

    def _split_at_source(self, ctx, mark, open_i: int, i: int, stop: int) -> list[Quote] | None:
        """« Les fonctionnaires ont découvert que …, selon une source proche de l'enquête,
        citée par Le Parisien. C'était une manière de … »: the narrator's "selon X" closes a
        sentence inside marks left open around it; the words on either side are X's."""
        doc = ctx.doc
        if not mark.closed or not reads_as_speech(doc, open_i, i - 1):
            return None
        source = self._source_phrase(ctx, i + 1, stop)
        if not source or self._not_a_source(source):
            return None
        anonymous = any(lemma(t).lower() in self.speakers.anonymous for t in source)
        if not anonymous and not self._someone(source):  # "selon une autre source"
            return None
        end = _source_sentence_end(doc, source.end, min(stop, source.end + TAIL_WORDS))
        if end is None:
            return None
        return [
            Quote(mark.start, doc[i - 1].idx, "direct", "selon", source),
            Quote(doc[end + 1].idx, mark.end, "direct", "selon", source),
        ]

    def _cue_after(self, ctx: Context, close_i: int) -> tuple[str, Span | None] | None:
        """», a tweeté le président américain / », a-t-il ajouté / », selon X."""
        doc = ctx.doc
        i = close_i + 1
        bare = False  # no comma: « … » a confié le directeur X
        if i < len(doc) and doc[i].text == ",":
            i += 1
        elif not (close_i > 0 and doc[close_i - 1].text[-1:] in "?!…"):
            bare = True
        if i >= len(doc):
            return None
        _, sentence_end = ctx.sentence_tokens(min(i, len(doc) - 1))
        candidates = cues_starting(ctx, i)
        if not candidates:
            found = (self.find_cues.at(ctx.doc, k) for k in range(i, min(i + 4, len(doc))))
            candidates = [cue for cue in found if cue is not None]
        told = i + 1 if doc[i].lower_ in OBJECT_CLITICS else i  # "», lui a répondu X"
        for cue in candidates:
            if cue.first not in (i, told) or cue.form != "finite":
                continue  # "», mais a prévenu que …" is a new statement, not this quote's cue
            if cue.pronoun is not None and _asked_after(doc, cue.pronoun, sentence_end):
                return None  # « … », pense-t-il vraiment ?: a question about the words
            speaker = self._inverted_subject(ctx, cue, max(sentence_end, i + 1))
            if speaker is not None and speaker[0].lower_ in QUE:
                continue
            if bare and not self._bare_cue(ctx, close_i, speaker):
                return None
            return cue.lemma, speaker
        if not bare:
            cue = _inverted_incise(doc, i, max(sentence_end, i + 1))
            if cue is not None:  # « … », développe-t-il: any verb with its subject inverted
                return cue.lemma, doc[cue.pronoun : cue.pronoun + 1]
        if bare:
            return None  # « … » a annoncé X: the quote is the subject or object, not speech
        if doc[i].lower_ in SOURCE_WORDS or (doc[i].lower_ in ELIDED_DE and is_dapres(doc, i)):
            start = i + 1 if doc[i].lower_ == "selon" else i + 2
            return "selon", self._source_phrase(ctx, start, sentence_end)
        return None

    def _bare_cue(self, ctx: Context, close_i: int, speaker: Span | None) -> bool:
        """A cue right after the closing mark, with no comma, is the quote's own when the
        marks hold speech and the verb's inverted subject names someone: « … qu'il renvoyait à
        Lubrizol » a confié le directeur X; not « Les Misérables » raconte l'histoire de …"""
        if speaker is None or speaker[0].pos_ == "PRON":
            return False
        mark = ctx.inside_mark(ctx.doc[close_i - 1].idx) if close_i > 0 else None
        if mark is None or not mark.closed:
            return False
        open_i = ctx.token_at(mark.open)
        if not reads_as_speech(ctx.doc, open_i, close_i):
            return False
        if len([t for t in ctx.doc[open_i:close_i] if t.is_alpha]) < BARE_MIN_WORDS:
            return False
        named = any(t.pos_ == "PROPN" or t.ent_type_ in ("PER", "ORG") for t in speaker)
        return named or any(t.lower_ in self.speakers.title_heads for t in speaker)

    def _cue_after_tail(self, ctx: Context, open_i: int, close_i: int) -> tuple | None:
        """A quote that the narrator's words finish before the cue: « … » au retour de
        l'inflation vers l'objectif, a déclaré X (mixed, marks and words up to the comma, which
        is returned with the cue and speaker). Only verbless words may stand between, and
        further marks of the same words (« … » et « … », se réjouit X), but for a verb phrase
        coordinated with the quote: « … » et ne mesurent pas …, estime-t-il."""
        doc = ctx.doc
        if not any(t.pos_ in ("VERB", "AUX") for t in doc[open_i:close_i]):
            return None  # « Les Misérables » en version longue, a annoncé …: a title
        _, sentence_end = ctx.sentence_tokens(close_i)
        after = doc[close_i + 1] if close_i + 1 < sentence_end else None
        coordinated = after is not None and after.lower_ in COORDINATIONS
        # « A », « B », a dit X: a row of quotes, each with the cue (rows.py), not one quote
        fragments = after is not None and after.text != ","
        stop = min(close_i + (COORDINATED_TAIL_WORDS if coordinated else TAIL_WORDS), sentence_end)
        k = close_i + 2
        while k < stop:
            token = doc[k]
            if token.text == ",":
                found = self._cue_after(ctx, k - 1)
                return (*found, k) if found is not None and found[0] != "selon" else None
            mark = ctx.inside_mark(token.idx)
            if fragments and mark is not None and mark.closed and mark.open == token.idx:
                k = ctx.token_at(mark.close) + 1  # a further fragment of the same words
                continue
            verb = token.pos_ in ("VERB", "AUX") and not coordinated
            if verb or (token.is_punct and token.text != "-") or token.is_space:
                return None
            k += 1
        return None

    def _joined_marks(self, ctx: Context, mark: MarkedSpan, comma: int) -> list[MarkedSpan]:
        """The further marks of a tail (« A » mais « B », insiste X) when the tail ends on the
        last of them: the speaker's words joined by the narrator's conjunction, each a quote;
        [] when narrator's words finish the tail (« A » et « B » cet été, dit X: one quote)."""
        doc = ctx.doc
        joined = []
        k = ctx.token_at(mark.close) + 1
        while k < comma:
            inner = ctx.inside_mark(doc[k].idx)
            if inner is not None and inner.closed and inner.open == doc[k].idx:
                joined.append(inner)
                k = ctx.token_at(inner.close) + 1
                continue
            k += 1
        if not joined or ctx.token_at(joined[-1].close) != comma - 1:
            return []
        text = ctx.sentences.text
        if not text[mark.start].isupper():
            return []  # a fragment opens the tail, not a sentence of the speaker
        pairs = zip([mark, *joined[:-1]], joined, strict=True)
        return joined if all(coordinated(text, a, b) for a, b in pairs) else []

    def _cue_after_row(self, ctx: Context, mark: MarkedSpan) -> tuple | None:
        """The cue after the last of marked quotes in a row, « A », « B », a martelé X, that
        this mark opens or goes on; None when the row is this mark alone."""
        marks = ctx.marks
        i = mark_number(marks, mark)
        last = row_end(ctx.sentences.text, marks, i)
        if last == i or not marks[last].closed:
            return None
        found = self._cue_after(ctx, ctx.token_at(marks[last].close))
        return found if found is not None and found[0] != "selon" else None

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

    def _source_before(self, ctx: Context, open_i: int, close_i: int | None = None) -> Span | None:
        """ "Selon X, « … »", "Pour l'économiste X, « … »", "selon laquelle « … »", "X, pour
        qui « … »"."""
        doc = ctx.doc
        start, _ = ctx.sentence_tokens(open_i)
        j = open_i - 1
        if j >= 0 and doc[j].text == ",":
            j -= 1
        if j >= 0 and doc[j].lower_ in RELATIVE_SOURCES and j > 0 and doc[j - 1].lower_ == "selon":
            return doc[j : j + 1]
        if j > 0 and doc[j].lower_ == "qui" and doc[j - 1].lower_ in ("pour", "selon"):
            # "le ministère pour qui « … ».": the relative's antecedent, when the marks are
            # the whole view (not "pour qui « … » jouent un rôle", a mixed quote)
            ends = close_i is not None and (
                close_i + 1 >= len(doc) or doc[close_i + 1].text in (".", "!", "?", ";", "\n")
            )
            return doc[j : j + 1] if ends else None
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


def _clause_after_comma(phrase: Span) -> bool:
    """Words after the last comma that are not a name in apposition ("la présidente, X")."""
    commas = [t.i for t in phrase if t.text == ","]
    if not commas:
        return False
    after = phrase.doc[commas[-1] + 1 : phrase.end]
    return not all(t.pos_ == "PROPN" or t.ent_type_ in ("PER", "ORG") for t in after)


def _in_the_eyes_of(doc: Doc, k: int) -> int:
    """How many words "aux yeux de" takes at k after the first ("aux yeux de X"), or 0."""
    words = [t.lower_ for t in doc[k : k + 3]]
    return (
        2 if words[:2] == ["aux", "yeux"] and words[2:] in (["de"], ["d'"], ["d’"], ["du"]) else 0
    )


def _inverted_clitic(doc: Doc, i: int, stop: int) -> Cue | None:
    """A verb that is no known cue opens an incise inside marks only as an auxiliary, '-t-',
    an inverted subject clitic and a participle: « …, a-t-il développé. … »: the words around
    it are two quotes of its subject. Any other verb with an inverted clitic asks a question
    (« Nos enfants, mangent-ils assez le midi ? »)."""
    k = i + 2
    if not (
        k + 1 < stop
        and doc[i].pos_ == "AUX"
        and doc[i + 1].text == "-t"
        and doc[k].lower_ in INVERTED_CLITICS
        and doc[k + 1].pos_ == "VERB"
    ):
        return None
    verb = k + 1
    return Cue(doc[verb].lemma_ or doc[verb].lower_, verb, i, verb, "finite", k)


# Tokens after an inverted clitic within which a question mark makes the incise a question.
QUESTION_REACH = 12


def _asked_after(doc: Doc, pronoun: int, stop: int) -> bool:
    """A question mark shortly after an inverted subject clitic: the verb asks, it reports
    nothing."""
    return any(doc[k].text == "?" for k in range(pronoun + 1, min(stop, pronoun + QUESTION_REACH)))


def _inverted_incise(doc: Doc, i: int, stop: int) -> Cue | None:
    """After « … », a verb and its inverted subject clitic say who spoke the words before,
    whether or not the lexicon lists the verb (« … », développe-t-il / leur avait-il dit /
    a t-elle d'abord affirmé / font-ils valoir); "est-il écrit" is impersonal, no speaker."""
    k = i
    reflexive = False
    while k < min(stop, i + 2) and doc[k].lower_ in OBJECT_CLITICS:
        reflexive = reflexive or doc[k].lower_ in ("se", "s'", "s’")
        k += 1
    verb = k
    if verb >= stop or doc[verb].pos_ not in ("VERB", "AUX"):
        return None
    k += 1
    if k < stop and doc[k].lower_ in EUPHONIC_T:
        k += 1
    if k >= stop or doc[k].lower_ not in INVERTED_CLITICS:
        return None
    pronoun, main = k, verb
    following = k + 1
    while following < min(stop, k + 4) and doc[following].pos_ in ("ADV", "ADP"):
        following += 1  # "a t-elle d'abord affirmé"
    if following < stop and doc[following].pos_ == "VERB":
        if doc[verb].pos_ == "AUX":
            main = following  # the participle after the auxiliary
        elif doc[following].lower_ in ("valoir", "savoir"):
            return Cue(
                f"{lemma(doc[verb])} {doc[following].lower_}", verb, i, following, "finite", pronoun
            )
    if main == verb and doc[verb].pos_ == "AUX":
        return None  # "est-il", "a-t-il" alone: no verb of saying
    if lemma(doc[verb]) == "être" and not reflexive:
        return None  # « … », est-il écrit sur la stèle: impersonal
    word = lemma(doc[main])
    if word in IMPERSONAL_VERBS:
        return None  # « … », semble-t-il / paraît-il: no one is speaking
    if _asked_after(doc, pronoun, stop):
        return None  # « … », tiendra-t-il sa promesse ?: a question about the words
    if reflexive:
        word = f"s'{word}" if word[:1] in "aeéèêiîouhy" else f"se {word}"
    return Cue(word, main, i, max(main, pronoun), "finite", pronoun)


def _sentence_after_speaker(doc: Doc, i: int, stop: int) -> int | None:
    """The period that closes an incise whose speaker a relative or an adjunct qualifies, when
    the marked words go on after it: « Là, on est sur l'A86, explique la personne qui filme.
    Alors ça, c'est inacceptable. », « …, tente de nuancer X, avant d'entrouvrir la porte.
    Je veux … »."""
    k = i + 1 if i < stop and doc[i].text == "," else i
    if k >= stop or not (doc[k].lower_ in SPEAKER_QUALIFIERS or doc[k].pos_ == "ADP"):
        return None
    for j in range(k + 1, stop - 1):
        if doc[j].text in '«»“”"' or doc[j].text in (";", "!", "?"):
            return None
        if doc[j].text == ".":
            return j
    return None


def _source_sentence_end(doc: Doc, i: int, stop: int) -> int | None:
    """The period right after a source, or after the participle phrase that qualifies it
    (", citée par Le Parisien."), when marked words go on after it."""
    k = i
    if k + 1 < stop and doc[k].text == ",":
        if "Part" not in doc[k + 1].morph.get("VerbForm"):
            return None
        k += 2
    for j in range(k, stop - 1):
        if doc[j].text == ".":
            return j
        if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX"):
            return None
    return None


def _incise_end(doc: Doc, i: int, stop: int) -> int | None:
    """The punctuation that closes an incise, if only adjuncts come before it."""
    for k in range(i, stop):
        if doc[k].text in (",", ".", ";", "!", "?"):
            return k
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in '«»“”"':
            return None
    return None


def coordinated(text: str, left: MarkedSpan, right: MarkedSpan) -> bool:
    """Only a coordination (and commas) between two marks; a subordinate ("alors que",
    "comme") makes them one mixed quote of the narrator's sentence."""
    words = re.findall(r"\w+", text[left.close + 1 : right.open].lower())
    return len(words) == 1 and words[0] in COORDINATIONS
