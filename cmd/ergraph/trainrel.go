package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/extract/pos"
	"github.com/ergraph/ergraph/extract/relation"
)

const trainRelationsUsage = `Usage: ergraph train-relations [flags] -o MODEL TRAIN.json

Trains the relation classifier (WORKS_FOR, KILLED, LOCATED_IN, BASED_IN,
LIVES_IN) on CoNLL04-format JSON, calibrates its probabilities on
cross-fitted held-out scores, prints the reliability table and the
smallest confidence threshold whose held-out precision is at least
-precision, and writes the model to MODEL. With -dev it also scores the
model on development data with the gold entities given, per type.
The shipped model (extract/relation/model/relation.bin.gz) is made by
scripts/train-relations.sh.

Examples:
  ergraph train-relations -o relation.bin.gz ../shared/data/conll04/train.json
  ergraph train-relations -dev ../shared/data/conll04/dev.json -o relation.bin.gz ../shared/data/conll04/train.json
`

func runTrainRelations(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "train-relations", trainRelationsUsage)
	var out, dev string
	var epochs int
	var pipeline bool
	var precision, l2 float64
	var seed uint64
	fs.StringVar(&out, "o", "", "write the model to this `file` (required)")
	fs.StringVar(&dev, "dev", "", "score on this CoNLL04-format `file` with gold entities")
	fs.IntVar(&epochs, "epochs", 0, "passes over the data (0: the default, 20)")
	fs.Float64Var(&precision, "precision", 0.8, "held-out precision the reported threshold must reach")
	fs.Float64Var(&l2, "l2", 0, "L2 penalty per update (0: the default, 1e-3)")
	fs.BoolVar(&pipeline, "pipeline", true, "also train on each sentence as the extraction pipeline reads it")
	fs.Uint64Var(&seed, "seed", 1, "random seed")
	files, err := fs.parse(args)
	if err != nil {
		return err
	}
	if out == "" || len(files) != 1 {
		return fmt.Errorf("%w: train-relations needs -o MODEL and one TRAIN file", errUsage)
	}
	train, err := readCoNLL04(files[0])
	if err != nil {
		return err
	}
	if pipeline {
		// Also each sentence as the pipeline reads it, with its own
		// entities and types, so that the model learns their errors too.
		x, err := extract.New(extract.Options{})
		if err != nil {
			return err
		}
		n := len(train)
		for i := range n {
			text := detok(train[i].Tokens)
			train = append(train, relation.Align(train[i], x.RelationSentences(extract.Input{ID: "s", Text: text}))...)
		}
	}
	m, held, err := relation.Train(train, relation.TrainOptions{Epochs: epochs, L2: l2, Seed: seed})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "trained on %d sentences; cross-fitted held-out predictions:\n", len(train))
	printReliability(e.stdout, held)
	th := threshold(held, precision)
	fmt.Fprintf(e.stdout, "smallest threshold with held-out precision >= %.2f: %.2f\n", precision, th)
	// Also at the extractor's default, which need not be th.
	ts := []float64{0.5, th, extract.DefaultMinConfidence}
	slices.Sort(ts)
	ts = slices.Compact(ts)
	for _, t := range ts {
		fmt.Fprintf(e.stdout, "held out, min confidence %.2f: %s\n", t, heldCounts(held, t))
	}
	if dev != "" {
		data, err := readCoNLL04(dev)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "\n%s, gold entities, reliability:\n", dev)
		printReliability(e.stdout, m.Score(data))
		for _, mc := range ts {
			fmt.Fprintf(e.stdout, "\n%s, gold entities, min confidence %.2f:\n", dev, mc)
			printCounts(e.stdout, m.Evaluate(data, mc))
		}
	}
	f, err := createAtomic(out)
	if err != nil {
		return err
	}
	defer f.Abort()
	if _, err := m.WriteTo(f); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	if err := f.Commit(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\nwrote %s\n", out)
	return nil
}

// readCoNLL04 reads a CoNLL04 JSON file and tags it as the pipeline would.
func readCoNLL04(name string) ([]relation.Example, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("open relation data: %w", err)
	}
	defer f.Close()
	data, err := relation.ReadCoNLL04(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	tagger, err := pos.Load()
	if err != nil {
		return nil, err
	}
	for i := range data {
		words := make([]string, len(data[i].Tokens))
		for j, t := range data[i].Tokens {
			words[j] = t.Text
		}
		tags := make([]string, len(words))
		tagger.Tag(words, tags)
		for j, t := range tags {
			data[i].Tokens[j].Tag = t
		}
	}
	return data, nil
}

func printReliability(w io.Writer, preds []relation.Scored) {
	fmt.Fprintf(w, "  %-11s %6s %10s %9s\n", "confidence", "n", "mean conf", "accuracy")
	for _, b := range relation.Reliability(preds, 10) {
		if b.N > 0 {
			fmt.Fprintf(w, "  %.1f-%.1f     %6d %10.3f %9.3f\n", b.Lo, b.Hi, b.N, b.MeanConfidence, b.Accuracy)
		}
	}
}

// threshold is the smallest confidence (in steps of 0.01) at which the
// predictions at or above it reach the wanted precision.
func threshold(preds []relation.Scored, want float64) float64 {
	for t := 0.01; t < 1; t += 0.01 {
		n, right := 0, 0
		for _, p := range preds {
			if p.Confidence >= t {
				n++
				if p.Correct {
					right++
				}
			}
		}
		if n > 0 && float64(right)/float64(n) >= want {
			return float64(int(t*100+0.5)) / 100
		}
	}
	return 1
}

// heldCounts scores held-out predictions at a threshold: a pair holding a
// relation that is not predicted right counts as missed.
func heldCounts(preds []relation.Scored, t float64) relation.Counts {
	var c relation.Counts
	for _, p := range preds {
		switch {
		case p.Confidence >= t && p.Correct:
			c.TP++
		case p.Confidence >= t:
			c.FP++
			if p.Positive {
				c.FN++
			}
		case p.Positive:
			c.FN++
		}
	}
	return c
}

func printCounts(w io.Writer, per map[string]relation.Counts) {
	var types []string
	var all relation.Counts
	for t, c := range per {
		types = append(types, t)
		all.Add(c)
	}
	sort.Strings(types)
	for _, t := range types {
		fmt.Fprintf(w, "  %-11s %s\n", t, per[t])
	}
	fmt.Fprintf(w, "  %-11s %s\n", "all", all)
}

var (
	detokPunct = regexp.MustCompile(` ([.,;:!?%)'])( |$)`)
	detokOpen  = regexp.MustCompile(`([($]) `)
)

// detok joins tokens into text as the CoNLL04 scorer (relscore.py) writes
// its documents.
func detok(toks []relation.Token) string {
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = t.Text
	}
	s := strings.Join(ws, " ")
	for {
		t := detokPunct.ReplaceAllString(s, "$1$2")
		if t == s {
			break
		}
		s = t
	}
	s = detokOpen.ReplaceAllString(s, "$1")
	return strings.ReplaceAll(strings.ReplaceAll(s, " 's ", "'s "), " n't", "n't")
}
