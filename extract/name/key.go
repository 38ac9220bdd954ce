package name

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Words returns the words of a name as they are matched: accents folded
// ("Zoë" as "zoe"), lower case, apostrophes and periods dropped inside
// words ("O'Brien" as "obrien", "U.S." as "us"), every other run of
// characters that are neither letters nor digits a boundary. A period
// after an initial and before a word in lower case is a boundary too, as
// score tables write names ("A.de Silva" as "a", "de", "silva";
// "S.Tendulkar"; "E.ON" stays "eon").
func Words(s string) []string {
	s = spaceInitials(s)
	if plain(s) {
		return asciiWords(s)
	}
	return unicodeWords(s)
}

func unicodeWords(s string) []string {
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	// Invalid bytes go first: next to one, the normaliser leaves a
	// composed letter as it is, and "\xf6Á" would keep its accent.
	for _, r := range norm.NFD.String(strings.ToValidUTF8(s, "")) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '\'', r == '\u2019', r == '.', r == 0xad || r >= 0x200b && r <= 0x200d || r == 0x2060 || r == 0xfeff:
			// Accents, "O'Brien", "U.S.", and characters that join
			// without a visible mark are not boundaries.
		case unicode.IsLetter(r), unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	return words
}

// spaceInitials returns s with a space after each period that follows a
// single letter (itself after a period or a boundary) and precedes two or
// more letters of which one is in lower case.
func spaceInitials(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	rs := []rune(norm.NFC.String(s)) // one answer for composed and decomposed text
	var b strings.Builder
	for i, r := range rs {
		b.WriteRune(r)
		if r != '.' {
			continue
		}
		j := i - 1
		for j >= 0 && unicode.Is(unicode.Mn, rs[j]) {
			j-- // the letter an accent belongs to
		}
		if initialAt(rs, j) && wordAfter(rs[i+1:]) {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// initialAt reports a letter at rs[i] that stands alone: no letter before
// it, and no accent after it (an accent is part of its letter in either
// Unicode form).
func initialAt(rs []rune, i int) bool {
	if i < 0 || !unicode.IsLetter(rs[i]) {
		return false
	}
	return i == 0 || !unicode.IsLetter(rs[i-1]) && !unicode.Is(unicode.Mn, rs[i-1])
}

// wordAfter reports that rs starts with two or more letters, one of them in
// lower case; accents count with their letters, so that composed and
// decomposed text agree.
func wordAfter(rs []rune) bool {
	n, lower := 0, false
	for _, r := range rs {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if !unicode.IsLetter(r) {
			break
		}
		n++
		lower = lower || unicode.IsLower(r)
	}
	return n >= 2 && lower
}

// Fold returns s with its accents removed ("Zoë" as "Zoe", "Kraków" as
// "Krakow"), everything else as it is.
func Fold(s string) string {
	if plain(s) {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToValidUTF8(s, "")) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// Key returns the matching key of a name: its Words joined by hyphens, as
// in "zoe-kravitz". Names with the same key are the same name.
func Key(s string) string { return strings.Join(Words(s), "-") }

// suffixes are the legal-form words that end company names: "Apple Inc.",
// "Tesco plc", "Volkswagen Group".
var suffixes = map[string]bool{
	"inc": true, "incorporated": true, "ltd": true, "limited": true, "plc": true, "corp": true,
	"corporation": true, "co": true, "group": true, "llc": true, "llp": true, "lp": true, "ag": true,
	"sa": true, "se": true, "nv": true, "bv": true, "gmbh": true, "spa": true, "ab": true, "asa": true,
	"oyj": true, "pty": true, "holdings": true,
}

// LegalForm reports whether w (a word of Words) is a legal-form word such
// as "inc", "ltd", "plc", "corp" or "group".
func LegalForm(w string) bool { return suffixes[w] }

// Core returns the words of a company name without a leading "the" and
// without legal-form words at its end ("The Apple Inc." as [apple]); it
// keeps at least one word.
func Core(s string) []string {
	ws := Words(s)
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	for len(ws) > 1 && suffixes[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// ID returns the stable identifier of an entity of type typ named s: the
// type in lower case, a colon, and the name's Key, as in
// "person:zoe-kravitz". An organisation's id leaves out a leading "the"
// and legal-form words (Core): "Apple Inc." and "Apple" are one id; a
// place that is a country takes its full form (Country): "U.S." and
// "United States" are "place:united-states". The
// result is a valid XML NMTOKEN; decomposed (NFD) and composed input give
// the same id.
func ID(typ, s string) string {
	ws := Words(s)
	switch {
	case strings.EqualFold(typ, "organization"):
		ws = Core(s)
	case strings.EqualFold(typ, "place"):
		if c, ok := Country(strings.Join(strings.Fields(s), " ")); ok {
			ws = strings.Fields(c) // "U.S." is "place:united-states"
		}
	}
	return strings.ToLower(typ) + ":" + strings.Join(ws, "-")
}

// asciiWords is Words for printable ASCII, which needs no decomposition.
func asciiWords(s string) []string {
	var words []string
	var b []byte
	for i := 0; i <= len(s); i++ {
		var c byte
		if i < len(s) {
			c = s[i]
		}
		switch {
		case i < len(s) && (c == '\'' || c == '.'):
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b = append(b, c)
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		default:
			if len(b) > 0 {
				words = append(words, string(b))
				b = b[:0]
			}
		}
	}
	return words
}
