#!/usr/bin/env bash
# Warm throughput of the whole pipeline vs jsoup parse-only and readability4j, one JMH run.
# Usage: bench/throughput.sh [-Dbench.iterations=N -Dbench.seconds=S -Dbench.jvmArgs="..." ...]
set -euo pipefail
source "$(dirname "$0")/bench-classpath.sh"
exec java -cp "$BENCH_CP" "$@" org.newssentinel.bench.throughput.ThroughputReport
