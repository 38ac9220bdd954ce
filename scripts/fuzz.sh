#!/usr/bin/env bash
# Runs every Go fuzz target in the module for a while each.
#   scripts/fuzz.sh [DURATION]    (default 20s; e.g. scripts/fuzz.sh 10m)
# New failing inputs land in the package's testdata/fuzz/FuzzXxx/ and fail
# 'go test' from then on, until fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
dur=${1:-20s}
log=$(mktemp)
saved() { if [ -d "$1" ]; then find "$1" -type f | wc -l; else echo 0; fi; }  # inputs kept in a corpus dir
trap 'rm -f "$log"' EXIT
grep -rl --include='*_test.go' '^func Fuzz' . | sort | while read -r file; do
  pkg=./$(dirname "${file#./}")
  for target in $(grep -o '^func Fuzz[A-Za-z0-9_]*' "$file" | sed 's/^func //'); do
    echo "fuzz $pkg $target for $dur"
    # A failure that saved no failing input (testdata/fuzz/$target) is the
    # fuzzing engine's own (a worker that hung on a loaded machine): shown
    # whole and run once more. A saved input always fails the run.
    for try in 1 2; do
      before=$(saved "$pkg/testdata/fuzz/$target")
      if go test -run '^$' -fuzz "^${target}\$" -fuzztime "$dur" -parallel 2 "$pkg" > "$log" 2>&1; then
        tail -3 "$log"
        break
      fi
      tail -40 "$log"
      after=$(saved "$pkg/testdata/fuzz/$target")
      if [ "$after" != "$before" ] || [ "$try" = 2 ]; then exit 1; fi
      echo "fuzz: no failing input was saved; running $target again"
    done
  done
done
