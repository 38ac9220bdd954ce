package text

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ergraph/ergraph/extract/lexicon"
	"github.com/ergraph/ergraph/extract/ner"
)

// Sentence is a run of tokens of one source (the text, or a title that is
// not part of the text).
type Sentence struct {
	Tokens   []Token
	Src      string
	Title    bool // src is Input.Title, not Input.Text
	Dateline bool // a wire dateline: "NAIROBI, Kenya (AP)"
}

// Text is the sentence as written in the source.
func (s *Sentence) Text() string {
	if len(s.Tokens) == 0 {
		return ""
	}
	return s.Src[s.Tokens[0].Start:s.Tokens[len(s.Tokens)-1].End]
}

// titleAbbrevs are abbreviations that stand before a name, after which a
// capitalised word never starts a new sentence.
var titleAbbrevs = lexicon.Set("titleAbbrevs")

// monthAbbrevs keep their period before a day: "Jan. 5".
var monthAbbrevs = lexicon.Set("monthAbbrevs")

// sentenceStarters are words that, capitalised after an abbreviation with
// a period ("in the U.S. The ..."), show that a new sentence began.
var sentenceStarters = lexicon.Set("sentenceStarters")

// Split tokenises every segment of src and splits it into
// sentences. A segment boundary (a line break) always ends a sentence.
// The sentences of a segment share its token array, so a document's
// tokens are held once.
func Split(src string, segs []Segment, title bool) []Sentence {
	var out []Sentence
	for _, sg := range segs {
		// A token takes about five bytes of news text: sized so, the
		// array of a long segment is not copied as it grows.
		buf := Tokenize(src, sg.Start, sg.End, make([]Token, 0, (sg.End-sg.Start)/4+1))
		start := 0
		// "(Text) Sofia, February 15 (BTA) --": a monitoring service's tag
		// in brackets before the dateline belongs to neither.
		tag := 0
		if len(buf) > 3 && buf[0].Text == "(" && buf[2].Text == ")" && IsCapWord(buf[1].Text) {
			tag = 3
		}
		if d := datelineEnd(buf[tag:]); d > 0 {
			// "KATHMANDU, Nepal (AP) — Rescuers ...": the dateline is a
			// sentence of its own, so the next word starts a sentence.
			d += tag
			out = append(out, Sentence{Tokens: buf[tag:d:d], Src: src, Title: title, Dateline: true})
			start = min(d+1, len(buf))
		}
		// From the dateline's end on: an abbreviation inside it ("EAST
		// LANSING, Mich. (AP)") ends no sentence.
		for i := start; i < len(buf); i++ {
			next := boundaryAfter(buf, i)
			if next < 0 {
				continue
			}
			end := next
			if isSeparatorTok(buf[i].Text) {
				end = i // the separator belongs to no sentence
			}
			out = appendBounded(out, buf[start:end], src, title)
			start = next
			i = next - 1
		}
		out = appendBounded(out, buf[start:], src, title)
	}
	return out
}

// MaxSentenceTokens bounds a sentence. A longer run of tokens (text without
// sentence ends, such as a scraped page) is split into pieces of at most
// half the bound, each cut after the last clause mark (comma, semicolon,
// colon, dash) in its second half, else at its end, so that the entity
// pairs of a sentence, and with them memory and output, grow linearly with
// the text. Sentences of news articles are shorter: the longest of the
// seed and held-out articles has 65 tokens.
const MaxSentenceTokens = 80

// appendBounded appends toks as one sentence, or as several if it is
// longer than MaxSentenceTokens.
func appendBounded(out []Sentence, toks []Token, src string, title bool) []Sentence {
	long := len(toks) > MaxSentenceTokens
	for len(toks) > 0 {
		n := len(toks)
		if long && n > maxPieceTokens {
			n = pieceCut(toks)
		}
		out = append(out, Sentence{Tokens: toks[:n:n], Src: src, Title: title})
		toks = toks[n:]
	}
	return out
}

// maxPieceTokens bounds the pieces of a run longer than MaxSentenceTokens:
// such a run is no sentence, and its pieces pair fewer entities.
const maxPieceTokens = MaxSentenceTokens / 2

// pieceCut returns where to cut a run longer than maxPieceTokens: after
// the last clause mark in its second half, else at the bound, moved back
// out of a run of capitalised words so that a name stays whole when it can.
func pieceCut(toks []Token) int {
	for i := maxPieceTokens - 1; i >= maxPieceTokens/2; i-- {
		switch t := toks[i].Text; {
		case t == "," || t == ";" || t == ":" || isDash(t):
			return i + 1
		}
	}
	for i := maxPieceTokens; i > maxPieceTokens-8; i-- {
		if !IsCapWord(toks[i].Text) || !IsCapWord(toks[i-1].Text) {
			return i
		}
	}
	return maxPieceTokens
}

func isSeparatorTok(t string) bool { return t == "|" || t == "\u2022" || t == "\u00b7" }

