package store

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/graph"
	"github.com/ergraph/ergraph/queries"
)

// hostileNames are names, each of a person of its own, that CSV and
// neo4j-admin import could get wrong.
var hostileNames = []string{
	`O'Brien "The Hammer", Jr.`,
	"Line\nBreak",
	"Carriage\r\nReturn",
	"Semi;Colon;Name",
	"Unit\x1fSeparator",
	"Zoë Ångström 李小龍 🙂",
	`Back\Slash \"Quoted\"`,
	" Leading And Trailing ",
	`=HYPERLINK("x"),'@SUM(1)`,
	`"`,
	",",
	"Tab\tName",
}

// hostileDocs have a person for each hostile name, with hostile aliases,
// roles and evidence, in a document whose id and title are hostile too,
// and a second document sharing some of them.
func hostileDocs() []extract.Document {
	org := extract.Entity{ID: "organization:acme", Name: "Acme, \"Inc.\"", Type: extract.Organization,
		Aliases: []string{"ACME;Co", "Acme\nLtd"}, Mentions: make([]extract.Mention, 2)}
	var people []extract.Entity
	var rels []extract.Relation
	for i, name := range hostileNames {
		p := extract.Entity{ID: fmt.Sprintf("person:hostile-%02d", i), Name: name, Type: extract.Person,
			Aliases: []string{name + " Alias;1", "A,\"" + name + "\""}, Roles: []string{"chief, \"executive\"", "role;two\x1f"},
			Mentions: make([]extract.Mention, 1+i%3)}
		people = append(people, p)
		rels = append(rels, extract.Relation{Source: p.ID, Target: org.ID, Type: extract.WorksFor, Directed: true,
			Role: []string{"", "chief, \"executive\""}[i%2], Weight: 1 + i%2, Confidence: 0.5 + float64(i)/100,
			Former: i%4 == 0, Evidence: []string{name + " works for Acme;\n\"really\", \x1fsays " + name + "."}})
	}
	return []extract.Document{
		{ID: `doc,"1";` + "\x1f", Title: "Title,\n\"one\";", Source: "", URL: "https://example.org/a?b=1,2",
			Published: "2024-01-02", Path: "dir/with,comma/file\".txt", Hash: "h1",
			Entities: append([]extract.Entity{org}, people...), Relations: rels},
		{ID: "doc-2", Title: "Zweite Ausgabe: Größe", Hash: "",
			Entities: []extract.Entity{org, people[0], people[5]},
			Relations: []extract.Relation{{Source: people[0].ID, Target: people[5].ID, Type: extract.CoOccurs, Weight: 1,
				Evidence: []string{"Both, together."}}}},
	}
}

func hostileGraph() *graph.Graph {
	g := graph.New()
	for _, d := range hostileDocs() {
		g.Add(d)
	}
	return g
}

// TestWriteImportCSV reads the files back as RFC 4180 CSV: every value
// survives quoting, and lists split on the delimiter the export chose.
func TestWriteImportCSV(t *testing.T) {
	g := hostileGraph()
	files := map[string]*bytes.Buffer{}
	st, err := WriteImport(func(name string) (io.Writer, error) {
		files[name] = &bytes.Buffer{}
		return files[name], nil
	}, g, time.Date(2026, 12, 1, 5, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if st.ArrayDelimiter != '\x1e' {
		t.Errorf("array delimiter = %U; want U+001E, as U+001F occurs in a role", st.ArrayDelimiter)
	}
	if st.Documents != 2 || st.Entities != len(hostileNames)+1 || st.Relationships != len(hostileNames)+1 {
		t.Errorf("stats = %+v; want 2 documents, %d entities and relationships", st, len(hostileNames)+1)
	}
	if !slices.Equal(st.Multiline, []string{ImportDocuments, ImportEntities, ImportMentions, ImportRelationships}) {
		t.Errorf("multiline files = %q; want all four", st.Multiline)
	}
	args := files[ImportArgs].String()
	for _, want := range []string{"--array-delimiter=U+001E\n", "--multiline-fields=true\n"} {
		if !strings.Contains(args, want) {
			t.Errorf("import.args = %q; want a line %q", args, want)
		}
	}
	entities := readCSV(t, files[ImportEntities])
	byName := map[string][]string{}
	for _, rec := range entities[1:] {
		byName[rec[2]] = rec
	}
	for _, name := range hostileNames {
		// encoding/csv reads a quoted \r\n as \n; neo4j-admin keeps it
		// (TestImportMatchesLoad).
		rec := byName[strings.ReplaceAll(name, "\r\n", "\n")]
		if rec == nil {
			t.Errorf("no entity named %q in entities.csv", name)
			continue
		}
		aliases := strings.Split(rec[3], string(st.ArrayDelimiter))
		want := []string{name + " Alias;1", "A,\"" + name + "\""}
		for i := range want {
			want[i] = strings.ReplaceAll(want[i], "\r\n", "\n")
		}
		if !slices.Equal(aliases, sorted(want)) {
			t.Errorf("aliases of %q = %q; want %q", name, aliases, sorted(want))
		}
		if rec[1] != "Entity\x1ePerson" {
			t.Errorf("labels of %q = %q; want Entity and Person", name, rec[1])
		}
	}
	rels := readCSV(t, files[ImportRelationships])
	if h := rels[0]; h[0] != ":START_ID(Entity)" || h[1] != ":END_ID(Entity)" || h[2] != ":TYPE" {
		t.Errorf("relationships header = %q", h)
	}
}

func readCSV(t *testing.T, b *bytes.Buffer) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(b.Bytes()))
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("read back: %v", err)
	}
	return recs
}

