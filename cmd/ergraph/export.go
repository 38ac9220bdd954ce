package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/ergraph/ergraph/graph"
	"github.com/ergraph/ergraph/graph/store"
)

const exportUsage = `Usage: ergraph export [flags] PATH...

Extracts PATH as 'ergraph load' does (writing DIR/entities.jsonl, DIR is
-o), ranks the graph, and writes it for a bulk import into an empty Neo4j
database, the fastest first load of a large corpus. -format neo4j-import
(the only format) writes, into DIR, the CSV files of 'neo4j-admin database
import full' (documents.csv and entities.csv: nodes; mentions.csv and
relationships.csv: relationships) and import.args, the options that read
them. The imported database holds what 'ergraph load' of the same articles
into an empty one stores, centrality included, once 'ergraph setup' has
created the indexes and set the few lists CSV cannot carry. Later loads
add to it as usual. PATH may hold the JSON Lines of 'ergraph extract', as
for build and load: documents extracted before are not extracted again.

Examples:
  ergraph export -o bulk articles/
  ergraph export -o bulk -extracted ext/    # shards of 'ergraph extract'
  scripts/neo4j-import.sh bulk /srv/neo4j-home     # or, in bulk/:
  neo4j-admin database import full @import.args neo4j
  ERGRAPH_NEO4J_DATA=/srv/neo4j-home scripts/neo4j-local.sh start   # or start your server
  ergraph setup
`

func runExport(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "export", exportUsage)
	var f buildFlags
	var format string
	f.register(fs.FlagSet)
	f.input.register(fs.FlagSet)
	fs.Lookup("o").Usage = "write the import files and entities.jsonl to `dir`"
	fs.Lookup("o").DefValue, f.out = "neo4j-import", "neo4j-import"
	fs.StringVar(&format, "format", "neo4j-import", "output `format`: neo4j-import (CSV files for neo4j-admin database import full)")
	paths, err := fs.parse(args)
	if err != nil {
		return err
	}
	if format != "neo4j-import" {
		return fmt.Errorf("%w: -format %q: want neo4j-import", errUsage, format)
	}
	// An output directory that cannot be written stops the run before
	// the extraction.
	if err := os.MkdirAll(f.out, 0o755); err != nil {
		return fmt.Errorf("create output directory: %w", err)
	}
	if err := checkExport(filepath.Join(f.out, store.ImportArgs)); err != nil {
		return err
	}
	f.noGraph = true
	g, st, runErr := buildGraph(ctx, e, f, paths)
	if g == nil {
		return runErr
	}
	// As load resolves a batch against what is stored: here, nothing.
	resolveWith(graph.New(), g, &st)
	setPhase("centrality", rerunNoImport)
	if err := rank(e, g, f.samples, f.input.quiet); err != nil {
		return fmt.Errorf("centrality: %w", err)
	}
	setPhase("writing the import files", rerunNoImport)
	start := time.Now()
	is, err := writeImport(f.out, g, start)
	if err != nil {
		return err
	}
	took := time.Since(start).Seconds()
	printSummary(e.stdout, g, st, f.top)
	rels := is.Mentions + is.Relationships
	fmt.Fprintf(e.stdout, "\nwrote %d nodes (%d documents, %d entities) and %d relationships (%d mentions, %d between entities) to %s in %.2f s (%.0f relationships/s)\n",
		is.Documents+is.Entities, is.Documents, is.Entities, rels, is.Mentions, is.Relationships, f.out, took, float64(rels)/max(took, 1e-6))
	fmt.Fprintf(e.stdout, "import: cd %s && neo4j-admin database import full @%s neo4j (or scripts/neo4j-import.sh); then ergraph setup\n",
		f.out, store.ImportArgs)
	return runErr
}

// writeImport writes the import files of g into dir, all or none.
func writeImport(dir string, g *graph.Graph, loadedAt time.Time) (store.ImportStats, error) {
	var files []*atomicFile
	defer func() {
		for _, f := range files {
			f.Abort()
		}
	}()
	st, err := store.WriteImport(func(name string) (io.Writer, error) {
		f, err := createAtomic(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		files = append(files, f)
		return f, nil
	}, g, loadedAt)
	if err != nil {
		return st, err
	}
	return st, commitAll(files...)
}
