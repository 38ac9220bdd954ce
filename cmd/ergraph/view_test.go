package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestViewCommand(t *testing.T) {
	out := t.TempDir()
	if _, stderr, code := runCmd(t, "", "build", "-q", "-o", out, "../../testdata/articles"); code != exitOK {
		t.Fatalf("ergraph build = exit %d: %s", code, stderr)
	}
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantFile string // written on success
		wantErr  string
	}{
		{"output directory", []string{out}, exitOK, filepath.Join(out, "graph.html"), ""},
		{"GraphML file, -o", []string{"-o", filepath.Join(out, "x.html"), filepath.Join(out, "graph.graphml")}, exitOK, filepath.Join(out, "x.html"), ""},
		{"missing input", []string{filepath.Join(out, "nothing")}, exitFailed, "", "run 'ergraph build' first"},
		{"not GraphML", []string{filepath.Join(out, "entities.jsonl")}, exitFailed, "", "invalid graphml"},
		{"two inputs", []string{out, out}, exitUsage, "", "one directory or GraphML file"},
		{"path with -from-neo4j", []string{"-from-neo4j", out}, exitUsage, "", "takes no path"},
		{"zero -initial", []string{"-initial", "0", out}, exitUsage, "", "-initial"},
		{"unknown flag", []string{"-colour", "red", out}, exitUsage, "", "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCmd(t, "", append([]string{"view"}, tt.args...)...)
			if code != tt.wantCode || !strings.Contains(stderr, tt.wantErr) {
				t.Fatalf("ergraph view %q = exit %d, stderr %q; want exit %d and %q", tt.args, code, stderr, tt.wantCode, tt.wantErr)
			}
			if tt.wantCode == exitOK {
				if !strings.Contains(stdout, "wrote "+tt.wantFile) {
					t.Errorf("stdout %q does not name %s", stdout, tt.wantFile)
				}
				b, err := os.ReadFile(tt.wantFile)
				if err != nil || !strings.Contains(string(b), `id="ergraph-data"`) {
					t.Errorf("%s: %v, %d bytes, want the page", tt.wantFile, err, len(b))
				}
			} else if strings.Count(stderr, "\n") != 1 {
				t.Errorf("want a one-line error, got %q", stderr)
			}
		})
	}
	// No half-written page is left behind by a failure.
	matches, _ := filepath.Glob(filepath.Join(out, ".*.tmp"))
	if len(matches) > 0 {
		t.Errorf("temporary files left: %v", matches)
	}
}

func TestViewHelp(t *testing.T) {
	_, stderr, code := runCmd(t, "", "view", "-h")
	if code != exitOK || !strings.Contains(stderr, "Examples:") || !strings.Contains(stderr, "-from-neo4j") || !strings.Contains(stderr, "-initial") {
		t.Errorf("ergraph view -h = exit %d, %q; want the usage with examples and flags", code, stderr)
	}
}

// TestViewFromNeo4j writes the page of what Neo4j holds.
func TestViewFromNeo4j(t *testing.T) {
	needServer(t)
	out := t.TempDir()
	if _, stderr, code := runCmd(t, "", "load", "-q", "-clear", "-o", out, "../../testdata/articles"); code != exitOK {
		t.Fatalf("ergraph load = exit %d: %s", code, stderr)
	}
	page := filepath.Join(out, "stored.html")
	stdout, stderr, code := runCmd(t, "", "view", "-q", "-from-neo4j", "-o", page)
	if code != exitOK {
		t.Fatalf("ergraph view -from-neo4j = exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout, "wrote "+page) || !strings.Contains(string(b), `"name":"Amber Rudd"`) {
		t.Errorf("ergraph view -from-neo4j: %q; page of %d bytes without Amber Rudd", stdout, len(b))
	}
}
