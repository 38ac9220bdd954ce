package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ergraph/ergraph/graph"
)

// runCmd runs ergraph with args and returns stdout, stderr and the exit code.
func runCmd(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := runEnv(context.Background(), env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}, args)
	code := report(err, &errb)
	return out.String(), errb.String(), code
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"no command", nil, exitUsage, "no command given"},
		{"unknown command", []string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{"bad flag", []string{"build", "-nosuchflag", "testdata"}, exitUsage, "flag provided but not defined"},
		{"build without paths", []string{"build", "-o", "x"}, exitUsage, "no input paths given"},
		{"unknown query", []string{"query", "no-such-query"}, exitUsage, `unknown query "no-such-query"`},
		{"missing parameter", []string{"query", "neighbourhood"}, exitUsage, `missing parameter "name"`},
		{"unknown parameter", []string{"query", "overview", "-param", "x=1"}, exitUsage, `unknown parameter "x"`},
		{"bad parameter value", []string{"query", "top-entities", "-param", "limit=ten"}, exitUsage, "wants an integer"},
		{"bad format", []string{"query", "overview", "-format", "xml"}, exitUsage, `-format "xml"`},
		{"negative batch", []string{"load", "-batch", "-5", "x.txt"}, exitUsage, "-batch -5: want at least 1"},
		{"zero batch", []string{"centrality", "-batch", "0"}, exitUsage, "-batch 0: want at least 1"},
		{"negative timeout", []string{"query", "-tx-timeout", "-1s", "overview"}, exitUsage, "must not be negative"},
		{"zero workers", []string{"extract", "-workers", "0", "testdata"}, exitUsage, "-workers 0: want 1 or more"},
		{"NaN confidence", []string{"extract", "-min-confidence", "NaN", "testdata"}, exitUsage, "-min-confidence NaN: want a probability"},
		{"negative top", []string{"build", "-top", "-3", "testdata"}, exitUsage, "-top -3: want 0 or more"},
		{"build draws nothing", []string{"build", "-html", "-initial", "0", "testdata"}, exitUsage, "build: -initial must be 1 or more"},
		{"zero max bytes", []string{"build", "-max-bytes", "0", "testdata"}, exitUsage, "-max-bytes 0: want 1 or more"},
		// The examples: each refused before Neo4j, naming the
		// parameter and what it accepts.
		{"blank search term", []string{"query", "search", "-param", "term="}, exitUsage, "parameter term wants a search term with at least one letter or digit"},
		{"punctuation search term", []string{"query", "search", "-param", "term=-"}, exitUsage, "parameter term wants a search term"},
		{"negative limit", []string{"query", "top-entities", "-param", "limit=-1"}, exitUsage, "parameter limit wants an integer >= 1, not \"-1\""},
		{"unknown relation type", []string{"query", "typed-relations", "-param", "type=works"}, exitUsage, "parameter type wants one of WORKS_FOR, OWNS"},
		{"unknown entity type", []string{"query", "top-entities", "-param", "type=company"}, exitUsage, "parameter type wants one of '' (any), Person"},
		{"unknown centrality", []string{"query", "top-entities", "-param", "by=fame"}, exitUsage, "parameter by wants one of pagerank"},
		{"delete without documents", []string{"delete"}, exitUsage, "delete wants document ids or -match TEXT"},
		{"delete blank match", []string{"delete", "-match", " "}, exitUsage, "-match: want some text"},
		{"delete ids and match", []string{"delete", "-match", "x", "doc"}, exitUsage, "not both"},
		{"docs with arguments", []string{"docs", "x"}, exitUsage, "docs takes no arguments"},
		{"docs bad format", []string{"docs", "-format", "xml"}, exitUsage, `-format "xml"`},
		{"delete help", []string{"delete", "-h"}, exitOK, "Examples:"},
		{"docs help", []string{"docs", "-h"}, exitOK, "Examples:"},
		{"train without output", []string{"train", "data.conll"}, exitUsage, "train needs -o MODEL"},
		{"help", []string{"build", "-h"}, exitOK, "Examples:"},
		{"export help", []string{"export", "-h"}, exitOK, "Examples:"},
		{"export bad format", []string{"export", "-format", "graphml", "testdata"}, exitUsage, `-format "graphml": want neo4j-import`},
		{"export without paths", []string{"export", "-o", "x"}, exitUsage, "no input paths given"},
		{"setup help", []string{"setup", "-h"}, exitOK, "Examples:"},
		{"setup with arguments", []string{"setup", "x"}, exitUsage, "setup takes no arguments"},
		{"build help shows shards", []string{"build", "-h"}, exitOK, "ergraph build -extracted ext/"},
		{"load help shows shards", []string{"load", "-h"}, exitOK, "ergraph load -extracted ext/"},
		{"extract help shows shards", []string{"extract", "-h"}, exitOK, "parallel 'ergraph extract -q {} > ext/{/}'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := runCmd(t, "", tt.args...)
			if code != tt.wantCode || !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("ergraph %q = exit %d, stderr %q; want exit %d and %q", tt.args, code, stderr, tt.wantCode, tt.wantErr)
			}
			if code != exitOK && strings.Count(strings.TrimSpace(stderr), "\n") > 0 && tt.name != "no command" {
				t.Errorf("ergraph %q: error is more than one line: %q", tt.args, stderr)
			}
		})
	}
}

