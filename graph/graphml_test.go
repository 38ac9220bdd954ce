package graph

import (
	"bytes"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ergraph/ergraph/extract"
)

var update = flag.Bool("update", false, "rewrite golden files")

// sample is a small graph with text that needs escaping.
func sample() *Graph {
	a := extract.Entity{ID: "organization:at-t", Name: `AT&T "Ma Bell" <inc>`, Type: extract.Organization,
		Aliases: []string{"AT&T"}, Mentions: make([]extract.Mention, 2)}
	b := extract.Entity{ID: "person:jose-alvarez", Name: "José Álvarez", Type: extract.Person,
		Roles: []string{"chief executive"}, Mentions: make([]extract.Mention, 1)}
	c := extract.Entity{ID: "place:dallas", Name: "Dallas", Type: extract.Place, Mentions: make([]extract.Mention, 1)}
	g := New()
	g.Add(extract.Document{ID: "doc-1", Entities: []extract.Entity{a, b, c}, Relations: []extract.Relation{
		{Source: a.ID, Target: b.ID, Type: extract.CoOccurs, Weight: 2, Confidence: 1, Evidence: []string{"José Álvarez runs AT&T.", "He said: \"<no>\"."}},
		{Source: b.ID, Target: a.ID, Type: extract.WorksFor, Directed: true, Role: "former chief executive", Weight: 1, Confidence: 0.8, Former: true},
		{Source: a.ID, Target: c.ID, Type: extract.BasedIn, Directed: true, Weight: 1, Confidence: 0.7},
	}})
	n := g.Node(a.ID)
	n.Scores = Scores{Degree: 2, WeightedDegree: 3, Betweenness: 1, Closeness: 1, PageRank: 0.4, Eigenvector: 0.7071067811865476, CommunityID: 0}
	return g
}

func TestWriteGraphMLGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteGraphML(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "sample.graphml")
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./graph -update)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("WriteGraphML(sample) differs from %s:\n%s", golden, buf.String())
	}
}

func TestWriteGraphMLStructure(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteGraphML(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	if i, j := strings.LastIndex(s, "<key "), strings.Index(s, "<graph "); i < 0 || j < i {
		t.Errorf("WriteGraphML: keys must come before <graph>")
	}
	if !strings.Contains(s, `edgedefault="undirected"`) {
		t.Errorf("WriteGraphML: no edgedefault")
	}
	dec := xml.NewDecoder(strings.NewReader(s))
	for {
		tok, err := dec.Token()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("WriteGraphML output is not well-formed XML: %v", err)
			}
			break
		}
		if el, ok := tok.(xml.StartElement); ok && el.Name.Local == "key" {
			attrs := map[string]string{}
			for _, a := range el.Attr {
				attrs[a.Name.Local] = a.Value
			}
			if attrs["for"] == "" || attrs["attr.name"] == "" || attrs["attr.type"] == "" {
				t.Errorf("key %v lacks for, attr.name or attr.type", attrs)
			}
		}
	}
}

func TestGraphMLRoundTrip(t *testing.T) {
	g := sample()
	var buf bytes.Buffer
	if err := WriteGraphML(&buf, g); err != nil {
		t.Fatal(err)
	}
	back, err := ReadGraphML(&buf)
	if err != nil {
		t.Fatal(err)
	}
	assertSameGraph(t, g, back)
}

func TestReadGraphMLErrors(t *testing.T) {
	tests := []struct{ name, in string }{
		{"not xml", "graph"},
		{"no graph", `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"></graphml>`},
		{"edge to nowhere", `<graphml><graph edgedefault="undirected"><node id="a"/><edge source="a" target="b"/></graph></graphml>`},
		{"undeclared key", `<graphml><graph edgedefault="undirected"><node id="a"><data key="zz">1</data></node></graph></graphml>`},
		{"bad number", `<graphml><key id="d5" for="node" attr.name="mentions" attr.type="int"/><graph edgedefault="undirected"><node id="a"><data key="d5">many</data></node></graph></graphml>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := ReadGraphML(strings.NewReader(tt.in)); err == nil {
				t.Errorf("ReadGraphML(%q) = nil error; want one", tt.in)
			}
		})
	}
}

// comparable is what GraphML keeps of a graph.
type comparable struct {
	Nodes []Node
	Edges []Edge
}

func view(g *Graph) comparable {
	var c comparable
	for _, n := range g.Nodes() {
		n := *n
		n.names, n.DocMentions = nil, nil
		n.Aliases, n.Roles, n.Documents = nilIfEmpty(n.Aliases), nilIfEmpty(n.Roles), nilIfEmpty(n.Documents)
		c.Nodes = append(c.Nodes, n)
	}
	for _, e := range g.Edges() {
		e := *e
		e.DocWeights = nil
		e.Documents, e.Evidence = nilIfEmpty(e.Documents), nilIfEmpty(e.Evidence)
		c.Edges = append(c.Edges, e)
	}
	return c
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

func assertSameGraph(t *testing.T, want, got *Graph) {
	t.Helper()
	if w, g := view(want), view(got); !reflect.DeepEqual(w, g) {
		t.Errorf("ReadGraphML(WriteGraphML(g)) =\n%+v\nwant\n%+v", g, w)
	}
}

// xmlSafe replaces what XML 1.0 cannot carry, as encoding/xml does.
func xmlSafe(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF {
			return r
		}
		return '\uFFFD'
	}, s)
}

func FuzzGraphML(f *testing.F) {
	f.Add("AT&T <\"x\">", "Rudd", "She said \"no\".\r\n", 3)
	f.Add("", "", "", 0)
	f.Add("\x00\xff", "]]>", "\ufffe", -1)
	f.Fuzz(func(t *testing.T, name, alias, evidence string, weight int) {
		name, alias, evidence = xmlSafe(name), xmlSafe(alias), xmlSafe(evidence)
		if !utf8.ValidString(name) {
			t.Skip()
		}
		a := extract.Entity{ID: extract.ID(extract.Person, name) + "-a", Name: name, Type: extract.Person,
			Aliases: []string{alias}, Mentions: make([]extract.Mention, 1)}
		b := extract.Entity{ID: "place:x", Name: alias, Type: extract.Place, Mentions: make([]extract.Mention, 1)}
		if a.ID == b.ID || alias == name {
			t.Skip()
		}
		g := New()
		g.Add(extract.Document{ID: "d", Entities: []extract.Entity{a, b}, Relations: []extract.Relation{
			{Source: a.ID, Target: b.ID, Type: extract.LivesIn, Directed: true, Weight: weight, Evidence: []string{evidence}},
		}})
		var buf bytes.Buffer
		if err := WriteGraphML(&buf, g); err != nil {
			t.Fatal(err)
		}
		back, err := ReadGraphML(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("ReadGraphML(WriteGraphML(g)) error %v\n%s", err, buf.String())
		}
		assertSameGraph(t, g, back)
	})
}
