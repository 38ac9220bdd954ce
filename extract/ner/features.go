package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	wordlists "github.com/ergraph/ergraph/extract/lexicon"
)

// Features of the entity tagger. Every feature is a 64-bit hash of a
// template number and one or more token attributes (lower-cased word,
// shape, part of speech, affixes); the model maps the hashes it kept to
// weight rows. Nothing here allocates per token: a sentence's attributes
// are computed once into a reusable buffer.

// Static feature templates: they depend on the words and tags only.
const (
	nfBias = iota + 1
	nfWord
	nfShape
	nfPOS
	nfPre1
	nfPre2
	nfPre3
	nfPre4
	nfSuf1
	nfSuf2
	nfSuf3
	nfSuf4
	nfWordM1
	nfWordM2
	nfWordP1
	nfWordP2
	nfShapeM1
	nfShapeP1
	nfShapeM2
	nfShapeP2
	nfPOSM1
	nfPOSP1
	nfPOSM2
	nfPOSP2
	nfWordM1Word
	nfWordWordP1
	nfShapeM1Shape
	nfShapeShapeP1
	nfPOSM1POS
	nfPOSPOSP1
	nfInitialShape
	nfWordM1Shape
	nfShapeWordP1
	nfShapePOS
	nfLength
	nfLowerKnown
	nfCluster64
	nfCluster256
	nfCluster1024
	nfClusterShape
	nfClusterM1
	nfClusterP1
	nfClusterM1Cluster
	nfGazetteer
	nfGazetteerAround
	nfModeShape
	nfModePOS
	nfAggregate
	nfClusterM2
	nfClusterP2
	nfCluster1024M1
	nfCluster1024P1
	nfClusterAround
	nfDocCase
	nfRunLast
	nfRunFirst
	nfRunLastCluster
	nfRunLength
)

// Dynamic feature templates: they depend on the labels predicted for the
// previous tokens.
const (
	nfPrev = iota + 64
	nfPrev2Prev
	nfPrevWord
	nfPrevShape
	nfPrevPOS
	nfHistory
	nfHistoryPrev
)

// numStatic is an upper bound on the static features of one token (71:
// 36 in staticFeatures, 35 in lexiconFeatures with every gazetteer class
// and maxAggregate).
const numStatic = 72

// numDynamic is the number of dynamic features of one token.
const numDynamic = 7

// tokenAttrs holds the hashed attributes of one token.
type tokenAttrs struct {
	word, shape, pos uint64
	pre, suf         [4]uint64
	length           uint64
	initial          bool
	lowerKnown       uint64 // 0: not capitalised; 1: capitalised, lower form seen lower-case; 2: unseen
	cluster          [3]uint16
	gaz              uint64 // gazetteer marks, a byte per class
	mode             uint64 // the sentence's casing
	// runFirst and runLast bound the run of capitalised words that holds
	// the token (markRuns); -1 outside one.
	runFirst, runLast int32
}

// Sentinel attributes for positions outside the sentence.
var (
	startHash = hashString("<s>")
	endHash   = hashString("</s>")
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString is FNV-1a over the bytes of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix combines a hash with another value (a splitmix64 finaliser).
func mix(h, v uint64) uint64 {
	x := h ^ (v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2))
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	if x == 0 {
		x = 1
	}
	return x
}

// feat1 and feat2 make a feature hash from a template and attributes.
func feat1(t int, a uint64) uint64 { return mix(uint64(t)*0x51_7cc1_b727_220a_95, a) }
func feat2(t int, a, b uint64) uint64 {
	return mix(mix(uint64(t)*0x51_7cc1_b727_220a_95, a), b)
}

