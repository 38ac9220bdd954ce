package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ergraph/ergraph/graph"
	"github.com/ergraph/ergraph/graph/store"
)

// orderArticles are short articles whose entities resolve across
// documents: a company with and without its legal form, an agency and its
// acronym, a spelling variant, a surname alone.
var orderArticles = map[string]string{
	"a1": "Apple Inc. chief executive Tim Cook met investors in California on Monday.",
	"a2": "Tim Cook, the chief executive of Apple, spoke in Cupertino on Tuesday.",
	"b1": "The Securities and Exchange Commission fined Halden Bank in New York on Monday.",
	"b2": "The SEC said Halden Bank had paid the fine in full.",
	"c1": "Khalid Masood drove a car into pedestrians in Westminster, police in London said.",
	"c2": "Police named the attacker as Khalid Massood, who lived in Westminster and London.",
	"d1": "Chancellor Rachel Reeves met Bank of England officials in London on Monday.",
	"d2": "Reeves told the Bank of England that growth was too slow.",
}

// storedEntities loads the articles into an empty database in the given
// batches, one 'ergraph load' each, and returns each stored entity as
// "id type [names]", sorted.
func storedEntities(t *testing.T, dir string, batches [][]string) []string {
	t.Helper()
	out := t.TempDir()
	export := filepath.Join(t.TempDir(), "all.graphml")
	for i, batch := range batches {
		args := []string{"load", "-q", "-o", out}
		if i == 0 {
			args = append(args, "-clear")
		}
		if i == len(batches)-1 {
			args = append(args, "-graphml", export)
		}
		for _, id := range batch {
			args = append(args, filepath.Join(dir, id+".txt"))
		}
		if _, stderr, code := runCmd(t, "", args...); code != exitOK {
			t.Fatalf("ergraph %s = exit %d: %s", strings.Join(args, " "), code, stderr)
		}
	}
	return exportedEntities(t, export)
}

// exportedEntities reads a GraphML export and returns each entity as
// "id type [names]", sorted.
func exportedEntities(t *testing.T, export string) []string {
	t.Helper()
	f, err := os.Open(export)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := graph.ReadGraphML(f)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, n := range g.Nodes() {
		names := append([]string{n.Name}, n.Aliases...)
		slices.Sort(names)
		lines = append(lines, fmt.Sprintf("%s %s %q", n.ID, n.Type, names))
	}
	return lines
}

// writeOrderArticles writes orderArticles as ID.txt files into a new
// directory and returns it with the ids, sorted.
func writeOrderArticles(t *testing.T) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	var all []string
	for id, text := range orderArticles {
		if err := os.WriteFile(filepath.Join(dir, id+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		all = append(all, id)
	}
	slices.Sort(all)
	return dir, all
}

// Issue 16: the same documents loaded in any split and order, at once or
// in turn, give the same entities: ids, types and names.
func TestLoadOrderIndependent(t *testing.T) {
	needServer(t)
	dir, all := writeOrderArticles(t)
	var backwards, everyOther [][]string
	everyOther = make([][]string, 2)
	for i, id := range all {
		backwards = append([][]string{{id}}, backwards...)
		everyOther[1-i%2] = append(everyOther[1-i%2], id)
	}
	want := storedEntities(t, dir, [][]string{all})
	if !slices.ContainsFunc(want, func(s string) bool { return strings.HasPrefix(s, "organization:apple ") }) {
		t.Fatalf("one load of everything gave %q; want organization:apple among them", want)
	}
	splits := map[string][][]string{
		"halves":                {all[:len(all)/2], all[len(all)/2:]},
		"halves, second first":  {all[len(all)/2:], all[:len(all)/2]},
		"one by one, backwards": backwards,
		"every other":           everyOther,
	}
	for name, batches := range splits {
		if got := storedEntities(t, dir, batches); !slices.Equal(got, want) {
			t.Errorf("loaded %s %v:\n%s\nwant (one load of everything)\n%s", name, batches, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// startLoad starts 'ergraph load' on the given articles of dir as its own
// process and returns it with a channel that gets each line of its stderr.
func startLoad(t *testing.T, dir string, ids []string) (*exec.Cmd, *bytes.Buffer, chan string) {
	t.Helper()
	args := []string{"load", "-q", "-o", t.TempDir()}
	for _, id := range ids {
		args = append(args, filepath.Join(dir, id+".txt"))
	}
	cmd := exec.Command(binary(t), args...)
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	pr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 100)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	return cmd, &stdout, lines
}

// Issue 16: two loads of different halves started at the same time gave
// another graph than one load of everything ("Apple" both an organisation
// and a place). Both now wait for the load lock, and take effect one after
// the other.
func TestLoadConcurrent(t *testing.T) {
	needServer(t)
	dir, all := writeOrderArticles(t)
	want := storedEntities(t, dir, [][]string{all})
	ctx := context.Background()
	s, err := store.Open(ctx, store.Config{URI: os.Getenv("NEO4J_URI"), User: os.Getenv("NEO4J_USERNAME"),
		Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	if err := s.Clear(ctx); err != nil {
		t.Fatal(err)
	}
	// Hold the lock while both start, so that both are sure to contend.
	_, held, err := s.Lock(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	halves := [][]string{all[:len(all)/2], all[len(all)/2:]}
	type run struct {
		cmd    *exec.Cmd
		stdout *bytes.Buffer
		stderr strings.Builder
	}
	var runs []*run
	for _, half := range halves {
		r := &run{}
		var lines chan string
		r.cmd, r.stdout, lines = startLoad(t, dir, half)
		runs = append(runs, r)
		waited := false
		for !waited {
			l, ok := <-lines
			if !ok {
				r.cmd.Wait()
				held.Release(ctx)
				t.Fatalf("load %v ended before waiting for the lock: %s", half, r.stderr.String())
			}
			r.stderr.WriteString(l + "\n")
			waited = strings.Contains(l, "another run is writing to this database")
		}
		go func() {
			for l := range lines {
				r.stderr.WriteString(l + "\n")
			}
		}()
	}
	if err := held.Release(ctx); err != nil {
		t.Fatal(err)
	}
	for i, r := range runs {
		if err := r.cmd.Wait(); err != nil {
			t.Fatalf("load %v: %v: %s", halves[i], err, r.stderr.String())
		}
	}
	export := filepath.Join(t.TempDir(), "all.graphml")
	if _, stderr, code := runCmd(t, "", "centrality", "-q", "-graphml", export); code != exitOK {
		t.Fatalf("ergraph centrality: exit %d: %s", code, stderr)
	}
	if got := exportedEntities(t, export); !slices.Equal(got, want) {
		t.Errorf("two loads of halves at once:\n%s\nwant (one load of everything)\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
