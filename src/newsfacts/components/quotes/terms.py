"""Words in marks that nobody is reported as saying: a charge ("condamnée pour « collusion »"),
a name, a title or a term (la « Scuderia », l'opération « Barkhane »); and the tests that
keep a speaker's judgment or a cue's object as speech ("a dénoncé une « trahison »")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfacts.components.quotes.marks import MarkedSpan
from newsfacts.components.quotes.model import (
    SAYING,
    Context,
    dating_word,
)
from newsfacts.components.quotes.rows import (
    INFINITIVE_LEADS,
    INFINITIVE_PREPOSITIONS,
    LIST_LINKS,
    NOUN_OF_INFINITIVE_WORDS,
    infinitive,
    mark_number,
    row_start,
)


class MarkedTerms:
    def _charge(self, ctx: Context, mark: MarkedSpan) -> bool:
        """An offence named in marks: "condamnée pour « collusion … »", "une enquête ouverte
        pour « violences … »", "relèvent de la « provocation à la haine raciale »": the words
        of the charge, which nobody is reported as saying."""
        doc = ctx.doc
        first = row_start(ctx.sentences.text, ctx.marks, mark_number(ctx.marks, mark), LIST_LINKS)
        open_i = ctx.token_at(ctx.marks[first].open)  # pour « génocide », « incitation … » et « … »
        k = open_i - 1
        while k >= 0 and doc[k].pos_ == "DET":
            k -= 1
        k = _before_adverb_incise(doc, k)  # "pour, notamment, « génocide »"
        if k < 0 or doc[k].lower_ not in self.charge_prepositions:
            return False
        start, _ = ctx.sentence_tokens(open_i)
        for j in range(k - 1, max(start, k - 16) - 1, -1):
            if doc[j].text in (";", ":") or ctx.inside_mark(doc[j].idx) or j in ctx.cues:
                return False  # "a promis de « mettre fin »": the cue's words
            if doc[j].lower_ in self.charge_words or doc[j].lemma_.lower() in self.charge_words:
                return True
        return False

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

    def _qualified_object(self, ctx: Context, open_i: int, inner: list[Token]) -> bool:
        """One lower-case word right after the noun a reporting verb takes as object: the
        speaker's judgment of it ("a évoqué une décision « salutaire »", "dénonce une
        politique « suicidaire »"), whatever the tagger made of the word in its marks."""
        if len(inner) != 1 or not inner[0].is_lower or inner[0].lower_ in self.labels:
            return False
        noun = ctx.doc[open_i - 1] if open_i > 0 else None
        return (
            noun is not None
            and noun.pos_ == "NOUN"
            and noun.is_lower
            and self._object_of_cue(ctx, open_i - 1)
        )

    def _object_of_cue(self, ctx: Context, open_i: int) -> bool:
        """Whether the marks open the object of a reporting verb just before them: "s'est
        félicitée d'un « accord historique »", "a dénoncé une « trahison pure et simple »"."""
        doc = ctx.doc
        time_words = self.speakers.time_words
        k, steps = open_i - 1, 0
        while k >= 0 and steps < 4:
            if _dating(doc, k, time_words):
                k -= 1  # "a reconnu, lundi 16 octobre, une « … »": a time set between
                continue
            if self._speaking_cue_at(ctx, k):
                return True
            if (ctx.cues.get(k) or ctx.cues_by_last.get(k)) is not None:
                return False
            if infinitive(doc[k]):
                return self._infinitive_of_cue(ctx, k)
            if doc[k].pos_ not in ("DET", "ADP", "ADV") or doc[k].is_punct:
                return False
            k -= 1
            steps += 1
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


def _before_adverb_incise(doc: Doc, k: int) -> int:
    """The token before an adverb set between commas that ends at k (", notamment,"), or k."""
    if k < 2 or doc[k].text != ",":
        return k
    j = k - 1
    while j > 0 and doc[j].pos_ == "ADV":
        j -= 1
    return j - 1 if j < k - 1 and doc[j].text == "," else k


def _dating(doc: Doc, k: int, time_words) -> bool:
    """doc[k] belongs to a time adjunct: a time word ("lundi", "octobre"), the day number
    before a month, or a comma that sets such a time apart."""
    if dating_word(doc, k, time_words):
        return True
    if doc[k].text != ",":
        return False
    return any(0 <= j < len(doc) and doc[j].lower_ in time_words for j in (k - 1, k + 1))
