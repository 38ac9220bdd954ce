#!/usr/bin/env bash
# Reproduces the entity model shipped in the binary (extract/ner/model/ner.bin.gz)
# and its report (extract/ner/model/report.txt):
#
#   scripts/train-model.sh [path/to/shared/data]
#
# It trains on the CoNLL-2003 English training set and the entities of the
# CoNLL04 training set (every tenth block of 100 sentences held out for the
# report, plus upper-case and headline-case copies of every tenth sentence;
# the weights averaged over five runs), reports mention-level scores on the held-out part
# and on the CoNLL-2003 and CoNLL04 development sets (never trained on), and scores the
# model on GMB's held-out part. The word classes and gazetteers it reads are
# extract/ner/data/*.tsv.gz (scripts/build-lexicon.py). Same data, same bytes.
# About a minute of CPU.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$root/../shared/data}"
for f in conll2003/train.txt conll2003/dev.txt conll04/train.json conll04/dev.json gmb/ner_dataset.csv; do
	if [[ ! -f "$data/$f" ]]; then
		echo "train-model: $data/$f not found" >&2
		exit 1
	fi
done
cd "$root"
bin="$(mktemp -d)/ergraph"
go build -o "$bin" ./cmd/ergraph
report=extract/ner/model/report.txt
{
	echo "# scripts/train-model.sh: ergraph train -o extract/ner/model/ner.bin.gz -dev conll2003/dev.txt -dev conll04/dev.json conll2003/train.txt conll04/train.json"
	echo "# (CoNLL04 labels Other as no entity, so its Misc row scores nothing)"
	"$bin" train -o extract/ner/model/ner.bin.gz -dev "$data/conll2003/dev.txt" -dev "$data/conll04/dev.json" \
		"$data/conll2003/train.txt" "$data/conll04/train.json" 2>/dev/null
	echo
	echo "# ergraph eval gmb/ner_dataset.csv (its held-out part; GMB is not trained on)"
	go run ./cmd/ergraph eval "$data/gmb/ner_dataset.csv"
} | sed "s|$data/||g" >"$report"
echo "wrote extract/ner/model/ner.bin.gz ($(wc -c <extract/ner/model/ner.bin.gz) bytes) and $report"
