package view

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/graph"
)

// golden reads the build of testdata/ kept in testdata/golden.
func golden(t *testing.T) (*graph.Graph, Sources) {
	t.Helper()
	dir := filepath.Join("..", "..", "testdata", "golden")
	gf, err := os.Open(filepath.Join(dir, "graph.graphml.golden"))
	if err != nil {
		t.Fatal(err)
	}
	defer gf.Close()
	g, err := graph.ReadGraphML(gf)
	if err != nil {
		t.Fatal(err)
	}
	jf, err := os.Open(filepath.Join(dir, "entities.jsonl.golden"))
	if err != nil {
		t.Fatal(err)
	}
	defer jf.Close()
	src, err := ReadSources(jf, g)
	if err != nil {
		t.Fatal(err)
	}
	return g, src
}

func page(t *testing.T, g *graph.Graph, opt Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, g, opt); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

var dataRE = regexp.MustCompile(`(?s)<script type="application/json" id="ergraph-data">(.*?)</script>`)

// embedded returns the data the page reads.
func embedded(t *testing.T, html string) payload {
	t.Helper()
	m := dataRE.FindAllStringSubmatch(html, -1)
	if len(m) != 1 {
		t.Fatalf("page has %d data elements, want 1", len(m))
	}
	var p payload
	if err := json.Unmarshal([]byte(m[0][1]), &p); err != nil {
		t.Fatalf("embedded data: %v", err)
	}
	return p
}

func TestEmbeddedDataMatchesGraphML(t *testing.T) {
	g, src := golden(t)
	p := embedded(t, page(t, g, Options{Sources: src}))
	if len(p.Nodes) != len(g.Nodes()) || len(p.Edges) != len(g.Edges()) {
		t.Fatalf("page has %d nodes and %d edges, GraphML %d and %d", len(p.Nodes), len(p.Edges), len(g.Nodes()), len(g.Edges()))
	}
	want := g.Node("person:amber-rudd")
	if want == nil {
		t.Fatal("no person:amber-rudd in the golden GraphML")
	}
	i := slices.IndexFunc(p.Nodes, func(n node) bool { return n.ID == want.ID })
	if i < 0 {
		t.Fatal("Amber Rudd is not in the page")
	}
	got := p.Nodes[i]
	if got.Name != want.Name || p.Types[got.Type] != string(want.Type) || !slices.Equal(got.Roles, want.Roles) ||
		!slices.Equal(got.Aliases, want.Aliases) || got.Mentions != want.Mentions || got.Degree != want.Degree ||
		got.Community != want.CommunityID {
		t.Errorf("page node %+v, GraphML %+v", got, want)
	}
	for name, pair := range map[string][2]float64{
		"pagerank": {float64(got.PageRank), want.PageRank}, "betweenness": {float64(got.Betweenness), want.Betweenness},
		"closeness": {float64(got.Closeness), want.Closeness}, "eigenvector": {float64(got.Eigenvector), want.Eigenvector},
	} {
		if math.Abs(pair[0]-pair[1]) > 1e-5*math.Abs(pair[1]) {
			t.Errorf("%s: page %v, GraphML %v", name, pair[0], pair[1])
		}
	}
	var docs []string
	for _, d := range got.Docs {
		docs = append(docs, p.Docs[d].ID)
	}
	if !slices.Equal(docs, want.Documents) {
		t.Errorf("documents: page %v, GraphML %v", docs, want.Documents)
	}
	// The first N of the page are the top N by PageRank.
	for k := 1; k < len(p.Nodes); k++ {
		if p.Nodes[k].PageRank > p.Nodes[k-1].PageRank {
			t.Fatalf("node %d has a higher PageRank than node %d", k, k-1)
		}
	}
	// Every edge keeps its ends, type and evidence.
	edges := g.Edges()
	for k, e := range p.Edges {
		w := edges[k]
		if p.Nodes[e.Source].ID != w.Source || p.Nodes[e.Target].ID != w.Target || p.RelTypes[e.Type] != w.Type ||
			e.Weight != w.Weight || e.Directed != w.Directed || len(e.Evidence) != len(w.Evidence) {
			t.Fatalf("edge %d: page %+v, GraphML %+v", k, e, w)
		}
		for j, ev := range e.Evidence {
			if p.Sentences[ev[0]] != w.Evidence[j] {
				t.Fatalf("edge %d sentence %d: %q, want %q", k, j, p.Sentences[ev[0]], w.Evidence[j])
			}
		}
	}
}

func TestEvidenceNamesItsDocument(t *testing.T) {
	g, src := golden(t)
	p := embedded(t, page(t, g, Options{Sources: src}))
	var known, unknown int
	for _, e := range p.Edges {
		for _, ev := range e.Evidence {
			if ev[1] < 0 {
				unknown++
				continue
			}
			known++
			if !slices.Contains(e.Docs, ev[1]) {
				t.Errorf("sentence %q is attributed to %s, not one of its edge's documents", p.Sentences[ev[0]], p.Docs[ev[1]].ID)
			}
		}
	}
	if unknown > 0 || known == 0 {
		t.Errorf("%d sentences with a document, %d without; want all with one", known, unknown)
	}
	// Document metadata comes from entities.jsonl.
	i := slices.IndexFunc(p.Docs, func(d doc) bool { return d.ID == "brief-2017-03-27" })
	if i < 0 || p.Docs[i].URL != "https://example.org/briefs/rudd-tech" || p.Docs[i].Published != "2017-03-27" || p.Docs[i].Title == "" {
		t.Errorf("brief-2017-03-27 in the page: %+v", p.Docs[max(i, 0)])
	}
}

