package main

import (
	"context"
	"encoding/json"
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

Examples:
  ergraph build testdata
  ergraph build -o out articles/ feed.jsonl
  cat story.txt | ergraph build -
  ergraph build -html testdata     # then open ergraph-out/graph.html
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
	if html {
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
			vf.title = "ergraph: " + f.out
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
// corpus.ErrSkipped.
func buildGraph(ctx context.Context, e env, f buildFlags, paths []string) (*graph.Graph, stats, error) {
	if err := os.MkdirAll(f.out, 0o755); err != nil {
		return nil, stats{}, fmt.Errorf("create output directory: %w", err)
	}
	jf, err := createAtomic(filepath.Join(f.out, "entities.jsonl"))
	if err != nil {
		return nil, stats{}, err
	}
	defer jf.Abort()
	g := graph.New()
	enc := json.NewEncoder(jf)
	enc.SetEscapeHTML(false)
	st, runErr := (&pipeline{e: e, flags: f.input}).run(ctx, paths, func(d extract.Document) error {
		g.Add(d)
		if f.sources != nil {
			f.sources.Add(d)
		}
		return enc.Encode(d)
	})
	if runErr != nil && !errors.Is(runErr, corpus.ErrSkipped) || errors.Is(runErr, errStrict) {
		return nil, st, runErr
	}
	st.merged = len(graph.Resolve(g, nil))
	if !f.noGraph {
		if err := rank(e, g, f.samples, f.input.quiet); err != nil {
			return nil, st, fmt.Errorf("centrality: %w", err)
		}
		if err := writeGraphML(filepath.Join(f.out, "graph.graphml"), g); err != nil {
			return nil, st, err
		}
	}
	if err := jf.Commit(); err != nil {
		if !f.noGraph {
			// The outputs go together: no graph.graphml without entities.jsonl.
			os.Remove(filepath.Join(f.out, "graph.graphml"))
		}
		return nil, st, err
	}
	return g, st, runErr
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
	gf, err := createAtomic(path)
	if err != nil {
		return err
	}
	defer gf.Abort()
	if err := graph.WriteGraphML(gf, g); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return gf.Commit()
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
