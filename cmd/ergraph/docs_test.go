package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestLoadReplacesEditedStory is the story: an article loaded,
// corrected and loaded again says only what the correction says.
func TestLoadReplacesEditedStory(t *testing.T) {
	needServer(t)
	dir := t.TempDir()
	story := filepath.Join(dir, "story.txt")
	out := t.TempDir()
	write := func(text string) {
		if err := os.WriteFile(story, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("Maria Lopez, chief executive of Acme Corp, met Peter Hall in Denver on Monday.")
	if stdout, stderr, code := runCmd(t, "", "load", "-q", "-clear", "-o", out, story); code != exitOK || !strings.Contains(stdout, "documents  1 new, 0 unchanged (skipped), 0 replaced") {
		t.Fatalf("ergraph load story.txt = exit %d, %q, %q; want 1 new", code, stdout, stderr)
	}
	write("Maria Lopez, chief executive of Globex Inc, met Susan Reed in Denver on Monday.")
	if stdout, stderr, code := runCmd(t, "", "load", "-q", "-o", out, story); code != exitOK || !strings.Contains(stdout, "documents  0 new, 0 unchanged (skipped), 1 replaced") {
		t.Fatalf("ergraph load edited story.txt = exit %d, %q, %q; want 1 replaced", code, stdout, stderr)
	}
	// type=works_for: the example, matched in any case.
	stdout, stderr, code := runCmd(t, "", "query", "typed-relations", "-param", "type=works_for", "-format", "csv")
	if code != exitOK || !strings.Contains(stdout, "Maria Lopez,WORKS_FOR,chief executive,Globex Inc") || strings.Contains(stdout, "Acme") {
		t.Errorf("typed-relations type=works_for = exit %d, %q, %q; want Maria Lopez WORKS_FOR Globex Inc only", code, stdout, stderr)
	}
	for _, name := range []string{"Peter Hall", "Acme Corp"} {
		if stdout, _, code := runCmd(t, "", "query", "entity-documents", "-param", "name="+name, "-format", "csv"); code != exitOK || strings.Count(stdout, "\n") != 1 {
			t.Errorf("entity-documents %s after the correction = exit %d, %q; want the header only", name, code, stdout)
		}
	}
	if stdout, _, code := runCmd(t, "", "query", "entity-documents", "-param", "name=Susan Reed", "-format", "csv"); code != exitOK || !strings.Contains(stdout, "story") {
		t.Errorf("entity-documents Susan Reed = exit %d, %q; want story", code, stdout)
	}
	if stdout, _, code := runCmd(t, "", "load", "-q", "-o", out, story); code != exitOK || !strings.Contains(stdout, "documents  0 new, 1 unchanged (skipped), 0 replaced") {
		t.Errorf("ergraph load unchanged story.txt = exit %d, %q; want 1 unchanged", code, stdout)
	}
}

func TestDeleteAndDocs(t *testing.T) {
	needServer(t)
	out := t.TempDir()
	if _, stderr, code := runCmd(t, "", "load", "-q", "-clear", "-o", out, "../../testdata"); code != exitOK {
		t.Fatalf("ergraph load testdata = exit %d: %s", code, stderr)
	}
	stdout, _, code := runCmd(t, "", "docs", "-format", "csv")
	rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
	if code != exitOK || err != nil || len(rows) != 8 || strings.Join(rows[0], ",") != "id,title,source,published,entities,loaded" {
		t.Fatalf("ergraph docs -format csv = exit %d, %v, %q; want a header and 7 documents", code, err, stdout)
	}
	entities := entityCount(t, filepath.Join(out, "entities.jsonl"), "brief-2017-03-30")
	want := "brief-2017-03-30,Talks end without agreement on encryption,ergraph test feed,2017-03-30," + strconv.Itoa(entities)
	if got := strings.Join(rows[1][:5], ","); got != want || entities == 0 {
		t.Errorf("first document = %q; want %q: the newest brief with the entities extracted from it", got, want)
	}
	stdout, _, _ = runCmd(t, "", "docs", "-format", "json")
	var first struct {
		ID       string `json:"id"`
		Entities int    `json:"entities"`
	}
	if err := json.NewDecoder(strings.NewReader(stdout)).Decode(&first); err != nil || first.ID != "brief-2017-03-30" || first.Entities != entities {
		t.Errorf("ergraph docs -format json first line = %+v, %v; want brief-2017-03-30 with %d entities", first, err, entities)
	}
	if stdout, _, _ = runCmd(t, "", "docs"); !strings.HasPrefix(stdout, "id ") || !strings.Contains(stdout, "cook-backdoor") {
		t.Errorf("ergraph docs = %q; want a table", stdout)
	}

	stdout, _, code = runCmd(t, "", "delete", "-n", "-match", "EXAMPLE.org/briefs")
	if code != exitOK || stdout != "brief-2017-03-27\nbrief-2017-03-30\nwould delete 2 documents (dry run: nothing changed)\n" {
		t.Errorf("ergraph delete -n -match = exit %d, %q; want both briefs listed", code, stdout)
	}
	stdout, stderr, code := runCmd(t, "", "delete", "-q", "-match", "example.org/briefs")
	if code != exitOK || !regexp.MustCompile(`deleted 2 documents in [0-9.]+ s: brief-2017-03-27, brief-2017-03-30`).MatchString(stdout) || !strings.Contains(stdout, "5 in the database") {
		t.Errorf("ergraph delete -match = exit %d, %q, %q; want 2 deleted and the summary of the 5 left", code, stdout, stderr)
	}
	_, stderr, code = runCmd(t, "", "delete", "-q", "cook-backdoor", "no-such-doc")
	if code != exitPartial || !strings.Contains(stderr, `warning: no stored document "no-such-doc"`) {
		t.Errorf("ergraph delete cook-backdoor no-such-doc = exit %d, %q; want exit 3 and a warning", code, stderr)
	}
	_, stderr, code = runCmd(t, "", "delete", "-q", "no-such-doc")
	if code != exitFailed || !strings.Contains(stderr, `no document "no-such-doc" is stored; nothing deleted`) {
		t.Errorf("ergraph delete no-such-doc = exit %d, %q; want exit 1", code, stderr)
	}
	_, stderr, code = runCmd(t, "", "delete", "-q", "-match", "no such title anywhere")
	if code != exitFailed || !strings.Contains(stderr, "no stored document has") {
		t.Errorf("ergraph delete -match (nothing) = exit %d, %q; want exit 1", code, stderr)
	}
	stdout, _, _ = runCmd(t, "", "docs", "-format", "csv")
	if n := strings.Count(stdout, "\n"); n != 5 || strings.Contains(stdout, "brief-") || strings.Contains(stdout, "cook-backdoor") {
		t.Errorf("ergraph docs after the deletes = %q; want 4 documents", stdout)
	}
	stdout, _, _ = runCmd(t, "", "query", "search", "-param", "term=Tim Cook", "-format", "csv")
	if strings.Contains(stdout, "Tim Cook") {
		t.Errorf("Tim Cook, only in cook-backdoor, is still found after deleting it: %q", stdout)
	}
}

// TestQueryRefusedValueLine: a value Neo4j would refuse never gets there,
// and the message is one line.
func TestQueryRefusedValueLine(t *testing.T) {
	_, stderr, code := runCmd(t, "", "query", "top-entities", "-uri", "bolt://127.0.0.1:1", "-param", "limit=-1")
	if code != exitUsage || strings.Count(strings.TrimSpace(stderr), "\n") != 0 || strings.Contains(stderr, "127.0.0.1:1") {
		t.Errorf("query top-entities limit=-1 = exit %d, %q; want a usage error before any connection", code, stderr)
	}
}

// entityCount returns the number of entities of document id in an
// entities.jsonl file.
func entityCount(t *testing.T, path, id string) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dec := json.NewDecoder(f)
	for {
		var d struct {
			Doc      string            `json:"doc"`
			Entities []json.RawMessage `json:"entities"`
		}
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("%s: no document %s: %v", path, id, err)
		}
		if d.Doc == id {
			return len(d.Entities)
		}
	}
}
