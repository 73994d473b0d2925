#!/usr/bin/env python3
"""Accuracy of newsfacts on every benchmark set, real news first: one table, one model load.

  .venv/bin/python benchmarks/bench.py            # real sets, then the written regression sets
  .venv/bin/python benchmarks/bench.py --real     # the real sets only
  .venv/bin/python benchmarks/bench.py -v SET...  # misses and spurious items of some sets
                                                  # (held-out sets' only when named)

Runs `newsfacts extract` once over the sets' articles and scores each set with score_facts.py.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Real news, annotated by reading (see README.md here for sources and licences).
REAL = [
    "real/orangesum-dev",
    "real/orangesum-a",
    "real/orangesum-b",
    "real/orangesum-c",
    "real/orangesum-d",
    "real/orangesum-e",
    "real/orangesum-f",
    "real/orangesum-g",
    "real/orangesum-h",
    "real/orangesum-i",
    "real/orangesum-j",
    "real/orangesum-k",
    "real/orangesum-l",
    "real/orangesum-m",
    "real/orangesum-n",
    "real/orangesum-o",
    "real/orangesum-p",
    "real/orangesum-q",
    "real/orangesum-r",
    "real/orangesum-s",
    "real/orangesum-t",
    "real/orangesum-u",
    "real/orangesum-v",
    "real/orangesum-w",
    "real/orangesum-x",
    "real/orangesum-y",
    "real/orangesum-z",
    "real/orangesum-za",
    "real/orangesum-zb",
    "real/orangesum-zc",
    "real/orangesum-zd",
    "real/orangesum-zf",
    "real/orangesum-zg",
    "real/orangesum-zh",
    "real/orangesum-zi",
    "real/orangesum-zj",
    "real/orangesum-zk",
    "real/orangesum-zl",
    "real/orangesum-zm",
    "real/orangesum-zn",
    "real/orangesum-zo",
    "real/orangesum-zp",
    "real/orangesum-zq",
    "real/orangesum-zr",
    "real/orangesum-zs",
    "real/orangesum-zt",
    "real/orangesum-zu",
    "real/orangesum-zv",
    "real/orangesum-zw",
    "real/orangesum-zx",
    "real/orangesum-zy",
    "real/orangesum-zz",
    "real/orangesum-zza",
    "real/orangesum-zzb",
    "real/orangesum-zzc",
    "real/orangesum-zzd",
    "real/orangesum-zze",
    "real/ftib-dev",
    "real/ftib-facts",
]
REAL_HELDOUT = [
    "real/orangesum-heldout",
    "real/orangesum-heldout2",
    "real/orangesum-heldout3",
    "real/orangesum-heldout4",
    "real/orangesum-heldout5",
    "real/orangesum-heldout6",
    "real/orangesum-heldout7",
    "real/orangesum-heldout8",
    "real/orangesum-heldout9",
    "real/orangesum-heldout10",
    "real/orangesum-heldout11",
    "real/orangesum-heldout12",
    "real/orangesum-heldout13",
    "real/orangesum-heldout14",
    "real/orangesum-heldout15",
    "real/ftib-facts-heldout",
]  # never tuned on
# A set whose gold is still being annotated is left out until its gold.json exists.
REAL = [s for s in REAL if (HERE / s / "gold.json").exists()]
REAL_HELDOUT = [s for s in REAL_HELDOUT if (HERE / s / "gold.json").exists()]
WRITTEN = sorted(str(p.parent.relative_to(HERE)) for p in HERE.glob("*/*/gold.json"))
WRITTEN = [s for s in WRITTEN if not s.startswith("real/")]
COLUMNS = [
    ("quantities", ["quantities (value)"]),
    ("dates strict/relaxed/value", ["dates (strict)", "dates (span)", "dates (value)"]),
    ("places", ["places"]),
    ("actors typed", ["actors (typed)"]),
    ("quotes span/attributed", ["quotes (span)", "quotes (attributed)"]),
]


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_facts", HERE / "score_facts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract(sets: list[str], newsfacts: str) -> dict[str, list[dict]]:
    """Records of every set, from one `newsfacts extract` run, grouped by set."""
    paths = [str(HERE / s / "articles.jsonl") for s in sets]
    run = subprocess.run([newsfacts, "extract", "-q", *paths], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"bench: newsfacts extract failed:\n{run.stderr}")
    by_set: dict[str, list[dict]] = {s: [] for s in sets}
    for line in run.stdout.splitlines():
        record = json.loads(line)
        path = record["source"].rsplit(":", 1)[0]
        by_set[sets[paths.index(path)]].append(record)
    return by_set


def score(scorer, folder: str, records: list[dict], verbose: bool) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as pred:
        pred.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    args = [str(HERE / folder / "articles.jsonl"), pred.name, str(HERE / folder / "gold.json")]
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            return scorer.main([*args, "-v"] if verbose else args)
    finally:
        os.unlink(pred.name)


def row(name: str, figures: dict) -> str:
    cells = []
    for _, keys in COLUMNS:
        values = [figures[k]["F1"] for k in keys if k in figures and figures[k]["gold"]]
        cells.append(" / ".join(f"{v:.1f}" for v in values) if values else "")
    return "| " + " | ".join([name, *cells]) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set folders under benchmarks/ (default: all)")
    parser.add_argument("--real", action="store_true", help="real-news sets only")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses on stderr")
    parser.add_argument("--newsfacts", default=str(HERE.parent / ".venv" / "bin" / "newsfacts"))
    args = parser.parse_args()
    groups = [("real news", REAL), ("real news, held out (never tuned on)", REAL_HELDOUT)]
    if not args.real:
        groups.append(("written for the project (regression only)", WRITTEN))
    if args.sets:
        wanted = [s.removeprefix("benchmarks/").rstrip("/") for s in args.sets]
        groups = [("selected", wanted)]
    records = extract([s for _, sets in groups for s in sets], args.newsfacts)
    scorer = load_scorer()
    header = ["set", *(name for name, _ in COLUMNS)]
    for title, sets in groups:
        print(f"\n{title}\n")
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for folder in sets:
            # The misses of a held-out set are listed only when it is asked for by name:
            # reading them is tuning on it.
            verbose = args.verbose and (bool(args.sets) or folder not in REAL_HELDOUT)
            print(row(folder, score(scorer, folder, records[folder], verbose)), flush=True)


if __name__ == "__main__":
    main()
