package relation

import (
	"slices"
	"strconv"
	"strings"

	"github.com/ergraph/ergraph/extract/lexicon"
	"github.com/ergraph/ergraph/extract/ner"
)

// learned are the types the classifier decides, with the entity types of
// their source and target. Class 2k+0 is type k from the first mention of
// a pair (in text order) to the second, class 2k+1 the other way round;
// "no relation" is implicit, with score 0.
var learned = [...]struct{ typ, src, dst string }{
	{WorksFor, Person, Organization},
	{Killed, Person, Person},
	{LocatedIn, Place, Place},
	{BasedIn, Organization, Place},
	{LivesIn, Person, Place},
}

const nClasses = 2 * len(learned)

// allowed lists the classes possible for mentions of types ta (first) and
// tb (second).
func allowed(ta, tb string, out []int) []int {
	out = out[:0]
	for k, l := range learned {
		if l.src == ta && l.dst == tb {
			out = append(out, 2*k)
		}
		if l.src == tb && l.dst == ta {
			out = append(out, 2*k+1)
		}
	}
	return out
}

// Trigger lexicons: general English words that signal a relation, to carry
// the model to sentences whose exact words it never saw.
var (
	killWords = lexicon.Set("killWords")
	workWords = lexicon.Set("workWords")
	homeWords = lexicon.Set("homeWords")
	baseWords = lexicon.Set("baseWords")
	beWords   = lexicon.Set("beWords")
)

// normWord folds case and digits so that numbers share features.
func normWord(s string) string {
	s = strings.ToLower(s)
	if strings.ContainsAny(s, "0123456789") {
		b := []byte(s)
		for i, c := range b {
			if c >= '0' && c <= '9' {
				b[i] = '0'
			}
		}
		return string(b)
	}
	return s
}

// featurizer builds the feature strings of a mention pair into a reused
// buffer and hands each to emit.
type featurizer struct {
	buf  []byte
	emit func([]byte)
	ws   []string // normalised words of the sentence
	cl   [][3]int // word classes of the sentence's words (ner.WordClasses)
}

func newFeaturizer(s *Sentence) *featurizer {
	f := &featurizer{ws: normWords(s), cl: make([][3]int, len(s.Tokens))}
	for i, t := range s.Tokens {
		f.cl[i] = ner.WordClasses(t.Text)
	}
	return f
}

// class is the word class of token i at level l (0: 64, 1: 256, 2: 1,024
// clusters); "x" outside the sentence.
func (f *featurizer) class(i, l int) string {
	if i < 0 || i >= len(f.cl) {
		return "x"
	}
	return strconv.Itoa(f.cl[i][l])
}

func (f *featurizer) add(parts ...string) {
	f.buf = f.buf[:0]
	for i, p := range parts {
		if i > 0 {
			f.buf = append(f.buf, '|')
		}
		f.buf = append(f.buf, p...)
	}
	f.emit(f.buf)
}

func (f *featurizer) word(i int) string {
	if i < 0 {
		return "<s>"
	}
	if i >= len(f.ws) {
		return "</s>"
	}
	return f.ws[i]
}

// headClass is the word class of mention m's last word at level l, "P"
// for a person, "" for a word the classes do not know.
func (f *featurizer) headClass(m Mention, l int) string {
	if m.Type == Person {
		return "P"
	}
	if f.cl[m.End-1][l] == 0 {
		return "" // unknown: in CoNLL04 a few odd names, no evidence about a new one
	}
	return f.class(m.End-1, l)
}

func gapBucket(n int) string {
	switch {
	case n <= 3:
		return strconv.Itoa(n)
	case n <= 5:
		return "4-5"
	case n <= 8:
		return "6-8"
	case n <= 12:
		return "9-12"
	}
	return "13+"
}

