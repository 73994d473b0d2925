"""Extraction on a Dask cluster (dask.distributed), with exactly the records of a local run.

Two ways in:

- ``extract_bag(bag)`` for users who already hold a Dask bag of articles: a bag of records back;
- ``connect(address)`` and ``run_partitions(client, items)``, the engine of
  ``newsfacts extract --dask``: partitions are submitted while the inputs are read, a bounded number
  at a time, and come back in input order.

Workers run the code of a local run (``batch.process_batch``), so the records are the same. Each
worker process loads the pipeline once (``load_pipeline`` is cached per process). A task whose
worker dies is rerun by the scheduler on another worker; a partition that keeps killing workers is
retried one document per task, so that only the document at fault is reported and lost.

This module is named after the package it wraps: it only uses absolute imports (``import
dask.bag`` is the real Dask), so the clash is harmless.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import os
import threading
import uuid
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

try:
    import dask
    import dask.bag
    import distributed
except ImportError as error:  # the optional extra is missing
    raise ImportError(
        "running on Dask needs the dask extra: pip install 'newsfacts[dask]'"
    ) from error

from newsfacts.batch import BATCH_SIZE, Outcome, batches, process_batch
from newsfacts.inputs import Document, InputError, parse_jsonl_line
from newsfacts.reference import parse_date, resolve_reference_date

__all__ = ["DocumentError", "SchedulerUnreachable", "connect", "extract_bag", "run_partitions"]

LOCAL = "local"
PARTITION_SIZE = 128  # documents per task: long enough to hide the scheduling cost
CONNECT_TIMEOUT = "10s"
ERROR_MODES = ("raise", "skip", "keep")
ITEM_KINDS = ("text", "html", "warc")
# A worker thread at a time runs the pipeline: spaCy and our components are not written to be
# shared between threads, and the GIL leaves nothing to gain (use more worker processes instead).
_PIPELINE_LOCK = threading.Lock()


class SchedulerUnreachable(ConnectionError):
    pass


class DocumentError(ValueError):
    """A document of a bag could not be read or processed (``errors="raise"``)."""


def process_partition(items: Iterable[Document | InputError]) -> list[Outcome]:
    """What a worker runs: the outcomes of a local run, one per item, in order."""
    with _PIPELINE_LOCK:
        return [outcome for batch in batches(items, BATCH_SIZE) for outcome in process_batch(batch)]


@contextmanager
def connect(address: str, workers: int | None = None) -> Iterator[distributed.Client]:
    """A client of the scheduler at ``address``, or of a new cluster on this machine (``local``)."""
    if address == LOCAL:
        with (
            _local_cluster(workers or os.cpu_count() or 1) as cluster,
            distributed.Client(cluster) as client,
        ):
            yield client
    else:
        try:
            client = distributed.Client(address, timeout=CONNECT_TIMEOUT)
        except (OSError, ValueError) as error:
            raise SchedulerUnreachable(
                f"cannot reach the Dask scheduler {address}: {error}"
            ) from None
        with client:
            yield client


def _local_cluster(workers: int) -> distributed.LocalCluster:
    with warnings.catch_warnings():
        # Its small HTTP server moves to another port when 8787 is taken: not worth a warning.
        warnings.filterwarnings("ignore", message="Port .* is already in use", category=UserWarning)
        return distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )


def run_partitions(
    client: distributed.Client,
    items: Iterable[Document | InputError],
    size: int = PARTITION_SIZE,
) -> Iterator[list[Outcome]]:
    """Yield the outcomes of each partition of ``size`` items, in input order.

    Partitions are sent as the items are read; at most two per worker thread are in flight, so the
    client holds a bounded number of texts however large the input.
    """
    run = uuid.uuid4().hex[:8]
    pending: collections.deque = collections.deque()
    for number, partition in enumerate(batches(items, size)):
        key = f"newsfacts-{run}-part-{number:05d}"
        pending.append((client.submit(process_partition, partition, key=key), partition))
        if len(pending) >= _window(client):
            yield _outcomes(client, *pending.popleft())
    while pending:
        yield _outcomes(client, *pending.popleft())


def _window(client: distributed.Client) -> int:
    return max(2 * sum(client.nthreads().values()), 2)


def _outcomes(client: distributed.Client, future, partition: list) -> list[Outcome]:
    try:
        return future.result()
    except distributed.KilledWorker:
        # Some document kills every worker that runs it (a crash, or memory): find it.
        singles = [client.submit(process_partition, [item], pure=False) for item in partition]
        return [
            _outcome_alone(future, item) for future, item in zip(singles, partition, strict=True)
        ]


def _outcome_alone(future, item: Document | InputError) -> Outcome:
    try:
        [outcome] = future.result()
    except distributed.KilledWorker:
        return InputError(item.source, "processing failed: the Dask worker died (out of memory?)")
    return outcome


def extract_bag(
    bag: dask.bag.Bag,
    *,
    reference_date: str | dt.date | None = None,
    errors: str = "raise",
    kind: str = "text",
) -> dask.bag.Bag:
    """A bag of records, one per article of ``bag``, in the same partitions and order.

    What an item is depends on ``kind``:

    - ``"text"``: an article text (``str``), a JSON Lines object (``dict`` with ``"text"`` and
      optionally ``"id"``, ``"date"`` and other fields kept under ``"meta"``, as in a .jsonl file)
      or a ``newsfacts.inputs.Document``;
    - ``"html"``: a web page, its markup as ``str`` or ``bytes``, or a ``dict`` with ``"html"`` and
      optionally ``"url"`` and ``"id"``; the record carries the extracted ``text``;
    - ``"warc"``: the path of a WARC file (``.warc`` or ``.warc.gz``) that the workers can read,
      which gives one record per HTML page, in archive order.

    ``reference_date`` (a date, or a string such as ``"2018-10-29"`` or ``"29 octobre 2018"``) is
    used for articles that carry no date of their own. A text or page item gets the source
    ``bag:PARTITION:INDEX``, which is also its id when it has none (a page's id is its URL).

    A bad document raises ``DocumentError`` when the bag is computed (``errors="raise"``), is left
    out (``"skip"``), or stays in place as an ``InputError`` with its ``source`` and ``reason``
    (``"keep"``).
    """
    if errors not in ERROR_MODES:
        raise ValueError(f"errors must be one of {ERROR_MODES}, not {errors!r}")
    if kind not in ITEM_KINDS:
        raise ValueError(f"kind must be one of {ITEM_KINDS}, not {kind!r}")
    if isinstance(reference_date, dt.date):
        reference_date = reference_date.isoformat()[:10]
    elif reference_date is not None:
        reference_date = parse_date(reference_date)
    extract = dask.delayed(_extract_items, pure=True)
    parts = [
        extract(part, number, reference_date, errors, kind)
        for number, part in enumerate(bag.to_delayed())
    ]
    return dask.bag.from_delayed(parts)


def _extract_items(
    items: Iterable, partition: int, reference_date: str | None, errors: str, kind: str = "text"
) -> list[Outcome]:
    documents = (
        document
        for index, item in enumerate(items)
        for document in _read_item(item, f"bag:{partition}:{index}", reference_date, kind)
    )
    outcomes = process_partition(documents)
    if errors == "keep":
        return outcomes
    bad = [outcome for outcome in outcomes if isinstance(outcome, InputError)]
    if bad and errors == "raise":
        raise DocumentError(f"{bad[0].source}: {bad[0].reason}")
    return [outcome for outcome in outcomes if not isinstance(outcome, InputError)]


def _read_item(
    item, source: str, reference_date: str | None, kind: str
) -> Iterator[Document | InputError]:
    """The documents of one bag item: one, or for a WARC path, one per page (streamed)."""
    if kind == "warc":
        if not isinstance(item, (str, os.PathLike)):
            yield InputError(source, f"not a WARC path: {type(item).__name__}")
            return
        from newsfacts.warc import read_warc_file

        yield from read_warc_file(os.fspath(item), reference_date)
    elif kind == "html":
        yield as_page(item, source, reference_date)
    else:
        yield as_document(item, source, reference_date)


def as_page(item, source: str, reference_date: str | None) -> Document | InputError:
    """A bag item of web pages as the Document that reading the page as a file would give."""
    from newsfacts.web import page_document

    url = doc_id = None
    if isinstance(item, dict):
        url, doc_id, item = item.get("url"), item.get("id"), item.get("html")
    if isinstance(item, str):
        item = item.encode("utf-8")
    if not isinstance(item, bytes):
        return InputError(source, f"not a web page: {type(item).__name__} (expected str or bytes)")
    return page_document(
        item,
        doc_id=str(doc_id) if doc_id is not None else url or source,
        source=source,
        url=url,
        reference_date=reference_date,
    )


def as_document(item, source: str, reference_date: str | None) -> Document | InputError:
    """A bag item as the Document a local run would have read."""
    if isinstance(item, (Document, InputError)):
        return item
    if isinstance(item, str):
        date, date_source = resolve_reference_date(item, option=reference_date)
        return Document(source, source, item, date, date_source)
    if isinstance(item, dict):
        # Through the JSON Lines reader, so that ids, dates and meta follow the same rules.
        if isinstance(item.get("date"), dt.date):  # a datetime too: its day is what counts
            item = {**item, "date": item["date"].isoformat()[:10]}
        try:
            line = json.dumps(item, ensure_ascii=False, default=_json_default)
        except (TypeError, ValueError) as error:
            return InputError(source, f"not a JSON object ({error})")
        return parse_jsonl_line(line.encode("utf-8"), source, reference_date)
    return InputError(source, f"not an article: {type(item).__name__} (expected str or dict)")


def _json_default(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")
