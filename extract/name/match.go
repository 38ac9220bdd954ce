package name

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ergraph/ergraph/extract/lexicon"
)

// Kind is the way two names may be one entity's; its String is the
// reason recorded on an alias merged for it ("mergedBy").
type Kind uint8

// Kinds of candidate pairs, by names alone. Whether a pair is merged is
// the caller's decision, from the context of the two entities.
const (
	None     Kind = iota
	Same          // the same Key: "Zoë Kravitz" and "Zoe Kravitz"
	Suffix        // the same Core: "Apple Inc." and "Apple"
	Surname       // the last words of the other: "Kravitz" and "Zoe Kravitz"
	Nickname      // first names of one person: "Joe Biden" and "Joseph Biden", "J. Biden"
	Spelling      // one edit in one word of at least four letters: "Masood", "Massood"
	Acronym       // initials of the other's words: "US" and "United States"
	Middle        // the other with a middle name: "John Kennedy" and "John F. Kennedy"
)

var kindNames = [...]string{"", "same-name", "suffix", "surname", "nickname", "spelling", "acronym", "middle-name"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return ""
}

// Compare returns how names a and b may name one entity, or None. It is
// symmetric.
func Compare(a, b string) Kind {
	wa, wb := Words(a), Words(b)
	switch {
	case len(wa) == 0 || len(wb) == 0:
		return None
	case slicesEqual(wa, wb):
		return Same
	case slicesEqual(Core(a), Core(b)):
		return Suffix
	}
	if len(wa) > len(wb) {
		a, b, wa, wb = b, a, wb, wa
	}
	switch {
	case len(wa) < len(wb) && slicesEqual(wa, wb[len(wb)-len(wa):]) && len(wa[len(wa)-1]) > 1:
		return Surname // "Kravitz", "Sanchez Vicario"
	case len(wa) == len(wb) && len(wa) >= 2 && slicesEqual(wa[1:], wb[1:]) && sameGiven(wa[0], wb[0]):
		return Nickname
	case len(wa) == 2 && len(wb) == 3 && wa[1] == wb[2] && sameGiven(wa[0], wb[0]):
		return Middle // not "George W. Bush" and "George H. W. Bush": the middle names differ
	case Spelled(wa, wb):
		return Spelling
	case Acronymous(a, b) || Acronymous(b, a):
		return Acronym
	}
	return None
}

func slicesEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// sameGiven reports first names of one person: nicknames of one name, or
// an initial and a name it starts.
func sameGiven(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) == 1 {
		return len(y) > 1 && y[0] == x[0]
	}
	return Given(x) == Given(y)
}

// Spelled reports two names (as Words) of the same words but one, which
// has at least four letters in both and is one insertion, deletion or
// substitution away: "masood" and "massood".
func Spelled(wa, wb []string) bool {
	if len(wa) != len(wb) {
		return false
	}
	diff := -1
	for i := range wa {
		if wa[i] != wb[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff < 0 {
		return false
	}
	x, y := []rune(wa[diff]), []rune(wb[diff])
	return len(x) >= 4 && len(y) >= 4 && OneEdit(x, y)
}

// OneEdit reports whether one insertion, deletion or substitution turns
// a into b.
func OneEdit(a, b []rune) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return i < len(a) && string(a[i+1:]) == string(b[i+1:])
	}
	return string(a[i:]) == string(b[i+1:])
}

// Deletions returns w and every string made by deleting one rune of w:
// two words one edit apart always share one of these (the key of
// symmetric-deletion spelling search), so they serve as blocking keys.
func Deletions(w string) []string {
	r := []rune(w)
	out := make([]string, 0, len(r)+1)
	out = append(out, w)
	for i := range r {
		if i > 0 && r[i] == r[i-1] {
			continue // deleting either of a double letter gives one string
		}
		out = append(out, string(r[:i])+string(r[i+1:]))
	}
	return out
}

// minor words are skipped when reading initials.
var minor = lexicon.Set("initialsSkipped")

// Initials returns the upper-case initials of a name's significant words
// ("United States" as "US", "Bank of England" as "BE"), or "" for a name of
// one word or with a significant word not capitalised.
func Initials(s string) string {
	words := strings.Fields(Clean(s))
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		if minor[strings.ToLower(w)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	return b.String()
}

// AcronymOf returns the letters of a name written as an acronym ("US",
// "U.S.", "NATO"): two to six capitals, periods allowed; or "".
func AcronymOf(s string) string {
	letters := strings.ReplaceAll(Clean(s), ".", "")
	if n := utf8.RuneCountInString(letters); n < 2 || n > 6 {
		return ""
	}
	for _, r := range letters {
		if !unicode.IsUpper(r) {
			return ""
		}
	}
	return letters
}

// Acronymous reports whether short is an acronym of long's initials, with
// or without a legal-form word ("IBM" and "International Business
// Machines Corp.").
func Acronymous(short, long string) bool {
	a := AcronymOf(short)
	if a == "" {
		return false
	}
	if Initials(long) == a {
		return true
	}
	ws := strings.Fields(Clean(long))
	for len(ws) > 2 && suffixes[Key(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
		if Initials(strings.Join(ws, " ")) == a {
			return true
		}
	}
	return false
}
