package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// exitInterrupted is the exit status of a run ended by SIGINT or SIGTERM.
const exitInterrupted = 130

// interruptGrace is how long a run may take to stop by itself after a
// signal before it is ended: well under the promised second.
const interruptGrace = 400 * time.Millisecond

// releaseGrace bounds giving back the load lock after an interrupt, so
// the run still ends within a second; a lock not given back in time frees
// itself when its lease runs out.
const releaseGrace = 400 * time.Millisecond

// errInterrupted is the cause of a run's context ending on a signal.
var errInterrupted = errors.New("interrupted")

// phase is what a run is doing, for the line an interrupt prints: its name
// and what running the same command again will do.
type phase struct{ name, rerun string }

var current atomic.Pointer[phase]

// setPhase records the phase a run enters.
func setPhase(name, rerun string) {
	current.Store(&phase{name, rerun})
	if name == os.Getenv(holdPhaseEnv) {
		holdPhase(name)
	}
}

// holdPhaseEnv names a phase in which the process stops working and
// waits, ignoring its context: the tests' stand-in for a long phase that
// does not look at its context (a merge, a centrality run), so that an
// interrupt is tested in every phase at a known moment.
const holdPhaseEnv = "ERGRAPH_TEST_HOLD_PHASE"

func holdPhase(name string) {
	fmt.Fprintf(os.Stderr, "ergraph: test: holding in phase %s\n", name)
	for {
		time.Sleep(time.Hour)
	}
}

// Re-run messages of the phases.
const (
	rerunNothing   = "nothing was written; run the same command again to start over"
	rerunNotLoaded = "nothing was written to Neo4j; run the same command again to start over"
	rerunLoad      = "Neo4j holds part of this batch (each committed transaction, no half of one); run the same command again to complete it: loading is idempotent"
	rerunScores    = "the graph in Neo4j is complete but its centrality scores may be stale or partly written; run 'ergraph centrality' to recompute them"
	rerunNoImport  = "the import files were not written; run the same command again to start over"
	rerunSetup     = "the setup is partly done; run the same command again to finish it"
	rerunExport    = "Neo4j is up to date; the GraphML export was not written: run 'ergraph centrality -graphml FILE' to write it"
)

// outputs guards committing output files against an interrupt: a commit
// under way finishes, and none starts once the run is interrupted.
var outputs struct {
	sync.Mutex
	stopped   bool
	committed bool            // an output file was renamed into place
	temps     map[string]bool // temporary files not yet renamed into place
}

// runInterruptible runs fn with a context that ends on SIGINT or SIGTERM,
// and reports its error (see report). On a signal, fn has
// interruptGrace to return; either way its temporary files are removed, one
// line says what was interrupted and what a re-run does, and the exit code
// is exitInterrupted. A second signal ends the process at once.
func runInterruptible(stderr io.Writer, fn func(ctx context.Context) error) int {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	done := make(chan error, 1)
	go func() { done <- fn(ctx) }()
	select {
	case err := <-done:
		return report(err, stderr)
	case <-sigs:
	}
	stopOutputs()
	cancel(errInterrupted)
	select {
	case <-done:
	case <-time.After(interruptGrace):
	case <-sigs:
	}
	committed := removeTemps()
	releaseLocks(releaseGrace)
	p := current.Load()
	if p == nil {
		p = &phase{"start-up", rerunNothing}
	}
	if committed && p.rerun == rerunNothing {
		// The signal came as the run finished.
		p = &phase{p.name, "its output files were already written in full"}
	}
	fmt.Fprintln(stderr, redactSecrets(fmt.Sprintf("ergraph: interrupted during %s: %s", p.name, p.rerun)))
	return exitInterrupted
}

// stopOutputs makes every later commit fail.
func stopOutputs() {
	outputs.Lock()
	defer outputs.Unlock()
	outputs.stopped = true
}

func addTemp(name string) {
	outputs.Lock()
	defer outputs.Unlock()
	if outputs.temps == nil {
		outputs.temps = map[string]bool{}
	}
	outputs.temps[name] = true
}

func dropTemp(name string) {
	outputs.Lock()
	defer outputs.Unlock()
	delete(outputs.temps, name)
}

// removeTemps removes the temporary files and reports whether an output
// file was committed before.
func removeTemps() (committed bool) {
	outputs.Lock()
	defer outputs.Unlock()
	for name := range outputs.temps {
		os.Remove(name)
	}
	outputs.temps = nil
	return outputs.committed
}
