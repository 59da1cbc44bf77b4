#!/usr/bin/env bash
# Two builds' whole pipeline timed in one JVM (each shaded jar in its own class loader), passes
# taking turns by CPU time, jsoup parse-only as the baseline: for before/after figures of a change
# worth a few percent, which back-to-back JVMs cannot resolve. Pinned to one core when taskset is
# there, so the scheduler moves it less. Run it in both orders: the jar named first measured up to
# 2-3% apart from the same jar named second.
# Usage: bench/compare-jars.sh BEFORE.jar AFTER.jar [-Dbench.cpuWarmupSeconds=8] [-Dbench.cpuPasses=30]
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: bench/compare-jars.sh BEFORE.jar AFTER.jar [-Dbench.cpuWarmupSeconds=S] [-Dbench.cpuPasses=N]" >&2
  exit 2
fi
BEFORE="$(realpath "$1")"; AFTER="$(realpath "$2")"; shift 2
source "$(dirname "$0")/bench-classpath.sh"
PIN=()
if command -v taskset >/dev/null && [ "$(nproc)" -gt 1 ]; then PIN=(taskset -c 1); fi
"${PIN[@]}" java -Xmx2g -Dbench.cpuWarmupSeconds=8 -Dbench.cpuPasses=30 "$@" -cp "$BENCH_CP" \
  org.newssentinel.bench.throughput.JarComparison "$BEFORE" "$AFTER"
