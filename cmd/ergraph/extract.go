package main

import (
	"bufio"
	"context"

	"github.com/ergraph/ergraph/extract"
)

const extractUsage = `Usage: ergraph extract [flags] PATH...

Prints one JSON object per document to standard output: the format
version, its id ("doc"), the hash of its content, its entities (id,
name, type, aliases, mentions with byte offsets) and its relations
(source, target, type, weight, evidence), in input order. The same lines
make up entities.jsonl of 'ergraph build', and 'ergraph build' and
'ergraph load' read them back without extracting again: extract in
shards, on as many machines as you like, then build or load once.

Examples:
  ergraph extract testdata/articles/rudd-whatsapp.txt
  ergraph extract feed.jsonl | jq '.entities[].name'
  parallel 'ergraph extract -q {} > ext/{/}' ::: feeds/*.jsonl
  ergraph build -extracted ext/
`

func runExtract(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "extract", extractUsage)
	var f inputFlags
	f.register(fs.FlagSet)
	paths, err := fs.parse(args)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(e.stdout)
	enc := newDocWriter(out)
	p := &pipeline{e: e, flags: f, rerun: "standard output has the documents extracted before it; run the same command again to start over"}
	_, runErr := p.run(ctx, paths, func(d extract.Document) error {
		return enc.Write(d)
	})
	if err := out.Flush(); err != nil && runErr == nil {
		runErr = err
	}
	return runErr
}
