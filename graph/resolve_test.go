package graph

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/ergraph/ergraph/extract"
)

func ent(t extract.Type, name string, mentions int) extract.Entity {
	return extract.Entity{ID: extract.ID(t, name), Name: name, Type: t, Mentions: make([]extract.Mention, mentions)}
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name string
		docs [][]extract.Entity // one list per document; each document links its entities
		want map[string]string
	}{
		{"type disagreement", [][]extract.Entity{
			{ent(extract.Organization, "Hamas", 3), ent(extract.Place, "Gaza", 1), ent(extract.Place, "Israel", 1)},
			{ent(extract.Place, "Hamas", 1), ent(extract.Place, "Gaza", 1), ent(extract.Place, "Israel", 1)},
		}, map[string]string{"place:hamas": "organization:hamas"}},
		{"a team and its city", [][]extract.Entity{
			{ent(extract.Organization, "Milan", 3), ent(extract.Organization, "Fiorentina", 1), ent(extract.Organization, "Juventus", 1)},
			{ent(extract.Place, "Milan", 1), ent(extract.Place, "Italy", 1), ent(extract.Person, "Giorgio Armani", 1)},
		}, map[string]string{}},
		{"a club and its city sharing players and rivals", [][]extract.Entity{
			{ent(extract.Organization, "Tel Aviv", 3), ent(extract.Organization, "Maccabi Haifa", 1), ent(extract.Person, "Eyal Berkovic", 1)},
			{ent(extract.Place, "Tel Aviv", 1), ent(extract.Organization, "Maccabi Haifa", 1), ent(extract.Person, "Eyal Berkovic", 1)},
		}, map[string]string{}},
		{"a name with and without a middle name", [][]extract.Entity{
			{ent(extract.Person, "Juan Eduardo Esnaider", 2), ent(extract.Organization, "Atletico Madrid", 1), ent(extract.Person, "Milinko Pantic", 1)},
			{ent(extract.Person, "Juan Esnaider", 1), ent(extract.Organization, "Atletico Madrid", 1), ent(extract.Person, "Milinko Pantic", 1)},
		}, map[string]string{"person:juan-esnaider": "person:juan-eduardo-esnaider"}},
		{"a middle name with nothing in common", [][]extract.Entity{
			{ent(extract.Person, "George W. Bush", 2), ent(extract.Place, "Texas", 1)},
			{ent(extract.Person, "George Bush", 1), ent(extract.Place, "Maine", 1)},
		}, map[string]string{}},
		{"an initial glued to a name in lower case", [][]extract.Entity{
			{ent(extract.Person, "Aravinda de Silva", 2), ent(extract.Place, "Sri Lanka", 1), ent(extract.Person, "Sanath Jayasuriya", 1)},
			{ent(extract.Person, "A.de Silva", 1), ent(extract.Place, "Sri Lanka", 1), ent(extract.Person, "S. Jayasuriya", 1)},
		}, map[string]string{"person:a-de-silva": "person:aravinda-de-silva", "person:s-jayasuriya": "person:sanath-jayasuriya"}},
		{"a club's short name and its full name sharing a manager", [][]extract.Entity{
			{ent(extract.Organization, "Tottenham Hotspur", 3), ent(extract.Person, "Antonio Conte", 1), ent(extract.Organization, "Juventus", 1)},
			{ent(extract.Organization, "Tottenham", 1), ent(extract.Person, "Antonio Conte", 1), ent(extract.Place, "London", 1)},
		}, map[string]string{"organization:tottenham": "organization:tottenham-hotspur"}},
		{"a team without its city, sharing a player", [][]extract.Entity{
			{ent(extract.Organization, "Boston Red Sox", 3), ent(extract.Person, "Rafael Devers", 1)},
			{ent(extract.Organization, "Red Sox", 1), ent(extract.Person, "Rafael Devers", 1)},
		}, map[string]string{"organization:red-sox": "organization:boston-red-sox"}},
		{"a short name two organisations start with", [][]extract.Entity{
			{ent(extract.Organization, "Leeds United", 3), ent(extract.Person, "Daniel Farke", 1)},
			{ent(extract.Organization, "Leeds City Council", 2), ent(extract.Person, "Daniel Farke", 1)},
			{ent(extract.Organization, "Leeds", 1), ent(extract.Person, "Daniel Farke", 1)},
		}, map[string]string{}},
		{"a short name with nothing in common", [][]extract.Entity{
			{ent(extract.Organization, "Boston Red Sox", 3), ent(extract.Person, "Rafael Devers", 1)},
			{ent(extract.Organization, "Red Sox", 1), ent(extract.Person, "Jane Doe", 1)},
		}, map[string]string{}},
		{"a one-word person written elsewhere as an organisation's acronym", [][]extract.Entity{
			{ent(extract.Organization, "ISIS", 2), ent(extract.Place, "Syria", 1)},
			{ent(extract.Person, "Isis", 1), ent(extract.Organization, "Facebook", 1)},
		}, map[string]string{"person:isis": "organization:isis"}},
		{"a person of the same name does not keep an organisation from its place reading", [][]extract.Entity{
			{ent(extract.Organization, "Hamas", 3), ent(extract.Place, "Gaza", 1), ent(extract.Place, "Israel", 1)},
			{ent(extract.Place, "Hamas", 1), ent(extract.Place, "Gaza", 1), ent(extract.Place, "Israel", 1)},
			{ent(extract.Person, "Hamas", 1), ent(extract.Place, "Paris", 1)},
		}, map[string]string{"place:hamas": "organization:hamas"}},
		{"people keep their type", [][]extract.Entity{
			{ent(extract.Person, "Jordan", 3)},
			{ent(extract.Place, "Jordan", 1)},
		}, map[string]string{}},
		{"acronym", [][]extract.Entity{
			{ent(extract.Place, "United States", 2), ent(extract.Place, "Mexico", 1)},
			{ent(extract.Place, "US", 5), ent(extract.Place, "Mexico", 1)},
			{ent(extract.Organization, "U.N.", 1), ent(extract.Organization, "United Nations", 1)},
		}, map[string]string{"organization:un": "organization:united-nations"}}, // "US" has the id of "United States"
		{"two-letter acronym with nothing in common", [][]extract.Entity{
			{ent(extract.Organization, "Press Association", 1), ent(extract.Place, "Belfast", 1)},
			{ent(extract.Organization, "PA", 1), ent(extract.Place, "London", 1)},
		}, map[string]string{}},
		{"ambiguous acronym", [][]extract.Entity{
			{ent(extract.Organization, "Press Association", 1)},
			{ent(extract.Organization, "Police Authority", 1)},
			{ent(extract.Organization, "PA", 1)},
		}, map[string]string{}},
		{"acronym of another type", [][]extract.Entity{
			{ent(extract.Person, "Barack Hussein Obama", 1)},
			{ent(extract.Organization, "BHO", 1)},
		}, map[string]string{}},
		{"spelling variant with a place in common", [][]extract.Entity{
			{ent(extract.Person, "Khalid Mahmood", 4), ent(extract.Organization, "Labour", 1)},
			{ent(extract.Person, "Khalid Mahmoud", 1), ent(extract.Organization, "Labour", 1)},
		}, map[string]string{"person:khalid-mahmoud": "person:khalid-mahmood"}},
		{"spelling variant with nothing in common", [][]extract.Entity{
			{ent(extract.Person, "Khalid Mahmood", 4)},
			{ent(extract.Person, "Khalid Mahmoud", 1)},
		}, map[string]string{}},
		{"variants in one document are two people", [][]extract.Entity{
			{ent(extract.Person, "Anna Jensen", 2), ent(extract.Person, "Anna Jenson", 2)},
		}, map[string]string{}},
		{"short names are not variants", [][]extract.Entity{
			{ent(extract.Person, "Tom Lee", 2)},
			{ent(extract.Person, "Tom Lea", 2)},
		}, map[string]string{}},
		{"two different people sharing a surname", [][]extract.Entity{
			{ent(extract.Person, "Mark Kelly", 2)},
			{ent(extract.Person, "Megyn Kelly", 2)},
		}, map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := New()
			for i, ents := range tt.docs {
				d := extract.Document{ID: fmt.Sprintf("d%d", i), Entities: ents}
				for j := 1; j < len(ents); j++ {
					d.Relations = append(d.Relations, extract.Relation{Source: ents[0].ID, Target: ents[j].ID, Type: extract.CoOccurs, Weight: 1})
				}
				g.Add(d)
			}
			got := Resolve(g, nil)
			if !maps.Equal(got, tt.want) {
				t.Errorf("Resolve() = %v; want %v", got, tt.want)
			}
			for from := range got {
				if g.Node(from) != nil {
					t.Errorf("Resolve() left merged node %s in the graph", from)
				}
			}
		})
	}
}

