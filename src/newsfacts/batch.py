"""Documents -> records, in input order, in one process or spread over several.

Workers load the pipeline once and send back finished records, not Docs. A document that fails is
retried alone so that it cannot take its batch down, and comes back as an ``InputError``. A text
longer than ``CHUNK_CHARS`` is parsed in chunks that are joined back into one Doc before our
components run, so offsets and actors span the whole article.
"""

from __future__ import annotations

import collections
import multiprocessing
import signal
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from newsfacts.inputs import Document, InputError
from newsfacts.pipeline import COMPONENTS, load_pipeline
from newsfacts.record import build_record

BATCH_SIZE = 16
# A batch also closes at this many characters, and a longer document goes alone: records of short
# documents never wait behind a long one that shared their batch.
BATCH_CHARS = 50_000
# A long text is parsed in chunks of this size, cut between paragraphs: the model costs more per
# character on one long Doc (200 articles as one text: 25 s whole, 15 s in 20k chunks), and spaCy
# refuses texts over max_length. Our components then run on the chunks joined into one Doc.
CHUNK_CHARS = 20_000
CUT_AFTER = ("\n\n", "\n", ". ", " ")
Outcome = dict | InputError


def extract_one(document: Document) -> dict:
    """The record of one document; raises what the pipeline raises."""
    nlp = load_pipeline()
    return build_record(annotate(nlp, document), document)


def make_doc(nlp: Language, document: Document) -> Doc:
    doc = nlp.make_doc(document.text)
    doc._.reference_date = document.reference_date
    return doc


def fits(nlp: Language, document: Document) -> bool:
    """Short enough to be parsed whole."""
    return len(document.text) <= min(CHUNK_CHARS, nlp.max_length)


def annotate(nlp: Language, document: Document) -> Doc:
    if fits(nlp, document):
        return nlp(make_doc(nlp, document))
    return annotate_in_chunks(nlp, document)


def annotate_in_chunks(nlp: Language, document: Document) -> Doc:
    chunks = split_text(document.text, min(CHUNK_CHARS, nlp.max_length))
    with nlp.select_pipes(disable=list(COMPONENTS)):
        # Two chunks at a time: the model's working memory grows with its batch (a 700k-character
        # text: 2.9 GB in one batch, 0.8 GB two chunks at a time).
        parts = list(nlp.pipe(chunks, batch_size=2))
    doc = Doc.from_docs(parts, ensure_whitespace=False)
    doc._.reference_date = document.reference_date
    for name in COMPONENTS:
        doc = nlp.get_pipe(name)(doc)
    return doc


def split_text(text: str, limit: int) -> list[str]:
    """Contiguous pieces of at most ``limit`` characters, cut after a paragraph where possible."""
    chunks, start = [], 0
    while len(text) - start > limit:
        end = _cut_point(text, start, start + limit)
        chunks.append(text[start:end])
        start = end
    chunks.append(text[start:])
    return chunks


def _cut_point(text: str, start: int, end: int) -> int:
    earliest = start + (end - start) // 2
    for separator in CUT_AFTER:
        found = text.rfind(separator, earliest, end - len(separator) + 1)
        if found >= 0:
            return found + len(separator)
    return end


def process_batch(batch: list[Document | InputError]) -> list[Outcome]:
    documents = [item for item in batch if isinstance(item, Document)]
    records = iter(_process_documents(documents))
    return [item if isinstance(item, InputError) else next(records) for item in batch]


def _process_documents(documents: list[Document]) -> list[Outcome]:
    nlp = load_pipeline()
    try:
        docs = nlp.pipe(make_doc(nlp, d) for d in documents if fits(nlp, d))
        return [
            build_record(next(docs) if fits(nlp, d) else annotate_in_chunks(nlp, d), d)
            for d in documents
        ]
    except Exception:  # one bad document: find it by running each alone
        return [_process_alone(nlp, document) for document in documents]


def _process_alone(nlp: Language, document: Document) -> Outcome:
    try:
        return build_record(annotate(nlp, document), document)
    except Exception as error:  # reported as a line on stderr, the batch goes on
        return InputError(document.source, f"processing failed: {type(error).__name__}: {error}")


def batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def batches_by_size(
    items: Iterable[Document | InputError], size: int, chars: int = BATCH_CHARS
) -> Iterator[list]:
    """Batches of at most ``size`` items and about ``chars`` characters; a document that would
    take its batch over ``chars`` starts a new one."""
    batch: list = []
    batch_chars = 0
    for item in items:
        length = len(item.text) if isinstance(item, Document) else 0
        if batch and batch_chars + length > chars:
            yield batch
            batch, batch_chars = [], 0
        batch.append(item)
        batch_chars += length
        if len(batch) >= size:
            yield batch
            batch, batch_chars = [], 0
    if batch:
        yield batch


def run(
    items: Iterable[Document | InputError], jobs: int = 1, batch_size: int = BATCH_SIZE
) -> Iterator[Outcome]:
    """Yield one outcome per item, in order, as soon as it and all before it are done."""
    if jobs <= 1:
        for batch in batches_by_size(items, batch_size):
            yield from process_batch(batch)
        return
    context = _worker_context()
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker)
    finished = False
    try:
        pending: collections.deque[Future] = collections.deque()
        for batch in batches_by_size(items, batch_size):
            pending.append(pool.submit(process_batch, batch))
            # A bounded queue keeps memory flat however many documents come in.
            if len(pending) > 2 * jobs:
                yield from pending.popleft().result()
            while pending and pending[0].done():
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
        finished = True
    finally:
        if finished:
            pool.shutdown()
        else:  # interrupted, terminated or failed: what the workers are doing is not wanted
            _stop_workers(pool)


def _worker_context() -> multiprocessing.context.BaseContext:
    """Fork where the platform has it, after loading the model: workers then share its memory
    and start at once instead of loading it again each."""
    if "fork" in multiprocessing.get_all_start_methods():
        load_pipeline()
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _start_worker() -> None:
    # Ctrl-C and SIGTERM are the parent's to handle: it stops the workers when it stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    load_pipeline()


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Cancel what is queued and end the workers now rather than after their current batch."""
    pool.shutdown(wait=False, cancel_futures=True)
    # Workers ignore SIGTERM (see _start_worker): only SIGKILL ends them.
    kill = getattr(pool, "kill_workers", None)  # Python 3.14+
    if kill is not None:
        kill()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.kill()
