"""Checks a dev-set folder: every gold span exists in its article (text + occurrence).

  python benchmarks/check_gold.py benchmarks/dev/dates

The folder holds articles.jsonl ({"id", "text", "date"}) and gold.json ({id: {kind: [...]}}),
the gold format of the project's scorer. Prints one line per problem and a count per kind;
exits 1 on any problem.
"""

import json
import sys
from pathlib import Path

SPAN_KINDS = ("quantities", "dates", "quotes")
ENTITY_KINDS = ("places", "actors")


def occurrences(text: str, needle: str) -> int:
    count, start = 0, text.find(needle)
    while start >= 0:
        count, start = count + 1, text.find(needle, start + 1)
    return count


def check_span(text: str, item: dict, where: str) -> list[str]:
    needle, occurrence = item.get("text", ""), item.get("occurrence", 1)
    if not needle:
        return [f"{where}: empty text"]
    if occurrences(text, needle) < occurrence:
        return [f"{where}: {needle!r} occurrence {occurrence} not in the article"]
    return []


def check_article(doc_id: str, text: str, gold: dict) -> tuple[list[str], dict]:
    problems, counts = [], {}
    for kind in SPAN_KINDS:
        for item in gold.get(kind, []):
            problems += check_span(text, item, f"{doc_id} {kind}")
        counts[kind] = len(gold.get(kind, []))
    for kind in ENTITY_KINDS:
        for entity in gold.get(kind, []):
            for mention in entity.get("mentions", []):
                problems += check_span(text, mention, f"{doc_id} {kind} {entity.get('name')}")
        counts[kind] = len(gold.get(kind, []))
    return problems, counts


def main(folder: str) -> int:
    root = Path(folder)
    articles = {}
    for line in (root / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            article = json.loads(line)
            articles[article["id"]] = article["text"]
    gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    problems, totals = [], {}
    for doc_id, facts in gold.items():
        if doc_id.startswith("_"):  # _doubts and other notes, not an article
            continue
        if doc_id not in articles:
            problems.append(f"{doc_id}: no such article in articles.jsonl")
            continue
        found, counts = check_article(doc_id, articles[doc_id], facts)
        problems += found
        for kind, count in counts.items():
            totals[kind] = totals.get(kind, 0) + count
    for problem in problems:
        print(problem)
    print(f"{len(articles)} articles;", ", ".join(f"{k} {v}" for k, v in totals.items() if v))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
