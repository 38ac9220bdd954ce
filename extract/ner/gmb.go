package ner

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// The Groningen Meaning Bank NER corpus ("Annotated Corpus for Named Entity
// Recognition"): a CSV file in Windows-1252 with CRLF line ends, columns
// "Sentence #,Word,POS,Tag", "Sentence: N" on the first token of each
// sentence, and IOB2 tags over per, org, geo, gpe, tim, eve, art and nat.

// gmbTypeMap maps GMB's entity classes to ergraph's; the others become O.
var gmbTypeMap = map[string]Type{
	"per": Person,
	"org": Organization,
	"geo": Place,
	"gpe": Misc, // nationalities and other adjectives, as CoNLL's MISC
	"eve": Misc,
	"art": Misc,
	"nat": Misc,
}

// gmbDocSentences is the length of the pseudo-documents GMB's sentences are
// grouped in: the corpus keeps its articles' sentences in order but has no
// document boundaries.
const gmbDocSentences = 25

// ReadGMB reads the GMB CSV (cp1252Runes, CRLF) into sentences, mapping
// per->Person, org->Organization, geo->Place, gpe, eve, art and nat->Misc,
// and tim to O. Tokens keep GMB's part-of-speech tags.
func ReadGMB(r io.Reader) ([]Sentence, error) {
	cr := csv.NewReader(&cp1252Reader{r: bufio.NewReaderSize(r, 1<<16)})
	cr.FieldsPerRecord = 4
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("gmb: %w", err)
	}
	if !strings.HasPrefix(header[0], "Sentence") || header[1] != "Word" {
		return nil, fmt.Errorf("gmb: unexpected header %q", strings.Join(header, ","))
	}
	var out []Sentence
	var cur *Sentence
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("gmb: %w", err)
		}
		if rec[0] != "" {
			out = append(out, Sentence{})
			cur = &out[len(out)-1]
		}
		if cur == nil {
			line, _ := cr.FieldPos(0)
			return nil, fmt.Errorf("gmb: line %d: token before the first sentence", line)
		}
		label := "O"
		if k, class, ok := strings.Cut(rec[3], "-"); ok && (k == "B" || k == "I") {
			if t, ok := gmbTypeMap[class]; ok {
				label = k + "-" + string(t)
			}
		} else if rec[3] != "O" {
			line, _ := cr.FieldPos(3)
			return nil, fmt.Errorf("gmb: line %d: bad tag %q", line, rec[3])
		}
		cur.Tokens = append(cur.Tokens, Token{Text: rec[1], Tag: rec[2]})
		cur.Labels = append(cur.Labels, label)
	}
	for i := range out {
		repairBIO(out[i].Labels)
		out[i].Doc = i / gmbDocSentences
	}
	return out, nil
}

// repairBIO turns an I- label that does not continue a span of its type
// into a B- label (dropping a class, such as gpe, can orphan one).
func repairBIO(labels []string) {
	prev := "O"
	for i, l := range labels {
		if t, ok := strings.CutPrefix(l, "I-"); ok && prev[min(2, len(prev)):] != t {
			labels[i] = "B-" + t
		}
		prev = labels[i]
	}
}

// SplitGMB splits GMB sentences into training and held-out parts: every
// tenth block of 100 sentences (sentences 900-999, 1900-1999, ...) is held
// out. The split is fixed so that numbers stay comparable.
func SplitGMB(data []Sentence) (train, heldOut []Sentence) {
	for i, s := range data {
		if i/100%10 == 9 {
			heldOut = append(heldOut, s)
		} else {
			train = append(train, s)
		}
	}
	return train, heldOut
}

// cp1252Runes maps the bytes 0x80-0x9F of Windows-1252 to runes; the others are
// Latin-1. The five undefined bytes map to U+FFFD.
var cp1252Runes = [32]rune{
	'€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
	'\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
}

