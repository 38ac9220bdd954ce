package store

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/extract/corpus"
	"github.com/ergraph/ergraph/graph"
	"github.com/ergraph/ergraph/queries"
)

// testConfig is the server the integration tests use: NEO4J_URI and
// friends, as scripts/neo4j-local.sh prints them. Without one the tests
// skip, except under CI=true, where a missing server is a failure.
func testConfig(t testing.TB) Config {
	t.Helper()
	cfg := Config{URI: os.Getenv("NEO4J_URI"), User: os.Getenv("NEO4J_USERNAME"),
		Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")}
	if cfg.URI == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but NEO4J_URI is not set: start Neo4j with scripts/neo4j-local.sh")
		}
		t.Skip("NEO4J_URI not set; run eval \"$(scripts/neo4j-local.sh start)\" to run integration tests")
	}
	return cfg
}

// openEmpty connects to the test server and empties its database.
func openEmpty(t testing.TB) *Store {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, testConfig(t))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close(ctx) })
	clear(t, s)
	// A load killed by an earlier test (of this package or cmd/ergraph)
	// leaves its lock node; the tests own the server, so it goes too.
	if err := s.write(ctx, "MATCH (l:ErgraphLock) DELETE l", nil, nil); err != nil {
		t.Fatal(err)
	}
	return s
}

// clear empties the database.
func clear(t testing.TB, s *Store) {
	t.Helper()
	if err := s.Clear(context.Background()); err != nil {
		t.Fatalf("Clear: %v", err)
	}
}

