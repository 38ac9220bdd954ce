package graph_test

import (
	"fmt"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/graph"
)

func ExampleRank() {
	person := func(name string) extract.Entity {
		return extract.Entity{ID: extract.ID(extract.Person, name), Name: name, Type: extract.Person}
	}
	cooccurs := func(a, b extract.Entity, weight int) extract.Relation {
		if a.ID > b.ID {
			a, b = b, a
		}
		return extract.Relation{Source: a.ID, Target: b.ID, Type: extract.CoOccurs, Weight: weight}
	}
	ann, bob, cat, dan := person("Ann"), person("Bob"), person("Cat"), person("Dan")
	g := graph.New()
	g.Add(extract.Document{
		ID:       "doc1",
		Entities: []extract.Entity{ann, bob, cat, dan},
		Relations: []extract.Relation{
			cooccurs(ann, bob, 2), cooccurs(bob, cat, 1), cooccurs(cat, dan, 1),
		},
	})
	g.Add(extract.Document{
		ID:        "doc2",
		Entities:  []extract.Entity{bob, ann},
		Relations: []extract.Relation{cooccurs(ann, bob, 1)},
	})
	if err := graph.Rank(g, graph.RankOptions{}); err != nil {
		panic(err)
	}
	fmt.Println("node            deg wdeg betw  close pagerank eigen comm")
	for _, n := range g.Nodes() {
		fmt.Printf("%-15s %3d %4.0f %4.1f %6.3f %8.3f %5.3f %4d\n", n.ID, n.Degree, n.WeightedDegree,
			n.Betweenness, n.Closeness, n.PageRank, n.Eigenvector, n.CommunityID)
	}
	// Output:
	// node            deg wdeg betw  close pagerank eigen comm
	// person:ann        1    3  0.0  0.500    0.270 0.663    0
	// person:bob        2    4  2.0  0.750    0.365 0.703    0
	// person:cat        2    2  2.0  0.750    0.230 0.245    1
	// person:dan        1    1  0.0  0.500    0.135 0.077    1
}
