"""The words of a match read as numbers and codes: counts, day and month numbers, parts of
the day, and the adjectives that step back or forth ("dernier", "prochain").
"""

from __future__ import annotations

from text_to_num import text2num

from newsfacts.lexicons.calendar import MONTHS
from newsfacts.lexicons.dates import NUMBER_WORDS, PARTS_OF_DAY


def number(text: str) -> str | None:
    """'trois' -> '3', '30,4' -> '30.4', 'plusieurs' -> 'X'; None when it is no number."""
    text = text.lower()
    if text in ("quelques", "plusieurs"):
        return "X"
    if text[0].isdigit():
        return text.replace(",", ".")
    if text in NUMBER_WORDS:
        return str(NUMBER_WORDS[text])
    try:
        return str(text2num(text, "fr"))
    except ValueError:
        return None


def day_number(text: str) -> int:
    text = text.lower()
    return 1 if text in ("1er", "1ᵉʳ", "premier") else int(text)


def month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def part_code(text: str | None) -> str | None:
    if not text:
        return None
    text = text.lower()
    return "12:00" if text == "midi" else PARTS_OF_DAY.get(text)


def adjective_step(adj: str) -> int:
    """-1 for "dernier", "passé", "précédent"; 1 for "prochain", "suivant"; 0 without one."""
    if not adj:
        return 0
    return -1 if adj.startswith(("derni", "passé", "précédent")) else 1


# "précédent", "suivant" count from the period the text just named; "dernier", "prochain" from
# the publication date ("le mois suivant" after "en mars 2011" is April 2011).
ANAPHORIC_ADJECTIVES = ("précédent", "suivant")