// pair emits the features of mentions a and b of s, a before b.
func (f *featurizer) pair(s *Sentence, a, b Mention) {
	toks := s.Tokens
	f.add("T", a.Type, b.Type)
	gap := b.Start - a.End
	f.add("D", gapBucket(gap))
	if gap <= 0 {
		f.add("ADJ")
	}
	var seq, tags []string
	commas, verbs, passive, be := 0, 0, false, false
	lastVerb := ""
	var cws []int // the classes of the words between, each once
	for i := a.End; i < b.Start; i++ {
		w := f.ws[i]
		f.add("W", w)
		// The coarse class carries a word seen in training to a rarer
		// word of like use ("headquartered", "based"); each class once,
		// so that a long stretch of "the", "of" and commas does not weigh
		// by its length.
		if c := f.cl[i][0]; c != 0 && !slices.Contains(cws, c) {
			cws = append(cws, c)
			f.add("CW", strconv.Itoa(c))
		}
		if gap <= 5 {
			seq = append(seq, w)
			tags = append(tags, toks[i].Tag)
		}
		if w == "," {
			commas++
		}
		if beWords[w] {
			be = true
		}
		tag := toks[i].Tag
		if strings.HasPrefix(tag, "VB") {
			verbs++
			lastVerb = w
			f.add("V", w)
			if tag == "VBN" && be {
				passive = true
				f.add("PASS", w)
			}
		}
		f.trigger("TR", w)
	}
	if gap > 0 {
		f.add("F", f.ws[a.End])
		f.add("L", f.ws[b.Start-1])
		f.add("FL", f.ws[a.End], f.ws[b.Start-1])
	}
	if seq != nil {
		f.add("S", strings.Join(seq, " "))
		f.add("TS", strings.Join(tags, " "))
	}
	f.add("C", strconv.Itoa(min(commas, 3)))
	if verbs == 0 {
		f.add("NOV")
		// The verb that governs both: after the second or before the first.
		for i := b.End; i < len(toks) && i < b.End+5; i++ {
			if strings.HasPrefix(toks[i].Tag, "VB") {
				f.add("VA", f.ws[i])
				break
			}
		}
		for i := a.Start - 1; i >= 0 && i >= a.Start-5; i-- {
			if strings.HasPrefix(toks[i].Tag, "VB") {
				f.add("VB4", f.ws[i])
				break
			}
		}
	} else {
		f.add("VL", lastVerb)
		if passive {
			f.add("PASSIVE")
		}
	}
	// An apposition after the first mention, read past: "Tama Rewiti ,
	// an unemployed labourer from Huntly , killed Harjit Sandhu" is
	// "Tama Rewiti killed Harjit Sandhu".
	if k := appositionEnd(toks, a.End, b.Start); k > 0 {
		if k < b.Start {
			f.add("AF", f.ws[k])
		}
		if b.Start-k <= 4 {
			f.add("AS", strings.Join(f.ws[k:b.Start], " "))
		}
	}
	if b.Start > 0 && f.ws[b.Start-1] == "by" && passive {
		f.add("BYAGENT")
	}
	f.add("A-1", f.word(a.Start-1))
	f.add("A-2", f.word(a.Start-2), f.word(a.Start-1))
	f.add("B+1", f.word(b.End))
	f.add("B+2", f.word(b.End), f.word(b.End+1))
	f.add("HA", f.ws[a.End-1])
	f.add("HB", f.ws[b.End-1])
	// The classes of the mentions' last words tell a city from a state or
	// a country, which orients LOCATED_IN, for names never seen in
	// training; the pair of them, which place holds which. Not of a
	// person's name: its class tells of the name's origin, which is no
	// evidence of what the person did. At 64 and 256 classes: at 1,024
	// they split names finely enough to learn CoNLL04's own (end-to-end
	// precision on train, cross-fitted, 0.755 with them, 0.772 without).
	for l := range 2 {
		ls := strconv.Itoa(l)
		ca, cb := f.headClass(a, l), f.headClass(b, l)
		if ca != "" {
			f.add("HCA"+ls, ca)
		}
		if cb != "" {
			f.add("HCB"+ls, cb)
		}
		if l == 1 && ca != "" && cb != "" {
			f.add("HCP", ca, cb)
		}
	}
	// The words just outside the pair, as a bag: "[Gov.] X signed a bill
	// in Y", "X of Y [native]".
	for i := max(0, a.Start-3); i < a.Start; i++ {
		f.add("BW", f.ws[i])
	}
	for i := b.End; i < len(toks) && i < b.End+3; i++ {
		f.add("AW", f.ws[i])
	}
	for i := max(0, a.Start-3); i < a.Start; i++ {
		f.trigger("TRW", f.ws[i])
	}
	for i := b.End; i < len(toks) && i < b.End+3; i++ {
		f.trigger("TRW", f.ws[i])
	}
	if gap > 0 && gap <= 8 {
		f.add("SH", f.shape(a.End, b.Start))
	}
	f.mentionWords("MA", a)
	f.mentionWords("MB", b)
	if overlap(f.ws, a, b) {
		f.add("OV")
	} else if stemOverlap(f.ws, a, b) {
		f.add("OVS") // "the Haitian Parliament" and "Haiti"
	}
	between := 0
	for _, m := range s.Mentions {
		if m.Start >= a.End && m.End <= b.Start {
			between++
			f.add("MT", m.Type)
		}
	}
	f.add("MB", strconv.Itoa(min(between, 2)))
}

