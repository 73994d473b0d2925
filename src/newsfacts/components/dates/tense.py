"""Which way a relative date points (past or future), read from the sentence around it.

Cues win over tense: an adjective in the expression (``lundi dernier``, ``l'an prochain``), then a
preposition just before it (``depuis lundi``, ``d'ici vendredi``), then the tense of the governing
verb found by climbing the dependency tree (passé composé, imparfait, plus-que-parfait -> past;
futur, conditionnel, a modal or a verb of intent -> future; plain present -> PRESENT).

``strong`` says whether the clue is firm enough to move a named date ("13 octobre") to another
year: a cue word, or a finite verb the date hangs on directly. A bare participle ("publié
dimanche") or a verb reached through a chain of nouns only orients weekdays.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsfacts.components.lemmas import lemma
from newsfacts.lexicons.dates import (
    ETRE_VERBS,
    FUTURE_ADJECTIVES,
    FUTURE_MODALS,
    FUTURE_PARTICIPLES,
    FUTURE_PREPOSITIONS,
    INTENT_VERBS,
    IRREGULAR_CONDITIONAL_STEMS,
    PAST_ADJECTIVES,
    PAST_PREPOSITIONS,
    PLANNING_VERBS,
)

PAST, FUTURE, PRESENT = "past", "future", "present"
_CONDITIONAL_ENDINGS = ("raient", "rions", "riez", "rait", "rais")
_FUTURE_ENDINGS = ("ront", "rons", "rez", "rai", "ras", "ra")
_MAX_CLIMB = 8
_MAX_NOUN_HOPS = 1  # "élections du 6 novembre" -> verb: one noun between, still firm


@dataclass(frozen=True)
class Direction:
    way: str | None  # PAST, FUTURE, PRESENT, or None when nothing tells
    strong: bool


NONE = Direction(None, False)


def direction_of(span: Span) -> Direction:
    words = span.text.lower().split()
    if any(word in PAST_ADJECTIVES for word in words):
        return Direction(PAST, True)
    if any(word in FUTURE_ADJECTIVES for word in words):
        return Direction(FUTURE, True)
    before = span.doc[max(span.start - 3, 0) : span.start].text.lower().replace("’", "'")
    if any(before.endswith(word) for word in PAST_PREPOSITIONS):
        return Direction(PAST, True)
    if any(before.endswith(word) for word in FUTURE_PREPOSITIONS):
        return Direction(FUTURE, True)
    verb, hops = governing_verb(span.root)
    if verb is None:
        return NONE
    if hops and lemma(verb) in PLANNING_VERBS:
        return Direction(FUTURE, False)  # "a promis ... des élections le 31 octobre"
    found = tense_of(verb)
    return Direction(found.way, found.strong and hops <= _MAX_NOUN_HOPS)


def governing_verb(token: Token) -> tuple[Token | None, int]:
    """The verb the expression depends on, and how many nouns lie between them."""
    hops = 0
    start = token
    for _ in range(_MAX_CLIMB):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux:tense", "aux:pass", "cop"):
            return token, hops
        if any(child.dep_ == "cop" for child in token.children) and token is not start:
            return token, hops  # "sera l'invité de France 2 mercredi soir"
        if token.head is token:
            return None, hops
        if token is not start and token.pos_ in ("NOUN", "PROPN"):
            hops += 1
        token = token.head
    return None, hops


def tense_of(verb: Token, depth: int = 0) -> Direction:
    if depth > _MAX_CLIMB:
        return NONE
    copulas = [child for child in verb.children if child.dep_ == "cop"]
    if copulas and "Inf" in copulas[0].morph.get("VerbForm"):
        return _infinitive_tense(verb, depth)  # "espère être de retour samedi"
    if copulas:
        return _finite_tense(copulas[0])
    if is_conditional(verb) or is_future(verb):
        return Direction(FUTURE, True)
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux:tense", "aux:pass")]
    forms = verb.morph.get("VerbForm")
    if "Part" in forms:
        return _participle_tense(verb, auxiliaries, depth)
    if "Inf" in forms:
        return _infinitive_tense(verb, depth)
    return _finite_tense(verb)


def _participle_tense(verb: Token, auxiliaries: list[Token], depth: int) -> Direction:
    if not auxiliaries and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return tense_of(verb.head, depth + 1)  # "est arrivé jeudi et reparti vendredi"
    if not auxiliaries:  # "publié dimanche", "prévu mardi": an adjectival participle
        if lemma(verb) in FUTURE_PARTICIPLES:
            return Direction(FUTURE, False)
        return Direction(PAST, False)
    aux = auxiliaries[0]
    if is_conditional(aux):
        return Direction(FUTURE, True)
    if is_future(aux):
        return NONE  # futur antérieur: in news, often a guess about the past ("aura voyagé")
    if "Imp" in aux.morph.get("Tense") and _reported(verb):
        return NONE  # "a confirmé que le préavis était maintenu pour le 16 février"
    if set(aux.morph.get("Tense")) & {"Imp", "Past"}:
        return Direction(PAST, True)
    passive = aux.dep_ == "aux:pass" or lemma(aux) == "être"
    reflexive = any(child.dep_.startswith("expl") for child in verb.children)
    if passive and not reflexive and lemma(verb) not in ETRE_VERBS:
        # "sont prévus mardi" is a present passive, not a passé composé
        return Direction(FUTURE if lemma(verb) in FUTURE_PARTICIPLES else PRESENT, True)
    return Direction(PAST, True)


def _infinitive_tense(verb: Token, depth: int) -> Direction:
    head = verb.head
    if head is verb or head.pos_ not in ("VERB", "AUX"):
        return NONE
    if lemma(head) in INTENT_VERBS:
        return Direction(FUTURE, True)
    if lemma(head) == "venir" and any(c.lower_ in ("de", "d'", "d’") for c in verb.children):
        return Direction(PAST, True)  # "vient d'annoncer lundi": a recent past
    if lemma(head) in FUTURE_MODALS:
        outer = tense_of(head, depth + 1)
        if outer.way == PAST:
            return outer  # "devaient repartir lundi matin", "a dû partir"
        return Direction(FUTURE, True)
    return tense_of(head, depth + 1)


def _finite_tense(verb: Token) -> Direction:
    if is_conditional(verb) or is_future(verb):
        return Direction(FUTURE, True)
    tenses = set(verb.morph.get("Tense"))
    if "Imp" in tenses and _reported(verb):
        return NONE  # "a confirmé que le préavis était maintenu pour le 16 février": a present
    if tenses & {"Imp", "Past"}:
        return Direction(PAST, True)
    if "Pres" in tenses:
        return Direction(PRESENT, True)
    return NONE


def _reported(verb: Token) -> bool:
    """An imparfait in a clause reported by a past verb stands for a present (concordance)."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "advcl", "acl:relcl", "parataxis") or head is verb:
        return False
    return "Past" in head.morph.get("Tense") or any(
        child.dep_ == "aux:tense" for child in head.children
    )


