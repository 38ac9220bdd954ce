#!/usr/bin/env bash
# Reproduces the relation model shipped in the binary
# (extract/relation/model/relation.bin.gz) from CoNLL04 train, and records
# in extract/relation/model/report.txt its held-out reliability table, its
# scores on CoNLL04 dev with the gold entities given, and the end-to-end
# score on dev with the extractor's own entities (../shared/eval/relscore.py).
#
#   scripts/train-relations.sh [path/to/conll04]
#
# The data defaults to ../shared/data/conll04 beside the checkout. Training
# reads each train sentence twice: with the gold entities, and as the
# pipeline reads it (its own entities and types), so retrain after the
# entity model changes. Dev is only measured, never trained or tuned on.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$root/../shared/data/conll04}"
for f in train.json dev.json; do
	if [[ ! -f "$data/$f" ]]; then
		echo "train-relations: $data/$f not found" >&2
		exit 1
	fi
done
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/ergraph" ./cmd/ergraph
report=extract/relation/model/report.txt
{
	echo "# made by scripts/train-relations.sh; ergraph train-relations -dev dev.json train.json"
	"$tmp/ergraph" train-relations -dev "$data/dev.json" -o "$tmp/relation.bin.gz" "$data/train.json"
} >"$tmp/report.txt"
cp "$tmp/relation.bin.gz" extract/relation/model/relation.bin.gz
# End to end, with the new model built in.
go build -o "$tmp/ergraph" ./cmd/ergraph
shared="$root/../shared"
if [[ -f "$shared/eval/relscore.py" ]]; then
	python3 "$shared/eval/relscore.py" prepare "$data/dev.json" "$tmp/dev" >/dev/null
	"$tmp/ergraph" extract -q "$tmp/dev/docs" >"$tmp/rel.jsonl"
	{
		echo
		echo "$data/dev.json, the extractor's own entities (relscore.py), -min-confidence default:"
		python3 "$shared/eval/relscore.py" score "$tmp/dev/gold.json" "$tmp/rel.jsonl"
	} >>"$tmp/report.txt"
fi
sed "s|$tmp/relation.bin.gz|extract/relation/model/relation.bin.gz|; s|$root/||g" "$tmp/report.txt" >"$report"
echo "wrote extract/relation/model/relation.bin.gz ($(wc -c <extract/relation/model/relation.bin.gz) bytes) and $report"
