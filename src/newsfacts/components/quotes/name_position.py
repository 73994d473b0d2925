"""Whether a name in the speaker words IS the speaker, or only someone the words speak of.

A name is the speaker when it heads the speaker words (``Marie Dupont, porte-parole de X``),
stands in apposition to their head (``le ministre de l'Intérieur Gérald Darmanin``, ``le
directeur de l'OMS, Tedros``) or is the medium a noun announces (``le quotidien Le Parisien``).
It is not when it sits in a complement of the head (``les services du chancelier autrichien
Sebastian Kurz``, ``l'un des avocats de Mme Ayari``, ``le Premier ministre devant le Sénat``), in
a clause (``Le Conseil, auquel Edouard Philippe a demandé``), in parentheses (``L'intersyndicale
(CGT, FO…)``), or is a party under a person's title (``le député européen PS``): the speaker is
then the head, which the description steps read. The parser often hangs an apposed name on the
nearest noun ("Darmanin" on "Intérieur", "Kurz" on "services"): the words around the name decide,
the parse only says whether a verb of the speaker words governs it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfacts.components.entities.lexicon import load_titles
from newsfacts.components.entities.vocabulary import ARTICLES
from newsfacts.components.quotes.lexicon import QuoteLexicon
from newsfacts.components.quotes.phrases import CIVILITIES, FAMILY_NOUNS

NOMINAL = ("NOUN", "PROPN")
# why a name is not the speaker
PARENTHESES = "parentheses"
CLAUSE = "clause"
LIST = "list"
COMPLEMENT = "complement"
PLACE = "place"


class NamePosition:
    def __init__(self, lexicon: QuoteLexicon) -> None:
        self.prepositions = lexicon.word_set("speaker_name_prepositions")
        self.relatives = lexicon.word_set("speaker_name_relatives")
        self.person_nouns = lexicon.word_set("person_nouns") | frozenset(load_titles())
        self.person_endings = lexicon.person_endings
        # heads whose complement names the speaker: a document's author, a family's name
        self.authored = lexicon.word_set("document_nouns") | FAMILY_NOUNS
        self.not_persons = (
            lexicon.word_set("organization_nouns")
            | lexicon.word_set("media_nouns")
            | lexicon.word_set("document_nouns")
            | lexicon.word_set("institution_nouns")
        )

    def is_speaker(self, span: Span, first: Token, organization: bool = False) -> bool:
        """Whether the name starting at token ``first`` of ``span`` designates the speaker;
        ``organization``: the name is an organization's (no party under "le député")."""
        return self.not_speaker(span, first, organization) is None

    def not_speaker(self, span: Span, first: Token, organization: bool = False) -> str | None:
        """Why the name at ``first`` is not the speaker (PARENTHESES, CLAUSE…), None if it is."""
        start = _run_start(span, first)
        before = span[: start - span.start]
        if any(t.text == "(" for t in before) and not any(t.text == ")" for t in before):
            return PARENTHESES  # "L'intersyndicale (CGT, FO": a member in parentheses
        if self._in_relative_clause(span, before, first):
            return CLAUSE  # "Le Conseil, auquel X a demandé": the clause's subject
        if start == span.start:
            return None  # "Marie Dupont, porte-parole de X"
        previous = span.doc[start - 1]
        if previous.text == ",":  # "le directeur de l'OMS, Tedros": unless a list goes on
            return LIST if _list_goes_on(span, first) else None
        head = _head(span)
        if head is not None and self._authored(span.doc[head]):
            return None  # "les informations du Parisien", "la famille de Vogüé": its author
        if _governed_by_verb(span, first):
            return COMPLEMENT  # "la liste conduite par X" (an agent: "une expertise diligentée
            # par Renault" may name the author, which the ranker weighs)
        if previous.lower_ in self.prepositions or previous.text == "(":
            return COMPLEMENT  # "l'un des avocats de Mme Ayari", "devant le Sénat"
        owner = self._owner(span, start)
        if owner is None:
            return None
        if owner.i != head:
            return COMPLEMENT  # "les services du chancelier autrichien X": X is the chancellor
        if organization and self._person_noun(owner):
            return COMPLEMENT  # "la députée LREM": her party
        return None

    def _in_relative_clause(self, span: Span, before: Span, first: Token) -> bool:
        """A relative word before the name (outside quote marks) and a verb after it: "Le
        Conseil, auquel X a demandé"; not "les situations auxquelles X" that the cue ends."""
        quoted = False
        relative = False
        for token in before:
            if token.text in ('"', "«", "»", "“", "”"):
                quoted = not quoted if token.text == '"' else token.text in ("«", "“")
            elif not quoted and token.lower_ in self.relatives:
                relative = True
        return relative and any(t.pos_ in ("VERB", "AUX") for t in span[first.i - span.start :])

    def _authored(self, head: Token) -> bool:
        lower = head.lower_
        return any(
            word in self.authored for word in (lower, lower.rstrip("sx"), head.lemma_.lower())
        )

    def _owner(self, span: Span, start: int) -> Token | None:
        """The noun a name directly after a title stands in apposition to: the nearest person
        noun before it, over title complements ("le porte-parole du gouvernement X")."""
        nearest = None
        for i in range(start - 1, span.start - 1, -1):
            token = span.doc[i]
            if token.pos_ != "NOUN" or token.text[:1].isupper():
                continue
            nearest = nearest or token
            if self._person_noun(token):
                return token
        return nearest

    def _person_noun(self, token: Token) -> bool:
        lower = token.lower_
        if lower in self.not_persons or token.lemma_.lower() in self.not_persons:
            return False
        return lower in self.person_nouns or lower.endswith(self.person_endings)


