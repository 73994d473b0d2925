"""Reported clauses (indirect quotes): the clause after a reporting verb (``a affirmé que …``,
``a indiqué avoir reçu …``) and the clause before an inverted one (``…, a annoncé la police``)."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span

from newsfacts.components.quotes.cues import IF_FORMS, NEGATION_STARTS, REFLEXIVES, Cue
from newsfacts.components.quotes.model import (
    BETWEEN_CUE_AND_QUE,
    CLAUSE_BREAKS,
    CLAUSE_STARTS,
    CLOSING_MARKS,
    CONJUNCTION_HEADS,
    INFINITIVE_LINKS,
    INFINITIVE_NEGATIONS,
    PERSON_PRONOUNS,
    QUE,
    RELATIVE_STARTS,
    RELATIVES,
    SOURCE_WORDS,
    UNSAID_VERBS,
    Context,
    Quote,
    cues_starting,
    dating_word,
    end_char,
    is_participle_only,
    source_lead,
    verbless_statement,
)
from newsfacts.components.quotes.phrases import PLACE_OF_WORDS
from newsfacts.components.quotes.speaker_filter import ADDRESSING

OPENING_MARKS = frozenset({"«", "“", '"'})
# What may end the clause right before an inverted cue with no comma: "… un danger extérieur
# a souligné l'analyste", "… « joue sa survie » a déclaré le ministre".
BARE_INVERSION_AFTER = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "ADV"})
GERUND_LEADS = frozenset({"en", "et"})  # "en déclarant", "et réclamant"
CONTRAST_HEADS = frozenset({"alors", "tandis"})  # "alors qu'il salue", "tandis que X recommandait"
CONTRAST_REACH = 8  # words from "que" to the verb of its clause
# Tokens after which marked words open a clause of their own, and the words that start a
# fronted adjunct rather than a subject ("Sur ce sujet, « … »" / "Latif Faramarz, « … »").
CLAUSE_OPENER_TOKENS = frozenset({".", "!", "?", "…", ":", ";", ",", "—", "–", "-", "("})
ADJUNCT_STARTS = frozenset({"ADP", "ADV", "CCONJ", "SCONJ"})
# Prepositions that open an adjunct between a cue and its infinitive ("a déclaré à la police
# être …"), and those that make the infinitive a purpose or a noun's complement instead.
NOT_ADJUNCT_PREPOSITIONS = frozenset(
    {"de", "d'", "d’", "pour", "sans", "afin", "avant", "après", "par", "en", "du", "des"}
)
ADJUNCT_WORDS = frozenset({"ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM"})
TIME_PREPOSITIONS = frozenset({"avant", "après"})
DEFINITE_ARTICLES = frozenset({"le", "la", "l'", "l’", "les"})
ADJUNCT_MAX_WORDS = 8
DEICTIC_SUFFIXES = frozenset({"-là", "-ci"})  # "ce jour-là": the tagger's pronoun
SUBJECT_STARTS = frozenset({"DET", "NOUN", "PROPN", "PRON", "NUM"})  # after a fronted incise
NARRATOR_MIN_WORDS = 3  # words after a marked quote that make the sentence the narrator's
OBJECT_CLITICS = frozenset(
    {"l'", "l’", "le", "la", "les", "lui", "leur", "y", "en", "se", "s'", "s’"}
)
# Words of a clause before an incise "selon X" in the middle of it, and what may stand before
# a relative "qui" in its antecedent ("le renvoi de M. Linick qui, selon eux, …").
INCISE_REACH = 8
NOUN_PHRASE_TAGS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})
SUBJECT_MAX_WORDS = 6  # words of a noun phrase subject before its verb ("la députée X a")
# Words after an inverted cue's subject and a comma that go on with the reported clause (not
# "sans": what follows it is unsaid).
CONTINUATIONS = frozenset({"afin", "avant", "pour", "parce", "puisque", "faute"})
# Conjunctions after which another statement may be coordinated: "et a ironisé sur …", ", et le
# chauffeur a avoué …".
STATEMENT_LINKS = frozenset({"et", "mais"})
ADVERBS_BEFORE_QUE = frozenset({"alors", "ainsi"})  # "then", "thus" right after a cue
QUE_REACH = 4  # words from a reporting verb to the "que" of its clause ("a indiqué jeudi que")
# An object-infinitive cue's infinitive past its object ("a appelé le gouvernement et les
# talibans à coopérer"): at most this many words on, with only nouns between them in the parse.
OBJECT_INFINITIVE_REACH = 20
PURPOSE_HEADS = frozenset({"afin", "avant", "après", "sans", "lieu", "plutôt", "faute", "pour"})
NOMINAL_HEADS = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "NUM"})
_PREPOSITION_FORMS = {"à": ("à",), "de": ("de", "d'", "d’")}


class ReportedClauses:
    def _indirect_quotes(self, ctx: Context, marked: list[Quote]) -> list[Quote]:
        doc = ctx.doc
        quotes = []
        for cue in sorted(ctx.cues.values(), key=lambda c: c.verb):
            if ctx.inside_mark(doc[cue.verb].idx) or cue.form == "bare":
                continue
            if cue.lemma in self.attribute_cues:
                continue  # it reports marked words only (finder.py)
            reported = self._pointed_clause(ctx, cue) or self._reported_clause(ctx, cue)
            if reported is None:
                reported = self._clause_before_inverted_cue(ctx, cue)
                if reported is not None:
                    # "Y a indiqué que …, a rapporté l'agence": the agency reports Y's words,
                    # each a quote
                    first = ctx.token_at(reported.start)
                    reported.wraps = self._reports_que_clause(ctx, first, cue.first)
            found = [
                reported,
                self._colon_clause(ctx, cue),  # "…, explique X : clause" reports both
            ]
            for quote in found:
                if quote is None:
                    continue
                if cue.lemma not in self.fragment_cues or _holds_mark(ctx, quote):
                    quotes.append(quote)
        for cue in self.find_cues.infinitives(doc):
            if ctx.inside_mark(doc[cue.verb].idx):
                continue
            quote = self._reported_clause(ctx, cue)  # "avant d'expliquer que …"
            que = doc[ctx.token_at(quote.start) - 1] if quote is not None else None
            # an infinitive after it is the governing verb's object; a relative "que" after a
            # noun is no clause of the cue ("à reconnaître l'homme qu'elle avait rencontré")
            conjunction = que is not None and (que.pos_ == "SCONJ" or que.dep_ == "mark")
            if conjunction and que.lower_ in QUE and _addressee_only(doc, cue.last + 1, que.i):
                quotes.append(quote)
        for i, token in enumerate(doc):
            source = source_lead(doc, i) is not None
            if source and not ctx.inside_mark(token.idx):
                quote = self._selon_incise(ctx, i) or self._selon(ctx, i)
                if quote is not None:
                    quotes.append(quote)
            elif token.lower_ == "pour" and self._pour_source(ctx, i) is not None:
                quote = self._selon(ctx, i)  # "Pour Marine Le Pen, le plan est un échec"
                if quote is not None:
                    quotes.append(quote)
        return quotes

    def _reports_que_clause(self, ctx: Context, start: int, end: int) -> bool:
        """A reporting verb with a "que" clause in doc[start:end] ("Y a répondu qu'elle …"):
        a statement of its own; not an infinitive ("70 % déclarent avoir bu", "qu'ils
        menaçaient de prendre"), which may be a survey's answer or a relative's."""
        doc = ctx.doc
        self._speech_cues(ctx)
        first = bisect.bisect_left(ctx.speech_verbs, start)
        for cue in ctx.speech_cues[first:]:
            if cue.verb >= end:
                break
            stop = min(end, cue.last + 1 + QUE_REACH)
            if any(doc[k].lower_ in QUE for k in range(cue.last + 1, stop)):
                return True
        return False

    def _reported_clause(self, ctx: Context, cue: Cue) -> Quote | None:
        """a affirmé (à l'AFP) que …; ont indiqué avoir reçu …; regrettant d'avoir appris …"""
        doc = ctx.doc
        _, sentence_end = ctx.sentence_tokens(cue.verb)
        i = cue.last + 1
        if i < sentence_end and doc[i].lower_ in ("-t",):
            i += 1
        start = None
        asking = self._may_ask(doc, cue)  # a cue-wide test, once, not per token
        j = i
        while j < min(sentence_end, i + 12):
            token = doc[j]
            if asking and self._asks_question(doc, j, sentence_end):
                start = j  # "lui demande pourquoi il …": the question is what is reported
                break
            if token.lower_ in QUE:
                # "affirment même que"; "pensaient alors que", "concède ainsi que" after a
                # finite cue with no inverted subject nor object (", a-t-il estimé alors que",
                # "l'a attaqué alors qu'il …": a conjunction; "suggérant ainsi que": the
                # narrator's inference)
                adverb = j - 1 == i and (
                    doc[j - 1].lower_ == "même"
                    or (doc[j - 1].lower_ in ADVERBS_BEFORE_QUE and self._bare_finite(doc, cue))
                )
                if j > i and doc[j - 1].lower_ in CONJUNCTION_HEADS and not adverb:
                    break  # "redoute un exode alors que …": a conjunction, not what is said
                if j > i and doc[j - 1].lower_ == "ce":
                    break  # "a annoncé ce que tout le monde attendait": a relative, the object
                nxt = doc[j + 1] if j + 1 < sentence_end else None
                if nxt is not None and _opens_clause(nxt):
                    start = j + 1
                elif nxt is not None and nxt.text == "," and j + 2 < sentence_end:
                    after = doc[j + 2]  # "souligne que, le matin du 19 février, X était …"
                    if _opens_clause(after) and not after.is_punct:
                        start = j + 2
                break
            # a capitalised word is a name the tagger took for a verb: "…, rappelle Closer"
            infinitive = (
                "Inf" in token.morph.get("VerbForm")
                and token.pos_ in ("VERB", "AUX")
                and not token.text[:1].isupper()
            )
            if infinitive and cue.lemma in self.aspectual:
                break  # "continuaient de faire la course en tête": going on, not saying
            if infinitive and (
                all(_before_infinitive(doc, k, self.speakers.time_words) for k in range(i, j))
                or _adjuncts_only(doc, i, j)  # "a déclaré à la police être venu"
            ):
                start = j
                while start > i and (
                    doc[start - 1].lower_ in INFINITIVE_NEGATIONS or _clitic(doc[start - 1])
                ):
                    start -= 1  # "a indiqué ne pas vouloir …", "a dit ne pas se considérer …"
                break
            # a gerund takes its infinitive right after it only past a clitic object ("leur
            # demandant de …"), not as a noun's qualifier ("les voix appelant à …")
            clitic_object = cue.form == "gerund" and doc[cue.first - 1].lower_ in ("leur", "lui")
            right_after = (
                cue.form == "finite" or clitic_object
            ) and cue.lemma not in self.exhorting
            purpose = j > i and doc[j - 1].lower_ in PURPOSE_HEADS  # "avant de", "afin de"
            if (
                (j > i or right_after)
                and not purpose
                and token.lower_
                in _PREPOSITION_FORMS.get(self.object_infinitive.get(cue.lemma), ())
            ):  # "s'est engagée à …"; not a call to all ("a appelé à manifester"), nor a
                # gerund qualifying a noun ("les voix appelant à …")
                if _infinitive_follows(doc, j + 1, sentence_end):  # "a appelé X à ne pas …",
                    start = j + 1  # "accusait son mari de l'avoir abusée", "a appelé à …"
                    break
                if token.lower_ == "à":
                    break
            if token.text == "," and (
                j == i  # an incise opens right after the cue: "a annoncé, mercredi, avoir …"
                or _adjunct_before_comma(doc, i, j, self.speakers.time_words)
            ):
                j += 1  # "précise par ailleurs, qu'…", "a annoncé lundi, à la surprise, qu'…"
                continue
            if token.pos_ not in BETWEEN_CUE_AND_QUE and not _noun_participle(doc, j, i):
                break  # "a déclaré dans une interview télévisée le mois dernier que"
            if token.is_punct and token.text != ",":
                break
            if token.lower_ in ("qui", "dont", "où", "si", "s'") and not _reflexive_infinitive(
                doc, j, sentence_end
            ):
                break  # "s'" is "si" unless an infinitive follows: "annonçant s'installer …"
            j += 1
        if start is None and cue.lemma in self.object_infinitive:
            start = _parsed_object_infinitive(
                doc, cue, i, sentence_end, self.object_infinitive[cue.lemma], right_after
            )
        if start is None or (cue.lemma in self.que_only and doc[start - 1].lower_ not in QUE):
            return None  # "espère pouvoir rouvrir": an intention, not a statement
        if _is_question(ctx, cue.verb):
            return None  # "la direction dira-t-elle que … ?": asked, not said
        end = self._clause_end(ctx, start, sentence_end, by_cue=True)
        while end > start and (doc[end - 1].pos_ == "CCONJ" or doc[end - 1].text == ","):
            end -= 1  # "… de Joshua et, après enquête, dit …": the conjunction links what follows
        if end <= start:
            return None
        speaker = self._cue_subject(ctx, cue)
        return Quote(doc[start].idx, end_char(doc, end), "indirect", cue.lemma, speaker)

    def _bare_finite(self, doc: Doc, cue: Cue) -> bool:
        """A finite cue with no inverted subject and no object clitic before it."""
        if cue.form != "finite" or cue.pronoun is not None:
            return False
        return cue.first == 0 or doc[cue.first - 1].lower_ not in OBJECT_CLITICS

    def _may_ask(self, doc: Doc, cue: Cue) -> bool:
        """A cue of asking or telling, which may report an indirect question; not a gerund
        qualifying a noun ("une attestation expliquant pourquoi …")."""
        if cue.lemma not in self.question_cues:
            return False
        return cue.form != "gerund" or doc[cue.first - 1].text == ","

    def _asks_question(self, doc: Doc, j: int, sentence_end: int) -> bool:
        """An indirect question at doc[j] after a cue that may ask: "pourquoi il …", "s'il …",
        "à quel prix …"; "si" only before a subject, not as an adverb ("si bien que"). Not
        "ce que", which is as often the cue's object ("ce qu'il pensait de …")."""
        if j + 1 >= sentence_end:
            return False
        word = doc[j].lower_
        nxt = doc[j + 1]
        if word == "à":
            return nxt.lower_ in self.question_words and nxt.lower_.startswith("quel")
        if word in IF_FORMS:
            return nxt.pos_ in SUBJECT_STARTS and nxt.lower_ != "bien"
        return word in self.question_words and not nxt.is_punct

    def _clause_end(self, ctx: Context, start: int, sentence_end: int, by_cue: bool = False) -> int:
        """The reported clause stops at the sentence end, a gerund cue, an incise, "selon";
        a cue's clause (by_cue) also where another subject's cue is coordinated."""
        doc = ctx.doc
        for k in range(start + 1, sentence_end):
            token = doc[k]
            if token.text in (";", ":") or "\n" in token.text:
                return k
            if token.lower_ == "tout" and doc[k + 1].lower_ == "en" and k + 2 < sentence_end:
                return k  # "tout en la qualifiant de « … »": a gerund clause of its own
            if voice_of_at(doc, k) or (token.lower_ in STATEMENT_LINKS and _new_cue(ctx, k + 1)):
                return k  # "par la voix de X", "et a ironisé sur …": not the reported words
            coordinated = token.lower_ in STATEMENT_LINKS and doc[k - 1].text == ","
            if by_cue and coordinated and _named_cue(ctx, k + 1):
                # ", et le chauffeur a avoué …": another speaker's statement; only a cue's
                # clause stops there (a source's "selon X" covers both)
                return k - 1
            if by_cue and token.text == "," and _named_cue(ctx, k + 1):
                return k  # "qui l'accusent d'avoir tenu …, la députée X a annoncé que …"
            if token.text == "," and k + 1 < sentence_end and _new_cue(ctx, k + 1):
                return k  # ", même si elle juge …": another statement begins
            if _gerund_cue_at(ctx, k) or _contrasted_cue_at(ctx, k, sentence_end):
                # "… ajoutant que …", "…, alors qu'il salue …": a statement of its own
                return k - 1 if doc[k - 1].text == "," and k - 1 > start else k
            if token.text == "," and k + 1 < sentence_end:
                nxt = doc[k + 1]
                gerund = nxt.lower_.endswith("ant") and nxt.pos_ == "VERB"
                if gerund and _apposed_to_subject(doc, start, k, sentence_end):
                    continue  # "que les sauterelles, mesurant 3 cm, seraient parties …"
                if nxt.lower_ in CLAUSE_BREAKS:
                    return k  # ", selon …": a source's clause; a time (", après …", ", avant
                    # …"), a manner (", sans …") or a gerund (", tuant …") after a comma
                    # goes on with the reported words, which run to the sentence end
                if nxt.lower_ == "sans" and any(
                    doc[j].lower_ in UNSAID_VERBS for j in range(k + 2, min(k + 5, sentence_end))
                ):
                    return k  # ", sans toutefois donner de date": what was left unsaid
                if k + 2 < sentence_end and doc[k + 2].lower_ == "selon":
                    return k  # ", désorganisés selon elle par …": that source's own clause
                cue_after = k + 1 in ctx.cues or any(
                    c.first == k + 1 for c in cues_starting(ctx, k + 1)
                )
                if cue_after and not _subject_verb(ctx, start, k):
                    return k  # ", a annoncé X"; not "le torero, lui, a annoncé"
                if nxt.lower_ in RELATIVE_STARTS and self._relative_cue(ctx, k + 2):
                    return k  # ", qu'elle a jugée « … »", ", qui affirme …": another statement
                if self._apposed_statement(ctx, k + 1, sentence_end):
                    return k  # ", une hausse que l'Unaf juge « … »"
        end = sentence_end
        while end > start and (doc[end - 1].is_punct and doc[end - 1].text in ".!?,"):
            end -= 1
        return end

    def _selon_incise(self, ctx: Context, i: int) -> Quote | None:
        """ "selon X" set between commas inside the clause it reports: "Cela peut, selon lui,
        avoir des conséquences", "les discours qui tentent, selon lui, de justifier la
        violence" (a relative clause takes its antecedent along)."""
        doc = ctx.doc
        sentence_start, sentence_end = ctx.sentence_tokens(i)
        if doc[i].lower_ != "selon" or i - 2 < sentence_start or doc[i - 1].text != ",":
            return None
        if doc[i - 2].is_punct:
            return None  # "« … », selon X,": the marked quote's source
        phrase = self._source_phrase(ctx, i + 1, sentence_end)
        if phrase is not None and doc[i + 1].lower_ in PERSON_PRONOUNS:
            phrase = doc[i + 1 : i + 2]
        if phrase is None or self._not_a_source(phrase) or not self._someone(phrase):
            return None
        after = phrase.end + 1
        if phrase.end >= sentence_end or doc[phrase.end].text != "," or after >= sentence_end:
            return None
        if doc[after].is_punct or ctx.inside_mark(doc[after].idx):
            return None
        start = _incise_clause_start(ctx, i - 1, sentence_start)
        if start is None:
            return None
        end = self._clause_end(ctx, after, sentence_end)
        if end <= after:
            return None
        return Quote(doc[start].idx, end_char(doc, end), "indirect", "selon", phrase)

    def _narration_with_marks(self, ctx: Context, start: int, end: int) -> bool:
        """Marked words inside the narrator's clause, which reports no speech of its own
        ("Washington évoque une invasion « imminente », …" is Washington's statement)."""
        return _marks_inside_narration(ctx, start, end) and not self._speech_cue_within(
            ctx, start, end
        )

    def _apposed_statement(self, ctx: Context, i: int, stop: int) -> bool:
        """A noun in apposition whose relative clause reports someone else's judgment of it."""
        doc = ctx.doc
        j = i
        while j < stop and j < i + 4 and doc[j].pos_ in ("DET", "NOUN", "ADJ"):
            j += 1
        if j == i or j >= stop or doc[j].lower_ not in RELATIVE_STARTS:
            return False
        for k in range(j + 1, min(j + 20, stop)):
            if k in ctx.cues:
                return True
            if doc[k].text in (",", ".", ";"):
                return False
        return False

    def _relative_cue(self, ctx: Context, i: int) -> bool:
        """A finite cue at the start of a relative clause: "(qui) affirme", "(qu')elle a jugée"."""
        doc = ctx.doc
        if i < len(doc) and doc[i].pos_ == "PRON" and doc[i].lower_ not in ("se", "s'", "s’"):
            i += 1
        return any(c.form == "finite" and c.first <= i + 1 for c in cues_starting(ctx, i))

    def _clause_before_inverted_cue(self, ctx: Context, cue: Cue) -> Quote | None:
        """La grippe a atteint son pic, a annoncé Santé publique France: the clause is reported."""
        doc = ctx.doc
        comma = cue.first - 1
        if comma > 0 and doc[comma].lower_ == "en":
            comma -= 1  # "…, en a conclu le ministre"
        sentence_start, sentence_end = ctx.sentence_tokens(cue.verb)
        if (
            comma >= 1
            and doc[comma].text != ","
            and self._bare_inversion(ctx, cue, sentence_start, sentence_end)
        ):
            comma = cue.first  # "… a souligné l'analyste": no comma before the inverted cue
        elif comma < 1 or doc[comma].text != "," or cue.form != "finite":
            return None  # ", dénonçant X": a gerund takes an object, not an inverted subject
        clause_start = sentence_start
        for k in range(comma - 1, sentence_start, -1):
            if doc[k].text in (":", ";"):  # "Pour l'Egypte, c'est lourd : les recettes …"
                clause_start = k + 1
                break
        ending = ctx.inside_mark(doc[comma - 1].idx)
        starting = ctx.inside_mark(doc[sentence_start].idx)
        quoted = starting is ending or not self._narration_with_marks(ctx, clause_start, comma)
        if ending is not None and (starting is None or starting is ending) and quoted:
            return None  # « … », a dit X: the marked quote's cue
        # "Le syndicat, selon lequel …, réclame": the subject is before
        speaker = self._inverted_subject(ctx, cue, sentence_end)
        if speaker is None or speaker[0].lower_ in QUE:
            return None
        compound = cue.pronoun is None and cue.first < cue.verb
        only_inverted = compound and cue.lemma in self.find_cues.inverted_only_lemmas
        if only_inverted and not self._someone(speaker):
            return None  # "…, a calculé le budget nécessaire": a coordinated verb
        clause = doc[clause_start:comma]
        heading = doc[sentence_start : clause_start - 1]  # a heading: no verb, no marks
        announced = (
            clause_start > sentence_start
            and doc[clause_start - 1].text == ":"
            and not _has_main_verb(clause)
            and not _has_main_verb(heading)
            and not any(ctx.inside_mark(t.idx) for t in doc[sentence_start:comma])
        )
        if announced:  # "Bilan : une côte fracturée, …, détaille X": the list after the colon
            clause = doc[sentence_start:comma]  # and what announces it are reported together
        elif _fronted_adjunct(ctx, clause):
            return self._clause_after_incise(ctx, cue, clause, speaker, sentence_end)
        elif len(clause) < 3:
            return None
        elif not _has_main_verb(clause):
            if clause_start > sentence_start or not verbless_statement(ctx, clause):
                return None
            named = cue.pronoun is not None or any(t.text[:1].isupper() for t in speaker)
            if not named or not self._ends_sentence(ctx, speaker.end, sentence_end):
                return None  # "Le monde scientifique, …, dénoncent un jeu dangereux": the
                # cue's subject, and its object after it
            # "Une situation, heureusement, extrêmement rare, a précisé La Poste": a verbless
            # statement (or one whose verb the tagger missed) is the inverted cue's words
        if all(t.is_punct or t.pos_ == "CCONJ" or ctx.inside_mark(t.idx) for t in clause):
            return None  # « A », « B », a martelé X: marked quotes in a row, each direct
        opening = ctx.inside_mark(clause[0].idx)
        if opening is not None and (
            not _words_after(ctx, opening, comma)
            or self._speech_cue_within(ctx, ctx.token_at(opening.close), comma)
        ):
            return None  # « … », a lancé X, …: the marked quote has its own cue
        end = clause.end_char
        if _goes_on_after(doc, speaker.end, sentence_end):
            # "La zone a été fermée, précise Le Parisien, afin de faciliter l'intervention":
            # the incise cuts the reported clause, which goes on after it; not into a source
            # or a cue of its own ("…, argumentait X, puisque selon lui …")
            stop = self._clause_end(ctx, speaker.end + 1, sentence_end)
            rest = range(speaker.end + 1, stop)
            if not any(doc[k].lower_ in SOURCE_WORDS or k in ctx.cues for k in rest):
                end = end_char(doc, stop)
        return Quote(clause.start_char, end, "indirect", cue.lemma, speaker)

    def _bare_inversion(
        self, ctx: Context, cue: Cue, sentence_start: int, sentence_end: int
    ) -> bool:
        """An inverted cue with no comma before it: "Trois personnes ont été blessées a
        annoncé la préfecture." Only after a clause whose own verb comes before any relative
        (not "Le syndicat qui représente les salariés a dénoncé le patron"), with a subject
        that designates someone and closes the sentence (or an incise)."""
        doc = ctx.doc
        if cue.form != "finite" or cue.pronoun is not None or cue.first - sentence_start < 4:
            return False
        before = doc[cue.first - 1]
        if before.text not in CLOSING_MARKS and before.pos_ not in BARE_INVERSION_AFTER:
            return False
        if before.lower_ in QUE or before.lower_ in RELATIVES or before.lower_ == "comme":
            return False
        if not _verb_before_relative(doc[sentence_start : cue.first]):
            return False
        if _coordinated_subject(doc, sentence_start, cue.first):
            return False  # "…, et le ministère a demandé des renforts": its own subject
        speaker = self._inverted_subject(ctx, cue, sentence_end)
        if speaker is None or speaker[0].pos_ == "PRON" or not self._someone(speaker):
            return False
        if speaker[0].pos_ == "DET" and speaker[0].lower_ not in DEFINITE_ARTICLES:
            return False  # "a demandé des renforts à l'Alberta": an object, not a speaker
        end = speaker.end
        return (
            self._ends_sentence(ctx, end, sentence_end)
            or doc[end].text == ","
            or [t.lower_ for t in doc[end : end + 2]] == ["tout", "en"]
        )

    def _ends_sentence(self, ctx: Context, i: int, sentence_end: int) -> bool:
        """Only a date or punctuation after the inverted cue's subject: "…, rapporte X mercredi
        10 janvier."; an object or a clause after it makes the cue's own sentence."""
        doc = ctx.doc
        return all(
            doc[k].is_punct or doc[k].pos_ == "NUM" or dating_word(doc, k, self.speakers.time_words)
            for k in range(i, sentence_end)
        )

    def _clause_after_incise(
        self, ctx: Context, cue: Cue, adjunct: Span, speaker: Span, sentence_end: int
    ) -> Quote | None:
        """ "Un peu plus loin, explique Le Parisien, deux motards sont attaqués": the clause
        after the incise is reported, with the adjunct it opens with (the gold takes either)."""
        doc = ctx.doc
        start = speaker.end + 1
        if speaker.end >= sentence_end or doc[speaker.end].text != "," or start >= sentence_end:
            return None
        if doc[start].is_punct or ctx.inside_mark(doc[start].idx):
            return None  # "A ce jour, précise X, « … »": the marked quote has it
        if doc[start].pos_ not in SUBJECT_STARTS or doc[start].lower_ in RELATIVES:
            return None  # ", qui mettent en place …": the speaker's relative clause
        end = self._clause_end(ctx, start, sentence_end)
        rest = doc[start:end]
        if len(rest) < 3 or not _has_main_verb(rest) or _marks_inside_narration(ctx, start, end):
            return None
        if any(t.lower_ in SOURCE_WORDS or t.i in ctx.cues for t in rest):
            return None  # a source or a cue of its own further on
        return Quote(adjunct.start_char, end_char(doc, end), "indirect", cue.lemma, speaker)


def _fronted_adjunct(ctx: Context, clause: Span) -> bool:
    """A time or place set before an incise, with no verb: "Un peu plus loin, [explique X,]",
    "Ce jour-là, [raconte X,]"; the reported clause comes after the incise."""
    if not clause or len(clause) > ADJUNCT_MAX_WORDS:
        return False
    if any(ctx.inside_mark(t.idx) for t in clause):
        return False
    if not any(t.pos_ in ("ADV", "ADP") or t.lower_ in DEICTIC_SUFFIXES for t in clause):
        return False  # "Ce dernier, inquiet, alerte …": a subject, not a time or place
    return all(
        t.pos_ in ("ADV", "ADP", "DET", "NOUN", "ADJ", "NUM") or t.lower_ in DEICTIC_SUFFIXES
        for t in clause
    )


def _addressee_only(doc: Doc, i: int, j: int) -> bool:
    """Between an infinitive cue and its "que", at most adverbs and whom it is said to
    ("rappeler aux Français que"); a topic ("s'interroger sur les cadeaux que …") makes the
    "que" a relative of its noun."""
    return all(t.pos_ != "ADP" or t.lower_ in ADDRESSING for t in doc[i:j])


def _goes_on_after(doc: Doc, i: int, stop: int) -> bool:
    """After an inverted cue's subject, a comma and a purpose, time or cause that goes on with
    the reported clause ("…, précise X, afin de …"); not an adjunct of the cue itself ("…, a
    déclaré X, lors d'une conférence") nor one of the speaker ("…, a dit X, pour qui …")."""
    if i + 2 >= stop or doc[i].text != "," or doc[i + 1].lower_ not in CONTINUATIONS:
        return False
    return doc[i + 2].lower_ not in RELATIVES


def _incise_clause_start(ctx: Context, comma: int, sentence_start: int) -> int | None:
    """Where the clause interrupted by an incise at comma starts: after the last clause break,
    or at the noun phrase a relative "qui" there depends on ("les discours politiques qui
    tentent, selon lui, …"). None unless a verb awaiting its complement comes right before
    ("Cela peut, selon lui, avoir …"): "Mais, selon X, …" and "X a signé le texte, selon
    lui, …" are the other source rules' (sources.py)."""
    doc = ctx.doc
    start = sentence_start
    for k in range(comma - 1, sentence_start - 1, -1):
        if doc[k].text in (",", ";", ":", "(") or "\n" in doc[k].text:
            start = k + 1
            break
    words = doc[start:comma]
    if not words or any(ctx.inside_mark(t.idx) for t in words):
        return None
    relative = next((t.i for t in reversed(words) if t.lower_ == "qui"), None)
    if relative is not None:
        if words[-1].i - relative > INCISE_REACH:
            return None
        k = relative
        while k > start and (
            doc[k - 1].pos_ in NOUN_PHRASE_TAGS or doc[k - 1].lower_ in PLACE_OF_WORDS
        ):
            k -= 1
        return k if k < relative else None
    if len(words) > INCISE_REACH or doc[comma - 1].pos_ not in ("VERB", "AUX"):
        return None  # "X a signé le texte, selon lui,": the clause is complete before it
    return start


def _marks_inside_narration(ctx: Context, start: int, end: int) -> bool:
    """The narrator's clause before an inverted cue holds the marked words, so that the whole
    clause is reported (mixed): "L'industrie du mariage « souffre », regrette X", "Latif,
    « fiancé depuis deux ans », « avait l'intention … », raconte-t-il"; not a quote after a
    fronted adjunct or a conjunction ("Sur ce sujet, « … », a-t-elle ajouté", "Mais « … »")."""
    doc = ctx.doc
    opening = ctx.mark_index.first_open_after(doc[start].idx - 1)
    if opening is None or opening >= doc[end].idx:
        return False
    open_i = ctx.token_at(opening)
    words = [t for t in doc[start:open_i] if not t.is_punct and not t.is_space]
    if not words:
        return False
    if words[0].pos_ in ADJUNCT_STARTS:
        return len(words) > 1 and doc[open_i - 1].text not in CLAUSE_OPENER_TOKENS
    if doc[open_i - 1].text not in CLAUSE_OPENER_TOKENS:
        return True
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in words)
    return doc[open_i - 1].text == "," and verbless  # a subject before its quoted predicate


