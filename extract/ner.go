package extract

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
	labels []string // "O", "B-Person", ...
	kinds  []byte   // 'O', 'B', 'I', 'L' or 'U' per label
	types  []Type   // entity type per label ("" for O)
	allow  []bool   // allow[prev*L+next]: next may follow prev; prev == L is the sentence start

	feats nerTable  // feature hash -> row
	w     []float32 // row*L + label
	q     []int16   // the quantised weights, as written
	scale float32   // w = q * scale
	temp  float32   // softmax temperature of the confidences

	lower nerTable // normalised words seen in lower case in the training data

	pool sync.Pool // *nerBuffer
}

// nerTable is an open-addressing hash table from non-zero 64-bit keys to
// dense indices.
type nerTable struct {
	slots []nerSlot
	mask  uint64
}

type nerSlot struct {
	key uint64
	val int32
}

func newNerTable(keys []uint64) nerTable {
	size := 1
	for size < 2*len(keys)+1 {
		size <<= 1
	}
	t := nerTable{slots: make([]nerSlot, size), mask: uint64(size - 1)}
	for i, k := range keys {
		j := (k * 0x9e3779b97f4a7c15 >> 7) & t.mask
		for t.slots[j].key != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = nerSlot{k, int32(i)}
	}
	return t
}

func (t *nerTable) get(k uint64) int32 {
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

func (t *nerTable) hasLower(h uint64) bool { return t.get(h) >= 0 }

// sortedKeys returns the keys of t in index order.
func (t *nerTable) sortedKeys() []uint64 {
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
	m.w = make([]float32, len(q))
	for i, v := range q {
		m.w[i] = float32(v) * scale
	}
	m.feats = newNerTable(keys)
	m.lower = newNerTable(lower)
	m.pool.New = func() any { return new(nerBuffer) }
	return m, nil
}

//go:embed model/ner.bin.gz
var nerModelData []byte

var (
	nerDefaultOnce sync.Once
	nerDefault     *Model
	nerDefaultErr  error
)

// DefaultModel returns the model shipped in the binary, trained on the
// Groningen Meaning Bank (see scripts/train-model.sh). It is decoded once
// per process.
func DefaultModel() (*Model, error) {
	nerDefaultOnce.Do(func() {
		nerDefault, nerDefaultErr = ReadModel(bytes.NewReader(nerModelData))
	})
	return nerDefault, nerDefaultErr
}

// Spans tags one sentence and returns its entity spans in order. A span's
// Score is the mean probability the model gives its tokens' labels (a
// softmax of the perceptron scores at a temperature fitted on sentences
// kept out of training).
//
// The model was trained on tokens as GMB and prose's tokeniser cut them:
// punctuation and the possessive "'s" are tokens of their own, dotted
// abbreviations ("U.S.", "Mr.") and hyphenated words ("al-Qaida",
// "Facebook-owned") are one token. Person spans hold the name without its
// title: "Prime Minister Theresa May" gives Person "Theresa May".
func (m *Model) Spans(sent []Token) []Span {
	if len(sent) == 0 {
		return nil
	}
	fb := m.pool.Get().(*nerBuffer)
	defer m.pool.Put(fb)
	labels, probs := m.tag(fb, sent, nil)
	return m.spansOf(labels, probs)
}

// tag labels sent greedily left to right, returning the label indices and
// the probability the model gives each choice. The slices live in fb. If
// visit is not nil, it sees every token's scores and allowed labels.
func (m *Model) tag(fb *nerBuffer, sent []Token, visit func(i int, scores []float32, allow []bool)) ([]int, []float64) {
	fb.prepare(sent, &m.lower)
	L := len(m.labels)
	n := len(sent)
	if cap(fb.labels) < n {
		fb.labels = make([]int, n)
		fb.probs = make([]float64, n)
	}
	labels, probs := fb.labels[:n], fb.probs[:n]
	var scores [64]float32
	var dyn [nerNumDynamic]uint64
	prev, prev2 := -1, -1
	for i := range n {
		sc := scores[:L]
		clear(sc)
		for _, h := range fb.static[i*nerNumStatic : i*nerNumStatic+fb.nstat[i]] {
			if r := m.feats.get(h); r >= 0 {
				row := m.w[int(r)*L : int(r)*L+L]
				for j, v := range row {
					sc[j] += v
				}
			}
		}
		fb.dynamicFeatures(i, prev, prev2, &dyn)
		for _, h := range dyn {
			if r := m.feats.get(h); r >= 0 {
				row := m.w[int(r)*L : int(r)*L+L]
				for j, v := range row {
					sc[j] += v
				}
			}
		}
		p := prev
		if p < 0 {
			p = L
		}
		allow := m.allow[p*L : p*L+L]
		best := bestAllowed(allow, sc)
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
	return labels, probs
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
//	magic "ergraph-ner\x00" and format version (uvarint 1)
//	labels: count, then each as length and bytes
//	scale, then the temperature of the confidences: float32 bits (little endian)
//	features: count, then the sorted feature hashes as uvarint deltas
//	weights: per feature a uvarint bit mask of its non-zero labels, then
//	         those weights as zig-zag varints (quantised int16)
//	lower-case vocabulary: count, then sorted hashes as uvarint deltas
const nerMagic = "ergraph-ner\x00"

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
	bw.WriteString(nerMagic)
	uv(1)
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
	magic := make([]byte, len(nerMagic))
	if _, err := io.ReadFull(br, magic); err != nil {
		return fail(err)
	}
	if string(magic) != nerMagic {
		return nil, errors.New("ner model: not an ergraph entity model")
	}
	version, err := binary.ReadUvarint(br)
	if err != nil {
		return fail(err)
	}
	if version != 1 {
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
