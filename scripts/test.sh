#!/usr/bin/env bash
# The README's test command: works on a fresh machine (installs what it needs), then runs every test on
# the pinned Node 24 (scripts/with-node24.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/world-tools.sh
[ -d node_modules ] || bash scripts/with-node24.sh npm ci --no-audit --no-fund
[ -f dist/cli.js ] || bash scripts/with-node24.sh npm run build
bash scripts/with-node24.sh npx vitest run "$@"