def _words_after(ctx: Context, mark, end: int) -> bool:
    """The narrator's clause goes on after the marks, before token end: « … » et ne mesurent
    pas …, estime-t-il (a mixed quote, not a marked one); not a verbless tail (« … » au
    retour de l'inflation, a déclaré X: the marked words are the quote)."""
    words = ctx.doc[ctx.token_at(mark.close) + 1 : end]
    verb = any(t.pos_ in ("VERB", "AUX") for t in words)
    return verb and sum(1 for t in words if t.is_alpha) >= NARRATOR_MIN_WORDS


def _apposed_to_subject(doc: Doc, start: int, comma: int, stop: int) -> bool:
    """A participle set off by commas between the clause's subject and its verb: the clause
    has no verb yet, and a finite verb follows the closing comma."""
    if any(t.pos_ in ("VERB", "AUX") for t in doc[start:comma]):
        return False
    for k in range(comma + 2, min(stop - 1, comma + 2 + INCISE_REACH)):
        if doc[k].text == ",":
            verb = doc[k + 1]
            return verb.pos_ in ("VERB", "AUX") and "Fin" in verb.morph.get("VerbForm")
        if doc[k].is_punct:
            return False
    return False


def _opens_clause(token) -> bool:
    """What may open the clause after "que": a subject, an adverb, a fronted adjunct ("qu'en
    2014, …", "que depuis 5 heures …", "qu'au moins 63 …", "que si …") or marked words
    ("qu'« à ce jour », …"); not a bare participle ("que prévu")."""
    if token.text in OPENING_MARKS:
        return True
    if token.pos_ in ("ADP", "SCONJ"):
        return True
    return token.pos_ in CLAUSE_STARTS and not is_participle_only(token)


