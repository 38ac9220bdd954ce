package store

import (
	"context"
	"testing"
	"time"

	"github.com/ergraph/ergraph/graph"
)

// BenchmarkLoad measures loading into the test server, after a warm-up
// load: the batched UNWIND load of a generated graph of 10,000 entities and
// 100,000 co-occurrence relationships (all of Load: documents, entities,
// 50,000 mentions and the relationships, counted as rels/s over the
// relationships alone), and, beside it, one MERGE per transaction for the
// first 2,000 of the same relationships.
//
//	go test ./graph/store -run '^$' -bench Load -benchtime 1x
func BenchmarkLoad(b *testing.B) {
	g := generated(10000, 100000)
	byType, err := relationRows(g.Edges())
	if err != nil {
		b.Fatal(err)
	}
	rels := byType["CO_OCCURS"]
	warm := generated(2000, 20000)
	b.Run("batched", func(b *testing.B) {
		s := benchStore(b)
		warmUp(b, s, warm)
		var elapsed time.Duration
		for b.Loop() {
			empty(b, s)
			start := time.Now()
			if _, err := s.Load(context.Background(), g); err != nil {
				b.Fatal(err)
			}
			elapsed += time.Since(start)
		}
		b.ReportMetric(float64(len(rels)*b.N)/elapsed.Seconds(), "rels/s")
	})
	b.Run("row-by-row", func(b *testing.B) {
		s := benchStore(b)
		warmUp(b, s, warm)
		rows := rels[:2000]
		var elapsed time.Duration
		for b.Loop() {
			empty(b, s)
			// Nodes batched, so only the relationship writes differ.
			if _, err := s.Load(context.Background(), onlyNodes(g)); err != nil {
				b.Fatal(err)
			}
			start := time.Now()
			for _, row := range rows {
				if _, err := s.batches(context.Background(), relationsCypher("CO_OCCURS"), []map[string]any{row}); err != nil {
					b.Fatal(err)
				}
			}
			elapsed += time.Since(start)
		}
		b.ReportMetric(float64(len(rows)*b.N)/elapsed.Seconds(), "rels/s")
	})
}

// warmUp loads a smaller graph once and empties the database again, so the
// server's query plans and compiled code are ready before timing.
func warmUp(b *testing.B, s *Store, g *graph.Graph) {
	if _, err := s.Load(context.Background(), g); err != nil {
		b.Fatal(err)
	}
	empty(b, s)
}

func benchStore(b *testing.B) *Store {
	s := openEmpty(b)
	return s
}

func empty(b *testing.B, s *Store) { clear(b, s) }

func onlyNodes(g *graph.Graph) *graph.Graph {
	out := graph.New()
	for _, d := range g.Documents() {
		out.SetDocument(d)
	}
	for _, n := range g.Nodes() {
		c := *n
		out.SetNode(&c)
	}
	return out
}
