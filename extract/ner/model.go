package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// Token is a word of a sentence with its part-of-speech tag (Penn
// Treebank, as prose's tagger gives).
type Token struct {
	Text, Tag string
}

// Span is a labelled run of tokens [Start, End) with a confidence in [0,1].
type Span struct {
	Start, End int
	Type       Type
	Score      float64
}

// Model is a trained entity tagger: an averaged perceptron that labels the
// tokens of a sentence left to right (BILOU or BIO tags over the four
// Types), each decision seeing the words, shapes and tags around the token
// and the labels already given. It is safe for concurrent use.
type Model struct {
	labels []string        // "O", "B-Person", ...
	kinds  []byte          // 'O', 'B', 'I', 'L' or 'U' per label
	types  []Type          // entity type per label ("" for O)
	allow  []bool          // allow[prev*L+next]: next may follow prev; prev == L is the sentence start
	byKind map[byte]uint64 // the labels of each kind ('B', 'I', 'L', 'U', 'O') as bits
	person uint64          // the Person labels
	any    uint64          // all labels
	bilou  bool

	feats table     // feature hash -> row
	w     []float32 // row*L + label
	q     []int16   // the quantised weights, as written
	scale float32   // w = q * scale
	temp  float32   // softmax temperature of the confidences

	lower table // normalised words seen in lower case in the training data
	lex   *lexicon

	pool sync.Pool // *buffer
}

// table is an open-addressing hash table from non-zero 64-bit keys to
// dense indices.
type table struct {
	slots []slot
	mask  uint64
}

type slot struct {
	key uint64
	val int32
}

func newTable(keys []uint64) table {
	size := 1
	for size < 2*len(keys)+1 {
		size <<= 1
	}
	t := table{slots: make([]slot, size), mask: uint64(size - 1)}
	for i, k := range keys {
		j := (k * 0x9e3779b97f4a7c15 >> 7) & t.mask
		for t.slots[j].key != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = slot{k, int32(i)}
	}
	return t
}

func (t *table) get(k uint64) int32 {
	if len(t.slots) == 0 {
		return -1
	}
	j := (k * 0x9e3779b97f4a7c15 >> 7) & t.mask
	for {
		s := &t.slots[j]
		switch s.key {
		case k:
			return s.val
		case 0:
			return -1
		}
		j = (j + 1) & t.mask
	}
}

func (t *table) hasLower(h uint64) bool { return t.get(h) >= 0 }

// sortedKeys returns the keys of t in index order.
func (t *table) sortedKeys() []uint64 {
	n := 0
	for _, s := range t.slots {
		if s.key != 0 {
			n++
		}
	}
	out := make([]uint64, n)
	for _, s := range t.slots {
		if s.key != 0 {
			out[s.val] = s.key
		}
	}
	return out
}

// newModel builds a model from its parts. keys must be distinct and
// non-zero; q holds len(keys)*len(labels) weights.
func newModel(labels []string, keys []uint64, q []int16, scale float32, lower []uint64) (*Model, error) {
	L := len(labels)
	if L == 0 || L > 64 {
		return nil, fmt.Errorf("ner model: %d labels", L)
	}
	if len(q) != len(keys)*L {
		return nil, errors.New("ner model: weights do not match features")
	}
	m := &Model{labels: labels, q: q, scale: scale, temp: 1}
	m.kinds = make([]byte, L)
	m.types = make([]Type, L)
	for i, l := range labels {
		if l == "O" {
			m.kinds[i] = 'O'
			continue
		}
		k, t, ok := strings.Cut(l, "-")
		if !ok || len(k) != 1 || !strings.Contains("BILU", k) || !slices.Contains(Types, Type(t)) {
			return nil, fmt.Errorf("ner model: bad label %q", l)
		}
		m.kinds[i] = k[0]
		m.types[i] = Type(t)
	}
	bilou := slices.ContainsFunc(m.kinds, func(k byte) bool { return k == 'L' || k == 'U' })
	m.allow = make([]bool, (L+1)*L)
	for p := 0; p <= L; p++ {
		pk, pt := byte('O'), Type("")
		if p < L {
			pk, pt = m.kinds[p], m.types[p]
		}
		for n := 0; n < L; n++ {
			nk, nt := m.kinds[n], m.types[n]
			inside := pk == 'B' || pk == 'I' // a span is open
			ok := true
			switch nk {
			case 'I', 'L':
				ok = inside && pt == nt
			case 'O', 'B', 'U':
				ok = !(bilou && inside)
			}
			m.allow[p*L+n] = ok
		}
	}
	m.bilou = bilou
	m.byKind = map[byte]uint64{}
	for n, k := range m.kinds {
		m.byKind[k] |= 1 << n
		if m.types[n] == Person {
			m.person |= 1 << n
		}
		m.any |= 1 << n
	}
	m.w = make([]float32, len(q))
	for i, v := range q {
		m.w[i] = float32(v) * scale
	}
	m.feats = newTable(keys)
	m.lower = newTable(lower)
	m.pool.New = func() any { return new(buffer) }
	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	m.lex = lex
	return m, nil
}

