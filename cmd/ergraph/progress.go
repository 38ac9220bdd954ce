package main

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/extract/corpus"
)

// progress draws one status line on a terminal's stderr: documents done,
// their rate, the token rate and, once the inputs are counted, the time
// left. It draws nothing when stderr is not a terminal or with -q.
type progress struct {
	e     env
	on    bool
	start time.Time
	last  time.Time
	total atomic.Int64 // documents in the input, once counted; 0 before
}

func newProgress(e env, quiet bool) *progress {
	return &progress{e: e, on: e.terminal && !quiet, start: time.Now()}
}

func (p *progress) update(docs, tokens int) {
	if !p.on || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	elapsed := time.Since(p.start)
	rate := float64(docs) / elapsed.Seconds()
	eta := ""
	if total := p.total.Load(); total > 0 && rate > 0 {
		left := time.Duration(float64(max(total-int64(docs), 0)) / rate * float64(time.Second))
		eta = fmt.Sprintf("  %d%%  ETA %s", 100*int64(docs)/total, left.Round(time.Second))
	}
	p.draw("%d documents  %.0f docs/s  %.0f tokens/s  %s%s", docs, rate, float64(tokens)/elapsed.Seconds(),
		elapsed.Round(time.Second), eta)
}

// count counts the documents in paths, articles and extracted ones, for
// the time left. Standard input cannot be read twice, so it is not
// counted.
func (p *progress) count(ctx context.Context, paths []string, onlyExtracted bool) {
	n := int64(0)
	for _, path := range paths {
		if path == "-" {
			return
		}
	}
	err := corpus.Read(ctx, paths, corpus.Options{OnlyExtracted: onlyExtracted,
		Extracted: func(extract.Document) error { n++; return nil },
	}, func(extract.Input) error { n++; return nil })
	if err == nil {
		p.total.Store(n)
	}
}

// step shows a named stage of a long run, such as centrality.
func (p *progress) step(format string, args ...any) {
	if time.Since(p.last) >= 200*time.Millisecond {
		p.draw(format, args...)
	}
}

func (p *progress) draw(format string, args ...any) {
	if !p.on {
		return
	}
	p.last = time.Now()
	fmt.Fprintf(p.e.stderr, "\r\x1b[K"+format, args...)
}

func (p *progress) finish() {
	if p.on && !p.last.IsZero() {
		fmt.Fprint(p.e.stderr, "\r\x1b[K")
	}
	p.last = time.Time{}
}
