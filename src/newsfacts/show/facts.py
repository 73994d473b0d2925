"""What the terminal and the HTML views share: the facts of a record as highlights in the text,
the open/close events that nest them even when facts overlap, and the rows of the fact tables.

Works from record dicts and the article text only (never from spaCy objects).
"""

from __future__ import annotations

import collections
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    name: str  # data-kind in HTML, the mark in plain text
    plural: str  # the record's list of this kind, also its label in legends
    style: str  # rich style in the terminal
    colour: str  # background in HTML


# The order is the nesting order when two facts cover the same characters: quotes outermost,
# because they are long clauses that hold the other facts.
KINDS = {
    kind.name: kind
    for kind in (
        Kind("quote", "quotes", "underline", "#efe7fb"),
        Kind("actor", "actors", "bold magenta", "#f9c9e0"),
        Kind("place", "places", "bold yellow", "#fde68a"),
        Kind("date", "dates", "bold green", "#bbf0c8"),
        Kind("quantity", "quantities", "bold cyan", "#b9e3fb"),
    )
}
KIND_RANK = {name: rank for rank, name in enumerate(KINDS)}


@dataclass(frozen=True)
class Highlight:
    """One fact's place in the text. Entities give one highlight per mention."""

    kind: str
    start: int
    end: int
    title: str  # what hovering (HTML) says about it
    speaker: str | None = None  # quotes only: who said it, as the record knows it


def highlights(record: dict) -> list[Highlight]:
    """One highlight per fact of the record, sorted for nesting: by start, longest first."""
    found = [
        *(
            Highlight("quantity", q["start"], q["end"], _quantity_title(q))
            for q in record["quantities"]
        ),
        *(Highlight("date", d["start"], d["end"], _date_title(d)) for d in record["dates"]),
        *_mention_highlights("place", record["places"], _place_title),
        *_mention_highlights("actor", record["actors"], _actor_title),
        *(_quote_highlight(quote) for quote in record["quotes"]),
    ]
    return sorted(found, key=lambda h: (h.start, -h.end, KIND_RANK[h.kind]))


def _mention_highlights(kind: str, entities: list[dict], title) -> Iterator[Highlight]:
    for entity in entities:
        for mention in entity["mentions"]:
            yield Highlight(kind, mention["start"], mention["end"], title(entity))


def _quote_highlight(quote: dict) -> Highlight:
    speaker = quote_speaker(quote)
    title = f"quote ({quote['type']}) — speaker: {speaker or 'unknown'}"
    if quote.get("cue"):
        title += f" — cue: {quote['cue']}"
    return Highlight("quote", quote["start"], quote["end"], title, speaker)


def quote_speaker(quote: dict) -> str | None:
    """The named actor, else the words that designate the speaker (``"il"``), else None."""
    if quote.get("speaker"):
        return quote["speaker"]
    if quote.get("speaker_text"):
        return quote["speaker_text"]["text"]
    return None


def _quantity_title(quantity: dict) -> str:
    unit = f" {quantity['unit']}" if quantity.get("unit") else ""
    return f"quantity: {quantity_value(quantity)}{unit} ({quantity['kind']})"


def _date_title(date: dict) -> str:
    return f"date: {date['value'] or '?'} ({date['type']})"


def _place_title(place: dict) -> str:
    country = f", {place['country']}" if place.get("country") else ""
    return f"place: {place['name']} ({place.get('kind') or '?'}{country})"


def _actor_title(actor: dict) -> str:
    titles = f" — {', '.join(actor['titles'])}" if actor.get("titles") else ""
    return f"actor: {actor['name']} ({actor['type']}){titles}"


def quantity_value(quantity: dict) -> str:
    value = _number(quantity["value"])
    if quantity.get("value_max") is not None:
        value += f"–{_number(quantity['value_max'])}"
    return value


def _number(value: float) -> str:
    return f"{value:,}".replace(",", "\u202f") if isinstance(value, int) else f"{value:g}"


# --- Nesting overlapping facts --------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Open:
    highlight: Highlight
    first: bool  # False when a crossing fact forced it to be closed and opened again


