package text

import (
	"regexp"
	"strings"
)

// creditLine matches a wire story's opening credit: a dateline (a place,
// then perhaps its state or country of up to three words, then perhaps a
// date), the agency in brackets, a dash: "LONDON (Reuters) - ", "PARIS, May
// 3 (AFP) — ", "SANTA CLARA, Calif. (AP) --", "ABUJA, Nigeria, March 4
// (AFP) -". Group 1 is the agency.
var creditLineRe = regexp.MustCompile(`^\s*\p{Lu}[\p{L}\p{M} .'/-]{0,40}?` +
	`(?:,\s*\p{Lu}[\p{L}\p{M}.'-]*(?:\s+\p{Lu}[\p{L}\p{M}.'-]*){0,2})?` +
	`(?:,\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:,\s*\d{4})?)?` +
	`\s*\(([\p{Lu}][\p{L}&.\- ]{1,40}?)\)\s*(?:-{1,2}|\x{2013}|\x{2014})\s`)

// Credit finds a wire credit at the start of text, or at the start of the
// line after a headline ("Nvidia Agrees To Buy Chipmaker\n\nSANTA CLARA
// (Reuters) - ..."), and returns the agency, or "".
func Credit(text string) string {
	off := 0
	for range 2 {
		if m := creditLineRe.FindStringSubmatchIndex(text[off:]); m != nil {
			agency := strings.TrimSpace(text[off+m[2] : off+m[3]])
			if len(strings.Fields(agency)) > 4 {
				return ""
			}
			return agency
		}
		line, rest, ok := strings.Cut(text[off:], "\n")
		if !ok || !headlineText(line) {
			break
		}
		off = len(text) - len(strings.TrimLeft(rest, " \t\r\n"))
	}
	return ""
}

// headlineText reports a line that reads as a headline: a few words, not
// ending as a sentence does.
func headlineText(line string) bool {
	line = strings.TrimSpace(line)
	n := len(strings.Fields(line))
	return n > 0 && n <= 20 && !strings.HasSuffix(line, ".")
}
