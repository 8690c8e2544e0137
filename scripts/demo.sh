#!/usr/bin/env bash
# The README's main-job command (`npm run demo`). On a fresh clone it installs what it needs, starts the
# local test world (a GitHub + PyPI stand-in on 127.0.0.1), then runs the CLI like a user would:
#   pyembed setup 3.11.7 --requirements examples/requirements.txt   (resolve -> install -> uv -> venv -> packages)
#   pyembed run -- examples/hello.py                                  (a script in that venv)
# and prints what happened with timings. No network beyond 127.0.0.1 after the first `world-tools` run.
#
# Environment knobs:
#   DEMO_KEEP=1          keep the scratch dir (instances, venv) and print its path
#   DEMO_SKIP_ACTION=1   skip the action part (scripts/demo-action.sh, run when present)
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
# everything below (the world, the CLI, act's node steps) runs on the pinned Node 24
[ -n "${DEMO_ON_NODE24:-}" ] || DEMO_ON_NODE24=1 exec bash scripts/with-node24.sh bash "$0" "$@"

now_ms() { node -e 'process.stdout.write(String(Date.now()))'; }
if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then B=$'\033[1m' D=$'\033[2m' R=$'\033[0m'; else B='' D='' R=''; fi
T_START=$(now_ms)
STEP_T=$T_START
STEP_NAME=""
step() { # step <title>: prints the previous step's duration, then the new title
  local t
  t=$(now_ms)
  if [ -n "$STEP_NAME" ]; then printf '    %s(%d ms)%s\n' "$D" $((t - STEP_T)) "$R"; fi
  STEP_NAME=$1
  STEP_T=$t
  printf '\n%s==> %s%s\n' "$B" "$1" "$R"
}

step "prerequisites (node_modules, pinned node/uv/act, dist/)"
bash scripts/world-tools.sh >/dev/null
[ -d node_modules ] || npm ci --no-audit --no-fund
[ -f dist/cli.js ] || npm run build >/dev/null
PYEMBED="node $REPO/dist/cli.js"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/pyembed-demo-XXXXXX")
WORLD_PID=""
cleanup() {
  if [ -n "$WORLD_PID" ]; then kill "$WORLD_PID" 2>/dev/null || true; wait "$WORLD_PID" 2>/dev/null || true; fi
  if [ -n "${DEMO_KEEP:-}" ]; then echo "scratch dir kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

step "start the local world (GitHub releases + PyPI index on 127.0.0.1)"
node "$REPO/node_modules/tsx/dist/cli.mjs" test-world/start.ts >"$WORK/world.json" 2>"$WORK/world.log" &
WORLD_PID=$!
for _ in $(seq 1 600); do
  [ -s "$WORK/world.json" ] && break
  kill -0 "$WORLD_PID" 2>/dev/null || { cat "$WORK/world.log" >&2; echo "the test world failed to start" >&2; exit 1; }
  sleep 0.2
done
[ -s "$WORK/world.json" ] || { echo "the test world did not start in 120 s" >&2; exit 1; }
world() { node -e 'const w=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8").split("\n")[0]);process.stdout.write(String(w[process.argv[2]]))' "$WORK/world.json" "$1"; }
MIRROR=$(world mirrorUrl)
UV_URL=$(world uvDownloadUrl)
INDEX=$(world indexUrl)
API=$(world apiUrl)
# the world serves its CPython in a release the bundled catalogue does not know: pin it (resolved by its API)
BUILD=$(node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8").split("\n")[0]).fixture.build)' "$WORK/world.json")
echo "    mirror  $MIRROR"
echo "    uv      $UV_URL"
echo "    index   $INDEX"

# Everything the CLI writes goes to the scratch dir; uv's wheel cache persists across demo runs (warm runs).
export PYEMBED_ROOT="$WORK/root"
export GITHUB_API_URL="$API"
export PYEMBED_BUILD="$BUILD"
export UV_CACHE_DIR="$REPO/.cache/demo/uv-cache"
unset GITHUB_TOKEN VIRTUAL_ENV

step "pyembed setup 3.11.7 --requirements examples/requirements.txt"
$PYEMBED setup 3.11.7 \
  --mirror "$MIRROR" \
  --uv-download-url "$UV_URL" \
  --index-url "$INDEX" \
  --requirements examples/requirements.txt \
  --root "$WORK/root"

step "pyembed run -- examples/hello.py   (in the venv setup made)"
$PYEMBED run --python 3.11.7 --venv default -- examples/hello.py

step "pyembed exec (one line of Python) and pyembed list"
$PYEMBED exec --python 3.11.7 --venv default "import tabulate, sys; print('tabulate', tabulate.__version__, 'on', sys.version.split()[0])"
$PYEMBED list

# The action end to end: scripts/demo-action.sh runs examples/workflows/demo.yml with act against the same
# world. It receives the world's URLs in the environment and the world JSON path as $1.
if [ -z "${DEMO_SKIP_ACTION:-}" ] && [ -f scripts/demo-action.sh ]; then
  step "the GitHub Action (dist/ bundle) in a workflow, via act in host mode"
  DEMO_MIRROR_URL="$MIRROR" DEMO_BUILD="$BUILD" DEMO_UV_DOWNLOAD_URL="$UV_URL" DEMO_INDEX_URL="$INDEX" DEMO_API_URL="$API" \
    DEMO_WORK_DIR="$WORK" bash scripts/demo-action.sh "$WORK/world.json"
fi

step "done"
echo "    node $(node --version)"
echo "    total: $(($(now_ms) - T_START)) ms"