//go:embed model/ner.bin.gz
var modelData []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// DefaultModel returns the model shipped in the binary, trained on the
// CoNLL-2003 English training set and the entities of the CoNLL04 training
// set (see scripts/train-model.sh). It is decoded once per process.
func DefaultModel() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = ReadModel(bytes.NewReader(modelData))
	})
	return defaultModel, defaultErr
}

// Spans tags one sentence on its own and returns its entity spans in
// order; Tag is better for the sentences of one document.
func (m *Model) Spans(sent []Token) []Span {
	return m.Tag([][]Token{sent})[0]
}

// Tag tags the sentences of one document in order and returns the entity
// spans of each. The classes given to a word earlier in the document are
// features of its later occurrences. A span's Score is the mean
// probability the model gives its tokens' labels (a softmax of the
// perceptron scores at a temperature fitted on sentences kept out of
// training).
//
// The model was trained on tokens as CoNLL-2003, GMB and prose's tokeniser
// cut them: punctuation and the possessive "'s" are tokens of their own,
// dotted abbreviations ("U.S.", "Mr.") and hyphenated words ("al-Qaida",
// "Facebook-owned") are one token. Person spans hold the name without its
// title: "Prime Minister Theresa May" gives Person "Theresa May".
func (m *Model) Tag(doc [][]Token) [][]Span {
	fb := m.pool.Get().(*buffer)
	defer m.pool.Put(fb)
	h := newHistory()
	fb.ctx = newDocContext(doc)
	defer func() { fb.ctx = docContext{} }()
	out := make([][]Span, len(doc))
	for i, sent := range doc {
		if len(sent) == 0 {
			continue
		}
		labels, probs := m.beam(fb, sent, h)
		out[i] = m.spansOf(labels, probs)
	}
	return out
}

// history counts the classes given to each capitalised word so far in a
// document: index 0 is O, then Types in order.
type history map[uint64]*[5]int32

func newHistory() history { return history{} }

// of returns the feature value of word: 0 unseen, else 1 + the index of
// its most frequent class so far.
func (h history) of(a *tokenAttrs) uint64 {
	if a.lowerKnown == 0 {
		return 0
	}
	c := h[a.word]
	if c == nil {
		return 0
	}
	best := 0
	for j := range c {
		if c[j] > c[best] {
			best = j
		}
	}
	return uint64(best + 1)
}

// add records class (0 for O, else 1 + the index into Types) for word.
// Headlines and lines in capitals add nothing: the tagger is least sure
// there, and a mistake would spread to the story below.
func (h history) add(a *tokenAttrs, class int) {
	if a.lowerKnown == 0 || a.mode != modeNormal {
		return
	}
	c := h[a.word]
	if c == nil {
		c = new([5]int32)
		h[a.word] = c
	}
	c[class]++
}

// classOf is the history class of label l.
func (m *Model) classOf(l int) int {
	if m.kinds[l] == 'O' {
		return 0
	}
	return 1 + slices.Index(Types, m.types[l])
}

