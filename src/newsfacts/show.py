"""``newsfacts show``: the facts of an article, highlighted in its text, then listed in tables.

Works from record dicts and the article text only (never from spaCy objects). The pieces shared
by the terminal and the HTML page live here: ``highlights`` (one per fact), ``markup`` (open/close
events that nest even when facts overlap) and ``fact_tables`` (the rows of the tables).
"""

from __future__ import annotations

import collections
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TextIO

import click

from newsfacts.cli_inputs import input_options, read_documents
from newsfacts.inputs import Document, InputError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


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


# --- Terminal -------------------------------------------------------------------------------


def render_terminal(record: dict, text: str, console) -> None:
    """Print the article with coloured facts, a legend, then the tables, on a rich Console."""
    from rich.rule import Rule
    from rich.text import Text as RichText

    # Text objects everywhere: the article and the record are not rich markup ("[/b]", ":smile:").
    console.print(Rule(RichText(record["id"], style="bold"), style="dim"))
    console.print(RichText(_header(record), style="dim"))
    console.print(_legend(record))
    console.print(styled_article(record, text), highlight=False)
    console.print()
    for table in fact_tables(record):
        if table.rows:
            console.print(_rich_table(table), highlight=False)


def styled_article(record: dict, text: str):
    """The article as rich Text, each fact in the style of its kind; overlapping styles combine."""
    from rich.text import Text as RichText

    article = RichText(text)
    for highlight in highlights(record):  # quotes first, so the facts inside stay on top
        article.stylize(KINDS[highlight.kind].style, highlight.start, highlight.end)
    return article


def _header(record: dict) -> str:
    date = record["reference_date"] or "none"
    source = f" ({record['reference_date_source']})" if record["reference_date_source"] else ""
    return f"source: {record['source']} — reference date: {date}{source}"


def _legend(record: dict):
    from rich.text import Text as RichText

    legend = RichText()
    for name, kind in KINDS.items():
        legend.append(f" {kind.plural} ", style=kind.style)
        legend.append(f"{fact_count(record, name)}  ", style="dim")
    return legend


def fact_count(record: dict, kind: str) -> int:
    """As the tables count: a place is one fact however many mentions it has."""
    return len(record[KINDS[kind].plural])


def _rich_table(table: FactTable):
    from rich.table import Table
    from rich.text import Text as RichText

    kind = KINDS[table.kind]
    rich_table = Table(
        title=f"{table.title} ({len(table.rows)})", title_justify="left", title_style=kind.style
    )
    for column in table.columns:
        rich_table.add_column(column, overflow="fold")
    for row in table.rows:
        rich_table.add_row(*(RichText(cell) for cell in row))
    return rich_table


def render_plain(record: dict, text: str) -> str:
    """The article with ``[fact]{kind}`` marks, for files and pipes; the tables come after."""
    parts = [f"== {record['id']}", _header(record), _plain_legend(record), ""]
    body = []
    for event in markup(text, highlights(record)):
        if isinstance(event, Text):
            body.append(event.text)
        elif isinstance(event, Open):
            body.append("[")
        else:
            body.append(f"]{{{event.highlight.kind}}}")
    parts.append("".join(body))
    return "\n".join(parts) + "\n"


def _plain_legend(record: dict) -> str:
    counts = ", ".join(f"{fact_count(record, name)} {kind.plural}" for name, kind in KINDS.items())
    return f"marks: [text]{{kind}} — {counts}"


def make_console(color: bool, file: TextIO | None = None):
    from rich.console import Console

    if color:
        console = Console(file=file, highlight=False)
    else:  # no colours, no terminal codes: tables as plain text
        console = Console(file=file, no_color=True, force_terminal=False, highlight=False)
    console.on_broken_pipe = _stop_quietly  # rich would exit with status 1
    return console