func TestSentenceDoc(t *testing.T) {
	index := map[string]int{"a": 0, "b": 1, "c": 2}
	src := Sources{"one": {"c", "b"}, "two": {"c"}}
	tests := []struct {
		name, sentence string
		docs           []string
		src            Sources
		want           int
	}{
		{"first source among the edge's documents", "one", []string{"a", "b"}, src, 1},
		{"source not among them, several documents", "two", []string{"a", "b"}, src, -1},
		{"no sources, one document", "two", []string{"a"}, nil, 0},
		{"no sources, several documents", "one", []string{"a", "b"}, nil, -1},
	}
	for _, tt := range tests {
		if got := sentenceDoc(tt.sentence, tt.docs, tt.src, index); got != tt.want {
			t.Errorf("%s: sentenceDoc = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// hostile is a graph whose every string tries to break out of the page.
func hostile(t *testing.T) *graph.Graph {
	t.Helper()
	g := graph.New()
	g.Add(extract.Document{ID: "d1", Title: `</title><script>alert("title")</script>`, URL: "javascript:alert(1)",
		Entities: []extract.Entity{
			{ID: "person:x", Name: `</script><script>alert("name")</script>`, Type: extract.Person,
				Aliases: []string{`<img src=x onerror=alert(1)>`}, Mentions: []extract.Mention{{Text: "x"}}},
			{ID: "place:y", Name: `Zoë & "<!--"`, Type: extract.Place, Mentions: []extract.Mention{{Text: "y"}}},
		},
		Relations: []extract.Relation{{Source: "person:x", Target: "place:y", Type: extract.CoOccurs, Weight: 1,
			Evidence: []string{`He said </SCRIPT ><script>alert("evidence")</script> in Zoë's town.`}}},
	})
	if err := graph.Rank(g, graph.RankOptions{}); err != nil {
		t.Fatal(err)
	}
	return g
}

func TestHostileTextIsEscaped(t *testing.T) {
	g := hostile(t)
	html := page(t, g, Options{Title: `<b>"x"</b>`})
	for _, bad := range []string{`alert("name")`, `alert("evidence")`, `alert("title")`, `<img src=x`, `<b>"x"</b>`} {
		if strings.Contains(html, bad) {
			t.Errorf("page contains %q unescaped", bad)
		}
	}
	// Two script elements (data and viewer) and nothing else opens or closes one.
	if n := strings.Count(strings.ToLower(html), "<script"); n != 2 {
		t.Errorf("page opens %d script elements, want 2", n)
	}
	if n := strings.Count(strings.ToLower(html), "</script"); n != 2 {
		t.Errorf("page closes %d script elements, want 2", n)
	}
	// The text survives intact for the page to show as text.
	p := embedded(t, html)
	names := []string{p.Nodes[0].Name, p.Nodes[1].Name}
	slices.Sort(names)
	if names[0] != `</script><script>alert("name")</script>` || names[1] != `Zoë & "<!--"` {
		t.Errorf("names after the round trip: %q", names)
	}
	if p.Sentences[0] != `He said </SCRIPT ><script>alert("evidence")</script> in Zoë's town.` {
		t.Errorf("sentence after the round trip: %q", p.Sentences[0])
	}
}

var urlAttrRE = regexp.MustCompile(`(?i)\b(?:src|href|action|srcset|poster|data)\s*=\s*["']?([^"'\s>]*)`)

// TestNoExternalResources checks that the page refers to no URL but the
// documents': nothing to fetch, no CDN.
func TestNoExternalResources(t *testing.T) {
	g, src := golden(t)
	html := page(t, g, Options{Sources: src})
	for _, m := range urlAttrRE.FindAllStringSubmatch(html, -1) {
		t.Errorf("page has a URL attribute %q", m[0])
	}
	p := embedded(t, html)
	allowed := map[string]bool{}
	for _, d := range p.Docs {
		if d.URL != "" {
			allowed[d.URL] = true
		}
	}
	if len(allowed) == 0 {
		t.Fatal("testdata has no document URL: the test would prove nothing about links")
	}
	for _, u := range regexp.MustCompile(`(?i)(?:https?|ftp|wss?):\\?/\\?/[^"'\s<>\\]+`).FindAllString(html, -1) {
		if !allowed[u] {
			t.Errorf("page refers to %q, which is no document's URL", u)
		}
	}
	if !strings.Contains(html, `http-equiv="Content-Security-Policy" content="default-src 'none';`) {
		t.Error("page has no Content-Security-Policy that forbids fetching")
	}
}

func TestWriteIsDeterministic(t *testing.T) {
	g, src := golden(t)
	a, b := page(t, g, Options{Sources: src}), page(t, g, Options{Sources: src})
	if a != b {
		t.Error("two pages of the same graph differ")
	}
}

func TestInitial(t *testing.T) {
	g, _ := golden(t)
	for _, tt := range []struct{ in, want int }{{0, DefaultInitial}, {-1, -1}, {10, 10}} {
		if got := embedded(t, page(t, g, Options{Initial: tt.in})).Initial; got != tt.want {
			t.Errorf("Options.Initial %d: page starts with %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestReadSourcesBadLine(t *testing.T) {
	_, err := ReadSources(strings.NewReader("{\"doc\":\"a\"}\n{broken\n"), graph.New())
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("ReadSources on a broken second line: %v, want an error naming line 2", err)
	}
}