// buildGraph extracts paths into a graph, as 'ergraph build' does.
func buildGraph(t testing.TB, paths ...string) *graph.Graph {
	t.Helper()
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	g := graph.New()
	err = corpus.Read(context.Background(), paths, corpus.Options{}, func(in extract.Input) error {
		g.Add(x.Extract(in))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// snapshot returns every node and relationship of the database with all
// their properties, lists sorted, as sorted lines; only loadedAt, the time
// a document was loaded, is left out.
func snapshot(t *testing.T, s *Store) []string {
	t.Helper()
	ctx := context.Background()
	var lines []string
	nodes, err := s.read(ctx, "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range nodes.Records {
		labels, _ := r.Get("labels")
		props, _ := r.Get("props")
		lines = append(lines, fmt.Sprintf("node %v %s", labels, canon(props)))
	}
	rels, err := s.read(ctx, "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rels.Records {
		a, _ := r.Get("a")
		typ, _ := r.Get("type")
		b, _ := r.Get("b")
		props, _ := r.Get("props")
		lines = append(lines, fmt.Sprintf("rel %v-%v->%v %s", a, typ, b, canon(props)))
	}
	sort.Strings(lines)
	return lines
}

// canon prints a property map with sorted keys and the type of each value
// (of each item of a list); lists are sorted, except docWeights, which
// follows documents.
func canon(v any) string {
	props, _ := v.(map[string]any)
	delete(props, "loadedAt")
	if docs, ok := props["documents"].([]any); ok {
		if ws, ok := props["docWeights"].([]any); ok && len(ws) == len(docs) {
			pairs := make([]string, len(docs))
			for i := range docs {
				pairs[i] = fmt.Sprintf("%v=%v", docs[i], ws[i])
			}
			sort.Strings(pairs)
			props["docWeights"] = pairs
		}
	}
	keys := make([]string, 0, len(props))
	for k := range props {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		val := props[k]
		if list, ok := val.([]any); ok {
			s := make([]string, len(list))
			for i, e := range list {
				s[i] = fmt.Sprintf("%T:%v", e, e)
			}
			sort.Strings(s)
			fmt.Fprintf(&b, "%s=%q ", k, s)
			continue
		}
		if f, ok := val.(float64); ok {
			val = fmt.Sprintf("%.9g", f)
		}
		fmt.Fprintf(&b, "%s=%T:%v ", k, props[k], val)
	}
	return b.String()
}

func count(t *testing.T, s *Store, cypher string) int {
	t.Helper()
	res, err := s.read(context.Background(), cypher, nil)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := res.Records[0].Values[0].(int64)
	return int(n)
}

func load(t *testing.T, s *Store, g *graph.Graph) {
	t.Helper()
	ctx := context.Background()
	if _, err := s.Load(ctx, g); err != nil {
		t.Fatalf("Load: %v", err)
	}
	all, err := s.Graph(ctx, true)
	if err != nil {
		t.Fatalf("Graph: %v", err)
	}
	if err := graph.Rank(all, graph.RankOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteScores(ctx, all); err != nil {
		t.Fatalf("WriteScores: %v", err)
	}
}

func TestLoadCounts(t *testing.T) {
	s := openEmpty(t)
	g := buildGraph(t, "../../testdata")
	load(t, s, g)

	byLabel := map[string]int{"Entity": len(g.Nodes()), "Document": len(g.Documents())}
	mentions := 0
	for _, n := range g.Nodes() {
		byLabel[string(n.Type)]++
		mentions += len(n.Documents)
	}
	byType := map[string]int{"MENTIONED_IN": mentions}
	for _, e := range g.Edges() {
		byType[e.Type]++
	}
	for label, want := range byLabel {
		if got := count(t, s, "MATCH (n:"+label+") RETURN count(n)"); got != want {
			t.Errorf("count of :%s = %d; want %d", label, got, want)
		}
	}
	for typ, want := range byType {
		if got := count(t, s, "MATCH ()-[r:"+typ+"]->() RETURN count(r)"); got != want {
			t.Errorf("count of :%s = %d; want %d", typ, got, want)
		}
	}
	if got := count(t, s, "MATCH (e:Entity) WHERE e.pagerank IS NULL OR e.betweenness IS NULL OR e.closeness IS NULL OR e.eigenvector IS NULL OR e.degree IS NULL OR e.weightedDegree IS NULL OR e.communityId IS NULL RETURN count(e)"); got != 0 {
		t.Errorf("%d entities lack a centrality property; want 0", got)
	}
	if got := count(t, s, "MATCH (a:Entity)-[r:CO_OCCURS]->(b:Entity) WHERE a.id >= b.id RETURN count(r)"); got != 0 {
		t.Errorf("%d CO_OCCURS relationships run from the larger id to the smaller; want 0", got)
	}
}

func TestLoadIdempotent(t *testing.T) {
	s := openEmpty(t)
	g := buildGraph(t, "../../testdata")
	load(t, s, g)
	first := snapshot(t, s)
	load(t, s, buildGraph(t, "../../testdata"))
	if second := snapshot(t, s); !slices.Equal(first, second) {
		t.Errorf("a second identical load changed the database:\n%s", diff(first, second))
	}
}

func TestLoadIncremental(t *testing.T) {
	s := openEmpty(t)
	load(t, s, buildGraph(t, "../../testdata/articles/rudd-whatsapp.txt", "../../testdata/articles/cook-backdoor.txt"))
	load(t, s, buildGraph(t, "../../testdata/articles/europol-encryption.txt", "../../testdata/articles/cook-backdoor.txt",
		"../../testdata/feeds"))
	inTwo := snapshot(t, s)

	s = openEmpty(t)
	all := buildGraph(t, "../../testdata/articles/rudd-whatsapp.txt", "../../testdata/articles/cook-backdoor.txt",
		"../../testdata/articles/europol-encryption.txt", "../../testdata/feeds")
	load(t, s, all)
	inOne := snapshot(t, s)
	if !slices.Equal(inTwo, inOne) {
		t.Errorf("two overlapping loads differ from one load of the same documents:\n%s", diff(inOne, inTwo))
	}
	if got := count(t, s, "MATCH (e:Person {id: 'person:amber-rudd'}) RETURN count(e)"); got != 1 {
		t.Errorf("Amber Rudd, in both batches, is %d nodes; want 1", got)
	}
	for _, e := range all.Edges() {
		res, err := s.read(context.Background(), "MATCH (a:Entity {id: $a})-[r]->(b:Entity {id: $b}) WHERE type(r) = $type RETURN r.weight",
			map[string]any{"a": e.Source, "b": e.Target, "type": e.Type})
		if err != nil || len(res.Records) != 1 {
			t.Fatalf("read %s-%s-%s: %v, %d rows", e.Source, e.Type, e.Target, err, len(res.Records))
		}
		if got := res.Records[0].Values[0].(int64); int(got) != e.Weight {
			t.Errorf("weight of %s-%s-%s = %d; want %d", e.Source, e.Type, e.Target, got, e.Weight)
		}
	}
}

func TestCentralityMatchesBuild(t *testing.T) {
	s := openEmpty(t)
	g := buildGraph(t, "../../testdata")
	load(t, s, g)
	if err := graph.Rank(g, graph.RankOptions{}); err != nil {
		t.Fatal(err)
	}
	stored, err := s.Graph(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	res, err := s.read(context.Background(), "MATCH (e:Entity) RETURN e.id AS id, e.pagerank AS pagerank, e.betweenness AS betweenness, e.closeness AS closeness, e.eigenvector AS eigenvector, e.degree AS degree, e.weightedDegree AS weightedDegree, e.communityId AS communityId", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != len(g.Nodes()) || len(stored.Nodes()) != len(g.Nodes()) {
		t.Fatalf("database has %d entities; build has %d", len(res.Records), len(g.Nodes()))
	}
	for _, r := range res.Records {
		id := str(r, "id")
		n := g.Node(id)
		if n == nil {
			t.Errorf("entity %s is stored but not built", id)
			continue
		}
		checks := []struct {
			name      string
			got, want float64
		}{
			{"pagerank", float(r, "pagerank"), n.PageRank},
			{"betweenness", float(r, "betweenness"), n.Betweenness},
			{"closeness", float(r, "closeness"), n.Closeness},
			{"eigenvector", float(r, "eigenvector"), n.Eigenvector},
			{"degree", float(r, "degree"), float64(n.Degree)},
			{"weightedDegree", float(r, "weightedDegree"), n.WeightedDegree},
			{"communityId", float(r, "communityId"), float64(n.CommunityID)},
		}
		for _, c := range checks {
			if math.Abs(c.got-c.want) > 1e-9 {
				t.Errorf("%s of %s = %v in Neo4j; want %v as build computes", c.name, id, c.got, c.want)
			}
		}
	}
}

func TestNamesAreData(t *testing.T) {
	s := openEmpty(t)
	name := "O'Brien \"Bob\" `x` {y: 1} }) MATCH (n) DETACH DELETE n //\n$rows"
	p := extract.Entity{ID: extract.ID(extract.Person, name), Name: name, Type: extract.Person,
		Aliases: []string{"`", "'"}, Mentions: make([]extract.Mention, 1)}
	o := extract.Entity{ID: "organization:acme", Name: "Acme", Type: extract.Organization, Mentions: make([]extract.Mention, 1)}
	g := graph.New()
	g.Add(extract.Document{ID: "doc'`{}", Title: "T\"`{", Entities: []extract.Entity{p, o}, Relations: []extract.Relation{
		{Source: p.ID, Target: o.ID, Type: extract.WorksFor, Directed: true, Role: "'`{}", Weight: 1, Evidence: []string{name}},
	}})
	load(t, s, g)
	back, err := s.Graph(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	n := back.Node(p.ID)
	if n == nil || n.Name != name || !slices.Equal(n.Aliases, []string{"'", "`"}) {
		t.Errorf("stored entity = %+v; want name %q with aliases ' and `", n, name)
	}
	edges := back.Edges()
	if len(edges) != 1 || edges[0].Role != "'`{}" || !slices.Equal(edges[0].Evidence, []string{name}) {
		t.Errorf("stored edges = %+v; want one WORKS_FOR with role '`{} and the name as evidence", edges)
	}
}

func TestLoadRejectsUnknownTypes(t *testing.T) {
	g := graph.New()
	g.Add(extract.Document{ID: "d", Entities: []extract.Entity{{ID: "x:y", Name: "Y", Type: "Bad`Label"}}})
	if _, _, err := entityRows(g.Nodes(), everyDoc); err == nil {
		t.Errorf("entityRows with type %q = nil error; want one", "Bad`Label")
	}
	if _, err := relationRows([]*graph.Edge{{Source: "a", Target: "b", Type: "KNOWS]->() DELETE"}}, map[string]string{"a": "1", "b": "2"}, everyDoc); err == nil {
		t.Errorf("relationRows with an unknown type = nil error; want one")
	}
}

func TestOpenErrors(t *testing.T) {
	cfg := testConfig(t)
	tests := []struct {
		name    string
		mutate  func(*Config)
		wantErr error
	}{
		{"wrong password", func(c *Config) { c.Password = "not-the-password-42" }, ErrAuth},
		{"unknown user", func(c *Config) { c.User = "nobody" }, ErrAuth},
		{"unknown database", func(c *Config) { c.Database = "nosuchdb" }, ErrNoDatabase},
		{"unreachable", func(c *Config) { c.URI = "bolt://127.0.0.1:1" }, ErrUnreachable},
		{"unreachable routing", func(c *Config) { c.URI = "neo4j://127.0.0.1:1" }, ErrUnreachable},
		{"no uri", func(c *Config) { c.URI = "" }, ErrUnreachable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := cfg
			tt.mutate(&c)
			s, err := Open(context.Background(), c)
			if err == nil {
				s.Close(context.Background())
				t.Fatalf("Open(%s) = nil error; want %v", tt.name, tt.wantErr)
			}
			msg := err.Error()
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("Open(%s) = %q; want %v", tt.name, msg, tt.wantErr)
			}
			if strings.Contains(msg, "\n") || c.Password != "" && strings.Contains(msg, c.Password) {
				t.Errorf("Open(%s) = %q; want one line without the password", tt.name, msg)
			}
			if c.URI != "" && (!strings.Contains(msg, c.URI) || !strings.Contains(msg, c.User)) {
				t.Errorf("Open(%s) = %q; want the URI and user named", tt.name, msg)
			}
		})
	}
}

func TestRoutingURI(t *testing.T) {
	cfg := testConfig(t)
	cfg.URI = strings.Replace(cfg.URI, "bolt://", "neo4j://", 1)
	s, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatalf("Open(%s) = %v", cfg.URI, err)
	}
	defer s.Close(context.Background())
	if _, err := s.Query(context.Background(), "RETURN $x AS x", map[string]any{"x": 1}); err != nil {
		t.Errorf("Query over %s = %v", cfg.URI, err)
	}
}

// diff shows the lines only in a or only in b.
func diff(a, b []string) string {
	var out []string
	for _, l := range a {
		if !slices.Contains(b, l) {
			out = append(out, "- "+l)
		}
	}
	for _, l := range b {
		if !slices.Contains(a, l) {
			out = append(out, "+ "+l)
		}
	}
	if len(out) > 20 {
		out = append(out[:20], "…")
	}
	return strings.Join(out, "\n")
}

// A relation stated as past keeps current = false in Neo4j, a later load
// stating it as current does not undo that, and typed-relations can leave
// it out.
func TestFormerStored(t *testing.T) {
	s := openEmpty(t)
	p := extract.Entity{ID: "person:john-sculley", Name: "John Sculley", Type: extract.Person, Mentions: make([]extract.Mention, 1)}
	o := extract.Entity{ID: "organization:apple", Name: "Apple", Type: extract.Organization, Mentions: make([]extract.Mention, 1)}
	for i, former := range []bool{true, false} {
		g := graph.New()
		g.Add(extract.Document{ID: fmt.Sprintf("d%d", i), Entities: []extract.Entity{p, o}, Relations: []extract.Relation{
			{Source: p.ID, Target: o.ID, Type: extract.WorksFor, Directed: true, Role: "former chief executive", Weight: 1, Former: former},
		}})
		load(t, s, g)
	}
	back, err := s.Graph(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	if edges := back.Edges(); len(edges) != 1 || !edges[0].Former {
		t.Errorf("stored edges = %+v; want one WORKS_FOR with Former", edges)
	}
	q, err := queries.Get("typed-relations")
	if err != nil {
		t.Fatal(err)
	}
	for _, only := range []bool{false, true} {
		res, err := s.Query(context.Background(), q.Text, map[string]any{"type": "WORKS_FOR", "currentOnly": only, "limit": int64(10)})
		if err != nil {
			t.Fatal(err)
		}
		if want := map[bool]int{false: 1, true: 0}[only]; len(res.Rows) != want {
			t.Errorf("typed-relations currentOnly=%v: %d rows, want %d", only, len(res.Rows), want)
		}
	}
}

// A load into a database without entities creates its mentions and
// relationships; one into a database with some merges them. Both store
// the same graph.
func TestLoadFreshEqualsMerge(t *testing.T) {
	s := openEmpty(t)
	g := buildGraph(t, "../../testdata")
	load(t, s, g)
	fresh := snapshot(t, s)

	s = openEmpty(t)
	if err := s.Setup(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := s.write(context.Background(), "CREATE (:Entity {id: 'x:placeholder'})", nil, nil); err != nil {
		t.Fatal(err)
	}
	if empty, err := s.empty(context.Background()); err != nil || empty {
		t.Fatalf("empty() = %v, %v with an entity stored; want false", empty, err)
	}
	if _, err := s.Load(context.Background(), buildGraph(t, "../../testdata")); err != nil {
		t.Fatal(err)
	}
	if err := s.write(context.Background(), "MATCH (e:Entity {id: 'x:placeholder'}) DELETE e", nil, nil); err != nil {
		t.Fatal(err)
	}
	load(t, s, buildGraph(t, "../../testdata")) // ranks the graph without the placeholder; changes nothing else
	if merged := snapshot(t, s); !slices.Equal(fresh, merged) {
		t.Errorf("a load into an empty database differs from one merged into a database with an entity:\n%s", diff(fresh, merged))
	}
}
