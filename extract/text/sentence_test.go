package text

import (
	"reflect"
	"testing"
)

func sentenceTexts(text string) []string {
	var out []string
	for _, s := range Split(text, Lines(text), false) {
		out = append(out, s.Text())
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"two sentences", "Anna Berg arrived. She left.", []string{"Anna Berg arrived.", "She left."}},
		{"title abbreviation", "Mr. Smith met Dr. Jones today.", []string{"Mr. Smith met Dr. Jones today."}},
		{"country abbreviation inside", "The U.S. Senate voted.", []string{"The U.S. Senate voted."}},
		{"country abbreviation at the end", "He flew to the U.S. The trip was long.", []string{"He flew to the U.S.", "The trip was long."}},
		{"month abbreviation", "It began on Jan. 5 in Oslo.", []string{"It began on Jan. 5 in Oslo."}},
		{"initials", "J. K. Rowling wrote it.", []string{"J. K. Rowling wrote it."}},
		{"short word before a name", "It grew in the North Sea. Baltic Wind built it.", []string{"It grew in the North Sea.", "Baltic Wind built it."}},
		{"quote closes the sentence", `"We won." Then he left.`, []string{`"We won."`, "Then he left."}},
		{"question inside a quote", `"Why?" he asked.`, []string{`"Why?" he asked.`}},
		{"line break is a boundary", "Talks in Vilnius\nZentra said no", []string{"Talks in Vilnius", "Zentra said no"}},
		{"bar separates a byline", "Jo Bloggs | Daily Planet", []string{"Jo Bloggs", "Daily Planet"}},
		{"lower case after a period", "It cost 3.5 million. it rose.", []string{"It cost 3.5 million. it rose."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceTexts(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("splitSentences(%q) = %q; want %q", tt.text, got, tt.want)
			}
		})
	}
}
