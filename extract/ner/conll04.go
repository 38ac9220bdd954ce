package ner

import (
	"io"

	"github.com/ergraph/ergraph/extract/conll04"
)

// conll04Types maps the entity types of CoNLL04 to ergraph's. Other holds
// dates, numbers and a few nationalities and events, with no type of ours
// that fits all of them: its tokens are read as outside any entity.
var conll04Types = map[string]Type{"Peop": Person, "Org": Organization, "Loc": Place}

// ReadCoNLL04 reads entity spans from CoNLL04 in its JSON form (package
// conll04), one document per sentence, labelled BIO. Peop, Org and
// Loc become Person, Organization and Place; Other is read as O. Person
// spans lose their leading titles (StripTitles), as ergraph labels them.
// Tokens have no part-of-speech tags (see RetagProse). It fails on JSON
// of another shape or a span outside its sentence.
func ReadCoNLL04(r io.Reader) ([]Sentence, error) {
	raw, err := conll04.Read(r)
	if err != nil {
		return nil, err
	}
	out := make([]Sentence, 0, len(raw))
	for n, x := range raw {
		s := Sentence{Doc: n, Tokens: make([]Token, len(x.Tokens)), Labels: make([]string, len(x.Tokens))}
		for i, w := range x.Tokens {
			s.Tokens[i] = Token{Text: w}
			s.Labels[i] = "O"
		}
		for _, e := range x.Entities {
			t, ok := conll04Types[e.Type]
			if !ok {
				continue
			}
			for i := e.Start; i < e.End; i++ {
				s.Labels[i] = "I-" + string(t)
			}
			s.Labels[e.Start] = "B-" + string(t)
		}
		if len(s.Tokens) > 0 {
			out = append(out, s)
		}
	}
	return StripTitles(out), nil
}