func TestResolveMovesEdges(t *testing.T) {
	us, usa, ny := ent(extract.Organization, "UN", 1), ent(extract.Organization, "United Nations", 1), ent(extract.Place, "New York", 1)
	rel := func(a, b extract.Entity, w int) extract.Relation {
		s, t := a.ID, b.ID
		if s > t {
			s, t = t, s
		}
		return extract.Relation{Source: s, Target: t, Type: extract.CoOccurs, Weight: w, Evidence: []string{a.Name + " and " + b.Name}}
	}
	g := New()
	g.Add(extract.Document{ID: "a", Entities: []extract.Entity{us, ny}, Relations: []extract.Relation{rel(us, ny, 2)}})
	g.Add(extract.Document{ID: "b", Entities: []extract.Entity{usa, ny}, Relations: []extract.Relation{rel(usa, ny, 1)}})
	Resolve(g, nil)
	n := g.Node(usa.ID)
	if n == nil || n.Name != "United Nations" || !slices.Equal(n.Aliases, []string{"UN"}) || n.Mentions != 2 || !slices.Equal(n.Documents, []string{"a", "b"}) {
		t.Fatalf("Node(united-nations) = %+v; want name United Nations, alias UN, 2 mentions in a and b", n)
	}
	edges := g.Edges()
	if len(edges) != 1 || edges[0].Weight != 3 || !slices.Equal(edges[0].Documents, []string{"a", "b"}) || !slices.Equal(edges[0].DocWeights, []int{2, 1}) {
		t.Errorf("Edges() = %+v; want one edge of weight 3 over a and b", edges[0])
	}
}

