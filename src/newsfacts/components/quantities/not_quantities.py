"""What is not a quantity: identifiers, years, postcodes, phone numbers, names ("CAC 40"),
ranks, races ("le 100 m"), elided durations ("dont deux avec sursis") and lone determiners."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsfacts.components.quantities.numbers import Candidate
from newsfacts.components.quantities.patterns import SP, alternation, fold
from newsfacts.components.quantities.units import Tail
from newsfacts.lexicons import quantities as lex
from newsfacts.lexicons.calendar import MONTHS

if TYPE_CHECKING:  # the reader imports this module
    from newsfacts.components.quantities.reader import DocReader


# Masked before any number is read: fixed phrases whose number counts nothing ("dans les deux
# sens") and phone numbers, whose groups of digits would each read as a count.
IDIOM_RE = re.compile(rf"(?<![\w])(?:{alternation(lex.IDIOMS)})(?![\w])", re.IGNORECASE)
PHONE_SEPARATOR = r"[ \t\u00a0\u202f\u2009.\-]"
PHONE_RE = re.compile(  # "05 56 10 20 30", "06.12.34.56.78", "+33 6 12 34 56 78", "1 800 622-6232"
    rf"(?<!\d)(?:\+\d{{1,3}}{SP}?(?:\(0\))?{SP}?\d(?:{PHONE_SEPARATOR}?\d\d){{4}}"
    rf"|0\d(?:{PHONE_SEPARATOR}?\d\d){{4}}"
    rf"|(?:1{PHONE_SEPARATOR})?\(?\d{{3}}\)?{PHONE_SEPARATOR}\d{{3}}-\d{{4}})(?!\d)"
)
# "le 49.3", "au 3635", "le 100 m": a singular determiner before a number names one thing.
SINGULAR_DETERMINERS = {"le", "la", "l'", "l’", "au", "du"}
# After these, a capitalised number word starts a sentence ("Trois ...") rather than a name.
SENTENCE_OPENERS = {".", "!", "?", "«", '"', "“", "-", "–", "—", ":", "(", "\n"}


def rejected(reader: DocReader, candidate: Candidate, tail: Tail) -> bool:
    """Identifiers, years, postcodes, names, lone determiners and elided durations."""
    if tail.not_counted:
        return True
    if candidate.fraction and tail.kind == "count" and tail.scale == 1:
        return (tail.unit or "").lower() not in {"point", "points"}  # not "un quart des"
    bare = tail.unit is None and tail.scale == 1
    if candidate.digits and digits_rejected(reader, candidate, tail):
        return True
    words = not candidate.digits and candidate.collective is None
    if words and words_rejected(reader, candidate, tail, bare):
        return True
    previous = reader.token_before(candidate.start)
    following = reader.token_at(candidate.end)
    following = reader.doc[following] if following is not None else None
    if tail.unit == "m" and is_race(reader, previous, tail.end):
        return True  # a race: "le 100 m", "sur 200 m brasse"
    if tail.kind == "count" and (
        is_address(following)  # "12 avenue Jean-Jaurès"
        or inside_name(previous)  # "l'indice Stoxx 600 des banques", "la fusée Ariane 5"
        or (previous is not None and previous.lower_ in lex.IDENTIFIER_NOUNS)  # "numéro 9"
    ):
        return True
    if not bare:
        return False
    if previous is not None and previous.text[:1].isdigit():
        return True  # a fragment of a phone number or an identifier: "0800 123 456"
    if candidate.digits and re.fullmatch(r"\d+\.\d{1,2}", candidate.text):
        return True  # "le 49.3", a version or an article number, not a French decimal
    return looks_like_identifier(reader, candidate, previous, following)


def is_race(reader: DocReader, previous: Token | None, end: int) -> bool:
    after = reader.token_at(end)
    if after is not None and reader.doc[after].lower_ in lex.RACE_WORDS:
        return True
    return previous is not None and previous.lower_ in SINGULAR_DETERMINERS


def digits_rejected(reader: DocReader, candidate: Candidate, tail: Tail) -> bool:
    digits = candidate.text.lstrip("-−+")
    if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
        return True  # "05 56 ...", "2 min 05 s"
    if tail.kind != "count" or not re.fullmatch(r"\d{4,}", digits):
        return False
    # Four digits and more without a thousands separator: years, postcodes, phone numbers.
    year = 1000 <= candidate.value <= 2100
    return tail.unit is None or year or tail.unit[0].isupper()  # "33000 Bordeaux"


def words_rejected(reader: DocReader, candidate: Candidate, tail: Tail, bare: bool) -> bool:
    words = fold(candidate.text)
    if tail.scale == 1 and words in {"un", "une"} and tail.kind in ("count", "money"):
        return True  # the determiner "un", "une" (but "près d'un mètre" measures)
    if candidate.text[:1].isupper() and not starts_sentence_at(reader, candidate.start):
        following = reader.token_at(candidate.end)
        capitalized = following is not None and reader.doc[following].text[:1].isupper()
        if bare or capitalized:
            return True  # a name: "les Vingt-Cinq", "les Trente Glorieuses"
    return bare and words in lex.BARE_WORDS_REJECTED  # "un bâtiment neuf", "7 sept."


def looks_like_identifier(
    reader: DocReader, candidate: Candidate, previous: Token | None, following: Token | None
) -> bool:
    """A bare number that names or ranks something rather than counting it."""
    text = reader.text
    opening, closing = text[candidate.start - 1 : candidate.start], text[candidate.end :][:1]
    if opening == "(" and closing == ")":
        return True  # "le Morbihan (56)"
    if opening in {'"', "«", "“"}:
        return True  # a number quoted as a name: the "49.3"
    if closing in {".", ")"} and text[: candidate.start].rstrip()[-1:] in {"", ":", ";", "\n"}:
        return True  # a list item: "les mesures: 1. la hausse du Smic; 2. ..."
    if is_name(following):
        return True  # "10 Downing Street", "737 MAX"
    return previous is not None and names_what_follows(reader, previous, candidate)


def names_what_follows(reader: DocReader, previous: Token, candidate: Candidate) -> bool:
    """The word before a bare number makes it a name, a date, a rank or an elided duration."""
    word = previous.lower_
    before = reader.doc[previous.i - 1].lower_ if previous.i > 0 else ""
    return (
        (is_capitalized_name(previous) and not elliptic(reader, previous, candidate))
        or (previous.pos_ == "NOUN" and after_determiner(previous))  # "la ligne 14"
        or word in MONTHS  # "mai 68"
        or word in SINGULAR_DETERMINERS  # "le 49.3", "appeler le 1500", "au 3635"
        or word in lex.TIME_UNITS  # "2 min 05 s 85"
        or (word == "à" and before in lex.SPORT_FORMATS)  # "rugby à 7"
        or (word == "les" and before in {"tous", "toutes"})  # "tous les deux"
        or (word == "par" and before.startswith(("divis", "multipli")))  # "divisé par deux"
        or (word == "sur" and one_in(reader, previous))  # "un Français sur deux"
        or elided_duration(reader, word, before, candidate.start)
    )


def one_in(reader: DocReader, sur: Token) -> bool:
    """ "un Français sur deux", "une entreprise française sur cinq": the number after "sur" is
    the size of a proportion, not a count."""
    for token in reversed(reader.doc[max(sur.i - 4, 0) : sur.i]):
        if token.lower_ in {"un", "une"}:
            return True
        if token.pos_ not in {"NOUN", "PROPN", "ADJ"}:
            return False
    return False


def elided_duration(reader: DocReader, word: str, before: str, start: int) -> bool:
    """ "quatre ans de prison, dont deux avec sursis", "13 ans sur les 20"."""
    linked = word in lex.ELLIPSIS_LINKS or (word == "les" and before in lex.ELLIPSIS_LINKS)
    return linked and follows_time(reader, start)


def elliptic(reader: DocReader, name: Token, candidate: Candidate) -> bool:
    """A count whose noun is left out after a name: "le RN obtient 22 sièges, LREM 21".

    Otherwise a number after a name is part of it: "CAC 40", "sur France 2".
    """
    listed = name.i > 0 and reader.doc[name.i - 1].lower_ in {",", "et", ";"}
    closing = reader.text[candidate.end : candidate.end + 1] in {".", ",", ";", ")"}
    if reader.last_count_end < 0 or not listed or not closing:
        return False
    between = reader.text[reader.last_count_end : candidate.start]
    return len(between) < 60 and not re.search(r"[.!?]\s", between)


def starts_sentence_at(reader: DocReader, position: int) -> bool:
    i = reader.token_at(position)
    if i is None or i == 0:
        return True
    previous = reader.doc[i - 1]
    return bool(reader.doc[i].is_sent_start) or previous.text in SENTENCE_OPENERS


def follows_time(reader: DocReader, position: int) -> bool:
    """A duration came last before position, close and in the same sentence."""
    if reader.last_time_end < 0 or reader.last_time_end < reader.last_quantity_end:
        return False
    between = reader.text[reader.last_time_end : position]
    return len(between) < 80 and not re.search(r"[.!?;]\s", between)


def after_determiner(token: Token) -> bool:
    if token.i == 0:
        return False
    previous = token.doc[token.i - 1]
    return previous.pos_ == "DET" or previous.lower_ in {"au", "du", "des", "aux"}


def inside_name(previous: Token | None) -> bool:
    """A number right after a name that follows a common noun: "l'indice Stoxx 600"."""
    if previous is None or previous.i == 0 or not previous.text[:1].isupper():
        return False
    before = previous.doc[previous.i - 1]
    return previous.pos_ in {"PROPN", "NOUN"} and before.pos_ == "NOUN" and before.is_lower


def is_capitalized_name(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha and token.pos_ in {"PROPN", "NOUN", "X"}


def is_name(token: Token | None) -> bool:
    if token is None or not token.is_alpha or not token.text[:1].isupper():
        return False
    return token.pos_ == "PROPN" or token.is_upper


def is_address(token: Token | None) -> bool:
    """ "12 avenue ...", "au 14, rue ..."."""
    if token is None:
        return False
    if token.text == "," and token.i + 1 < len(token.doc):
        token = token.doc[token.i + 1]
    return token.lower_ in lex.ADDRESS_WORDS