func TestQueryList(t *testing.T) {
	out, _, code := runCmd(t, "", "query", "list")
	if code != exitOK {
		t.Fatalf("ergraph query list = exit %d", code)
	}
	for _, want := range []string{"shortest-paths", "from (required, e.g. 'Amber Rudd')", "top-entities", "overview"} {
		if !strings.Contains(out, want) {
			t.Errorf("ergraph query list output lacks %q:\n%s", want, out)
		}
	}
	out, _, _ = runCmd(t, "", "query", "show", "overview")
	if !strings.HasPrefix(out, "// A graph overview") {
		t.Errorf("ergraph query show overview = %q; want the Cypher file", out)
	}
}

func TestBuild(t *testing.T) {
	dir := t.TempDir()
	out, stderr, code := runCmd(t, "", "build", "-q", "-o", dir, "../../testdata")
	if code != exitOK {
		t.Fatalf("ergraph build testdata = exit %d: %s", code, stderr)
	}
	for _, want := range []string{"documents  7 read, 0 skipped", "Top 10 by PageRank", "Top 10 by betweenness", "entities "} {
		if !strings.Contains(out, want) {
			t.Errorf("ergraph build summary lacks %q:\n%s", want, out)
		}
	}
	f, err := os.Open(filepath.Join(dir, "graph.graphml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := graph.ReadGraphML(f)
	if err != nil {
		t.Fatalf("ReadGraphML(graph.graphml) = %v", err)
	}
	if len(g.Nodes()) < 10 || len(g.Edges()) < 10 {
		t.Errorf("graph.graphml has %d nodes, %d edges; want at least 10 of each", len(g.Nodes()), len(g.Edges()))
	}
	jsonl, err := os.ReadFile(filepath.Join(dir, "entities.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(jsonl, []byte("\n")); n != 7 {
		t.Errorf("entities.jsonl has %d lines; want 7", n)
	}

	// The same input gives the same bytes, and extract prints entities.jsonl.
	dir2 := t.TempDir()
	runCmd(t, "", "build", "-q", "-workers", "1", "-o", dir2, "../../testdata")
	for _, name := range []string{"graph.graphml", "entities.jsonl"} {
		a, _ := os.ReadFile(filepath.Join(dir, name))
		b, _ := os.ReadFile(filepath.Join(dir2, name))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between two builds of the same input", name)
		}
	}
	ext, _, code := runCmd(t, "", "extract", "-q", "../../testdata")
	if code != exitOK || ext != string(jsonl) {
		t.Errorf("ergraph extract testdata (exit %d) differs from build's entities.jsonl", code)
	}
}

func TestBuildBadInput(t *testing.T) {
	good := filepath.Join(t.TempDir(), "good.txt")
	os.WriteFile(good, []byte("Tim Cook, the chief executive of Apple, spoke in London."), 0o644)
	empty := t.TempDir()
	missing := filepath.Join(t.TempDir(), "missing.txt")
	tests := []struct {
		name      string
		args      []string
		wantCode  int
		wantErr   string
		wantFiles bool
	}{
		{"missing file", []string{missing}, exitFailed, "no such file or directory", false},
		{"empty directory", []string{empty}, exitFailed, "no .txt or .jsonl files in directory", false},
		{"some skipped", []string{good, missing}, exitPartial, "1 input skipped", true},
		{"strict", []string{"-strict", good, missing}, exitFailed, "stopped by -strict", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := t.TempDir()
			_, stderr, code := runCmd(t, "", append([]string{"build", "-q", "-o", out}, tt.args...)...)
			if code != tt.wantCode || !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("ergraph build %q = exit %d, stderr %q; want exit %d and %q", tt.args, code, stderr, tt.wantCode, tt.wantErr)
			}
			_, err := os.Stat(filepath.Join(out, "graph.graphml"))
			if got := err == nil; got != tt.wantFiles {
				t.Errorf("ergraph build %q wrote graph.graphml = %v; want %v", tt.args, got, tt.wantFiles)
			}
			entries, _ := os.ReadDir(out)
			for _, e := range entries {
				if strings.HasSuffix(e.Name(), ".tmp") {
					t.Errorf("ergraph build %q left temporary file %s", tt.args, e.Name())
				}
			}
		})
	}
}