def _stop_quietly() -> None:
    """The reader went away (`| head`): stop with status 0, and keep Python from complaining."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(0)


def print_plain(record: dict, text: str, console) -> None:
    console.file.write(render_plain(record, text))
    console.print()
    for table in fact_tables(record):
        if table.rows:
            console.print(_rich_table(table), highlight=False)


# --- The command ----------------------------------------------------------------------------


@click.command(context_settings=CONTEXT_SETTINGS)
@input_options
@click.option("--id", "article_id", metavar="ID", help="Show only the article with this id.")
@click.option(
    "--html",
    "html_output",
    type=click.File("w", encoding="utf-8", lazy=True),
    metavar="FILE",
    help="Write one standalone HTML page to FILE (- for standard output) instead.",
)
@click.option("--no-color", is_flag=True, help="Plain text with [fact]{kind} marks, no colours.")
def show(
    paths: tuple[str, ...],
    reference_date: str | None,
    jsonl: bool,
    article_id: str | None,
    html_output: TextIO | None,
    no_color: bool,
) -> None:
    """Show the facts highlighted in the articles of PATH..., then in tables.

    Each kind of fact (quantities, dates, places, actors, quotes) has its own colour, with a
    legend; the tables that follow give quotes with their speakers and cues, actors with their
    titles, places with their country codes, resolved dates, and quantities with value and unit.

    PATH is read as by `newsfacts extract`. On a terminal the facts are coloured; piped or with
    --no-color, they are marked [like this]{kind}. With --html, one standalone page (no external
    files, no network) holds every article, with a table of contents when there are several;
    hovering a quote shows its speaker.

    \b
    Examples:
      newsfacts show article.txt
      newsfacts show --reference-date 2018-10-29 seeds/ --html report.html
      newsfacts show archive.jsonl --id afp-123 | less
    """
    documents = read_documents(paths, reference_date, jsonl)
    if article_id is not None:
        documents = (d for d in documents if isinstance(d, InputError) or d.id == article_id)
    try:
        if html_output is not None:
            shown, failed = _write_html(_articles(documents), html_output)
        else:
            shown, failed = _print_articles(_articles(documents), color=_use_color(no_color))
    except BrokenPipeError:
        _stop_quietly()
    except KeyboardInterrupt:
        click.echo("newsfacts: interrupted", err=True)
        sys.exit(130)
    if not shown and not failed:
        raise click.ClickException(
            f"no article with id {article_id!r}" if article_id is not None else "no article"
        )
    if failed:
        sys.exit(1)


def _use_color(no_color: bool) -> bool:
    return not no_color and "NO_COLOR" not in os.environ and sys.stdout.isatty()


def _articles(
    documents: Iterable[Document | InputError],
) -> Iterator[tuple[dict, str] | InputError]:
    """(record, text) per article in input order, or the InputError in its place."""
    from newsfacts.batch import run
    from newsfacts.pipeline import ModelMissing

    texts: collections.deque[str | None] = collections.deque()

    def remember_texts() -> Iterator[Document | InputError]:
        for item in documents:
            texts.append(item.text if isinstance(item, Document) else None)
            yield item

    try:
        for outcome in run(remember_texts()):
            text = texts.popleft()
            yield outcome if isinstance(outcome, InputError) else (outcome, text)
    except ModelMissing as error:
        raise click.ClickException(str(error)) from None


def _report(error: InputError) -> None:
    click.echo(f"newsfacts: error: {error.source}: {error.reason}", err=True)


def _print_articles(articles: Iterator, color: bool) -> tuple[int, int]:
    console = make_console(color)
    shown = failed = 0
    for article in articles:
        if isinstance(article, InputError):
            failed += 1
            _report(article)
            continue
        record, text = article
        if shown:
            console.print()
        (render_terminal if color else print_plain)(record, text, console)
        shown += 1
    return shown, failed


def _write_html(articles: Iterator, output: TextIO) -> tuple[int, int]:
    from newsfacts.render_html import render_page

    shown: list[tuple[dict, str]] = []
    failed = 0
    for article in articles:
        if isinstance(article, InputError):
            failed += 1
            _report(article)
        else:
            shown.append(article)
    if shown:
        output.write(render_page(shown))
        output.flush()
    return len(shown), failed
