package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"text/tabwriter"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/extract/corpus"
	"github.com/ergraph/ergraph/extract/name"
	"github.com/ergraph/ergraph/graph"
	"github.com/ergraph/ergraph/graph/view"
)

const buildUsage = `Usage: ergraph build [flags] PATH...

Extracts the entities and relations of every article in PATH, merges them
into one graph, ranks the entities by centrality, and writes
DIR/graph.graphml and DIR/entities.jsonl (DIR is -o); with -html also
DIR/graph.html, the page 'ergraph view' writes. Prints a summary: counts,
and the top entities by PageRank and by betweenness.

PATH may also hold the JSON Lines of 'ergraph extract' (a line with
"entities" and no "text"; -extracted reads nothing else): documents
extracted before, on this machine or in shards on many, are merged as
they are, without extracting them again. Given in the order of the
articles, the shards build the same bytes as the articles would.

Examples:
  ergraph build testdata
  ergraph build -o out articles/ feed.jsonl
  cat story.txt | ergraph build -
  ergraph build -html testdata     # then open ergraph-out/graph.html
  parallel 'ergraph extract -q {} > ext/{/}' ::: feeds/*.jsonl   # shards
  ergraph build -extracted ext/    # = ergraph build feeds/
`

// buildFlags are the flags build and load share.
type buildFlags struct {
	input   inputFlags
	out     string
	top     int
	samples int
	// noGraph skips centrality and graph.graphml: load ranks and exports
	// the whole stored graph instead.
	noGraph bool
	// sources, when not nil, collects the documents of evidence
	// sentences for graph.html.
	sources view.Sources
}

func (f *buildFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.out, "o", "ergraph-out", "write graph.graphml and entities.jsonl to `dir`")
	fs.IntVar(&f.top, "top", 10, "show this many top entities in the summary")
	fs.IntVar(&f.samples, "samples", 0, "betweenness source samples: 0 chooses (exact up to 100,000 edges), -1 forces exact")
}

func runBuild(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "build", buildUsage)
	var f buildFlags
	f.register(fs.FlagSet)
	f.input.register(fs.FlagSet)
	var html bool
	var vf viewFlags
	fs.BoolVar(&html, "html", false, "also write graph.html, the page of 'ergraph view'")
	vf.register(fs.FlagSet)
	paths, err := fs.parse(args)
	if err != nil {
		return err
	}
	if f.top < 0 {
		return fmt.Errorf("%w: build: -top %d: want 0 or more", errUsage, f.top)
	}
	if html {
		if err := vf.check("build"); err != nil {
			return err
		}
		f.sources = view.Sources{}
	}
	g, st, runErr := buildGraph(ctx, e, f, paths)
	if g == nil {
		return runErr
	}
	printSummary(e.stdout, g, st, f.top)
	fmt.Fprintf(e.stdout, "\nwrote %s and %s\n", filepath.Join(f.out, "graph.graphml"), filepath.Join(f.out, "entities.jsonl"))
	if html {
		page := filepath.Join(f.out, "graph.html")
		if vf.title == "" {
			vf.title = pageTitle(f.out)
		}
		if err := writeView(page, g, f.sources, vf); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "wrote %s\n", page)
	}
	return runErr
}

// buildGraph runs the pipeline, writes entities.jsonl and (unless
// f.noGraph) graph.graphml into f.out and returns the graph, ranked unless
// f.noGraph. A nil graph means nothing was
// written; a non-nil graph may come with an error wrapping
// corpus.ErrSkipped. With f.noGraph (load), a problem with f.out is a
// warning: the graph is still returned, for the database.
func buildGraph(ctx context.Context, e env, f buildFlags, paths []string) (*graph.Graph, stats, error) {
	jf, err := createOutput(f.out, "entities.jsonl")
	if err != nil && !f.noGraph {
		return nil, stats{}, err
	}
	if err != nil {
		warnOutput(e, err)
	} else {
		defer jf.Abort()
	}
	g := graph.New()
	var enc *docWriter
	if jf != nil {
		enc = newDocWriter(jf)
	}
	st, runErr := (&pipeline{e: e, flags: f.input}).run(ctx, paths, func(d extract.Document) error {
		g.Add(d)
		if f.sources != nil {
			f.sources.Add(d)
		}
		if enc == nil {
			return nil
		}
		err := enc.Write(d)
		if err != nil && f.noGraph {
			warnOutput(e, fmt.Errorf("write %s: %w", jf.path, err))
			jf.Abort()
			jf, enc = nil, nil
			return nil
		}
		return err
	})
	if runErr != nil && !errors.Is(runErr, corpus.ErrSkipped) || errors.Is(runErr, errStrict) {
		return nil, st, runErr
	}
	setPhase("merge", rerunNothing)
	st.merged = len(graph.Resolve(g, nil))
	if jf == nil {
		return g, st, runErr
	}
	files := []*atomicFile{jf}
	if !f.noGraph {
		setPhase("centrality", rerunNothing)
		if err := rank(e, g, f.samples, f.input.quiet); err != nil {
			return nil, st, fmt.Errorf("centrality: %w", err)
		}
		setPhase("writing the output files", rerunNothing)
		gf, err := prepareGraphML(filepath.Join(f.out, "graph.graphml"), g)
		if err != nil {
			return nil, st, err
		}
		defer gf.Abort()
		files = append(files, gf)
	}
	if err := commitAll(files...); err != nil && !errors.Is(err, errStopped) && f.noGraph {
		warnOutput(e, err)
	} else if err != nil {
		return nil, st, err
	}
	return g, st, runErr
}