func TestWriteImportErrors(t *testing.T) {
	g := graph.New()
	g.Add(extract.Document{ID: "d", Entities: []extract.Entity{{ID: "x:y", Name: "Y", Type: "Bad`Label", Mentions: make([]extract.Mention, 1)}}})
	discard := func(string) (io.Writer, error) { return io.Discard, nil }
	if _, err := WriteImport(discard, g, time.Now()); err == nil {
		t.Errorf("WriteImport with an unknown entity type = nil error; want one")
	}
	g = graph.New()
	g.Add(extract.Document{ID: "d", Entities: []extract.Entity{{ID: "person:y", Name: "Y", Type: extract.Person,
		Roles: []string{""}, Mentions: make([]extract.Mention, 1)}}})
	if _, err := WriteImport(discard, g, time.Now()); err == nil || !strings.Contains(err.Error(), "one empty string") {
		t.Errorf("WriteImport with roles [\"\"] = %v; want an error saying import cannot tell it from no list", err)
	}
}

// TestImportMatchesLoad loads graphs with Load, then writes them with
// WriteImport, imports the files with neo4j-admin (scripts/neo4j-import.sh)
// into a new store, serves it with a second server and completes it with
// CompleteImport: both databases must hold the same nodes, relationships
// and properties, of the same types, and answer the query pack the same.
func TestImportMatchesLoad(t *testing.T) {
	loaded := openEmpty(t)
	g := buildGraph(t, "../../testdata")
	for _, d := range hostileDocs() {
		g.Add(d)
	}
	load(t, loaded, g)
	if err := graph.Rank(g, graph.RankOptions{}); err != nil {
		t.Fatal(err)
	}
	imported := importStore(t, g)
	ctx := context.Background()
	if err := imported.CompleteImport(ctx); err != nil {
		t.Fatalf("CompleteImport: %v", err)
	}
	want, got := snapshot(t, loaded), snapshot(t, imported)
	if d := diff(want, got); d != "" {
		t.Errorf("imported database differs from the loaded one (- load, + import):\n%s", d)
	}
	// CompleteImport changes nothing on a database Load wrote.
	if err := loaded.CompleteImport(ctx); err != nil {
		t.Fatalf("CompleteImport on the loaded database: %v", err)
	}
	if d := diff(want, snapshot(t, loaded)); d != "" {
		t.Errorf("CompleteImport changed a loaded database:\n%s", d)
	}

	t.Run("pack", func(t *testing.T) {
		for _, c := range packCalls(t) {
			a, err := loaded.Query(ctx, c.q.Text, c.params)
			if err != nil {
				t.Fatalf("%s on the loaded database: %v", c.q.Name, err)
			}
			b, err := imported.Query(ctx, c.q.Text, c.params)
			if err != nil {
				t.Fatalf("%s on the imported database: %v", c.q.Name, err)
			}
			if d := diff(rows(a), rows(b)); d != "" {
				t.Errorf("%s(%v) answers differently (- load, + import):\n%s", c.q.Name, c.params, d)
			}
		}
	})

	t.Run("hostile names", func(t *testing.T) {
		for _, name := range hostileNames {
			res, err := imported.Query(ctx, "MATCH (p:Person {name: $name})-[r:WORKS_FOR]->(o:Organization) RETURN r.evidence AS evidence, p.aliases AS aliases", map[string]any{"name": name})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Rows) != 1 {
				t.Errorf("person %q works for %d organisations in the imported database; want 1", name, len(res.Rows))
				continue
			}
			ev := fmt.Sprint(res.Rows[0][0])
			if !strings.Contains(ev, name+" works for Acme;\n\"really\", \x1fsays "+name) {
				t.Errorf("evidence for %q = %q; want the sentence as written", name, ev)
			}
			q, err := queries.Get("neighbourhood")
			if err != nil {
				t.Fatal(err)
			}
			nb, err := imported.Query(ctx, q.Text, maps(defaults(q), map[string]any{"name": name}))
			if err != nil {
				t.Fatal(err)
			}
			if !hasRow(nb, map[string]string{"entity": name, "neighbour": "Acme"}) {
				t.Errorf("neighbourhood of %q in the imported database = %v; want Acme", name, nb.Rows)
			}
		}
	})
}

