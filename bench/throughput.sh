#!/usr/bin/env bash
# Warm throughput of the whole pipeline (and its stages) vs jsoup parse-only and readability4j:
# first by wall time under JMH, then by thread CPU time in a plain measured loop (steadier on a
# busy machine). Usage: bench/throughput.sh [-Dbench.mode=jmh|cpu|both] [-Dbench.iterations=N ...]
set -euo pipefail
source "$(dirname "$0")/bench-classpath.sh"
MODE=both
for a in "$@"; do case "$a" in -Dbench.mode=*) MODE="${a#-Dbench.mode=}";; esac; done
if [ "$MODE" != cpu ]; then
  java -cp "$BENCH_CP" "$@" org.newssentinel.bench.throughput.ThroughputReport
fi
if [ "$MODE" != jmh ]; then
  java -Xmx1g -cp "$BENCH_CP" "$@" org.newssentinel.bench.throughput.CpuThroughput
fi
