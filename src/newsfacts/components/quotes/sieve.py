"""The precision-ordered sieve of speaker attribution: which rule answers are final.

A speaker text that names its speaker (``a déclaré Marie Dupont``, ``selon la SNCF``, ``Paul Roy a
dit``) is almost always right: that answer is final. The other rules guess: a pronoun takes up the
last compatible person, ``ce dernier`` the person named last, a description (``le maire``,
``l'élue``, ``le quotidien``) someone holding that title. Their answer is kept as a proposal: the
ranker (ranking.py) weighs it as one feature of the candidates ("this is the actor the pronoun
rule chose") beside the features that say how the writer points at a speaker, and decides.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfacts.components.quotes.pronouns import THE_LATTER

NAMED = "named"  # the speaker text holds the actor's name: final
PRONOUN = "pronoun"
LATTER = "latter"  # "ce dernier", "cette dernière"
DESCRIPTION = "description"  # a title, a role, a medium, a document: "le maire", "l'étude"
INHERITED = "inherited"  # a quote that goes on from the previous one
RULE_KINDS = (NAMED, PRONOUN, LATTER, DESCRIPTION, INHERITED)
WEAK_KINDS = frozenset({PRONOUN, LATTER, DESCRIPTION})


def rule_kind(span: Span, actor: dict | None, pronouns, is_speaker=None) -> str:
    """How the rules read a speaker text: by a name (final), a pronoun, "ce dernier" or a
    description. A capitalised word is a name only if it is part of the actor's own name:
    "le maire de Lyon" resolved to Grégory Doucet is a description, not a name; and only if
    ``is_speaker`` (a token -> bool, name_position.py) says the name is the speaker, not one
    the words speak of ("les services du chancelier X")."""
    lower = span.text.lower().lstrip("-")
    if len(span) == 1 and lower in pronouns:
        return PRONOUN
    if lower in THE_LATTER:
        return LATTER
    if actor is not None and any(
        is_speaker is None or is_speaker(t) for t in name_words(span, actor)
    ):
        return NAMED
    return DESCRIPTION


def names_actor(span: Span, actor: dict) -> bool:
    """Whether a capitalised word of the speaker text is part of the actor's name."""
    return bool(name_words(span, actor))


def name_words(span: Span, actor: dict) -> list[Token]:
    """The capitalised words of the speaker text that are part of the actor's name."""
    words = {word.lower() for word in actor.get("name", "").replace("-", " ").split()}
    return [
        token
        for token in span
        if not token.is_punct
        and len(token.text) > 1
        and token.text[:1].isupper()
        and token.lower_ in words
    ]
