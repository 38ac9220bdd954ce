package name

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Invisible reports runes that never belong in a name: control characters
// (C0, C1, DEL), bidirectional embeddings, overrides and isolates,
// zero-width spaces and joiners, the soft hyphen and the byte order mark.
// Line and tab characters are controls too: callers that split text on
// white space see them first.
func Invisible(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r < 0xa0:
		return true
	case r == 0xad, r == 0x061c, r == 0x180e, r == 0xfeff:
		return true
	case r >= 0x200b && r <= 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2060 && r <= 0x206f:
		return true
	}
	return false
}

// plain reports strings of printable ASCII, which Clean returns unchanged.
func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

// Clean returns s as a name is shown: composed (Unicode NFC), with the
// invisible runes of Invisible removed, white space runs as one space and
// no space at either end. Accents and case are kept.
func Clean(s string) string {
	if plain(s) && !strings.Contains(s, "  ") && strings.TrimSpace(s) == s {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case Invisible(r):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// Printable returns s for a terminal: printable runes as they are, every
// other rune (controls, escapes, bidirectional overrides, zero-width
// characters) as a Go escape such as \x1b or \u202e.
func Printable(s string) string {
	ok := true
	for _, r := range s {
		if !unicode.IsPrint(r) || Invisible(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsPrint(r) && !Invisible(r) {
			b.WriteRune(r)
			continue
		}
		q := strings.Trim(strconv.QuoteRune(r), "'")
		b.WriteString(q)
	}
	return b.String()
}
