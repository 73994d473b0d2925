"""Accusations reported by a passive or a bare participle: "X est accusé de vouloir …",
"l'organisation, accusée d'être trop proche de la Chine". The cue finder leaves passives out
(cues.py: "il a été précisé que" reports nothing of a speaker), but an accusation in the
passive still reports what its unnamed accusers say: the infinitive clause after "de"."""

from __future__ import annotations

from newsfacts.components.quotes.cues import ESTRE
from newsfacts.components.quotes.lexicon import conjugate
from newsfacts.components.quotes.model import Context, Quote, end_char

PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
_PREPOSITION_FORMS = {"de": ("de", "d'", "d’"), "à": ("à",)}


class PassiveAccusations:
    def _passive_forms(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        """Participle form -> its lemma and the forms of the preposition of its infinitive."""
        forms = getattr(self, "_passive_participles", None)
        if forms is None:
            forms = {}
            for lemma, preposition in self.lexicon.words.get("passive_cues", {}).items():
                for form in conjugate(lemma):
                    if form.endswith(PARTICIPLE_ENDINGS):
                        forms[form] = (lemma, _PREPOSITION_FORMS[preposition])
            self._passive_participles = forms
        return forms

    def _accusations(self, ctx: Context) -> list[Quote]:
        doc = ctx.doc
        forms = self._passive_forms()
        quotes = []
        for token in doc:
            lemma, prepositions = forms.get(token.lower_, (None, ()))
            if lemma is None or token.i + 1 >= len(doc):
                continue
            if token.i in ctx.cues and ctx.cues[token.i].form == "finite":
                continue  # "X a accusé Y de …": the active cue's clause (clauses.py)
            if doc[token.i + 1].lower_ not in prepositions or ctx.inside_mark(token.idx):
                continue
            _, sentence_end = ctx.sentence_tokens(token.i)
            start = token.i + 2
            if not _infinitive_at(doc, start, sentence_end):
                continue  # "accusé de corruption": a charge, no words of anyone
            end = self._clause_end(ctx, start, sentence_end)
            while end > start and (doc[end - 1].pos_ == "CCONJ" or doc[end - 1].text == ","):
                end -= 1
            if end > start:
                quote = Quote(doc[start].idx, end_char(doc, end), "indirect", lemma, None)
                quote.unattributed = _passive(doc, token.i)
                quotes.append(quote)
        return quotes


def unattribute(quotes: list[Quote]) -> None:
    """A passive accusation names the accused, not the accusers ("La ministre a été accusée
    de …"): its quote keeps no speaker, whichever name the ranker found next to it."""
    for quote in quotes:
        if quote.unattributed:
            quote.speaker = None


def _passive(doc, i: int) -> bool:
    """The participle at i follows a form of "être", maybe past adverbs: "est souvent accusé",
    "a ainsi été accusé"; not a bare participle set after a noun ("l'exécutif, accusé de")."""
    k = i - 1
    while k >= 0 and doc[k].pos_ == "ADV":
        k -= 1
    return k >= 0 and (doc[k].lower_ in ESTRE or doc[k].lower_ in ("été", "être"))


def _infinitive_at(doc, i: int, stop: int) -> bool:
    """An infinitive at i, after a negation or clitics: "ne pas défendre", "l'avoir dit"."""
    while i < stop and doc[i].lower_ in ("ne", "n'", "n’", "pas", "jamais", "plus", "en", "y"):
        i += 1
    while i < stop and doc[i].pos_ == "PRON":
        i += 1
    return i < stop and doc[i].pos_ in ("VERB", "AUX") and "Inf" in doc[i].morph.get("VerbForm")
