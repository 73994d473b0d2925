"""The terminal view of ``newsfacts show``: coloured facts with rich, or ``[fact]{kind}`` marks
when piped."""

from __future__ import annotations

import os
import sys
from typing import TextIO

from newsfacts.show.facts import (
    KINDS,
    FactTable,
    Open,
    Text,
    fact_count,
    fact_tables,
    header_line,
    highlights,
    markup,
)


def render_terminal(record: dict, text: str, console) -> None:
    """Print the article with coloured facts, a legend, then the tables, on a rich Console."""
    from rich.rule import Rule
    from rich.text import Text as RichText

    # Text objects everywhere: the article and the record are not rich markup ("[/b]", ":smile:").
    console.print(Rule(RichText(record["id"], style="bold"), style="dim"))
    console.print(RichText(header_line(record), style="dim"))
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


def _legend(record: dict):
    from rich.text import Text as RichText

    legend = RichText()
    for name, kind in KINDS.items():
        legend.append(f" {kind.plural} ", style=kind.style)
        legend.append(f"{fact_count(record, name)}  ", style="dim")
    return legend


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
    parts = [f"== {record['id']}", header_line(record), _plain_legend(record), ""]
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
    console.on_broken_pipe = stop_quietly  # rich would exit with status 1
    return console


def stop_quietly() -> None:
    """The reader went away (`| head`): stop with status 0, and keep Python from complaining."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(0)


def print_plain(record: dict, text: str, console) -> None:
    console.file.write(render_plain(record, text))
    console.print()
    for table in fact_tables(record):
        if table.rows:
            console.print(_rich_table(table), highlight=False)
