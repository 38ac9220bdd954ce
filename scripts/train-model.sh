#!/usr/bin/env bash
# Reproduces the entity model shipped in the binary (extract/model/ner.bin.gz)
# from the GMB corpus, and records its held-out scores next to prose's
# default model in extract/model/heldout.txt.
#
#   scripts/train-model.sh [path/to/ner_dataset.csv]
#
# The corpus defaults to ../shared/data/gmb/ner_dataset.csv beside the
# checkout. What it does (see TestTrainGMB in extract/train_test.go):
# ReadGMB; re-tag every token with prose's part-of-speech tagger (the tags the
# extraction pipeline gives the model); CleanGMB (names without titles, one
# type per name); SplitGMB (every tenth block of 100 sentences is held out and
# never trained on); AugmentGMB on the training part (undotted "US", "Mr");
# Train with the default options and seed 1; Evaluate on the held-out part,
# and prose's default model on the same sentences. Same corpus, same bytes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
gmb="${1:-$root/../shared/data/gmb/ner_dataset.csv}"
if [[ ! -f "$gmb" ]]; then
	echo "train-model: GMB corpus not found at $gmb" >&2
	exit 1
fi
gmb="$(cd "$(dirname "$gmb")" && pwd)/$(basename "$gmb")"
cd "$root"
go test ./extract -run '^TestTrainGMB$' -count=1 -timeout 60m -v -args \
	-gmb "$gmb" \
	-model-out "$root/extract/model/ner.bin.gz" \
	-report-out "$root/extract/model/heldout.txt"
echo "wrote extract/model/ner.bin.gz ($(wc -c <"$root/extract/model/ner.bin.gz") bytes) and extract/model/heldout.txt"
