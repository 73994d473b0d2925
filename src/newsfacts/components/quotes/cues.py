"""Reporting-verb cues: where a verb of the lexicon reports speech, in which form, and whether it
is negated or hypothetical (``n'a pas dit que``, ``il faut dire que``, ``s'il déclarait que``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsfacts.components.lemmas import lemma
from newsfacts.components.quotes.lexicon import QuoteLexicon, VerbEntry

REFLEXIVES = frozenset({"se", "s'", "s’"})
HYPHEN_PRONOUNS = frozenset({"-il", "-elle", "-ils", "-elles", "-on"})
NEGATION_STARTS = frozenset({"ne", "n'", "n’"})
# "si" and its elided forms: "même s'il", "demande si"
IF_FORMS = frozenset({"si", "s'", "s’"})
# the clitics a conjugated verb may carry before it: "ne s'est pas", "se dit"
CLITICS_BEFORE_VERB = REFLEXIVES | NEGATION_STARTS
ASIDE = frozenset(
    {"ADV", "ADP", "DET", "PRON", "NOUN"}
)  # "de son côté", "pour sa part", "lui aussi"
LEMMATIZED = frozenset({"VERB", "AUX"})
NOT_VERBS = frozenset({"NOUN", "PROPN", "DET", "ADP", "CCONJ", "SCONJ", "NUM", "PUNCT"})
# What links a reporting infinitive to the verb whose subject says it: "avant d'expliquer que",
# "a tenu à rappeler que", "pour affirmer que", "Et X d'assurer que"; not "sans préciser".
INFINITIVE_LINKS = frozenset({"de", "d'", "d’", "à", "pour"})
# Object clitics before a verb: an incise's ("« … », leur avait-il dit", "se rappelle-t-elle"),
# an infinitive's ("de leur rappeler").
OBJECT_CLITICS = frozenset({"lui", "leur", "me", "m'", "m’", "nous", "vous", "se", "s'", "s’"})
INFINITIVE_CLITICS = OBJECT_CLITICS | NEGATION_STARTS | {"pas"}  # "de ne pas leur dire"


@dataclass(frozen=True)
class Cue:
    lemma: str  # the lexicon entry: "déclarer", "s'interroger", "faire valoir"
    verb: int  # token index of the conjugated lexical verb
    first: int  # first token of the verb group (auxiliary, clitics)
    last: int  # last token of the group (locution words, inverted pronoun)
    form: str  # "finite", "gerund" (présent participle), "bare" (participle without auxiliary)
    # or "infinitive" (after "de", "à", "pour": CueFinder.infinitives, for "que" clauses only)
    pronoun: int | None  # token index of an inverted subject pronoun ("-t-il" -> "-il")


class CueFinder:
    def __init__(self, lexicon: QuoteLexicon) -> None:
        self.lexicon = lexicon
        self.auxiliaries = lexicon.word_set("auxiliaries")
        self.negations = lexicon.word_set("negations")
        self.hypothetical = lexicon.word_set("hypothetical_markers")
        self.etre_cues = lexicon.word_set("etre_cues")
        self.infinitive_blockers = lexicon.word_set("infinitive_cue_blockers")
        self.inverted_only = dict(lexicon.words.get("inverted_only_cues", {}))
        self.inverted_only_lemmas = frozenset(self.inverted_only.values())

    def __call__(self, doc: Doc) -> dict[int, Cue]:
        cues = {}
        for token in doc:
            if token.lower_.endswith(("ez", "ons")):
                continue  # "demandez-moi", "nous annonçons": reported speech is in the 3rd person
            entries = self._entries(token)
            if entries and (_adjective_in_ant(token) or _graded_adjective(token)):
                continue  # "un enneigement abondant", "un ton menaçant", "très critique envers"
            if (entries and token.pos_ not in NOT_VERBS) or (entries and _verbal_context(token)):
                cue = self._cue(doc, token, entries)
                if cue is not None:
                    cues[token.i] = cue
            elif token.lower_ in self.inverted_only:
                cue = self._inverted_only_cue(doc, token)
                if cue is not None:
                    cues[token.i] = cue
        return cues

    def _inverted_only_cue(self, doc: Doc, verb: Token) -> Cue | None:
        """A verb that reports only inverted after a comma: in the present ("…, prévoit la
        guide") or as a participle after its auxiliary, an adverb or an inverted pronoun
        ("…, a déjà prévu le ministre", "…, ont calculé les chercheurs")."""
        lemma_ = self.inverted_only[verb.lower_]
        if _inverted_at(doc, verb.i):
            return Cue(lemma_, verb.i, verb.i, verb.i, "finite", None)
        k = verb.i - 1
        while k > 0 and doc[k].pos_ == "ADV":
            k -= 1
        pronoun = None
        if k > 0 and doc[k].lower_ in HYPHEN_PRONOUNS:
            pronoun = k
            k -= 1 if doc[k - 1].lower_ != "-t" else 2
        if k < 1 or doc[k].lower_ not in self.auxiliaries or doc[k - 1].text != ",":
            return None
        if pronoun is None and not _inverted_at(doc, verb.i, before=k):
            return None
        return Cue(lemma_, verb.i, k, verb.i, "finite", pronoun)

    def infinitives(self, doc: Doc) -> list[Cue]:
        """Reporting infinitives after "de", "à" or "pour", which __call__ leaves out ("il faut
        dire que", "sans préciser si"): the words are those of the subject of the verb the
        infinitive depends on ("a tenu à rappeler aux Français que", "avant d'expliquer qu'").
        Not after a verb that says nothing by itself ("il faut", "peut", "a refusé de")."""
        cues = []
        for token in doc:
            if token.pos_ not in LEMMATIZED or "Inf" not in token.morph.get("VerbForm"):
                continue
            entries = self.lexicon.lemmas.get(token.lower_)
            if not entries:
                continue
            link = token.i - 1
            while link >= 0 and doc[link].lower_ in INFINITIVE_CLITICS:
                link -= 1
            if link < 0 or doc[link].lower_ not in INFINITIVE_LINKS:
                continue
            head = token.head
            if head.i == token.i:
                # the parse's root: a narrative infinitive right after its subject ("Et le
                # député d'assurer que"), which "pour" never follows
                if link == 0 or doc[link].lower_ == "pour":
                    continue
                head = doc[link - 1]
                if head.pos_ not in ("NOUN", "PROPN"):
                    continue
            if head.pos_ == "ADJ" or lemma(head) in self.infinitive_blockers:
                continue  # "il est important de rappeler que": the narrator's
            if any(c.dep_ == "expl:subj" and c.lower_ == "il" for c in head.children):
                continue  # "il convient de préciser que": impersonal
            entry = self._entry(doc, token, link + 1, entries)
            if entry is not None:
                # the group starts at the link: "Et X d'assurer que" has its subject right before
                last = _particles_end(doc, token.i, entry.particles)
                cues.append(Cue(entry.cue, token.i, link, last, "infinitive", None))
        return cues

    def _entries(self, token: Token) -> list[VerbEntry]:
        # Only a verb's lemma is worth looking up: the lexicon lists the other forms a cue takes,
        # and lemmatizing every token would cost as much as spaCy's lemmatizer does.
        if token.pos_ in LEMMATIZED:
            return self.lexicon.entries_for(token.lower_, lemma(token))
        return self.lexicon.entries_for(token.lower_, "")

    def at(self, doc: Doc, i: int) -> Cue | None:
        """A cue at a place where only a verb can stand ("», a tweeté X"), whatever its tag."""
        verb = doc[i]
        entries = self.lexicon.entries_for(verb.lower_, lemma(verb))
        return self._cue(doc, verb, entries) if entries and not verb.is_punct else None

    def _cue(self, doc: Doc, verb: Token, entries: list[VerbEntry]) -> Cue | None:
        if verb.lower_ in self.lexicon.lemmas:  # the surface form says it; the tagger may not
            return None  # "il faut dire que", "sans préciser si": not a statement
        first, auxiliary = self._group_start(doc, verb)
        entry = self._entry(doc, verb, first, entries)
        if entry is None:
            return None
        active = entry.cue in self.etre_cues or self._reflexive(doc, first)  # "est revenu sur"
        if auxiliary in ("été", "être") or (auxiliary in ESTRE and not active):
            return None  # passive: "il a été précisé que", "le chiffre est annoncé"
        last = _particles_end(doc, verb.i, entry.particles)
        pronoun = None
        for i in range(first, min(last + 3, len(doc))):
            if doc[i].lower_ in HYPHEN_PRONOUNS:
                pronoun = i
                last = max(last, i)
        if self._negated(doc, first, last) or self._hypothetical(doc, first, verb):
            return None
        participle = _is_participle(verb, last)
        form = "finite" if auxiliary or pronoun is not None or not participle else "bare"
        if form == "bare" and first > 0 and doc[first - 1].lower_ == "et":
            form = "finite"  # "a affirmé avoir … et annoncé qu'il …": one auxiliary for both
        if verb.lower_.endswith("ant") and not auxiliary:
            form = "gerund"
        return Cue(entry.cue, verb.i, first, last, form, pronoun)

    def _group_start(self, doc: Doc, verb: Token) -> tuple[int, str | None]:
        """Walk back over adverbs, clitics, a short aside and the auxiliary: "s'est-il",
        "a de son côté indiqué", "a pour sa part estimé", "a par ailleurs rappelé"."""
        first, auxiliary = verb.i, None
        i = verb.i - 1
        while i >= 0 and verb.i - i <= 6:
            token = doc[i]
            lower = token.lower_
            locution = _adverb_locution_before(doc, i)
            if locution:
                i -= locution  # "a d'ores et déjà indiqué"
                continue
            if lower in self.auxiliaries and token.pos_ not in NOT_VERBS:
                if auxiliary is not None:
                    break
                auxiliary, first = lower, i
            elif lower == "été" and auxiliary is None:
                return i, "été"
            elif lower in HYPHEN_PRONOUNS or lower == "-t" or lower in REFLEXIVES:
                first = i if auxiliary is None or lower in REFLEXIVES else first
            elif auxiliary is not None or (
                token.pos_ not in ASIDE and token.dep_ != "fixed" and lower not in self.negations
            ):
                break  # a fixed locution's word goes with it: "a de nouveau affirmé"
            i -= 1
        if auxiliary is None:
            aside = self._auxiliary_before_aside(doc, verb.i)
            if aside is not None:
                return aside, doc[aside].lower_
            first = self._clitics_before(doc, verb.i)
        return first, auxiliary

    def _auxiliary_before_aside(self, doc: Doc, i: int) -> int | None:
        """The auxiliary before an aside set off by commas: "X a, de son côté, estimé",
        "Y a, lui, regretté" (the press sets a contrast or a turn between the two)."""
        if i < 4 or doc[i - 1].text != ",":
            return None
        j = i - 2
        while j > 0 and i - j <= 6 and doc[j].text != ",":
            if doc[j].pos_ not in ASIDE or doc[j].is_punct:
                return None
            j -= 1
        if j == i - 2 or doc[j].text != ",":
            return None
        auxiliary = doc[j - 1]
        if auxiliary.lower_ in self.auxiliaries and auxiliary.pos_ not in NOT_VERBS:
            return j - 1
        return None

    def _clitics_before(self, doc: Doc, i: int) -> int:
        first = i
        while first > 0 and doc[first - 1].lower_ in CLITICS_BEFORE_VERB:
            first -= 1
        return first

    def _entry(self, doc: Doc, verb: Token, first: int, entries: list[VerbEntry]):
        reflexive = self._reflexive(doc, first) or self._reflexive(doc, verb.i)
        fitting = []
        for entry in entries:
            if _particles_end(doc, verb.i, entry.particles) is None:
                continue
            if entry.pronominal != reflexive:
                continue
            fitting.append(entry)
        return max(fitting, key=lambda e: len(e.particles), default=None)

    def _reflexive(self, doc: Doc, start: int) -> bool:
        return any(
            doc[i].lower_ in REFLEXIVES and not _si_before_il(doc, i)
            for i in range(max(start - 2, 0), start + 1)
        )

    def _negated(self, doc: Doc, first: int, last: int) -> bool:
        """ "n'a pas dit", "ne dit rien": the "ne" stands before the verb; in "dit ne rien
        attendre" it negates the infinitive, what is said."""
        before = {t.lower_ for t in doc[max(first - 3, 0) : first]}
        group = {t.lower_ for t in doc[first : last + 1]}
        inside = {t.lower_ for t in doc[first : min(last + 3, len(doc))]}
        return bool(before & NEGATION_STARTS or group & NEGATION_STARTS) and bool(
            inside & self.negations or before & self.negations
        )

    def _hypothetical(self, doc: Doc, first: int, verb: Token) -> bool:
        """A conditional after "si"/"où"/"dans l'hypothèse où" reports nothing that was said."""
        conditional = ("rait", "raient")  # the tagger often calls "déclarerait" an imperfect
        group = doc[first : verb.i + 1]
        if not any("Cnd" in t.morph.get("Mood") or t.lower_.endswith(conditional) for t in group):
            return False
        window = doc[max(first - 6, 0) : first]
        return any(
            t.lower_ in self.hypothetical and not _concessive(doc, t.i)
            for t in window
            if t.text not in ".;"
        )


def _particles_end(doc: Doc, i: int, particles: tuple[str, ...]) -> int | None:
    """The last word of a locution's particles after its verb at i, past an adverb set
    between them ("fait ainsi savoir", "fait d'ailleurs valoir", "a fait notamment part"), or
    i itself for a plain verb; None if the particles are not there."""
    if not particles:
        return i
    k = i + 1
    if k + 1 < len(doc) and doc[k].lower_ in ELIDED_DE and doc[k + 1].pos_ == "ADV":
        k += 2  # "d'ailleurs"
    elif k < len(doc) and doc[k].pos_ == "ADV" and doc[k].lower_ not in particles:
        k += 1
    for start in dict.fromkeys((i + 1, k)):
        words = tuple(t.lower_ for t in doc[start : start + len(particles)])
        if words == particles:
            return start + len(particles) - 1
    return None


ELIDED_DE = frozenset({"d'", "d’"})
# Adverbs of several words, one with a conjunction the walk over a verb group would stop at.
ADVERB_LOCUTIONS = tuple((elided, "ores", "et", "déjà") for elided in sorted(ELIDED_DE))


def _adverb_locution_before(doc: Doc, i: int) -> int:
    """How many words an adverb locution ending at doc[i] has, or 0."""
    for words in ADVERB_LOCUTIONS:
        start = i - len(words) + 1
        if start >= 0 and tuple(t.lower_ for t in doc[start : i + 1]) == words:
            return len(words)
    return 0


ESTRE = frozenset(
    {"est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut"}
)


def _si_before_il(doc: Doc, i: int) -> bool:
    """ "s'" before "il"/"ils" is "si", not a reflexive: "même s'il a estimé que"."""
    return doc[i].lower_ in ("s'", "s’") and i + 1 < len(doc) and doc[i + 1].lower_ in ("il", "ils")


def _concessive(doc: Doc, i: int) -> bool:
    """ "même si" grants what follows, which was said: "même s'il assurait avoir …"."""
    return doc[i].lower_ in IF_FORMS and i > 0 and doc[i - 1].lower_ == "même"


def _is_participle(token: Token, last: int | None = None) -> bool:
    """ "annoncé" is a participle; "dit" or "admis" only when the tagger says so, and not
    before an infinitive or "que", which only a conjugated verb takes ("le prêtre dit
    attendre dimanche", "il dit ne rien attendre", "le texte dit que …", "X fait d'ailleurs
    valoir que …": after the locution's last word)."""
    if token.lower_.endswith(("é", "ée", "és", "ées")):
        return True
    ambiguous = token.lower_.endswith(("i", "ie", "ies", "is", "it", "u", "ue", "ues", "us"))
    return (
        ambiguous
        and "Part" in token.morph.get("VerbForm")
        and not _takes_a_clause(token, token.i if last is None else last)
        and not _inverted_present(token)
    )


def _inverted_at(doc: Doc, i: int, before: int | None = None) -> bool:
    """A verb after a comma (before its group's first word) and before a determiner or a
    name: an inverted cue's place."""
    first = i if before is None else before
    return (
        0 < first <= i < len(doc) - 1
        and doc[first - 1].text == ","
        and doc[i + 1].pos_ in ("DET", "PROPN")
    )


def _inverted_present(token: Token) -> bool:
    """ "…, décrit le brigadier-chef": after a comma and before its subject, "dit", "écrit",
    "décrit" are the present of an inverted cue, not a participle."""
    doc = token.doc
    i = token.i
    if not token.lower_.endswith(INVERTED_PRESENTS) or i == 0 or i + 1 >= len(doc):
        return False
    if doc[i - 1].text != ",":
        return False
    k = i + 1
    while k < len(doc) and doc[k].pos_ == "ADV":
        k += 1  # "…, dit encore le maire"
    if k + 1 < len(doc) and doc[k].lower_ in ("à", "au"):
        k += 1  # "…, dit à l'AFP son président": the addressee before the subject
        if k < len(doc) and doc[k].pos_ == "DET":
            k += 1
        while k < len(doc) and doc[k].pos_ in ("PROPN", "NOUN"):
            k += 1
    return k < len(doc) and doc[k].pos_ in ("DET", "PROPN")


# Participles that are also the third person of the present: "dit", "écrit", "décrit".
INVERTED_PRESENTS = ("dit", "crit")


def _takes_a_clause(token: Token, last: int) -> bool:
    """An infinitive (after a negation) or "que" right after the verb group's last word."""
    doc = token.doc
    i = last + 1
    while i < len(doc) and doc[i].lower_ in ("ne", "n'", "n’", "pas", "rien", "jamais", "plus"):
        i += 1
    if i >= len(doc):
        return False
    after = doc[i]
    return after.lower_ in ("que", "qu'", "qu’") or (
        after.pos_ in ("VERB", "AUX") and "Inf" in after.morph.get("VerbForm")
    )


def _adjective_in_ant(token: Token) -> bool:
    """A present participle the tagger calls an adjective, right after a noun or adjective."""
    if token.pos_ != "ADJ" or not token.lower_.endswith(("ant", "ante", "ants", "antes")):
        return False
    return token.i > 0 and token.doc[token.i - 1].pos_ in ("NOUN", "ADJ")


# Adverbs of degree, which grade an adjective but never a finite verb right after them.
DEGREE_ADVERBS = frozenset({"très", "trop", "si", "assez", "aussi", "fort", "peu"})


def _graded_adjective(token: Token) -> bool:
    """An adjective after an adverb of degree: "Ségolène Royal, très critique envers le
    pouvoir, …" is no "critiquer"."""
    doc = token.doc
    return token.pos_ == "ADJ" and token.i > 0 and doc[token.i - 1].lower_ in DEGREE_ADVERBS


def _verbal_context(token: Token) -> bool:
    """A form tagged as a noun is still a verb right after an auxiliary or before "-t-il",
    after a name, a comma or an acronym in parentheses ("X, qui …, juge les conclusions",
    "l'Union (UNHAJ) juge"), or before "que"."""
    doc = token.doc
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    before = doc[token.i - 1].lower_ if token.i else ""
    previous = doc[token.i - 1] if token.i else None
    if token.pos_ == "NOUN" and token.is_lower and previous is not None:
        if previous.pos_ in ("PROPN", "PRON") or previous.text in (",", ")"):
            return True
        if previous.pos_ not in ("DET", "ADP") and any(
            t.lower_ in ("que", "qu'", "qu’") for t in doc[token.i + 1 : token.i + 5]
        ):
            return True
    if token.lower_.endswith("ant") and before in ("leur", "lui"):
        return True  # "leur demandant de …": a gerund after its clitic object, not "leur" + noun
    if before in ("le", "l'", "l’") and token.i > 1 and doc[token.i - 2].lower_ == "comme":
        return True  # "comme le rapporte X": the tagger reads "le rapporte" as a noun
    neuter_object = before in ("le", "l'", "l’") and after == "," and token.i > 1
    if neuter_object and doc[token.i - 2].pos_ in ("PROPN", "PRON"):
        return True  # "Sheila le concède, elle …": a name, the neuter "le" and the verb
    return (
        after in HYPHEN_PRONOUNS
        or after == "-t"
        or before in HYPHEN_PRONOUNS
        or before in ("a", "ont", "avait", "s'", "s’", "se")
    )
