package main

import (
	"context"
	"fmt"
	"time"
)

const setupUsage = `Usage: ergraph setup [flags]

Creates the constraints and indexes ergraph relies on ('ergraph load' does
this itself), completes a database bulk-imported from 'ergraph export'
(sets the list properties its CSV files cannot carry: empty lists, and
lists of one empty string) and waits until every index is online. Run it
once after starting Neo4j on an imported database; on any other it
changes nothing, so running it again is harmless.

The connection comes from the flags or from NEO4J_URI, NEO4J_USERNAME,
NEO4J_PASSWORD and NEO4J_DATABASE.

Examples:
  ergraph setup
  ergraph setup -uri bolt://db.example:7687
`

func runSetup(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "setup", setupUsage)
	var c connFlags
	c.register(fs.FlagSet)
	rest, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: setup takes no arguments, got %q", errUsage, rest)
	}
	setPhase("connecting", rerunNothing)
	s, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close(context.WithoutCancel(ctx))
	setPhase("setup", rerunSetup)
	start := time.Now()
	if err := s.CompleteImport(ctx); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "constraints and indexes online, imported lists complete, on %s in %.2f s\n", s.URI(), time.Since(start).Seconds())
	return nil
}
