package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/ergraph/ergraph/extract/ner"
)

const trainUsage = `Usage: ergraph train [flags] -o MODEL FILE...

Trains an entity model (an averaged perceptron over words, shapes, affixes,
part-of-speech tags, word classes, gazetteers, sentence casing and the
labels given earlier in the same document) from annotated sentences,
reports its mention-level precision, recall and F1 per type on sentences
kept out of training (and on each -dev file), and writes it to MODEL. Use
it with 'ergraph build -model MODEL'.

A FILE is either CoNLL column format (one token per line, the word first
and its BIO or IOB1 label last, PER/ORG/LOC/MISC or Person/Organization/
Place/Misc; an optional part-of-speech tag between; a blank line between
sentences; -DOCSTART- between documents), CoNLL04 JSON (a list of
{"tokens", "entities"}; Peop/Org/Loc, with Other read as no entity), or
the GMB ner_dataset.csv, recognised by its header. Every token is tagged again with the pipeline's
part-of-speech tagger, so that training sees what extraction will.

Examples:
  ergraph train -o my.model annotated.conll
  ergraph train -o ner.bin.gz -dev ../shared/data/conll2003/dev.txt \
      -dev ../shared/data/conll04/dev.json \
      ../shared/data/conll2003/train.txt ../shared/data/conll04/train.json
`

func runTrain(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "train", trainUsage)
	var out string
	var dev stringList
	var epochs, holdout, upper, runs int
	var seed uint64
	fs.StringVar(&out, "o", "", "write the model to this `file` (required)")
	fs.Var(&dev, "dev", "also report on this CoNLL or CoNLL04 `file` (never trained on; repeatable)")
	fs.IntVar(&epochs, "epochs", 0, "passes over the data (0: the default, 10)")
	fs.IntVar(&holdout, "holdout", 10, "hold out every Nth block of 100 sentences for the report (0: none)")
	fs.IntVar(&upper, "upper", 10, "add an upper-case copy of every Nth training sentence (0: none)")
	fs.Uint64Var(&seed, "seed", 1, "random seed")
	fs.IntVar(&runs, "runs", 0, "average the weights of this many training runs, each shuffled with its own seed (0: the default, 5)")
	files, err := fs.parse(args)
	if err != nil {
		return err
	}
	if out == "" || len(files) == 0 {
		return fmt.Errorf("%w: train needs -o MODEL and at least one FILE", errUsage)
	}
	var train, test []ner.Sentence
	for _, name := range files {
		data, gmb, err := readTrainingFile(name)
		if err != nil {
			return err
		}
		tr, te := split(data, holdout)
		if gmb {
			tr = ner.AugmentGMB(tr, seed)
		} else {
			tr = ner.Undot(tr, seed)
		}
		train = append(train, renumber(tr, train)...)
		test = append(test, renumber(te, test)...)
	}
	caps, err := ner.AugmentCase(train, upper)
	if err != nil {
		return fmt.Errorf("train: %w", err)
	}
	train = append(train, caps...)
	fmt.Fprintf(e.stdout, "training on %d sentences, holding out %d\n", len(train), len(test))
	m, err := ner.Train(ctx, train, ner.TrainOptions{Epochs: epochs, Seed: seed, Runs: runs,
		Progress: func(epoch int, errRate float64) {
			fmt.Fprintf(e.stderr, "epoch %d: %.2f%% of tokens wrong\n", epoch, 100*errRate)
		}})
	if err != nil {
		return fmt.Errorf("train: %w", err)
	}
	if len(test) > 0 {
		fmt.Fprintf(e.stdout, "\nheld out:\n%s", ner.Evaluate(m, test))
	}
	for _, name := range dev {
		data, _, err := readTrainingFile(name)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "\n%s:\n%s", name, ner.Evaluate(m, data))
	}
	if err := writeModel(out, m); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\nwrote %s\n", out)
	return nil
}

func writeModel(out string, m *ner.Model) error {
	f, err := createAtomic(out)
	if err != nil {
		return err
	}
	defer f.Abort()
	if err := m.Write(f); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return f.Commit()
}

// readTrainingFile reads a CoNLL file, CoNLL04 JSON (a file that starts
// with '[') or the GMB CSV (by its header) and tags it with the
// pipeline's part-of-speech tagger. GMB sentences are cleaned as
// ner.CleanGMB describes and marked as a domain of their own.
func readTrainingFile(name string) (data []ner.Sentence, gmb bool, err error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, false, fmt.Errorf("open training data: %w", err)
	}
	defer f.Close()
	br := bufio.NewReader(f)
	head, _ := br.Peek(16)
	gmb = strings.HasPrefix(string(head), "Sentence #,Word")
	switch {
	case gmb:
		data, err = ner.ReadGMB(br)
	case strings.HasPrefix(strings.TrimLeft(string(head), " \t\r\n"), "["):
		// CoNLL04 shares every feature with CoNLL-2003: with its titles
		// moved out of person spans (ReadCoNLL04) its conventions agree,
		// and a domain of its own measured lower on CoNLL04 dev (mention
		// F1 0.69 against 0.77) and on its relations end to end.
		data, err = ner.ReadCoNLL04(br)
	default:
		data, err = ner.ReadTraining(br)
	}
	if err != nil {
		return nil, false, fmt.Errorf("read %s: %w", name, err)
	}
	if data, err = ner.RetagProse(data); err != nil {
		return nil, false, fmt.Errorf("tag %s: %w", name, err)
	}
	if gmb {
		data = ner.CleanGMB(data)
		for i := range data {
			data[i].Domain = 1 // its own conventions: see ner.Sentence
		}
	}
	return data, gmb, nil
}

// split holds out every nth block of 100 sentences.
func split(data []ner.Sentence, n int) (train, test []ner.Sentence) {
	for i, s := range data {
		if n > 0 && (i/100)%n == n-1 {
			test = append(test, s)
		} else {
			train = append(train, s)
		}
	}
	return train, test
}

// renumber shifts the documents of data past the last one of before, so
// that files appended to each other keep their documents apart.
func renumber(data, before []ner.Sentence) []ner.Sentence {
	if len(before) == 0 || len(data) == 0 {
		return data
	}
	base := before[len(before)-1].Doc + 1 - data[0].Doc
	for i := range data {
		data[i].Doc += base
	}
	return data
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }
