#!/usr/bin/env bash
# Scoring time with 3 watch topics against 1,000, same run, same articles (see ScaleTopics.java).
# usage: bench/topics/scaling.sh [ARTICLES_DIR] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
ARTICLES="${1:-}"
if [[ -z "$ARTICLES" ]]; then
  for d in ../shared/benchmarks/topics/articles ../../shared/benchmarks/topics/articles; do [[ -d $d ]] && ARTICLES=$d && break; done
fi
if [[ ! -f target/news-sentinel.jar || -n "$(find src watch-topics.json -newer target/news-sentinel.jar -print -quit)" ]]; then
  mvn -B -q -o package -DskipTests || mvn -B -q package -DskipTests
fi
exec java -Xmx512m -cp target/news-sentinel.jar bench/topics/ScaleTopics.java "$ARTICLES" "${2:-7}"
