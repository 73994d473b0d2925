"""Regex parts shared by the quantity patterns: spaces, apostrophes, lexicon alternations."""

from __future__ import annotations

import re

SP = r"[^\S\r\n]"  # one space of any width (U+00A0, U+202F...), never a line break
APOS = "['’]"


def alternation(keys) -> str:
    """Regex alternation of lexicon keys, longest first, any space matching any space."""
    ordered = sorted(set(keys), key=len, reverse=True)
    return "|".join(re.escape(key).replace(r"\ ", SP + "+") for key in ordered)


def fold(text: str) -> str:
    """The key of a lexicon look-up: lower case, one plain space, straight apostrophes."""
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()
