"""Who the speaker words cannot designate: one test, run by every resolution path.

A name the speaker words hold as the one addressed or the relay ("a confié à France 3", "face à
X", "auprès de l'AFP", "Contacté par France Info, …") is no speaker, and neither is a person whose
gender the article showed when the words say the other one: "la ministre" is not the man who
held that title before, "M. Pompeo" not Susan Pompeo. The name-based step (speakers.py), the
part-of-name step and the title steps (descriptions.py) all ask here, so that no rule path lets
through what another filters. The ranker's candidates keep such actors and weigh them by their
features: dropping them by the words' gender cost a tuning set leave-one-set-out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsfacts.components.quotes.index import ActorIndex
from newsfacts.components.quotes.sieve import names_actor
from newsfacts.components.quotes.speaker_words import STRONG_FEM, STRONG_MASC, gender_of

ADDRESSING = frozenset({"à", "au", "aux"})
OF = frozenset({"de", "d'", "d’"})
CIVILITY_GENDER = {**dict.fromkeys(STRONG_MASC, "Masc"), **dict.fromkeys(STRONG_FEM, "Fem")}


def addressed(doc: Doc, start: int, end: int | None = None) -> bool:
    """Whether the name at characters [start, end) is the one spoken to: "à l'AFP", "au
    Parisien", "auprès de X", "face à X"."""
    i = _word_before(doc, start, end)
    if i is None:
        return False
    if doc[i].lower_ in OF and i > 0 and doc[i - 1].lower_ == "auprès":
        return True
    return doc[i].lower_ in ADDRESSING


def relayed(doc: Doc, start: int, end: int) -> bool:
    """Whether the speaker words hold the name as the relay: "Contacté par France Info, X" (the
    agent of a participle set apart by a comma). Before the speaker words, "la pétition lancée
    par X, …" names who acts: only the words themselves are read so."""
    i = _word_before(doc, start, end)
    if i is None or doc[i].lower_ != "par" or i == 0 or doc[i - 1].pos_ not in ("VERB", "ADJ"):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.end < len(doc) and doc[span.end].text == ","


def in_brackets(doc: Doc, start: int, end: int) -> bool:
    """ "des marques (Lactalis, …)": a name given in passing, not one a later "l'association"
    takes up."""
    i = _word_before(doc, start, end)
    if i is None or doc[i].text != "(":
        return False
    return not _names_the_phrase_before(doc, i, end)


def _names_the_phrase_before(doc: Doc, bracket: int, end: int) -> bool:
    """ "l'agence de planning familial (BKKBN)": a name alone in its brackets after a common
    noun is that noun phrase's own name, not one given in passing; after a name ("X (LR)")
    or in a list ("(Lactalis, Casino)") it stays in passing."""
    after = doc.char_span(end, end + 1, alignment_mode="expand")
    if after is None or after[0].text != ")" or bracket == 0:
        return False
    before = doc[bracket - 1]  # "Lactel (Lactalis)": a name, whatever its tag
    if before.pos_ not in ("NOUN", "ADJ") or not before.text.islower():
        return False
    # "faire barrage au Rassemblement national (RN)": the acronym of a name, which is judged
    # by itself; only a description of common nouns gets its name from the brackets
    return bracket < 2 or not doc[bracket - 2].is_title


def _word_before(doc: Doc, start: int, end: int | None) -> int | None:
    """The token before a name, over its article: "à [l']AFP"."""
    span = doc.char_span(start, end if end is not None else start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    i = span.start - 1
    if doc[i].pos_ == "DET" and i > 0:
        i -= 1
    return i


def civility_gender(span: Span) -> str | None:
    """ "M. Pompeo", "Mme Adelkhah": the civility says the gender."""
    for token in span:
        gender = CIVILITY_GENDER.get(token.lower_)
        if gender:
            return gender
    return None


def words_gender(span: Span) -> str | None:
    """The gender the speaker words give firmly: a civility ("M.", "Mme") or a feminine
    article or noun. A masculine article alone says little: women are "le maire" too (and
    "le présentateur" read as firm cost a tuning set)."""
    return civility_gender(span) or ("Fem" if gender_of(span) == "Fem" else None)


def gender_clash(span: Span, index: ActorIndex, n: int) -> bool:
    """The words say one gender, the article showed actor n as the other."""
    gender = words_gender(span)
    known = index.gender.get(n)
    return gender is not None and known is not None and gender != known


def misread(span: Span, index: ActorIndex, n: int) -> bool:
    """Words of the other gender than actor n that do not give n's first name: "la ministre"
    taken as a mention of a man, "M. Pompeo" as one of Susan Pompeo. "La ministre Jean X"
    holds his first name: the name wins over a gender read wrong."""
    if not gender_clash(span, index, n):
        return False
    name = index.actors[n].get("name", "").split()
    if len(name) < 2:
        return not names_actor(span, index.actors[n])
    return not any(token.text == name[0] for token in span)


def excluded(span: Span, index: ActorIndex, mention: tuple[int, int, int]) -> bool:
    """Whether a mention in or before the speaker words cannot be the speaker they designate:
    addressed, relayed, or of the other gender than the words say."""
    start, end, n = mention
    doc = span.doc
    return addressed(doc, start, end) or relayed(doc, start, end) or misread(span, index, n)


def eligible(span: Span, index: ActorIndex, mentions) -> list[tuple[int, int, int]]:
    return [m for m in mentions if not excluded(span, index, m)]
