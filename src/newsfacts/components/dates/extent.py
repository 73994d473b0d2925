"""Where a date's span starts, and whether a length of years is an age: the French TimeBank's way.

The grammar matches the words that tell the meaning ("en avril", "il y a trois ans", "vers midi");
the span the French TimeBank gives is narrower or wider than that match:

- a preposition is out of the span: "en [avril]", "depuis [des années]", "vers [midi]",
  "au cours de [la nuit]", "il y a [quelques mois]";
- the article of a calendar date is in: "[le 21 juin]", "[le jeudi 7 octobre]",
  "[les 6] et 13 avril";
- an age is no temporal expression: "Jean Burget, 87 ans,", "un chauffeur de 38 ans",
  "âgé de 54 ans", "les moins de 17 ans".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

A = "['’]"

# Prepositions and locutions left out of a span, longest first.
LEADING_PREPOSITION = re.compile(
    rf"(?:il\s+y\s+a|voici|voilà|au\s+cours\s+(?:des|du|de|d{A})|à\s+partir\s+(?:des|du|de|d{A})|"
    rf"à\s+compter\s+(?:des|du|de|d{A})|jusqu{A}(?:au|aux|à|en)|d{A}ici(?:\s+à|\s+au)?|"
    rf"peu\s+(?:avant|après)|depuis|pendant|durant|dans|vers|dès|avant|après|pour|en|à|au|aux|du|"
    rf"de|d{A}(?=l{A}))"
    r"(?:\s+|(?<=['’]))",
    re.IGNORECASE,
)
# Kinds whose match holds its own words, preposition included ("de nos jours", "à terme").
KEEPS_PREPOSITION = {"ref_phrase", "set_per", "set_times", "offset"}
# Kinds that name a calendar day: the article before them is part of the date.
CALENDAR_DAY_KINDS = {"day_month", "weekday_day", "numeric", "numeric_dash", "iso",
                      "day_slash_month"}  # fmt: skip
EDGE = re.compile(r"(?:fin|début|milieu|mi-)", re.IGNORECASE)
EDGE_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:la|le)[^\S\n]+\Z", re.IGNORECASE)
ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:le|les)[^\S\n]+\Z", re.IGNORECASE)

# Ages: "âgé de 54 ans", "87 ans," after a name, "(27 ans)", "de 2 à 8 ans", "les moins de 17 ans".
_AGED = re.compile(r"\b[âa]g[ée]e?s?\s+(?:de\s+|d['’])(?:plus\s+de\s+|moins\s+de\s+|environ\s+)?\Z",
                   re.IGNORECASE)  # fmt: skip
_UNDER = re.compile(
    r"\b(?:les|des|aux|personnes|enfants|jeunes|adultes|patients)\s+(?:de\s+)?(?:moins|plus)\s+de\s+\Z"
    r"|\bl['’]âge\s+de\s+\Z|\bretraite\s+à\s+\Z",
    re.IGNORECASE,
)
_FROM_AGE = re.compile(r"\bde\s+\d{1,3}\s+(?:à|et)\s+\Z", re.IGNORECASE)
_APPOSED = re.compile(r"[\w.)]\s*[,(]\s*\Z")
_APPOSED_END = re.compile(r"\s*(?:[,)]|\.(?:\s|\Z)|\s+et\s+\d)")
_LENGTH_OF = re.compile(r"\s+(?:de|d['’])", re.IGNORECASE)  # "cinq ans de prison": a length
_YEARS = re.compile(r"(?:\d{1,3}|(?:une\s+)?\w+aine\s+d['’])\s*(?:ans|années)\Z", re.IGNORECASE)
# Nouns a length of years measures, not a person's age: "une peine de 5 ans", "un bail de 99 ans".
DURATION_NOUNS = {
    "peine", "peines", "prison", "réclusion", "emprisonnement", "détention", "sursis", "contrat",
    "contrats", "mandat", "mandats", "durée", "période", "terme", "bail", "absence", "retard",
    "délai", "plan", "programme", "attente", "garantie", "engagement", "moratoire", "exil",
    "carrière", "règne", "interdiction", "suspension", "cycle", "intervalle", "séjour", "stage",
    "formation", "études", "service", "concession", "crédit", "prêt", "emprunt", "travaux",
    "chantier", "vie", "existence", "histoire", "présence", "activité", "expérience", "guerre",
    "conflit", "occupation", "captivité", "silence", "procédure", "enquête", "combat", "lutte",
    "effort", "investissement", "budget", "horizon", "espace", "laps", "bout", "total", "moyenne",
    "mariage", "union", "parcours", "tournée", "voyage", "traversée", "odyssée",
}  # fmt: skip


def trimmed_start(text: str, start: int, end: int, kind: str) -> int:
    """The start of the span once a leading preposition is left out."""
    if kind in KEEPS_PREPOSITION:
        return start
    match = LEADING_PREPOSITION.match(text, start, end)
    if match is None or match.end() >= end or not text[match.end()].strip():
        return start
    return match.end()


def with_article(text: str, start: int, kind: str) -> int:
    """The start of a date with its article: a calendar date ("[le 21 juin]", "[les 6] et
    13 avril"), or the edge of a period ("avant [la fin mars]", "depuis [le début de l'année]")."""
    if kind in CALENDAR_DAY_KINDS:
        match = ARTICLE_BEFORE.search(text, max(start - 6, 0), start)
    elif EDGE.match(text, start):
        match = EDGE_ARTICLE_BEFORE.search(text, max(start - 6, 0), start)
    else:
        return start
    return match.start() if match else start


def is_age(doc: Doc, text: str, start: int, end: int) -> bool:
    """A length of years that gives someone's age, not a duration."""
    if not _YEARS.search(text[start:end]):
        return False
    before = text[max(start - 40, 0) : start]
    if _AGED.search(before) or _UNDER.search(before) or _FROM_AGE.search(before):
        return True
    if _APPOSED.search(before) and _APPOSED_END.match(text, end):
        return _name_before(text, before)
    if re.search(r"\b(?:de|d['’])\s*\Z", before, re.IGNORECASE):
        return not _LENGTH_OF.match(text, end) and _person_noun_before(doc, start)
    return False


def _name_before(text: str, before: str) -> bool:
    """ "Jean Burget, 87 ans," "Anthony Wagner, 27 ans,": a capitalised word before the comma."""
    words = re.findall(r"[\w'’-]+", before)
    return bool(words) and words[-1][:1].isupper()


def _person_noun_before(doc: Doc, start: int) -> bool:
    """ "un chauffeur de bus de 38 ans", "une femme d'une trentaine d'années": a noun or an
    adjective before "de", that is no length itself ("une peine de cinq ans")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    de = doc[span.start - 1]
    if de.lower_ not in ("de", "d'", "d’"):
        if span.start < 3 or doc[span.start - 2].lower_ not in ("de", "d'", "d’"):
            return False
        de = doc[span.start - 2]  # "d'une trentaine": "une" between
    head = doc[de.i - 1]
    return head.lower_ not in DURATION_NOUNS and head.pos_ in ("NOUN", "PROPN", "ADJ")
