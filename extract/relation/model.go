package relation

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"
)

// Model is a trained relation classifier. It is safe for concurrent use.
type Model struct {
	index map[string]int32 // feature -> row of weights
	w     []float32        // len(index) rows of nClasses weights
	platt [len(learned)][2]float64
}

// modelFile is the serialised form of a Model.
type modelFile struct {
	Version  int
	Features []string
	Weights  []float32
	Platt    [len(learned)][2]float64
}

const modelVersion = 1

//go:embed model/relation.bin.gz
var defaultModel []byte

var (
	defaultOnce sync.Once
	defaultM    *Model
	defaultErr  error
)

// Default returns the shipped model, trained on CoNLL04 train by
// `ergraph train-relations` (scripts/train-relations.sh), decoded once.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultM, defaultErr = ReadModel(bytes.NewReader(defaultModel))
		if defaultErr != nil {
			defaultErr = fmt.Errorf("relation model: %w", defaultErr)
		}
	})
	return defaultM, defaultErr
}

// ReadModel decodes a model written by Model.WriteTo (gzip-compressed gob).
func ReadModel(r io.Reader) (*Model, error) {
	z, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read relation model: %w", err)
	}
	var f modelFile
	if err := gob.NewDecoder(z).Decode(&f); err != nil {
		return nil, fmt.Errorf("read relation model: %w", err)
	}
	if f.Version != modelVersion {
		return nil, fmt.Errorf("read relation model: version %d, want %d", f.Version, modelVersion)
	}
	if len(f.Weights) != len(f.Features)*nClasses {
		return nil, errors.New("read relation model: weights do not match features")
	}
	m := &Model{index: make(map[string]int32, len(f.Features)), w: f.Weights, platt: f.Platt}
	for i, s := range f.Features {
		m.index[s] = int32(i)
	}
	return m, nil
}

// WriteTo writes the model as gzip-compressed gob.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	f := modelFile{Version: modelVersion, Features: make([]string, len(m.index)), Weights: m.w, Platt: m.platt}
	for s, i := range m.index {
		f.Features[i] = s
	}
	cw := &countWriter{w: w}
	z, _ := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err := gob.NewEncoder(z).Encode(&f); err != nil {
		return cw.n, fmt.Errorf("write relation model: %w", err)
	}
	if err := z.Close(); err != nil {
		return cw.n, fmt.Errorf("write relation model: %w", err)
	}
	return cw.n, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// candidate is one ordered mention pair (a before b in the text) with the
// classes its types allow.
type candidate struct {
	a, b    int
	classes []int
}

// candidates lists the mention pairs of s that some learned type fits.
func candidates(s *Sentence) []candidate {
	var out []candidate
	var buf [nClasses]int
	for a := range s.Mentions {
		for b := range s.Mentions {
			ma, mb := s.Mentions[a], s.Mentions[b]
			if a == b || ma.End > mb.Start || ma.Start >= ma.End || mb.Start >= mb.End || mb.End > len(s.Tokens) || ma.Start < 0 {
				continue // b must follow a without overlap
			}
			cl := allowed(ma.Type, mb.Type, buf[:0])
			if len(cl) > 0 {
				out = append(out, candidate{a, b, append([]int(nil), cl...)})
			}
		}
	}
	return out
}

func normWords(s *Sentence) []string {
	ws := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		ws[i] = normWord(t.Text)
	}
	return ws
}

// scores sums the weights of the features of c into out (nClasses long).
func (m *Model) scores(s *Sentence, f *featurizer, c candidate, out []float64) {
	clear(out)
	f.emit = func(b []byte) {
		if i, ok := m.index[string(b)]; ok {
			row := m.w[int(i)*nClasses : int(i+1)*nClasses]
			for k := range out {
				out[k] += float64(row[k])
			}
		}
	}
	f.pair(s, s.Mentions[c.a], s.Mentions[c.b])
}

