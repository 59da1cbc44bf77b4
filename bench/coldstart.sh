#!/usr/bin/env bash
# Cold start: fresh JVMs from start to the first S3 event handled against local servers, vs JVMs
# that only build the same three SDK clients, and vs JVMs that build them and send the event's
# requests with none of the function's code; default flags, -XX:TieredStopAtLevel=1, an AppCDS
# archive, and both; then traced JVMs split the first event into SDK calls, server time and our code.
# Usage: bench/coldstart.sh [-Dbench.runs=N] [-Dbench.timelineRuns=N] [ARTICLE]
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
  org/newssentinel/bench/coldstart/ClientsOnlyMain.class org/newssentinel/bench/coldstart/RequestsOnlyMain.class \
  org/newssentinel/handler/SnapStartHook.class)
# The traced runs' extra jar: the SDK registers the interceptors such a resource names on every client.
rm -rf "$WORK/timeline" "$WORK/timeline.jar"
mkdir -p "$WORK/timeline/software/amazon/awssdk/global/handlers"
echo org.newssentinel.bench.coldstart.CallTimeline >"$WORK/timeline/software/amazon/awssdk/global/handlers/execution.interceptors"
jar cf "$WORK/timeline.jar" -C target/bench-classes org/newssentinel/bench/coldstart/CallTimeline.class -C "$WORK/timeline" software
source bench/local-servers.sh
java -cp "$BENCH_CP" -Dbench.timelineJar="$WORK/timeline.jar" "${JAVA_PROPS[@]}" org.newssentinel.bench.coldstart.ColdStartReport \
  "$ROOT/target/news-sentinel.jar:$WORK/mains.jar" "$WORK" "$ARTICLE"
