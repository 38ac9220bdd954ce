package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	wordlists "github.com/ergraph/ergraph/extract/lexicon"
)

// AugmentCase returns copies of every nth sentence of data written in
// capitals and of every nth sentence (offset by half) written in headline
// title case, each a document of its own numbered after the last Doc of
// data, with tags given again by prose's tagger as the pipeline would tag
// such a line. Headlines and lines in capitals then have training examples
// in which case says little and word classes, gazetteers and context must
// carry the decision.
func AugmentCase(data []Sentence, n int) ([]Sentence, error) {
	if n <= 0 || len(data) == 0 {
		return nil, nil
	}
	next := data[len(data)-1].Doc + 1
	var out []Sentence
	add := func(s Sentence, f func(string) string) {
		toks := make([]Token, len(s.Tokens))
		for j, t := range s.Tokens {
			toks[j] = Token{Text: f(t.Text)}
		}
		out = append(out, Sentence{Tokens: toks, Labels: s.Labels, Doc: next, Domain: s.Domain})
		next++
	}
	for i := n - 1; i < len(data); i += n {
		add(data[i], strings.ToUpper)
	}
	for i := n/2 - 1; i >= 0 && i < len(data); i += n {
		add(data[i], headlineCase)
	}
	return RetagProse(out)
}

// headlineWords stay in lower case in headline style.
var headlineWords = wordlists.Set("headlineLowerWords")

// headlineCase capitalises a word as headlines do.
func headlineCase(w string) string {
	if headlineWords[w] {
		return w
	}
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}

// Undot writes dotted abbreviations without their dots ("U.S." -> "US",
// "Mr." -> "Mr") in about half of the sentences that use them (chosen by
// seed), as British and international news write them. Labels and tags
// stay. It returns a new slice; data is not changed.
func Undot(data []Sentence, seed uint64) []Sentence {
	out := make([]Sentence, len(data))
	h := seed*0x9e3779b97f4a7c15 + 1
	for i, s := range data {
		out[i] = s
		if !slices.ContainsFunc(s.Tokens, func(t Token) bool { _, ok := undotted[t.Text]; return ok }) {
			continue
		}
		h = mix(h, uint64(i))
		if h&1 == 0 {
			continue
		}
		toks := slices.Clone(s.Tokens)
		for j, t := range toks {
			if u, ok := undotted[t.Text]; ok {
				toks[j].Text = u
			}
		}
		out[i].Tokens = toks
	}
	return out
}
