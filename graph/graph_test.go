package graph

import (
	"fmt"
	"slices"
	"testing"

	"github.com/ergraph/ergraph/extract"
)

func person(name string, mentions int, aliases ...string) extract.Entity {
	return extract.Entity{ID: extract.ID(extract.Person, name), Name: name, Type: extract.Person,
		Aliases: aliases, Mentions: make([]extract.Mention, mentions)}
}

func org(name string) extract.Entity {
	return extract.Entity{ID: extract.ID(extract.Organization, name), Name: name, Type: extract.Organization,
		Mentions: make([]extract.Mention, 1)}
}

func cooccurs(a, b extract.Entity, weight int, evidence ...string) extract.Relation {
	s, t := a.ID, b.ID
	if s > t {
		s, t = t, s
	}
	return extract.Relation{Source: s, Target: t, Type: extract.CoOccurs, Weight: weight, Confidence: 1, Evidence: evidence}
}

func TestAdd(t *testing.T) {
	rudd, cook := person("Amber Rudd", 3, "Rudd", "Ms Rudd"), person("Tim Cook", 2, "Cook")
	apple, whatsapp := org("Apple"), org("WhatsApp")
	g := New()
	g.Add(extract.Document{ID: "d1", Entities: []extract.Entity{rudd, whatsapp},
		Relations: []extract.Relation{cooccurs(rudd, whatsapp, 2, "Rudd named WhatsApp.", "Again.")}})
	g.Add(extract.Document{ID: "d2", Entities: []extract.Entity{rudd, cook, apple, whatsapp},
		Relations: []extract.Relation{
			cooccurs(rudd, whatsapp, 1, "Rudd named WhatsApp."),
			cooccurs(cook, apple, 1, "Cook runs Apple."),
			{Source: cook.ID, Target: apple.ID, Type: extract.WorksFor, Directed: true, Role: "chief executive", Weight: 1, Confidence: 0.9},
			{Source: cook.ID, Target: "person:nobody", Type: extract.CoOccurs, Weight: 1},
		}})
	g.Add(extract.Document{ID: "d1", Entities: []extract.Entity{rudd}}) // a repeat changes nothing

	if got := len(g.Documents()); got != 2 {
		t.Errorf("Documents() = %d; want 2", got)
	}
	n := g.Node(rudd.ID)
	if n == nil || n.Name != "Amber Rudd" || n.Mentions != 6 || !slices.Equal(n.Documents, []string{"d1", "d2"}) ||
		!slices.Equal(n.Aliases, []string{"Ms Rudd", "Rudd"}) {
		t.Errorf("Node(%q) = %+v; want Amber Rudd, 6 mentions, in d1 and d2, aliases Ms Rudd and Rudd", rudd.ID, n)
	}
	var got []string
	for _, e := range g.Edges() {
		got = append(got, fmt.Sprintf("%s-%s-%s w=%d docs=%v dw=%v ev=%d", e.Source, e.Type, e.Target, e.Weight, e.Documents, e.DocWeights, len(e.Evidence)))
	}
	want := []string{
		"organization:apple-CO_OCCURS-person:tim-cook w=1 docs=[d2] dw=[1] ev=1",
		"organization:whatsapp-CO_OCCURS-person:amber-rudd w=3 docs=[d1 d2] dw=[2 1] ev=2",
		"person:tim-cook-WORKS_FOR-organization:apple w=1 docs=[d2] dw=[1] ev=0",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Edges() =\n%q\nwant\n%q", got, want)
	}
}

func TestCanonical(t *testing.T) {
	tests := []struct {
		name  string
		names map[string]int
		want  string
	}{
		{"most used", map[string]int{"Amber Rudd": 5, "Rudd": 0}, "Amber Rudd"},
		{"tie goes to longer", map[string]int{"Tim Cook": 2, "Timothy Cook": 2}, "Timothy Cook"},
		{"tie goes to the name without a legal form", map[string]int{"Apple": 2, "Apple Inc.": 2}, "Apple"},
		{"tie of length goes to first", map[string]int{"Abc": 1, "Abd": 1}, "Abc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := canonical(tt.names); got != tt.want {
				t.Errorf("canonical(%v) = %q; want %q", tt.names, got, tt.want)
			}
		})
	}
}

func ExampleGraph_Add() {
	rudd := extract.Entity{ID: "person:amber-rudd", Name: "Amber Rudd", Type: extract.Person, Mentions: make([]extract.Mention, 2)}
	app := extract.Entity{ID: "organization:whatsapp", Name: "WhatsApp", Type: extract.Organization, Mentions: make([]extract.Mention, 1)}
	link := extract.Relation{Source: app.ID, Target: rudd.ID, Type: extract.CoOccurs, Weight: 1}
	g := New()
	g.Add(extract.Document{ID: "monday", Entities: []extract.Entity{rudd, app}, Relations: []extract.Relation{link}})
	g.Add(extract.Document{ID: "tuesday", Entities: []extract.Entity{rudd, app}, Relations: []extract.Relation{link}})
	for _, n := range g.Nodes() {
		fmt.Println(n.ID, n.Mentions, n.Documents)
	}
	for _, e := range g.Edges() {
		fmt.Println(e.Source, e.Type, e.Target, e.Weight)
	}
	// Output:
	// organization:whatsapp 2 [monday tuesday]
	// person:amber-rudd 4 [monday tuesday]
	// organization:whatsapp CO_OCCURS person:amber-rudd 2
}

// A relation one document states as past stays former when another
// document states it as current: "former" is the later state.
func TestFormerMerges(t *testing.T) {
	p := extract.Entity{ID: "person:john-sculley", Name: "John Sculley", Type: extract.Person, Mentions: make([]extract.Mention, 1)}
	o := extract.Entity{ID: "organization:apple", Name: "Apple", Type: extract.Organization, Mentions: make([]extract.Mention, 1)}
	rel := func(former bool) []extract.Relation {
		return []extract.Relation{{Source: p.ID, Target: o.ID, Type: extract.WorksFor, Directed: true, Weight: 1, Confidence: 0.8, Former: former}}
	}
	for _, order := range [][2]bool{{false, true}, {true, false}, {false, false}} {
		g := New()
		g.Add(extract.Document{ID: "a", Entities: []extract.Entity{p, o}, Relations: rel(order[0])})
		g.Add(extract.Document{ID: "b", Entities: []extract.Entity{p, o}, Relations: rel(order[1])})
		edges := g.Edges()
		if len(edges) != 1 {
			t.Fatalf("%v: %d edges, want 1", order, len(edges))
		}
		if want := order[0] || order[1]; edges[0].Former != want {
			t.Errorf("documents former %v: edge Former = %v, want %v", order, edges[0].Former, want)
		}
	}
}

// TestAddOutOfOrder adds the same documents in order and in reverse:
// nodes and edges must list their documents sorted, with the
// per-document lists in step, either way.
func TestAddOutOfOrder(t *testing.T) {
	rudd, apple := person("Amber Rudd", 1), org("Apple")
	var docs []extract.Document
	for i := range 12 {
		rudd.Roles = []string{fmt.Sprint("role", i%3)}
		d := extract.Document{ID: fmt.Sprintf("d%02d", i), Entities: []extract.Entity{rudd, apple},
			Relations: []extract.Relation{cooccurs(rudd, apple, 1+i%4, fmt.Sprint("sentence ", i))}}
		if i%2 == 0 {
			d.Entities = append(d.Entities, person("Amber Rudd", i)) // a second entity, the same node
		}
		docs = append(docs, d)
	}
	forward, backward := New(), New()
	for i := range docs {
		forward.Add(docs[i])
		backward.Add(docs[len(docs)-1-i])
	}
	n, m := forward.Node(rudd.ID), backward.Node(rudd.ID)
	if !slices.IsSorted(m.Documents) || !slices.Equal(n.Documents, m.Documents) || !slices.Equal(n.DocMentions, m.DocMentions) ||
		!slices.EqualFunc(n.DocRoles, m.DocRoles, slices.Equal) {
		t.Errorf("in reverse: documents %v, mentions %v, roles %v; want %v, %v, %v", m.Documents, m.DocMentions, m.DocRoles, n.Documents, n.DocMentions, n.DocRoles)
	}
	e, f := forward.Edges()[0], backward.Edges()[0]
	if !slices.IsSorted(f.Documents) || !slices.Equal(e.Documents, f.Documents) || !slices.Equal(e.DocWeights, f.DocWeights) || e.Weight != f.Weight {
		t.Errorf("edge in reverse: documents %v, weights %v (%d); want %v, %v (%d)", f.Documents, f.DocWeights, f.Weight, e.Documents, e.DocWeights, e.Weight)
	}
}
