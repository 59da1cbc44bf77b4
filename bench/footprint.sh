#!/usr/bin/env bash
# Footprint: shaded jar size and the peak heap of one pipeline run (largest benchmark page and
# generated 10 MB inputs) in fresh -Xmx256m JVMs. Usage: bench/footprint.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  mvn -B -q -Pbench package -DskipTests
fi
BENCH_SKIP_BUILD=1 source bench/bench-classpath.sh
exec java -cp "$BENCH_CP" "$@" org.newssentinel.bench.footprint.FootprintReport \
  "$ROOT/target/news-sentinel.jar" "$ROOT/target/news-sentinel.jar:$ROOT/target/bench-classes" "$ROOT/target/bench/footprint"
