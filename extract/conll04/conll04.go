package conll04

import (
	"encoding/json"
	"fmt"
	"io"
)

// Sentence is one sentence of CoNLL04: its tokens, its entity spans
// (tokens Start to End, end exclusive; types Peop, Org, Loc and Other) and
// its relations (types Work_For, Kill, Located_In, OrgBased_In and Live_In;
// Head and Tail index Entities).
type Sentence struct {
	Tokens    []string   `json:"tokens"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// Entity is a span of a sentence's tokens and its type.
type Entity struct {
	Type       string `json:"type"`
	Start, End int
}

// Relation links two entities of a sentence, by their index in Entities.
type Relation struct {
	Type       string `json:"type"`
	Head, Tail int
}

// Read decodes CoNLL04 JSON. It fails, naming the sentence, on JSON of
// another shape and on an entity span outside its sentence; a relation
// whose head or tail is no entity of its sentence is dropped.
func Read(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	if err := json.NewDecoder(r).Decode(&out); err != nil {
		return nil, fmt.Errorf("read CoNLL04: %w", err)
	}
	for n := range out {
		s := &out[n]
		for _, e := range s.Entities {
			if e.Start < 0 || e.End > len(s.Tokens) || e.Start >= e.End {
				return nil, fmt.Errorf("read CoNLL04: sentence %d: entity span [%d,%d) outside %d tokens", n, e.Start, e.End, len(s.Tokens))
			}
		}
		kept := s.Relations[:0]
		for _, rel := range s.Relations {
			if rel.Head >= 0 && rel.Tail >= 0 && rel.Head < len(s.Entities) && rel.Tail < len(s.Entities) {
				kept = append(kept, rel)
			}
		}
		s.Relations = kept
	}
	return out, nil
}
