package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/ergraph/ergraph/extract/name"
)

// Token is one token of a source string (the article text or its title).
// start and end are byte offsets into that source; text is the token with
// curly quotes straightened, as the taggers expect it.
type Token struct {
	Start, End int // byte offsets in the source
	Text       string
	Tag        string // part-of-speech tag, set by the caller
}

// quoteFolder straightens typographic quotes.
var quoteFolder = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "\u201e", `"`, "\u00ab", `"`, "\u00bb", `"`)

// FoldQuotes straightens typographic quotes and apostrophes.
func FoldQuotes(s string) string {
	if strings.IndexByte(s, 0xE2) < 0 && strings.IndexByte(s, 0xC2) < 0 {
		return s
	}
	return quoteFolder.Replace(s)
}

func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '"', '\'', '$', '\u201c', '\u2018', '\u201e', '\u00ab', '£', '€':
		return true
	}
	return false
}

func isClosePunct(r rune) bool {
	switch r {
	case ',', ')', ']', '}', '"', '!', ';', '.', '?', ':', '\'', '\u201d', '\u2019', '\u00bb', '\u2026':
		return true
	}
	return false
}

// isSeparator reports runes that are tokens of their own wherever they are.
func isSeparator(r rune) bool {
	switch r {
	case '\u2013', '\u2014', '\u2015', '|', '\u2026', '\u2022', '\u00b7':
		return true
	}
	return false
}

// isAbbrev reports tokens that keep their final period: "U.S.", "Mr.",
// "Jan.", "J." (the rule of prose's tokenizer, extended to initials).
func isAbbrev(s string) bool {
	n := len(s)
	if n < 2 || s[n-1] != '.' {
		return false
	}
	// (letter .){2,}
	if n >= 4 && n%2 == 0 {
		ok := true
		for i := 0; i < n; i += 2 {
			if !isASCIILetter(s[i]) || s[i+1] != '.' {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	// Capital + 0..2 lower + "."
	if n <= 4 && s[0] >= 'A' && s[0] <= 'Z' {
		for i := 1; i < n-1; i++ {
			if s[i] < 'a' || s[i] > 'z' {
				return false
			}
		}
		return true
	}
	return false
}

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// contractions split off the end of a word, as prose does.
var contractions = []string{"'s", "\u2019s", "'S", "\u2019S", "n't", "n\u2019t", "'ll", "\u2019ll", "'re", "\u2019re", "'ve", "\u2019ve", "'m", "\u2019m", "'d", "\u2019d"}

// Tokenize appends the tokens of src[lo:hi] to out. Tokens never cross a
// whitespace run; punctuation, possessive endings and dashes are split off.
func Tokenize(src string, lo, hi int, out []Token) []Token {
	i := lo
	for i < hi {
		r, n := utf8.DecodeRuneInString(src[i:hi])
		if boundary(r) {
			i += n
			continue
		}
		j := i
		for j < hi {
			r, n := utf8.DecodeRuneInString(src[j:hi])
			if boundary(r) {
				break
			}
			j += n
		}
		out = splitChunk(src, i, j, out)
		i = j
	}
	return out
}

// boundary reports runes between tokens: white space, the controls,
// bidirectional overrides and zero-width characters that must never reach
// a name (a terminal escape after "John Smith" ends the name), and U+FFFD,
// which stands for bytes that were not UTF-8 ("Warsaw.\xff\xfeShe").
func boundary(r rune) bool { return unicode.IsSpace(r) || name.Invisible(r) || r == utf8.RuneError }

func emit(src string, a, b int, out []Token) []Token {
	if a >= b {
		return out
	}
	text := src[a:b]
	if !norm.NFC.IsNormalString(text) {
		text = norm.NFC.String(text) // decomposed accents: "Krako\u0301w" reads as "Kraków"
	}
	return append(out, Token{Start: a, End: b, Text: FoldQuotes(text)})
}

// splitChunk splits one whitespace-free chunk src[a:b].
func splitChunk(src string, a, b int, out []Token) []Token {
	// Separators (dashes, bars) split the chunk first.
	for k := a; k < b; {
		r, n := utf8.DecodeRuneInString(src[k:b])
		if isSeparator(r) || (r == '-' && k+1 < b && src[k+1] == '-') {
			m := n
			if r == '-' {
				m = 2
				for k+m < b && src[k+m] == '-' {
					m++
				}
			}
			out = splitChunk(src, a, k, out)
			out = emit(src, k, k+m, out)
			return splitChunk(src, k+m, b, out)
		}
		k += n
	}
	// Leading punctuation.
	for a < b {
		r, n := utf8.DecodeRuneInString(src[a:b])
		if b-a > n && isOpenPunct(r) {
			out = emit(src, a, a+n, out)
			a += n
			continue
		}
		break
	}
	// Trailing punctuation.
	var tail [8]int // ends of peeled tokens, innermost last
	nt := 0
	end := b
	for end > a && nt < len(tail) {
		if isAbbrev(src[a:end]) {
			break
		}
		r, n := utf8.DecodeLastRuneInString(src[a:end])
		if end-a > n && isClosePunct(r) {
			tail[nt] = end
			nt++
			end -= n
			continue
		}
		break
	}
	// Possessive and other contractions.
	cut := end
	for _, c := range contractions {
		if end-a > len(c) && strings.HasSuffix(src[a:end], c) {
			cut = end - len(c)
			break
		}
	}
	// Compounds like "Facebook-owned": split the capitalised head from a
	// known participle so the head can be an entity of its own.
	word := src[a:cut]
	if h := strings.LastIndexByte(word, '-'); h > 0 && h < len(word)-1 {
		if compoundSuffixes[strings.ToLower(word[h+1:])] && startsUpper(word) {
			out = emit(src, a, a+h, out)
			out = emit(src, a+h, cut, out)
		} else {
			out = emit(src, a, cut, out)
		}
	} else {
		out = emit(src, a, cut, out)
	}
	out = emit(src, cut, end, out)
	for k := nt - 1; k >= 0; k-- {
		s := end
		if k < nt-1 {
			s = tail[k+1]
		}
		out = emit(src, s, tail[k], out)
	}
	return out
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
