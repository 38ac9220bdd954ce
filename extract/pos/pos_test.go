package pos

import (
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
)

// TestTag checks the tagger against prose's own on text prose tokenises.
func TestTag(t *testing.T) {
	tagger, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"The central bank raised interest rates by half a point on Thursday.",
		"Anna Berg, the chief executive of Contoso, said the deal would close in May.",
		"Police arrested two men after the attack in the city centre.",
	} {
		t.Run(s, func(t *testing.T) {
			doc, err := prose.NewDocument(s, prose.WithSegmentation(false), prose.WithExtraction(false))
			if err != nil {
				t.Fatal(err)
			}
			var words, want []string
			for _, tk := range doc.Tokens() {
				words = append(words, tk.Text)
				want = append(want, tk.Tag)
			}
			got := make([]string, len(words))
			tagger.Tag(words, got)
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("Tag(%q) = %v; want %v", s, got, want)
			}
		})
	}
}

func TestUsual(t *testing.T) {
	tagger, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word, want string
		known      bool
	}{
		{"the", "DT", true},
		{"bank", "NN", true},
		{"zqxwv", "", false},
	}
	for _, tc := range tests {
		got, ok := tagger.Usual(tc.word)
		if got != tc.want || ok != tc.known {
			t.Errorf("Usual(%q) = %q, %v; want %q, %v", tc.word, got, ok, tc.want, tc.known)
		}
	}
}
