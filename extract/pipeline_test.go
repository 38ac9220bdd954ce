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
// abroad) and measures how many of the entities and relations a reader
// would expect it finds.
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
	right, total := 0, 0
	check := func(ok bool, format string, args ...any) {
		total++
		if ok {
			right++
			return
		}
		t.Logf(format, args...)
	}
	for _, tt := range tests {
		b, err := os.ReadFile(filepath.Join("testdata", "pipeline", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		in := Input{ID: tt.file, Text: string(b)}
		d := x.Extract(in)
		checkOffsets(t, in, d)
		got := summary(d)
		for _, w := range tt.entities {
			check(slices.Contains(got, w), "Extract(%s) = %v; want %s", tt.file, got, w)
		}
		for _, a := range tt.absent {
			check(entity(d, a) == nil, "Extract(%s) = %v; want no entity %q", tt.file, got, a)
		}
		r := rels(d)
		for _, w := range tt.rels {
			found := false
			for _, g := range r {
				if g == w || strings.HasPrefix(g, w+" (") {
					found = true
				}
			}
			check(found, "Extract(%s) relations = %v; want %s", tt.file, r, w)
		}
	}
	// Measured, not fitted: the articles name invented companies, clubs and
	// places whose type only their context gives.
	const floor = 0.75
	frac := float64(right) / float64(total)
	t.Logf("%d of %d expectations met (%.2f)", right, total, frac)
	if frac < floor {
		t.Errorf("%d of %d expectations met (%.2f), floor %.2f", right, total, frac, floor)
	}
}
