package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ergraph/ergraph/extract/lexicon"
)

var (
	timeWords        = lexicon.Set("timeWords")
	compoundSuffixes = lexicon.Set("compoundSuffixes") // "-owned" of "Facebook-owned"
)

// IsCapWord reports a word that opens with a capital, or with one lower-case
// letter before a capital ("iPhone", "eBay").
func IsCapWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		return true
	}
	// "iPhone", "eBay"
	if unicode.IsLower(r) && len(s) > 2 {
		r2, _ := utf8.DecodeRuneInString(s[1:])
		return unicode.IsUpper(r2)
	}
	return false
}

// IsAllCaps reports a word with letters, all of them capitals.
func IsAllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// HasLetter reports a word with at least one letter.
func HasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// DateAt reports a month or weekday at token k followed by a number.
func DateAt(toks []Token, k int) bool {
	if k+1 >= len(toks) || !timeWords[strings.ToLower(TrimDot(toks[k].Text))] || !IsCapWord(toks[k].Text) {
		return false
	}
	return StartsWithDigit(toks[k+1].Text)
}

// TrimDot drops a final period: "Corp." reads "Corp".
func TrimDot(s string) string { return strings.TrimSuffix(s, ".") }
