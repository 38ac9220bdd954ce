package main

import (
	"context"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ergraph/ergraph/graph"
	"github.com/ergraph/ergraph/graph/view"
)

const viewUsage = `Usage: ergraph view [flags] [DIR | FILE.graphml]
       ergraph view -from-neo4j [flags]

Writes graph.html: one self-contained page that draws the graph and lets
you search it, filter it and read the evidence behind every link, offline
in any browser (nothing is fetched from the network). It reads a build's
output: DIR/graph.graphml (default DIR ergraph-out) and, when present,
DIR/entities.jsonl beside it for document titles, URLs, dates and which
article each evidence sentence comes from. With -from-neo4j it reads the
whole graph stored in Neo4j instead (the same connection flags as load)
and ranks it as load does, without writing anything back.

Graphs of more than -initial entities start with the most central ones
by PageRank; the page's "Show more" button adds more.

Examples:
  ergraph build testdata && ergraph view          # writes ergraph-out/graph.html
  ergraph view -o rudd.html out/graph.graphml
  ergraph view -from-neo4j -o stored.html
  ergraph build -html -o out testdata            # the same, in one step
`

// viewFlags are the page options of view and build -html.
type viewFlags struct {
	title   string
	initial int
}

func (f *viewFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.title, "title", "", "page `title` (default ergraph: and the base name of the output directory)")
	fs.IntVar(&f.initial, "initial", view.DefaultInitial, "draw at first this many entities (1 or more), the most central by PageRank; -1 draws all")
}

// check refuses an -initial that draws nothing.
func (f *viewFlags) check(cmd string) error {
	if f.initial < 1 && f.initial != -1 {
		return fmt.Errorf("%w: %s: -initial must be 1 or more, or -1 for all, got %d", errUsage, cmd, f.initial)
	}
	return nil
}

func runView(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "view", viewUsage)
	var c connFlags
	var f viewFlags
	var out string
	var fromNeo4j, quiet bool
	var samples int
	fs.StringVar(&out, "o", "", "write the page to `file` (default graph.html beside the input, or in the current directory with -from-neo4j)")
	fs.BoolVar(&fromNeo4j, "from-neo4j", false, "read the graph stored in Neo4j instead of files")
	fs.IntVar(&samples, "samples", 0, "with -from-neo4j: betweenness source samples, as for load")
	fs.BoolVar(&quiet, "q", false, "print no progress")
	f.register(fs.FlagSet)
	c.register(fs.FlagSet)
	rest, err := fs.parse(args)
	if err != nil {
		return err
	}
	if err := f.check("view"); err != nil {
		return err
	}
	var g *graph.Graph
	var src view.Sources
	switch {
	case fromNeo4j && len(rest) > 0:
		return fmt.Errorf("%w: view -from-neo4j takes no path, got %q", errUsage, rest)
	case len(rest) > 1:
		return fmt.Errorf("%w: view takes one directory or GraphML file, got %d", errUsage, len(rest))
	case fromNeo4j:
		if out == "" {
			out = "graph.html"
		}
		if f.title == "" {
			f.title = "ergraph: Neo4j " + c.database
		}
		if g, err = viewStored(ctx, e, c, samples, quiet); err != nil {
			return err
		}
	default:
		in := "ergraph-out"
		if len(rest) == 1 {
			in = rest[0]
		}
		var gml string
		if g, src, gml, err = readBuild(in); err != nil {
			return err
		}
		if out == "" {
			out = filepath.Join(filepath.Dir(gml), "graph.html")
		}
		if f.title == "" {
			f.title = pageTitle(filepath.Dir(gml))
		}
	}
	if err := writeView(out, g, src, f); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "wrote %s: %d entities, %d relations\n", out, len(g.Nodes()), len(g.Edges()))
	return nil
}

// readBuild reads a build's graph.graphml and, if it is there,
// entities.jsonl. in is the output directory or the GraphML file.
func readBuild(in string) (*graph.Graph, view.Sources, string, error) {
	gml := in
	if fi, err := os.Stat(in); err == nil && fi.IsDir() {
		gml = filepath.Join(in, "graph.graphml")
	}
	gf, err := os.Open(gml)
	if err != nil {
		return nil, nil, gml, fmt.Errorf("read graph: %w (run 'ergraph build' first, or give its output directory)", err)
	}
	defer gf.Close()
	g, err := graph.ReadGraphML(gf)
	var syntax *xml.SyntaxError
	if errors.Is(err, io.EOF) || errors.As(err, &syntax) {
		return nil, nil, gml, fmt.Errorf("read %s: not a GraphML file (give the output directory of 'ergraph build' or its graph.graphml)", gml)
	}
	if err != nil {
		return nil, nil, gml, fmt.Errorf("read %s: %w", gml, err)
	}
	jsonl := filepath.Join(filepath.Dir(gml), "entities.jsonl")
	jf, err := os.Open(jsonl)
	if errors.Is(err, fs.ErrNotExist) {
		return g, nil, gml, nil
	}
	if err != nil {
		return nil, nil, gml, fmt.Errorf("read documents: %w", err)
	}
	defer jf.Close()
	src, err := view.ReadSources(jf, g)
	if err != nil {
		return nil, nil, gml, fmt.Errorf("%s: %w", jsonl, err)
	}
	return g, src, gml, nil
}

// viewStored reads and ranks the graph stored in Neo4j.
func viewStored(ctx context.Context, e env, c connFlags, samples int, quiet bool) (*graph.Graph, error) {
	s, err := c.open(ctx)
	if err != nil {
		return nil, err
	}
	defer s.Close(context.WithoutCancel(ctx))
	g, err := s.Graph(ctx, true)
	if err != nil {
		return nil, err
	}
	if err := rank(e, g, samples, quiet); err != nil {
		return nil, fmt.Errorf("centrality: %w", err)
	}
	return g, nil
}

// pageTitle is the default page title for a build's output directory:
// its base name only, since the page is shared and a full local path
// would leak where it was made.
func pageTitle(dir string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return "ergraph: " + filepath.Base(dir)
}

func writeView(path string, g *graph.Graph, src view.Sources, f viewFlags) error {
	hf, err := createAtomic(path)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		// Name the page the user asked for, not the temporary file.
		return fmt.Errorf("create %s: %w", path, pe.Err)
	}
	if err != nil {
		return err
	}
	defer hf.Abort()
	if err := view.Write(hf, g, view.Options{Title: f.title, Initial: f.initial, Sources: src}); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return hf.Commit()
}
