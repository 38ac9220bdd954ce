package lexicon

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	got, names, err := parse("# comment\n[a]\nx y # trailing\ngrand_prix\n\n[b]\nz\n")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a", "b"}; !slices.Equal(names, want) {
		t.Errorf("names %v, want %v", names, want)
	}
	if want := []string{"grand prix", "x", "y"}; !slices.Equal(slices.Sorted(maps.Keys(got["a"])), want) {
		t.Errorf("list a %v, want %v", slices.Sorted(maps.Keys(got["a"])), want)
	}
	for _, bad := range []string{"x\n[a]\n", "[a]\nx\n[a]\ny\n", "[]\n"} {
		if _, _, err := parse(bad); err == nil {
			t.Errorf("parse(%q): no error", bad)
		}
	}
}

// No word is written twice in one list of the file.
func TestNoRepeats(t *testing.T) {
	var name string
	seen := map[string]bool{}
	for n, line := range strings.Split(file, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") {
			name, seen = line, map[string]bool{}
			continue
		}
		for _, w := range strings.Fields(line) {
			if seen[w] {
				t.Errorf("words.txt:%d: %q twice in %s", n+1, w, name)
			}
			seen[w] = true
		}
	}
}

// No word sits in two lists that say contradictory things of it.
func TestNoContradictions(t *testing.T) {
	for _, c := range []struct{ a, b, why string }{
		{"maleHonorifics", "femaleHonorifics", "an honorific tells one sex"},
		{"honorifics", "demonyms", "a title is no nationality"},
		{"timeWords", "demonyms", "a month or day is no nationality"},
		{"eventLeads", "placeLeads", "a word before a name opens an event's or a place's"},
		{"stormLeads", "placeLeads", "a storm is no place"},
		{"adminHeads", "orgHeads", "a kind of division ends a place's name, not an organisation's"},
		{"featureHeads", "orgHeads", "a natural feature's kind makes a place of the name it ends"},
		{"featureHeads", "industryWords", "a natural feature's kind makes a place; an industry's word a company"},
		{"placeKinds", "orgNouns", "the kind before \"of\" is a place's or an organisation's"},
		{"stopCaps", "orgHeads", "a capital that names nothing heads no organisation's name"},
		{"stopCaps", "placeHeads", "a capital that names nothing heads no place's name"},
		{"negationCues", "formerCues", "a denied relation is not a former one"},
		{"perpetratorNouns", "victimWords", "the attacker is not the victim"},
		{"killWords", "workWords", "a trigger of killing is none of employment"},
	} {
		a, b := Set(c.a), Set(c.b)
		var both []string
		for w := range a {
			if b[w] {
				both = append(both, w)
			}
		}
		if len(both) > 0 {
			slices.Sort(both)
			t.Errorf("%s and %s share %q: %s", c.a, c.b, both, c.why)
		}
	}
}

func TestUnknownList(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Set of an unknown list did not panic")
		}
	}()
	Set("no such list")
}

func ExampleSet() {
	fmt.Println(Set("maleHonorifics")["sir"], Set("maleHonorifics")["lady"])
	// Output: true false
}