def _adjunct_before_comma(doc: Doc, i: int, j: int, time_words) -> bool:
    """Only adjuncts between a cue and a comma, so that a "que" after it is the cue's: "précise
    par ailleurs, qu'…"; not an object ("a annoncé la fermeture, qu'elle juge …")."""
    if doc[i].text == ",":
        i += 1  # the adjunct set between commas: "a annoncé, mercredi, que …"
    if j <= i:
        return False
    first = doc[i]
    return first.pos_ in ("ADV", "ADP") or first.lower_ in time_words


def _gerund_cue_at(ctx: Context, k: int) -> bool:
    """A reporting gerund starts at k, alone or after "en", "et" or an object clitic: "…
    à l'étranger ajoutant que …", "en déclarant que …", "les exhortant à …", "et réclamant …"."""
    doc = ctx.doc
    cue = ctx.cues.get(k)
    if cue is None and doc[k].lower_ in GERUND_LEADS | OBJECT_CLITICS and k + 1 < len(doc):
        cue = ctx.cues.get(k + 1)
    return cue is not None and cue.form == "gerund" and not ctx.inside_mark(doc[cue.verb].idx)


def _contrasted_cue_at(ctx: Context, k: int, stop: int) -> bool:
    """ "alors que"/"tandis que" opening a clause whose verb reports someone else's words: "…,
    alors qu'il salue « … »", "…, tandis que le Conseil recommandait …"."""
    doc = ctx.doc
    if doc[k].lower_ not in CONTRAST_HEADS or k + 1 >= stop or doc[k + 1].lower_ not in QUE:
        return False
    for j in range(k + 2, min(k + 2 + CONTRAST_REACH, stop)):
        cue = ctx.cues.get(j)
        if cue is not None:
            return cue.form == "finite"
        if doc[j].is_punct:
            return False
    return False


