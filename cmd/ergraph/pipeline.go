package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/extract/corpus"
	"github.com/ergraph/ergraph/extract/ner"
)

// errStrict marks a run stopped at the first bad input by -strict.
var errStrict = errors.New("stopped by -strict")

// inputFlags are the flags of every command that reads articles.
type inputFlags struct {
	maxBytes int64
	strict   bool
	workers  int
	quiet    bool
	model    string
	minConf  float64
	// extracted reads every input as documents 'ergraph extract' wrote.
	extracted bool
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.Int64Var(&f.maxBytes, "max-bytes", corpus.DefaultMaxBytes, fmt.Sprintf("skip articles (and JSON lines) larger than this many `bytes` (lines of extracted documents: %d times as many)", corpus.ExtractedFactor))
	fs.BoolVar(&f.strict, "strict", false, "stop at the first input that has to be skipped")
	fs.IntVar(&f.workers, "workers", runtime.GOMAXPROCS(0), "extract this many documents at once")
	fs.BoolVar(&f.quiet, "q", false, "print no progress")
	fs.StringVar(&f.model, "model", "", "entity model `file` written by 'ergraph train' (default: the built-in model)")
	fs.Float64Var(&f.minConf, "min-confidence", extract.DefaultMinConfidence,
		"keep typed relations at least this likely to be right (a `probability` in (0,1]; the default gives precision about 0.8)")
	fs.BoolVar(&f.extracted, "extracted", false,
		"read every input as the JSON Lines of 'ergraph extract' (without it, such lines are recognised by their fields)")
}

// stats counts what a pipeline run read.
type stats struct {
	documents, tokens, skipped int
	merged                     int // nodes merged across documents by graph.Resolve
	stored                     int // documents in the database after a load
}

// pipeline reads articles, extracts them in parallel and hands the
// documents on in input order, with the documents extracted before
// (corpus.Options.Extracted) in their places.
type pipeline struct {
	e     env
	flags inputFlags
	// rerun says what running the command again does after an interrupt
	// during extraction; rerunNothing if "".
	rerun string
}

func (p *pipeline) extractor() (*extract.Extractor, error) {
	opt := extract.Options{MinConfidence: p.flags.minConf}
	if p.flags.model != "" {
		f, err := os.Open(p.flags.model)
		if err != nil {
			return nil, fmt.Errorf("open model: %w", err)
		}
		defer f.Close()
		m, err := ner.ReadModel(f)
		if err != nil {
			return nil, fmt.Errorf("read model %s: %w", p.flags.model, err)
		}
		opt.Model = m
	}
	return extract.New(opt)
}

type job struct {
	seq int
	in  extract.Input
	doc extract.Document
	// ready marks a document extracted before: doc is set, in is not.
	ready bool
}

// run calls each with the document of every article found in paths, in
// input order. It returns an error wrapping corpus.ErrSkipped if inputs
// were skipped, and an error if no document was read at all.
func (p *pipeline) run(ctx context.Context, paths []string, each func(extract.Document) error) (stats, error) {
	var st stats
	if len(paths) == 0 {
		return st, fmt.Errorf("%w: no input paths given", errUsage)
	}
	setPhase("extraction", cmp.Or(p.rerun, rerunNothing))
	if !(p.flags.minConf > 0 && p.flags.minConf <= 1) { // NaN too
		return st, fmt.Errorf("%w: -min-confidence %v: want a probability in (0,1]", errUsage, p.flags.minConf)
	}
	if p.flags.workers < 1 {
		return st, fmt.Errorf("%w: -workers %d: want 1 or more", errUsage, p.flags.workers)
	}
	if p.flags.maxBytes < 1 {
		return st, fmt.Errorf("%w: -max-bytes %d: want 1 or more", errUsage, p.flags.maxBytes)
	}
	// The models load with the first article, so that a run over
	// extracted documents alone does not wait for them; a model the user
	// named is checked at once.
	extractor := sync.OnceValues(p.extractor)
	var articles atomic.Bool // whether extractor was called
	if p.flags.model != "" {
		if _, err := extractor(); err != nil {
			return st, err
		}
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	workers := max(p.flags.workers, 1)
	// Tokens bound the documents in flight, so memory stays flat however
	// slow one document is.
	tokens := make(chan struct{}, 4*workers)
	jobs := make(chan job)
	done := make(chan job, 4*workers)
	bar := newProgress(p.e, p.flags.quiet)
	if bar.on {
		go bar.count(ctx, paths, p.flags.extracted)
	}

	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		send := func(j job) error {
			j.seq = seq
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
			seq++
			return nil
		}
		readErr = corpus.Read(ctx, paths, corpus.Options{MaxBytes: p.flags.maxBytes, Stdin: p.e.stdin,
			Skip: p.skipper(&st), OnlyExtracted: p.flags.extracted,
			Extracted: func(d extract.Document) error { return send(job{doc: d, ready: true}) },
		}, func(in extract.Input) error { return send(job{in: in}) })
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if !j.ready {
					articles.Store(true)
					x, err := extractor()
					if err != nil {
						cancel(err)
						<-tokens
						continue
					}
					j.doc = x.Extract(j.in)
				}
				done <- j
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	pending := map[int]job{}
	next := 0
	var eachErr error
	for j := range done {
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-tokens
			if eachErr != nil {
				continue
			}
			st.documents++
			st.tokens += j.doc.Tokens
			bar.update(st.documents, st.tokens)
			if err := each(j.doc); err != nil {
				eachErr = err
				cancel(err)
			}
		}
	}
	bar.finish()
	if hidden := st.skipped - maxWarnings; hidden > 0 && !p.flags.strict {
		fmt.Fprintf(p.e.stderr, "ergraph: warning: %s not shown (%d skipped in all)\n", plural(hidden, "more skipped input"), st.skipped)
	}
	var loadErr error
	if articles.Load() {
		_, loadErr = extractor()
	}
	switch {
	case eachErr != nil:
		return st, eachErr
	case loadErr != nil:
		return st, loadErr
	case readErr != nil:
		return st, readErr
	case st.documents == 0 && st.skipped > 0:
		return st, fmt.Errorf("no documents read: %s skipped", plural(st.skipped, "input"))
	case st.documents == 0:
		return st, errors.New("no documents read")
	case st.skipped > 0:
		return st, fmt.Errorf("%s %w (see the warnings above)", plural(st.skipped, "input"), corpus.ErrSkipped)
	}
	return st, ctx.Err()
}

// maxWarnings is how many skipped inputs are named one by one; the rest
// are counted in one line at the end, so that a broken feed of a million
// lines does not print a million warnings.
const maxWarnings = 20

// skipper warns about each skipped input, up to maxWarnings, and stops
// the run under -strict.
func (p *pipeline) skipper(st *stats) func(*corpus.SkipError) error {
	var mu sync.Mutex
	return func(e *corpus.SkipError) error {
		mu.Lock()
		defer mu.Unlock()
		st.skipped++
		if p.flags.strict {
			return fmt.Errorf("%w: %w", errStrict, e)
		}
		if st.skipped <= maxWarnings {
			fmt.Fprintf(p.e.stderr, "ergraph: warning: skipped %v\n", e)
		}
		return nil
	}
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
