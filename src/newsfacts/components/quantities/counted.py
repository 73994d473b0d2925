"""What a count counts: the noun after the number ("5.000 soldats"), widened over its fixed
complement ("demandes d'asile") or coordinated nouns ("policiers et gendarmes")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsfacts.components.quantities.numbers import Candidate
from newsfacts.components.quantities.patterns import SP
from newsfacts.lexicons import quantities as lex
from newsfacts.lexicons.calendar import MONTHS, WEEKDAYS

if TYPE_CHECKING:  # the reader imports this module
    from newsfacts.components.quantities.reader import DocReader


# After "N fois": a ratio ("deux fois plus", "trois fois supérieur") or a rate ("deux fois par an").
RATIO_OR_RATE_RE = re.compile(
    rf"{SP}+(?:plus|moins|mieux|pire|davantage|moindre|autant|trop|par|sup[ée]rieure?s?"
    r"|inf[ée]rieure?s?|(?:plus|moins)\b)(?![\w])",
    re.I,
)


def counted_noun(
    reader: DocReader, position: int, candidate: Candidate, end: int
) -> tuple[str | None, int]:
    """The noun a number counts, as (unit, span end); (None, end) when it is elided."""
    doc = reader.doc
    i = reader.token_at(position)
    if i is None:
        return None, end
    if candidate.collective is None and doc[i].lower_ in {"de", "d'", "d’", "des"}:
        i = partitive(reader, i)  # "trois de ses lunes", "deux des victimes"
        if i is None or not plural(doc[i]):
            return None, end  # not "20 de sa peine"
    head, adjective = head_noun(reader, i)
    if head is None:
        return None, end
    unit = head.text
    if adjective is not None and f"{adjective.lower_} {head.lower_}" in lex.COMPOUND_UNITS:
        unit = f"{adjective.text} {head.text}"
    return extend(reader, head, unit)


def head_noun(reader: DocReader, i: int) -> tuple[Token | None, Token | None]:
    doc = reader.doc
    token = doc[i]
    if noun_like(token):
        return token, None
    # Up to two adjectives before the noun ("175 nouveaux décès", "253 grands électeurs").
    for j in range(i, min(i + 2, len(doc) - 1)):
        if doc[j].pos_ != "ADJ":
            break
        if noun_like(doc[j + 1]):
            return doc[j + 1], doc[j]
    return None, None


def partitive(reader: DocReader, i: int) -> int | None:
    doc = reader.doc
    word = doc[i].lower_
    if word == "des" and i + 1 < len(doc):
        return i + 1
    if i + 2 < len(doc) and doc[i + 1].pos_ == "DET" and doc[i + 1].lower_ not in {"un", "une"}:
        return i + 2
    return None


def extend(reader: DocReader, head: Token, unit: str) -> tuple[str, int]:
    """Widens the span over what belongs to the counted noun; the unit keeps its head."""
    doc, text = reader.doc, reader.text
    end = head.idx + len(head)
    k = head.i + 1
    while k + 1 < len(doc) and doc[k].text == "-" and doc[k].idx == end:
        end = doc[k + 1].idx + len(doc[k + 1])  # "sapeurs-pompiers" split by the tokenizer
        unit, k = text[head.idx : end], k + 2
    adjectives = 0
    while k < len(doc) and doc[k].pos_ == "ADJ" and adjectives < 2:
        if f"{head.lower_} {doc[k].lower_}" in lex.COMPOUND_UNITS:
            unit = text[head.idx : doc[k].idx + len(doc[k])]
        end, k, adjectives = doc[k].idx + len(doc[k]), k + 1, adjectives + 1
    if adjectives:
        return unit, end
    if k + 1 < len(doc) and doc[k].lower_ in {"de", "d'", "d’"}:
        complement = doc[k + 1]  # a bare noun: "demandes d'asile", "avions de combat"
        numbered = k + 2 < len(doc) and doc[k + 2].like_num  # "appareils de type 737"
        if bare_common_noun(complement) and not numbered:
            end = complement.idx + len(complement)
            return text[head.idx : end], end
    if (
        head.lower_ in lex.RELATIONAL_HEADS
        and k < len(doc)
        and doc[k].lower_ in {"de", "d'", "d’", "du", "des"}
    ):
        return unit, complement_end(reader, k)  # "4.000 membres de la Garde nationale"
    coordinated = coordinated_end(reader, k)
    if coordinated is not None:
        return text[head.idx : coordinated], coordinated
    return unit, end


def complement_end(reader: DocReader, k: int) -> int:
    doc = reader.doc
    end = doc[k].idx + len(doc[k])
    for token in doc[k + 1 : k + 8]:
        if token.pos_ in {"DET", "NOUN", "PROPN", "ADJ"} or token.lower_ in {"de", "d'", "du"}:
            end = token.idx + len(token)
        else:
            break
    return end


def coordinated_end(reader: DocReader, k: int) -> int | None:
    """End of "policiers, soldats et secouristes" after the first noun, else None."""
    doc = reader.doc
    while k + 1 < len(doc) and doc[k].text == "," and bare_noun(doc[k + 1]):
        k += 2
    if k + 1 < len(doc) and doc[k].lower_ in {"et", "ou"} and bare_noun(doc[k + 1]):
        after = doc[k + 2] if k + 2 < len(doc) else None
        if after is None or not (after.like_num or after.pos_ == "NUM"):
            return doc[k + 1].idx + len(doc[k + 1])
    return None


def noun_like(token: Token) -> bool:
    """A noun a number can count: "soldats", "morts", "Américains" (not "Downing")."""
    lower = token.lower_
    if lower in lex.NOMINAL_ADJECTIVES:
        return True
    if lower in lex.TIME_UNITS or lower in MONTHS or lower in WEEKDAYS or is_scale(token):
        return False
    if not token.is_alpha:
        return False
    plural = lower.endswith(("s", "x"))
    if token.pos_ == "NOUN" and not token.is_upper:
        return token.is_lower or plural
    if token.pos_ == "PROPN" and token.text[:1].isupper():
        return plural and len(lower) > 3
    # The tagger sometimes reads a rare plural noun as an adverb ("1.300 chênes").
    return token.pos_ in {"ADV", "X"} and token.is_lower and plural and not token.is_stop


def plural(token: Token) -> bool:
    return token.morph.get("Number") == ["Plur"] or token.lower_.endswith(("s", "x"))


def bare_noun(token: Token) -> bool:
    """A plural common noun without determiner, as in "policiers et gendarmes"."""
    return token.pos_ == "NOUN" and token.is_lower and token.is_alpha and plural(token)


def bare_common_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.is_lower and not is_scale(token)


def is_scale(token: Token) -> bool:
    return token.lower_ in lex.SCALES or token.lower_.removesuffix("s") in lex.COLLECTIVES