func TestResolveKeep(t *testing.T) {
	g := New()
	linked := func(id string, e extract.Entity) extract.Document {
		gaza, israel := ent(extract.Place, "Gaza", 1), ent(extract.Place, "Israel", 1)
		return extract.Document{ID: id, Entities: []extract.Entity{e, gaza, israel}, Relations: []extract.Relation{
			{Source: min(e.ID, gaza.ID), Target: max(e.ID, gaza.ID), Type: extract.CoOccurs, Weight: 1},
			{Source: min(e.ID, israel.ID), Target: max(e.ID, israel.ID), Type: extract.CoOccurs, Weight: 1}}}
	}
	g.Add(linked("a", ent(extract.Organization, "Hamas", 1)))
	g.Add(linked("b", ent(extract.Place, "Hamas", 5)))
	got := Resolve(g, map[string]bool{"organization:hamas": true})
	if want := map[string]string{"place:hamas": "organization:hamas"}; !maps.Equal(got, want) {
		t.Errorf("Resolve(keep organization:hamas) = %v; want %v", got, want)
	}
	batch := New()
	batch.Add(extract.Document{ID: "c", Entities: []extract.Entity{ent(extract.Place, "Hamas", 2)}})
	batch.Remap(got, g.Node)
	if n := batch.Node("organization:hamas"); n == nil || batch.Node("place:hamas") != nil || n.Mentions != 2 {
		t.Errorf("Remap moved place:hamas to %+v; want organization:hamas with its 2 mentions", n)
	}
}

