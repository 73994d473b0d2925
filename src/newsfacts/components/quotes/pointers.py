"""Reported clauses that a cue points at with a pronoun rather than governs: ``Comme le
raconte le JDD, [cette Islandaise a contracté le coronavirus].``, ``[Le port restera
fermé], comme l'a annoncé la préfecture.``, ``[100.000 policiers seront mobilisés]. C'est
ce qu'a annoncé le ministre.`` The speaker is the cue's inverted subject; but in ``Sheila le
concède, [elle court par peur du vide].`` the clause after the comma is what "le" stands for,
and the cue's own subject says it."""

from __future__ import annotations

from newsfacts.components.quotes.cues import Cue
from newsfacts.components.quotes.model import (
    CLITIC_SUBJECTS,
    CLOSING_MARKS,
    QUE,
    RELATIVES,
    Context,
    Quote,
    end_char,
)

NEUTER_OBJECTS = frozenset({"le", "l'", "l’"})  # "comme le raconte", "comme l'a annoncé"
CE = frozenset({"ce"})
COLON_REACH = 10  # words from a cue to the colon that ends its clause
# What may open a sentence before a fronted "comme le raconte X," ("Mais comme le révèle …").
FRONTING_TAGS = frozenset({"CCONJ", "ADV"})
INCISE_TAIL = 6  # words after a fronted "comme le raconte X" before its comma
SUBJECT_TAGS = frozenset({"DET", "NOUN", "PROPN", "PRON", "NUM"})  # what opens a clause's subject
STOPS = frozenset({".", ";", "!", "?", "«", "»", '"', "“", "”"})


