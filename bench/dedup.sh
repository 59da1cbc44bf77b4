#!/usr/bin/env bash
# Near-duplicate detection measured: the fixture pairs, synthetic repeats and all pairs of
# different articles from the shared benchmark corpora, and the in-memory look-up against a
# linear scan as the number of stored articles grows.
# Usage: bench/dedup.sh [-Dbench.articles=DIR,DIR] [-Dbench.sizes=1000,10000,100000]
set -euo pipefail
source "$(dirname "$0")/bench-classpath.sh"
exec java -cp "$BENCH_CP" "$@" org.newssentinel.bench.dedup.DedupReport
