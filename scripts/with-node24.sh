#!/usr/bin/env bash
# Runs a command with the pinned Node 24 (.tools/node24, installed by scripts/world-tools.sh) first on PATH,
# so `node`, and every `#!/usr/bin/env node` tool (npx, vitest, tsx), run on the action's runtime (node24)
# and not on the machine's own node. Usage: bash scripts/with-node24.sh <command> [args...]
set -euo pipefail
NODE24_BIN="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.tools/node24/bin"
[ -x "$NODE24_BIN/node" ] || bash "$(dirname "${BASH_SOURCE[0]}")/world-tools.sh" >&2
export PATH="$NODE24_BIN:$PATH"
exec "$@"
