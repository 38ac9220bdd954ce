package store

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/graph"
)

// corpusCopy writes testdata's articles and feed into dir, replacing what
// was there, with edits applied (file name -> old text, new text) and
// without the files and feed documents (by id) in drop. The paths stay
// the same, so a fresh load of dir stores what a reload does.
func corpusCopy(t *testing.T, dir string, edits map[string][][2]string, drop ...string) string {
	t.Helper()
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	for _, sub := range []string{"articles", "feeds"} {
		src := filepath.Join("../../testdata", sub)
		entries, err := os.ReadDir(src)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			b, err := os.ReadFile(filepath.Join(src, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			for _, ed := range edits[e.Name()] {
				if !strings.Contains(text, ed[0]) {
					t.Fatalf("edit of %s: %q is not in it", e.Name(), ed[0])
				}
				text = strings.Replace(text, ed[0], ed[1], 1)
			}
			if slices.Contains(drop, e.Name()) {
				continue
			}
			if sub == "feeds" {
				var kept []string
				for _, line := range strings.SplitAfter(text, "\n") {
					if !slices.ContainsFunc(drop, func(id string) bool { return strings.Contains(line, `"id": "`+id+`"`) }) {
						kept = append(kept, line)
					}
				}
				text = strings.Join(kept, "")
			}
			os.MkdirAll(filepath.Join(dir, sub), 0o755)
			if err := os.WriteFile(filepath.Join(dir, sub, e.Name()), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir
}

// edits change three documents: one loses an entity (the Justice
// Department, in no other document), one changes a relation (Rob
// Wainwright now works for Interpol), one gains a new person.
var edits = map[string][][2]string{
	"cook-backdoor.txt":      {{"Privacy groups in Washington praised Apple's stand, while the Justice Department said the company was putting its brand ahead of public safety.\n\n", ""}},
	"europol-encryption.txt": {{"Rob Wainwright, director of Europol,", "Rob Wainwright, director of Interpol,"}},
	"facebook-whatsapp.txt":  {{"Jan Koum, who co-founded WhatsApp,", "Nadia Okafor, a lawyer for WhatsApp, said the deal was fair. Jan Koum, who co-founded WhatsApp,"}},
}

// TestReplaceAndDelete loads a corpus, loads it again with three documents
// edited, deletes two others, and checks that the database then equals a
// fresh load of the edited corpus without the two: every node,
// relationship and property, centrality included.
func TestReplaceAndDelete(t *testing.T) {
	s := openEmpty(t)
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "corpus")
	original := buildGraph(t, corpusCopy(t, dir, nil))
	load(t, s, original)
	for _, id := range []string{"organization:justice-department", "organization:europol"} {
		if count(t, s, "MATCH (e:Entity {id: '"+id+"'}) RETURN count(e)") != 1 {
			t.Fatalf("%s not loaded from the original corpus", id)
		}
	}

	st, err := s.Load(ctx, buildGraph(t, corpusCopy(t, dir, edits)))
	if err != nil {
		t.Fatalf("Load(edited) = %v", err)
	}
	wantReplaced := []string{"cook-backdoor", "europol-encryption", "facebook-whatsapp"}
	if len(st.New) != 0 || len(st.Unchanged) != 4 || !slices.Equal(st.Replaced, wantReplaced) {
		t.Errorf("Load(edited) versions = new %v, unchanged %v, replaced %v; want 0 new, 4 unchanged, replaced %v",
			st.New, st.Unchanged, st.Replaced, wantReplaced)
	}
	gone := []string{"palmer-tribute", "brief-2017-03-27"}
	if n, err := s.Delete(ctx, append(gone, "no-such-document")); err != nil || n != 2 {
		t.Fatalf("Delete(%v) = %d, %v; want 2 removed", gone, n, err)
	}
	rank(t, s)
	got := snapshot(t, s)

	clear(t, s)
	load(t, s, buildGraph(t, corpusCopy(t, dir, edits, "palmer-tribute.txt", "brief-2017-03-27")))
	want := snapshot(t, s)
	if !slices.Equal(got, want) {
		t.Errorf("after replacing three documents and deleting two, the database differs from a fresh load:\n%s", diff(want, got))
	}
	// The checks the snapshot makes, spelled out for the three edits.
	for _, c := range []struct {
		cypher string
		want   int
	}{
		{"MATCH (e:Entity {id: 'organization:justice-department'}) RETURN count(e)", 0},
		{"MATCH (:Person {name: 'Rob Wainwright'})-[r:WORKS_FOR]->(:Organization {name: 'Europol'}) RETURN count(r)", 0},
		{"MATCH (:Person {name: 'Rob Wainwright'})-[r:WORKS_FOR]->(:Organization {name: 'Interpol'}) RETURN count(r)", 1},
		{"MATCH (e:Person {name: 'Nadia Okafor'})-[:MENTIONED_IN]->(:Document {id: 'facebook-whatsapp'}) RETURN count(e)", 1},
		{"MATCH (d:Document) RETURN count(d)", 5},
	} {
		if n := count(t, s, c.cypher); n != c.want {
			t.Errorf("%s = %d; want %d", c.cypher, n, c.want)
		}
	}
	only := 0
	for _, n := range original.Nodes() {
		if slices.Equal(n.Documents, []string{"palmer-tribute"}) {
			only++
			if count(t, s, "MATCH (e:Entity {id: '"+n.ID+"'}) RETURN count(e)") != 0 {
				t.Errorf("%s, mentioned only in the deleted palmer-tribute, is still stored", n.ID)
			}
		}
	}
	if only == 0 {
		t.Errorf("no entity is mentioned only in palmer-tribute; the test needs one")
	}
}

// TestLoadUnchangedSkips checks that loading the same corpus again sends
// nothing, and that a document whose load was cut short (no hash stored)
// is replaced.
func TestLoadUnchangedSkips(t *testing.T) {
	s := openEmpty(t)
	ctx := context.Background()
	dir := corpusCopy(t, filepath.Join(t.TempDir(), "corpus"), nil)
	load(t, s, buildGraph(t, dir))
	before := snapshot(t, s)
	st, err := s.Load(ctx, buildGraph(t, dir))
	if err != nil || len(st.Unchanged) != 7 || st.Documents+st.Entities+st.Mentions+st.Relationships != 0 {
		t.Errorf("Load(same corpus) = %+v, %v; want 7 unchanged and no rows sent", st, err)
	}
	if err := s.write(ctx, "MATCH (d:Document {id: 'cook-backdoor'}) REMOVE d.hash", nil, nil); err != nil {
		t.Fatal(err)
	}
	st, err = s.Load(ctx, buildGraph(t, dir))
	if err != nil || !slices.Equal(st.Replaced, []string{"cook-backdoor"}) || len(st.Unchanged) != 6 {
		t.Errorf("Load after a cut-short load = %+v, %v; want cook-backdoor replaced, 6 unchanged", st.Versions, err)
	}
	rank(t, s)
	if after := snapshot(t, s); !slices.Equal(before, after) {
		t.Errorf("replacing a document with the same text changed the database:\n%s", diff(before, after))
	}
}

// TestDeleteEverything deletes every document and expects an empty
// database.
func TestDeleteEverything(t *testing.T) {
	s := openEmpty(t)
	g := buildGraph(t, "../../testdata")
	load(t, s, g)
	var ids []string
	for _, d := range g.Documents() {
		ids = append(ids, d.ID)
	}
	if n, err := s.Delete(context.Background(), ids); err != nil || n != len(ids) {
		t.Fatalf("Delete(all) = %d, %v; want %d", n, err, len(ids))
	}
	if n := count(t, s, "MATCH (n) RETURN count(n)"); n != 0 {
		t.Errorf("after deleting every document %d nodes are left; want 0", n)
	}
}

func TestFindAndListDocuments(t *testing.T) {
	s := openEmpty(t)
	ctx := context.Background()
	load(t, s, buildGraph(t, "../../testdata"))
	ids, err := s.FindDocuments(ctx, "EXAMPLE.ORG/briefs")
	if err != nil || !slices.Equal(ids, []string{"brief-2017-03-27", "brief-2017-03-30"}) {
		t.Errorf("FindDocuments(url part) = %v, %v; want both briefs", ids, err)
	}
	ids, err = s.FindDocuments(ctx, "talks end")
	if err != nil || !slices.Equal(ids, []string{"brief-2017-03-30"}) {
		t.Errorf("FindDocuments(title part) = %v, %v; want brief-2017-03-30", ids, err)
	}
	docs, err := s.Documents(ctx)
	if err != nil || len(docs) != 7 {
		t.Fatalf("Documents() = %d, %v; want 7", len(docs), err)
	}
	if d := docs[0]; d.ID != "brief-2017-03-30" || d.Title != "Talks end without agreement on encryption" ||
		d.Source != "ergraph test feed" || d.Entities != count(t, s, "MATCH (:Entity)-[:MENTIONED_IN]->(:Document {id: 'brief-2017-03-30'}) RETURN count(*)") ||
		d.Entities == 0 || d.Loaded.IsZero() {
		t.Errorf("Documents()[0] = %+v; want the newest brief with its entity count and load time", d)
	}
}

// rank recomputes centrality over the stored graph, as 'ergraph load'
// does after every change.
func rank(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	all, err := s.Graph(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	if err := graph.Rank(all, graph.RankOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteScores(ctx, all); err != nil {
		t.Fatal(err)
	}
}

// TestDeleteWorksOutCurrentAgain: a relation one document states as past
// is current again once that document is gone, as a fresh load of the
// other document has it.
func TestDeleteWorksOutCurrentAgain(t *testing.T) {
	s := openEmpty(t)
	ctx := context.Background()
	maria := extract.Entity{ID: "person:maria-lopez", Name: "Maria Lopez", Type: extract.Person, Mentions: make([]extract.Mention, 1)}
	acme := extract.Entity{ID: "organization:acme-corp", Name: "Acme Corp", Type: extract.Organization, Mentions: make([]extract.Mention, 1)}
	doc := func(id string, former bool, role, sentence string) extract.Document {
		return extract.Document{ID: id, Hash: id, Entities: []extract.Entity{maria, acme}, Relations: []extract.Relation{
			{Source: maria.ID, Target: acme.ID, Type: extract.WorksFor, Directed: true, Role: role, Former: former,
				Weight: 1, Confidence: 0.8, Evidence: []string{sentence}}}}
	}
	now := doc("now", false, "chief executive", "Maria Lopez, chief executive of Acme Corp, spoke.")
	then := doc("then", true, "", "Maria Lopez, the former head of Acme Corp, spoke.")
	both := graph.New()
	both.Add(now)
	both.Add(then)
	load(t, s, both)
	if n := count(t, s, "MATCH ()-[r:WORKS_FOR {current: false}]->() RETURN count(r)"); n != 1 {
		t.Fatalf("WORKS_FOR stated as past by one document: %d relationships with current false; want 1", n)
	}
	if _, err := s.Delete(ctx, []string{"then"}); err != nil {
		t.Fatal(err)
	}
	rank(t, s)
	got := snapshot(t, s)
	clear(t, s)
	fresh := graph.New()
	fresh.Add(now)
	load(t, s, fresh)
	if want := snapshot(t, s); !slices.Equal(got, want) {
		t.Errorf("after deleting the document that said 'former', the database differs from a fresh load of the other:\n%s", diff(want, got))
	}
}
