package graph

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
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
			{ent(extract.Organization, "Hamas", 3), ent(extract.Place, "Gaza", 1)},
			{ent(extract.Place, "Hamas", 1), ent(extract.Place, "Gaza", 1)},
		}, map[string]string{"place:hamas": "organization:hamas"}},
		{"people keep their type", [][]extract.Entity{
			{ent(extract.Person, "Jordan", 3)},
			{ent(extract.Place, "Jordan", 1)},
		}, map[string]string{}},
		{"acronym", [][]extract.Entity{
			{ent(extract.Place, "United States", 2)},
			{ent(extract.Place, "US", 5)},
			{ent(extract.Organization, "U.N.", 1), ent(extract.Organization, "United Nations", 1)},
		}, map[string]string{"place:us": "place:united-states", "organization:un": "organization:united-nations"}},
		{"ambiguous acronym", [][]extract.Entity{
			{ent(extract.Organization, "Press Association", 1)},
			{ent(extract.Organization, "Police Authority", 1)},
			{ent(extract.Organization, "PA", 1)},
		}, map[string]string{}},
		{"acronym of another type", [][]extract.Entity{
			{ent(extract.Person, "Barack Hussein Obama", 1)},
			{ent(extract.Organization, "BHO", 1)},
		}, map[string]string{}},
		{"spelling variant", [][]extract.Entity{
			{ent(extract.Person, "Khalid Mahmood", 4)},
			{ent(extract.Person, "Khalid Mahmoud", 1)},
		}, map[string]string{"person:khalid-mahmoud": "person:khalid-mahmood"}},
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
	us, usa, ny := ent(extract.Place, "US", 1), ent(extract.Place, "United States", 1), ent(extract.Place, "New York", 1)
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
	if n == nil || n.Name != "United States" || !slices.Equal(n.Aliases, []string{"US"}) || n.Mentions != 2 || !slices.Equal(n.Documents, []string{"a", "b"}) {
		t.Fatalf("Node(united-states) = %+v; want name United States, alias US, 2 mentions in a and b", n)
	}
	edges := g.Edges()
	if len(edges) != 1 || edges[0].Weight != 3 || !slices.Equal(edges[0].Documents, []string{"a", "b"}) || !slices.Equal(edges[0].DocWeights, []int{2, 1}) {
		t.Errorf("Edges() = %+v; want one edge of weight 3 over a and b", edges[0])
	}
}

func TestResolveKeep(t *testing.T) {
	g := New()
	g.Add(extract.Document{ID: "a", Entities: []extract.Entity{ent(extract.Organization, "Hamas", 1)}})
	g.Add(extract.Document{ID: "b", Entities: []extract.Entity{ent(extract.Place, "Hamas", 5)}})
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

func TestOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"masood", "massood", true}, {"smith", "smyth", true}, {"smith", "smith", false},
		{"smith", "smiths", true}, {"smith", "smithers", false}, {"abcd", "badc", false},
	}
	for _, tt := range tests {
		if got := oneEdit([]rune(tt.a), []rune(tt.b)); got != tt.want {
			t.Errorf("oneEdit(%q, %q) = %v; want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestSpellingsMatchesEveryPair checks the grouped search of spellings
// against comparing every pair of people, on names made to collide.
func TestSpellingsMatchesEveryPair(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	words := []string{"Anna", "Bruno", "Carla", "Dmitri", "Elena", "ſara", "\u212Aelvin"}
	g := New()
	for d := range 80 {
		name := []string{words[r.IntN(len(words))], words[r.IntN(len(words))]}
		if r.IntN(3) == 0 {
			name = append(name, words[r.IntN(len(words))])
		}
		switch i := r.IntN(len(name)); r.IntN(4) {
		case 0: // a one-letter variant
			name[i] += "s"
		case 1: // the same word in other case
			name[i] = strings.ToUpper(name[i])
		}
		e := extract.Entity{ID: fmt.Sprintf("person:%02d", d), Name: strings.Join(name, " "), Type: extract.Person, Mentions: make([]extract.Mention, 1+r.IntN(3))}
		g.Add(extract.Document{ID: fmt.Sprintf("d%d", d%50), Entities: []extract.Entity{e}})
	}
	keep := map[string]bool{"person:01": true, "person:02": true}
	got := spellings(g, keep)
	// Every pair, as spellings did before it grouped names.
	var people []*Node
	for _, n := range g.Nodes() {
		if len(strings.Fields(n.Name)) >= 2 {
			people = append(people, n)
		}
	}
	partners := map[string][]*Node{}
	for i, a := range people {
		for _, b := range people[i+1:] {
			if variant(a.Name, b.Name) && disjoint(a.Documents, b.Documents) {
				partners[a.ID] = append(partners[a.ID], b)
				partners[b.ID] = append(partners[b.ID], a)
			}
		}
	}
	var want [][2]string
	for _, a := range people {
		if ps := partners[a.ID]; len(ps) == 1 && len(partners[ps[0].ID]) == 1 && a.ID < ps[0].ID {
			if p, ok := direction(a, ps[0], keep, moreMentions); ok {
				want = append(want, p)
			}
		}
	}
	t.Logf("%d people with partners, %d pairs", len(partners), len(want))
	if len(partners) == 0 || len(want) == 0 {
		t.Fatalf("the names made no variant pairs; the test needs some")
	}
	if !slices.Equal(got, want) {
		t.Errorf("spellings = %v; comparing every pair gives %v", got, want)
	}
}