// TestResolveMovesManyDocuments merges nodes and edges of more than
// fewDocs documents, in one pass, and checks the result against the
// graph in which every document named the node that absorbs: the
// per-document lists must be the same.
func TestResolveMovesManyDocuments(t *testing.T) {
	us, usa, ny := ent(extract.Organization, "UN", 1), ent(extract.Organization, "United Nations", 1), ent(extract.Place, "New York", 1)
	docs := func(acronym extract.Entity) []extract.Document {
		var out []extract.Document
		for i := range 4 * fewDocs {
			ents := []extract.Entity{usa} // in every third document, the acronym; in some, both
			if i%3 == 1 {
				ents[0] = acronym
				if i%5 == 0 {
					ents = append(ents, usa)
				}
			}
			ents = append(ents, ny)
			d := extract.Document{ID: fmt.Sprintf("d%02d", i), Entities: ents}
			for _, x := range ents[:len(ents)-1] {
				d.Relations = append(d.Relations, extract.Relation{Source: min(x.ID, ny.ID), Target: max(x.ID, ny.ID), Type: extract.CoOccurs, Weight: 1 + i%2, Role: fmt.Sprint(i % 4)})
			}
			out = append(out, d)
		}
		return out
	}
	g, want := New(), New()
	for _, d := range docs(us) {
		g.Add(d)
	}
	for _, d := range docs(usa) {
		want.Add(d)
	}
	if got := Resolve(g, nil); !maps.Equal(got, map[string]string{us.ID: usa.ID}) {
		t.Fatalf("Resolve() = %v; want UN merged into United Nations", got)
	}
	n, w := g.Node(usa.ID), want.Node(usa.ID)
	if !slices.Equal(n.Documents, w.Documents) || !slices.Equal(n.DocMentions, w.DocMentions) || n.Mentions != w.Mentions {
		t.Errorf("United Nations in %v, mentions %v (%d); want %v, %v (%d)", n.Documents, n.DocMentions, n.Mentions, w.Documents, w.DocMentions, w.Mentions)
	}
	ge, we := g.Edges(), want.Edges()
	if len(ge) != 1 || len(we) != 1 {
		t.Fatalf("%d and %d edges; want 1", len(ge), len(we))
	}
	a, b := ge[0], we[0]
	if !slices.Equal(a.Documents, b.Documents) || !slices.Equal(a.DocWeights, b.DocWeights) || !slices.Equal(a.DocRoles, b.DocRoles) || a.Weight != b.Weight {
		t.Errorf("edge over %v, weights %v, roles %v (%d); want %v, %v, %v (%d)", a.Documents, a.DocWeights, a.DocRoles, a.Weight, b.Documents, b.DocWeights, b.DocRoles, b.Weight)
	}
}

// TestSortBlocked checks the radix sort of block keys against a
// comparison sort by key and person, on keys that share runs of bits.
func TestSortBlocked(t *testing.T) {
	for _, size := range []int{0, 1, 100, 5000} {
		var s []blocked
		x := uint64(12345)
		for p := 0; p < size; p++ {
			for range 3 {
				x = x*6364136223846793005 + 1442695040888963407
				k := x
				if x%3 == 0 {
					k = x >> 48 // keys that differ only in their low bits
				}
				s = append(s, blocked{k, p})
			}
			if p%7 == 0 && len(s) > 0 {
				s = append(s, blocked{s[len(s)-1].key, p}) // a duplicate
			}
		}
		want := slices.Clone(s)
		slices.SortFunc(want, func(a, b blocked) int {
			return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.person, b.person))
		})
		if got := sortBlocked(s); !slices.Equal(got, want) {
			t.Errorf("%d people: radix sort differs from a comparison sort", size)
		}
	}
}
