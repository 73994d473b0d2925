"""The ``newsfacts`` command line. Knows click and the record dicts, never spaCy internals."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import click
from click.core import ParameterSource

from newsfacts import __version__
from newsfacts.cli_inputs import input_options, read_documents
from newsfacts.inputs import InputError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
PART_SIZE = 128  # documents per part file of --output-dir, and per task on Dask


def _check_jobs(_ctx, _param, value: int) -> int:
    if value < 0:
        raise click.BadParameter("must be 0 (all cores) or more")
    return value or os.cpu_count() or 1


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="newsfacts")
def cli() -> None:
    """Extract the facts of French news articles as JSON: quantities, dates, places, actors and
    quotes, one JSON record per article (JSON Lines).

    \b
    Examples:
      newsfacts extract article.txt | jq .
      newsfacts extract articles/ -o facts.jsonl
      newsfacts schema > newsfacts-record.schema.json
    """


@cli.command(context_settings=CONTEXT_SETTINGS)
@input_options
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8", lazy=True),
    default="-",
    help="Write the records to FILE instead of standard output.",
)
@click.option(
    "-j",
    "--jobs",
    type=int,
    default=1,
    show_default=True,
    callback=_check_jobs,
    help="Worker processes; 0 uses every core. Records keep the input order.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar on standard error.")
@click.option(
    "--with-text",
    is_flag=True,
    help="Put each document's text in its record (always there for web pages and WARC).",
)
@click.option(
    "--dask",
    "dask_address",
    metavar="ADDRESS",
    help="Run on the Dask cluster whose scheduler is at ADDRESS (tcp://HOST:8786), or with "
    "'local' on a new one on this machine (--jobs workers, by default one per core). "
    "Needs newsfacts[dask].",
)
@click.option(
    "--output-dir",
    type=click.Path(file_okay=False),
    metavar="DIR",
    help="Write DIR/part-00000.jsonl, part-00001.jsonl, ... (one per --part-size documents, in "
    "input order: cat DIR/part-*.jsonl gives what a run writes to standard output).",
)
@click.option(
    "--part-size",
    type=click.IntRange(min=1),
    default=PART_SIZE,
    show_default=True,
    help="Documents per part file and per Dask task.",
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Store the records in the SQLite archive FILE (created if needed; see `newsfacts db`), "
    "and on standard output only with -o -. Documents already stored with the same text are "
    "skipped; changed ones are replaced.",
)
def extract(
    paths: tuple[str, ...],
    reference_date: str | None,
    output: TextIO,
    jsonl: bool,
    jobs: int,
    quiet: bool,
    with_text: bool,
    dask_address: str | None,
    output_dir: str | None,
    part_size: int,
    db_path: str | None,
) -> None:
    """Write one JSON record per article in PATH... (JSON Lines).

    A PATH is a text file (one article; UTF-8, other encodings are detected), a web page (.html,
    .htm: its main text, publication date and metadata), a web archive (.warc, .warc.gz: one
    document per HTML page), a .jsonl file (one {"id", "text", "date"} object per line; other fields
    are kept under "meta"), a folder (every such file below it, in sorted order), or - for standard
    input (a page when it begins with <!DOCTYPE html> or <html>). With no PATH, what is piped in is
    read. Pages and archives give records with the extracted "text" (--with-text: every record).

    A document that cannot be read or processed gets one line on standard error naming it; the
    others go on, and the exit status is 1.

    \b
    Examples:
      newsfacts extract article.txt
      newsfacts extract page.html crawl.warc.gz | jq '{id, date: .reference_date, quotes}'
      newsfacts extract --reference-date 2018-10-29 seeds/ | jq '.quotes[] | {speaker, text}'
      cat dispatch.txt | newsfacts extract
      newsfacts extract archive.jsonl --jobs 0 -o facts.jsonl
      newsfacts extract archive.jsonl --dask tcp://scheduler:8786 --output-dir facts/
      newsfacts extract archive/ --jobs 0 --db facts.db
    """
    documents = read_documents(paths, reference_date, jsonl, with_text)
    archive = _open_archive(db_path) if db_path else None
    if archive is not None:
        documents = archive.unstored(documents)
        if not _given("output"):
            output = None
    with _sigterm_stops_the_run():
        _extract(documents, output, jobs, quiet, dask_address, output_dir, part_size, archive)


def _extract(documents, output, jobs, quiet, dask_address, output_dir, part_size, archive) -> None:
    try:
        if dask_address or output_dir:
            failed = _write_partitioned(
                documents, output, output_dir, dask_address, jobs, part_size, not quiet, archive
            )
        else:
            failed = _write_records(_outcomes(documents, jobs), output, not quiet, archive)
    except KeyboardInterrupt:
        # Records are written whole, one write each: nothing partial is left behind.
        click.echo("newsfacts: interrupted", err=True)
        sys.exit(130)
    except Terminated:
        click.echo("newsfacts: terminated", err=True)
        sys.exit(128 + signal.SIGTERM)
    except sqlite3.Error as error:  # the disk is full, the file went away...
        raise click.ClickException(f"{archive.path}: {error}") from None
    finally:
        if archive is not None:
            archive.close()
            if not quiet:
                click.echo(
                    f"newsfacts: {archive.path}: {archive.stored} documents stored, "
                    f"{archive.skipped} already there",
                    err=True,
                )
    if failed:
        sys.exit(1)


def _outcomes(documents, jobs: int) -> Iterator:
    from newsfacts.batch import run
    from newsfacts.pipeline import ModelMissing

    try:
        yield from run(documents, jobs=jobs)
    except ModelMissing as error:
        raise click.ClickException(str(error)) from None


def _open_archive(path: str):
    from newsfacts.db.lock import ArchiveBusy
    from newsfacts.db.writer import Archive, NotAnArchive

    try:
        return Archive(path)
    except (ArchiveBusy, NotAnArchive) as error:
        raise click.ClickException(str(error)) from None
    except OSError as error:
        raise click.ClickException(f"cannot open {path}: {error.strerror}") from None


def _write_partitioned(
    documents,
    output,
    output_dir,
    dask_address,
    jobs: int,
    part_size: int,
    progress: bool,
    archive=None,
) -> int:
    """Records by partitions of ``part_size`` documents, on Dask or here, to part files or
    ``output``. Returns how many documents failed."""
    from newsfacts.batch import batches

    if output_dir and output is not None and output.name != "-":
        raise click.UsageError("give either -o/--output or --output-dir, not both")
    parts = _PartFiles(output_dir) if output_dir else None
    if not dask_address:
        partitions = batches(_outcomes(documents, jobs), part_size)
        return _write_records(_into(partitions, parts), parts, progress, archive)
    try:
        from newsfacts.dask import SchedulerUnreachable, connect, run_partitions
        from newsfacts.pipeline import ModelMissing
    except ImportError as error:
        raise click.ClickException(str(error)) from None
    try:
        with connect(dask_address, workers=jobs if _given("jobs") else None) as client:
            partitions = run_partitions(client, documents, part_size)
            return _write_records(_into(partitions, parts), parts or output, progress, archive)
    except (ModelMissing, SchedulerUnreachable) as error:
        raise click.ClickException(str(error)) from None


def _given(option: str) -> bool:
    return click.get_current_context().get_parameter_source(option) != ParameterSource.DEFAULT


def _into(partitions: Iterator[list], parts: _PartFiles | None) -> Iterator:
    """The outcomes of every partition, each partition in a new part file when there are some."""
    for outcomes in partitions:
        if parts is not None:
            parts.start()
        yield from outcomes
    if parts is not None:
        parts.finish()


class _PartFiles:
    """DIR/part-00000.jsonl, ...: written under a temporary name, renamed once whole."""

    def __init__(self, folder: str):
        self.folder = Path(folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise click.ClickException(f"cannot create {folder}: {error.strerror}") from None
        if any(self.folder.glob("part-*.jsonl")):
            raise click.UsageError(f"{folder} already holds part-*.jsonl files: remove them first")
        self.number = -1
        self.handle: TextIO | None = None

    def path(self, suffix: str = "") -> Path:
        return self.folder / f"part-{self.number:05d}.jsonl{suffix}"

    def start(self) -> None:
        self.finish()
        self.number += 1
        self.handle = open(self.path(".tmp"), "w", encoding="utf-8")  # noqa: SIM115

    def write(self, line: str) -> None:
        self.handle.write(line)

    def flush(self) -> None:
        """Each part is written whole or not at all: nothing to flush line by line."""

    def finish(self) -> None:
        if self.handle is not None:
            self.handle.close()
            os.replace(self.path(".tmp"), self.path())
            self.handle = None


def _write_records(outcomes: Iterator, output: TextIO | None, progress: bool, archive=None) -> int:
    """Write records as they come, to ``output`` and to the ``archive`` (``--db``) when given;
    report failures on stderr. Returns how many failed."""
    failed = 0
    bar = _ProgressBar(enabled=progress)
    try:
        for outcome in outcomes:
            bar.update()
            if isinstance(outcome, InputError):
                failed += 1
                bar.write(f"newsfacts: error: {outcome.source}: {outcome.reason}")
                continue
            with _ctrl_c_deferred():
                if archive is not None:
                    archive.store(outcome)  # one transaction
                if output is not None:
                    output.write(json.dumps(outcome, ensure_ascii=False) + "\n")
                    output.flush()
    except BrokenPipeError:
        _quiet_broken_pipe()
    finally:
        bar.close()
    return failed


@contextmanager
def _sigterm_stops_the_run():
    """SIGTERM raises ``Terminated`` while the run lasts (signal handlers: main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class Terminated(BaseException):
    """SIGTERM (timeout, a job scheduler, a container stop): stop as Ctrl-C does. A BaseException,
    so that no ``except Exception`` on the way takes it for one bad document."""


def _raise_terminated(_signum, _frame) -> None:
    raise Terminated


# Signals that stop a run: each waits until the line being written is whole.
STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


@contextmanager
def _ctrl_c_deferred():
    """A record longer than the write buffer goes out in several system writes: Ctrl-C and
    SIGTERM wait until the line is whole, then stop the run."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)


def _quiet_broken_pipe() -> None:
    # The reader went away (`| head`): stop quietly, and keep Python from complaining at exit.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)


class _ProgressBar:
    """A tqdm bar on stderr, shown only on a terminal and from the second document on."""

    def __init__(self, enabled: bool):
        self.enabled = enabled and sys.stderr.isatty()
        self.count = 0
        self.bar = None

    def update(self) -> None:
        self.count += 1
        if self.enabled and self.bar is None and self.count > 1:
            from tqdm import tqdm

            self.bar = tqdm(desc="articles", unit=" doc", initial=self.count - 1, file=sys.stderr)
        if self.bar is not None:
            self.bar.update()

    def write(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            click.echo(message, err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


@cli.command(context_settings=CONTEXT_SETTINGS)
def schema() -> None:
    """Print the JSON Schema of a record (the contract that `extract` output follows).

    \b
    Example:
      newsfacts schema > newsfacts-record.schema.json
    """
    from newsfacts.record import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


from newsfacts.db.command import db  # noqa: E402 - commands that live in their own modules
from newsfacts.show import show  # noqa: E402

cli.add_command(db)
cli.add_command(show)
