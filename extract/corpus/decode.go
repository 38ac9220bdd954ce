package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"regexp"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Errors for text that is not an article.
var (
	ErrEmpty  = errors.New("empty: no text")
	ErrBinary = errors.New("binary data, not text")
)

// Decode turns the bytes of one article into UTF-8 text. It drops a UTF-8
// byte order mark, decodes UTF-16 that starts with a byte order mark,
// decodes as Windows-1252 (a superset of Latin-1) text that is not UTF-8
// and has no UTF-8 sequence of several bytes at all, replaces other
// invalid UTF-8 with U+FFFD, and reduces HTML to its text. It
// returns ErrBinary for data with NUL bytes or mostly control bytes, and
// ErrEmpty for data with nothing but white space.
func Decode(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		data = []byte(decodeUTF16(data[2:], false))
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		data = []byte(decodeUTF16(data[2:], true))
	}
	if isBinary(data) {
		return "", ErrBinary
	}
	var text string
	if legacy8bit(data) {
		// "Jos\xe9 Garc\xeda": Latin-1 or Windows-1252, which writes
		// every letter beyond ASCII as one byte that UTF-8 cannot read.
		b, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Errorf("decode Windows-1252: %w", err)
		}
		text = string(b)
	} else {
		text = strings.ToValidUTF8(string(data), "\uFFFD")
	}
	if looksHTML(text) {
		text = stripHTML(text)
	}
	if strings.TrimSpace(text) == "" {
		return "", ErrEmpty
	}
	return text, nil
}

func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u))
}

// isBinary looks at the first 8 KiB: any NUL byte, or more than one byte in
// ten a control character other than white space, means binary.
func isBinary(b []byte) bool {
	if len(b) > 8<<10 {
		b = b[:8<<10]
	}
	ctl := 0
	for _, c := range b {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f':
			ctl++
		}
	}
	return ctl*10 > len(b) && ctl > 2 || !utf8.Valid(b) && invalidShare(b) > 0.3
}

// invalidShare is the share of bytes that are not part of valid UTF-8.
func invalidShare(b []byte) float64 {
	bad := 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		}
		i += n
	}
	return float64(bad) / float64(len(b))
}

var (
	htmlStart = regexp.MustCompile(`(?i)^\s*(<!doctype html|<html|<head|<body|<article|<p>|<div)`)
	htmlDrop  = regexp.MustCompile(`(?is)<(script|style|noscript|template)\b.*?</(script|style|noscript|template)\s*>`)
	htmlBreak = regexp.MustCompile(`(?i)<\s*(br|/p|/div|/h[1-6]|/li|/tr|/title|/article|/section|/header|/blockquote)\b[^>]*>`)
	htmlTag   = regexp.MustCompile(`<[^>]*>`)
	blankRuns = regexp.MustCompile(`\n[ \t]*(\n[ \t]*)+`)
)

func looksHTML(s string) bool { return htmlStart.MatchString(s) }

// dropComments removes HTML comments in one pass. A comment that is never
// closed runs to the end of the page, as browsers read it.
func dropComments(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "<!--")
		if i < 0 {
			break
		}
		b.WriteString(s[:i])
		j := strings.Index(s[i+4:], "-->")
		if j < 0 {
			return b.String()
		}
		s = s[i+4+j+3:]
	}
	if b.Len() == 0 {
		return s
	}
	b.WriteString(s)
	return b.String()
}

// stripHTML keeps the text of an HTML page: scripts, styles and comments
// go, block ends become line breaks, entities are decoded.
func stripHTML(s string) string {
	s = dropComments(s)
	s = htmlDrop.ReplaceAllString(s, "")
	s = htmlBreak.ReplaceAllString(s, "\n")
	s = htmlTag.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	s = blankRuns.ReplaceAllString(s, "\n\n")
	return strings.TrimSpace(s)
}

// legacy8bit reports text that is not UTF-8 and in which no byte beyond
// ASCII starts a valid UTF-8 sequence: an 8-bit encoding, such as Latin-1.
// Text in UTF-8 with a few broken bytes has valid sequences beside them.
func legacy8bit(b []byte) bool {
	if utf8.Valid(b) {
		return false
	}
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r != utf8.RuneError && n > 1 {
			return false
		}
		b = b[n:]
	}
	return true
}
