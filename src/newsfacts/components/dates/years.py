"""Years and the periods counted in them: "en 2001", "les années 90", "le XIXe siècle",
"l'automne dernier", "le troisième trimestre". A number that counts something is no year.
"""

from __future__ import annotations

import re

from newsfacts.components.dates import calendar_math as cal
from newsfacts.components.dates.resolved import Context, Resolved
from newsfacts.components.dates.tense import FUTURE, PAST
from newsfacts.lexicons.calendar import MONTHS
from newsfacts.lexicons.dates import DECADE_WORDS, ORDINALS, ROMAN, SEASON_MONTHS, SEASONS

_COUNT_BEFORE = re.compile(
    r"(?:\ble|\bla|quelque|environ|plus\s+de|moins\s+de|près\s+de|au\s+moins|soit|à\s+peine|n°|numéro|"
    r"article|vol|ligne|route|rn|bus|tél\.?|code)\s+\Z"
)


def year_pre(g: dict, ctx: Context) -> Resolved:
    return Resolved("date", g["year"], False)


def year(g: dict, ctx: Context) -> Resolved | None:
    if _COUNT_BEFORE.search(ctx.before(20)) or _counts_a_noun(ctx):
        return None
    if re.search(r"\b[A-Z]{1,4}\s?\Z", ctx.text[max(ctx.start - 6, 0) : ctx.start]):
        return None  # a code: "vol AF 1234", "RN 2000"
    return Resolved("date", g["year"], False)


def _counts_a_noun(ctx: Context) -> bool:
    token = ctx.extra.get("token")
    if token is None or token.i + 1 >= len(token.doc):
        return False
    following = token.doc[token.i + 1]
    return (
        following.pos_ == "NOUN"
        and following.text.lower() not in MONTHS
        and (token.head == following or token.dep_ == "nummod")
    )


def decade(g: dict, ctx: Context) -> Resolved:
    text = g["decade"].lower()
    if text in DECADE_WORDS:
        return Resolved("date", f"19{DECADE_WORDS[text]}", False)
    if len(text) == 2:
        return Resolved("date", f"19{text[0]}", False)
    return Resolved("date", text[:3], False)


def century(g: dict, ctx: Context) -> Resolved | None:
    if g.get("number"):
        total = int(g["number"])
    else:
        values = [ROMAN[c] for c in g["roman"]]
        total = sum(
            -v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)
        )
    if not 1 <= total <= 21:
        return None
    return Resolved("date", f"{total - 1:02d}", False)


def season(g: dict, ctx: Context) -> Resolved | None:
    code = SEASONS[g["season"].lower()]
    if g["det"].strip().lower() == "le" and not g.get("year") and not g.get("adj"):
        return None  # "le printemps arabe", "le Printemps de Bourges"
    if g.get("year"):
        return Resolved("date", f"{g['year']}-{code}", False)
    if ctx.reference is None:
        return Resolved("date", f"XXXX-{code}", True)
    first, last = SEASON_MONTHS[code]
    year_ = ctx.reference.year
    adj = (g.get("adj") or "").lower()
    if adj.startswith(("derni", "passé", "précédent")) and last >= ctx.reference.month:
        year_ -= 1
    elif adj.startswith(("prochain", "suivant")) and first <= ctx.reference.month:
        year_ += 1
    elif not adj and g["det"].strip().lower() not in ("ce", "cet"):
        year_ += _season_shift(first, last, ctx)
    return Resolved("date", f"{year_}-{code}", True)


def _season_shift(first: int, last: int, ctx: Context) -> int:
    """ "depuis l'automne", said in March: last year's; "à l'été", said in October: next year's.
    A season the reference lies in stays this year's."""
    direction = ctx.direction()
    month_ = ctx.reference.month
    if not direction.strong or first > last:
        return 0  # winter straddles two years: which one names it is a convention left alone
    if direction.way == PAST and first > month_:
        return -1  # it has not begun yet this year
    if direction.way == FUTURE and last < month_:
        return 1  # it is over this year
    return 0


def quarter(g: dict, ctx: Context) -> Resolved:
    letter = "Q" if g["unit"].lower() == "trimestre" else "H"
    ordinal = g["ord"].lower()
    year_ = g.get("year") or (str(ctx.reference.year) if ctx.reference else "XXXX")
    relative = not g.get("year")
    if ordinal == "dernier" and g.get("year"):  # "le dernier trimestre de 2023": its last one
        return Resolved("date", f"{year_}-{letter}{4 if letter == 'Q' else 2}", False)
    if ordinal == "dernier":
        if ctx.reference is None:
            return Resolved("date", f"XXXX-{letter}X", True)
        size = 3 if letter == "Q" else 6
        index = (ctx.reference.month - 1) // size  # the one before the current one
        y = ctx.reference.year - (1 if index == 0 else 0)
        index = index or 12 // size
        return Resolved("date", f"{y}-{letter}{index}", True)
    index = ORDINALS[ordinal]
    if (
        relative and ctx.reference is not None
    ):  # "a reculé au quatrième trimestre", said in February
        size = 3 if letter == "Q" else 6
        first_month = (index - 1) * size + 1
        if (ctx.reference.month - 1) // size + 1 == index and ctx.direction().way != PAST:
            year_ = str(ctx.reference.year)  # "devrait croître au second semestre": this one
        else:
            year_ = str(cal.nearest_month_year(first_month, ctx.reference, ctx.direction()))
    return Resolved("date", f"{year_}-{letter}{index}", relative)
