package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// segment is a line of the original text kept for extraction: the byte
// range [start, end) of Input.Text, trimmed. No entity crosses a segment
// boundary, so a line break always ends a name ("Lithuania\nWhatsApp").
type segment struct{ start, end int }

// Boilerplate that is not part of the article. Patterns are matched on the
// lower-cased line with straight quotes, and only on short lines, so that a
// paragraph of the article that happens to mention a newsletter stays.
var (
	// endOfArticle starts page furniture that runs to the end of the page:
	// comment forms, "you may also like" blocks, report sign-ups.
	endOfArticle = regexp.MustCompile(`^(thank you for (subscribing|signing up|registering)|we think these .* might interest you|please enter your (comment|name|email)|leave a (reply|comment)|related (articles|stories|content|coverage|topics)|you (may|might) also (like|be interested)|recommended (for you|stories|articles)|more (stories|on this story)|most (popular|viewed|shared)( stories| articles)?$|post navigation|about the author|(join|start) the conversation|comments are closed|what do you think\?)`)
	// boilerLine matches single lines of page furniture.
	boilerLine = regexp.MustCompile(`(^read (the )?(full|more|next)( story| article)?\b|^most read\b|^share (this|on|via)\b|^(share|tweet|email|print|whatsapp|facebook|twitter|pinterest|linkedin)$|^click here\b|sign up\b|^subscribe\b|newsletter|cookies?\b|^advertisement$|^advert$|akismet|all rights reserved|^copyright\b|^©|^follow (us|me)\b|\b\d+ comments?$|^comments?$|^(source|via|credit|photo|image|picture|pictures|video|watch|listen)s?:?\s+\S+(\s+\S+)?$|^(image|media|photo) (caption|copyright)$|^getty images$|whitepaper|^download\b|^loading\b|^skip to\b|^(previous|next) (article|story|post)\b|^posted (on|in|by)\b|^updated:?\s|^published:?\s|^last updated\b)`)
	// captionPrefix begins a line that is a picture caption.
	captionPrefix = regexp.MustCompile(`^(image|media|photo|picture) (caption|copyright)\s*:?\s*`)
)

const boilerMaxWords = 16

// cleanLines returns the article lines of text: boilerplate lines, repeated
// lines and everything after an end-of-article block are dropped.
func cleanLines(text string) []segment {
	var segs []segment
	seen := map[string]bool{}
	for pos := 0; pos < len(text); {
		end := pos
		for end < len(text) && text[end] != '\n' && text[end] != '\r' {
			end++
		}
		next := end
		if next < len(text) {
			if text[next] == '\r' && next+1 < len(text) && text[next+1] == '\n' {
				next += 2
			} else {
				next++
			}
		}
		s, e := trimSpace(text, pos, end)
		pos = next
		if s >= e {
			continue
		}
		line := text[s:e]
		lower := strings.ToLower(foldQuotes(line))
		short := wordCount(lower) <= boilerMaxWords
		if short && endOfArticle.MatchString(lower) {
			break
		}
		if short && boilerLine.MatchString(lower) {
			continue
		}
		if m := captionPrefix.FindStringIndex(lower); m != nil && m[1] < len(lower) {
			// Keep the caption's text, not the words "Image caption"
			// (an ASCII prefix, so byte lengths agree with the original).
			s, e = trimSpace(text, s+m[1], e)
		}
		key := strings.Join(strings.Fields(lower), " ")
		if seen[key] {
			continue
		}
		seen[key] = true
		segs = append(segs, segment{s, e})
	}
	return segs
}

func trimSpace(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' {
			break
		}
		e -= n
	}
	return s, e
}

func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
