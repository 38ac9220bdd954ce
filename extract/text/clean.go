package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ergraph/ergraph/extract/lexicon"
)

// Segment is a line of the original text kept for extraction: the byte
// range [start, end) of Input.Text, trimmed. No entity crosses a segment
// boundary, so a line break always ends a name ("Lithuania\nWhatsApp").
type Segment struct{ Start, End int }

// Boilerplate that is not part of the article. Patterns are matched on the
// lower-cased line with straight quotes, and only on short lines, so that a
// paragraph of the article that happens to mention a newsletter stays.
var (
	// endOfArticle starts page furniture that runs to the end of the page:
	// comment forms, "you may also like" blocks, report sign-ups.
	endOfArticle = regexp.MustCompile(`^(thank you for (subscribing|signing up|registering)|we think these .* might interest you|please enter your (comment|name|email)|leave a (reply|comment)|related (articles|stories|content|coverage|topics)|you (may|might) also (like|be interested)|recommended (for you|stories|articles)|more (stories|on this story)|most (popular|viewed|shared)( stories| articles)?$|post navigation|about the author|(join|start) the conversation|comments are closed|what do you think\?)`)
	// boilerLine matches single lines of page furniture.
	// boilerLine matches single lines of page furniture by their start;
	// boilerWords and boilerComments below catch the rest.
	boilerLine = regexp.MustCompile(`^(read (the )?(full|more|next)( story| article)?\b|most read\b|share (this|on|via)\b|(share|tweet|email|print|whatsapp|facebook|twitter|pinterest|linkedin)$|click here\b|subscribe\b|advertisement$|advert$|copyright\b|©|follow (us|me)\b|comments?$|(source|via|credit|photo|image|picture|pictures|video|watch|listen)s?:?\s+\S+(\s+\S+)?$|(image|media|photo) (caption|copyright)$|getty images$|download\b|loading\b|skip to\b|(previous|next) (article|story|post)\b|posted (on|in|by)\b|updated:?\s|published:?\s|last updated\b)`)
	// boilerComments ends a line with a comment count: "| 0 Comments".
	boilerComments = regexp.MustCompile(`\b\d+ comments?$`)
	// captionPrefix begins a line that is a picture caption.
	captionPrefix = regexp.MustCompile(`^((image|media|photo|picture) (caption|copyright)\s*:?\s*|(image|photo|photograph|picture|pictured|caption)\s*:\s*)`)
)

const boilerMaxWords = 16

var (
	// listHeading starts a list of links to other stories inside the page
	// ("MOST READ", "Related articles"): the headline-like lines after it
	// go with it.
	listHeading = regexp.MustCompile(`^(most (read|popular|viewed|shared|watched)\b|related (articles|stories|content|links|coverage|topics|reading)\b|more (from|on|in|about) |trending\b|top stories\b|latest (news|stories|headlines)\b|recommended\b|editors?'s? (picks|choice)\b|popular (now|stories|articles)\b|also (read|on)\b|see also\b|read (also|next)\b|read more:?$)`)
	// creditLine matches lines that credit the reporters, not the story:
	// "(Reporting by ...; Editing by ...)", "X contributed to this report."
	creditLine = regexp.MustCompile(`^\(?((additional|further) )?(reporting|writing|editing|compiled|produced|research|graphics) by\b|\bcontributed (to )?(this |the )?(report|story|article|reporting)\b|^(written|reported|edited) by\b`)
	// signupLine matches newsletter and account prompts.
	signupLine = regexp.MustCompile(`\binbox\b|^enter your (e-?mail|email address|name)\b|delivered (straight )?to you|^(already|not) a (subscriber|member)\b|^log ?in\b|^register\b`)
	// photoCredit is a picture credit at the end of a line: "... (Image:
	// Getty Images)", "... Photograph: AFP/Getty Images".
	photoCredit = regexp.MustCompile(`(?i)(^|[\s.;])(\((image|photo|photograph|picture|pic|credit)s?\s*:[^)]*\)|(photograph|photo|picture|pic|credit|image)s?\s*:\s*[^.!?]{1,60})\s*$`)
)

