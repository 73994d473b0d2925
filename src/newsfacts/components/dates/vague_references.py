"""References with no stated distance: "récemment", "prochainement", "ces derniers temps",
"le prochain mariage". TIMEX3 gives them PAST_REF, PRESENT_REF or FUTURE_REF.
"""

from __future__ import annotations

from newsfacts.components.dates.durations import duration
from newsfacts.components.dates.resolved import Context, Resolved
from newsfacts.lexicons.dates import REF_WORDS


def ref_phrase(g: dict, ctx: Context) -> Resolved:
    return Resolved("date", REF_WORDS[g["phrase"].lower().replace("’", "'")], True)


def ref_span(g: dict, ctx: Context) -> Resolved | None:
    """ "ces derniers jours": a length of unknown count ending now (PXD); "ces derniers temps":
    the recent past."""
    unit = g["unit"].lower()
    if unit != "temps":
        return duration({"num": "plusieurs", "unit": unit}, ctx)
    past = g["adj"].lower().startswith("derni")
    return Resolved("date", "PAST_REF" if past else "FUTURE_REF", True)


def ref_adjective(g: dict, ctx: Context) -> Resolved:
    """ "le prochain mariage", "un précédent dîner"."""
    past = g["span"].lower().startswith("préc")
    return Resolved("date", "PAST_REF" if past else "FUTURE_REF", True)


def ref_coming(g: dict, ctx: Context) -> Resolved:
    return Resolved("date", "FUTURE_REF", True)