func (f *featurizer) trigger(prefix, w string) {
	switch {
	case killWords[w]:
		f.add(prefix, "kill")
	case workWords[w]:
		f.add(prefix, "work")
	case homeWords[w]:
		f.add(prefix, "home")
	case baseWords[w]:
		f.add(prefix, "base")
	}
}

// shape reads tokens [i, j) as word classes, so that "'s chief executive
// ," and "'s finance director ," look alike: R a role noun, M a role
// modifier, D a determiner or possessive pronoun, and the function words
// and punctuation as themselves; any other word is w, a run of them w+.
func (f *featurizer) shape(i, j int) string {
	var parts []string
	for k := i; k < j; k++ {
		w := strings.TrimSuffix(f.ws[k], ".")
		c := "w"
		switch {
		case roleHeads[w] || workWords[w]:
			c = "R"
		case roleModifiers[w] || formerCues[w]:
			c = "M"
		case w == "the" || w == "a" || w == "an" || w == "its" || w == "his" || w == "her" || w == "their":
			c = "D"
		case w == "," || w == "'s" || w == "of" || w == "at" || w == "for" || w == "in" || w == "from" ||
			w == "by" || w == "and" || w == "(" || w == ")" || w == "-" || w == "who" || w == "was" || w == "is":
			c = w
		}
		if n := len(parts); n > 0 && (c == "w" || c == "R" || c == "M") && (parts[n-1] == c || parts[n-1] == c+"+") {
			parts[n-1] = c + "+"
			continue
		}
		parts = append(parts, c)
	}
	return strings.Join(parts, " ")
}

// mentionWords emits the words of m but its last (HA, HB) when m is an
// organisation or a place: "University of", "Department of", "Mount".
func (f *featurizer) mentionWords(prefix string, m Mention) {
	if m.Type == Person {
		return // a person's given name is no evidence of what they did
	}
	for i := m.Start; i < m.End-1; i++ {
		f.add(prefix, f.ws[i])
	}
}

// overlap reports whether a word of three letters or more is in both
// mentions: "the Texas Department of Agriculture" and "Texas".
func overlap(ws []string, a, b Mention) bool {
	for i := a.Start; i < a.End; i++ {
		if len(ws[i]) < 3 {
			continue
		}
		for j := b.Start; j < b.End; j++ {
			if ws[i] == ws[j] {
				return true
			}
		}
	}
	return false
}

// stemOverlap reports whether a word of one mention and a word of the
// other share their first four letters, as a country's name and its
// adjective do ("Haiti", "Haitian"; "Bulgaria", "Bulgarian").
func stemOverlap(ws []string, a, b Mention) bool {
	for i := a.Start; i < a.End; i++ {
		if len(ws[i]) < 4 {
			continue
		}
		for j := b.Start; j < b.End; j++ {
			if len(ws[j]) >= 4 && ws[i][:4] == ws[j][:4] {
				return true
			}
		}
	}
	return false
}

// appositionEnd returns where an apposition that opens tokens [i, j)
// ends: i is a comma, the phrase after it has no verb and ends at a
// second comma before j; the result is the token after that comma, or
// -1.
func appositionEnd(toks []Token, i, j int) int {
	if i >= j || toks[i].Text != "," {
		return -1
	}
	for k := i + 1; k < j; k++ {
		if toks[k].Text == "," {
			if k == i+1 {
				return -1
			}
			return k + 1
		}
		if strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD" {
			return -1
		}
	}
	return -1
}