// boilerWords anywhere in a short line make it page furniture.
var boilerWords = []string{"sign up", "newsletter", "cookie", "akismet", "all rights reserved", "whitepaper"}

// furniture reports a short line (lower case) of page furniture.
func furniture(lower string) bool {
	if boilerLine.MatchString(lower) {
		return true
	}
	for _, w := range boilerWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return (strings.HasSuffix(lower, "comment") || strings.HasSuffix(lower, "comments")) && boilerComments.MatchString(lower)
}

// shareWords make up share bars: "Facebook Twitter LinkedIn Email".
var shareWords = lexicon.Set("shareWords")

// rawLine is one trimmed, non-blank line of the text.
type rawLine struct {
	s, e  int
	blank bool // a blank line (or the start of the text) comes before it
}

func splitRawLines(text string) []rawLine {
	var out []rawLine
	blank := true
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
		s, e := TrimSpace(text, pos, end)
		pos = next
		if s >= e {
			blank = true
			continue
		}
		out = append(out, rawLine{s, e, blank})
		blank = false
	}
	return out
}

// wrapWidth detects text hard-wrapped at a fixed width (paragraphs broken
// into lines of similar length, as in e-mail and some wire feeds) and
// returns that width in runes, or 0.
func wrapWidth(text string, ls []rawLine) int {
	var lens []int
	longest := 0
	for i, l := range ls {
		n := utf8.RuneCountInString(text[l.s:l.e])
		longest = max(longest, n)
		if i+1 < len(ls) && !ls[i+1].blank {
			lens = append(lens, n)
		}
	}
	if len(lens) < 3 {
		return 0
	}
	w := 0
	for _, n := range lens {
		w = max(w, n)
	}
	if w < 40 || w > 100 || longest > w+10 {
		return 0
	}
	full := 0
	for _, n := range lens {
		if n*4 >= w*3 {
			full++
		}
	}
	if full*10 < len(lens)*6 {
		return 0
	}
	return w
}

// joins reports whether line b continues the paragraph of line a: a
// sentence broken by a line break ("... who said\nthat ...") or a line of
// hard-wrapped text that was full.
func joins(text string, a, b rawLine, width int) bool {
	if b.blank {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[b.s:b.e])
	if unicode.IsLower(r) {
		return true
	}
	if width == 0 {
		return false
	}
	first := text[b.s:b.e]
	if i := strings.IndexFunc(first, unicode.IsSpace); i > 0 {
		first = first[:i]
	}
	return utf8.RuneCountInString(text[a.s:a.e])+1+utf8.RuneCountInString(first) > width-8
}

// Lines returns the article lines of text: boilerplate lines, repeated
// lines and everything after an end-of-article block are dropped. Lines of
// one paragraph broken by line breaks are joined into one segment.
func Lines(text string) []Segment {
	var segs []Segment
	seen := map[string]bool{}
	raw := splitRawLines(text)
	width := wrapWidth(text, raw)
	inList := false
	for k := 0; k < len(raw); {
		s, e := raw[k].s, raw[k].e
		k++
		for k < len(raw) && joins(text, raw[k-1], raw[k], width) && !boilerplate(text[s:e]) {
			e = raw[k].e
			k++
		}
		line := text[s:e]
		lower := strings.ToLower(FoldQuotes(line))
		short := wordCount(lower) <= boilerMaxWords
		if short && endOfArticle.MatchString(lower) {
			break
		}
		if short && listHeading.MatchString(lower) {
			inList = true
			continue
		}
		if inList {
			// Headlines of other stories: no final punctuation, or a
			// question ("Who is Jo Bloggs?").
			if short && (!endsSentence(line) || strings.HasSuffix(strings.TrimRight(line, "\"'\u201d\u2019 "), "?") && wordCount(line) <= 12) {
				continue
			}
			inList = false
		}
		if short && (furniture(lower) || credits(lower) || byline(line) || shareBar(lower)) {
			continue
		}
		if c := creditStart(line); c > 0 {
			e = s + c // drop the credit, keep the caption
			s, e = TrimSpace(text, s, e)
			lower = strings.ToLower(FoldQuotes(text[s:e]))
		}
		if m := captionPrefix.FindStringIndex(lower); m != nil && m[1] < len(lower) {
			// Keep the caption's text, not the words "Image caption"
			// (an ASCII prefix, so byte lengths agree with the original).
			s, e = TrimSpace(text, s+m[1], e)
		}
		if s >= e {
			continue
		}
		key := strings.Join(strings.Fields(lower), " ")
		if seen[key] {
			continue
		}
		seen[key] = true
		segs = append(segs, Segment{s, e})
	}
	return segs
}

