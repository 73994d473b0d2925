"""``newsfacts show``: the command, from inputs to one of the two views."""

from __future__ import annotations

import collections
import os
import sys
from collections.abc import Iterable, Iterator
from typing import TextIO

import click

from newsfacts.cli_inputs import input_options, read_documents
from newsfacts.inputs import Document, InputError
from newsfacts.show.terminal import make_console, print_plain, render_terminal, stop_quietly

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


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
        stop_quietly()
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
    from newsfacts.show.html import render_page

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