class PointedClauses:
    def _pointed_clause(self, ctx: Context, cue: Cue) -> Quote | None:
        doc = ctx.doc
        first = cue.first
        if cue.form != "finite" or first < 2 or cue.pronoun is not None:
            return None
        if doc[first - 1].lower_ in NEUTER_OBJECTS and doc[first - 2].lower_ == "comme":
            return self._comme_clause(ctx, cue, first - 2)
        if doc[first - 1].lower_ in QUE and doc[first - 2].lower_ in CE:
            return self._previous_sentence(ctx, cue, first - 2)
        if doc[first - 1].lower_ in NEUTER_OBJECTS and cue.lemma not in self.person_object_cues:
            return self._clause_after_comma(ctx, cue)
        return None

    def _clause_after_comma(self, ctx: Context, cue: Cue) -> Quote | None:
        """X le concède, clause: the neuter "le" announces the clause after the comma ("Donald
        Trump l'affirme, il ne boit pas d'alcool", "le rockeur le reconnaissait, il était …")."""
        doc = ctx.doc
        _, sentence_end = ctx.sentence_tokens(cue.verb)
        start = cue.last + 2
        if start >= sentence_end or doc[cue.last + 1].text != ",":
            return None
        first = doc[start]
        if ctx.inside_mark(first.idx) or first.pos_ not in SUBJECT_TAGS:
            return None  # "Il l'a dit, « … »": the marked quote has it
        if first.lower_ in RELATIVES or first.lower_ in QUE:
            return None  # "Il l'a annoncé, ce qui a surpris": the narrator goes on
        end = self._clause_end(ctx, start, sentence_end)
        finite = any("Fin" in t.morph.get("VerbForm") for t in doc[start:end])
        if not finite and first.lower_ not in CLITIC_SUBJECTS:
            return None  # "Il l'a annoncé, lundi, lors d'une conférence": adjuncts of the cue
        speaker = self._cue_subject(ctx, cue)
        return Quote(first.idx, end_char(doc, end), "indirect", cue.lemma, speaker)

    def _colon_clause(self, ctx: Context, cue: Cue) -> Quote | None:
        """A cue whose clause ends in a colon announces the clause after it: "X a lâché une
        petite bombe : le projet est déjà rédigé.", "…, explique Télé Loisirs : la maison n'a
        jamais été en vente." (marked words after the colon are the marked quote's)."""
        doc = ctx.doc
        if cue.form != "finite":
            return None
        _, sentence_end = ctx.sentence_tokens(cue.verb)
        colon = None
        for k in range(cue.last + 1, min(sentence_end, cue.last + COLON_REACH)):
            token = doc[k]
            if token.text == ":":
                colon = k
                break
            if token.pos_ in ("VERB", "AUX") or token.text in STOPS or ctx.inside_mark(token.idx):
                return None
        if colon is None or colon + 1 >= sentence_end:
            return None
        start = colon + 1
        if doc[start].text in STOPS or ctx.inside_mark(doc[start].idx):
            return None
        if doc[start].lower_ in ("selon", "d'", "d’"):
            return None  # ": selon lui, …": the clause has its own source
        end = self._clause_end(ctx, start, sentence_end)
        words = doc[start:end]
        if len(words) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in words):
            return None  # "a annoncé trois mesures : la baisse des impôts, …": a list
        if cue.first > 0 and doc[cue.first - 1].text == ",":
            speaker = self._inverted_subject(ctx, cue, colon)
        else:
            speaker = self._cue_subject(ctx, cue)
        return Quote(doc[start].idx, end_char(doc, end), "indirect", cue.lemma, speaker)

    def _comme_clause(self, ctx: Context, cue: Cue, comme: int) -> Quote | None:
        """Comme le raconte X, clause. / clause, comme l'a annoncé X."""
        doc = ctx.doc
        sentence_start, sentence_end = ctx.sentence_tokens(cue.verb)
        comma = next((k for k in range(cue.last + 1, sentence_end) if doc[k].text == ","), None)
        stop = comma if comma is not None else sentence_end
        speaker = self._inverted_subject(ctx, cue, stop)  # not "le JDD, cette Islandaise"
        if speaker is None or ctx.inside_mark(doc[comme].idx):
            return None
        if _fronted(doc, sentence_start, comme):
            if comma is None or not _incise_tail(doc, speaker.end, comma):
                return None
            start = comma + 1
            if start >= sentence_end or ctx.inside_mark(doc[start].idx):
                return None  # « … »: the marked quote has it
            end = self._clause_end(ctx, start, sentence_end)
            if not any("Fin" in t.morph.get("VerbForm") for t in doc[start:end]):
                return None  # cut before its verb: "…, le bar, situé sur les quais, a proposé"
        elif (
            doc[comme - 1].text == ","
            or not doc[comme - 1].is_punct
            or doc[comme - 1].text in CLOSING_MARKS  # "une « expérience inédite » comme le"
        ):
            # "…, comme l'a annoncé X" and "… chevalier comme l'a noté mardi X"
            start = sentence_start
            end = comme - 1 if doc[comme - 1].text == "," else comme
            if end - start < 3 or ctx.inside_mark(doc[start].idx):
                return None
        else:
            return None
        if end <= start or not any(t.pos_ in ("VERB", "AUX") for t in doc[start:end]):
            return None
        return Quote(doc[start].idx, end_char(doc, end), "indirect", cue.lemma, speaker)

    def _previous_sentence(self, ctx: Context, cue: Cue, ce: int) -> Quote | None:
        """Clause. C'est ce qu'a annoncé X."""
        doc = ctx.doc
        sentence_start, sentence_end = ctx.sentence_tokens(cue.verb)
        opening = [t.lower_ for t in doc[sentence_start:ce]]
        if opening not in (["c'", "est"], ["c’", "est"], ["c'", "était"], ["c’", "était"]):
            return None
        if sentence_start == 0:
            return None
        start, end = ctx.sentence_tokens(sentence_start - 1)
        sentences = ctx.sentences
        if sentences.paragraph(doc[start].idx) != sentences.paragraph(doc[sentence_start].idx):
            return None
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if end - start < 3 or ctx.inside_mark(doc[start].idx):
            return None
        if not any(t.pos_ in ("VERB", "AUX") for t in doc[start:end]):
            return None
        speaker = self._inverted_subject(ctx, cue, sentence_end)
        return Quote(doc[start].idx, end_char(doc, end), "indirect", cue.lemma, speaker)


def _incise_tail(doc, i: int, comma: int) -> bool:
    """What follows a fronted cue's subject up to its comma belongs to the incise: a time or a
    place ("Comme le relève le Parisien vendredi,", "… l'Express mardi 22 août,", "… dans son
    édition de vendredi,"), a name in apposition ("le journal Le Parisien,"); not a verb,
    which would be the reported clause's ("Comme le dit X le port restera fermé")."""
    words = doc[i:comma]
    return len(words) <= INCISE_TAIL and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _fronted(doc, sentence_start: int, comme: int) -> bool:
    """ "comme" opens the sentence, but for a linking word ("Mais comme le révèle le JDD, …",
    "Or, comme …"): the incise comes before the clause it reports."""
    return all(t.pos_ in FRONTING_TAGS or t.text == "," for t in doc[sentence_start:comme])