@dataclass(frozen=True)
class Close:
    highlight: Highlight


def markup(text: str, spans: Iterable[Highlight]) -> list[Text | Open | Close]:
    """The text cut into events that nest like elements.

    Facts nest in the usual case (an actor inside a quote). When two cross, the inner one is
    closed at the outer one's end and opened again after it, as a continuation (``first=False``).
    Spans outside the text or empty are left out.
    """
    valid = [h for h in spans if 0 <= h.start < h.end <= len(text)]
    starting = collections.defaultdict(list)
    for highlight in valid:
        starting[highlight.start].append(highlight)
    boundaries = sorted({0, len(text), *(h.start for h in valid), *(h.end for h in valid)})
    events: list[Text | Open | Close] = []
    stack: list[Highlight] = []
    position = 0
    for boundary in boundaries:
        if boundary > position:
            events.append(Text(text[position:boundary]))
            position = boundary
        reopen = _close_ending(stack, boundary, events)
        opening = [(h, False) for h in reopen] + [(h, True) for h in starting[boundary]]
        for highlight, first in sorted(opening, key=lambda o: (-o[0].end, KIND_RANK[o[0].kind])):
            stack.append(highlight)
            events.append(Open(highlight, first))
    return events


def _close_ending(stack: list[Highlight], boundary: int, events: list) -> list[Highlight]:
    """Close the open facts that end at ``boundary``; returns those closed early to reopen."""
    reopen = []
    while any(h.end == boundary for h in stack):
        highlight = stack.pop()
        events.append(Close(highlight))
        if highlight.end != boundary:
            reopen.append(highlight)
    return reopen


# --- Tables ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class FactTable:
    kind: str
    title: str
    columns: tuple[str, ...]
    rows: list[tuple[str, ...]]


def fact_tables(record: dict) -> list[FactTable]:
    """The facts of a record as tables of strings, in the order the issue asks for."""
    return [
        FactTable(
            "quote",
            "Quotes",
            ("quote", "type", "speaker", "cue"),
            [_quote_row(quote) for quote in record["quotes"]],
        ),
        FactTable(
            "actor",
            "Actors",
            ("name", "type", "titles", "mentions"),
            [
                (a["name"], a["type"], ", ".join(a["titles"]), str(len(a["mentions"])))
                for a in record["actors"]
            ],
        ),
        FactTable(
            "place",
            "Places",
            ("name", "kind", "country", "mentions"),
            [
                (p["name"], p.get("kind") or "", p.get("country") or "", str(len(p["mentions"])))
                for p in record["places"]
            ],
        ),
        FactTable(
            "date",
            "Dates",
            ("text", "value", "type", "relative"),
            [
                (d["text"], d["value"] or "", d["type"], "yes" if d["relative"] else "")
                for d in record["dates"]
            ],
        ),
        FactTable(
            "quantity",
            "Quantities",
            ("text", "value", "unit", "kind", "qualifier"),
            [
                (q["text"], quantity_value(q), q["unit"] or "", q["kind"], q["qualifier"] or "")
                for q in record["quantities"]
            ],
        ),
    ]


def _quote_row(quote: dict) -> tuple[str, ...]:
    speaker = quote.get("speaker") or ""
    if not speaker and quote.get("speaker_text"):
        speaker = f'("{quote["speaker_text"]["text"]}")'  # not resolved to a named actor
    return (quote["text"], quote["type"], speaker, quote.get("cue") or "")


def fact_count(record: dict, kind: str) -> int:
    """As the tables count: a place is one fact however many mentions it has."""
    return len(record[KINDS[kind].plural])


def header_line(record: dict) -> str:
    """Where the article comes from and its reference date; for a web page, its title and URL."""
    date = record["reference_date"] or "none"
    if record["reference_date_source"]:
        date += f" ({record['reference_date_source']})"
    parts = [f"source: {record['source']}", f"reference date: {date}"]
    meta = record.get("meta") or {}
    for name in ("title", "url"):
        if isinstance(meta.get(name), str) and meta[name]:
            parts.append(f"{name}: {meta[name]}")
    return " — ".join(parts)