// createOutput creates dir if needed and a file name in it, first
// removing what killed runs left there.
func createOutput(dir, name string) (*atomicFile, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create output directory: %w", err)
	}
	removeStale(filepath.Join(dir, "graph.graphml"))
	return createAtomic(filepath.Join(dir, name))
}

// checkExport checks that a GraphML export can be written to path, by
// creating (and removing) its temporary file; "" needs no check.
func checkExport(path string) error {
	if path == "" {
		return nil
	}
	f, err := createAtomic(path)
	if err != nil {
		return err
	}
	f.Abort()
	return nil
}

// warnOutput says that load goes on without its local output file.
func warnOutput(e env, err error) {
	fmt.Fprintf(e.stderr, "ergraph: warning: %v; loading into Neo4j without it\n", err)
}

// rank computes centrality, showing its progress on a terminal.
func rank(e env, g *graph.Graph, samples int, quiet bool) error {
	bar := newProgress(e, quiet)
	n := len(g.Nodes())
	bar.step("centrality over %d entities", n)
	err := graph.Rank(g, graph.RankOptions{Samples: samples, Progress: func(done, total int) {
		bar.step("centrality over %d entities: %d of %d sources", n, done, total)
	}})
	bar.finish()
	return err
}

func writeGraphML(path string, g *graph.Graph) error {
	gf, err := prepareGraphML(path, g)
	if err != nil {
		return err
	}
	defer gf.Abort()
	return gf.Commit()
}

// prepareGraphML writes g to a temporary file that Commit puts at path.
func prepareGraphML(path string, g *graph.Graph) (*atomicFile, error) {
	gf, err := createAtomic(path)
	if err != nil {
		return nil, err
	}
	if err := graph.WriteGraphML(gf, g); err != nil {
		gf.Abort()
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	return gf, nil
}

// printSummary prints counts and the top entities.
func printSummary(w io.Writer, g *graph.Graph, st stats, top int) {
	nodes, edges := g.Nodes(), g.Edges()
	fmt.Fprintf(w, "documents  %d read, %d skipped, %d tokens", st.documents, st.skipped, st.tokens)
	if st.stored > 0 {
		fmt.Fprintf(w, "; %d in the database (the counts below cover them all)", st.stored)
	}
	fmt.Fprintln(w)
	byType := map[extract.Type]int{}
	for _, n := range nodes {
		byType[n.Type]++
	}
	fmt.Fprintf(w, "entities   %d:", len(nodes))
	for _, t := range extract.Types {
		fmt.Fprintf(w, " %s %d", t, byType[t])
	}
	if st.merged > 0 {
		fmt.Fprintf(w, " (%d merged across documents)", st.merged)
	}
	byRel := map[string]int{}
	for _, e := range edges {
		byRel[e.Type]++
	}
	fmt.Fprintf(w, "\nrelations  %d:", len(edges))
	for _, t := range extract.RelationTypes {
		if byRel[t] > 0 {
			fmt.Fprintf(w, " %s %d", t, byRel[t])
		}
	}
	fmt.Fprintln(w)
	topTable(w, "PageRank", nodes, top, func(n *graph.Node) float64 { return n.PageRank })
	topTable(w, "betweenness", nodes, top, func(n *graph.Node) float64 { return n.Betweenness })
}

func topTable(w io.Writer, by string, nodes []*graph.Node, top int, score func(*graph.Node) float64) {
	if top <= 0 || len(nodes) == 0 {
		return
	}
	ranked := slices.Clone(nodes)
	slices.SortStableFunc(ranked, func(a, b *graph.Node) int {
		switch sa, sb := score(a), score(b); {
		case sa > sb:
			return -1
		case sa < sb:
			return 1
		}
		return 0
	})
	fmt.Fprintf(w, "\nTop %d by %s\n", min(top, len(ranked)), by)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tentity\ttype\tpagerank\tbetweenness\tdegree\tcommunity")
	for i, n := range ranked[:min(top, len(ranked))] {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%.4f\t%.1f\t%d\t%d\n", i+1, name.Printable(n.Name), n.Type, n.PageRank, n.Betweenness, n.Degree, n.CommunityID)
	}
	tw.Flush()
}