type packCall struct {
	q      queries.Query
	params map[string]any
}

// packCalls is every query of the pack with its defaults, and the
// parameterised ones with names the test graphs hold.
func packCalls(t *testing.T) []packCall {
	pack, err := queries.Pack()
	if err != nil {
		t.Fatal(err)
	}
	extra := map[string][]map[string]any{
		"neighbourhood":    {{"name": "Amber Rudd"}, {"name": hostileNames[0]}},
		"shortest-paths":   {{"from": "Amber Rudd", "to": "Tim Cook"}, {"from": hostileNames[0], "to": hostileNames[5]}},
		"link-evidence":    {{"a": "Tim Cook", "b": "Apple"}, {"a": hostileNames[1], "b": "Acme, \"Inc.\""}},
		"entity-documents": {{"name": "Amber Rudd"}, {"name": hostileNames[3]}},
		"community":        {{"name": "Khalid Masood"}, {"name": hostileNames[6]}},
		"typed-relations":  {{"type": "WORKS_FOR"}},
		"entity-relations": {{"name": "Khalid Masood"}, {"name": hostileNames[2]}},
		"search":           {{"term": "Rudd"}, {"term": "Ångström"}, {"term": "Semi"}},
	}
	var calls []packCall
	for _, q := range pack {
		sets := extra[q.Name]
		if len(sets) == 0 {
			sets = []map[string]any{nil}
		}
		for _, set := range sets {
			params := maps(defaults(q), set)
			calls = append(calls, packCall{q, params})
		}
	}
	return calls
}

func defaults(q queries.Query) map[string]any {
	out := map[string]any{}
	for _, p := range q.Params {
		out[p.Name] = p.Default
	}
	return out
}

func maps(a, b map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

// rows prints a result's rows, sorted: rows tied in a query's order may
// come in either order from two stores.
func rows(r Result) []string {
	out := []string{strings.Join(r.Columns, ",")}
	for _, row := range r.Rows {
		out = append(out, fmt.Sprintf("%#v", row))
	}
	sort.Strings(out[1:])
	return out
}

// importStore writes g as import files, imports them into a new store with
// scripts/neo4j-import.sh, starts a second server on it with
// scripts/neo4j-local.sh and returns a connection to it, all stopped and
// removed at the end of the test.
func importStore(t *testing.T, g *graph.Graph) *Store {
	t.Helper()
	testConfig(t) // the integration tests run, or skip, together
	if _, err := exec.LookPath("java"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but java is not on PATH: neo4j-admin import needs Java 17")
		}
		t.Skip("java not on PATH")
	}
	dir, home, state := t.TempDir(), t.TempDir(), t.TempDir()
	if _, err := WriteImport(func(name string) (io.Writer, error) { return os.Create(filepath.Join(dir, name)) }, g, time.Now()); err != nil {
		t.Fatal(err)
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	run := func(env []string, name string, args ...string) string {
		cmd := exec.Command(filepath.Join(root, "scripts", name), args...)
		cmd.Env = append(os.Environ(), env...)
		var out, errs bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errs
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s %q: %v\n%s%s", name, args, err, out.String(), errs.String())
		}
		return out.String()
	}
	run(nil, "neo4j-import.sh", dir, home)
	port := freePort(t)
	env := []string{"ERGRAPH_NEO4J_HOME=" + state, "ERGRAPH_NEO4J_PORT=" + port, "ERGRAPH_NEO4J_DATA=" + home,
		"ERGRAPH_NEO4J_PASSWORD=import-test-pw"}
	run(env, "neo4j-local.sh", "start")
	t.Cleanup(func() { run(env, "neo4j-local.sh", "stop") })
	ctx := context.Background()
	s, err := Open(ctx, Config{URI: "bolt://127.0.0.1:" + port, User: "neo4j", Password: "import-test-pw", Database: "neo4j"})
	if err != nil {
		t.Fatalf("Open the imported database: %v", err)
	}
	t.Cleanup(func() { s.Close(ctx) })
	return s
}

func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return fmt.Sprint(l.Addr().(*net.TCPAddr).Port)
}