// tag labels sent greedily left to right, returning the label indices and
// the probability the model gives each choice. The slices live in fb. If
// visit is not nil, it sees every token's scores and allowed labels.
func (m *Model) tag(fb *buffer, sent []Token, h history, visit func(i int, scores []float32, allow []bool)) ([]int, []float64) {
	fb.prepare(sent, &m.lower, m.lex)
	m.markEdges(fb, sent)
	L := len(m.labels)
	n := len(sent)
	if cap(fb.labels) < n {
		fb.labels = make([]int, n)
		fb.probs = make([]float64, n)
	}
	labels, probs := fb.labels[:n], fb.probs[:n]
	var scores [64]float32
	var dyn [numDynamic]uint64
	prev, prev2 := -1, -1
	for i := range n {
		sc := scores[:L]
		clear(sc)
		for _, f := range fb.static[i*numStatic : i*numStatic+fb.nstat[i]] {
			m.addRow(sc, f)
		}
		fb.dynamicFeatures(i, prev, prev2, h.of(&fb.attrs[i]), &dyn)
		for _, f := range dyn {
			m.addRow(sc, f)
		}
		p := prev
		if p < 0 {
			p = L
		}
		allow := m.allowed(fb, p, i)
		best := bestAllowed(allow, sc)
		if best < 0 {
			allow = m.allow[p*L : p*L+L] // the edges left no label: the scheme alone decides
			best = bestAllowed(allow, sc)
		}
		if visit != nil {
			visit(i, sc, allow)
		}
		// Probability of the choice: a softmax over the allowed labels.
		var z float64
		inv := 1 / m.temp
		for j, ok := range allow {
			if ok {
				z += math.Exp(float64((sc[j] - sc[best]) * inv))
			}
		}
		labels[i] = best
		probs[i] = 1 / z
		prev2, prev = prev, best
	}
	for i := range n {
		h.add(&fb.attrs[i], m.classOf(labels[i]))
	}
	return labels, probs
}

// beamWidth is the number of label sequences beam keeps: on the CoNLL-2003
// development set 4 gave F1 0.893 against 0.889 for greedy decoding (and
// 0.887 against 0.888 for 2 with a later model, for 15% less time).
const beamWidth = 4

// hypothesis is one partial label sequence of the beam.
type hypothesis struct {
	score       float64 // sum of the log probabilities of the labels
	prev, prev2 int
	parent      int // index into the previous step's beam
	prob        float64
}

// keepBest inserts c into beam, which holds at most beamWidth
// hypotheses, best first; among equal scores the earlier stays first.
func keepBest(beam []hypothesis, c hypothesis) []hypothesis {
	k := len(beam)
	for k > 0 && c.score > beam[k-1].score {
		k--
	}
	if k == beamWidth {
		return beam
	}
	if len(beam) < beamWidth {
		beam = append(beam, hypothesis{})
	}
	copy(beam[k+1:], beam[k:len(beam)-1])
	beam[k] = c
	return beam
}

// beam labels sent by beam search over the label probabilities (a softmax
// of the perceptron's scores at each step, so that label histories greedy
// training never visited cannot buy their way in with large scores later;
// the static scores of a token are shared, the label-history features are
// scored per hypothesis) and returns the best sequence's labels and the
// probability of each label at its step.
func (m *Model) beam(fb *buffer, sent []Token, h history) ([]int, []float64) {
	fb.prepare(sent, &m.lower, m.lex)
	m.markEdges(fb, sent)
	L := len(m.labels)
	n := len(sent)
	steps := make([][]hypothesis, n+1)
	steps[0] = []hypothesis{{prev: -1, prev2: -1, parent: -1}}
	var static [64]float32
	for i := range n {
		st := static[:L]
		clear(st)
		for _, f := range fb.static[i*numStatic : i*numStatic+fb.nstat[i]] {
			m.addRow(st, f)
		}
		hist := h.of(&fb.attrs[i])
		next := m.extend(fb, steps[i], st, i, hist, true)
		if len(next) == 0 {
			next = m.extend(fb, steps[i], st, i, hist, false) // the edges left no label: the scheme alone decides
		}
		steps[i+1] = next
	}
	if cap(fb.labels) < n {
		fb.labels = make([]int, n)
		fb.probs = make([]float64, n)
	}
	labels, probs := fb.labels[:n], fb.probs[:n]
	k := 0
	for i := n; i > 0; i-- {
		hy := steps[i][k]
		labels[i-1], probs[i-1] = hy.prev, hy.prob
		k = hy.parent
	}
	for i := range n {
		h.add(&fb.attrs[i], m.classOf(labels[i]))
	}
	return labels, probs
}

