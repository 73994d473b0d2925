"""newsfacts_actors: people and organisations, once each (first version: NER + surname merging).

``doc._.actors``: [{"name", "type", "titles", "aliases", "mentions": [[start, end], ...]}], in
order of first mention.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsfacts.components import register_extensions

ACTOR_TYPES = {"PER": "person", "ORG": "organization"}


@Language.factory("newsfacts_actors")
def make_actors(nlp: Language, name: str) -> ActorFinder:
    return ActorFinder()


class ActorFinder:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        actors: list[dict] = []
        for entity in doc.ents:
            kind = ACTOR_TYPES.get(entity.label_)
            if kind is None:
                continue
            actor = _same_actor(actors, entity.text, kind)
            if actor is None:
                actor = {
                    "name": entity.text,
                    "type": kind,
                    "titles": [],
                    "aliases": [],
                    "mentions": [],
                }
                actors.append(actor)
            elif len(entity.text) > len(actor["name"]):
                actor["aliases"].append(actor["name"])
                actor["name"] = entity.text
            elif entity.text != actor["name"] and entity.text not in actor["aliases"]:
                actor["aliases"].append(entity.text)
            actor["mentions"].append([entity.start_char, entity.end_char])
        doc._.actors = actors
        return doc


def _same_actor(actors: list[dict], name: str, kind: str) -> dict | None:
    """'Trump' and 'Donald Trump' are one person: one name's words end the other's."""
    words = name.split()
    for actor in actors:
        known = actor["name"].split()
        shorter, longer = sorted((words, known), key=len)
        if actor["type"] == kind and longer[-len(shorter) :] == shorter:
            return actor
    return None
