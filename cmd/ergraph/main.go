// Command ergraph turns news articles into an entity-relationship graph:
// it extracts people, organisations, places and events, links them by what
// the text says, ranks them by centrality, writes GraphML and JSON Lines,
// and loads the graph into Neo4j.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"syscall"

	"github.com/ergraph/ergraph/extract/corpus"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailed  = 1 // the run failed: nothing usable was written
	exitUsage   = 2 // bad flags, unknown command, query or parameter
	exitPartial = 3 // the run finished, but some inputs were skipped
)

// errUsage marks a command line that cannot be run.
var errUsage = errors.New("usage")

func main() {
	// A closed output pipe ('ergraph load … | head -1') must not kill a run
	// that holds the load lock or is inside a transaction: ignored, SIGPIPE
	// turns into a write error that the command handles (extract stops;
	// load and centrality finish the database work).
	signal.Ignore(syscall.SIGPIPE)
	os.Exit(runInterruptible(os.Stderr, func(ctx context.Context) error {
		return run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	}))
}

// report prints err as one line, without any password the run was given,
// and picks the exit code.
func report(err error, stderr io.Writer) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	fmt.Fprintln(stderr, redactSecrets(fmt.Sprintf("ergraph: %v", err)))
	switch {
	case errors.Is(err, corpus.ErrSkipped) && !errors.Is(err, errStrict):
		return exitPartial
	case errors.Is(err, errUsage):
		return exitUsage
	default:
		return exitFailed
	}
}

// env is what a command reads and writes besides its arguments.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// terminal reports whether stderr is a terminal, for progress bars.
	terminal bool
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return runEnv(ctx, env{stdin: os.Stdin, stdout: stdout, stderr: stderr, terminal: isTerminal(stderr)}, args)
}

// command is one subcommand.
type command struct {
	name, summary string
	run           func(ctx context.Context, e env, args []string) error
}

func commands() []command {
	return []command{
		{"build", "extract entities and write the graph as GraphML and JSON Lines", runBuild},
		{"extract", "print the entities and relations of each document as JSON Lines", runExtract},
		{"load", "build the graph and merge it into Neo4j", runLoad},
		{"export", "build the graph and write it as CSV files for neo4j-admin import", runExport},
		{"setup", "create Neo4j's indexes; complete a database imported from 'export'", runSetup},
		{"delete", "remove documents, and what only they said, from Neo4j", runDelete},
		{"docs", "list the documents stored in Neo4j", runDocs},
		{"centrality", "recompute centrality over the graph stored in Neo4j", runCentrality},
		{"query", "run a query of the Cypher pack against Neo4j", runQuery},
		{"train", "train an entity model from annotated sentences", runTrain},
		{"train-relations", "train the relation classifier on CoNLL04-format data", runTrainRelations},
		{"eval", "score an entity model on annotated sentences or gold documents", runEval},
		{"view", "write graph.html, a self-contained page to explore the graph in a browser", runView},
	}
}

func runEnv(ctx context.Context, e env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		usage(e.stdout)
		if len(args) == 0 {
			return fmt.Errorf("%w: no command given", errUsage)
		}
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] {
			setPhase(c.name+" start-up", rerunNothing)
			return c.run(ctx, e, args[1:])
		}
	}
	return fmt.Errorf("%w: unknown command %q (run 'ergraph help')", errUsage, args[0])
}

func usage(w io.Writer) {
	fmt.Fprint(w, `ergraph turns news articles into an entity-relationship graph.

Usage:
  ergraph COMMAND [flags] [PATH...]

Commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-16s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
PATH is a .txt file, a .jsonl file (one article a line: id, text, and
optional title, source, url, published; or one document a line as
'ergraph extract' writes them), a directory walked for both, or - for
standard input. Run 'ergraph COMMAND -h' for a command's flags.

Exit status: 0 done; 1 failed; 2 bad usage; 3 done, but some inputs were
skipped (each named in a warning on stderr); 130 interrupted (SIGINT or
SIGTERM), with a line saying what running the command again will do.
`)
}

// cmdFlags is a command's flag set and its help text.
type cmdFlags struct {
	*flag.FlagSet
	text   string
	stderr io.Writer
}

// newFlags returns a flag set for a command. Parsing prints the help text
// and flags on -h, and nothing else: errors are returned as one line.
func newFlags(e env, name, text string) *cmdFlags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return &cmdFlags{FlagSet: fs, text: text, stderr: e.stderr}
}

// parse parses args, with flags allowed after positional arguments too
// (as in "ergraph build testdata -o out"), and returns the positional
// arguments. Everything after "--" is positional. A flag error becomes a
// usage error.
func (fs *cmdFlags) parse(args []string) ([]string, error) {
	var tail []string
	if i := slices.Index(args, "--"); i >= 0 {
		args, tail = args[:i], args[i+1:]
	}
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprint(fs.stderr, fs.text, "\nFlags:\n")
				fs.SetOutput(fs.stderr)
				fs.PrintDefaults()
				return nil, err
			}
			return nil, fmt.Errorf("%w: %s: %w", errUsage, fs.Name(), err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return append(pos, tail...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
