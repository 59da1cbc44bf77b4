#!/usr/bin/env bash
# Sourced by bench scripts that need AWS-compatible servers: starts dynalite (DynamoDB), s3rver (S3)
# and fauxqs (SNS) on free 127.0.0.1 ports, stops them on exit, and exports the SDK's standard
# endpoint variables plus dummy credentials (s3rver accepts only S3RVER/S3RVER).
# Node modules: $BENCH_NODE_MODULES, else ./node_modules (installed with `npm ci` from the lock file).
set -euo pipefail
NODE_MODULES="${BENCH_NODE_MODULES:-$ROOT/node_modules}"
if [ ! -d "$NODE_MODULES/dynalite" ] && [ -z "${BENCH_NODE_MODULES:-}" ] && [ -f "$ROOT/package-lock.json" ]; then
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
fi
for m in dynalite s3rver fauxqs; do
  [ -d "$NODE_MODULES/$m" ] || { echo "error: $NODE_MODULES/$m missing: run npm ci (needs Node.js 20) or set BENCH_NODE_MODULES" >&2; exit 1; }
done
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
SERVERS_DIR="$(mktemp -d)"
BENCH_SERVER_PIDS=()
stop_servers() { for p in "${BENCH_SERVER_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$SERVERS_DIR"; }
trap stop_servers EXIT
DDB_PORT=$(free_port); S3_PORT=$(free_port); SNS_PORT=$(free_port)
node "$NODE_MODULES/dynalite/cli.js" --host 127.0.0.1 --port "$DDB_PORT" --createTableMs 0 >"$SERVERS_DIR/dynalite.log" 2>&1 &
BENCH_SERVER_PIDS+=($!)
mkdir -p "$SERVERS_DIR/s3"
node "$NODE_MODULES/s3rver/bin/s3rver.js" -d "$SERVERS_DIR/s3" -a 127.0.0.1 -p "$S3_PORT" --silent >"$SERVERS_DIR/s3rver.log" 2>&1 &
BENCH_SERVER_PIDS+=($!)
FAUXQS_PORT="$SNS_PORT" FAUXQS_LOGGER=false node "$NODE_MODULES/fauxqs/dist/cli.js" >"$SERVERS_DIR/fauxqs.log" 2>&1 &
BENCH_SERVER_PIDS+=($!)
for port in "$DDB_PORT" "$S3_PORT" "$SNS_PORT"; do
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
  done
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "error: no server on port $port" >&2; cat "$SERVERS_DIR"/*.log >&2; exit 1; }
done
# A CA bundle makes every client parse a PEM file at build time; Lambda sets none, and these servers speak http.
unset AWS_ENDPOINT_URL AWS_PROFILE AWS_SESSION_TOKEN AWS_CA_BUNDLE
export AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER
# No shared config or credentials files: as in Lambda, where none exist.
export AWS_CONFIG_FILE="$SERVERS_DIR/no-config" AWS_SHARED_CREDENTIALS_FILE="$SERVERS_DIR/no-credentials"
export AWS_ENDPOINT_URL_DYNAMODB="http://127.0.0.1:$DDB_PORT"
export AWS_ENDPOINT_URL_S3="http://127.0.0.1:$S3_PORT"
export AWS_ENDPOINT_URL_SNS="http://127.0.0.1:$SNS_PORT"