def _noun_participle(doc: Doc, j: int, i: int) -> bool:
    """A past participle the tagger calls a verb, right after a noun: "une interview télévisée"."""
    token = doc[j]
    return (
        j > i
        and doc[j - 1].pos_ == "NOUN"
        and token.pos_ == "VERB"
        and "Part" in token.morph.get("VerbForm")
        and token.lower_.endswith(("é", "ée", "és", "ées"))
    )


def _holds_mark(ctx: Context, quote: Quote) -> bool:
    """Whether marked words open inside the quote's words."""
    opening = ctx.mark_index.first_open_after(quote.start - 1)
    return opening is not None and opening < quote.end


def _infinitive_follows(doc: Doc, i: int, stop: int) -> bool:
    """An infinitive, possibly negated or with object clitics: "à ne pas envoyer", "à
    manifester", "de l'avoir abusée"."""
    while i < stop and (doc[i].lower_ in INFINITIVE_LINKS or doc[i].lower_ in OBJECT_CLITICS):
        i += 1
    return i < stop and doc[i].pos_ in ("VERB", "AUX") and "Inf" in doc[i].morph.get("VerbForm")


def _parsed_object_infinitive(
    doc: Doc, cue: Cue, i: int, stop: int, preposition: str, right_after: bool
) -> int | None:
    """The infinitive an object-infinitive cue governs past its object, by the parse: "accusent
    leurs propriétaires, souvent de grandes familles, d'être …", "ont demandé au Congrès, dans
    une lettre ouverte, de débloquer …", "a appelé le gouvernement et les talibans à coopérer".
    The parse may hang the infinitive on the object's noun (acl): the path up to the cue
    passes through nouns only, never another verb. Returns the infinitive group's start."""
    forms = _PREPOSITION_FORMS.get(preposition, ())
    for k in range(i, min(stop, i + OBJECT_INFINITIVE_REACH)):
        token = doc[k]
        if token.text in (".", ";", ":", "?", "!") or _finite_after_cue(doc, cue, k):
            return None
        if token.lower_ not in forms or (k == i and not right_after):
            continue
        if k > i and doc[k - 1].lower_ in PURPOSE_HEADS:
            continue  # "a proposé un plan afin d'appuyer …", "avant d'y mettre fin": no object
        inf = k + 1  # past a negation, clitics, adverbs: "de ne pas vraiment défendre"
        while inf < min(stop, k + 6) and (
            doc[inf].lower_ in INFINITIVE_LINKS
            or doc[inf].lower_ in OBJECT_CLITICS
            or doc[inf].pos_ == "ADV"
        ):
            inf += 1
        node = doc[inf] if inf < stop else token
        if node.pos_ not in ("VERB", "AUX") or "Inf" not in node.morph.get("VerbForm"):
            continue
        if node.dep_.startswith(("aux", "cop")):
            node = node.head  # "d'être à l'origine", "d'avoir réalisé": the clause's head
        for _ in range(OBJECT_INFINITIVE_REACH):
            node = node.head
            if node.i == cue.verb:
                return k + 1
            if node.pos_ not in NOMINAL_HEADS or not cue.verb < node.i < k:
                break
    return None


