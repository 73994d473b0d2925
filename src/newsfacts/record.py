"""Doc -> schema-v1 record. The only module that knows the JSON shape (see schema.json)."""

from __future__ import annotations

import bisect
import json
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span

from newsfacts.components import text_of
from newsfacts.inputs import Document

SCHEMA_ID = "newsfacts/1"


@cache
def json_schema() -> dict:
    return json.loads(resources.files("newsfacts").joinpath("schema.json").read_text("utf-8"))


class SentenceIndex:
    """Maps a character offset to the 0-based index of the sentence that holds it."""

    def __init__(self, doc: Doc):
        if doc.has_annotation("SENT_START"):
            self.starts = [sentence.start_char for sentence in doc.sents]
        else:
            self.starts = [0]

    def __call__(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)


def build_record(doc: Doc, document: Document) -> dict:
    sentence_of = SentenceIndex(doc)
    text = text_of(doc)

    def span_fields(start: int, end: int) -> dict:
        return {
            "text": text[start:end],
            "start": start,
            "end": end,
            "sentence": sentence_of(start),
        }

    record = {
        "schema": SCHEMA_ID,
        "id": document.id,
        "source": document.source,
        "reference_date": document.reference_date,
        "reference_date_source": document.reference_date_source,
        "quantities": [
            {**span_fields(s.start_char, s.end_char), **_quantity(s)}
            for s in _in_text_order(doc, "quantities")
        ],
        "dates": [
            {**span_fields(s.start_char, s.end_char), **_date(s)}
            for s in _in_text_order(doc, "dates")
        ],
        "places": [_entity(place, span_fields, _place) for place in doc._.places or []],
        "actors": [_entity(actor, span_fields, _actor) for actor in doc._.actors or []],
        "quotes": [
            {**span_fields(s.start_char, s.end_char), **_quote(s, span_fields)}
            for s in _in_text_order(doc, "quotes")
        ],
        "meta": dict(document.meta),
    }
    if document.keep_text:  # last: the facts come first when a reader skims the line
        record["text"] = document.text
    return record


def _in_text_order(doc: Doc, key: str) -> list[Span]:
    spans = doc.spans.get(key, [])
    return sorted(spans, key=lambda span: (span.start_char, span.end_char))


def _quantity(span: Span) -> dict:
    payload = span._.quantity or {}
    return {
        "value": payload.get("value", 0),
        "value_max": payload.get("value_max"),
        "unit": payload.get("unit"),
        "kind": payload.get("kind", "count"),
        "qualifier": payload.get("qualifier"),
    }


def _date(span: Span) -> dict:
    payload = span._.date or {}
    return {
        "type": payload.get("type", "date"),
        "value": payload.get("value"),
        "relative": bool(payload.get("relative", False)),
    }


def _quote(span: Span, span_fields) -> dict:
    payload = span._.quote or {}
    speaker_span = payload.get("speaker_span")
    return {
        "type": payload.get("type", "direct"),
        "speaker": payload.get("speaker"),
        "speaker_text": span_fields(*speaker_span) if speaker_span else None,
        "cue": payload.get("cue"),
        "fragments": [span_fields(start, end) for start, end in payload.get("fragments", ())],
    }


def _place(place: dict) -> dict:
    return {
        "name": place["name"],
        "kind": place.get("kind"),
        "country": place.get("country"),
        "geonames_id": place.get("geonames_id"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
    }


def _actor(actor: dict) -> dict:
    return {"name": actor["name"], "type": actor["type"], "titles": list(actor.get("titles", []))}


def _entity(entity: dict, span_fields, fields) -> dict:
    mentions = sorted({tuple(mention) for mention in entity.get("mentions", [])})
    return {
        **fields(entity),
        "aliases": list(entity.get("aliases", [])),
        "mentions": [span_fields(start, end) for start, end in mentions],
    }
