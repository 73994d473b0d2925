#!/usr/bin/env python3
"""The same real articles as separate documents and as one long document: the cost must be about
the same (every component linear in the document's length).

  .venv/bin/python benchmarks/one_document.py ARTICLES.jsonl [--articles 200] [--times 1]

ARTICLES.jsonl holds {"id", "text", ...} per line (the OrangeSum pool, say). The long document is
the texts joined by blank lines, repeated --times times (to reach millions of characters). Prints
the time of each run (model loading left out), their ratio, and the facts found in each.
"""

from __future__ import annotations

import argparse
import json
import time

from newsfacts.batch import run
from newsfacts.inputs import Document
from newsfacts.pipeline import load_pipeline

KINDS = ("quantities", "dates", "places", "actors", "quotes")


def timed(documents: list[Document]) -> tuple[float, dict[str, int]]:
    start = time.perf_counter()
    counts = dict.fromkeys(KINDS, 0)
    for record in run(documents):
        for kind in KINDS:
            counts[kind] += len(record[kind])
    return time.perf_counter() - start, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles")
    parser.add_argument("--articles", dest="count", type=int, default=200)
    parser.add_argument("--times", type=int, default=1, help="repeat the long document's text")
    args = parser.parse_args()
    with open(args.articles, encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines if line.strip()][: args.count]
    texts = [t for t in texts if t.strip()] * args.times
    load_pipeline()
    separate = [Document(f"a{i}", "-", text) for i, text in enumerate(texts)]
    joined = "\n\n".join(texts)
    one = [Document("all", "-", joined)]
    print(f"{len(texts)} articles, {len(joined):,} characters")
    separate_time, separate_counts = timed(separate)
    print(f"as {len(texts)} documents: {separate_time:.1f} s {separate_counts}", flush=True)
    one_time, one_counts = timed(one)
    print(f"as one document: {one_time:.1f} s {one_counts}")
    print(f"ratio one/separate: {one_time / separate_time:.2f}")


if __name__ == "__main__":
    main()