def _finite_after_cue(doc: Doc, cue: Cue, k: int) -> bool:
    """A finite verb after the cue's group: the words after it are another clause's."""
    token = doc[k]
    return k > cue.last and token.pos_ == "VERB" and "Fin" in token.morph.get("VerbForm")


def _adjuncts_only(doc: Doc, i: int, j: int) -> bool:
    """Only prepositional phrases (and adverbs, negations) between a cue and its infinitive:
    "a assuré devant le tribunal être …", "a expliqué aux enquêteurs avoir agi seul"; not a
    noun object ("a annoncé la décision de fermer") nor a purpose ("a agi pour éviter")."""
    while i < j and doc[i].pos_ == "ADV" and doc[i].lower_ != "auprès":
        i += 1
    end = j
    while end > i and (
        doc[end - 1].lower_ in INFINITIVE_LINKS or doc[end - 1].text == "," or _clitic(doc[end - 1])
    ):
        end -= 1  # "a expliqué à l'AFP, jeudi 6 juillet, avoir été …": the date's comma;
        # "a déclaré à la police s'être caché": the infinitive's reflexive
    if end - i < 2 or end - i > ADJUNCT_MAX_WORDS:
        return False
    if doc[i].lower_ == "auprès" and doc[i + 1].lower_ in PLACE_OF_WORDS:
        i += 2  # "a précisé auprès de France Bleu avoir …", tagged an adverb
    elif doc[i].lower_ in TIME_PREPOSITIONS and doc[i + 1].pos_ == "DET":
        i += 1  # "a annoncé avant sa mort avoir eu …": a time, not "avant de"
    elif doc[i].pos_ != "ADP" or doc[i].lower_ in NOT_ADJUNCT_PREPOSITIONS:
        return False
    if doc[end - 1].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") or (
        end < j and doc[j - 1].lower_ in ("de", "d'", "d’")
    ):
        return False
    return all(t.pos_ in ADJUNCT_WORDS or t.text == "," for t in doc[i:end])


