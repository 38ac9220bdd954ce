package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ergraph/ergraph/extract"
)

// TestWarningsSummarised: a broken JSON Lines file printed one warning per
// line, a million lines for a million-line file. Now the first maxWarnings
// are named and the rest counted in one line.
func TestWarningsSummarised(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"id":"good","text":"Anna Berg visited Vilnius."}` + "\n")
	for range 5000 {
		b.WriteString("{broken\n")
	}
	p := filepath.Join(t.TempDir(), "feed.jsonl")
	os.WriteFile(p, []byte(b.String()), 0o644)
	_, stderr, code := runCmd(t, "", "build", "-q", "-o", t.TempDir(), p)
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if code != exitPartial || len(lines) != maxWarnings+2 {
		t.Fatalf("ergraph build feed.jsonl = exit %d, %d lines of stderr; want exit 3 and %d warnings, a count and the error", code, len(lines), maxWarnings)
	}
	if want := "4980 more skipped inputs not shown (5000 skipped in all)"; !strings.Contains(lines[maxWarnings], want) {
		t.Errorf("stderr line %d = %q; want %q", maxWarnings+1, lines[maxWarnings], want)
	}
}

// TestStaleTempFilesRemoved: the temporary files of killed runs stayed in
// the output folder for good. A run removes those whose process is gone
// and keeps those of a live process (a run going on in the same folder).
func TestStaleTempFilesRemoved(t *testing.T) {
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	stale := filepath.Join(out, ".entities.jsonl."+strconv.Itoa(dead.Process.Pid)+"-123.tmp")
	staleGraph := filepath.Join(out, ".graph.graphml."+strconv.Itoa(dead.Process.Pid)+"-456.tmp")
	live := filepath.Join(out, ".entities.jsonl.1-789.tmp") // pid 1 is always running
	for _, f := range []string{stale, staleGraph, live} {
		os.WriteFile(f, []byte("partial"), 0o644)
	}
	// -strict on an empty file: the run stops before any output is written.
	empty := filepath.Join(t.TempDir(), "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	if _, stderr, code := runCmd(t, "", "build", "-q", "-strict", "-o", out, empty); code != exitFailed {
		t.Fatalf("ergraph build -strict empty.txt = exit %d: %s", code, stderr)
	}
	for _, f := range []string{stale, staleGraph} {
		if _, err := os.Stat(f); err == nil {
			t.Errorf("%s of a dead process is still there", filepath.Base(f))
		}
	}
	if _, err := os.Stat(live); err != nil {
		t.Errorf("%s of a live process was removed", filepath.Base(live))
	}
}

// TestUnclosedHTMLComments: 2.4 MB of unclosed HTML comments took 509 MB.
// An unclosed comment runs to the end of the page, as browsers read it.
func TestUnclosedHTMLComments(t *testing.T) {
	page := "<html><body><p>Anna Berg visited Vilnius.</p>" + strings.Repeat("<!-- never closed ", 135000)
	p := filepath.Join(t.TempDir(), "page.txt")
	os.WriteFile(p, []byte(page), 0o644)
	rss, _, _ := maxRSS(t, "extract", "-q", p)
	small, _, _ := maxRSS(t, "extract", "-q", "../../testdata/articles/cook-backdoor.txt")
	t.Logf("%.1f MB of unclosed comments: max RSS %d MB (%d MB for a short article)", float64(len(page))/(1<<20), rss>>20, small>>20)
	if rss > small+50<<20 {
		t.Errorf("max RSS %d MB; want within 50 MB of a short article's %d MB", rss>>20, small>>20)
	}
	stdout, _, code := runCmd(t, "", "extract", "-q", p)
	var d extract.Document
	if err := json.Unmarshal([]byte(stdout), &d); code != exitOK || err != nil || len(d.Entities) != 2 || d.Tokens > 10 {
		t.Errorf("ergraph extract page = exit %d, %d entities, %d tokens, %v; want Anna Berg and Vilnius and nothing of the comment", code, len(d.Entities), d.Tokens, err)
	}
}

// TestUnpunctuatedSmall: 16 KB of text with no sentence ends took 818 MB
// and wrote 336 MB. Now the output is a small multiple of the text.
func TestUnpunctuatedSmall(t *testing.T) {
	p := filepath.Join(t.TempDir(), "run.txt")
	os.WriteFile(p, []byte(unpunctuated(16<<10, 3)), 0o644)
	rss, out, _ := maxRSS(t, "extract", "-q", p)
	t.Logf("16 KB unpunctuated: max RSS %d MB, output %d KB", rss>>20, out>>10)
	if out > 100*16<<10 || rss > 300<<20 {
		t.Errorf("16 KB unpunctuated: max RSS %d MB, output %d KB; want under 300 MB and 100 bytes a byte of text", rss>>20, out>>10)
	}
}

// TestLoadLocalOutputProblem: a read-only output folder stopped load from
// writing anything to Neo4j. Now a problem with -o is a warning and the
// load goes on; a -graphml export that cannot be written stops the run
// before anything is written, and says so.
func TestLoadLocalOutputProblem(t *testing.T) {
	needServer(t)
	file := filepath.Join(t.TempDir(), "a-file")
	os.WriteFile(file, []byte("x"), 0o644)
	blocked := filepath.Join(file, "out") // a folder inside a file cannot exist
	dir := t.TempDir()
	article := filepath.Join(dir, "localout.txt")
	os.WriteFile(article, []byte("Marta Quell chairs Brindle Holdings in Tallinn."), 0o644)

	countDocs := func() string {
		out, _, _ := runCmd(t, "", "query", "overview", "-format", "csv")
		return out
	}
	before := countDocs()
	_, stderr, code := runCmd(t, "", "load", "-q", "-o", t.TempDir(), "-graphml", filepath.Join(blocked, "x.graphml"), article)
	if code != exitFailed || !strings.Contains(stderr, "nothing was loaded") || countDocs() != before {
		t.Errorf("load with an unwritable -graphml = exit %d, %q; want exit 1 saying nothing was loaded, database unchanged", code, stderr)
	}
	stdout, stderr, code := runCmd(t, "", "load", "-q", "-o", blocked, article)
	if code != exitOK || !strings.Contains(stderr, "loading into Neo4j without it") || !strings.Contains(stdout, "loaded 1 documents") {
		t.Errorf("load with an unwritable -o = exit %d, %q, %q; want a warning and the load done", code, stdout, stderr)
	}
	res, _, _ := runCmd(t, "", "query", "search", "-format", "csv", "-param", "term=brindle")
	if !strings.Contains(res, "Brindle Holdings") {
		t.Errorf("after the load, search brindle = %q; want Brindle Holdings", res)
	}

	// A read-only file system, as the issue met it (root writes through
	// permission bits, so a mount stands in; mounting needs root).
	ro := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", ro).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a read-only tmpfs (needs root): %v %s", err, out)
	}
	defer exec.Command("umount", ro).Run()
	second := filepath.Join(dir, "localout2.txt")
	os.WriteFile(second, []byte("Osric Vane runs Pellam Mills in Tallinn."), 0o644)
	stdout, stderr, code = runCmd(t, "", "load", "-q", "-o", ro, second)
	if code != exitOK || !strings.Contains(stderr, "read-only file system; loading into Neo4j without it") || !strings.Contains(stdout, "loaded 1 documents") {
		t.Errorf("load with a read-only -o = exit %d, %q, %q; want a warning and the load done", code, stdout, stderr)
	}
	if res, _, _ := runCmd(t, "", "query", "search", "-format", "csv", "-param", "term=pellam"); !strings.Contains(res, "Pellam Mills") {
		t.Errorf("after the load, search pellam = %q; want Pellam Mills", res)
	}
}

// TestLoadLongName: a name of about 8 KB made every load fail (over the
// Neo4j index key limit) while build accepted the same file. Both now
// take it, the name cut to extract.MaxNameBytes.
func TestLoadLongName(t *testing.T) {
	needServer(t)
	dir := t.TempDir()
	var words []string
	for i := range 1500 { // 8.2 KB
		words = append(words, []string{"Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Gum", "Hazel"}[i%8])
	}
	p := filepath.Join(dir, "longname.txt")
	os.WriteFile(p, []byte("Shares of "+strings.Join(words, "-")+" Holdings rose in Tallinn, said Marta Quell."), 0o644)
	if _, stderr, code := runCmd(t, "", "build", "-q", "-o", t.TempDir(), p); code != exitOK {
		t.Fatalf("ergraph build longname.txt = exit %d: %s", code, stderr)
	}
	if _, stderr, code := runCmd(t, "", "load", "-q", "-o", t.TempDir(), p); code != exitOK {
		t.Fatalf("ergraph load longname.txt = exit %d: %s", code, stderr)
	}
	res, _, _ := runCmd(t, "", "query", "search", "-format", "csv", "-param", "term=Alder")
	for _, line := range strings.Split(res, "\n") {
		if len(line) > 4<<10 {
			t.Errorf("search Alder: a line of %d bytes; want names cut to %d bytes", len(line), extract.MaxNameBytes)
		}
	}
	if !strings.Contains(res, "Alder-Birch-Cedar") {
		t.Errorf("search Alder = %q; want the long name found", res)
	}
}
