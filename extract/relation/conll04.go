package relation

import (
	"io"
	"slices"
	"strings"

	"github.com/ergraph/ergraph/extract/conll04"
	"github.com/ergraph/ergraph/extract/lexicon"
)

var conllTypes = map[string]string{"Peop": Person, "Org": Organization, "Loc": Place}

var conllRelations = map[string]string{"Work_For": WorksFor, "Kill": Killed, "Located_In": LocatedIn,
	"OrgBased_In": BasedIn, "Live_In": LivesIn}

// ReadCoNLL04 reads CoNLL04 in its JSON form (package conll04). Entities of type Other, and their relations, are dropped;
// titles at the start of a person's span ("President Lincoln") are moved
// out of it, as the extraction pipeline reads them. Tokens have no
// part-of-speech tags: the caller tags them as the pipeline would.
func ReadCoNLL04(r io.Reader) ([]Example, error) {
	raw, err := conll04.Read(r)
	if err != nil {
		return nil, err
	}
	out := make([]Example, 0, len(raw))
	for n, x := range raw {
		ex := Example{ID: n}
		for _, w := range x.Tokens {
			ex.Tokens = append(ex.Tokens, Token{Text: w})
		}
		idx := make([]int, len(x.Entities))
		for i, e := range x.Entities {
			idx[i] = -1
			t, ok := conllTypes[e.Type]
			if !ok {
				continue
			}
			s := e.Start
			for t == Person && s+1 < e.End && titleWord(x.Tokens[s]) {
				s++
			}
			idx[i] = len(ex.Mentions)
			ex.Mentions = append(ex.Mentions, Mention{Start: s, End: e.End, Type: t})
		}
		for _, r := range x.Relations {
			t, ok := conllRelations[r.Type]
			if !ok || idx[r.Head] < 0 || idx[r.Tail] < 0 {
				continue
			}
			ex.Relations = append(ex.Relations, Relation{Source: idx[r.Head], Target: idx[r.Tail], Type: t})
		}
		out = append(out, ex)
	}
	return out, nil
}

// titleWord reports words that open a person's span as a title or
// honorific rather than as part of the name.
func titleWord(w string) bool {
	l := strings.TrimSuffix(strings.ToLower(w), ".")
	return titles[l] || roleHeads[l] || roleModifiers[l] || w == strings.ToLower(w)
}

var titles = lexicon.Set("titles")

// Align labels sentences read by another tokenizer and entity finder (the
// extraction pipeline's view of gold's text) with gold's relations: a
// mention stands for a gold mention when their words match, equal or one
// a whole-word suffix of the other ("Lincoln", "President Lincoln"), as
// the CoNLL04 scorer matches names. The examples get gold's ID.
func Align(gold Example, view []Sentence) []Example {
	var out []Example
	for _, s := range view {
		ex := Example{Sentence: s, ID: gold.ID}
		match := make([][]bool, len(s.Mentions))
		for i, m := range s.Mentions {
			match[i] = make([]bool, len(gold.Mentions))
			for j, g := range gold.Mentions {
				match[i][j] = sameName(s.Tokens[m.Start:m.End], gold.Tokens[g.Start:g.End])
			}
		}
		for i, mi := range s.Mentions {
			for j, mj := range s.Mentions {
				for _, g := range gold.Mentions {
					if i < j && inside(s.Tokens[mi.Start:mi.End], gold.Tokens[g.Start:g.End]) &&
						inside(s.Tokens[mj.Start:mj.End], gold.Tokens[g.Start:g.End]) {
						ex.ignore = append(ex.ignore, [2]int{i, j}, [2]int{j, i})
					}
				}
			}
		}
		for _, r := range gold.Relations {
			for i := range s.Mentions {
				for j := range s.Mentions {
					if i != j && match[i][r.Source] && match[j][r.Target] {
						ex.Relations = append(ex.Relations, Relation{Source: i, Target: j, Type: r.Type})
					}
				}
			}
		}
		out = append(out, ex)
	}
	return out
}

func nameWords(toks []Token) []string {
	var ws []string
	for _, t := range toks {
		w := strings.Trim(strings.ToLower(t.Text), ".,'\"")
		if w != "" {
			ws = append(ws, w)
		}
	}
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	return ws
}

// inside reports whether the words of a occur in order, contiguously, in b.
func inside(a, b []Token) bool {
	wa, wb := nameWords(a), nameWords(b)
	for k := 0; len(wa) > 0 && k+len(wa) <= len(wb); k++ {
		if slices.Equal(wa, wb[k:k+len(wa)]) {
			return true
		}
	}
	return false
}

func sameName(a, b []Token) bool {
	wa, wb := nameWords(a), nameWords(b)
	n := min(len(wa), len(wb))
	if n == 0 {
		return false
	}
	for k := 1; k <= n; k++ {
		if wa[len(wa)-k] != wb[len(wb)-k] {
			return false
		}
	}
	return true
}
