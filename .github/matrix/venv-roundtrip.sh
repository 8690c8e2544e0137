#!/usr/bin/env bash
# Named venvs through instance export/import, then venv clone/export/import, with the CLI (run by
# action-matrix.yml). EXPORT: the action's export-path (an instance archive holding the named venv VENV_NAME);
# VERSION: its python-version output. Works in a root of its own, so nothing here touches the tool cache.
set -euo pipefail
cli() { node "$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/dist/cli.js" --quiet --no-progress "$@"; }
work="${RUNNER_TEMP:-$(mktemp -d)}/pyembed-roundtrip"
rm -rf "$work" && mkdir -p "$work"
export PYEMBED_ROOT="$work/root" PYEMBED_PYTHON="$VERSION"

cli import "$EXPORT"
cli venv list | grep -q "$VENV_NAME" || { echo "the named venv $VENV_NAME did not survive export/import" >&2; exit 1; }
cli venv clone "$VENV_NAME" cloned
cli venv export cloned "$work/cloned.zip"
cli venv remove cloned
cli venv import "$work/cloned.zip" imported
got=$(cli exec --venv imported "import six, sys; print(six.__version__, sys.prefix != sys.base_prefix)" | tr -d '\r')
test "$got" = "1.17.0 True" || { echo "the imported venv answered: $got" >&2; exit 1; }
echo "venv round trip: $VENV_NAME -> export/import -> clone -> export -> import: $got"