def voice_of_at(doc: Doc, k: int) -> bool:
    return [t.lower_ for t in doc[k : k + 3]] == ["par", "la", "voix"]


def _subject_verb(ctx: Context, start: int, comma: int) -> bool:
    """The cue right after the comma is the verb of the clause's subject, set off by an aside
    ("Selon X, le torero, lui, a d'ores et déjà annoncé …"): no verb before the comma, and
    the cue's group, with no subject of its own nor an inverted one, opens right after it."""
    doc = ctx.doc
    if any(t.pos_ in ("VERB", "AUX") for t in doc[start:comma]):
        return False
    cue = next(iter(cues_starting(ctx, comma + 1)), None)
    return cue is not None and cue.first == comma + 1 and cue.pronoun is None


def _new_cue(ctx: Context, i: int) -> bool:
    """A finite reporting verb within a few words of i, after only clitics, conjunctions and
    adverbs: "et a ironisé", "même si elle juge", "mais a prévenu"; not after "que", whose
    clause is coordinated with the reported one (", et qu'il lancerait une enquête")."""
    doc = ctx.doc
    for k in range(i, min(i + 5, len(doc))):
        cue = ctx.cues.get(k)
        if cue is not None:
            return (
                cue.form == "finite"
                and cue.first >= i  # not a group that starts before i ("a d'ores et déjà dit")
                and all(
                    doc[j].pos_ in ("ADV", "SCONJ", "CCONJ", "PRON", "AUX")
                    and doc[j].lower_ not in QUE
                    for j in range(i, cue.first)
                )
            )
        if doc[k].pos_ not in ("ADV", "SCONJ", "CCONJ", "PRON", "AUX"):
            return False
    return False