// boilerplate reports a short line that is page furniture; such a line is
// never joined to the next one.
func boilerplate(line string) bool {
	if len(line) > 200 || wordCount(line) > boilerMaxWords {
		return false
	}
	lower := strings.ToLower(FoldQuotes(line))
	return endOfArticle.MatchString(lower) || listHeading.MatchString(lower) || furniture(lower) ||
		credits(lower) || byline(line) || shareBar(lower)
}

// creditStart returns the byte offset in line of a picture credit that
// ends it ("... (Image: Getty Images)"), or -1. Only the line's tail is
// searched, and only when it has a colon.
func creditStart(line string) int {
	off := 0
	if len(line) > 120 {
		off = len(line) - 120
		for off < len(line) && !utf8.RuneStart(line[off]) {
			off++
		}
	}
	tail := line[off:]
	if strings.IndexByte(tail, ':') < 0 {
		return -1
	}
	m := photoCredit.FindStringSubmatchIndex(tail)
	if m == nil || m[4] <= 0 && off == 0 {
		return -1
	}
	return off + m[4]
}

// credits reports lines crediting reporters and newsletter prompts.
func credits(lower string) bool {
	if (strings.Contains(lower, " by") || strings.Contains(lower, "contributed")) && creditLine.MatchString(lower) {
		return true
	}
	return (strings.Contains(lower, "inbox") || strings.Contains(lower, "enter your") || strings.Contains(lower, "deliver") ||
		strings.Contains(lower, "subscriber") || strings.Contains(lower, "member") || strings.HasPrefix(lower, "log") ||
		strings.HasPrefix(lower, "register")) && signupLine.MatchString(lower)
}

// endsSentence reports lines that end like a sentence: a final period,
// question or exclamation mark, possibly inside closing quotes.
func endsSentence(line string) bool {
	line = strings.TrimRight(line, "\"'\u201d\u2019)] ")
	return strings.HasSuffix(line, ".") || strings.HasSuffix(line, "!") || strings.HasSuffix(line, "?") ||
		strings.HasSuffix(line, "\u2026") || strings.HasSuffix(line, ":")
}

// byline reports a line naming the author: "By Jo Bloggs", "By JO BLOGGS,
// Technology reporter", "By Jo Bloggs in Lagos".
func byline(line string) bool {
	ws := strings.Fields(line)
	if len(ws) < 2 || len(ws) > 9 || !strings.EqualFold(ws[0], "by") {
		return false
	}
	caps := 0
	for _, w := range ws[1:min(3, len(ws))] {
		if startsUpper(w) {
			caps++
		}
	}
	return caps >= 1 && startsUpper(ws[1]) && !endsSentence(line)
}

// shareBar reports a line made only of share buttons.
func shareBar(lower string) bool {
	ws := strings.FieldsFunc(lower, func(r rune) bool {
		return unicode.IsSpace(r) || r == '|' || r == '/' || r == ',' || r == '\u00b7' || r == '\u2022'
	})
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if !shareWords[w] {
			return false
		}
	}
	return true
}

// TrimSpace narrows [s, e) of text to its non-blank bytes.
func TrimSpace(text string, s, e int) (int, int) {
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
