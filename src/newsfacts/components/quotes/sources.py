"""Sources: ``selon X``, ``d'après X``, ``X, selon lequel …`` and ``Pour X, …``: the clause
they report and the source phrase (a named person or body; ``selon les cas`` is none)."""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from newsfacts.components.lemmas import lemma
from newsfacts.components.quotes.cues import Cue
from newsfacts.components.quotes.model import (
    COORDINATIONS,
    INCISE_OPENERS,
    PERSON_PRONOUNS,
    QUE,
    RELATIVE_SOURCES,
    Context,
    Quote,
    end_char,
    is_participle_only,
    source_lead,
    trim,
    verbless_statement,
)
from newsfacts.components.quotes.speakers import normalize

# "…, selon X" and "… : selon X" are the rules above; no mark means "selon" closes its clause.
PUNCTUATION_BEFORE_SOURCE = frozenset({",", ":", ";", "(", "«", "“", '"', "-", "–", "—"})


def _capitalised_name(token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()  # not "le rite anglican"


def _names_anyone(phrase: Span) -> bool:
    """A person's or an organization's name in the phrase."""
    return any(t.ent_type_ in ("PER", "ORG") or _capitalised_name(t) for t in phrase)


def _foreign(token: Token) -> bool:
    """A capitalised word the tagger left untagged: an acronym or a foreign name ("CNN")."""
    return token.pos_ == "X" and token.text[:1].isupper()


def _first_noun(phrase: Span) -> Token | None:
    """The phrase's head, as the source rules take it: its first common noun."""
    return next((t for t in phrase if t.pos_ == "NOUN"), None)


def _sentence_text_end(doc, start: int, stop: int) -> int:
    """The sentence's last word after start, before its closing punctuation."""
    end = stop
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return end


class SourceRules:
    def _selon(self, ctx: Context, i: int) -> Quote | None:
        """Selon X, clause. / clause, selon X. / X, selon lequel clause."""
        doc = ctx.doc
        sentence_start, sentence_end = ctx.sentence_tokens(i)
        source_start = i + 1
        if source_start >= sentence_end:
            return None
        relative_qui = doc[source_start].lower_ == "qui" and i > 0 and doc[i - 1].text == ","
        if doc[source_start].lower_ in RELATIVE_SOURCES or relative_qui:
            return self._selon_relative(ctx, i, sentence_start, sentence_end)  # "X, selon qui …"
        for k in range(i - 1, sentence_start, -1):
            if doc[k].text in (":", ";") and not ctx.inside_mark(doc[k].idx):
                sentence_start = k + 1  # "… la couverture vaccinale : selon X, clause"
                break
        lead = source_lead(doc, i)  # "d'après", "à en croire": the comma is before the first
        if lead is None:
            lead = i  # "Pour X, …"
        before = [t for t in doc[sentence_start:lead] if not t.is_punct]
        # "…, où, selon elle, près de 25 % …": after a conjunction, "selon X" opens the clause
        incise = (
            lead - 2 >= sentence_start
            and doc[lead - 1].text == ","
            and doc[lead - 2].lower_ in INCISE_OPENERS
        ) or (lead - 1 >= sentence_start and doc[lead - 1].lower_ in INCISE_OPENERS)
        # "parce que selon X,", "mais selon la responsable, quelques crêpes manquaient"
        if incise:
            before = []
        elif lead > sentence_start and doc[lead - 1].text == "," and len(before) >= 3:
            if doc[lead - 2].text in '»”"':
                return None  # « … », selon X: the marked quote has it
            phrase = self._source_phrase(ctx, source_start, sentence_end)
            if phrase is None or self._not_a_source(phrase):
                return None
            clause = doc[sentence_start : lead - 1]
            verbless = not any(t.pos_ in ("VERB", "AUX") for t in clause)
            closing = phrase.end >= sentence_end or doc[phrase.end].text != ","
            if verbless and not (
                closing and verbless_statement(ctx, clause) and self._someone(phrase)
            ):
                # "Bilan : trois morts, selon les pompiers." is their statement; not "Dans
                # l'après-midi, selon X, …", an adjunct of the clause after the source
                return None
            # "X a assuré que …, selon Le Monde": X's words, reported by Le Monde
            wraps = self._speech_cue_within(ctx, clause.start, clause.end)
            end = clause.end
            going_on = phrase.end + 1 < sentence_end and doc[phrase.end].text == ","
            if going_on and doc[phrase.end + 1].lower_ not in COORDINATIONS:
                # "… présenté en même temps, d'après Les Échos, afin de …": the sentence goes on
                end = max(end, self._clause_end(ctx, phrase.end + 1, sentence_end))
            announced = verbless and phrase.end + 1 < sentence_end and doc[phrase.end].text == ":"
            if announced:  # "Avec une priorité, selon X : la santé": what it announces
                end = _sentence_text_end(doc, phrase.end + 1, sentence_end)
            quote = Quote(clause.start_char, end_char(doc, end), "indirect", "selon", phrase)
            quote.wraps = wraps
            return quote
        if len(before) > 2 or any(t.pos_ in ("VERB", "AUX") for t in before):
            if lead > sentence_start and doc[lead - 1].text not in PUNCTUATION_BEFORE_SOURCE:
                return self._selon_within(ctx, i, lead, sentence_start, sentence_end)
            return None
        comma = source_start
        while comma < sentence_end and doc[comma].text != ",":
            comma += 1
        source_end = comma
        if comma + 1 < sentence_end and doc[comma + 1].lower_ in ("qui", "dont"):
            comma += 1
            while comma < sentence_end and doc[comma].text != ",":
                comma += 1
        name_end = self.speakers.apposed_name(doc, comma, sentence_end)
        if name_end and name_end < sentence_end and doc[name_end].text == ",":
            comma = source_end = name_end  # "Selon la porte-parole, Karen Doyle, le président …"
        title_end = self._apposed_title(doc, source_start, comma, sentence_end)
        if title_end:
            comma = title_end  # "Selon X, porte-parole de la CGT, la mobilisation …"
        phrase = trim(doc[source_start:source_end])
        start = comma + 1
        if phrase is None or start >= sentence_end or self._not_a_source(phrase):
            return None
        if ctx.inside_mark(doc[start].idx):
            return None
        end = self._clause_end(ctx, start, sentence_end)
        if end <= start:
            return None
        return Quote(doc[start].idx, end_char(doc, end), "indirect", "selon", phrase)

    def _selon_within(self, ctx, i, lead, sentence_start, sentence_end) -> Quote | None:
        """ "selon X" with no comma, inside or at the end of the clause it reports: "des
        résultats qui sont attendus lundi selon la commission", "les hôpitaux, désorganisés selon
        elle par la réforme", "Le discours, le troisième plus long selon Paris Match, fut …"."""
        doc = ctx.doc
        phrase = self._source_phrase(ctx, i + 1, sentence_end)
        if doc[i + 1].lower_ in PERSON_PRONOUNS:
            phrase = doc[i + 1 : i + 2]  # "selon elle par la réforme": the pronoun alone
        if phrase is None or self._not_a_source(phrase) or not self._someone(phrase):
            return None  # "varient selon les établissements", "selon le rite anglican"
        start = self._clause_start_before(ctx, lead, sentence_start)
        closing = phrase.end >= sentence_end or doc[phrase.end].text in (".", "!", "?")
        agent = any(t.lower_ == "par" for t in phrase)  # "commis selon X par un kamikaze"
        if closing and not agent and start > sentence_start and is_participle_only(doc[start]):
            # "… l'obtention du prêt, sollicité il y a plusieurs semaines selon Le Monde.":
            # the participle qualifies the clause's noun, and the source closes them both
            wider = self._clause_start_before(ctx, start - 1, sentence_start)
            incise = any(c.first == wider for c in ctx.cues.values())
            if not incise:
                start = wider  # not into a cue's incise ("« … », a commenté X au sujet de Y,")
        while start < lead and (doc[start].lower_ in ("et", "mais", "ou") or doc[start].is_punct):
            start += 1
        if self._documents_only(phrase) and any(
            t.pos_ in ("VERB", "AUX") and lemma(t).lower() in self.varying_verbs
            for t in doc[start:lead]
        ):
            return None  # "varie de 50 à 90 % selon les études": depending on them, no source
        end = lead
        if phrase.end < sentence_end and not doc[phrase.end].is_punct:
            end = self._clause_end(ctx, phrase.end, sentence_end)  # "selon elle par la réforme"
        while end > start and doc[end - 1].is_punct:
            end -= 1
        if (lead - start) + max(end - phrase.end, 0) < 2:
            return None  # one word is no statement
        return Quote(doc[start].idx, end_char(doc, end), "indirect", "selon", phrase)

    def _clause_start_before(self, ctx: Context, lead: int, sentence_start: int) -> int:
        """The start of the clause that a comma-less "selon" closes: after the last comma (or
        at a relative "qui"), unless the part after the comma is only an adjunct
        ("suicidé le 25 octobre, probablement en raison de la pression selon son patron")."""
        doc = ctx.doc
        start = sentence_start
        for k in range(lead - 1, sentence_start - 1, -1):
            if doc[k].text in (",", ";", ":") and not ctx.inside_mark(doc[k].idx):
                start = k + 1
                break
            if doc[k].lower_ == "qui" and k > sentence_start and doc[k - 1].pos_ == "NOUN":
                return k  # "des résultats qui sont attendus lundi selon la commission"
        adjunct = start > sentence_start and doc[start].pos_ in ("ADV", "ADP")
        if adjunct and not any(t.pos_ in ("VERB", "AUX") for t in doc[start:lead]):
            return sentence_start
        finite = doc[start].pos_ in ("VERB", "AUX") and "Fin" in doc[start].morph.get("VerbForm")
        if (
            start > sentence_start
            and finite
            and not any(k in ctx.cues for k in range(sentence_start, lead))
        ):
            return sentence_start  # "Les contacts, et un sixième …, ont été placés en isolement
            # selon l'agence": a finite verb with no subject after the comma (not a participle
            # set after a noun: "l'attentat, commis selon leur porte-parole par …"; not a cue,
            # whose subject speaks: "Son avocat, X, a critiqué … obtenus selon lui sous …")
        return start

    def _someone(self, phrase: Span) -> bool:
        """Whether a source phrase designates a speaker: a person pronoun, a name, one
        person, body or medium ("son patron", "la commission électorale"), or documents ("les
        chiffres officiels"); not a plural of other things ("les établissements", "leurs
        traditions"), which tells what varies."""
        if len(phrase) == 1 and phrase[0].lower_ in PERSON_PRONOUNS:
            return True
        if _names_anyone(phrase):
            return True
        head = _first_noun(phrase)
        if head is None:
            return False
        word = lemma(head).lower()
        if word in self.speakers.documents:
            return True  # "selon les chiffres officiels", "selon les données de l'Insee"
        if "Plur" in head.morph.get("Number"):
            return False
        return word in self.titles or word in self.speakers.organizations

    def _documents_only(self, phrase: Span) -> bool:
        """A source phrase that is documents and names no one: "les études", "les bilans"."""
        if _names_anyone(phrase):
            return False
        head = _first_noun(phrase)
        return head is not None and lemma(head).lower() in self.speakers.documents

    def _apposed_title(self, doc, source_start: int, comma: int, stop: int) -> int:
        """The comma closing ", porte-parole de Y," after a named source, or 0: the role is
        the source's, not the start of the reported clause."""
        if comma >= stop or not any(t.pos_ == "PROPN" for t in doc[source_start:comma]):
            return 0
        i = comma + 1
        if i < stop and doc[i].pos_ == "DET":
            i += 1
        if i >= stop or doc[i].lower_ not in self.speakers.title_heads:
            return 0
        for k in range(i + 1, min(stop, i + 12)):
            if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in ".;:«»":
                return 0
            if doc[k].text == ",":
                return k
        return 0

    def _pour_source(self, ctx: Context, i: int) -> Span | None:
        """ "Pour X, clause" opening a sentence gives X's view when X is a person (named, or
        "lui"/"elle") or a named body; not "Pour les salariés, la réforme change tout"."""
        doc = ctx.doc
        sentence_start, sentence_end = ctx.sentence_tokens(i)
        if i != sentence_start or ctx.inside_mark(doc[i].idx):
            return None
        if i + 2 < sentence_end and doc[i + 2].lower_ == "part":
            return None  # "Pour sa part, le président …": an aside, no source
        comma = next((k for k in range(i + 1, sentence_end) if doc[k].text == ","), None)
        if comma is None or comma - i > 12:
            return None
        name_end = self.speakers.apposed_name(doc, comma, sentence_end)
        phrase = doc[i + 1 : name_end or comma]
        if not phrase:
            return None  # "Pour, dit-il, …": no words between "pour" and the comma
        person = any(t.ent_type_ == "PER" for t in phrase)
        pronoun = len(phrase) == 1 and phrase[0].lower_ in PERSON_PRONOUNS
        described = self._described_person(phrase)  # "Pour l'élue socialiste, …"
        return phrase if person or pronoun or described or self._named_body(phrase) else None

    def _described_person(self, phrase: Span) -> bool:
        if phrase[0].lower_ not in ("le", "la", "l'", "l’"):
            return False
        nouns = [t for t in phrase[1:] if t.pos_ in ("NOUN", "PROPN")]
        return len(nouns) == 1 and nouns[0].lower_ in self.titles

    def _named_body(self, phrase: Span) -> bool:
        """ "le syndicat FO-TCL", "l'ONG Oxfam", "la CGT": an organisation that takes stands."""
        if not any(t.ent_type_ == "ORG" for t in phrase):
            return False
        head = next((t for t in phrase if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None:
            return False
        acronym = head.is_upper and len(head) > 1
        return acronym or head.lower_ in self.speakers.organizations

    def _speech_cue_within(self, ctx: Context, start: int, end: int) -> bool:
        self._speech_cues(ctx)
        verbs = ctx.speech_verbs
        i = bisect.bisect_left(verbs, start)
        return i < len(verbs) and verbs[i] < end

    def _speech_cues(self, ctx: Context) -> list[Cue]:
        if ctx.speech_cues is None:
            ctx.speech_cues = sorted(
                (
                    c
                    for c in ctx.cues.values()
                    if c.form != "bare" and not ctx.inside_mark(ctx.doc[c.verb].idx)
                ),
                key=lambda c: c.verb,
            )
            ctx.speech_verbs = [c.verb for c in ctx.speech_cues]
        return ctx.speech_cues

    def _selon_relative(self, ctx, i, sentence_start, sentence_end) -> Quote | None:
        doc = ctx.doc
        pronoun = doc[i + 1 : i + 2]
        start = i + 2
        if start >= sentence_end or ctx.inside_mark(doc[start].idx):
            return None
        head_has_verb = any(t.pos_ in ("VERB", "AUX") for t in doc[sentence_start:i])
        end = sentence_end
        if not head_has_verb:  # "Le syndicat, selon lequel …, réclame": the clause ends at ","
            end = next((k for k in range(start, sentence_end) if doc[k].text == ","), end)
        end = min(end, self._clause_end(ctx, start, sentence_end))
        if end <= start:
            return None
        return Quote(doc[start].idx, end_char(doc, end), "indirect", "selon", pronoun)

    def _source_phrase(self, ctx: Context, start: int, stop: int) -> Span | None:
        """What follows "selon": up to a punctuation, with a name in apposition ("selon les
        chiffres de son distributeur, Pyramide Lumière,") and an acronym ("(Insee)")."""
        doc = ctx.doc
        end = start
        while end < stop and doc[end].text not in (",", ".", ";", ":") and end - start < 24:
            if doc[end].text == "(" and not (end + 2 < stop and doc[end + 2].text == ")"):
                break
            end += 1
        name_end = self.speakers.apposed_name(doc, end, stop) if end < stop else 0
        if name_end and (name_end >= stop or doc[name_end].text in (",", ".", ";")):
            end = name_end
        return trim(doc[start:end])

    def _not_a_source(self, phrase: Span) -> bool:
        """selon les cas, selon la loi, selon que …: no one is speaking."""
        if phrase[0].lower_ in QUE:
            return True
        head = next((t for t in phrase if t.pos_ in ("NOUN", "PROPN", "PRON") or _foreign(t)), None)
        if head is None and len(phrase) > 1 and phrase[0].pos_ == "DET":
            head = phrase[1]  # "selon nos confères": a noun the tagger took for a verb
        if head is None:
            return True
        return lemma(head).lower() in self.not_sources or normalize(head.lower_) in {
            normalize(w) for w in self.not_sources
        }
