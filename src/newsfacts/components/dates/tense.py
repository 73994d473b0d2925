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

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsfacts.components.lemmas import lemma
from newsfacts.lexicons.dates import (
    BOUNDARY_PREPOSITIONS,
    ETRE_VERBS,
    FUTURE_ADJECTIVES,
    FUTURE_MODALS,
    FUTURE_PARTICIPLES,
    FUTURE_PREPOSITIONS,
    INTENT_VERBS,
    IRREGULAR_CONDITIONAL_STEMS,
    LASTING_DECISIONS,
    MOTION_VERBS,
    PAST_ADJECTIVES,
    PAST_PREPOSITIONS,
    PLANNING_VERBS,
    SCHEDULED_PARTICIPLES,
    TARGET_PREPOSITIONS,
)

PAST, FUTURE, PRESENT = "past", "future", "present"
_CONDITIONAL_ENDINGS = ("raient", "rions", "riez", "rait", "rais")
_FUTURE_ENDINGS = ("ront", "rons", "rez", "rai", "ras", "ra")
_MAX_CLIMB = 8
_MAX_NOUN_HOPS = 1  # "élections du 6 novembre" -> verb: one noun between, still firm
SCHEDULED = re.compile(rf"(?:{'|'.join(SCHEDULED_PARTICIPLES)})(?:e|s|es)?\Z")
_ARTICLE_AT_END = re.compile(r"\s*\b(?:le|la|les|l')\s*\Z")  # "depuis le 1er janvier"


@dataclass(frozen=True)
class Direction:
    way: str | None  # PAST, FUTURE, PRESENT, or None when nothing tells
    strong: bool


NONE = Direction(None, False)


def direction_of(span: Span, quote: tuple[int, int] | None = None) -> Direction:
    """``quote``: the character bounds of the quotation the span stands in, if any."""
    words = span.text.lower().split()
    if any(word in PAST_ADJECTIVES for word in words):
        return Direction(PAST, True)
    if any(word in FUTURE_ADJECTIVES for word in words):
        return Direction(FUTURE, True)
    before = span.doc[max(span.start - 4, 0) : span.start].text.lower().replace("’", "'")
    before = _ARTICLE_AT_END.sub("", before)  # "depuis le 1er janvier", "d'ici la fin"
    if any(before.endswith(word) for word in PAST_PREPOSITIONS):
        return Direction(PAST, True)
    if any(before.endswith(word) for word in FUTURE_PREPOSITIONS):
        return Direction(FUTURE, True)
    if _scheduled_just_before(span):
        return Direction(FUTURE, False)
    verb, hops = governing_verb(span.root, quote)
    if verb is None:
        # a quote without a verb of its own ("« Rendez-vous samedi », a lancé X") speaks from
        # the speaker's present, not from the narrator's past
        return Direction(PRESENT, False) if quote else NONE
    if before.endswith((" du", " de")) and not before.endswith(("partir de", "partir du")):
        hops = max(hops, 1)  # "la réunion du 3 mars": the date names a noun, whatever the parse
    if hops and lemma(verb) in PLANNING_VERBS:
        return Direction(FUTURE, False)  # "a promis ... des élections le 31 octobre"
    if before.endswith(TARGET_PREPOSITIONS) and lemma(verb) in PLANNING_VERBS:
        return Direction(FUTURE, False)  # "a reporté le vote au 12 décembre"
    found = tense_of(verb)
    if before.endswith(BOUNDARY_PREPOSITIONS) and found.way == PAST and _is_perfect(verb):
        return _bounded_by(span.root, verb, found)
    return Direction(found.way, found.strong and hops <= _MAX_NOUN_HOPS)


def _scheduled_just_before(span: Span) -> bool:
    """ "les annonces attendues vendredi", "le vote, prévu mardi": a participle of schedule
    right before the date governs it, whatever the parser attached it to."""
    if span.start < 1:
        return False
    word = span.doc[span.start - 1]
    before = span.doc[span.start - 2] if span.start >= 2 else None
    return bool(SCHEDULED.match(word.lower_)) and (before is None or before.pos_ != "AUX")


def _bounded_by(token: Token, verb: Token, found: Direction) -> Direction:
    """ "a prolongé l'alerte jusqu'à samedi": a passé composé of a decision states a result that
    still holds, so the date that bounds it is ahead; other verbs narrate ("est resté en prison
    jusqu'au 3 mai")."""
    # the decision is the verb, a noun on the way to it, or its object ("a annoncé la
    # prolongation de la campagne jusqu'au 28 février")
    path = [verb, *(child for child in verb.children if child.dep_ in ("obj", "nsubj:pass"))]
    while token is not verb and token.head is not token and len(path) < 2 * _MAX_CLIMB:
        path.append(token)
        token = token.head
    if any(lemma(word) in LASTING_DECISIONS for word in path):
        return Direction(FUTURE, False)
    return found


