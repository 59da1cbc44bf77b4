#!/usr/bin/env bash
# Article-extraction benchmark: predictions for a folder of <id>.html.gz pages, scored with the
# shared evaluate.py, plus pages/s of our extraction against jsoup parse-only in the same JVM run.
#
# usage: bench/extraction.sh [EVALUATE_PY] [PAGES_DIR]
#   EVALUATE_PY  default: ../shared/benchmarks/extraction/evaluate.py beside the repository,
#                else /work/shared/benchmarks/extraction/evaluate.py
#   PAGES_DIR    default: data/html next to EVALUATE_PY (ground truth: data/ground-truth.json there)
# env: WARMUP (rounds, default 8), ROUNDS (measured rounds, default 8), BENCH_SKIP_BUILD=1, OUT (work dir)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
evaluate="${1:-}"
if [[ -z "$evaluate" ]]; then
  evaluate="$repo/../shared/benchmarks/extraction/evaluate.py"
  [[ -f "$evaluate" ]] || evaluate=/work/shared/benchmarks/extraction/evaluate.py
fi
pages="${2:-$(dirname "$evaluate")/data/html}"
out="${OUT:-$repo/target/bench}"
mkdir -p "$out"

source "$repo/bench/bench-classpath.sh"
java -cp "$BENCH_CP" org.newssentinel.bench.extraction.ExtractionBench \
  "$pages" "$out/predictions.json" "${WARMUP:-8}" "${ROUNDS:-8}"
python3 "$evaluate" "$out/predictions.json" --per-page "$out/per-page.tsv"
echo "per-page scores: $out/per-page.tsv (worst first: sort -t\$'\\t' -k2,2n)"
