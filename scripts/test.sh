#!/usr/bin/env bash
# The README's test command: works on a fresh machine (installs what it needs), then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
bash scripts/world-tools.sh
[ -f dist/cli.js ] || npm run build
npx vitest run "$@"
