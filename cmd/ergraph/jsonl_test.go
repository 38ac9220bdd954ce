package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/ergraph/ergraph/extract"
)

func TestDocWriterMatchesEncoder(t *testing.T) {
	ent := extract.Entity{ID: "person:a-b", Name: "A <B>", Type: extract.Person, Aliases: []string{},
		Mentions: []extract.Mention{{Text: "A & B", Start: 0, End: 5}}}
	rel := extract.Relation{Source: "person:a-b", Target: "place:c", Type: extract.CoOccurs, Weight: 1,
		Evidence: []string{`He said "entities":[] here.`}}
	tests := []struct {
		name string
		doc  extract.Document
	}{
		{"empty", extract.Document{ID: "e", Entities: []extract.Entity{}, Relations: []extract.Relation{}}},
		{"nil lists", extract.Document{ID: "n"}},
		{"one of each", extract.Document{ID: "d", Title: `"entities":[]`, Entities: []extract.Entity{ent}, Relations: []extract.Relation{rel}}},
		{"several", extract.Document{ID: "s", Entities: []extract.Entity{ent, ent, ent}, Relations: []extract.Relation{rel, rel}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want, got bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			d := tt.doc
			if d.Entities == nil {
				d.Entities = []extract.Entity{} // Extract never returns nil lists
			}
			if d.Relations == nil {
				d.Relations = []extract.Relation{}
			}
			if err := enc.Encode(docLine{Format: extract.Format, Document: d}); err != nil {
				t.Fatal(err)
			}
			if err := newDocWriter(&got).Write(tt.doc); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("docWriter wrote\n%s\nwant\n%s", got.String(), want.String())
			}
		})
	}
}
