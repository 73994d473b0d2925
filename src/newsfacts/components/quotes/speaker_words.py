"""Words and syntax the speaker steps read: articles, heads of phrases, subjects, sentences."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfacts.components.quotes.index import ActorIndex
from newsfacts.components.quotes.phrases import OF_WORDS

INDEFINITE = frozenset(
    {"un", "une", "des", "plusieurs", "certains", "certaines", "quelques", "de", "d'", "d’"}
)
INDEFINITE |= frozenset({"deux", "trois", "quatre", "nombreux", "nombreuses", "divers"})


# from a word to the head of its phrase: "X, chef économiste de la banque Y" (conj: the parser
# often takes an apposed title for a coordination)
CLIMB_DEPS = frozenset({"nmod", "amod", "flat:name", "appos", "conj"})


DEFINITE = frozenset({"le", "la", "l'", "l’"})
DEMONSTRATIVE = frozenset({"ce", "cet", "cette"})


POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})


STRONG_MASC = frozenset({"m.", "monsieur", "mm."})


STRONG_FEM = frozenset({"mme", "mme.", "madame", "mlle"})


def may_hold(titles: set[str] | None, role: str) -> bool:
    return not titles or role in titles


def sentence_start(doc: Doc, offset: int) -> int:
    """Where the sentence holding offset starts: after the last ".", "!", "?" or line break
    (the parser's sentences sometimes run across paragraphs)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return offset
    i = span.start
    while i > 0 and span.start - i < 120:
        before = doc[i - 1]
        if before.text in (".", "!", "?") or "\n" in before.text:
            break
        i -= 1
    return doc[i].idx


def head_noun(span: Span) -> Token | None:
    head = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None and len(span) == 2 and span[0].pos_ == "DET" and span[1].is_alpha:
        return span[1]  # "l'accusé", "l'élue": the tagger took the noun for a participle
    return head


NAME_TAGS = ("PROPN", "X")


def head_part_end(span: Span) -> int:
    """The phrase before its first complement: "des sources | proches du Conseil"."""
    seen = False
    for token in span:
        if token.pos_ in ("NOUN", "PROPN"):
            seen = True
        elif seen and (token.lower_ in OF_WORDS or token.pos_ in ("ADJ", "VERB")):
            if token.pos_ == "ADJ" and token.i + 1 < span.end and token.nbor().pos_ in NAME_TAGS:
                continue  # "le blog spécialisé Cruise Law News" (foreign words are tagged X)
            return token.idx
    return span.end_char


READING_PARTICIPLES = ("consulté", "obtenu", "vu", "lu", "reçu", "examiné")


def reading(token: Token) -> bool:
    return token.lower_.rstrip("s").rstrip("e") in READING_PARTICIPLES


def ends_sentence(token: Token) -> bool:
    return token.text in (".", "!", "?") or "\n" in token.text


def in_of_complement(doc: Doc, start: int) -> bool:
    """Whether the name at char ``start`` follows "de", "du", "à"...: a complement."""
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    return token is not None and token.start > 0 and doc[token.start - 1].lower_ in OF_WORDS


def gender_of(span: Span) -> str | None:
    for token in span:
        if token.pos_ in ("DET", "NOUN") and token.morph.get("Gender"):
            gender = token.morph.get("Gender")[0]
            return gender if token.pos_ == "DET" or gender == "Fem" else None
    return None


def normalize(word: str) -> str:
    """Title words without gender: "présidente" and "président", "directrice" and "directeur"."""
    word = word.lower().strip(".,'’")
    for feminine, masculine in (("trice", "teur"), ("euse", "eur"), ("ère", "er"), ("enne", "en")):
        if word.endswith(feminine):
            return word[: -len(feminine)] + masculine
    if word.endswith("e") and len(word) > 4:
        return word[:-1]
    return word


def doc_word(token: Token, offset: int) -> str:
    i = token.i + offset
    return token.doc[i].lower_ if 0 <= i < len(token.doc) else ""


def is_place(token: Token, index: ActorIndex) -> bool:
    """ "le maire de Quimper": a place in a title is not an unknown speaker's name."""
    return token.ent_type_ == "LOC" or index.places.holds(token.idx)


def is_subject(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(hangs_on_subject(t) for t in span) or name_before_verb(span)


def name_before_verb(name: Span) -> bool:
    """ "…, Nadia, 38 ans, tremble": a name after a comma, then maybe an apposition, then a
    finite verb is the subject, also where fronted adjuncts led the parser astray."""
    doc = name.doc
    if name.start == 0 or name[0].pos_ != "PROPN":
        return False
    if doc[name.start - 1].text != "," and not _after_opening_title(name):
        return False
    j = name.end
    if j < len(doc) and doc[j].text == ",":
        close = next((k for k in range(j + 1, min(j + 8, len(doc))) if doc[k].text == ","), None)
        if close is None or any(t.pos_ in ("VERB", "AUX") for t in doc[j + 1 : close]):
            return False
        j = close + 1
    if j >= len(doc) or doc[j].pos_ not in ("VERB", "AUX"):
        return False
    verb = doc[j]  # the tagger calls "tremble" an infinitive: the ending tells better
    return "Part" not in verb.morph.get("VerbForm") and not verb.lower_.endswith(("er", "ir"))


def _after_opening_title(name: Span) -> bool:
    """ "Or, à cette date, le président républicain Donald Trump minimisait": a definite title
    that opens the clause (after a comma or the sentence start) right before the name."""
    doc = name.doc
    i = name.start - 1
    while i >= 0 and name.start - i <= 5 and doc[i].pos_ in ("NOUN", "ADJ"):
        i -= 1
    if i < 0 or i == name.start - 1 or doc[i].lower_ not in DEFINITE:
        return False
    return i == 0 or doc[i - 1].text in (",", ".", "!", "?") or "\n" in doc[i - 1].text


def hangs_on_subject(token: Token) -> bool:
    """The subject, or a name hanging on it: "le capitaine X a dit" (flat:name), "Son
    homologue, X, savourait" (the parser often takes the apposition for a coordination)."""
    for _ in range(3):
        if token.dep_.startswith("nsubj"):
            return True
        if token.dep_ not in ("appos", "flat:name", "conj") or token.head is token:
            return False
        token = token.head
    return False


COMPLEMENT_DEPS = ("nmod", "obl", "iobj")  # "le film de X", "dirigé par X", "avec son ami X"


def is_complement(doc: Doc, start: int, end: int) -> bool:
    """A name that hangs on a noun or a preposition ("de X", "par X, Y", "avec X"), through its
    own parts, apposition or coordination: someone spoken of, seldom the one a later pronoun
    takes up when a subject or a speaker is in view."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].pos_ == "NOUN":
        return False  # "la classe de Sophie, professeure de …": introduced, not a mere complement
    token = span.root
    for _ in range(4):
        if token.dep_.split(":")[0] in COMPLEMENT_DEPS:
            return True
        if token.dep_ not in ("appos", "flat:name", "conj") or token.head is token:
            return False
        token = token.head
    return False
