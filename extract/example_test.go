package extract_test

import (
	"fmt"

	"github.com/ergraph/ergraph/extract"
)

func Example() {
	x, err := extract.New(extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	in := extract.Input{ID: "example", Text: "Contoso Ltd chief executive Anna Berg said on Monday that the company would open an office in Oslo.\n" +
		"Ms Berg, 52, joined Contoso Ltd in 2015."}
	d := x.Extract(in)
	for _, e := range d.Entities {
		fmt.Printf("%s %s %q at %d\n", e.ID, e.Type, e.Name, e.Mentions[0].Start)
	}
	for _, r := range d.Relations {
		if r.Type != extract.CoOccurs {
			fmt.Println(r.Source, r.Type, r.Target, r.Role)
		}
	}
	// Output:
	// organization:contoso Organization "Contoso Ltd" at 0
	// person:anna-berg Person "Anna Berg" at 28
	// place:oslo Place "Oslo" at 94
	// person:anna-berg WORKS_FOR organization:contoso chief executive
}
