"""What `extract` and `show` share: the input argument and options, and reading them."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import BinaryIO

import click

from newsfacts.inputs import STDIN, Document, InputError, iter_documents
from newsfacts.reference import parse_date


def _check_reference_date(_ctx, _param, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def input_options(command: Callable) -> Callable:
    """PATH..., --reference-date and --jsonl, as every command that reads articles takes them."""
    options = [
        click.argument("paths", nargs=-1, metavar="[PATH]..."),
        click.option(
            "--reference-date",
            metavar="DATE",
            callback=_check_reference_date,
            help="Publication date for inputs that carry none of their own "
            "(resolves 'lundi', 'hier'): 2018-10-29, 29/10/2018, 29 octobre 2018, ...",
        ),
        click.option(
            "--jsonl", is_flag=True, help="Read standard input as JSON Lines, not one article."
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def binary_stdin() -> BinaryIO:
    return sys.stdin.buffer


def read_documents(
    paths: tuple[str, ...], reference_date: str | None, jsonl: bool, with_text: bool = False
) -> Iterator[Document | InputError]:
    """The documents of PATH...; with none, the text piped in (a usage error on a terminal)."""
    stdin = binary_stdin()
    if not paths:
        if stdin.isatty():
            raise click.UsageError("no input: give a PATH, or pipe text in")
        paths = (STDIN,)
    return iter_documents(
        paths,
        reference_date=reference_date,
        stdin=stdin,
        stdin_jsonl=jsonl,
        with_text=with_text,
        notify=print_note,
    )


def print_note(message: str) -> None:
    """Something worth telling that is no error (a page without an article, skipped records)."""
    click.echo(f"newsfacts: note: {message}", err=True)
