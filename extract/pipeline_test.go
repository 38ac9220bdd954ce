package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestPipeline runs the default extractor on articles written for these
// tests (a business deal, a football match, a murder trial, a summit
// abroad) and checks the entities and relations a reader would expect.
func TestPipeline(t *testing.T) {
	tests := []struct {
		file     string
		entities []string // "Type:Name"
		absent   []string // names that must not be entities
		rels     []string // "Source -TYPE-> Target"
	}{
		{"acquisition.txt",
			[]string{"Organization:Northwind Foods", "Organization:Lakeside Dairy", "Person:Maria Delgado",
				"Person:Thomas Hargrove", "Place:Chicago", "Place:Wisconsin", "Place:Minnesota",
				"Organization:New York Stock Exchange"},
			[]string{"Delgado", "Ms Delgado", "Northwind", "Share", "York"},
			[]string{"Maria Delgado -WORKS_FOR-> Northwind Foods (chief executive)",
				"Northwind Foods -BASED_IN-> Chicago",
				"Northwind Foods -OWNS-> Green Pasture"}},
		{"sport.txt",
			[]string{"Person:Daniel Rivers", "Organization:Harbour City", "Organization:Eastbrook Rovers",
				"Person:Paul Okafor", "Person:Liam Foster", "Place:Kingsway Stadium", "Place:Westport",
				"Organization:Millbrook Athletic"},
			[]string{"Rivers", "Okafor", "Eastbrook", "Cup"},
			[]string{"Paul Okafor -WORKS_FOR-> Harbour City (manager)",
				"Liam Foster -WORKS_FOR-> Eastbrook Rovers (captain)"}},
		{"court.txt",
			[]string{"Person:Gary Pritchard", "Person:Anil Mehta", "Person:Ravi Mehta", "Person:Helen Marsh",
				"Person:Sarah Blake", "Organization:Westshire Police", "Place:Redford", "Place:Leicester",
				"Place:Elmfield", "Person:James Whitfield"},
			[]string{"Pritchard", "Mehta", "Mr Mehta", "Judge Helen Marsh"},
			[]string{"Gary Pritchard -LIVES_IN-> Elmfield",
				"Anil Mehta -BORN_IN-> Leicester", "Sarah Blake -WORKS_FOR-> Westshire Police (Detective Inspector)"}},
		{"summit.txt",
			[]string{"Event:Valmora summit", "Place:Portesa", "Place:Valmora", "Person:Elena Castell",
				"Person:Markus Feld", "Person:Kenji Arata", "Person:Amara Diallo", "Organization:United Nations",
				"Organization:World Bank", "Place:Japan"},
			[]string{"Castell", "German", "Prime Minister", "Feld"},
			[]string{"Valmora summit -LOCATED_IN-> Portesa",
				"Amara Diallo -WORKS_FOR-> United Nations (Secretary-General)"}},
	}
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.file, ".txt"), func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "pipeline", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			in := Input{ID: tt.file, Text: string(b)}
			d := x.Extract(in)
			got := summary(d)
			for _, w := range tt.entities {
				if !slices.Contains(got, w) {
					t.Errorf("Extract(%s) = %v; want %s", tt.file, got, w)
				}
			}
			for _, a := range tt.absent {
				if entity(d, a) != nil {
					t.Errorf("Extract(%s) = %v; want no entity %q", tt.file, got, a)
				}
			}
			r := rels(d)
			for _, w := range tt.rels {
				found := false
				for _, g := range r {
					if g == w || strings.HasPrefix(g, w+" (") {
						found = true
					}
				}
				if !found {
					t.Errorf("Extract(%s) relations = %v; want %s", tt.file, r, w)
				}
			}
			checkOffsets(t, in, d)
		})
	}
}