// extend returns the best continuations of the hypotheses beam at token
// i, whose static scores are st, with the labels the scheme and (if edges)
// fb.edges allow.
func (m *Model) extend(fb *buffer, beam []hypothesis, st []float32, i int, hist uint64, edges bool) []hypothesis {
	L := len(m.labels)
	var sc [64]float32
	var dyn [numDynamic]uint64
	inv := 1 / m.temp
	next := make([]hypothesis, 0, beamWidth)
	for pi, hy := range beam {
		s := sc[:L]
		copy(s, st)
		fb.dynamicFeatures(i, hy.prev, hy.prev2, hist, &dyn)
		for _, f := range dyn {
			m.addRow(s, f)
		}
		p := hy.prev
		if p < 0 {
			p = L
		}
		allow := m.allow[p*L : p*L+L]
		if edges {
			allow = m.allowed(fb, p, i)
		}
		best := bestAllowed(allow, s)
		if best < 0 {
			continue
		}
		var z float64
		for j, ok := range allow {
			if ok {
				z += math.Exp(float64((s[j] - s[best]) * inv))
			}
		}
		logZ := math.Log(z)
		for j, ok := range allow {
			if ok {
				lp := float64((s[j]-s[best])*inv) - logZ
				next = keepBest(next, hypothesis{score: hy.score + lp, prev: j, prev2: hy.prev, parent: pi, prob: math.Exp(lp)})
			}
		}
	}
	return next
}

// addRow adds the weights of feature f, if the model has it, to sc.
func (m *Model) addRow(sc []float32, f uint64) {
	if r := m.feats.get(f); r >= 0 {
		L := len(sc)
		for j, v := range m.w[int(r)*L : int(r)*L+L] {
			sc[j] += v
		}
	}
}

// spansOf turns a label sequence into spans, tolerating ill-formed
// sequences (an I after O starts a span; a span left open ends at the
// sentence end). A span's score is the mean probability of its labels.
func (m *Model) spansOf(labels []int, probs []float64) []Span {
	var spans []Span
	open := -1
	var sum float64
	var typ Type
	closeAt := func(end int) {
		if open >= 0 {
			spans = append(spans, Span{Start: open, End: end, Type: typ, Score: sum / float64(end-open)})
			open = -1
		}
	}
	for i, l := range labels {
		k, t := m.kinds[l], m.types[l]
		switch {
		case k == 'O':
			closeAt(i)
			continue
		case k == 'B' || k == 'U' || open < 0 || t != typ:
			closeAt(i)
			open, sum, typ = i, 0, t
		}
		sum += probs[i]
		if k == 'L' || k == 'U' {
			closeAt(i + 1)
		}
	}
	closeAt(len(labels))
	return spans
}

// The model file: gzip over
//
//	magic "ergraph-ner\x00" and format version (uvarint modelVersion)
//	labels: count, then each as length and bytes
//	scale, then the temperature of the confidences: float32 bits (little endian)
//	features: count, then the sorted feature hashes as uvarint deltas
//	weights: per feature a uvarint bit mask of its non-zero labels, then
//	         those weights as zig-zag varints (quantised int16)
//	lower-case vocabulary: count, then sorted hashes as uvarint deltas
const modelMagic = "ergraph-ner\x00"

// modelVersion 2 added the word-class, gazetteer, casing and history
// features, 3 context aggregation, 4 the word classes of more neighbours
// (and classes for all of GloVe's words), 5 the casing of a word elsewhere
// in its document, 6 the runs of capitalised words; a model of another version
// would read its weights wrongly.
const modelVersion = 6

