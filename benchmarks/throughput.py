"""Throughput: bare fr_core_news_md against `newsfacts extract`, on the same generated corpus.

  .venv/bin/python benchmarks/throughput.py [--docs 1000] [--jobs 2]

The corpus is made of the paragraphs of seeds/ and benchmarks/dev/ shuffled into articles of 4-8
paragraphs (fixed random seed). Each run is its own process; load times are measured apart and left
out of the rates. Prints docs/s and tokens/s for each, the ratio (bare time / newsfacts time, the
target is >= 0.80) and the speed-up of --jobs N over one job. newsfacts does not run two of the
model's components (``pipeline.UNUSED``); "bare, trimmed" runs the model without them too, so that
trimmed/newsfacts is what our rule components cost on their own.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from newsfacts.pipeline import UNUSED

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import json, sys, time
t0 = time.perf_counter()
import spacy
nlp = spacy.load("fr_core_news_md", disable=sys.argv[2:])
t1 = time.perf_counter()
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))
t2 = time.perf_counter()
print(json.dumps({"load": t1 - t0, "work": t2 - t1, "tokens": tokens}))
"""

NEWSFACTS = """
import json, os, sys, time
t0 = time.perf_counter()
from newsfacts.cli import cli
from newsfacts.pipeline import load_pipeline
jobs = sys.argv[2]
load_pipeline()  # workers are forked from this process where the platform allows
t1 = time.perf_counter()
try:
    cli(["extract", "-q", "--jobs", jobs, sys.argv[1], "-o", os.devnull], standalone_mode=False)
finally:
    t2 = time.perf_counter()
    print(json.dumps({"load": t1 - t0, "work": t2 - t1}))
"""


def paragraphs() -> list[str]:
    texts = [path.read_text("utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted((ROOT / "benchmarks" / "dev").glob("*/articles.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line]
    return [p.strip() for text in texts for p in text.split("\n\n") if p.strip()]


def make_corpus(path: Path, docs: int) -> None:
    pool, rng = paragraphs(), random.Random(0)
    with path.open("w", encoding="utf-8") as out:
        for i in range(docs):
            text = "\n\n".join(rng.sample(pool, rng.randint(4, 8)))
            out.write(json.dumps({"id": f"g{i}", "text": text, "date": "2018-10-29"}) + "\n")


def run(script: str, *args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        make_corpus(corpus, args.docs)
        bare = run(BARE, str(corpus))
        # The model components newsfacts runs: what its rule components cost, apart.
        trimmed = run(BARE, str(corpus), *UNUSED)
        ours = run(NEWSFACTS, str(corpus), "1")
        spread = run(NEWSFACTS, str(corpus), str(args.jobs))
    tokens, docs = bare["tokens"], args.docs
    for name, result in (
        ("bare spaCy", bare),
        ("bare, trimmed", trimmed),
        ("newsfacts", ours),
        (f"--jobs {args.jobs}", spread),
    ):
        print(
            f"{name:>13}: {result['work']:7.1f} s  {docs / result['work']:7.1f} docs/s  "
            f"{tokens / result['work']:8.0f} tokens/s  (load {result['load']:.1f} s)"
        )
    print(f"corpus: {docs} docs, {tokens} tokens")
    print(f"ratio bare/newsfacts: {bare['work'] / ours['work']:.2f} (target >= 0.80)")
    print(f"rule components alone, trimmed/newsfacts: {trimmed['work'] / ours['work']:.2f}")
    print(f"speed-up with --jobs {args.jobs}: {ours['work'] / spread['work']:.2f} (target >= 1.5)")


if __name__ == "__main__":
    main()
