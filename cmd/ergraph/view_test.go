package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestViewCommand(t *testing.T) {
	out := t.TempDir()
	if _, stderr, code := runCmd(t, "", "build", "-q", "-o", out, "../../testdata/articles"); code != exitOK {
		t.Fatalf("ergraph build = exit %d: %s", code, stderr)
	}
	txt := filepath.Join(out, "notes.txt")
	if err := os.WriteFile(txt, []byte("just some notes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	noDir := filepath.Join(out, "no", "such", "dir", "x.html")
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantFile string // written on success
		wantErr  string
		notErr   string // must not be in stderr
	}{
		{"output directory", []string{out}, exitOK, filepath.Join(out, "graph.html"), "", ""},
		{"GraphML file, -o", []string{"-o", filepath.Join(out, "x.html"), filepath.Join(out, "graph.graphml")}, exitOK, filepath.Join(out, "x.html"), "", ""},
		{"missing input", []string{filepath.Join(out, "nothing")}, exitFailed, "", "run 'ergraph build' first", ""},
		{"not GraphML", []string{filepath.Join(out, "entities.jsonl")}, exitFailed, "", "not a GraphML file", "EOF"},
		{"text file", []string{txt}, exitFailed, "", "notes.txt: not a GraphML file", "EOF"},
		{"-o in a missing directory", []string{"-o", noDir, out}, exitFailed, "", "create " + noDir + ": ", ".tmp"},
		{"two inputs", []string{out, out}, exitUsage, "", "one directory or GraphML file", ""},
		{"path with -from-neo4j", []string{"-from-neo4j", out}, exitUsage, "", "takes no path", ""},
		{"zero -initial", []string{"-initial", "0", out}, exitUsage, "", "-initial must be 1 or more, or -1", ""},
		{"negative -initial", []string{"-initial", "-5", out}, exitUsage, "", "-initial must be 1 or more, or -1", ""},
		{"all with -initial -1", []string{"-initial", "-1", "-o", filepath.Join(out, "all.html"), out}, exitOK, filepath.Join(out, "all.html"), "", ""},
		{"unknown flag", []string{"-colour", "red", out}, exitUsage, "", "flag provided but not defined", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCmd(t, "", append([]string{"view"}, tt.args...)...)
			if code != tt.wantCode || !strings.Contains(stderr, tt.wantErr) || (tt.notErr != "" && strings.Contains(stderr, tt.notErr)) {
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

// TestViewTitle: view and build -html title the page alike, by the base
// name of the output directory, never by a full local path.
func TestViewTitle(t *testing.T) {
	out := filepath.Join(t.TempDir(), "rudd-out")
	if _, stderr, code := runCmd(t, "", "build", "-q", "-html", "-o", out, "../../testdata/articles"); code != exitOK {
		t.Fatalf("ergraph build -html = exit %d: %s", code, stderr)
	}
	built, err := os.ReadFile(filepath.Join(out, "graph.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(out, "v.html")
	if _, stderr, code := runCmd(t, "", "view", "-o", page, filepath.Join(out, "graph.graphml")); code != exitOK {
		t.Fatalf("ergraph view = exit %d: %s", code, stderr)
	}
	viewed, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{"build -html": built, "view": viewed} {
		if !strings.Contains(string(b), "<title>ergraph: rudd-out</title>") {
			t.Errorf("%s: page title is not 'ergraph: rudd-out'", name)
		}
		if strings.Contains(string(b), filepath.Dir(out)) {
			t.Errorf("%s: page contains the local path %s", name, filepath.Dir(out))
		}
	}
}

// An output path that is a symbolic link is written through, to the file
// it names; one that is a directory or a named pipe is refused with one
// line, since renaming the new file over it would replace it.
func TestOutputPathKinds(t *testing.T) {
	out := t.TempDir()
	if _, stderr, code := runCmd(t, "", "build", "-q", "-o", out, "../../testdata/articles"); code != exitOK {
		t.Fatalf("build = exit %d: %s", code, stderr)
	}
	dir := t.TempDir()
	link, target := filepath.Join(dir, "link.html"), filepath.Join(dir, "target.html")
	if err := os.Symlink("target.html", link); err != nil {
		t.Fatal(err)
	}
	pipe := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runCmd(t, "", "view", "-o", link, out); code != exitOK {
		t.Fatalf("view -o symlink = exit %d: %s", code, stderr)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", fi, err)
	}
	if fi, err := os.Stat(target); err != nil || fi.Size() == 0 {
		t.Errorf("the link's target was not written: %v %v", fi, err)
	}
	for _, tc := range []struct{ path, want string }{{dir, "is a directory"}, {pipe, "is a named pipe"}} {
		_, stderr, code := runCmd(t, "", "view", "-o", tc.path, out)
		if code != exitFailed || !strings.Contains(stderr, tc.want) || strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
			t.Errorf("view -o %s = exit %d, %q; want exit %d and one line saying it %s", tc.path, code, stderr, exitFailed, tc.want)
		}
	}
	if fi, err := os.Lstat(pipe); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the named pipe was replaced: %v %v", fi, err)
	}
}
