"""Plural pronoun speakers: "« … », font-ils valoir" after "les membres du Conseil …".

A plural pronoun takes up the plural subject before it. When that subject speaks for an
organisation ("les membres du Conseil", "les responsables du Wanderlust Paris", "les évangéliques
(Conseil national des évangéliques de France)"), the organisation is the speaker, as the gold
names it; any other plural subject ("les juges", "les parents") is a group no actor stands for.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfacts.components.quotes.index import ActorIndex, inside_quotes
from newsfacts.components.quotes.speaker_words import ends_sentence

# the nouns of people who speak for the organisation their complement names
MEMBER_NOUNS = frozenset(
    {"membres", "responsables", "dirigeants", "représentants", "porte-parole", "élus"}
)
MEMBER_NOUNS |= frozenset({"experts", "scientifiques", "chercheurs", "salariés", "employés"})
MEMBER_NOUNS |= frozenset({"militants", "adhérents", "députés", "sénateurs", "syndicats"})
GROUP_REACH = 80  # tokens back where the plural subject may stand
GROUP_SENTENCES = 2  # sentence ends crossed since the subject or its last pronoun


def organization_of_group(doc: Doc, span: Span, index: ActorIndex, quotes) -> dict | None:
    """The organisation a plural pronoun takes up through the plural subject before it: the
    latest subject outside quote marks, across the plural pronouns that go on with it."""
    ends = 0
    for i in range(span.start - 1, max(span.start - GROUP_REACH, 0) - 1, -1):
        token = doc[i]
        if inside_quotes(token.idx, quotes) or token.lower_.strip("-") == "t":
            continue
        if ends_sentence(token):
            ends += 1
            if ends > GROUP_SENTENCES:
                return None
        if not token.dep_.startswith("nsubj"):
            continue
        if "Plur" not in token.morph.get("Number"):
            return None  # a singular subject came between: the group is out of view
        if token.pos_ == "PRON":
            ends = 0  # "Ils mettent en garde …": the same group goes on
            continue
        return _organization_speaking_for(token, index)
    return None


def _organization_speaking_for(head: Token, index: ActorIndex) -> dict | None:
    """The organisation named as the complement of a member noun ("les membres du Conseil")
    or apposed to the plural subject ("les évangéliques (Conseil national …)")."""
    for child in head.children:
        if child.dep_ == "appos" or (child.dep_ == "nmod" and head.lower_ in MEMBER_NOUNS):
            for _start, _end, n in index.covering(child.idx, child.idx + len(child)):
                if index.actors[n].get("type") == "organization":
                    return index.actors[n]
    return None
