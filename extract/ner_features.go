package extract

import (
	"unicode"
	"unicode/utf8"
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
)

// Dynamic feature templates: they depend on the labels predicted for the
// previous tokens.
const (
	nfPrev = iota + 64
	nfPrev2Prev
	nfPrevWord
	nfPrevShape
	nfPrevPOS
)

// nerNumStatic is an upper bound on the static features of one token.
const nerNumStatic = 40

// nerNumDynamic is the number of dynamic features of one token.
const nerNumDynamic = 5

// nerAttrs holds the hashed attributes of one token.
type nerAttrs struct {
	word, shape, pos uint64
	pre, suf         [4]uint64
	length           uint64
	initial          bool
	lowerKnown       uint64 // 0: not capitalised; 1: capitalised, lower form seen lower-case; 2: unseen
}

// Sentinel attributes for positions outside the sentence.
var (
	nerStart = nerHash("<s>")
	nerEnd   = nerHash("</s>")
)

const (
	nerFNVOffset = 14695981039346656037
	nerFNVPrime  = 1099511628211
)

// nerHash is FNV-1a over the bytes of s.
func nerHash(s string) uint64 {
	h := uint64(nerFNVOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= nerFNVPrime
	}
	return h
}

// mix combines a hash with another value (a splitmix64 finaliser).
func nerMix(h, v uint64) uint64 {
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

// nerFeat1 and nerFeat2 make a feature hash from a template and attributes.
func nerFeat1(t int, a uint64) uint64 { return nerMix(uint64(t)*0x51_7cc1_b727_220a_95, a) }
func nerFeat2(t int, a, b uint64) uint64 {
	return nerMix(nerMix(uint64(t)*0x51_7cc1_b727_220a_95, a), b)
}

// nerNorm writes the normalised form of word into buf: lower case, every
// digit turned into '0', typographic quotes straightened. It returns buf.
func nerNorm(buf []byte, word string) []byte {
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

// nerShape writes the shape of word into buf: upper-case letters become
// 'X', lower-case ones 'x', digits 'd', and other characters stay, with
// every run of one class collapsed to one character ("WhatsApp" -> "XxXx",
// "U.S." -> "X.X.", "2017" -> "d"). Long shapes are cut at 8 characters.
func nerShape(buf []byte, word string) []byte {
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

// nerHashBytes is nerHash for a byte slice.
func nerHashBytes(b []byte) uint64 {
	h := uint64(nerFNVOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= nerFNVPrime
	}
	return h
}

// nerIsCap reports whether word starts with an upper-case letter.
func nerIsCap(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r)
}

// nerBuffer holds the per-sentence scratch space of the tagger.
type nerBuffer struct {
	attrs  []nerAttrs
	static []uint64 // nerNumStatic per token
	nstat  []int    // number of static features per token
	norm   []byte
	shape  []byte
	labels []int
	probs  []float64
}

// nerLowerSet answers whether a normalised word was seen written in lower case
// in the training data; nil means no such knowledge.
type nerLowerSet interface {
	hasLower(h uint64) bool
}

// prepare computes the attributes and static features of sent.
func (fb *nerBuffer) prepare(sent []Token, known nerLowerSet) {
	n := len(sent)
	if cap(fb.attrs) < n {
		fb.attrs = make([]nerAttrs, n)
		fb.static = make([]uint64, n*nerNumStatic)
		fb.nstat = make([]int, n)
	}
	fb.attrs = fb.attrs[:n]
	fb.static = fb.static[:n*nerNumStatic]
	fb.nstat = fb.nstat[:n]
	for i, t := range sent {
		a := &fb.attrs[i]
		fb.norm = nerNorm(fb.norm, t.Text)
		a.word = nerHashBytes(fb.norm)
		fb.shape = nerShape(fb.shape, t.Text)
		a.shape = nerHashBytes(fb.shape)
		a.pos = nerHash(t.Tag)
		// Affixes over runes of the normalised word.
		w := fb.norm
		nr := utf8.RuneCount(w)
		for k := 0; k < 4; k++ {
			if k < nr {
				// prefix of k+1 runes
				end := 0
				for j := 0; j <= k; j++ {
					_, sz := utf8.DecodeRune(w[end:])
					end += sz
				}
				a.pre[k] = nerHashBytes(w[:end])
				start := len(w)
				for j := 0; j <= k; j++ {
					_, sz := utf8.DecodeLastRune(w[:start])
					start -= sz
				}
				a.suf[k] = nerHashBytes(w[start:])
			} else {
				a.pre[k] = nerEnd
				a.suf[k] = nerEnd
			}
		}
		switch {
		case nr <= 3:
			a.length = uint64(nr)
		case nr <= 6:
			a.length = 4
		default:
			a.length = 5
		}
		a.initial = i == 0
		a.lowerKnown = 0
		if nerIsCap(t.Text) {
			a.lowerKnown = 2
			if known != nil && known.hasLower(a.word) {
				a.lowerKnown = 1
			}
		}
	}
	for i := range sent {
		fb.nstat[i] = fb.staticFeatures(i, fb.static[i*nerNumStatic:(i+1)*nerNumStatic])
	}
}

// at returns the attributes of token i, or sentinels outside the sentence.
func (fb *nerBuffer) at(i int) (word, shape, pos uint64) {
	switch {
	case i < 0:
		return nerStart, nerStart, nerStart
	case i >= len(fb.attrs):
		return nerEnd, nerEnd, nerEnd
	}
	a := &fb.attrs[i]
	return a.word, a.shape, a.pos
}

// staticFeatures writes the static features of token i into out and
// returns their number.
func (fb *nerBuffer) staticFeatures(i int, out []uint64) int {
	a := &fb.attrs[i]
	wm1, sm1, pm1 := fb.at(i - 1)
	wm2, sm2, pm2 := fb.at(i - 2)
	wp1, sp1, pp1 := fb.at(i + 1)
	wp2, sp2, pp2 := fb.at(i + 2)
	k := 0
	add := func(h uint64) { out[k] = h; k++ }
	add(nerFeat1(nfBias, 1))
	add(nerFeat1(nfWord, a.word))
	add(nerFeat1(nfShape, a.shape))
	add(nerFeat1(nfPOS, a.pos))
	for j := 0; j < 4; j++ {
		add(nerFeat1(nfPre1+j, a.pre[j]))
		add(nerFeat1(nfSuf1+j, a.suf[j]))
	}
	add(nerFeat1(nfWordM1, wm1))
	add(nerFeat1(nfWordM2, wm2))
	add(nerFeat1(nfWordP1, wp1))
	add(nerFeat1(nfWordP2, wp2))
	add(nerFeat1(nfShapeM1, sm1))
	add(nerFeat1(nfShapeP1, sp1))
	add(nerFeat1(nfShapeM2, sm2))
	add(nerFeat1(nfShapeP2, sp2))
	add(nerFeat1(nfPOSM1, pm1))
	add(nerFeat1(nfPOSP1, pp1))
	add(nerFeat1(nfPOSM2, pm2))
	add(nerFeat1(nfPOSP2, pp2))
	add(nerFeat2(nfWordM1Word, wm1, a.word))
	add(nerFeat2(nfWordWordP1, a.word, wp1))
	add(nerFeat2(nfShapeM1Shape, sm1, a.shape))
	add(nerFeat2(nfShapeShapeP1, a.shape, sp1))
	add(nerFeat2(nfPOSM1POS, pm1, a.pos))
	add(nerFeat2(nfPOSPOSP1, a.pos, pp1))
	if a.initial {
		add(nerFeat1(nfInitialShape, a.shape))
	}
	add(nerFeat2(nfWordM1Shape, wm1, a.shape))
	add(nerFeat2(nfShapeWordP1, a.shape, wp1))
	add(nerFeat2(nfShapePOS, a.shape, a.pos))
	add(nerFeat2(nfLength, a.length, a.shape))
	if a.lowerKnown != 0 {
		add(nerFeat2(nfLowerKnown, a.lowerKnown, nerBool(a.initial)))
	}
	return k
}

func nerBool(b bool) uint64 {
	if b {
		return 2
	}
	return 1
}

// dynamicFeatures writes the features of token i that depend on the labels
// of the two previous tokens (label indices, -1 before the sentence).
func (fb *nerBuffer) dynamicFeatures(i, prev, prev2 int, out *[nerNumDynamic]uint64) {
	a := &fb.attrs[i]
	nerDynFeatures(a.word, a.shape, a.pos, prev, prev2, out)
}

// nerDynSlotWord is the dynamic feature that carries the word identity.
const nerDynSlotWord = 2

func nerDynFeatures(word, shape, pos uint64, prev, prev2 int, out *[nerNumDynamic]uint64) {
	p := uint64(prev + 2)
	out[0] = nerFeat1(nfPrev, p)
	out[1] = nerFeat2(nfPrev2Prev, uint64(prev2+2), p)
	out[nerDynSlotWord] = nerFeat2(nfPrevWord, p, word)
	out[3] = nerFeat2(nfPrevShape, p, shape)
	out[4] = nerFeat2(nfPrevPOS, p, pos)
}
