package extract

import (
	"strings"
	"unicode"
)

// ID returns the stable identifier of an entity of type t named name:
// the lower-case type, a colon, and the name folded to lower case with
// every run of other characters turned into one hyphen, as in
// "person:amber-rudd". The result is a valid XML NMTOKEN.
func ID(t Type, name string) string {
	var b strings.Builder
	b.WriteString(strings.ToLower(string(t)))
	b.WriteByte(':')
	hyphen := false
	n := b.Len()
	for _, r := range name {
		switch {
		case r == '\'' || r == '\u2019' || r == '.':
			// "O'Brien" and "U.S." read as one word.
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if hyphen && b.Len() > n {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		default:
			hyphen = true
		}
	}
	return b.String()
}
