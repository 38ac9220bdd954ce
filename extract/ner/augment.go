package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
var headlineWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "in": true, "on": true,
	"to": true, "for": true, "and": true, "or": true, "at": true, "by": true, "as": true}

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
