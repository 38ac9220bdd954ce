package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/extract/eval"
	"github.com/ergraph/ergraph/extract/ner"
)

const evalUsage = `Usage: ergraph eval [flags] [CONLL...]
       ergraph eval [flags] -gold GOLD.json DOCS

Scores an entity model, the built-in one or -model FILE.

With CONLL files (column format as 'ergraph train' reads, e.g. the
CoNLL-2003 development set), it tags every sentence with the model alone
and prints mention-level precision, recall and F1 per type: a mention
counts when its span and type are exactly right. Of the GMB
ner_dataset.csv it scores the part 'ergraph train' holds out (every tenth
block of 100 sentences).

With -gold, it runs the whole extraction over the articles in DOCS and
scores each document's entity set against the gold file (the format of
ergraph's shared gold and of conll2gold.py's output): an entity counts
when its name is one of a gold entity's aliases, and with types when its
type is acceptable. -v lists each document's misses and false positives.

Examples:
  ergraph eval ../shared/data/conll2003/dev.txt
  ergraph eval -model my.model my-annotations.conll
  python3 ../shared/eval/conll2gold.py ../shared/data/conll2003/dev.txt /tmp/dev
  ergraph eval -gold /tmp/dev/gold.json /tmp/dev/docs
`

func runEval(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "eval", evalUsage)
	var f inputFlags
	f.register(fs.FlagSet)
	var goldFile string
	var verbose bool
	fs.StringVar(&goldFile, "gold", "", "score the documents in the arguments against this gold `file`")
	fs.BoolVar(&verbose, "v", false, "with -gold, list each document's misses and false positives")
	files, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("%w: eval needs CoNLL files, or -gold GOLD.json and a documents folder", errUsage)
	}
	if goldFile != "" {
		return evalGold(ctx, e, f, goldFile, files, verbose)
	}
	m, err := loadModel(f.model)
	if err != nil {
		return err
	}
	for _, name := range files {
		data, gmb, err := readTrainingFile(name)
		if err != nil {
			return err
		}
		if gmb {
			_, data = split(data, 10) // the part 'ergraph train' holds out
		}
		fmt.Fprintf(e.stdout, "%s (mention level, %d sentences):\n%s\n", name, len(data), ner.Evaluate(m, data))
	}
	return nil
}

// loadModel reads the entity model in file, or the built-in one.
func loadModel(file string) (*ner.Model, error) {
	if file == "" {
		return ner.DefaultModel()
	}
	r, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("open model: %w", err)
	}
	defer r.Close()
	m, err := ner.ReadModel(r)
	if err != nil {
		return nil, fmt.Errorf("read model %s: %w", file, err)
	}
	return m, nil
}

func evalGold(ctx context.Context, e env, f inputFlags, goldFile string, paths []string, verbose bool) error {
	r, err := os.Open(goldFile)
	if err != nil {
		return fmt.Errorf("open gold: %w", err)
	}
	gold, err := eval.ReadGold(r)
	r.Close()
	if err != nil {
		return err
	}
	f.quiet = true
	docs := map[string][]eval.Entity{}
	_, err = (&pipeline{e: e, flags: f}).run(ctx, paths, func(d extract.Document) error {
		id := strings.TrimSuffix(filepath.Base(d.ID), filepath.Ext(d.ID))
		for _, x := range d.Entities {
			docs[id] = append(docs[id], eval.Entity{Name: x.Name, Type: string(x.Type)})
		}
		return nil
	})
	if err != nil {
		return err
	}
	res := gold.Score(docs)
	if verbose {
		for _, d := range res.Docs {
			fmt.Fprintf(e.stdout, "%s: tp=%d fp=%d fn=%d typed_tp=%d missed=%q false=%q wrong_type=%q\n",
				d.Doc, d.TP, d.FP, d.FN, d.TypedTP, d.Missed, d.FalsePos, d.WrongType)
		}
	}
	p := func(name string, s eval.PRF) {
		fmt.Fprintf(e.stdout, "%-8s P %.3f  R %.3f  F1 %.3f\n", name, s.Precision, s.Recall, s.F1)
	}
	fmt.Fprintf(e.stdout, "%d documents (document level)\n", len(res.Docs))
	p("entity", res.Entity)
	p("typed", res.Typed)
	for _, t := range extract.Types {
		if s, ok := res.ByType[string(t)]; ok {
			p("  "+string(t), s)
		}
	}
	return nil
}