// Write writes the model in its compact binary format, gzip-compressed.
// Equal models give equal bytes.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	sv := func(v int64) { bw.Write(buf[:binary.PutVarint(buf[:], v)]) }
	bw.WriteString(modelMagic)
	uv(modelVersion)
	uv(uint64(len(m.labels)))
	for _, l := range m.labels {
		uv(uint64(len(l)))
		bw.WriteString(l)
	}
	binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(m.scale))
	bw.Write(buf[:4])
	binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(m.temp))
	bw.Write(buf[:4])
	L := len(m.labels)
	keys := m.feats.sortedKeys()
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		switch {
		case keys[a] < keys[b]:
			return -1
		case keys[a] > keys[b]:
			return 1
		}
		return 0
	})
	uv(uint64(len(keys)))
	var last uint64
	for _, i := range order {
		uv(keys[i] - last)
		last = keys[i]
	}
	for _, i := range order {
		row := m.q[i*L : i*L+L]
		var mask uint64
		for j, v := range row {
			if v != 0 {
				mask |= 1 << j
			}
		}
		uv(mask)
		for _, v := range row {
			if v != 0 {
				sv(int64(v))
			}
		}
	}
	lower := m.lower.sortedKeys()
	slices.Sort(lower)
	uv(uint64(len(lower)))
	last = 0
	for _, k := range lower {
		uv(k - last)
		last = k
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ReadModel reads a model written by Write.
func ReadModel(r io.Reader) (*Model, error) {
	go loadLexicon() // decoded while the weights are: most of the start-up
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	defer zr.Close()
	br := bufio.NewReaderSize(zr, 1<<16)
	fail := func(err error) (*Model, error) {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("ner model: %w", err)
	}
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil {
		return fail(err)
	}
	if string(magic) != modelMagic {
		return nil, errors.New("ner model: not an ergraph entity model")
	}
	version, err := binary.ReadUvarint(br)
	if err != nil {
		return fail(err)
	}
	if version != modelVersion {
		return nil, fmt.Errorf("ner model: unknown format version %d", version)
	}
	count := func(limit uint64) (int, error) {
		n, err := binary.ReadUvarint(br)
		if err == nil && n > limit {
			err = fmt.Errorf("count %d too large", n)
		}
		return int(n), err
	}
	L, err := count(64)
	if err != nil {
		return fail(err)
	}
	labels := make([]string, L)
	for i := range labels {
		n, err := count(64)
		if err != nil {
			return fail(err)
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			return fail(err)
		}
		labels[i] = string(b)
	}
	var sb [4]byte
	if _, err := io.ReadFull(br, sb[:]); err != nil {
		return fail(err)
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(sb[:]))
	if _, err := io.ReadFull(br, sb[:]); err != nil {
		return fail(err)
	}
	temp := math.Float32frombits(binary.LittleEndian.Uint32(sb[:]))
	if !(temp > 0) || math.IsInf(float64(temp), 0) || !(scale > 0) || math.IsInf(float64(scale), 0) {
		return nil, errors.New("ner model: bad scale or temperature")
	}
	N, err := count(1 << 22)
	if err != nil {
		return fail(err)
	}
	keys := make([]uint64, N)
	var last uint64
	for i := range keys {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return fail(err)
		}
		last += d
		if (d == 0 && i > 0) || last == 0 {
			return nil, errors.New("ner model: feature hashes not increasing")
		}
		keys[i] = last
	}
	q := make([]int16, N*L)
	for i := range N {
		mask, err := binary.ReadUvarint(br)
		if err != nil {
			return fail(err)
		}
		if mask>>L != 0 {
			return nil, errors.New("ner model: bad weight mask")
		}
		for j := range L {
			if mask&(1<<j) == 0 {
				continue
			}
			v, err := binary.ReadVarint(br)
			if err != nil {
				return fail(err)
			}
			if v < math.MinInt16 || v > math.MaxInt16 {
				return nil, errors.New("ner model: weight out of range")
			}
			q[i*L+j] = int16(v)
		}
	}
	NL, err := count(1 << 24)
	if err != nil {
		return fail(err)
	}
	lower := make([]uint64, NL)
	last = 0
	for i := range lower {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return fail(err)
		}
		last += d
		if (d == 0 && i > 0) || last == 0 {
			return nil, errors.New("ner model: vocabulary hashes not increasing")
		}
		lower[i] = last
	}
	m, err := newModel(labels, keys, q, scale, lower)
	if err != nil {
		return nil, err
	}
	m.temp = temp
	return m, nil
}

// allowed returns the labels that may stand on token i after label p (L
// at the sentence start): those the scheme lets follow p and fb.edges
// allows on the token.
func (m *Model) allowed(fb *buffer, p, i int) []bool {
	L := len(m.labels)
	row := m.allow[p*L : p*L+L]
	mask := fb.edges[i]
	if mask == m.any {
		return row
	}
	fb.allow = append(fb.allow[:0], row...)
	for j := range fb.allow {
		fb.allow[j] = fb.allow[j] && mask&(1<<j) != 0
	}
	return fb.allow
}

