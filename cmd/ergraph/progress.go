package main

import (
	"fmt"
	"time"
)

// progress draws one status line on a terminal's stderr: documents done,
// their rate and the token rate. It draws nothing when stderr is not a
// terminal or with -q.
type progress struct {
	e     env
	on    bool
	start time.Time
	last  time.Time
}

func newProgress(e env, quiet bool) *progress {
	return &progress{e: e, on: e.terminal && !quiet, start: time.Now()}
}

func (p *progress) update(docs, tokens int) {
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 200*time.Millisecond {
		return
	}
	p.last = now
	secs := now.Sub(p.start).Seconds()
	fmt.Fprintf(p.e.stderr, "\r\x1b[K%d documents  %.0f docs/s  %.0f tokens/s  %s",
		docs, float64(docs)/secs, float64(tokens)/secs, now.Sub(p.start).Round(time.Second))
}

// step shows a named stage of a long run, such as centrality.
func (p *progress) step(format string, args ...any) {
	if p.on {
		fmt.Fprintf(p.e.stderr, "\r\x1b[K"+format, args...)
	}
}

func (p *progress) finish() {
	if p.on && !p.last.IsZero() {
		fmt.Fprint(p.e.stderr, "\r\x1b[K")
	}
	p.last = time.Time{}
}