// normWord writes the normalised form of word into buf: lower case, every
// digit turned into '0', typographic quotes straightened. It returns buf.
func normWord(buf []byte, word string) []byte {
	buf = buf[:0]
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '0' <= c && c <= '9':
				c = '0'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(word[i:])
		i += n
		switch {
		case unicode.IsDigit(r):
			buf = append(buf, '0')
		case r == '\u2019' || r == '\u2018':
			buf = append(buf, '\'')
		case r == '\u201c' || r == '\u201d' || r == '\u201e' || r == '\u00ab' || r == '\u00bb':
			buf = append(buf, '"')
		default:
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf
}

// shapeOf writes the shape of word into buf: upper-case letters become
// 'X', lower-case ones 'x', digits 'd', and other characters stay, with
// every run of one class collapsed to one character ("WhatsApp" -> "XxXx",
// "U.S." -> "X.X.", "2017" -> "d"). Long shapes are cut at 8 characters.
func shapeOf(buf []byte, word string) []byte {
	buf = buf[:0]
	var last byte
	for _, r := range word {
		var c byte
		switch {
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z':
			c = 'x'
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			c = 'X'
		case r < utf8.RuneSelf && '0' <= r && r <= '9':
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r) && !unicode.IsLower(r):
			c = 'o' // a script without case: no signal either way
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r == '\u2019' || r == '\u2018':
			c = '\''
		case r == '\u201c' || r == '\u201d' || r == '\u201e' || r == '\u00ab' || r == '\u00bb':
			c = '"'
		default:
			c = '*'
		}
		if c == last {
			continue
		}
		last = c
		buf = append(buf, c)
		if len(buf) == 8 {
			break
		}
	}
	return buf
}

// hashBytes is hashString for a byte slice.
func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// isCap reports whether word starts with an upper-case letter.
func isCap(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r)
}

// buffer holds the per-sentence scratch space of the tagger.
type buffer struct {
	attrs  []tokenAttrs
	static []uint64 // numStatic per token
	nstat  []int    // number of static features per token
	gaz    []uint64
	cover  []uint8
	norm   []byte
	shape  []byte
	labels []int
	probs  []float64
	edges  []uint64   // per token, the labels span edges allow (Model.markEdges)
	allow  []bool     // scratch for Model.allowed
	ctx    docContext // of the document being tagged; zero for none
}

// lowerSet answers whether a normalised word was seen written in lower case
// in the training data; nil means no such knowledge.
type lowerSet interface {
	hasLower(h uint64) bool
}

// Sentence casing modes: headlines and lines in capitals carry no case
// signal, so the shape features are read together with the mode.
const (
	modeNormal = iota + 1
	modeCaps
	modeTitle
)

// casing classifies a sentence as all capitals (two or more words with
// letters, all upper case), title case (three or more, every word longer
// than three letters capitalised) or normal.
func casing(sent []Token) uint64 {
	words, upper, long, longCap := 0, 0, 0, 0
	for _, t := range sent {
		if !hasLetter(t.Text) {
			continue
		}
		words++
		if strings.ToUpper(t.Text) == t.Text {
			upper++
		}
		if utf8.RuneCountInString(t.Text) > 3 {
			long++
			if isCap(t.Text) {
				longCap++
			}
		}
	}
	switch {
	case words >= 2 && upper == words:
		return modeCaps
	case words >= 3 && long >= 2 && longCap == long:
		return modeTitle
	}
	return modeNormal
}

// prepare computes the attributes and static features of sent.
func (fb *buffer) prepare(sent []Token, known lowerSet, lex *lexicon) {
	n := len(sent)
	if cap(fb.attrs) < n {
		fb.attrs = make([]tokenAttrs, n)
		fb.static = make([]uint64, n*numStatic)
		fb.nstat = make([]int, n)
		fb.gaz = make([]uint64, n)
		fb.cover = make([]uint8, n*gazClasses)
	}
	fb.attrs = fb.attrs[:n]
	fb.static = fb.static[:n*numStatic]
	fb.nstat = fb.nstat[:n]
	fb.gaz = fb.gaz[:n]
	fb.cover = fb.cover[:n*gazClasses]
	lex.gazetteer(sent, fb.gaz, fb.cover)
	mode := casing(sent)
	for i, t := range sent {
		a := &fb.attrs[i]
		fb.norm = normWord(fb.norm, t.Text)
		a.word = hashBytes(fb.norm)
		fb.shape = shapeOf(fb.shape, t.Text)
		a.shape = hashBytes(fb.shape)
		a.pos = hashString(t.Tag)
		fb.affixes(a)
		a.initial = i == 0
		a.lowerKnown = 0
		if isCap(t.Text) {
			a.lowerKnown = 2
			if known != nil && known.hasLower(a.word) {
				a.lowerKnown = 1
			}
		}
		a.cluster = lex.cluster(t.Text)
		a.gaz = fb.gaz[i]
		a.mode = mode
	}
	markRuns(sent, fb.attrs)
	for i := range sent {
		fb.nstat[i] = fb.staticFeatures(i, fb.static[i*numStatic:(i+1)*numStatic])
	}
}