// markEdges sets fb.edges to the labels each token of sent may take as
// the scheme's span edges allow, as CoNLL-2003 training data has them: a
// clause mark (a colon, a semicolon, a quotation mark) stands outside
// every name (inside one 4 times in 3,100); a name starts and ends with a
// word or a number, never with other punctuation ("Faroe Islands 2-1 (",
// "CNBC ,"); a name does not run on from a possessive into a given name
// (possessiveBeforeName), nor take the "The" that opens a sentence (its
// capital says nothing there); a name opened or continued on a token must be
// able to end before the next clause mark. Without these a document's other
// sentences could lead the tagger over 'Show on Sunday: "It'.
func (m *Model) markEdges(fb *buffer, sent []Token) {
	n := len(sent)
	fb.edges = slices.Grow(fb.edges[:0], n)[:n]
	canEnd := false // a later token, before a clause mark, may end a name
	for i := n - 1; i >= 0; i-- {
		w := sent[i].Text
		mask := m.any
		switch {
		case clauseMark(w):
			mask = m.byKind['O']
		case w == ")" || w == "]":
			mask &^= m.byKind['B'] | m.byKind['U'] // "Mladost ( L )"
		case !wordLike(w):
			mask &^= m.byKind['B'] | m.byKind['U'] | m.byKind['L']
		case w == "The" && opensSentence(sent, i) && i+1 < n && isCap(sent[i+1].Text):
			mask = m.byKind['O'] // "The European Union fined": 7 of 247 CoNLL-2003 names after it take it
		case possessiveBeforeName(m.lex, sent, i):
			mask = m.byKind['O'] // the possessor's name ends before "'s"
		case i > 0 && possessiveBeforeName(m.lex, sent, i-1):
			mask &^= m.byKind['I'] | m.byKind['L']
		}
		if !canEnd && m.bilou {
			mask &^= m.byKind['B'] | m.byKind['I']
		}
		if legalFormWord(m.lex, w) {
			mask &^= m.person // "Jeans Mate Corp"
		}
		fb.edges[i] = mask
		canEnd = !clauseMark(w) && (wordLike(w) || w == ")" || w == "]" || canEnd)
	}
}

// legalFormWord reports a capitalised company legal form that is not also
// a given name ("Corp", "GmbH", but not "Asa"): in the CoNLL-2003
// training data such words stand in 260 organisations' names and in no
// person's.
func legalFormWord(l *lexicon, w string) bool {
	if !isCap(w) {
		return false
	}
	bits := l.phrase(lowerHash(fnvOffset, w))
	return bits&gazOrg != 0 && bits&gazFirst == 0
}

// opensSentence reports whether token i opens sent, at most after
// quotation marks or brackets.
func opensSentence(sent []Token, i int) bool {
	for _, t := range sent[:i] {
		if wordLike(t.Text) {
			return false
		}
	}
	return true
}

// possessiveBeforeName reports a possessive "'s" at token i followed by a
// capitalised given name, which then starts a name or stands outside one
// ("Radio Five's Emma Barnett Show"). In the CoNLL-2003 training data a
// name runs on over "'s" into the next capitalised word 20 times, never
// into a given name, and stops at "'s" before one 41 times.
func possessiveBeforeName(l *lexicon, sent []Token, i int) bool {
	if i+1 >= len(sent) || (sent[i].Text != "'s" && sent[i].Text != "\u2019s") || !isCap(sent[i+1].Text) {
		return false
	}
	return l.phrase(lowerHash(fnvOffset, sent[i+1].Text))&gazFirst != 0
}

// clauseMark reports a token that ends or opens a clause or a quotation.
func clauseMark(w string) bool {
	switch w {
	case ":", ";", `"`, "``", "''", "\u201c", "\u201d", "\u00ab", "\u00bb":
		return true
	}
	return false
}

// wordLike reports a token with a letter or a digit.
func wordLike(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// bestAllowed is the index of the highest score among the allowed labels,
// or -1 when none is allowed.
func bestAllowed[T float32 | float64](allow []bool, scores []T) int {
	best := -1
	for j, ok := range allow {
		if ok && (best < 0 || scores[j] > scores[best]) {
			best = j
		}
	}
	return best
}
