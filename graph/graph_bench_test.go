package graph

import (
	"fmt"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/ergraph/ergraph/extract"
)

// benchDocs returns n fixed-seed documents of 20 entities each, drawn from
// a pool of n*4 entities, with 40 co-occurrence relations apiece.
func benchDocs(n int) []extract.Document {
	r := rand.New(rand.NewPCG(7, 7))
	pool := n * 4
	docs := make([]extract.Document, n)
	for i := range docs {
		d := extract.Document{ID: fmt.Sprintf("doc-%06d", i)}
		seen := map[int]bool{}
		var ents []extract.Entity
		for len(ents) < 20 {
			k := r.IntN(pool)
			if seen[k] {
				continue
			}
			seen[k] = true
			t := extract.Types[k%4]
			name := fmt.Sprintf("Entity %d", k)
			ents = append(ents, extract.Entity{ID: extract.ID(t, name), Name: name, Type: t, Mentions: make([]extract.Mention, 2)})
		}
		d.Entities = ents
		for j := 0; j < 40; j++ {
			a, b := ents[j%20], ents[(j*7+1)%20]
			if a.ID == b.ID {
				continue
			}
			s, t := a.ID, b.ID
			if s > t {
				s, t = t, s
			}
			d.Relations = append(d.Relations, extract.Relation{Source: s, Target: t, Type: extract.CoOccurs, Weight: 1, Evidence: []string{"A sentence."}})
		}
		docs[i] = d
	}
	return docs
}

// BenchmarkAdd merges 1,000 documents into a new graph.
func BenchmarkAdd(b *testing.B) {
	docs := benchDocs(1000)
	for b.Loop() {
		g := New()
		for _, d := range docs {
			g.Add(d)
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkWriteGraphML writes the graph of 2,000 documents (about 8,000
// nodes and 70,000 edges).
func BenchmarkWriteGraphML(b *testing.B) {
	g := New()
	for _, d := range benchDocs(2000) {
		g.Add(d)
	}
	b.Logf("%d nodes, %d edges", len(g.Nodes()), len(g.Edges()))
	for b.Loop() {
		if err := WriteGraphML(io.Discard, g); err != nil {
			b.Fatal(err)
		}
	}
}
