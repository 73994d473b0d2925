"""What the words around a person's name tell of them: titles ("la ministre de la Santé, X")
and gender (an article, "M.", "Mme"), and the titles a counterpart shares."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfacts.components.quotes.index import ActorIndex
from newsfacts.components.quotes.phrases import NP_BODY, OF_WORDS, PLACE_OF_WORDS
from newsfacts.components.quotes.speaker_words import (
    POSSESSIVES,
    STRONG_FEM,
    STRONG_MASC,
    normalize,
)

# determiners a masculine title opens with; "son" is feminine only before a vowel ("son
# épouse"), where the noun's "-e" tells it apart
MASCULINE_OPENERS = frozenset({"le", "un", "du", "au", "l'", "l’", "son"})
# "selon le psychiatre X", "pour la sociologue X", "d'après l'avocat X": the title of the one
# who speaks, not a place phrase ("dans la région du Speyside, X"); with a comma before the
# name it is one again ("retardés par la pandémie, X")
SOURCE_PREPOSITIONS = frozenset({"selon", "après", "pour", "par"})


def share_counterpart_titles(index: ActorIndex) -> None:
    """ "Son homologue rennais, X" holds the title of the person named before X: "l'entraîneur
    Y … Son homologue, X": a later "le technicien" may be either of them."""
    counterpart = normalize("homologue")
    for n, titles in index.titles.items():
        if counterpart not in titles or index.actors[n].get("type") != "person":
            continue
        first = min((m[0] for m in index.mentions if m[2] == n), default=None)
        if first is None:
            continue
        for _start, _end, other in index.before(first):
            other_titles = index.titles.get(other, set()) - {counterpart}
            if other != n and other_titles and index.actors[other].get("type") == "person":
                titles.update(other_titles)
                break


def learn_from_context(name: Span, index: ActorIndex, n: int) -> None:
    """Titles and gender from the words around a name: "La ministre de l'Agriculture, X"."""
    doc = name.doc
    words: list[Token] = []
    j = name.start - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    elif j >= 0 and doc[j].lower_ in OF_WORDS:
        j = -1  # "l'avocat de X", "la fille de X": the noun is someone else's, X its complement
    while j >= 0 and name.start - j <= 10:
        token = doc[j]
        if token.pos_ not in NP_BODY and token.lower_ not in OF_WORDS and token.lower_ != "en":
            break  # "Le négociateur en chef de l'UE, X"
        words.append(token)
        if token.pos_ == "DET" and (j == 0 or doc[j - 1].lower_ not in OF_WORDS):
            break
        if token.lower_ in POSSESSIVES:
            break  # "une lettre de son médecin, X": X is the doctor, not the letter
        j -= 1
    kin = j > 0 and doc[j].lower_ in POSSESSIVES and doc[j - 1].lower_ in PLACE_OF_WORDS
    source = j > 0 and doc[j - 1].lower_ in SOURCE_PREPOSITIONS and doc[name.start - 1].text != ","
    if (
        words
        and j > 0
        and doc[j].pos_ == "DET"
        and doc[j - 1].pos_ == "ADP"
        and not (kin or source)
    ):
        words = []  # "dans la région du Speyside, X": a place phrase; "celle de son mari X" is not
    elif words and j > 2 and doc[j].pos_ == "DET" and doc[j - 1].text == ",":
        words += first_title(doc, j - 1)  # "par la rapporteure, la députée X": both
    after = name.end
    if after + 1 < len(doc) and doc[after].text == ",":
        k = after + 1
        while k < len(doc) and k < after + 6 and doc[k].pos_ in ("DET", "NOUN", "ADJ"):
            words.append(doc[k])
            k += 1
    if masculine_title(words):
        index.gender.setdefault(n, "Masc")
    titles = index.titles.setdefault(n, set())
    for token in words:
        if token.pos_ in ("NOUN", "ADJ") and token.ent_type_ not in ("PER",):
            titles.add(normalize(token.lower_))
        lower = token.lower_
        if lower in STRONG_FEM or (token.pos_ == "DET" and token.morph.get("Gender") == ["Fem"]):
            if token.i < name.start and not in_complement(token, name):
                index.gender.setdefault(n, "Fem")
        elif lower in STRONG_MASC:
            index.gender.setdefault(n, "Masc")


def first_title(doc: Doc, comma: int) -> list[Token]:
    """ "la rapporteure" in "la rapporteure, la députée X": a determiner and a noun."""
    noun, det = doc[comma - 1], doc[comma - 2]
    if noun.pos_ == "NOUN" and det.pos_ == "DET":
        return [noun, det]
    return []


def in_complement(token: Token, name: Span) -> bool:
    """ "la" in "le maire de la ville, X" belongs to a complement, not to X's title."""
    doc = name.doc
    return token.i > 0 and doc[token.i - 1].lower_ in OF_WORDS


def masculine_title(words: list[Token]) -> bool:
    """ "Le secrétaire exécutif X", "le président X": a masculine article and a word whose
    feminine differs ("son mari X": "son" before a consonant is masculine). "Le maire X" says
    nothing: women are "le maire" too."""
    before_name = sorted((t for t in words if t.i < words[0].i + 1), key=lambda t: t.i)
    if not before_name or before_name[0].lower_ not in MASCULINE_OPENERS:
        return False
    if before_name[0].lower_ in ("l'", "l’"):  # "L'avocat général X": the noun tells
        noun = before_name[1] if len(before_name) > 1 else None
        if noun is None or noun.morph.get("Gender") != ["Masc"]:
            return False
    for token in before_name[1:]:
        if token.lower_ in OF_WORDS:
            break
        if token.pos_ in ("NOUN", "ADJ") and not token.lower_.endswith(("e", "es")):
            return True
    return False
