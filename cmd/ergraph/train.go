package main

import (
	"context"
	"fmt"
	"os"

	"github.com/ergraph/ergraph/extract"
)

const trainUsage = `Usage: ergraph train [flags] -o MODEL FILE...

Trains an entity model (an averaged perceptron over words, shapes, affixes,
part-of-speech tags and context) from annotated sentences, reports its
precision, recall and F1 per type on held-out sentences next to the
built-in model's, and writes it to MODEL. Use it with
'ergraph build -model MODEL'.

FILE is in column format (-format conll): one token per line, the word
first and its BIO label last ("B-Person", "I-Organization", "O"; PER, ORG,
LOC, GPE and EVENT are accepted too), an optional part-of-speech tag
between, and a blank line between sentences. -format gmb reads the GMB
ner_dataset.csv.

Examples:
  ergraph train -o my.model annotated.conll
  ergraph train -format gmb -epochs 8 -o gmb.model ../shared/data/gmb/ner_dataset.csv
`

func runTrain(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "train", trainUsage)
	var out, format string
	var epochs, holdout int
	var seed uint64
	fs.StringVar(&out, "o", "", "write the model to this `file` (required)")
	fs.StringVar(&format, "format", "conll", "input format: conll or gmb")
	fs.IntVar(&epochs, "epochs", 0, "passes over the data (0: the default, 10)")
	fs.IntVar(&holdout, "holdout", 10, "hold out every Nth block of 100 sentences for evaluation (0: none)")
	fs.Uint64Var(&seed, "seed", 1, "random seed")
	files, err := fs.parse(args)
	if err != nil {
		return err
	}
	if out == "" || len(files) == 0 {
		return fmt.Errorf("%w: train needs -o MODEL and at least one FILE", errUsage)
	}
	if format != "conll" && format != "gmb" {
		return fmt.Errorf("%w: -format %q: want conll or gmb", errUsage, format)
	}
	var data []extract.Sentence
	for _, name := range files {
		s, err := readSentences(name, format)
		if err != nil {
			return err
		}
		data = append(data, s...)
	}
	if format == "gmb" {
		// As the built-in model was trained (scripts/train-model.sh reproduces
		// it exactly): the pipeline's part-of-speech tags, person names without
		// titles, one type per name, and dotted abbreviations also undotted.
		if data, err = extract.RetagProse(data); err != nil {
			return fmt.Errorf("tag training data: %w", err)
		}
		data = extract.CleanGMB(data)
	}
	train, test := split(data, holdout)
	if format == "gmb" {
		train = extract.AugmentGMB(train, seed)
	}
	if len(train) == 0 {
		return fmt.Errorf("no training sentences in %v", files)
	}
	fmt.Fprintf(e.stdout, "training on %d sentences, holding out %d\n", len(train), len(test))
	m, err := extract.Train(ctx, train, extract.TrainOptions{Epochs: epochs, Seed: seed,
		Progress: func(epoch int, errRate float64) {
			fmt.Fprintf(e.stderr, "epoch %d: %.2f%% of tokens wrong\n", epoch, 100*errRate)
		}})
	if err != nil {
		return fmt.Errorf("train: %w", err)
	}
	if len(test) > 0 {
		fmt.Fprintf(e.stdout, "\nheld out, trained model:\n%s", extract.Evaluate(m, test))
		if def, err := extract.DefaultModel(); err == nil {
			fmt.Fprintf(e.stdout, "\nheld out, built-in model:\n%s", extract.Evaluate(def, test))
		}
	}
	f, err := createAtomic(out)
	if err != nil {
		return err
	}
	defer f.Abort()
	if err := m.Write(f); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	if err := f.Commit(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\nwrote %s\n", out)
	return nil
}

func readSentences(name, format string) ([]extract.Sentence, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("open training data: %w", err)
	}
	defer f.Close()
	read := extract.ReadTraining
	if format == "gmb" {
		read = extract.ReadGMB
	}
	s, err := read(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return s, nil
}

// split holds out every nth block of 100 sentences.
func split(data []extract.Sentence, n int) (train, test []extract.Sentence) {
	for i, s := range data {
		if n > 0 && (i/100)%n == n-1 {
			test = append(test, s)
		} else {
			train = append(train, s)
		}
	}
	return train, test
}
