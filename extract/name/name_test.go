package name

import (
	"fmt"
	"slices"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Amber Rudd", "Amber Rudd"},
		{"  Amber \t Rudd ", "Amber Rudd"},
		{"John Smith\x1b[31m", "John Smith[31m"},
		{"Kra\u0301ko\u0301w", "Kráków"},
		{"Krako\u0301w", "Kraków"},
		{"Tim\u200b Cook\u202e", "Tim Cook"},
		{"Zo\u00eb", "Zoë"},
		{"\u2067Apple\u2069", "Apple"},
		{"bad\xffbyte", "badbyte"},
	}
	for _, tt := range tests {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestPrintable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Zoë Kravitz", "Zoë Kravitz"},
		{"John Smith\x1b[31m", `John Smith\x1b[31m`},
		{"evil\u202eexe.txt", `evil\u202eexe.txt`},
		{"a\u200bb", `a\u200bb`},
		{"bell\a", `bell\a`},
	}
	for _, tt := range tests {
		if got := Printable(tt.in); got != tt.want {
			t.Errorf("Printable(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestID(t *testing.T) {
	tests := []struct{ typ, name, want string }{
		{"Person", "Amber Rudd", "person:amber-rudd"},
		{"Person", "Zoë Kravitz", "person:zoe-kravitz"},
		{"Person", "Zoe Kravitz", "person:zoe-kravitz"},
		{"Place", "Krako\u0301w", "place:krakow"},
		{"Place", "Kraków", "place:krakow"},
		{"Person", "O'Brien", "person:obrien"},
		{"Place", "U.S.", "place:united-states"},
		{"Organization", "Apple Inc.", "organization:apple"},
		{"Organization", "Apple", "organization:apple"},
		{"Organization", "The Apple Group plc", "organization:apple"},
		{"Organization", "Group", "organization:group"},
		{"Person", "John Smith\x1b[31m", "person:john-smith-31m"}, // ids follow names: extraction never lets the escape into one
		{"Person", "Tim\u200bCook", "person:timcook"},
		{"Place", "Москва", "place:москва"},
		{"Event", "", "event:"},
		{"Person", "A.de Silva", "person:a-de-silva"},
		{"Person", "S.Tendulkar", "person:s-tendulkar"},
		{"Person", "J.R.R.Tolkien", "person:jrr-tolkien"},
		{"Organization", "E.ON", "organization:eon"},
		{"Organization", "Amazon.com", "organization:amazoncom"},
		{"Place", "St.Louis", "place:stlouis"},
	}
	for _, tt := range tests {
		if got := ID(tt.typ, tt.name); got != tt.want {
			t.Errorf("ID(%q, %q) = %q; want %q", tt.typ, tt.name, got, tt.want)
		}
	}
}

func TestWordsASCIIAgreesWithUnicode(t *testing.T) {
	for _, s := range []string{"Amber Rudd", "U.S. Attorney's Office", "O'Brien-Smith", "  a--b  ", "Al-Qaeda 2.0", "x'", "'", "A.de Silva", "J.R.R.Tolkien"} {
		if fast, slow := asciiWords(s), unicodeWords(s); !slices.Equal(fast, slow) {
			t.Errorf("Words(%q): ASCII path %q, Unicode path %q", s, fast, slow)
		}
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		a, b string
		want Kind
	}{
		{"Zoë Kravitz", "Zoe Kravitz", Same},
		{"Apple Inc.", "Apple", Suffix},
		{"Tesco plc", "Tesco", Suffix},
		{"Kravitz", "Zoe Kravitz", Surname},
		{"Joe Biden", "Joseph Biden", Nickname},
		{"Bill Gates", "William Gates", Nickname},
		{"J. Biden", "Joseph Biden", Nickname},
		{"Steve Jobs", "Stephen Jobs", None}, // "Steve" is short for two names
		{"Khalid Masood", "Khalid Massood", Spelling},
		{"Dan Burn", "Dan Bern", Spelling},
		{"Tom Lee", "Tom Lea", None},
		{"Mark Kelly", "Megyn Kelly", None},
		{"US", "United States", Acronym},
		{"U.N.", "United Nations", Acronym},
		{"IBM", "International Business Machines Corp.", Acronym},
		{"Jordan", "Michael Jordan", Surname},
		{"Apple", "Samsung", None},
		{"A.de Silva", "Aravinda de Silva", Nickname}, // an initial before a name in lower case
		{"Juan Esnaider", "Juan Eduardo Esnaider", Middle},
		{"J. Esnaider", "Juan Eduardo Esnaider", Middle},
		{"Juan Esnaider", "Juan Eduardo Lopez", None},
		{"George Bush", "George W. Bush", Middle},
		{"George W. Bush", "George H. W. Bush", None},
		{"George Bush", "George H. W. Bush", None},
	}
	for _, tt := range tests {
		for _, p := range [][2]string{{tt.a, tt.b}, {tt.b, tt.a}} {
			if got := Compare(p[0], p[1]); got != tt.want {
				t.Errorf("Compare(%q, %q) = %v; want %v", p[0], p[1], got, tt.want)
			}
		}
	}
}

func TestDeletionsShareAKeyOneEditApart(t *testing.T) {
	pairs := [][2]string{{"masood", "massood"}, {"burn", "bern"}, {"smith", "smyth"}, {"smith", "smiths"}, {"anna", "ana"}}
	for _, p := range pairs {
		a, b := Deletions(p[0]), Deletions(p[1])
		shared := slices.ContainsFunc(a, func(x string) bool { return slices.Contains(b, x) })
		if !shared {
			t.Errorf("Deletions(%q) and Deletions(%q) share no key", p[0], p[1])
		}
	}
}

func ExampleID() {
	fmt.Println(ID("Person", "Zoë Kravitz"))
	fmt.Println(ID("Organization", "Apple Inc."))
	fmt.Println(Compare("Joe Biden", "Joseph Biden"))
	// Output:
	// person:zoe-kravitz
	// organization:apple
	// nickname
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Zoë Kravitz": "Zoe Kravitz", "Krako\u0301w": "Krakow", "Amber Rudd": "Amber Rudd", "São Paulo-Süd": "Sao Paulo-Sud"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q; want %q", in, got, want)
		}
	}
}

// FuzzName checks the invariants of names for any input: no invisible
// character survives Clean or ID, Clean is idempotent, and the decomposed
// and composed forms of a name have one id.
func FuzzName(f *testing.F) {
	for _, s := range []string{"Zoë Kravitz", "John Smith\x1b[31m", "Krako\u0301w", "U.S.", "Apple Inc.", "\u202eevil", "a\u200bb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Clean(s)
		if Clean(c) != c {
			t.Errorf("Clean(Clean(%q)) = %q; want %q", s, Clean(c), c)
		}
		for _, out := range []string{c, ID("Person", s)} {
			for _, r := range out {
				if Invisible(r) {
					t.Errorf("%q from %q carries invisible %U", out, s, r)
				}
			}
		}
		if a, b := ID("Place", norm.NFD.String(s)), ID("Place", norm.NFC.String(s)); a != b {
			t.Errorf("ID of NFD %q = %q, of NFC = %q; want one id", s, a, b)
		}
	})
}