def is_future(verb: Token) -> bool:
    """The parser sometimes tags a futur as past ("apparaîtra"): check the stem as well."""
    if "Fut" in verb.morph.get("Tense"):
        return True
    return "Fin" in verb.morph.get("VerbForm") and _has_future_stem(verb, _FUTURE_ENDINGS)


def is_conditional(verb: Token) -> bool:
    """The parser often tags a conditional as imparfait: tell them apart by the stem."""
    if "Cnd" in verb.morph.get("Mood"):
        return True
    return _has_future_stem(verb, _CONDITIONAL_ENDINGS)


def _has_future_stem(verb: Token, endings: tuple[str, ...]) -> bool:
    """Futur and conditionnel share a stem: the infinitive ("préparer-ait") or an irregular one."""
    text = verb.text.lower()
    ending = next((end for end in endings if text.endswith(end)), None)
    if ending is None:
        return False
    stem = text[: len(text) - len(ending) + 1]  # keeps the "r": "reprendr", "préparer", "devr"
    infinitive = lemma(verb).lower()
    if stem == infinitive or (infinitive.endswith("re") and stem == infinitive[:-1]):
        return True
    return stem != infinitive and any(
        stem.endswith(irregular) for irregular in IRREGULAR_CONDITIONAL_STEMS
    )
