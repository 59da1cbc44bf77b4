#!/usr/bin/env bash
# Recall (label 2) and false-alarm rate (label 0) per watch topic on a labelled set, for the
# product and two naive baselines, overall and per half (fixed split by file-name hash).
# usage: bench/topics/evaluate.sh [DATASET_DIR] [--topics FILE] [--verbose]
set -euo pipefail
cd "$(dirname "$0")/../.."
DATASET=""
if [[ $# -gt 0 && "$1" != --* ]]; then DATASET="$1"; shift; fi
if [[ -z "$DATASET" ]]; then
  for d in ../shared/benchmarks/topics ../../shared/benchmarks/topics; do [[ -d $d ]] && DATASET=$d && break; done
fi
if [[ ! -f target/news-sentinel.jar || -n "$(find src watch-topics.json -newer target/news-sentinel.jar -print -quit)" ]]; then
  mvn -B -q -o package -DskipTests || mvn -B -q package -DskipTests
fi
exec java -cp target/news-sentinel.jar bench/topics/EvaluateTopics.java "$DATASET" "$@"
