#!/usr/bin/env bash
# Charset detection of undeclared, non-UTF-8 uploads: time per upload of the legacy CJK step
# (EastAsianCharsets) against the single-byte guess that follows it, measured in the same run,
# on 32 KB inputs in Cyrillic, Western and CJK legacy charsets, with the charset each one gets.
# Usage: bench/charsets.sh
set -euo pipefail
source "$(dirname "$0")/bench-classpath.sh"
exec java -cp "$BENCH_CP" "$@" org.newssentinel.clean.CharsetBench