func TestBuildStdin(t *testing.T) {
	dir := t.TempDir()
	out, stderr, code := runCmd(t, "Apple's chief executive Tim Cook met Amber Rudd in London.", "build", "-q", "-o", dir, "-")
	if code != exitOK || !strings.Contains(out, "documents  1 read") {
		t.Errorf("ergraph build - = exit %d, %q, %q; want one document", code, out, stderr)
	}
}

func TestBuildUnwritableOutput(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o644)
	_, stderr, code := runCmd(t, "", "build", "-q", "-o", filepath.Join(file, "out"), "../../testdata")
	if code != exitFailed || !strings.Contains(stderr, "create output directory") {
		t.Errorf("ergraph build -o under a file = exit %d, %q; want exit 1 and a clear line", code, stderr)
	}
}

func TestBuildKeepsOldOutputOnFailure(t *testing.T) {
	dir := t.TempDir()
	runCmd(t, "", "build", "-q", "-o", dir, "../../testdata/articles")
	before, _ := os.ReadFile(filepath.Join(dir, "graph.graphml"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	err := runEnv(ctx, env{stdout: &out, stderr: &errb}, []string{"build", "-q", "-o", dir, "../../testdata"})
	if err == nil {
		t.Fatalf("build with a cancelled context = nil error")
	}
	after, _ := os.ReadFile(filepath.Join(dir, "graph.graphml"))
	if !bytes.Equal(before, after) || len(before) == 0 {
		t.Errorf("an interrupted build changed graph.graphml")
	}
}

func TestTrainAndUseModel(t *testing.T) {
	model := filepath.Join(t.TempDir(), "tiny.model")
	out, stderr, code := runCmd(t, "", "train", "-holdout", "0", "-epochs", "5", "-o", model, "../../extract/ner/testdata/tiny.txt")
	if code != exitOK || !strings.Contains(out, "wrote "+model) {
		t.Fatalf("ergraph train = exit %d, %q, %q", code, out, stderr)
	}
	if fi, err := os.Stat(model); err != nil || fi.Size() == 0 {
		t.Fatalf("model file: %v", err)
	}
	out, stderr, code = runCmd(t, "Maria Lopez visited Lisbon on Monday.", "extract", "-model", model, "-")
	if code != exitOK || !strings.Contains(out, `"name":"Maria Lopez"`) {
		t.Errorf("ergraph extract -model tiny.model = exit %d, %q, %q; want Maria Lopez found", code, out, stderr)
	}
	_, stderr, code = runCmd(t, "", "extract", "-model", "/no/such/model", "-")
	if code != exitFailed || !strings.Contains(stderr, "open model") {
		t.Errorf("ergraph extract -model missing = exit %d, %q; want exit 1 and a clear line", code, stderr)
	}
}

func TestEval(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"mention level", []string{"eval", "../../extract/ner/testdata/tiny.txt"}, exitOK,
			[]string{"mention level", "Person", "overall"}},
		{"document level", []string{"eval", "-gold", "../../extract/testdata/heldout/gold.json", "../../extract/testdata/heldout"}, exitOK,
			[]string{"23 documents (document level)", "entity   P", "typed    P"}},
		{"no input", []string{"eval"}, exitUsage, nil},
		{"missing gold", []string{"eval", "-gold", "/no/such/gold.json", "."}, exitFailed, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, code := runCmd(t, "", tt.args...)
			if code != tt.code {
				t.Fatalf("ergraph %q = exit %d, %q, %q; want exit %d", tt.args, code, out, stderr, tt.code)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("ergraph %q = %q; want %q in it", tt.args, out, w)
				}
			}
		})
	}
}

func TestProgress(t *testing.T) {
	tests := []struct {
		name     string
		terminal bool
		args     []string
		want     bool
	}{
		{"terminal", true, nil, true},
		{"terminal, -q", true, []string{"-q"}, false},
		{"not a terminal", false, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			args := append(append([]string{"build", "-o", t.TempDir()}, tt.args...), "../../testdata")
			if err := runEnv(context.Background(), env{stdout: &out, stderr: &errb, terminal: tt.terminal}, args); err != nil {
				t.Fatal(err)
			}
			got := strings.Contains(errb.String(), "documents") && strings.Contains(errb.String(), "centrality over")
			if got != tt.want || !tt.want && errb.Len() > 0 {
				t.Errorf("ergraph %q on a terminal=%v: stderr %q; want progress %v", args, tt.terminal, errb.String(), tt.want)
			}
		})
	}
}
