package pos

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// Tagger is prose's part-of-speech tagger. It is safe for concurrent use.
type Tagger struct {
	classes []string
	fixed   map[string]string // words prose always tags the same way
	weights map[string][]classWeight
}

type classWeight struct {
	class int32
	w     float32
}

var (
	once  sync.Once
	model *Tagger
	err   error
)

// Load returns the tagger, decoding prose's weights once per process.
func Load() (*Tagger, error) {
	once.Do(func() { model, err = read() })
	return model, err
}

func read() (*Tagger, error) {
	var classes []string
	var fixed map[string]string
	var wts map[string]map[string]float64
	for _, a := range []struct {
		name string
		v    any
	}{{"classes.gob", &classes}, {"tags.gob", &fixed}, {"weights.gob", &wts}} {
		b, err := prose.Asset("model/AveragedPerceptron/" + a.name)
		if err != nil {
			return nil, fmt.Errorf("pos model: %w", err)
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(a.v); err != nil {
			return nil, fmt.Errorf("pos model %s: %w", a.name, err)
		}
	}
	idx := make(map[string]int32, len(classes))
	for i, c := range classes {
		idx[c] = int32(i)
	}
	t := &Tagger{classes: classes, fixed: fixed, weights: make(map[string][]classWeight, len(wts))}
	for f, m := range wts {
		ws := make([]classWeight, 0, len(m))
		for c, w := range m {
			if i, ok := idx[c]; ok && w != 0 {
				ws = append(ws, classWeight{i, float32(w)})
			}
		}
		if len(ws) > 0 {
			t.weights[f] = ws
		}
	}
	return t, nil
}

// Usual returns the tag the tagger's lexicon prefers for a lower-case word
// on its own, and false for a word it does not know.
func (t *Tagger) Usual(lower string) (string, bool) {
	if tg, ok := t.fixed[lower]; ok {
		return tg, true
	}
	best, bw := int32(-1), float32(0)
	for _, cw := range t.weights["i word "+lower] {
		if best < 0 || cw.w > bw {
			best, bw = cw.class, cw.w
		}
	}
	if best < 0 || bw <= 0 {
		return "", false
	}
	return t.classes[best], true
}

// adverb reports a word whose usual tag, in lower case, is an adverb's:
// "However" opens a sentence as one, "Norway" does not.
func (t *Tagger) adverb(w string) bool {
	tg, _ := t.Usual(strings.ToLower(w))
	return tg == "RB"
}

// normalize is prose's word normalisation for the tagger's context.
func normalize(w string) string {
	if w == "" {
		return w
	}
	if strings.IndexByte(w, '-') > 0 {
		return "!HYPHEN"
	}
	if w[0] >= '0' && w[0] <= '9' {
		if len(w) == 4 && allDigits(w) {
			return "!YEAR"
		}
		return "!DIGITS"
	}
	return strings.ToLower(w)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func suffix3(s string) string {
	if len(s) > 3 {
		return s[len(s)-3:]
	}
	return s
}

// compoundTail reports the second half of a compound cut at its hyphen,
// "-owned" of "Facebook-owned": an adjective.
func compoundTail(w string) bool {
	return len(w) > 2 && w[0] == '-' && w[1] >= 'a' && w[1] <= 'z'
}

// Tag sets tags[i] to the tag of words[i], one sentence's words in order.
// Words must be non-empty, with curly quotes straightened. tags must be as
// long as words.
func (t *Tagger) Tag(words, tags []string) {
	ctx := make([]string, len(words)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, w := range words {
		ctx[i+2] = normalize(w)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	scores := make([]float32, len(t.classes))
	buf := make([]byte, 0, 64)
	p1, p2 := "-START-", "-START2-"
	for i, w := range words {
		var tg string
		switch {
		case w == "-":
			tg = "-"
		case strings.HasPrefix(w, "@") || strings.Contains(w, "://") || strings.HasPrefix(w, "www."):
			tg = "NN"
		case compoundTail(w):
			tg = "JJ"
		default:
			if m, ok := t.fixed[w]; ok {
				tg = m
				break
			}
			clear(scores)
			add := func(parts ...string) {
				buf = buf[:0]
				for k, p := range parts {
					if k > 0 {
						buf = append(buf, ' ')
					}
					buf = append(buf, p...)
				}
				for _, cw := range t.weights[string(buf)] {
					scores[cw.class] += cw.w
				}
			}
			j := i + 2
			add("bias")
			add("i suffix", suffix3(w))
			add("i pref1", w[:1])
			add("i-1 tag", p1)
			add("i-2 tag", p2)
			add("i tag+i-2 tag", p1, p2)
			add("i word", ctx[j])
			add("i-1 tag+i word", p1, ctx[j])
			add("i-1 word", ctx[j-1])
			add("i-1 suffix", suffix3(ctx[j-1]))
			add("i-2 word", ctx[j-2])
			add("i+1 word", ctx[j+1])
			add("i+1 suffix", suffix3(ctx[j+1]))
			add("i+2 word", ctx[j+2])
			best := 0
			for k := 1; k < len(scores); k++ {
				if scores[k] > scores[best] {
					best = k
				}
			}
			tg = t.classes[best]
			if tg == "RB" && properCase(w) && (i > 0 && !opensClause(words[i-1]) || !t.adverb(w)) {
				tg = "NNP" // "Norway", "Galway": the suffix reads as an adverb's
			}
		}
		tags[i] = tg
		p2, p1 = p1, tg
	}
}

// properCase reports a word written with a capital and then small letters
// only ("Norway", not "US" or "however").
func properCase(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || n == len(w) {
		return false
	}
	for _, c := range w[n:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// opensClause reports a token after which a capital starts a clause or a
// quotation, not a name: `said: "However`.
func opensClause(w string) bool {
	switch w {
	case `"`, "'", "``", ":", ";", "(", "-", "--", "\u2013", "\u2014":
		return true
	}
	return false
}
