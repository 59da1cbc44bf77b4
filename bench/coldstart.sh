#!/usr/bin/env bash
# Cold start: fresh JVMs from start to the first S3 event handled against local servers, vs JVMs
# that only build the same three SDK clients; default flags, -XX:TieredStopAtLevel=1, an AppCDS
# archive, and both. Usage: bench/coldstart.sh [-Dbench.runs=N] [ARTICLE]
set -euo pipefail
JAVA_PROPS=()
while [ $# -gt 0 ] && [[ "$1" == -D* ]]; do JAVA_PROPS+=("$1"); shift; done
ARTICLE="${1:-samples/bild-kazakhstan-oil-dispute.txt}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  mvn -B -q -Pbench package -DskipTests
fi
BENCH_SKIP_BUILD=1 source bench/bench-classpath.sh
WORK="$ROOT/target/bench/coldstart"
mkdir -p "$WORK"
# CDS archives classes from jars only, so the two measured mains go into a jar of their own.
rm -f "$WORK/mains.jar"
(cd target/bench-classes && jar cf "$WORK/mains.jar" org/newssentinel/bench/coldstart/ColdStartMain.class \
  org/newssentinel/bench/coldstart/ClientsOnlyMain.class)
source bench/local-servers.sh
java -cp "$BENCH_CP" "${JAVA_PROPS[@]}" org.newssentinel.bench.coldstart.ColdStartReport \
  "$ROOT/target/news-sentinel.jar:$WORK/mains.jar" "$WORK" "$ARTICLE"
