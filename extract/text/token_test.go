package text

import (
	"reflect"
	"testing"
)

func tokenTexts(s string) []string {
	var out []string
	for _, t := range Tokenize(s, 0, len(s), nil) {
		if s[t.Start:t.End] == "" {
			out = append(out, "<empty>")
		}
		out = append(out, t.Text)
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Hello, world.", []string{"Hello", ",", "world", "."}},
		{"Contoso's chief", []string{"Contoso", "'s", "chief"}},
		{"Contoso\u2019s chief", []string{"Contoso", "'s", "chief"}},
		{"the \u201cbig\u201d deal", []string{"the", `"`, "big", `"`, "deal"}},
		{"a Globex-owned app", []string{"a", "Globex", "-owned", "app"}},
		{"end-to-end encryption", []string{"end-to-end", "encryption"}},
		{"London-based Acme", []string{"London", "-based", "Acme"}},
		{"Warsaw.\uFFFD\uFFFDShe left", []string{"Warsaw", ".", "She", "left"}}, // bytes that were not UTF-8
		{"don't", []string{"do", "n't"}},
		{"the U.S. and Mr. Li", []string{"the", "U.S.", "and", "Mr.", "Li"}},
		{"police \u2013 all within", []string{"police", "\u2013", "all", "within"}},
		{"workers' rights", []string{"workers", "'", "rights"}},
		{"($5)", []string{"(", "$", "5", ")"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := tokenTexts(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("tokenize(%q) = %q; want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestTokenOffsets checks that every token's offsets point at its text in
// the original string, curly quotes and all.
func TestTokenOffsets(t *testing.T) {
	s := "  \u201cWe\u2019re here,\u201d said Ana\u2019s aide \u2014 in S\u00e3o Paulo.\r\n"
	for _, tk := range Tokenize(s, 0, len(s), nil) {
		if got := FoldQuotes(s[tk.Start:tk.End]); got != tk.Text {
			t.Errorf("token %q at [%d,%d) = %q", tk.Text, tk.Start, tk.End, got)
		}
	}
}