def _is_perfect(verb: Token) -> bool:
    """A passé composé: the participle with an auxiliary in the present ("a prolongé")."""
    return any(
        child.dep_ in ("aux:tense", "aux:pass") and "Pres" in child.morph.get("Tense")
        for child in verb.children
    )


def governing_verb(token: Token, quote: tuple[int, int] | None = None) -> tuple[Token | None, int]:
    """The verb the expression depends on, and how many nouns lie between them.

    Inside a quotation, only a verb of the quotation counts: the reporting verb outside it
    ("« ... samedi », a lancé X") has the narrator's tense, not the speaker's.
    """
    hops = 0
    start = token
    for _ in range(_MAX_CLIMB):
        if quote and not quote[0] <= token.idx < quote[1]:
            return None, hops
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
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux:tense", "aux:pass")]
    compound = any(child.dep_ == "aux:tense" for child in auxiliaries)
    if not compound and (is_conditional(verb) or is_future(verb)):
        return Direction(FUTURE, True)
    forms = verb.morph.get("VerbForm")
    if "Part" in forms or compound:  # "se sont déroulés", even when tagged as a futur
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
        return Direction(PAST, True)  # "le décret, publié le 12 janvier": done
    aux = auxiliaries[0]
    if "Inf" in aux.morph.get("VerbForm"):  # "avant d'être censuré", "après avoir gagné"
        return _infinitive_tense(verb, depth)
    if is_conditional(aux) and (len(auxiliaries) > 1 or not _passive(verb, aux)):
        return Direction(PAST, True)  # "aurait été tué samedi": a past told as hearsay
    if is_conditional(aux):
        return Direction(FUTURE, True)  # "serait organisé samedi"
    if is_future(aux) and len(auxiliaries) == 1 and _passive(verb, aux):
        return Direction(FUTURE, True)  # "le programme sera dévoilé fin mars": a futur passif
    if is_future(aux):
        return NONE  # futur antérieur: in news, often a guess about the past ("aura voyagé")
    if "Imp" in aux.morph.get("Tense") and _reported(verb):
        return NONE  # "a confirmé que le préavis était maintenu pour le 16 février"
    if set(aux.morph.get("Tense")) & {"Imp", "Past"}:
        return Direction(PAST, True)
    if _passive(verb, aux):
        # "sont prévus mardi" is a present passive, not a passé composé
        return Direction(FUTURE if lemma(verb) in FUTURE_PARTICIPLES else PRESENT, True)
    return Direction(PAST, True)


def _imperfect(verb: Token) -> bool:
    return "Imp" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm")


def _passive(verb: Token, aux: Token) -> bool:
    """ "sont prévus", "sera dévoilé": être with a participle that does not take être in the
    passé composé ("est arrivé", "s'est tenu")."""
    passive = aux.dep_ == "aux:pass" or lemma(aux) == "être"
    reflexive = any(child.dep_.startswith("expl") for child in verb.children)
    return passive and not reflexive and lemma(verb) not in ETRE_VERBS


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
        if outer.way == PAST and _imperfect(head):
            return NONE  # "le président devait se rendre jeudi à Berlin": planned, seen before
        if outer.way == PAST:
            return outer  # "a dû partir lundi"
        return Direction(FUTURE, True)
    outer = tense_of(head, depth + 1)
    if lemma(head) in MOTION_VERBS:  # "suis venue chercher les minima pour ... en septembre"
        return Direction(outer.way, False)  # a purpose: its time may lie past the motion
    return outer


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


# In a title in capitals, the verb's ending is all there is to read: "FERA", "ORGANISERONT".
_SHOUTED_FUTURE = re.compile(r"\b\w{2,}(?:RA|RONT|RAIT|RAIENT)\b")
_SHOUTED_PAST = re.compile(
    r"\b(?:A|ONT|AVAIT|AVAIENT|EST|SONT|ÉTAIT)\s+(?:ÉTÉ\s+)?\w{2,}(?:É|ÉE|ÉS|ÉES|IS|IT|U|UE)\b"
)


def shouted_direction(line: str) -> Direction:
    """Past or future from a line written in capitals, by its verb endings alone."""
    if _SHOUTED_FUTURE.search(line):
        return Direction(FUTURE, False)
    if _SHOUTED_PAST.search(line):
        return Direction(PAST, False)
    return NONE