// affixes sets the prefixes and suffixes of one to four runes and the length
// class of the normalised word in fb.norm.
func (fb *buffer) affixes(a *tokenAttrs) {
	w := fb.norm
	nr := utf8.RuneCount(w)
	for k := 0; k < 4; k++ {
		if k >= nr {
			a.pre[k], a.suf[k] = endHash, endHash
			continue
		}
		end := 0
		for j := 0; j <= k; j++ {
			_, sz := utf8.DecodeRune(w[end:])
			end += sz
		}
		a.pre[k] = hashBytes(w[:end])
		start := len(w)
		for j := 0; j <= k; j++ {
			_, sz := utf8.DecodeLastRune(w[:start])
			start -= sz
		}
		a.suf[k] = hashBytes(w[start:])
	}
	switch {
	case nr <= 3:
		a.length = uint64(nr)
	case nr <= 6:
		a.length = 4
	default:
		a.length = 5
	}
}

// at returns the attributes of token i, or sentinels outside the sentence.
func (fb *buffer) at(i int) (word, shape, pos uint64) {
	switch {
	case i < 0:
		return startHash, startHash, startHash
	case i >= len(fb.attrs):
		return endHash, endHash, endHash
	}
	a := &fb.attrs[i]
	return a.word, a.shape, a.pos
}

// near returns the word class at 256 clusters and the gazetteer marks of
// token i, or sentinels outside the sentence.
func (fb *buffer) near(i int) (cluster uint64, gaz uint64) {
	if i < 0 || i >= len(fb.attrs) {
		return 1 << 20, 1 << 40
	}
	return uint64(fb.attrs[i].cluster[1]), fb.attrs[i].gaz
}

// fine returns the word class at 1,024 clusters of token i, or a sentinel
// outside the sentence.
func (fb *buffer) fine(i int) uint64 {
	if i < 0 || i >= len(fb.attrs) {
		return 1 << 20
	}
	return uint64(fb.attrs[i].cluster[2])
}

// staticFeatures writes the static features of token i into out and
// returns their number.
func (fb *buffer) staticFeatures(i int, out []uint64) int {
	a := &fb.attrs[i]
	wm1, sm1, pm1 := fb.at(i - 1)
	wm2, sm2, pm2 := fb.at(i - 2)
	wp1, sp1, pp1 := fb.at(i + 1)
	wp2, sp2, pp2 := fb.at(i + 2)
	k := 0
	add := func(h uint64) { out[k] = h; k++ }
	add(feat1(nfBias, 1))
	add(feat1(nfWord, a.word))
	add(feat1(nfShape, a.shape))
	add(feat1(nfPOS, a.pos))
	for j := 0; j < 4; j++ {
		add(feat1(nfPre1+j, a.pre[j]))
		add(feat1(nfSuf1+j, a.suf[j]))
	}
	add(feat1(nfWordM1, wm1))
	add(feat1(nfWordM2, wm2))
	add(feat1(nfWordP1, wp1))
	add(feat1(nfWordP2, wp2))
	add(feat1(nfShapeM1, sm1))
	add(feat1(nfShapeP1, sp1))
	add(feat1(nfShapeM2, sm2))
	add(feat1(nfShapeP2, sp2))
	add(feat1(nfPOSM1, pm1))
	add(feat1(nfPOSP1, pp1))
	add(feat1(nfPOSM2, pm2))
	add(feat1(nfPOSP2, pp2))
	add(feat2(nfWordM1Word, wm1, a.word))
	add(feat2(nfWordWordP1, a.word, wp1))
	add(feat2(nfShapeM1Shape, sm1, a.shape))
	add(feat2(nfShapeShapeP1, a.shape, sp1))
	add(feat2(nfPOSM1POS, pm1, a.pos))
	add(feat2(nfPOSPOSP1, a.pos, pp1))
	if a.initial {
		add(feat1(nfInitialShape, a.shape))
	}
	add(feat2(nfWordM1Shape, wm1, a.shape))
	add(feat2(nfShapeWordP1, a.shape, wp1))
	add(feat2(nfShapePOS, a.shape, a.pos))
	add(feat2(nfLength, a.length, a.shape))
	if a.lowerKnown != 0 {
		add(feat2(nfLowerKnown, a.lowerKnown, boolHash(a.initial)))
	}
	k += fb.lexiconFeatures(i, out[k:])
	return k
}

