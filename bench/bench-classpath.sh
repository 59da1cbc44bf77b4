#!/usr/bin/env bash
# Sourced by the bench scripts: compiles the product and bench/src (mvn -Pbench, test scope, so
# nothing of it reaches the shaded jar) and sets BENCH_CP to the classpath for plain `java`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  mvn -B -q -Pbench test-compile
fi
BENCH_CP="$ROOT/target/bench-classes:$ROOT/target/classes:$(cat "$ROOT/target/bench.classpath")"
export BENCH_CP
