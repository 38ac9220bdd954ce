package relation

import (
	"strings"
	"testing"
)

// FuzzFind: any tokens and any mention spans, valid or not, give relations
// between valid, distinct mentions, and never a panic.
func FuzzFind(f *testing.F) {
	f.Add("Jane Porter works for Google .", []byte{0, 2, 0, 4, 5, 1})
	f.Add("Elon Musk , owner of Tesla and SpaceX , spoke", []byte{0, 2, 0, 5, 6, 1, 7, 8, 1})
	f.Add("x", []byte{3, 1, 2, 0, 9, 3})
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	types := []string{Person, Organization, Place, Event, ""}
	f.Fuzz(func(t *testing.T, text string, spans []byte) {
		var s Sentence
		for _, w := range strings.Fields(text) {
			s.Tokens = append(s.Tokens, Token{Text: w, Tag: "NN"})
		}
		for i := 0; i+2 < len(spans) && len(s.Mentions) < 8; i += 3 {
			s.Mentions = append(s.Mentions, Mention{Start: int(spans[i]) - 2, End: int(spans[i+1]) - 2, Type: types[int(spans[i+2])%len(types)]})
		}
		for _, r := range m.Find(s, 0.01) {
			if r.Source == r.Target || r.Source < 0 || r.Target < 0 || r.Source >= len(s.Mentions) || r.Target >= len(s.Mentions) {
				t.Fatalf("relation %+v between mentions %+v", r, s.Mentions)
			}
			if r.Confidence < 0.01 || r.Confidence > 1 {
				t.Fatalf("confidence %v", r.Confidence)
			}
		}
	})
}
