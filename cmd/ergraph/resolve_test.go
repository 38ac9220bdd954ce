package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ergraph/ergraph/graph"
)

// buildDocs runs 'ergraph build' on the given articles (file name ->
// text) and returns the graph it wrote, its summary and entities.jsonl.
func buildDocs(t *testing.T, docs map[string]string) (*graph.Graph, string, string) {
	t.Helper()
	dir, out := t.TempDir(), t.TempDir()
	for name, text := range docs {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stdout, stderr, code := runCmd(t, "", "build", "-q", "-o", out, dir)
	if code != exitOK {
		t.Fatalf("ergraph build = exit %d: %s", code, stderr)
	}
	f, err := os.Open(filepath.Join(out, "graph.graphml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := graph.ReadGraphML(f)
	if err != nil {
		t.Fatal(err)
	}
	jsonl, err := os.ReadFile(filepath.Join(out, "entities.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	return g, stdout, string(jsonl)
}

func people(g *graph.Graph) []string {
	var ids []string
	for _, n := range g.Nodes() {
		ids = append(ids, n.ID)
	}
	return ids
}

// The examples of issue 12, across documents.
func TestResolveAcrossDocuments(t *testing.T) {
	t.Run("a company with and without its legal form is one node", func(t *testing.T) {
		g, _, _ := buildDocs(t, map[string]string{
			"a.txt": "Apple Inc. chief executive Tim Cook met investors in California on Monday.",
			"b.txt": "Tim Cook, the chief executive of Apple, spoke in Cupertino on Tuesday.",
		})
		n := g.Node("organization:apple")
		if n == nil || n.Name != "Apple" || !slices.Equal(n.Aliases, []string{"Apple Inc."}) || !slices.Equal(n.Reasons(), []string{"suffix"}) {
			t.Fatalf("organization:apple = %+v; want one node named Apple, alias Apple Inc. merged by suffix (nodes %v)", n, people(g))
		}
	})
	t.Run("a one-letter difference and nothing in common is two people", func(t *testing.T) {
		g, _, _ := buildDocs(t, map[string]string{
			"g.txt": "Footballer Dan Burn scored for Newcastle in Leeds.",
			"h.txt": "Comedian Dan Bern performed in Austin.",
		})
		if g.Node("person:dan-burn") == nil || g.Node("person:dan-bern") == nil {
			t.Errorf("nodes %v; want person:dan-burn and person:dan-bern", people(g))
		}
	})
	t.Run("a country is not a surname", func(t *testing.T) {
		g, _, _ := buildDocs(t, map[string]string{
			"j.txt": "King Abdullah of Jordan met officials in Amman on Sunday. Michael Jordan bought a stake in the Charlotte Hornets on Monday.",
		})
		mj := g.Node("person:michael-jordan")
		if mj == nil || slices.Contains(mj.Aliases, "Jordan") {
			t.Errorf("person:michael-jordan = %+v; want it without the country", mj)
		}
		found := slices.ContainsFunc(g.Nodes(), func(n *graph.Node) bool {
			return n.Name == "Jordan" && n.Type != "Person"
		})
		if !found {
			t.Errorf("nodes %v; want Jordan apart from Michael Jordan, not a person", people(g))
		}
	})
	t.Run("accents folded for matching, kept for display", func(t *testing.T) {
		g, _, _ := buildDocs(t, map[string]string{
			"z1.txt": "Zoë Kravitz met the director in Paris.",
			"z2.txt": "Zoe Kravitz arrived in Paris for the premiere.",
		})
		n := g.Node("person:zoe-kravitz")
		if n == nil || len(g.Nodes()) != 2 || !slices.Contains(append(n.Aliases, n.Name), "Zoë Kravitz") {
			t.Errorf("nodes %v, person:zoe-kravitz = %+v; want one person with the name Zoë Kravitz", people(g), n)
		}
	})
	t.Run("decomposed accents give the composed form's id", func(t *testing.T) {
		g, _, _ := buildDocs(t, map[string]string{"n.txt": "Protesters gathered in Krako\u0301w on Sunday."})
		if n := g.Node("place:krakow"); n == nil || n.Name != "Kraków" {
			t.Errorf("nodes %v; want place:krakow named Kraków", people(g))
		}
	})
	t.Run("a terminal escape is no part of a name and is never printed", func(t *testing.T) {
		g, summary, _ := buildDocs(t, map[string]string{"e.txt": "John Smith\x1b[31m met Anna Berg in Denver. Anna Berg thanked John Smith\x1b[0m."})
		if g.Node("person:john-smith") == nil || strings.Contains(strings.Join(people(g), " "), "31m") {
			t.Errorf("nodes %v; want person:john-smith and no escape in any id", people(g))
		}
		if strings.ContainsRune(summary, '\x1b') {
			t.Errorf("summary prints a raw escape:\n%q", summary)
		}
	})
	t.Run("a wire credit is the document's source, an organisation in no relation", func(t *testing.T) {
		docs := map[string]string{
			"r1.txt": "LONDON (Reuters) - Tesco chief executive Ken Murphy said on Tuesday that sales rose in Britain.",
			"r2.txt": "NAIROBI (Reuters) - Kenyan police arrested John Kamau in Mombasa on Monday.",
			"r3.txt": "WASHINGTON (Reuters) - Defense Secretary Lloyd Austin met NATO ministers at the Pentagon.",
			"r4.txt": "PARIS, May 3 (Reuters) - Renault said profits fell in France.",
		}
		g, _, jsonl := buildDocs(t, docs)
		var agency *graph.Node
		for _, n := range g.Nodes() {
			if strings.Contains(strings.ToLower(n.Name+strings.Join(n.Aliases, " ")), "reuters") {
				if agency != nil || n.Name != "Reuters" || len(n.Aliases) > 0 || n.Type != "Organization" {
					t.Errorf("node %s %q (%s, aliases %v); want one organisation Reuters with no other name", n.ID, n.Name, n.Type, n.Aliases)
				}
				agency = n
			}
		}
		if agency == nil || len(agency.Documents) != len(docs) {
			t.Fatalf("agency node %+v; want organisation Reuters named by the %d documents", agency, len(docs))
		}
		for _, e := range g.Edges() {
			if e.Source == agency.ID || e.Target == agency.ID {
				t.Errorf("edge %s -%s- %s: the agency joins the stories", e.Source, e.Type, e.Target)
			}
		}
		if n := strings.Count(jsonl, `"source":"Reuters"`); n != len(docs) {
			t.Errorf("entities.jsonl has source Reuters on %d documents; want %d:\n%s", n, len(docs), jsonl)
		}
	})
}
