#!/usr/bin/env bash
# barrier.sh <dir> <me> <other>: marks <me> as started and waits until <other> has started too, so two jobs reach
# the next step together whatever order the runner starts them in. Fails after 300 s: the jobs never overlapped.
set -eu
dir=$1 me=$2 other=$3
mkdir -p "$dir"
touch "$dir/$me"
for _ in $(seq 1 600); do
  if [ -e "$dir/$other" ]; then
    echo "E2E barrier $me passed"
    exit 0
  fi
  sleep 0.5
done
echo "::error::$me waited 300 s for $other: the two jobs did not run at the same time" >&2
exit 1
