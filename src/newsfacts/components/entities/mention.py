"""A named mention: its tokens, its kind and what the context says of it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(eq=False)
class Mention:
    start: int  # token offsets into the Doc
    end: int
    kind: str  # PERSON, ORGANIZATION or PLACE
    hint: str | None = None  # place kind from context, or an organisation's type noun
    gender: str | None = None  # "Masc" / "Fem" from M. / Mme
    link: Mention | None = None  # the mention this one abbreviates or expands ('OMS')
    source: str = "ner"
