package conll04

import (
	"fmt"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // sentences, entities and relations read, or the error's start
	}{
		{"one sentence", `[{"tokens":["Tom","Reed","works","for","Acme","."],"entities":[{"type":"Peop","start":0,"end":2},{"type":"Org","start":4,"end":5}],"relations":[{"type":"Work_For","head":0,"tail":1}]}]`, "1 2 1"},
		{"a relation to no entity is dropped", `[{"tokens":["Acme"],"entities":[{"type":"Org","start":0,"end":1}],"relations":[{"type":"Kill","head":0,"tail":3}]}]`, "1 1 0"},
		{"a span outside its sentence", `[{"tokens":["Acme"],"entities":[{"type":"Org","start":0,"end":2}]}]`, "read CoNLL04: sentence 0: entity span [0,2) outside 1 tokens"},
		{"an empty span", `[{"tokens":["Acme"],"entities":[{"type":"Org","start":1,"end":1}]}]`, "read CoNLL04: sentence 0: entity span [1,1)"},
		{"not a list", `{"tokens":[]}`, "read CoNLL04: json"},
	}
	for _, tc := range tests {
		got, err := Read(strings.NewReader(tc.in))
		var s string
		if err != nil {
			s = err.Error()
		} else {
			ents, rels := 0, 0
			for _, x := range got {
				ents += len(x.Entities)
				rels += len(x.Relations)
			}
			s = fmt.Sprintf("%d %d %d", len(got), ents, rels)
		}
		if !strings.HasPrefix(s, tc.want) {
			t.Errorf("%s: Read = %q; want %q", tc.name, s, tc.want)
		}
	}
}