def _named_cue(ctx: Context, i: int) -> bool:
    """A noun phrase, then a finite reporting verb: "le chauffeur a même avoué", "la
    préfecture précise"; a subject of its own for the words that follow."""
    doc = ctx.doc
    k = i
    while k < min(i + SUBJECT_MAX_WORDS, len(doc)) and doc[k].pos_ in NOUN_PHRASE_TAGS:
        k += 1
    if k == i or not any(t.pos_ in ("NOUN", "PROPN") for t in doc[i:k]):
        return False
    return _new_cue(ctx, k)


def _before_infinitive(doc: Doc, k: int, time_words) -> bool:
    """What may stand between a cue and its infinitive: "a annoncé mardi ne pas avoir …",
    a date set between commas too ("a annoncé, mercredi 15 janvier, avoir ouvert …", "a
    assuré lundi 1er octobre n'avoir …")."""
    token = doc[k]
    return (
        token.pos_ in ("ADV", "NUM")
        or token.text == ","
        or dating_word(doc, k, time_words)
        or token.lower_ in INFINITIVE_LINKS
        or _clitic(token)
    )


def _reflexive_infinitive(doc: Doc, j: int, stop: int) -> bool:
    """doc[j] is the reflexive clitic of an infinitive: "s'installer", "s'être trompé"."""
    return (
        doc[j].lower_ in REFLEXIVES
        and j + 1 < stop
        and doc[j + 1].pos_ in ("VERB", "AUX")
        and "Inf" in doc[j + 1].morph.get("VerbForm")
    )


