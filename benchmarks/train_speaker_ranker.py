#!/usr/bin/env python3
"""Trains the speaker ranker (quotes/ranking.py) on the real tuning sets and writes its weights.

  .venv/bin/python benchmarks/train_speaker_ranker.py            # leave-one-set-out, then train
  .venv/bin/python benchmarks/train_speaker_ranker.py --no-write # the estimate only

Each quote the rules leave without a speaker is one example: its candidates (candidates.py) are
labelled by the gold speaker (a candidate whose name the gold actor answers to), every candidate
is negative where the gold speaker is null. A quote whose gold speaker is among no candidate
teaches nothing and is left out; a predicted quote that matches no gold quote too.

The model is an L2-regularised logistic regression over candidates, fitted by Newton's method
with numpy (spaCy's own dependency); the threshold on the best candidate's probability is the
one that gets most quotes right on the training sets. Leave-one-set-out (train on all tuning
sets but one, score that one with the real pipeline and score_facts.py) estimates what unseen news
gets; the shipped weights are then fitted on every tuning set of bench.REAL. The held-out sets are
never read here.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import os
import sys
import tempfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUTPUT = ROOT / "src" / "newsfacts" / "lexicons" / "speaker_ranker.json"
L2 = 3.0
THRESHOLDS = [round(0.05 * k, 2) for k in range(2, 19)]


def load_module(name: str):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORER = load_module("score_facts")
SETS = [s for s in load_module("bench").REAL if "orangesum" in s]  # the real tuning sets


def articles_of(folder: str) -> list[dict]:
    with open(HERE / folder / "articles.jsonl", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def run(ranking, folder: str, ranker) -> tuple[list[dict], list[tuple]]:
    """Records of a set with the given ranker, and the quotes it ranked with their candidates."""
    from newsfacts import extract

    seen: list[tuple] = []
    ranking.ranker = ranker
    records = []
    for article in articles_of(folder):
        ranking.observe = lambda quote, found, a=article: seen.append(
            (a["id"], quote.start, quote.end, found, quote.speaker is not None)
        )
        records.append(extract(article["text"], article.get("date"), doc_id=article["id"]))
        records[-1]["id"] = article["id"]
    ranking.observe = None
    return records, seen


def examples(folder: str, seen: list[tuple]) -> list[tuple[np.ndarray | None, list[int], bool]]:
    """(feature names, rows, labels) per ranked quote that matches a gold quote."""
    with open(HERE / folder / "gold.json", encoding="utf-8") as file:
        gold = json.load(file)
    texts = {a["id"]: a["text"] for a in articles_of(folder)}
    found = []
    for doc_id, start, end, candidates, by_rules in seen:
        g = gold.get(doc_id)
        if not g or "quotes" not in g:
            continue
        match = None
        for q in g["quotes"]:
            gs = SCORER.locate(texts[doc_id], q["text"], q.get("occurrence", 1))
            if gs and SCORER.overlap(gs, (start, end)) >= 0.5 * (gs[1] - gs[0]):
                match = q
                break
        if match is None:
            continue
        speaker = match.get("speaker")
        actor = next((a for a in g.get("actors", []) if a["name"] == speaker), None)
        keys = (
            SCORER.entity_keys(actor) if actor else ({SCORER.fold(speaker)} if speaker else set())
        )
        labels = [SCORER.fold(c.actor.get("name")) in keys for c in candidates]
        if keys and not any(labels):
            continue  # the speaker is no candidate: nothing to learn
        features = [c.features for c in candidates]
        if by_rules:  # a quote the rules attributed: what is said of its speaker, marked apart
            features = [{**f, "rules_attributed": 1.0} for f in features]
        found.append((features, labels, bool(keys), by_rules))
    return found


def matrix(data, names):
    rows, labels, groups = [], [], []
    for k, (features, quote_labels, *_) in enumerate(data):
        for f, label in zip(features, quote_labels, strict=True):
            rows.append([f.get(name, 0.0) for name in names])
            labels.append(float(label))
            groups.append(k)
    return np.array(rows).reshape(-1, len(names)), np.array(labels), np.array(groups)


def fit(data, names, l2: float = L2):
    x, y, _ = matrix(data, names)
    x1 = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x1.shape[1])
    penalty = np.full(x1.shape[1], l2)
    penalty[-1] = 0.0  # no penalty on the bias
    for _ in range(50):  # Newton's method on the penalised log-likelihood
        p = 1 / (1 + np.exp(-np.clip(x1 @ w, -30, 30)))
        gradient = x1.T @ (p - y) + penalty * w
        hessian = (x1.T * (p * (1 - p))) @ x1 + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = {name: round(float(v), 4) for name, v in zip(names, w[:-1], strict=True)}
    return weights, round(float(w[-1]), 4)


def correct(data, weights, bias, threshold) -> int:
    from newsfacts.components.quotes.ranking import SpeakerRanker

    ranker = SpeakerRanker(weights, bias, threshold)
    right = 0
    for features, labels, has_speaker, by_rules in data:
        if by_rules:
            continue
        scores = [ranker.probability(f) for f in features]
        best = max(range(len(scores)), key=scores.__getitem__, default=None)
        if best is None or scores[best] <= threshold:
            right += not has_speaker
        else:
            right += labels[best]
    return right


def train(data, names, threshold: float | None = None, l2: float = L2) -> dict:
    weights, bias = fit(data, names, l2)
    if threshold is None:
        threshold = max(THRESHOLDS, key=lambda t: (correct(data, weights, bias, t), -abs(t - 0.5)))
    return {"weights": weights, "bias": bias, "threshold": threshold}


def score(folder: str, records: list[dict]) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as pred:
        pred.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    args = [str(HERE / folder / "articles.jsonl"), pred.name, str(HERE / folder / "gold.json")]
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            figures = SCORER.main(args)
    finally:
        os.unlink(pred.name)
    return {k: figures[k]["F1"] for k in ("quotes (span)", "quotes (attributed)")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="do not write the weights")
    parser.add_argument(
        "--rules-quotes",
        action="store_true",
        help="also learn from the quotes the rules attributed",
    )
    parser.add_argument("--l2", type=float, default=L2, help="weight of the L2 penalty")
    parser.add_argument("--threshold", type=float, help="fixed threshold (default: tuned)")
    args = parser.parse_args()

    def keep(example) -> bool:
        return args.rules_quotes or not example[3]

    from newsfacts.components.quotes.ranking import SpeakerRanker
    from newsfacts.pipeline import load_pipeline

    ranking = load_pipeline().get_pipe("newsfacts_quotes").ranking
    data, rules_only = {}, {}
    for folder in SETS:
        records, seen = run(ranking, folder, None)
        data[folder] = examples(folder, seen)
        rules_only[folder] = score(folder, records)
    names = sorted({name for d in data.values() for q in d for f in q[0] for name in f})
    print("set | rules only span/attributed | leave-one-set-out span/attributed | examples")
    for folder in SETS:
        train_data = [q for other in SETS if other != folder for q in data[other] if keep(q)]
        model = train(train_data, names, args.threshold, args.l2)
        ranker = SpeakerRanker(model["weights"], model["bias"], model["threshold"])
        records, _ = run(ranking, folder, ranker)
        before, after = rules_only[folder], score(folder, records)
        print(
            f"{folder} | {before['quotes (span)']} / {before['quotes (attributed)']} | "
            f"{after['quotes (span)']} / {after['quotes (attributed)']} | "
            f"{sum(not q[3] for q in data[folder])} "
            f"(threshold {model['threshold']})"
        )
    model = train(
        [q for folder in SETS for q in data[folder] if keep(q)], names, args.threshold, args.l2
    )
    print(json.dumps(model, indent=1), file=sys.stderr)
    if not args.no_write:
        OUTPUT.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