// cp1252Reader decodes Windows-1252 into UTF-8.
type cp1252Reader struct {
	r       *bufio.Reader
	pending []byte
}

func (c *cp1252Reader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(c.pending) > 0 {
			k := copy(p[n:], c.pending)
			c.pending = c.pending[k:]
			n += k
			continue
		}
		b, err := c.r.ReadByte()
		if err != nil {
			if n > 0 && errors.Is(err, io.EOF) {
				return n, nil
			}
			return n, err
		}
		if b < 0x80 {
			p[n] = b
			n++
			continue
		}
		r := rune(b)
		if b < 0xA0 {
			r = cp1252Runes[b-0x80]
		}
		var enc [utf8.UTFMax]byte
		k := utf8.EncodeRune(enc[:], r)
		c.pending = append(c.pending[:0], enc[:k]...)
	}
	return n, nil
}

// Titles that GMB puts inside person spans ("President Bush", "Prime
// Minister Tony Blair", "Mr. Annan") and that ergraph keeps out of names:
// the pipeline reports them as roles.
var gmbTitleWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
		mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady madam
		president vice prime minister premier chancellor secretary secretary-general
		general gen gen. lieutenant lt lt. colonel col col. major maj maj. captain capt capt.
		sergeant sgt sgt. admiral adm adm. commander marshal brigadier corporal cpl private pvt
		king queen prince princess emperor empress crown sheikh sultan emir ayatollah
		pope cardinal archbishop bishop reverend rev rev. father pastor imam rabbi cleric
		senator sen sen. representative rep rep. congressman congresswoman governor gov gov.
		mayor ambassador envoy judge justice chief deputy acting former interim
		foreign defense defence home interior finance treasury state health justice trade
		energy education labor labour agriculture economy culture transport
		chairman chairwoman chair director spokesman spokeswoman leader speaker
		commissioner inspector superintendent detective constable officer
		professor prof prof. doctor chief-executive executive first`) {
		gmbTitleWords[w] = true
	}
}

// gmbIsTitle reports whether word is a title word.
func gmbIsTitle(word string) bool { return gmbTitleWords[strings.ToLower(word)] }

// StripTitles rewrites GMB-style person spans to ergraph's convention: a
// Person span holds the name only. Leading title words ("President",
// "Prime Minister", "Mr.") leave the span, and where GMB labelled only the
// title, or gave the name after a title another type ("Mr./per
// Maliki/geo"), the capitalised words after the title become the Person
// span. It changes labels in place and returns data.
func StripTitles(data []Sentence) []Sentence {
	for si := range data {
		s := &data[si]
		for i := 0; i < len(s.Labels); i++ {
			if s.Labels[i] != "B-Person" {
				continue
			}
			end := i + 1
			for end < len(s.Labels) && s.Labels[end] == "I-Person" {
				end++
			}
			// Title words at the start of the span.
			j := i
			for j < end && gmbIsTitle(s.Tokens[j].Text) {
				j++
			}
			if j == i {
				i = end - 1
				continue
			}
			for k := i; k < j; k++ {
				s.Labels[k] = "O"
			}
			if j < end {
				s.Labels[j] = "B-Person"
				i = end - 1
				continue
			}
			// Only a title was labelled: take the capitalised proper nouns
			// that follow, whatever GMB labelled them, as the name.
			k := end
			for k < len(s.Tokens) && gmbIsTitle(s.Tokens[k].Text) && s.Labels[k] == "O" {
				k++
			}
			n := k
			for n < len(s.Tokens) && isCap(s.Tokens[n].Text) && s.Tokens[n].Tag == "NNP" && !gmbIsTitle(s.Tokens[n].Text) {
				n++
			}
			if n > k {
				for x := k; x < n; x++ {
					s.Labels[x] = "I-Person"
				}
				s.Labels[k] = "B-Person"
				// A span that continued past the name is cut.
				if n < len(s.Labels) && strings.HasPrefix(s.Labels[n], "I-") {
					s.Labels[n] = "B-" + s.Labels[n][2:]
				}
			}
			i = max(n, end) - 1
		}
	}
	return data
}

// CleanGMB applies ergraph's labelling conventions to GMB sentences, in
// place, and returns data:
//
//   - StripTitles: person spans hold names without titles;
//   - one type per name: a one-word Organization or Place span whose word
//     GMB labels as a one-word span of the other type at least twice as
//     often takes that type ("Tehran" is a Place; "U.N." is an
//     Organization), and the countries GMB abbreviates, "US", "U.S.", "UK"
//     and "U.K.", are always Places (GMB writes "the UK" and "the US" as
//     Organizations, "the U.S." mostly as a Place).
func CleanGMB(data []Sentence) []Sentence {
	StripTitles(data)
	type key struct {
		word string
		t    Type
	}
	counts := map[key]int{}
	single := func(s *Sentence, i int) (Type, bool) {
		k, t, err := parseBIO(s.Labels[i])
		if err != nil || k != 'B' || (t != Organization && t != Place) {
			return "", false
		}
		if i+1 < len(s.Labels) && s.Labels[i+1] == "I-"+string(t) {
			return "", false
		}
		return t, true
	}
	for si := range data {
		s := &data[si]
		for i := range s.Labels {
			if t, ok := single(s, i); ok {
				counts[key{s.Tokens[i].Text, t}]++
			}
		}
	}
	other := map[Type]Type{Organization: Place, Place: Organization}
	for si := range data {
		s := &data[si]
		for i := range s.Labels {
			if t, ok := single(s, i); ok {
				w := s.Tokens[i].Text
				if t == Organization && gmbCountryAbbrevs[w] {
					s.Labels[i] = "B-" + string(Place)
				} else if o := other[t]; counts[key{w, o}] >= 2*counts[key{w, t}] {
					s.Labels[i] = "B-" + string(o)
				}
			}
		}
	}
	return data
}

var gmbCountryAbbrevs = map[string]bool{"US": true, "U.S.": true, "UK": true, "U.K.": true}

// undotted maps dotted abbreviations of American usage to the undotted
// British style.
var undotted = map[string]string{
	"U.S.": "US", "U.N.": "UN", "U.K.": "UK", "E.U.": "EU",
	"Mr.": "Mr", "Mrs.": "Mrs", "Ms.": "Ms", "Dr.": "Dr", "St.": "St",
}

// AugmentGMB adapts GMB's American newswire spelling to what British and
// international news also write. In about half of the sentences that use
// them (chosen by seed), dotted abbreviations lose their dots ("U.S." ->
// "US", "Mr." -> "Mr"), and "Britain" standing alone as a Place becomes
// "UK" (which GMB itself mostly labels an Organization). Labels and tags
// stay. It returns a new slice; data is not changed.
func AugmentGMB(data []Sentence, seed uint64) []Sentence {
	out := make([]Sentence, len(data))
	h := seed*0x9e3779b97f4a7c15 + 1
	britain := func(s Sentence, j int) bool {
		return s.Tokens[j].Text == "Britain" && s.Labels[j] == "B-Place" &&
			(j+1 == len(s.Labels) || s.Labels[j+1] != "I-Place")
	}
	for i, s := range data {
		out[i] = s
		has := false
		for j, t := range s.Tokens {
			if _, ok := undotted[t.Text]; ok || britain(s, j) {
				has = true
				break
			}
		}
		if !has {
			continue
		}
		h = mix(h, uint64(i))
		if h&1 == 0 {
			continue
		}
		toks := make([]Token, len(s.Tokens))
		for j, t := range s.Tokens {
			if u, ok := undotted[t.Text]; ok {
				t.Text = u
			} else if britain(s, j) {
				t.Text = "UK"
			}
			toks[j] = t
		}
		out[i].Tokens = toks
	}
	return out
}
