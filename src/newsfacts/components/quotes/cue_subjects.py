"""Who a cue's subject is: the pronoun of an inverted cue, the parsed subject of the
verb, a spokesperson ("par la voix de X"), the subject a coordinated or gerund cue
shares with the cue before it, and a name in apposition to the subject."""

from __future__ import annotations

from spacy.tokens import Span

from newsfacts.components.quotes.cues import Cue
from newsfacts.components.quotes.model import (
    CLITIC_SUBJECTS,
    CLOSING_MARKS,
    Context,
)


class CueSubjects:
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