def _run_start(span: Span, first: Token) -> int:
    """Where the name starts with its honorific and article: "Mme Ayari", "la SNCF"."""
    i = first.i
    while i > span.start:
        token = span.doc[i - 1]
        if token.lower_ not in CIVILITIES and token.lower_ not in ARTICLES:
            break
        i -= 1
    return i


def _head(span: Span) -> int | None:
    """The first noun of the speaker words: their head ("le ministre …", "les services …"; not
    the capitalised adjective of "le Premier ministre")."""
    nominal = next((t.i for t in span if t.pos_ in NOMINAL), None)
    if nominal is not None:
        return _compound_end(span, nominal)
    return next((t.i for t in span if t.text[:1].isupper() and t.pos_ != "DET"), None)


def _compound_end(span: Span, i: int) -> int:
    """The last word of a hyphenated noun the tokenizer split: 'lieutenant-colonel' is one
    title, whose second part the parser may take for the head of its own phrase."""
    doc = span.doc
    while (
        i + 2 < span.end
        and doc[i + 1].text == "-"
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and doc[i + 2].is_lower
    ):
        i += 2
    return i


def _governed_by_verb(span: Span, first: Token) -> bool:
    """The parse hangs the name, inside the speaker words, on a verb: a clause's subject or
    object ("auquel X a demandé", "conduite par X")."""
    token = first
    for _ in range(6):
        head = token.head
        if head is token or not span.start <= head.i < span.end:
            return False
        if head.pos_ in ("VERB", "AUX"):
            return True
        token = head
    return False


def _list_goes_on(span: Span, first: Token) -> bool:
    """ "Les élus PS, PCF, LFI et …": a name of a list, not one apposed to the head ("le
    chef du gouvernement, Markus Söder, considéré comme")."""
    i = first.i
    while i < span.end and (span.doc[i].text[:1].isupper() or span.doc[i].text == "-"):
        i += 1
    if i < span.end and span.doc[i].lower_ in ("et", "ou"):
        return True
    return i + 1 < span.end and span.doc[i].text == "," and span.doc[i + 1].text[:1].isupper()