// boundaryAfter reports whether a sentence ends with token i, and if so the
// index of the first token of the next sentence (closing quotes and
// brackets stay with the sentence they close). It returns -1 otherwise.
func boundaryAfter(toks []Token, i int) int {
	t := toks[i].Text
	if isSeparatorTok(t) {
		// Bars and bullets separate bylines and lists.
		return i + 1
	}
	end := t == "." || t == "!" || t == "?" || t == "..." || t == "\u2026" || t == "?!" || t == "!!"
	abbrev := false
	if !end && len(t) > 1 && t[len(t)-1] == '.' && isAbbrev(t) {
		abbrev = true
	}
	if !end && !abbrev {
		return -1
	}
	j := i + 1
	for j < len(toks) {
		switch toks[j].Text {
		case `"`, "'", ")", "]", "}":
			j++
			continue
		}
		break
	}
	if j >= len(toks) {
		return -1 // the segment ends anyway
	}
	next := toks[j].Text
	r, _ := utf8.DecodeRuneInString(next)
	opens := next == `"` || next == "'" || next == "(" || next == "["
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || opens) {
		return -1
	}
	if abbrev && len(t) > 2 && !titleAbbrevs[strings.ToLower(t)] && !monthAbbrevs[strings.ToLower(t)] {
		abbrev = false // "Sea." of "the North Sea. Baltic Wind ...": a short word, then the end
	}
	if abbrev {
		lt := strings.ToLower(t)
		if titleAbbrevs[lt] && !sentenceStarters[strings.ToLower(next)] {
			return -1
		}
		if len(t) == 2 { // an initial: "J. K. Rowling"
			return -1
		}
		if !sentenceStarters[strings.ToLower(next)] {
			return -1
		}
		// The abbreviation's period also ends the sentence.
	}
	return j
}

// isDash reports dash tokens.
func isDash(t string) bool {
	return t == "-" || t == "--" || t == "\u2013" || t == "\u2014" || t == "\u2015"
}

// datelineEnd finds a wire-style dateline at the start of a paragraph,
// "NAIROBI, Kenya (AP) —" or "JAKARTA (Reuters) -": a place in capitals,
// optionally a region and a news agency in brackets, then a dash or the
// end of the line (with a known place when there is no agency); or a
// place in small letters with a date and an agency (datedDateline). It
// returns the index of the dash (the line's length when the dateline is
// all of it), or -1.
func datelineEnd(toks []Token) int {
	i := 0
	for i < len(toks) && i < 4 && IsAllCaps(toks[i].Text) && HasLetter(toks[i].Text) {
		i++
	}
	if i == 0 {
		return datedDateline(toks)
	}
	if i >= len(toks) {
		return -1
	}
	place := i
	if toks[i].Text != "," && toks[i].Text != "(" && !KnownPlace(toks[:place]) {
		return -1 // "SOCCER - SHEARER NAMED AS CAPTAIN": a headline's topic, not a place
	}
	// ", California", ", May 3", ", Nigeria, March 4": the place's state
	// or country, then perhaps a date.
	region := -1
	for r := 0; r < 2 && i < len(toks) && toks[i].Text == ","; r++ {
		i++
		if r == 0 {
			region = i
		}
		n := 0
		for i < len(toks) && n < 3 && (IsCapWord(toks[i].Text) || n > 0 && toks[i].Text == ".") {
			i++
			n++
		}
		if n == 0 {
			return -1
		}
		if i < len(toks) && dayNumber(toks[i].Text) {
			i++
		}
	}
	if i < len(toks) && toks[i].Text == "(" {
		return agencyDash(toks, i)
	}
	if i+1 < len(toks) && isDash(toks[i].Text) {
		return i
	}
	if i == len(toks) && region > 0 && (KnownPlace(toks[:place]) || KnownPlace(toks[region:i])) {
		// A line of its own: "ROYAL OAK, Mich." over the story.
		return i
	}
	return -1
}

// dayNumber reports a day of the month written in figures.
func dayNumber(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1 && n <= 31 && len(w) <= 2
}

// datedDateline finds a dateline whose city is written in capitals and
// small letters, which needs a date and an agency to be one: "Tokyo March
// 5 (Kyodo) --", "Sofia, February 15 (BTA) --", "Ulaanbaatar, 29 Apr
// (XINHUA) --", "Saint-Gall, Switzerland, Feb 2 (AFP) --".
func datedDateline(toks []Token) int {
	date := func(k int) bool { // "Feb 2", "29 Apr"
		return DateAt(toks, k) || k+1 < len(toks) && dayNumber(toks[k].Text) && IsCapWord(toks[k+1].Text) &&
			timeWords[strings.ToLower(TrimDot(toks[k+1].Text))]
	}
	i := 0
	for i < len(toks) && i < 3 && IsCapWord(toks[i].Text) && !date(i) {
		i++
	}
	k := i
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if i > 0 && !date(k) {
		// The region, then the date.
		n := 0
		for k+n < len(toks) && n < 3 && IsCapWord(toks[k+n].Text) && !date(k+n) {
			n++
		}
		if n > 0 && k+n < len(toks) && toks[k+n].Text == "," {
			k += n + 1
		}
	}
	if i == 0 || !date(k) {
		return -1
	}
	k += 2
	for k < len(toks) && (StartsWithDigit(toks[k].Text) || toks[k].Text == ",") {
		k++
	}
	if k >= len(toks) || toks[k].Text != "(" {
		return -1
	}
	return agencyDash(toks, k)
}

// StartsWithDigit reports a word that opens with a figure ("3", "1950s").
func StartsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// agencyDash returns where the dash after "(Agency)" at token i is, or -1.
func agencyDash(toks []Token, i int) int {
	k := i + 1
	for k < len(toks) && k < i+5 && toks[k].Text != ")" {
		if !IsCapWord(toks[k].Text) {
			return -1
		}
		k++
	}
	if k >= len(toks) || toks[k].Text != ")" {
		return -1
	}
	if k+2 < len(toks) && isDash(toks[k+1].Text) {
		return k + 1
	}
	if k+1 == len(toks) {
		return k + 1 // a line of its own: "HIGH ISLAND, Texas (AP)"
	}
	return -1
}

// KnownPlace reports whether the words of toks are a place of the
// gazetteer.
func KnownPlace(toks []Token) bool {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	return ner.KnownPlace(strings.Join(words, " "))
}