// lexiconFeatures writes the word-class, gazetteer and casing features of
// token i into out and returns their number.
func (fb *buffer) lexiconFeatures(i int, out []uint64) int {
	a := &fb.attrs[i]
	k := 0
	add := func(h uint64) { out[k] = h; k++ }
	add(feat1(nfCluster64, uint64(a.cluster[0])))
	add(feat1(nfCluster256, uint64(a.cluster[1])))
	add(feat1(nfCluster1024, uint64(a.cluster[2])))
	add(feat2(nfClusterShape, uint64(a.cluster[1]), a.shape))
	cm1, gm1 := fb.near(i - 1)
	cp1, gp1 := fb.near(i + 1)
	add(feat1(nfClusterM1, cm1))
	add(feat1(nfClusterP1, cp1))
	add(feat2(nfClusterM1Cluster, cm1, uint64(a.cluster[1])))
	cm2, _ := fb.near(i - 2)
	cp2, _ := fb.near(i + 2)
	add(feat1(nfClusterM2, cm2))
	add(feat1(nfClusterP2, cp2))
	add(feat1(nfCluster1024M1, fb.fine(i-1)))
	add(feat1(nfCluster1024P1, fb.fine(i+1)))
	add(feat2(nfClusterAround, cm1, cp1))
	for c := range gazClasses {
		if g := a.gaz >> (8 * c) & 0xff; g != 0 {
			add(feat2(nfGazetteer, uint64(c), uint64(g)))
		}
	}
	add(feat2(nfGazetteerAround, gm1, gp1))
	add(feat2(nfModeShape, a.mode, a.shape))
	add(feat2(nfModePOS, a.mode, a.pos))
	if a.lowerKnown != 0 {
		for _, c := range fb.ctx.near[a.word] {
			add(feat1(nfAggregate, c))
		}
		if a.initial || a.mode != modeNormal {
			add(feat2(nfDocCase, uint64(fb.ctx.cased[a.word]), a.mode))
		}
	}
	if a.runFirst >= 0 {
		k += fb.runFeatures(i, out[k:])
	}
	return k
}

// runFeatures writes the features of token i from the run of capitalised
// words that holds it (markRuns), each with the token's place in the run
// (first, inside, last): the run's last word and its class at 256
// clusters (the head of a name says what it names: "Studies" in "Centre
// for Strategic and International Studies", "Party", "Cup"), its first word
// ("Mr", "Lake", "Bank") and its length. A word's own features see at
// most two words either side; the run's ends may stand further off.
func (fb *buffer) runFeatures(i int, out []uint64) int {
	a := &fb.attrs[i]
	pos := uint64(1)
	switch int32(i) {
	case a.runFirst:
		pos = 0
	case a.runLast:
		pos = 2
	}
	first, last := &fb.attrs[a.runFirst], &fb.attrs[a.runLast]
	out[0] = feat2(nfRunLast, pos, last.word)
	out[1] = feat2(nfRunFirst, pos, first.word)
	out[2] = feat2(nfRunLastCluster, pos, uint64(last.cluster[1]))
	out[3] = feat2(nfRunLength, pos, uint64(min(a.runLast-a.runFirst+1, 5)))
	return 4
}

// maxRunConnectors is the longest run of connectors (runConnector) a run
// of capitalised words goes on over.
const maxRunConnectors = 2

// markRuns sets runFirst and runLast of each token of sent in a run of
// two or more capitalised words, which may go on over up to
// maxRunConnectors lower-case connectors between two capitalised words
// ("Federal Office for the Protection of the Constitution"), and -1 for
// every other token. Headlines and lines in capitals capitalise their
// words whatever they are, so no token of theirs is in a run.
func markRuns(sent []Token, attrs []tokenAttrs) {
	for i := range attrs {
		attrs[i].runFirst, attrs[i].runLast = -1, -1
	}
	if len(attrs) == 0 || attrs[0].mode != modeNormal {
		return
	}
	for i := 0; i < len(sent); i++ {
		if !isCap(sent[i].Text) {
			continue
		}
		j := i // the run's last capitalised word so far
		for {
			k := j + 1
			for k < len(sent) && k-j <= maxRunConnectors && runConnector(sent[k].Text) {
				k++
			}
			if k >= len(sent) || !isCap(sent[k].Text) || k-j > maxRunConnectors+1 {
				break
			}
			j = k
		}
		if j > i {
			for k := i; k <= j; k++ {
				attrs[k].runFirst, attrs[k].runLast = int32(i), int32(j)
			}
		}
		i = j
	}
}

