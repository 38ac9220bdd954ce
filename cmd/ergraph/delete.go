package main

import (
	"context"
	"flag"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/ergraph/ergraph/extract/corpus"
)

const deleteUsage = `Usage: ergraph delete [flags] DOC...
       ergraph delete [flags] -match TEXT

Removes stored documents, by id (as 'ergraph docs' lists them) or, with
-match, every document whose title, source or URL contains TEXT in any
case, and takes back everything they said: their mentions, their share of
every relationship's weight and evidence, and the entities and
relationships no other document supports. Aliases, roles, confidence and
evidence are worked out again from the documents left. Each batch of
documents goes in one transaction. Centrality is then recomputed over the
whole stored graph, as after a load.

An id that is not stored is named in a warning and the exit status is 3;
if none is stored, nothing is changed and the exit status is 1.

Examples:
  ergraph delete story
  ergraph delete brief-2017-03-27 brief-2017-03-30
  ergraph delete -n -match example.org/briefs     # list what would go
  ergraph delete -match 'ergraph test feed'
`

func runDelete(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "delete", deleteUsage)
	var c connFlags
	var match string
	var dryRun, quiet bool
	var top, samples int
	c.register(fs.FlagSet)
	fs.StringVar(&match, "match", "", "delete the documents whose title, source or URL contains this `text` (any case)")
	fs.BoolVar(&dryRun, "n", false, "dry run: print the ids that would be deleted and change nothing")
	fs.IntVar(&top, "top", 10, "show this many top entities in the summary")
	fs.IntVar(&samples, "samples", 0, "betweenness source samples: 0 chooses (exact up to 100,000 edges), -1 forces exact")
	fs.BoolVar(&quiet, "q", false, "print no progress")
	ids, err := fs.parse(args)
	if err != nil {
		return err
	}
	matching := false
	fs.Visit(func(f *flag.Flag) { matching = matching || f.Name == "match" })
	switch {
	case matching && len(ids) > 0:
		return fmt.Errorf("%w: delete takes document ids or -match, not both", errUsage)
	case matching && strings.TrimSpace(match) == "":
		return fmt.Errorf("%w: -match: want some text of a title, source or URL, not a blank (which would match every document)", errUsage)
	case !matching && len(ids) == 0:
		return fmt.Errorf("%w: delete wants document ids or -match TEXT (see 'ergraph docs')", errUsage)
	}
	s, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close(context.WithoutCancel(ctx))

	var missing []string
	if matching {
		if ids, err = s.FindDocuments(ctx, match); err != nil {
			return err
		}
		if len(ids) == 0 {
			return fmt.Errorf("no stored document has %q in its title, source or URL (see 'ergraph docs')", match)
		}
	} else {
		stored, err := s.Stored(ctx, ids)
		if err != nil {
			return err
		}
		for _, id := range ids {
			if !slices.Contains(stored, id) && !slices.Contains(missing, id) {
				missing = append(missing, id)
			}
		}
		if len(stored) == 0 {
			return fmt.Errorf("no document %s is stored; nothing deleted (see 'ergraph docs')", quoteList(missing))
		}
		for _, id := range missing {
			fmt.Fprintf(e.stderr, "ergraph: warning: no stored document %q\n", id)
		}
		ids = stored
	}
	if dryRun {
		for _, id := range ids {
			fmt.Fprintln(e.stdout, id)
		}
		fmt.Fprintf(e.stdout, "would delete %s (dry run: nothing changed)\n", plural(len(ids), "document"))
		return skipped(missing)
	}
	ctx, release, err := lock(ctx, e, s)
	if err != nil {
		return err
	}
	defer release()
	setPhase("deleting documents", "whole batches of 100 documents were deleted, no half of one; run the same command again to delete the rest")
	start := time.Now()
	n, err := s.Delete(ctx, ids)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "deleted %s in %.2f s: %s\n", plural(n, "document"), time.Since(start).Seconds(), strings.Join(ids, ", "))
	g, err := rankStored(ctx, e, s, samples, quiet, false)
	if err != nil {
		return err
	}
	printSummary(e.stdout, g, stats{stored: len(g.Documents())}, top)
	return skipped(missing)
}

// skipped is the error of a run that left out the given ids: exit status 3.
func skipped(missing []string) error {
	if len(missing) == 0 {
		return nil
	}
	return fmt.Errorf("%s not stored: %w (see the warnings above)", plural(len(missing), "document"), corpus.ErrSkipped)
}

func quoteList(ids []string) string {
	q := make([]string, len(ids))
	for i, id := range ids {
		q[i] = fmt.Sprintf("%q", id)
	}
	return strings.Join(q, ", ")
}
