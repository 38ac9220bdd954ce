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

// A capitalised word inside a clause is a proper noun, whatever its suffix
// says: prose reads "Norway" and "Galway" as adverbs.
func TestTagProperNounSuffix(t *testing.T) {
	tagger, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words []string
		i     int
		want  string
	}{
		{strings.Fields("Officials said Norway raised interest rates on Thursday ."), 2, "NNP"},
		{strings.Fields("Fans travelled from Galway to Dublin ."), 3, "NNP"},
		{strings.Fields("Norway raised interest rates ."), 0, "NNP"},
		{strings.Fields("However , prices rose ."), 0, "RB"},
		{strings.Fields("He said : \" Similarly , prices rose . \""), 4, "RB"},
		{strings.Fields("Prices rose sharply on Monday ."), 2, "RB"},
	}
	for _, tc := range tests {
		tags := make([]string, len(tc.words))
		tagger.Tag(tc.words, tags)
		if tags[tc.i] != tc.want {
			t.Errorf("Tag(%q)[%d] = %s; want %s", tc.words, tc.i, tags[tc.i], tc.want)
		}
	}
}