def _clitic(token) -> bool:
    """The reflexive pronoun of the infinitive: "a dit se sentir trahi", "dit ne pas se
    considérer comme …"; not "lui", "y" ("propose de lui vendre", "disent y avoir goûté": an
    offer, a survey's answer, seldom a statement the gold reports)."""
    return token.pos_ == "PRON" and token.lower_ in REFLEXIVES


def _has_main_verb(clause: Span) -> bool:
    """A verb outside relative clauses: "Le syndicat, selon lequel X serait Y," has none; "Les
    enquêteurs, qui s'intéressent à X, ont eu accès" has one after the relative's comma. A
    relative right after a noun of the subject owns the first finite verb after it: "Les
    Émirats arabes unis dont fait partie Dubaï" has none (the subject of an inverted-looking
    cue), "Le virus qui a tué trois personnes est arrivé" has "est"."""
    relative = False
    bound = False  # a relative with no comma before it, whose verb is still to come
    # a verb or a negation (before a verb the tagger may miss: "cela ne calme en rien") seen: a
    # relative after it is in the predicate
    predicate = False
    for k, token in enumerate(clause):
        after_noun = k > 0 and clause[k - 1].pos_ in BOUND_RELATIVE_HEADS
        if token.lower_ in RELATIVES and k > 0 and clause[k - 1].lower_ in (",", "selon"):
            relative = True
        elif token.lower_ in RELATIVES and after_noun and not predicate:
            bound = True  # not "cela ne calme … les CRS qui …": the predicate's object
            continue
        elif relative and token.text == ",":
            relative = False  # the relative clause set between commas ends here
            continue
        finite = "Fin" in token.morph.get("VerbForm") or token.lower_.endswith(("ait", "aient"))
        reflexive = _after_reflexive(clause, k)
        if reflexive:  # "s'apparente", whatever the tagger made of it
            finite = not token.lower_.endswith(INFINITIVE_ENDINGS)
        verb = token.pos_ in ("VERB", "AUX") or reflexive
        if verb and finite and not relative:
            if not bound:
                return True
            bound = False  # the relative's own verb
        predicate = predicate or token.pos_ in ("VERB", "AUX") or token.lower_ in NEGATION_STARTS
    return False


INFINITIVE_ENDINGS = ("er", "ir", "re")


def _after_reflexive(clause: Span, k: int) -> bool:
    """A word right after a reflexive clitic is a verb ("s'apparente", "se félicite")."""
    return k > 0 and clause[k - 1].lower_ in REFLEXIVES and clause[k].is_alpha


# What a relative pronoun with no comma before it may follow: the noun it qualifies.
BOUND_RELATIVE_HEADS = frozenset({"NOUN", "PROPN", "ADJ"})


def _coordinated_subject(doc: Doc, start: int, cue_first: int) -> bool:
    """Only a noun phrase between "et" (or a comma) and the cue: the cue's own subject."""
    for k in range(cue_first - 1, start - 1, -1):
        if doc[k].lower_ in STATEMENT_LINKS or doc[k].text == ",":
            return k < cue_first - 1
        if doc[k].pos_ not in NOUN_PHRASE_TAGS and doc[k].pos_ != "ADP":
            return False
    return False


def _verb_before_relative(clause: Span) -> bool:
    """A finite verb before any relative or "que" of the clause: the clause's own verb."""
    for token in clause:
        if token.lower_ in RELATIVES or token.lower_ in QUE:
            return False
        finite = "Fin" in token.morph.get("VerbForm")
        if token.pos_ in ("VERB", "AUX") and finite and not token.text[:1].isupper():
            return True
    return False


def _is_question(ctx: Context, verb_i: int) -> bool:
    start, end = ctx.sentences.bounds(ctx.doc[verb_i].idx)
    return ctx.sentences.text[start:end].rstrip().endswith("?") and not ctx.inside_mark(end - 1)
