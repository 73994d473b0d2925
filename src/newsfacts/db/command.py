"""``newsfacts db FILE``: the counts and top lists of an archive that ``extract --db`` wrote."""

from __future__ import annotations

import click


@click.command("db", context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("path", metavar="FILE", type=click.Path(dir_okay=False))
@click.option(
    "-n",
    "--limit",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="Rows of each list.",
)
def db(path: str, limit: int) -> None:
    """Print what the archive FILE holds: how many documents and facts of each kind, the most
    quoted speakers, and the actors and places found in the most documents.

    FILE is written by `newsfacts extract --db FILE`. It is SQLite: query it with any SQLite tool
    (`sqlite-utils`, `sqlite3`), or browse it with `datasette FILE`.

    \b
    Examples:
      newsfacts extract archive.jsonl --db facts.db
      newsfacts db facts.db
      newsfacts db facts.db --limit 30 | less
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from newsfacts.db.report import TOP_LISTS, counts, open_for_reading, top
    from newsfacts.db.writer import NotAnArchive

    try:
        archive = open_for_reading(path)
    except NotAnArchive as error:
        raise click.ClickException(str(error)) from None
    console = Console(highlight=False)
    with archive:
        console.print(
            f"{path}: " + ", ".join(f"{n:,} {table}" for table, n in counts(archive).items()),
            markup=False,
            soft_wrap=True,
        )
        for view, title, columns in TOP_LISTS:
            rows = top(archive, view, columns, limit)
            if not rows:
                continue
            table = Table(title=title, title_justify="left", box=None, header_style="bold")
            for column in columns:
                table.add_column(column, justify="right" if column in NUMBERS else "left")
            for row in rows:
                table.add_row(*(Text(_text(row[column])) for column in columns))
            console.print()
            console.print(table)


NUMBERS = {"quotes", "documents", "mentions"}


def _text(value) -> str:
    return "" if value is None else str(value)
