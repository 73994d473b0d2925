#!/usr/bin/env bash
# Scores newsfacts on a dev-set folder (articles.jsonl + gold.json) or on the seed.
#   benchmarks/score_dev.sh benchmarks/dev/dates [-v]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
folder=$1; shift
bin=${NEWSFACTS:-$here/../.venv/bin/newsfacts}
pred=$(mktemp)
trap 'rm -f "$pred"' EXIT
"$bin" extract -q "$folder/articles.jsonl" > "$pred"
python3 "$here/score_facts.py" "$folder/articles.jsonl" "$pred" "$folder/gold.json" "$@"
