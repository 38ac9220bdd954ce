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
// 50,000 mentions and the relationships; rels/s is the relationship stage,
// rows/s all of it), and, beside it, one MERGE per transaction for the
// first 2,000 of the same relationships.
//
//	go test ./graph/store -run '^$' -bench Load -benchtime 1x
func BenchmarkLoad(b *testing.B) {
	g := generated(10000, 100000)
	rels := len(g.Edges())
	// Warm up with the same graph: a fresh server's JIT needs one load of
	// this size before its rate settles (measured: 13.7k rels/s on the
	// first timed load after a 20,000-relationship warm-up, 22k later).
	warm := g
	b.Run("batched", func(b *testing.B) {
		s := benchStore(b)
		warmUp(b, s, warm)
		var elapsed, relTime time.Duration
		rows := 0
		for b.Loop() {
			empty(b, s)
			start := time.Now()
			st, err := s.Load(context.Background(), g)
			if err != nil {
				b.Fatal(err)
			}
			elapsed += time.Since(start)
			relTime += st.RelationshipTime
			rows += st.Documents + st.Entities + st.Mentions + st.Relationships
		}
		b.ReportMetric(float64(rels*b.N)/relTime.Seconds(), "rels/s")
		b.ReportMetric(float64(rows)/elapsed.Seconds(), "rows/s")
	})
	b.Run("row-by-row", func(b *testing.B) {
		s := benchStore(b)
		warmUp(b, s, warm)
		var elapsed time.Duration
		var rows []map[string]any
		for b.Loop() {
			empty(b, s)
			// Nodes batched, so only the relationship writes differ.
			if err := s.Setup(context.Background()); err != nil {
				b.Fatal(err)
			}
			nodes, err := s.loadNodes(context.Background(), g, everyDoc, false, &LoadStats{})
			if err != nil {
				b.Fatal(err)
			}
			byType, err := relationRows(g.Edges(), nodes, everyDoc)
			if err != nil {
				b.Fatal(err)
			}
			rows = params(byType["CO_OCCURS"][:2000])
			start := time.Now()
			for _, row := range rows {
				if _, err := s.batches(context.Background(), relationsCypher("CO_OCCURS", false), []map[string]any{row}, nil); err != nil {
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
