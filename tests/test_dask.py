"""Dask: a real scheduler and worker processes on 127.0.0.1 give the records of a local run.

One cluster for the module (each worker loads the model once, ~10 s); the test that kills a worker
runs last and leaves the cluster with a restarted worker.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time

import pytest
from click.testing import CliRunner

distributed = pytest.importorskip("distributed")
import dask.bag  # noqa: E402

import newsfacts.dask  # noqa: E402
from newsfacts.batch import process_batch, run  # noqa: E402
from newsfacts.cli import cli  # noqa: E402
from newsfacts.dask import DocumentError, extract_bag, run_partitions  # noqa: E402
from newsfacts.inputs import Document, InputError, iter_documents  # noqa: E402
from tests.conftest import article, run_cli  # noqa: E402
from tests.web_pages import build_warc, newsroom_page, regional_page  # noqa: E402

REFERENCE_DATE = "2018-10-29"
PART_SIZE = 6


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """20 articles and one bad line (the 12th), as a JSON Lines file."""
    lines = [json.dumps({"id": f"a{n:02d}", "text": article(n)}) for n in range(20)]
    lines.insert(11, "{not json")
    path = tmp_path_factory.mktemp("corpus") / "archive.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def items(corpus):
    return list(iter_documents([str(corpus)], reference_date=REFERENCE_DATE))


@pytest.fixture(scope="module")
def local_outcomes(items, nlp):
    return list(run(items))


@pytest.fixture(scope="module")
def cluster():
    # Two worker processes of one thread on 127.0.0.1, as `--dask local --jobs 2` starts them.
    with newsfacts.dask._local_cluster(2) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def client(cluster):
    with distributed.Client(cluster) as client:
        yield client


def test_module_name_does_not_shadow_dask():
    assert newsfacts.dask.dask.bag is dask.bag
    assert newsfacts.dask.distributed is distributed


def test_extract_help_shows_the_cluster_options():
    result = CliRunner().invoke(cli, ["extract", "--help"])
    assert "--dask ADDRESS" in result.stdout and "--output-dir" in result.stdout


def test_the_corpus_has_one_bad_line(local_outcomes):
    errors = [o for o in local_outcomes if isinstance(o, InputError)]
    assert len(local_outcomes) == 21 and [e.source[-3:] for e in errors] == [":12"]


def test_partitions_come_back_in_order_with_the_local_records(client, items, local_outcomes):
    partitions = list(run_partitions(client, items, size=PART_SIZE))
    assert [len(p) for p in partitions] == [6, 6, 6, 3]
    assert [o for p in partitions for o in p] == local_outcomes


def test_inputs_are_read_as_partitions_are_needed(client, items):
    read = []
    partitions = run_partitions(client, (read.append(item) or item for item in items), size=2)
    next(partitions)
    assert len(read) == 2 * 4  # two partitions in flight per worker thread, not the whole input
    partitions.close()


@pytest.mark.parametrize("dask_address", ["scheduler", None], ids=["dask", "here"])
def test_part_files_are_the_local_output(cluster, corpus, tmp_path, dask_address):
    local, _ = run_cli("extract", "-q", str(corpus))
    folder = tmp_path / "facts"
    address = ["--dask", cluster.scheduler_address] if dask_address else []
    options = ["--output-dir", str(folder), "--part-size", str(PART_SIZE), *address]
    result, _ = run_cli("extract", "-q", str(corpus), *options)
    parts = sorted(folder.iterdir())
    assert [p.name for p in parts] == [f"part-{n:05d}.jsonl" for n in range(4)]
    assert "".join(p.read_text("utf-8") for p in parts) == local.stdout
    assert [len(p.read_text("utf-8").splitlines()) for p in parts] == [6, 5, 6, 3]
    assert result.exit_code == local.exit_code == 1
    assert result.stderr == local.stderr
    assert result.stderr.count("newsfacts: error: ") == 1 and "archive.jsonl:12: " in result.stderr


def test_dask_to_standard_output_keeps_the_order(cluster, corpus):
    local, _ = run_cli("extract", "-q", str(corpus))
    result, _ = run_cli("extract", "-q", str(corpus), "--dask", cluster.scheduler_address)
    assert result.stdout == local.stdout and result.exit_code == 1


def test_db_is_written_by_the_client_as_a_local_run_writes_it(cluster, corpus, tmp_path):
    from tests.test_db import table_rows

    local = tmp_path / "local.db"
    assert run_cli("extract", "-q", str(corpus), "--db", str(local))[0].exit_code == 1
    remote = tmp_path / "dask.db"
    options = ["--db", str(remote), "--dask", cluster.scheduler_address]
    result, _ = run_cli("extract", str(corpus), *options, "--part-size", str(PART_SIZE))
    assert result.exit_code == 1 and result.stdout == ""
    assert "20 documents stored, 0 already there" in result.stderr
    assert table_rows(remote) == table_rows(local)
    result, _ = run_cli("extract", str(corpus), *options)
    assert "0 documents stored, 20 already there" in result.stderr
    assert table_rows(remote) == table_rows(local)


def test_dask_local_starts_a_cluster_here(corpus):
    local, _ = run_cli("extract", "-q", str(corpus))
    result, _ = run_cli("extract", "-q", str(corpus), "--dask", "local", "--jobs", "1")
    assert result.stdout == local.stdout and result.stderr == local.stderr


@pytest.mark.parametrize(
    ("setup", "options", "message"),
    [
        ("part file", ["--output-dir", "{dir}"], "already holds part-*.jsonl files"),
        (None, ["--output-dir", "{dir}", "-o", "{dir}/all.jsonl"], "either -o/--output or"),
        (None, ["--output-dir", "{dir}", "--part-size", "0"], "--part-size"),
    ],
)
def test_output_dir_mistakes_are_refused(corpus, tmp_path, setup, options, message):
    if setup:
        (tmp_path / "part-00000.jsonl").write_text("{}\n")
    args = [option.format(dir=tmp_path) for option in options]
    result, records = run_cli("extract", "-q", str(corpus), *args)
    assert result.exit_code == 2 and message in result.stderr and records == []


def test_unreachable_scheduler_is_a_clear_error(corpus, monkeypatch):
    monkeypatch.setattr(newsfacts.dask, "CONNECT_TIMEOUT", "1s")
    result, records = run_cli("extract", str(corpus), "--dask", "tcp://127.0.0.1:9")
    assert result.exit_code == 1 and records == []
    assert "cannot reach the Dask scheduler tcp://127.0.0.1:9" in result.stderr
    assert "Traceback" not in result.stderr


BAG_ITEMS = [
    article(0),
    {"id": "dict", "text": article(1), "date": "2017-05-02", "section": "monde"},
    article(2),
    {"text": article(3)},
    {"id": "no text"},
    article(4),
]


def expected_bag_outcomes(reference_date=REFERENCE_DATE):
    # Where every item lands with three partitions of two items, read as a local run reads them.
    sources = [f"bag:{n // 2}:{n % 2}" for n in range(len(BAG_ITEMS))]
    documents = [
        newsfacts.dask.as_document(item, source, reference_date)
        for item, source in zip(BAG_ITEMS, sources, strict=True)
    ]
    return process_batch(documents)


def test_bag_items_are_read_as_a_local_run_reads_them():
    expected = expected_bag_outcomes()
    assert [o["id"] if isinstance(o, dict) else None for o in expected] == [
        "bag:0:0",
        "dict",
        "bag:1:0",
        "bag:1:1",
        None,
        "bag:2:1",
    ]
    assert expected[1]["reference_date"] == "2017-05-02" and expected[1]["meta"] == {
        "section": "monde"
    }
    assert expected[0]["reference_date"] == REFERENCE_DATE
    assert expected[4] == InputError("bag:2:0", 'no "text" string')


@pytest.mark.parametrize(
    ("errors", "keep"),
    [("keep", lambda o: True), ("skip", lambda o: not isinstance(o, InputError))],
)
def test_extract_bag(client, nlp, errors, keep):
    bag = dask.bag.from_sequence(BAG_ITEMS, npartitions=3)
    records = extract_bag(bag, reference_date=REFERENCE_DATE, errors=errors)
    assert records.npartitions == 3
    assert records.compute() == [o for o in expected_bag_outcomes() if keep(o)]


def test_extract_bag_raises_on_a_bad_document(client):
    bag = dask.bag.from_sequence(BAG_ITEMS, npartitions=3)
    with pytest.raises(DocumentError, match='bag:2:0: no "text" string'):
        extract_bag(bag).compute()
    with pytest.raises(ValueError, match="errors must be one of"):
        extract_bag(bag, errors="ignore")


def test_documents_are_accepted_as_bag_items(client, items, local_outcomes):
    good = [item for item in items if isinstance(item, Document)]
    bag = dask.bag.from_sequence(good, npartitions=2)
    expected = [o for o in local_outcomes if not isinstance(o, InputError)]
    assert extract_bag(bag).compute() == expected


def test_extract_bag_of_web_pages(client, nlp):
    paragraphs = [article(n) for n in range(3)]
    undated = {"html": regional_page(paragraphs, dated=False), "url": "https://e.fr/2018/10/30/x"}
    pages = [newsroom_page(paragraphs), undated, newsroom_page(paragraphs[:1]).encode(), 42]
    bag = dask.bag.from_sequence(pages, npartitions=2)
    records = extract_bag(bag, kind="html", errors="keep", reference_date="29/10/2018").compute()
    sources = ["bag:0:0", "bag:0:1", "bag:1:0", "bag:1:1"]
    documents = [
        newsfacts.dask.as_page(page, source, REFERENCE_DATE)
        for page, source in zip(pages, sources, strict=True)
    ]
    assert records == process_batch(documents)
    assert [r["text"] for r in records[:2]] == ["\n\n".join(paragraphs)] * 2
    assert [r["reference_date"] for r in records[:2]] == ["2018-10-29", "2018-10-30"]
    assert records[1]["id"] == records[1]["meta"]["url"] == "https://e.fr/2018/10/30/x"
    assert records[3] == InputError("bag:1:1", "not a web page: int (expected str or bytes)")


def test_extract_bag_of_warc_paths(client, tmp_path, nlp):
    paragraphs = [article(n) for n in range(2)]
    paths = []
    for number in range(2):
        page = newsroom_page(paragraphs[number:]).encode()
        warc = build_warc([(f"https://e.fr/{number}/{n}", "200 OK", "text/html", page, "2018-11-02")
                           for n in range(3)])  # fmt: skip
        paths.append(tmp_path / f"crawl-{number}.warc.gz")
        paths[-1].write_bytes(warc)
    bag = dask.bag.from_sequence([str(path) for path in paths], npartitions=2)
    records = extract_bag(bag, kind="warc").compute()
    assert records == list(run(iter_documents([str(path) for path in paths])))
    assert [r["id"] for r in records] == [
        f"https://e.fr/{m}/{n}" for m in range(2) for n in range(3)
    ]
    with pytest.raises(ValueError, match="kind must be one of"):
        extract_bag(bag, kind="pdf")


def _pipeline_loads() -> int:
    from newsfacts.pipeline import load_pipeline

    return load_pipeline.cache_info().misses


def test_each_worker_loads_the_pipeline_at_most_once(client, items):
    for _ in range(2):
        list(run_partitions(client, items, size=PART_SIZE))
    loads = client.run(_pipeline_loads)
    assert len(loads) == 2 and set(loads.values()) <= {0, 1} and sum(loads.values()) >= 1


class Done:
    """A finished future, or one whose workers all died running it."""

    def __init__(self, value):
        self.value = value

    def result(self):
        if isinstance(self.value, distributed.KilledWorker):
            raise self.value
        return self.value


class ClientWhereOneDocumentKillsWorkers:
    def submit(self, function, partition, **_options):
        if any(getattr(item, "text", "") == "POISON" for item in partition):
            return Done(distributed.KilledWorker("part", None, 3))
        return Done([{"id": item.id} for item in partition])


def test_a_document_that_kills_every_worker_is_reported_alone():
    partition = [Document(name, name, name.upper()) for name in ("before", "poison", "after")]
    client = ClientWhereOneDocumentKillsWorkers()
    future = client.submit(newsfacts.dask.process_partition, partition)
    outcomes = newsfacts.dask._outcomes(client, future, partition)
    assert outcomes == [
        {"id": "before"},
        InputError("poison", "processing failed: the Dask worker died (out of memory?)"),
        {"id": "after"},
    ]


def _executing_tasks(dask_worker) -> list[str]:
    return [str(key) for key, task in dask_worker.state.tasks.items() if task.state == "executing"]


def kill_a_worker_once_it_runs_a_partition(client, killed: list, stop: threading.Event) -> None:
    """SIGKILL the process of the first worker seen executing one of our tasks."""
    while not stop.is_set():
        for address, keys in client.run(_executing_tasks).items():
            if any(key.startswith("newsfacts-") for key in keys):
                pid = client.run(os.getpid, workers=[address])[address]
                os.kill(pid, signal.SIGKILL)
                killed.append((address, keys))
                return
        time.sleep(0.05)


def run_while_killing_a_worker(client, items) -> tuple[list, list]:
    killed: list = []
    stop = threading.Event()
    killer = threading.Thread(
        target=kill_a_worker_once_it_runs_a_partition, args=(client, killed, stop)
    )
    killer.start()
    try:
        return [o for p in run_partitions(client, items, size=2) for o in p], killed
    finally:
        stop.set()
        killer.join()


def test_no_document_is_lost_when_a_worker_dies(client, items, local_outcomes):
    for _attempt in range(3):  # on a fast machine every task might end before the killer sees it
        outcomes, killed = run_while_killing_a_worker(client, items)
        assert outcomes == local_outcomes  # every record, once, in order
        if killed:
            break
    assert killed, "no worker was killed: the test proved nothing"
    client.wait_for_workers(2, timeout=120)  # the nanny restarted the dead one
