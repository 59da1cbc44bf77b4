#!/usr/bin/env bash
# Scores the product's summaries (through the CLI, exactly as users run it) and the lead-N
# baseline (same cleaner and splitter) on the summary development set with its rouge.py.
# Also reports both halves of the tune/holdout split used by Tune.java (ids sorted; even
# positions = A, tuned on; odd positions = B, held out).
#
#   bench/summaries/evaluate.sh [BENCH_DIR] [SENTENCES]
# Needs target/news-sentinel.jar (mvn -B -q package -DskipTests) and python3.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bench="${1:-/work/shared/benchmarks/summaries}"
n="${2:-3}"
jar="$root/target/news-sentinel.jar"
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# Product: the CLI's JSON lines -> {"id", "summary"} predictions. Exit code 1 (some input
# rejected) still leaves the other lines; rejected articles then score 0 in rouge.py.
start=$(date +%s%N)
java -jar "$jar" analyze --sentences "$n" "$bench/articles" > "$out/cli.jsonl" || [ $? -eq 1 ]
end=$(date +%s%N)
python3 - "$out/cli.jsonl" "$out/product.jsonl" <<'PY'
import json, os, sys
with open(sys.argv[2], "w", encoding="utf-8") as w:
    for line in open(sys.argv[1], encoding="utf-8"):
        o = json.loads(line)
        i = os.path.basename(o["source"])[:-4]
        w.write(json.dumps({"id": i, "summary": o.get("summary", [])}) + "\n")
PY
java -cp "$jar" "$here/Lead.java" "$bench/articles" "$n" > "$out/lead.jsonl"

# Halves as reference folders (rouge.py scores every reference id it is given).
mkdir -p "$out/A" "$out/B"
i=0
for f in $(ls "$bench/references" | sort); do
  if [ $((i % 2)) -eq 0 ]; then ln -s "$bench/references/$f" "$out/A/$f"; else ln -s "$bench/references/$f" "$out/B/$f"; fi
  i=$((i + 1))
done

echo "CLI analyze of $(wc -l < "$out/cli.jsonl") articles: $(( (end - start) / 1000000 )) ms (whole JVM)"
for set in references A B; do
  label=$([ "$set" = references ] && echo "all" || echo "half $set")
  echo "== $label (sentences=$n)"
  python3 "$bench/rouge.py" --refs "$( [ "$set" = references ] && echo "$bench/references" || echo "$out/$set")" \
      --preds "$out/product.jsonl" --name "product-$n" 2>/dev/null | tail -n 1
  python3 "$bench/rouge.py" --refs "$( [ "$set" = references ] && echo "$bench/references" || echo "$out/$set")" \
      --preds "$out/lead.jsonl" --name "lead-$n" 2>/dev/null | tail -n 1
done
