package main

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/ergraph/ergraph/graph"
	"github.com/ergraph/ergraph/graph/store"
)

const loadUsage = `Usage: ergraph load [flags] PATH...

Extracts PATH as 'ergraph build' does (writing DIR/entities.jsonl, DIR is
-o; the JSON Lines of 'ergraph extract', such as shards extracted on many
machines, are read as they are), then merges the graph into Neo4j:
constraints and indexes first, then documents, entities, mentions and
relationships in batches. Each
document is stored with a hash of its content (text, title, source, URL,
date): a document stored with the same hash is skipped, so loading the
same files twice changes nothing; one stored with another hash (an edited
article) replaces the old version, whose mentions, relationship weights
and evidence are taken back first, as 'ergraph delete' does; new
documents add to what is stored. The summary counts new, unchanged and
replaced documents. Centrality is then recomputed over the whole stored
graph and written back to every entity; -graphml exports that whole graph.

The connection comes from the flags or from NEO4J_URI, NEO4J_USERNAME,
NEO4J_PASSWORD and NEO4J_DATABASE.

Examples:
  docker compose up -d
  NEO4J_PASSWORD=ergraph-dev-pw ergraph load testdata
  ergraph load -uri neo4j://db.example:7687 -graphml all.graphml feed.jsonl
  ergraph load story.txt         # again after editing story.txt: replaces it
  parallel 'ergraph extract -q {} > ext/{/}' ::: feeds/*.jsonl
  ergraph load -extracted ext/   # the shards: as 'ergraph load feeds/'
`

func runLoad(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "load", loadUsage)
	var f buildFlags
	var c connFlags
	var export string
	var clear bool
	f.register(fs.FlagSet)
	f.input.register(fs.FlagSet)
	c.register(fs.FlagSet)
	fs.StringVar(&export, "graphml", "", "also export the database's whole graph to this GraphML `file`")
	fs.BoolVar(&clear, "clear", false, "delete everything in the database before loading")
	paths, err := fs.parse(args)
	if err != nil {
		return err
	}
	// An export that cannot be written stops the run before anything
	// is written to Neo4j.
	if err := checkExport(export); err != nil {
		return fmt.Errorf("%w; nothing was loaded", err)
	}
	setPhase("connecting", rerunNothing)
	s, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close(context.WithoutCancel(ctx))
	f.noGraph = true
	g, st, runErr := buildGraph(ctx, e, f, paths)
	if g == nil {
		return runErr
	}
	ctx, release, err := lock(ctx, e, s)
	if err != nil {
		return err
	}
	defer release()
	if clear {
		setPhase("clearing the database", "Neo4j is partly cleared; run the same command again to clear it and load")
		if err := s.Clear(ctx); err != nil {
			return err
		}
	}
	// Old versions go before resolution, so that what they said no longer
	// counts when the batch is matched against what is stored.
	setPhase("removing old versions", rerunLoad)
	v, err := s.Prepare(ctx, g)
	if err != nil {
		return err
	}
	setPhase("resolution against the stored graph", rerunLoad)
	fix, gone, err := resolveStored(ctx, s, g, &st)
	if err != nil {
		return err
	}
	setPhase("load", rerunLoad)
	ls, err := s.Merge(ctx, g, v)
	if err != nil {
		return err
	}
	if len(gone) > 0 {
		// Stored entities the batch showed to be others': their mentions
		// and relationships go onto the entity that absorbed them, then
		// they go. A run stopped in between is finished by running it again.
		// Every document of fix is stored as it is: no version to take back.
		if _, err := s.Merge(ctx, fix, store.Versions{}); err != nil {
			return err
		}
		if err := s.DeleteEntities(ctx, gone); err != nil {
			return err
		}
	}
	fmt.Fprintf(e.stdout, "documents  %d new, %d unchanged (skipped), %d replaced\n", len(v.New), len(v.Unchanged), len(v.Replaced))
	fmt.Fprintf(e.stdout, "loaded %d documents, %d entities, %d mentions, %d relationships into %s in %.2f s (old versions removed in %.2f s; relationships: %.0f/s)\n",
		ls.Documents, ls.Entities, ls.Mentions, ls.Relationships, s.URI(), (v.RemoveTime + ls.NodeTime + ls.RelationshipTime).Seconds(),
		v.RemoveTime.Seconds(), float64(ls.Relationships)/max(ls.RelationshipTime.Seconds(), 1e-6))
	all, err := rankStored(ctx, e, s, f.samples, f.input.quiet, export != "")
	if err != nil {
		return err
	}
	st.stored = len(all.Documents())
	printSummary(e.stdout, all, st, f.top)
	if export != "" {
		setPhase("writing the GraphML export", rerunExport)
		if err := writeGraphML(export, all); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "\nwrote %s\n", export)
	}
	return runErr
}

// resolveStored resolves the batch g together with everything stored, as
// graph.Resolve does for one build of all the documents, so that the
// stored graph does not depend on how the documents were split into loads
// or in which order. It remaps g's entities onto the ids that absorb them,
// and returns the stored entities that the batch shows to be merged into
// others (gone) with fix: the absorbing entities with their merged
// mentions and relationships, to load after g.
func resolveStored(ctx context.Context, s *store.Store, g *graph.Graph, st *stats) (fix *graph.Graph, gone []string, err error) {
	stored, err := s.Graph(ctx, true) // with relationships and evidence, which merged relationships keep
	if err != nil {
		return nil, nil, err
	}
	u, merged := resolveWith(stored, g, st)
	var targets []string
	for _, from := range slices.Sorted(maps.Keys(merged)) {
		if stored.Node(from) != nil {
			gone = append(gone, from)
			targets = append(targets, merged[from])
		}
	}
	if len(gone) == 0 {
		return nil, nil, nil
	}
	return u.Around(targets), gone, nil
}

// resolveWith resolves g together with stored, remaps g's entities onto
// the ids that absorb them and returns the union and the merges.
func resolveWith(stored, g *graph.Graph, st *stats) (*graph.Graph, map[string]string) {
	u := graph.Union(stored, g)
	merged := graph.Resolve(u, nil)
	g.Remap(merged, u.Node)
	st.merged += len(merged)
	return u, merged
}

// rankStored reads the whole stored graph, ranks it and writes the scores
// back, so centrality covers every document ever loaded. Evidence is read
// only for an export.
func rankStored(ctx context.Context, e env, s *store.Store, samples int, quiet, evidence bool) (*graph.Graph, error) {
	start := time.Now()
	setPhase("reading the stored graph", rerunScores)
	bar := newProgress(e, quiet)
	bar.step("reading the stored graph")
	g, err := s.Graph(ctx, evidence)
	if err != nil {
		bar.finish()
		return nil, err
	}
	bar.finish()
	setPhase("centrality", rerunScores)
	if err := rank(e, g, samples, quiet); err != nil {
		return nil, fmt.Errorf("centrality: %w", err)
	}
	setPhase("write-back", rerunScores)
	if err := s.WriteScores(ctx, g); err != nil {
		return nil, err
	}
	fmt.Fprintf(e.stdout, "centrality recomputed over %d entities in %.2f s\n", len(g.Nodes()), time.Since(start).Seconds())
	return g, nil
}