// runConnector reports a lower-case word that stands between the
// capitalised words of names ("Bank of England", "Centre for Strategic
// and International Studies", "Rio Grande do Sul", "Ursula von der
// Leyen").
func runConnector(w string) bool { return runConnectors[w] }

var runConnectors = wordlists.Set("runConnectors")

// maxAggregate bounds the context-aggregation features of one word.
const maxAggregate = 8

// docContext holds what the rest of a document says of its capitalised
// words (Ratinov and Roth 2009). near: for each word written capitalised
// twice or more, the words next to its occurrences (context aggregation):
// a name's type shows in "Mr X" or "X said" wherever in the document those
// stand; keys and values are hashes of normalised words, a value carries
// its side. cased: how each word is written inside the document's ordinary
// sentences, a bit per way (docLower, docCapital), which settles the words
// that case says nothing of: those that open a sentence and those of a
// headline ("ROTOR FANS LOCKED OUT" over a story of Rotor and its fans).
type docContext struct {
	near  map[uint64][]uint64
	cased map[uint64]uint8
}

// Bits of docContext.cased.
const (
	docLower   = 1 // written in lower case
	docCapital = 2 // written capitalised, not first in its sentence
)

func newDocContext(doc [][]Token) docContext {
	ctx := docContext{near: map[uint64][]uint64{}, cased: map[uint64]uint8{}}
	var buf []byte
	hash := func(sent []Token, i int) uint64 {
		if i < 0 || i >= len(sent) {
			return startHash
		}
		buf = normWord(buf, sent[i].Text)
		return hashBytes(buf)
	}
	count := map[uint64]int{}
	for _, sent := range doc {
		normal := casing(sent) == modeNormal
		for i, t := range sent {
			switch {
			case isCap(t.Text):
				count[hash(sent, i)]++
				if normal && i > 0 {
					ctx.cased[hash(sent, i)] |= docCapital
				}
			case normal && hasLetter(t.Text):
				ctx.cased[hash(sent, i)] |= docLower
			}
		}
	}
	for _, sent := range doc {
		for i, t := range sent {
			if !isCap(t.Text) {
				continue
			}
			w := hash(sent, i)
			if count[w] < 2 {
				continue
			}
			for _, c := range [2]uint64{mix(hash(sent, i-1), 1), mix(hash(sent, i+1), 2)} {
				if l := ctx.near[w]; len(l) < maxAggregate && !slices.Contains(l, c) {
					ctx.near[w] = append(l, c)
				}
			}
		}
	}
	return ctx
}

func boolHash(b bool) uint64 {
	if b {
		return 2
	}
	return 1
}

// dynamicFeatures writes the features of token i that depend on the labels
// of the two previous tokens (label indices, -1 before the sentence) and on
// the class the same word was given earlier in the document (hist: 0 none,
// else 1 + an index into Types).
func (fb *buffer) dynamicFeatures(i, prev, prev2 int, hist uint64, out *[numDynamic]uint64) {
	a := &fb.attrs[i]
	dynFeatures(a, prev, prev2, hist, out)
}

// dynSlotWord is the dynamic feature that carries the word identity.
const dynSlotWord = 2

func dynFeatures(a *tokenAttrs, prev, prev2 int, hist uint64, out *[numDynamic]uint64) {
	p := uint64(prev + 2)
	out[0] = feat1(nfPrev, p)
	out[1] = feat2(nfPrev2Prev, uint64(prev2+2), p)
	out[dynSlotWord] = feat2(nfPrevWord, p, a.word)
	out[3] = feat2(nfPrevShape, p, a.shape)
	out[4] = feat2(nfPrevPOS, p, a.pos)
	out[5] = feat2(nfHistory, hist, a.shape)
	out[6] = feat2(nfHistoryPrev, hist, p)
}
