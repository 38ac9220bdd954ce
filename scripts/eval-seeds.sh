#!/usr/bin/env bash
# Scores ergraph's extraction on the seed corpus with ../shared/eval/score.py.
#
#   scripts/eval-seeds.sh          print the score and the time 'build' takes
#   scripts/eval-seeds.sh --gate   also fail (exit 1) below the CI thresholds
#
# When ../shared is absent it says so and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${ERGRAPH_SHARED:-../shared}
if [ ! -f "$shared/eval/score.py" ] || [ ! -d "$shared/corpus/seeds" ]; then
  echo "eval-seeds: $shared/eval not found; nothing to score"
  exit 0
fi
gate=()
if [ "${1:-}" = "--gate" ]; then
  # Slightly below what is measured (entity F1 0.937, typed 0.937), so noise does not block.
  gate=(--min-entity-f1 "${MIN_ENTITY_F1:-0.92}" --min-typed-f1 "${MIN_TYPED_F1:-0.92}" \
        --min-relation-recall "${MIN_RELATION_RECALL:-0.83}")
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
go build -o "$out/ergraph" ./cmd/ergraph
"$out/ergraph" extract -q "$shared/corpus/seeds" > "$out/extract.jsonl"
start=$(date +%s.%N)
"$out/ergraph" build -q -o "$out/build" "$shared/corpus/seeds" > "$out/summary.txt"
end=$(date +%s.%N)
python3 "$shared/eval/score.py" --extract "$out/extract.jsonl" --graphml "$out/build/graph.graphml" "${gate[@]}"
cmp -s "$out/extract.jsonl" "$out/build/entities.jsonl" || { echo "eval-seeds: extract and build disagree"; exit 1; }
python3 -c "import sys; print(f\"build on {sys.argv[1]}: {float(sys.argv[3])-float(sys.argv[2]):.2f} s\")" "$shared/corpus/seeds" "$start" "$end"
