package main

import (
	"context"
	"fmt"
)

const centralityUsage = `Usage: ergraph centrality [flags]

Reads the whole entity graph stored in Neo4j, computes degree, weighted
degree, betweenness, closeness, PageRank, eigenvector centrality and
Louvain communities, and writes them back to every entity. 'ergraph load'
does this after every load; run it alone after changing the database by
hand.

Examples:
  ergraph centrality
  ergraph centrality -uri bolt://localhost:7687 -graphml stored.graphml
`

func runCentrality(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "centrality", centralityUsage)
	var c connFlags
	var export string
	var top, samples int
	var quiet bool
	c.register(fs.FlagSet)
	fs.StringVar(&export, "graphml", "", "also export the stored graph to this GraphML `file`")
	fs.IntVar(&top, "top", 10, "show this many top entities")
	fs.IntVar(&samples, "samples", 0, "betweenness source samples: 0 chooses (exact up to 100,000 edges), -1 forces exact")
	fs.BoolVar(&quiet, "q", false, "print no progress")
	rest, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: centrality takes no arguments, got %q", errUsage, rest)
	}
	if err := checkExport(export); err != nil {
		return err
	}
	setPhase("connecting", rerunNothing)
	s, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close(context.WithoutCancel(ctx))
	ctx, release, err := lock(ctx, e, s)
	if err != nil {
		return err
	}
	defer release()
	g, err := rankStored(ctx, e, s, samples, quiet, export != "")
	if err != nil {
		return err
	}
	printSummary(e.stdout, g, stats{stored: len(g.Documents())}, top)
	if export != "" {
		setPhase("writing the GraphML export", rerunExport)
		if err := writeGraphML(export, g); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "\nwrote %s\n", export)
	}
	return nil
}
