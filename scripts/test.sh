#!/usr/bin/env bash
# The README's test command: installs the local AWS-compatible test servers (npm, from the
# lock file) and runs every unit and integration test.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f package-lock.json ]; then
  command -v npm >/dev/null || { echo "error: npm (Node.js 20) is needed for the local test servers" >&2; exit 1; }
  npm ci --no-audit --no-fund --loglevel=error
fi
mvn -B verify "$@"
