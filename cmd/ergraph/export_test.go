package main

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ergraph/ergraph/graph/store"
)

func TestExportWritesImportFiles(t *testing.T) {
	out := filepath.Join(t.TempDir(), "bulk")
	stdout, stderr, code := runCmd(t, "", "export", "-q", "-top", "0", "-o", out, "../../testdata")
	if code != exitOK {
		t.Fatalf("ergraph export = exit %d: %s", code, stderr)
	}
	golden, err := os.ReadFile("../../testdata/golden/graph.graphml.golden")
	if err != nil {
		t.Fatal(err)
	}
	n := strings.Count(string(golden), "<node ") // the entities 'build' writes for the same input
	if want := fmt.Sprintf("wrote %d nodes (7 documents, %d entities)", n+7, n); !strings.Contains(stdout, want) || !strings.Contains(stdout, "ergraph setup") {
		t.Errorf("ergraph export printed %q; want the counts written and the next steps", stdout)
	}
	for _, name := range []string{store.ImportDocuments, store.ImportEntities, store.ImportMentions, store.ImportRelationships, store.ImportArgs, "entities.jsonl"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("export wrote no %s: %v", name, err)
		}
	}
	// An output directory that cannot be written: an error, and no file.
	bad := filepath.Join(t.TempDir(), "file")
	os.WriteFile(bad, nil, 0o644)
	if _, stderr, code := runCmd(t, "", "export", "-q", "-o", filepath.Join(bad, "x"), "../../testdata"); code != exitFailed || strings.Count(stderr, "\n") != 1 {
		t.Errorf("export into a path under a file = exit %d, %q; want exit 1 and one line", code, stderr)
	}
}

// TestExportImportMatchesLoad: 'ergraph load' of testdata into the test
// server, and 'ergraph export' of the same articles imported with
// scripts/neo4j-import.sh into a second server completed by 'ergraph
// setup', answer every query of the pack the same.
func TestExportImportMatchesLoad(t *testing.T) {
	needServer(t)
	if _, err := exec.LookPath("java"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but java is not on PATH: neo4j-admin import needs Java 17")
		}
		t.Skip("java not on PATH")
	}
	if _, stderr, code := runCmd(t, "", "load", "-q", "-clear", "-o", t.TempDir(), "../../testdata"); code != exitOK {
		t.Fatalf("ergraph load = exit %d: %s", code, stderr)
	}
	bulk, home, state := t.TempDir(), t.TempDir(), t.TempDir()
	if _, stderr, code := runCmd(t, "", "export", "-q", "-o", bulk, "../../testdata"); code != exitOK {
		t.Fatalf("ergraph export = exit %d: %s", code, stderr)
	}
	script(t, nil, "neo4j-import.sh", bulk, home)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := fmt.Sprint(l.Addr().(*net.TCPAddr).Port)
	l.Close()
	env := []string{"ERGRAPH_NEO4J_HOME=" + state, "ERGRAPH_NEO4J_PORT=" + port, "ERGRAPH_NEO4J_DATA=" + home}
	script(t, env, "neo4j-local.sh", "start")
	t.Cleanup(func() { script(t, env, "neo4j-local.sh", "stop") })
	imported := []string{"-uri", "bolt://127.0.0.1:" + port, "-password", "ergraph-test-pw"}
	if stdout, stderr, code := runCmd(t, "", append([]string{"setup"}, imported...)...); code != exitOK || !strings.Contains(stdout, "indexes online") {
		t.Fatalf("ergraph setup = exit %d, %q, %q", code, stdout, stderr)
	}
	for _, q := range [][]string{
		{"overview"}, {"top-entities"}, {"top-entities", "-param", "by=betweenness"}, {"brokers"}, {"strongest-links"},
		{"neighbourhood", "-param", "name=Amber Rudd"}, {"search", "-param", "term=rudd"},
		{"community", "-param", "name=Khalid Masood"}, {"entity-documents", "-param", "name=Amber Rudd"},
		{"shortest-paths", "-param", "from=Amber Rudd", "-param", "to=Tim Cook"},
		{"typed-relations", "-param", "type=WORKS_FOR"}, {"link-evidence", "-param", "a=Tim Cook", "-param", "b=Apple"},
		{"entity-relations", "-param", "name=Khalid Masood"},
	} {
		args := append([]string{"query", "-format", "json"}, q...)
		want, _, code := runCmd(t, "", args...)
		got, stderr, code2 := runCmd(t, "", append(args, imported...)...)
		if code != exitOK || code2 != exitOK || got != want {
			t.Errorf("query %q: imported database answers (exit %d) %s %s\nloaded one (exit %d) %s", q, code2, got, stderr, code, want)
		}
	}
	docs, _, _ := runCmd(t, "", append([]string{"docs", "-format", "csv"}, imported...)...)
	if strings.Count(docs, "\n") != 8 {
		t.Errorf("ergraph docs on the imported database = %q; want the 7 documents", docs)
	}
	// Loads go on from the imported database: the same articles are
	// unchanged, a new one is added.
	story := filepath.Join(t.TempDir(), "new.txt")
	os.WriteFile(story, []byte("Amber Rudd met Tim Cook in London on Friday."), 0o644)
	stdout, stderr, code := runCmd(t, "", append([]string{"load", "-q", "-top", "0", "-o", t.TempDir(), "../../testdata", story}, imported...)...)
	if code != exitOK || !strings.Contains(stdout, "1 new, 7 unchanged (skipped), 0 replaced") {
		t.Errorf("ergraph load on the imported database = exit %d, %q, %q; want 1 new and 7 unchanged documents", code, stdout, stderr)
	}
}

// script runs scripts/NAME with args and env added to the environment.
func script(t *testing.T, env []string, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(filepath.Join("..", "..", "scripts", name), args...)
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("scripts/%s %q: %v\n%s", name, args, err, out.String())
	}
}

// TestExportFromExtracted: exporting the documents 'ergraph extract' wrote
// gives the files exporting the articles gives, but for the export time.
func TestExportFromExtracted(t *testing.T) {
	dir := t.TempDir()
	extracted, stderr, code := runCmd(t, "", "extract", "-q", "../../testdata")
	if code != exitOK {
		t.Fatalf("ergraph extract = exit %d: %s", code, stderr)
	}
	os.WriteFile(filepath.Join(dir, "ext.jsonl"), []byte(extracted), 0o644)
	for _, run := range [][]string{{"-o", filepath.Join(dir, "a"), "../../testdata"}, {"-o", filepath.Join(dir, "b"), filepath.Join(dir, "ext.jsonl")}} {
		if _, stderr, code := runCmd(t, "", append([]string{"export", "-q", "-top", "0"}, run...)...); code != exitOK {
			t.Fatalf("ergraph export %q = exit %d: %s", run, code, stderr)
		}
	}
	for _, name := range []string{store.ImportDocuments, store.ImportEntities, store.ImportMentions, store.ImportRelationships, store.ImportArgs} {
		a, _ := os.ReadFile(filepath.Join(dir, "a", name))
		b, _ := os.ReadFile(filepath.Join(dir, "b", name))
		if name == store.ImportDocuments {
			a, b = withoutLastField(a), withoutLastField(b) // loadedAt
		}
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s from the extracted documents differs from the one from the articles:\n%s\n%s", name, b, a)
		}
	}
}

func withoutLastField(csv []byte) []byte {
	var out []string
	for _, line := range strings.Split(string(csv), "\n") {
		if i := strings.LastIndexByte(line, ','); i >= 0 {
			line = line[:i]
		}
		out = append(out, line)
	}
	return []byte(strings.Join(out, "\n"))
}
