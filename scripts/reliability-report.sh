#!/usr/bin/env bash
# `npm run reliability:report`: runs the reliability suite (__tests__/reliability/) on Node 24 from fresh
# records, then writes docs/reliability.md from them — also when cases fail (their rows say FAIL), keeping
# the suite's exit status. The only writer of that page: `npm test` records results under .cache/ only.
set -uo pipefail
cd "$(dirname "$0")/.."
rm -rf .cache/reliability
bash scripts/with-node24.sh npx vitest run __tests__/reliability "$@"
status=$?
bash scripts/with-node24.sh npx tsx __tests__/reliability/report.ts || exit 1
exit $status
