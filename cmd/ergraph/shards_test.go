package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The articles of testdata in the order 'ergraph build ../../testdata/articles
// ../../testdata/feeds' reads them.
var (
	shardArticles = []string{
		"../../testdata/articles/cook-backdoor.txt",
		"../../testdata/articles/europol-encryption.txt",
		"../../testdata/articles/facebook-whatsapp.txt",
		"../../testdata/articles/palmer-tribute.txt",
		"../../testdata/articles/rudd-whatsapp.txt",
		"../../testdata/feeds/briefs.jsonl",
	}
	wholeArticles = []string{"../../testdata/articles", "../../testdata/feeds"}
)

// extractShards runs 'ergraph extract' on each shard of paths, the last
// shard first, and writes each output to dir/shard-N.jsonl; it returns
// those files in shard order.
func extractShards(t *testing.T, dir string, shards ...[]string) []string {
	t.Helper()
	files := make([]string, len(shards))
	for i := len(shards) - 1; i >= 0; i-- {
		stdout, stderr, code := runCmd(t, "", append([]string{"extract", "-q"}, shards[i]...)...)
		if code != exitOK {
			t.Fatalf("ergraph extract %q = exit %d: %s", shards[i], code, stderr)
		}
		files[i] = filepath.Join(dir, "shard-"+string(rune('0'+i))+".jsonl")
		if err := os.WriteFile(files[i], []byte(stdout), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return files
}

// buildOutputs runs 'ergraph build' on args and returns graph.graphml and
// entities.jsonl.
func buildOutputs(t *testing.T, args ...string) (graphml, entities []byte) {
	t.Helper()
	out := t.TempDir()
	if _, stderr, code := runCmd(t, "", append([]string{"build", "-q", "-o", out}, args...)...); code != exitOK {
		t.Fatalf("ergraph build %q = exit %d: %s", args, code, stderr)
	}
	g, err := os.ReadFile(filepath.Join(out, "graph.graphml"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := os.ReadFile(filepath.Join(out, "entities.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	return g, e
}

// Issue 15: extraction run in shards, in any order, then one build of the
// shards, gives the bytes of one build of the articles; so does a build
// of some shards and some articles.
func TestBuildFromShards(t *testing.T) {
	wantGraph, wantEntities := buildOutputs(t, wholeArticles...)
	a := shardArticles
	tests := []struct {
		name   string
		shards [][]string
		// args turns the shard files into build's arguments.
		args func(dir string, files []string) []string
	}{
		{"three shards", [][]string{a[:2], a[2:5], a[5:]}, func(_ string, files []string) []string { return files }},
		{"two shards, -extracted", [][]string{a[:1], a[1:]}, func(_ string, files []string) []string {
			return append([]string{"-extracted"}, files...)
		}},
		{"a directory of shards", [][]string{a[:3], a[3:4], a[4:]}, func(dir string, _ []string) []string { return []string{dir} }},
		{"shards and articles mixed", [][]string{a[:2], a[5:]}, func(_ string, files []string) []string {
			return append(append([]string{files[0]}, a[2:5]...), files[1])
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			files := extractShards(t, dir, tt.shards...)
			gotGraph, gotEntities := buildOutputs(t, tt.args(dir, files)...)
			if !bytes.Equal(gotGraph, wantGraph) {
				t.Errorf("build of the shards: graph.graphml differs from the build of the articles")
			}
			if !bytes.Equal(gotEntities, wantEntities) {
				t.Errorf("build of the shards: entities.jsonl differs from the build of the articles")
			}
		})
	}
}

// Issue 15: bad extracted input in a build is a warning naming file and
// line and exit status 3, or, for a format this ergraph cannot read, one
// line and exit status 1; never a panic, never a half-written output.
func TestBuildBadExtracted(t *testing.T) {
	dir := t.TempDir()
	files := extractShards(t, dir, shardArticles[:2], shardArticles[2:3])
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	good := string(data)
	lines := strings.SplitAfter(strings.TrimSuffix(good, "\n"), "\n")
	second := strings.TrimSuffix(lines[1], "\n")
	// Each bad file is a good line of shard 1, then a line of shard 0
	// spoiled; the build reads shard 0, then the bad file.
	data, err = os.ReadFile(files[1])
	if err != nil {
		t.Fatal(err)
	}
	other := string(data)
	bad := func(name, data string) string {
		p := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name     string
		file     string
		flags    []string
		wantCode int
		wantErr  string
		wantDocs int // documents read, when the build goes on
	}{
		{"truncated last line", bad("cut.jsonl", other+second[:len(second)/2]), nil, exitPartial,
			"cut.jsonl:2: not a JSON object: unexpected end of JSON input", 3},
		{"wrong field type", bad("type.jsonl", other+strings.Replace(second, `"tokens":`, `"tokens":"many","x":`, 1)+"\n"), nil, exitPartial,
			`type.jsonl:2: wrong type: "tokens" is a string, want an integer`, 3},
		{"relation to a missing entity", bad("rel.jsonl", other+strings.Replace(second, `"source":"`, `"source":"person:nobody-`, 1)+"\n"), nil, exitPartial,
			`is not an entity of the document`, 3},
		{"duplicate across shards", bad("again.jsonl", other+lines[0]), nil, exitPartial,
			`again.jsonl:2: duplicate document id "cook-backdoor" (first in ` + files[0] + ":1)", 3},
		{"newer format", bad("new.jsonl", strings.Replace(good, `{"format":1,`, `{"format":2,`, 1)), nil, exitFailed,
			"new.jsonl:1: unknown format: extracted documents of format 2; this ergraph reads format 1", 0},
		{"-strict", bad("cut.jsonl", other+second[:len(second)/2]), []string{"-strict"}, exitFailed, "stopped by -strict", 0},
		{"a model that cannot be read", files[1], []string{"-model", filepath.Join(dir, "missing.model")}, exitFailed, "open model", 0},
		{"-extracted and an article", shardArticles[3], []string{"-extracted"}, exitPartial,
			"palmer-tribute.txt: not JSON Lines of extracted documents (.jsonl)", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := t.TempDir()
			args := append(append([]string{"build", "-q", "-top", "0", "-o", out}, tt.flags...), files[0], tt.file)
			stdout, stderr, code := runCmd(t, "", args...)
			if code != tt.wantCode || !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("ergraph %q = exit %d, stderr %q; want exit %d and %q", args, code, stderr, tt.wantCode, tt.wantErr)
			}
			_, err := os.Stat(filepath.Join(out, "graph.graphml"))
			if written := err == nil; written != (tt.wantDocs > 0) {
				t.Errorf("ergraph %q wrote graph.graphml: %v; want %v", args, written, tt.wantDocs > 0)
			}
			if tt.wantDocs > 0 && !strings.Contains(stdout, "documents  "+string(rune('0'+tt.wantDocs))+" read, 1 skipped") {
				t.Errorf("ergraph %q summary %q; want %d read, 1 skipped", args, stdout, tt.wantDocs)
			}
			if tt.wantCode == exitFailed && strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
				t.Errorf("ergraph %q: error is more than one line: %q", args, stderr)
			}
		})
	}
}

// Issue 15: 'ergraph load' of extracted shards stores the graph a load of
// the articles stores, and keeps document versions: the articles loaded
// after their shards are unchanged, and an edited article extracted again
// replaces its old version.
func TestLoadFromShards(t *testing.T) {
	needServer(t)
	dir := t.TempDir()
	export := func(args ...string) (string, []byte) {
		t.Helper()
		p := filepath.Join(t.TempDir(), "all.graphml")
		args = append([]string{"load", "-q", "-top", "0", "-o", t.TempDir(), "-graphml", p}, args...)
		stdout, stderr, code := runCmd(t, "", args...)
		if code != exitOK {
			t.Fatalf("ergraph %q = exit %d: %s", args, code, stderr)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return stdout, data
	}
	_, want := export(append([]string{"-clear"}, wholeArticles...)...)
	files := extractShards(t, dir, shardArticles[:3], shardArticles[3:])
	stdout, got := export(append([]string{"-clear"}, files...)...)
	if !bytes.Equal(got, want) {
		t.Errorf("load of the shards: the stored graph differs from that of a load of the articles")
	}
	if !strings.Contains(stdout, "documents  7 new, 0 unchanged (skipped), 0 replaced") {
		t.Errorf("load of the shards into an empty database: %q; want 7 new", stdout)
	}
	if stdout, _ = export(wholeArticles...); !strings.Contains(stdout, "documents  0 new, 7 unchanged (skipped), 0 replaced") {
		t.Errorf("load of the articles after their shards: %q; want 7 unchanged", stdout)
	}

	story := filepath.Join(dir, "story.txt")
	edit := func(text string) string {
		if err := os.WriteFile(story, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return extractShards(t, t.TempDir(), []string{story})[0]
	}
	export(edit("Maria Lopez, chief executive of Acme Corp, met Peter Hall in Denver on Monday."))
	stdout, _ = export(edit("Maria Lopez, chief executive of Globex Inc, met Susan Reed in Denver on Monday."))
	if !strings.Contains(stdout, "documents  0 new, 0 unchanged (skipped), 1 replaced") {
		t.Errorf("load of an edited article's extraction: %q; want 1 replaced", stdout)
	}
	if stdout, _, _ := runCmd(t, "", "query", "entity-documents", "-param", "name=Peter Hall", "-format", "csv"); strings.Count(stdout, "\n") != 1 {
		t.Errorf("entity-documents Peter Hall after the edited extraction = %q; want the header only", stdout)
	}
}

// The progress bar's total counts extracted documents as well as articles.
func TestProgressCountsExtracted(t *testing.T) {
	files := extractShards(t, t.TempDir(), shardArticles[:2])
	tests := []struct {
		name          string
		paths         []string
		onlyExtracted bool
		want          int64
	}{
		{"shard and articles", append(files, shardArticles[2:]...), false, 7},
		{"-extracted", append(files, shardArticles[2:]...), true, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p progress
			p.count(context.Background(), tt.paths, tt.onlyExtracted)
			if got := p.total.Load(); got != tt.want {
				t.Errorf("count(%q, onlyExtracted %v) = %d; want %d", tt.paths, tt.onlyExtracted, got, tt.want)
			}
		})
	}
}
