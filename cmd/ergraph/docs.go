package main

import (
	"context"
	"fmt"
	"time"

	"github.com/ergraph/ergraph/graph/store"
)

const docsUsage = `Usage: ergraph docs [flags]

Lists the documents stored in Neo4j: id, title, source, publication date,
the number of entities each mentions, and when its current version was
loaded (UTC), newest publication first and undated documents last.

Examples:
  ergraph docs
  ergraph docs -format csv > documents.csv
  ergraph docs -format json | jq -r 'select(.entities == 0) | .id'
`

func runDocs(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "docs", docsUsage)
	var c connFlags
	var format string
	c.register(fs.FlagSet)
	fs.StringVar(&format, "format", "table", "output format: table, json or csv")
	rest, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: docs takes no arguments, got %q", errUsage, rest)
	}
	if err := checkFormat(format); err != nil {
		return err
	}
	s, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close(context.WithoutCancel(ctx))
	docs, err := s.Documents(ctx)
	if err != nil {
		return err
	}
	res := store.Result{Columns: []string{"id", "title", "source", "published", "entities", "loaded"}}
	for _, d := range docs {
		loaded := ""
		if !d.Loaded.IsZero() {
			loaded = d.Loaded.UTC().Format(time.DateTime)
		}
		res.Rows = append(res.Rows, []any{d.ID, d.Title, d.Source, d.Published, d.Entities, loaded})
	}
	return printResult(e.stdout, res, format)
}
