package store

import (
	"fmt"
	"math/rand/v2"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/graph"
)

// generated returns a fixed-seed graph of n entities and about m
// co-occurrence relationships spread over documents of 20 entities each,
// for load tests and benchmarks.
func generated(n, m int) *graph.Graph {
	r := rand.New(rand.NewPCG(1, 2))
	types := extract.Types
	ents := make([]extract.Entity, n)
	for i := range ents {
		t := types[i%len(types)]
		name := fmt.Sprintf("Entity %06d", i)
		ents[i] = extract.Entity{ID: extract.ID(t, name), Name: name, Type: t, Mentions: make([]extract.Mention, 1+i%3)}
	}
	g := graph.New()
	perDoc := 40 // relations per document
	for d := 0; d*perDoc < m; d++ {
		doc := extract.Document{ID: fmt.Sprintf("gen-%05d", d), Title: fmt.Sprintf("Generated %d", d)}
		picked := map[int]bool{}
		var idx []int
		for len(idx) < 20 {
			i := r.IntN(n)
			if !picked[i] {
				picked[i] = true
				idx = append(idx, i)
				doc.Entities = append(doc.Entities, ents[i])
			}
		}
		seen := map[[2]int]bool{}
		for len(doc.Relations) < perDoc {
			a, b := idx[r.IntN(len(idx))], idx[r.IntN(len(idx))]
			if a == b || seen[[2]int{a, b}] || seen[[2]int{b, a}] {
				continue
			}
			seen[[2]int{a, b}] = true
			s, t := ents[a].ID, ents[b].ID
			if s > t {
				s, t = t, s
			}
			doc.Relations = append(doc.Relations, extract.Relation{Source: s, Target: t, Type: extract.CoOccurs,
				Weight: 1 + r.IntN(3), Confidence: 1, Evidence: []string{fmt.Sprintf("Sentence %d of %s.", len(doc.Relations), doc.ID)}})
		}
		g.Add(doc)
	}
	return g
}

// everyDoc keeps every document's contribution.
func everyDoc(string) bool { return true }
