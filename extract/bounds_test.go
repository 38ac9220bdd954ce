package extract

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// unpunctuated returns about n bytes of news-like text with no sentence
// ends and a new capitalised name every few words, the worst case for
// co-occurrence: every name is distinct, so no pair repeats.
func unpunctuated(n int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 1))
	syll := []string{"ka", "lo", "mi", "ren", "dor", "sa", "vel", "tu", "bran", "nis", "qua", "zel"}
	words := []string{"said", "the", "minister", "met", "in", "with", "and", "of", "officials", "from", "told", "reporters", "on", "at"}
	name := func() string {
		var b strings.Builder
		for range 2 + r.IntN(2) {
			b.WriteString(syll[r.IntN(len(syll))])
		}
		s := b.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	var b strings.Builder
	for b.Len() < n {
		if r.IntN(4) == 0 {
			fmt.Fprintf(&b, "%s %s ", name(), name())
		} else {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteByte(' ')
		}
	}
	return b.String()[:n]
}

// TestExtractBounds: what made one document take gigabytes (the issue's
// 16 KB of unpunctuated text gave 336 MB of output) and what made a load
// fail (an 8 KB name is over Neo4j's index key limit).
func TestExtractBounds(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Run("unpunctuated text gives output linear in its size", func(t *testing.T) {
		small, large := unpunctuated(16<<10, 2), unpunctuated(64<<10, 2)
		sz := func(text string) int {
			d := x.Extract(Input{ID: "u", Text: text})
			n := 0
			for _, r := range d.Relations {
				for _, ev := range r.Evidence {
					n += len(ev)
				}
			}
			return n
		}
		s, l := sz(small), sz(large)
		// Before the bound 16 KB gave ~300 MB of evidence; now each sentence
		// of at most text.MaxSentenceTokens holds a bounded number of pairs.
		if s > 100*len(small) || l > 100*len(large) || float64(l) > 6*float64(s) {
			t.Errorf("evidence bytes: %d for 16 KB, %d for 64 KB; want at most 100 per byte of text and growth near 4x", s, l)
		}
	})
	t.Run("an 8 KB name is cut, its mention kept whole", func(t *testing.T) {
		caps := []string{"Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Gum", "Hazel"}
		var words []string
		for i := range 1500 { // 8.2 KB
			words = append(words, caps[i%len(caps)])
		}
		text := "Shares of " + strings.Join(words, "-") + " Holdings rose in London, said Anna Berg."
		d := x.Extract(Input{ID: "n", Text: text})
		long := false
		for _, e := range d.Entities {
			if len(e.Name) > MaxNameBytes || !utf8.ValidString(e.Name) {
				t.Errorf("entity name of %d bytes; want at most %d", len(e.Name), MaxNameBytes)
			}
			for _, a := range e.Aliases {
				if len(a) > MaxNameBytes {
					t.Errorf("alias of %d bytes; want at most %d", len(a), MaxNameBytes)
				}
			}
			for _, m := range e.Mentions {
				if len(m.Text) > 4<<10 && text[m.Start:m.End] == m.Text {
					long = true
				}
			}
		}
		if !long {
			t.Errorf("Extract: no mention keeps the 8 KB name whole; entities %d", len(d.Entities))
		}
	})
	t.Run("evidence with a huge token is cut", func(t *testing.T) {
		text := "Anna Berg met Jonas Lee in Vilnius to discuss " + strings.Repeat("x", 50000) + " today."
		d := x.Extract(Input{ID: "e", Text: text})
		if len(d.Relations) == 0 {
			t.Fatal("Extract: no relations")
		}
		for _, r := range d.Relations {
			for _, ev := range r.Evidence {
				if len(ev) > MaxEvidenceBytes || !utf8.ValidString(ev) || !strings.HasSuffix(ev, "…") {
					t.Errorf("evidence of %d bytes (%q...); want at most %d, ending with …", len(ev), ev[:min(len(ev), 40)], MaxEvidenceBytes)
				}
			}
		}
	})
}

func TestCutText(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"alpha beta gamma", 12, "alpha beta"},
		{"alphabetagamma", 5, "alpha"},
		{"ééééé", 5, "éé"}, // never inside a rune
	}
	for _, tt := range tests {
		if got := cutText(tt.s, tt.n); got != tt.want {
			t.Errorf("cutText(%q, %d) = %q; want %q", tt.s, tt.n, got, tt.want)
		}
	}
}
