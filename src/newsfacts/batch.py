"""Documents -> records, in input order, in one process or spread over several.

Workers load the pipeline once and send back finished records, not Docs. A document that fails is
retried alone so that it cannot take its batch down, and comes back as an ``InputError``.
"""

from __future__ import annotations

import collections
import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from newsfacts.inputs import Document, InputError
from newsfacts.pipeline import load_pipeline
from newsfacts.record import build_record

BATCH_SIZE = 16
Outcome = dict | InputError


def extract_one(document: Document) -> dict:
    """The record of one document; raises what the pipeline raises."""
    nlp = load_pipeline()
    return build_record(nlp(make_doc(nlp, document)), document)


def make_doc(nlp: Language, document: Document) -> Doc:
    doc = nlp.make_doc(document.text)
    doc._.reference_date = document.reference_date
    return doc


def process_batch(batch: list[Document | InputError]) -> list[Outcome]:
    documents = [item for item in batch if isinstance(item, Document)]
    records = iter(_process_documents(documents))
    return [item if isinstance(item, InputError) else next(records) for item in batch]


def _process_documents(documents: list[Document]) -> list[Outcome]:
    nlp = load_pipeline()
    try:
        docs = nlp.pipe(make_doc(nlp, document) for document in documents)
        return [build_record(doc, document) for doc, document in zip(docs, documents, strict=True)]
    except Exception:  # one bad document: find it by running each alone
        return [_process_alone(nlp, document) for document in documents]


def _process_alone(nlp: Language, document: Document) -> Outcome:
    try:
        return build_record(nlp(make_doc(nlp, document)), document)
    except Exception as error:  # reported as a line on stderr, the batch goes on
        return InputError(document.source, f"processing failed: {type(error).__name__}: {error}")


def batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def run(
    items: Iterable[Document | InputError], jobs: int = 1, batch_size: int = BATCH_SIZE
) -> Iterator[Outcome]:
    """Yield one outcome per item, in order, as soon as it and all before it are done."""
    if jobs <= 1:
        for batch in batches(items, batch_size):
            yield from process_batch(batch)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=load_pipeline) as pool:
        pending: collections.deque[Future] = collections.deque()
        for batch in batches(items, batch_size):
            pending.append(pool.submit(process_batch, batch))
            # A bounded queue keeps memory flat however many documents come in.
            if len(pending) > 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
