package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestBuildGolden builds testdata and compares both outputs with the
// golden files; go test ./... -update refreshes them after an intended
// change.
func TestBuildGolden(t *testing.T) {
	dir := t.TempDir()
	if _, stderr, code := runCmd(t, "", "build", "-q", "-o", dir, "../../testdata/articles", "../../testdata/feeds"); code != exitOK {
		t.Fatalf("ergraph build = exit %d: %s", code, stderr)
	}
	for _, name := range []string{"entities.jsonl", "graph.graphml"} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		// .golden, so that "ergraph build testdata" does not read it as input.
		golden := filepath.Join("..", "..", "testdata", "golden", name+".golden")
		if *update {
			os.MkdirAll(filepath.Dir(golden), 0o755)
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./cmd/ergraph -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("ergraph build testdata: %s differs from %s (if the change is intended: go test ./cmd/ergraph -update)", name, golden)
		}
	}
}
