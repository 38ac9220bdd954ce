package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDebug(t *testing.T) {
	f := os.Getenv("DBG_FILE")
	if f == "" {
		t.Skip()
	}
	grep := os.Getenv("DBG_GREP")
	b, _ := os.ReadFile(f)
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := Input{ID: "x", Text: string(b)}
	sents := x.sentences(in)
	d := &docState{x: x, sents: sents}
	d.run()
	for si, s := range sents {
		if grep != "" && !strings.Contains(s.text(), grep) {
			continue
		}
		var parts []string
		for i, tk := range s.toks {
			w := ""
			if d.worthy[si][i] {
				w = "*"
			}
			parts = append(parts, fmt.Sprintf("%s/%s%s", tk.text, tk.tag, w))
		}
		fmt.Printf("S%d: %s\n", si, strings.Join(parts, " "))
		for _, sp := range d.spans[si] {
			var ws []string
			for _, tk := range s.toks[sp.Start:sp.End] {
				ws = append(ws, tk.text)
			}
			fmt.Printf("   span %q %s %.2f\n", strings.Join(ws, " "), sp.Type, sp.Score)
		}
		for _, m := range d.bySent[si] {
			g := m.g.root()
			fmt.Printf("   ment %q votes=%.1f -> %q %s dead=%v gvotes=%.1f\n", m.name, m.votes, g.name, g.typ, g.dead, g.votes)
		}
	}
}
