#!/usr/bin/env bash
# Runs every Go fuzz target in the module for a while each.
#   scripts/fuzz.sh [DURATION]    (default 20s; e.g. scripts/fuzz.sh 10m)
# New failing inputs land in the package's testdata/fuzz/FuzzXxx/ and fail
# 'go test' from then on, until fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
dur=${1:-20s}
grep -rl --include='*_test.go' '^func Fuzz' . | sort | while read -r file; do
  pkg=./$(dirname "${file#./}")
  for target in $(grep -o '^func Fuzz[A-Za-z0-9_]*' "$file" | sed 's/^func //'); do
    echo "fuzz $pkg $target for $dur"
    go test -run '^$' -fuzz "^${target}\$" -fuzztime "$dur" -parallel 2 "$pkg" 2>&1 | tail -3
    [ "${PIPESTATUS[0]}" -eq 0 ] || exit 1
  done
done