// softmax turns the scores of the allowed classes (and of "none", 0) into
// probabilities, written back into sc; it returns the best class.
func softmax(sc []float64, classes []int) int {
	mx := 0.0
	for _, k := range classes {
		mx = max(mx, sc[k])
	}
	z := math.Exp(-mx)
	for _, k := range classes {
		z += math.Exp(sc[k] - mx)
	}
	best := -1
	for k := range sc {
		if !contains(classes, k) {
			sc[k] = 0
			continue
		}
		sc[k] = math.Exp(sc[k]-mx) / z
		if best < 0 || sc[k] > sc[best] {
			best = k
		}
	}
	return best
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// calibrate maps the classifier's probability for type k to the
// probability of being right (Platt scaling).
func (m *Model) calibrate(k int, p float64) float64 {
	p = min(max(p, 1e-6), 1-1e-6)
	a, b := m.platt[k][0], m.platt[k][1]
	return sigmoid(a*math.Log(p/(1-p)) + b)
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// classify returns, for each candidate pair, its most likely relation of a
// learned type when its calibrated probability reaches minConfidence.
func (m *Model) classify(s Sentence, minConfidence float64) []Relation {
	cands := candidates(&s)
	if len(cands) == 0 {
		return nil
	}
	f := newFeaturizer(&s)
	sc := make([]float64, nClasses)
	list := coordinated(&s)
	var out []Relation
	for _, c := range cands {
		if list[c.a] != 0 && list[c.a] == list[c.b] {
			continue // items of one list are siblings: "in Austria, Hungary and the Czech Republic"
		}
		m.scores(&s, f, c, sc)
		k := softmax(sc, c.classes)
		p := m.calibrate(k/2, sc[k])
		if p < minConfidence {
			continue
		}
		r := Relation{Source: c.a, Target: c.b, Type: learned[k/2].typ, Confidence: p}
		if k%2 == 1 {
			r.Source, r.Target = c.b, c.a
		}
		out = append(out, r)
	}
	return out
}

// coordinated numbers the lists of s: mentions of one type joined by
// commas and a final "and" or "or" ("Austria, Hungary and the Czech
// Republic", "Belgium and Germany") get the same number, other mentions
// 0. "Hockwold, Norfolk", with no conjunction, is no list, nor is
// "Hamburg, Germany, and Rotterdam".
func coordinated(s *Sentence) []int {
	out := make([]int, len(s.Mentions))
	byStart := map[int]int{}
	for i, m := range s.Mentions {
		if s.valid(m) {
			byStart[m.Start] = i
		}
	}
	next := func(i int) (int, bool, bool) { // the mention after i in a list, whether past "and"/"or"
		if !s.valid(s.Mentions[i]) {
			return -1, false, false
		}
		k := s.Mentions[i].End
		comma := k < len(s.Tokens) && s.Tokens[k].Text == ","
		if comma {
			k++
		}
		conj := k < len(s.Tokens) && (s.Tokens[k].Text == "and" || s.Tokens[k].Text == "or")
		if conj {
			k++
		}
		if k < len(s.Tokens) && strings.EqualFold(s.Tokens[k].Text, "the") {
			k++
		}
		if t := s.Tokens[min(k, len(s.Tokens)-1)]; k < len(s.Tokens) && t.Tag == "JJ" && t.Text == strings.ToLower(t.Text) {
			k++ // "Galveston and southern Harris County"
		}
		j, ok := byStart[k]
		if !ok || k == s.Mentions[i].End || s.Mentions[j].Type != s.Mentions[i].Type {
			return -1, false, false
		}
		return j, conj, comma
	}
	id := 0
	for i := range s.Mentions {
		if out[i] != 0 {
			continue
		}
		chain := []int{i}
		closed, oxford := false, false
		for j := i; !closed; {
			k, conj, comma := next(j)
			if k < 0 {
				break
			}
			chain = append(chain, k)
			closed, oxford = conj, conj && comma
			j = k
		}
		// "Hamburg, Germany, and Rotterdam" may be places with their
		// countries: a comma before the conjunction makes a list of
		// three only from four items on.
		if closed && !(oxford && len(chain) < 4) {
			id++
			for _, k := range chain {
				out[k] = id
			}
		}
	}
	return out
}
