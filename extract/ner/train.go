package ner

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/ergraph/ergraph/extract/pos"
	"github.com/jdkato/prose/v2"
)

// Sentence is one labelled training sentence: tokens with POS tags and one
// BIO label per token ("O", "B-Person", "I-Person", ... over the four
// Types).
type Sentence struct {
	Tokens []Token
	Labels []string
	// Doc numbers the document the sentence belongs to; the sentences of a
	// document are consecutive. History features span a document.
	Doc int
	// Domain is 0 for text annotated as the model should label, or another
	// number for a corpus with conventions of its own (GMB): its
	// sentences also train a copy of every feature private to that domain,
	// which absorbs what the corpus does differently and is dropped from the
	// model (Daume III 2007, "Frustratingly Easy Domain Adaptation").
	Domain int
}

// domainFeature is the private copy of feature f for a domain.
func domainFeature(f uint64, domain int) uint64 { return mix(f, 0xd0_0000+uint64(domain)) }

// docContextOf is the context aggregation of the sentences doc of data.
func docContextOf(data []Sentence, doc []int) docContext {
	sents := make([][]Token, len(doc))
	for k, si := range doc {
		sents[k] = data[si].Tokens
	}
	return newDocContext(sents)
}

// documents groups the indices of data into runs of the same Doc.
func documents(data []Sentence) [][]int {
	var out [][]int
	for i, s := range data {
		if i == 0 || s.Doc != data[i-1].Doc {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], i)
	}
	return out
}

// TrainOptions controls Train. The zero value gives the settings of the
// shipped model.
type TrainOptions struct {
	Epochs   int    // passes over the data; 0 means 10
	Seed     uint64 // seeds the shuffling and word dropout
	Progress func(epoch int, errRate float64)

	// Runs is the number of independent training runs (the shuffles and
	// word dropout of run k seeded with Seed+k) whose averaged weights are
	// averaged again into one model: an ensemble with the size and speed of
	// one model, steadier on names no run saw. 0 means 5.
	Runs int

	// Scheme is the token labelling inside the model: "BILOU" (the
	// default) or "BIO". Spans and Sentence labels are the same either way.
	Scheme string
	// MinCount drops features seen fewer times in the training data
	// (counted with the gold labels); 0 means 2.
	MinCount int
	// WordDropout is the probability that a token's word identity is hidden
	// from one training step, so that the model also learns to recognise
	// names it has not seen from their shape and context; 0 means 0.25 and a
	// negative value turns it off.
	WordDropout float64
}

// Static feature slots that carry a token's word identity (see
// staticFeatures), hidden by word dropout.
const (
	slotWord       = 1
	slotWordM1Word = 24
	slotWordWordP1 = 25
)

// parseBIO splits a BIO label into its kind ('O', 'B' or 'I') and type.
func parseBIO(l string) (byte, Type, error) {
	if l == "O" {
		return 'O', "", nil
	}
	k, t, ok := strings.Cut(l, "-")
	if ok && (k == "B" || k == "I") && slices.Contains(Types, Type(t)) {
		return k[0], Type(t), nil
	}
	return 0, "", fmt.Errorf("bad label %q", l)
}

// Train trains an entity model on data with an averaged perceptron: greedy
// left-to-right decoding, updated wherever it errs, weights averaged over
// all steps, then quantised. The same data, options and seed give the same
// model, byte for byte.
func Train(ctx context.Context, data []Sentence, opt TrainOptions) (*Model, error) {
	epochs := opt.Epochs
	if epochs <= 0 {
		epochs = 10
	}
	runs := opt.Runs
	if runs <= 0 {
		runs = 5
	}
	minCount := opt.MinCount
	if minCount <= 0 {
		minCount = 2
	}
	dropout := opt.WordDropout
	switch {
	case dropout == 0:
		dropout = 0.25
	case dropout < 0:
		dropout = 0
	}
	bilou := true
	switch strings.ToUpper(opt.Scheme) {
	case "", "BILOU":
	case "BIO":
		bilou = false
	default:
		return nil, fmt.Errorf("train: unknown scheme %q", opt.Scheme)
	}

	// The label set and each sentence's gold label indices.
	labels := []string{"O"}
	kinds := "BI"
	if bilou {
		kinds = "BILU"
	}
	index := map[string]int{"O": 0}
	for _, t := range Types {
		for _, k := range kinds {
			index[string(k)+"-"+string(t)] = len(labels)
			labels = append(labels, string(k)+"-"+string(t))
		}
	}
	L := len(labels)
	var sents, calib []Sentence
	var gold, calibGold [][]int
	ntok := 0
	for si, s := range data {
		if len(s.Tokens) != len(s.Labels) {
			return nil, fmt.Errorf("train: sentence %d: %d tokens but %d labels", si, len(s.Tokens), len(s.Labels))
		}
		if len(s.Tokens) == 0 {
			continue
		}
		g := make([]int, len(s.Labels))
		for i, l := range s.Labels {
			k, t, err := parseBIO(l)
			if err != nil {
				return nil, fmt.Errorf("train: sentence %d token %d: %w", si, i, err)
			}
			if k == 'I' && (i == 0 || s.Labels[i-1] == "O" || s.Labels[i-1][2:] != string(t)) {
				k = 'B' // an I that starts a span
			}
			if k != 'O' && bilou {
				last := i+1 == len(s.Labels) || s.Labels[i+1] != "I-"+string(t)
				switch {
				case k == 'B' && last:
					k = 'U'
				case k == 'I' && last:
					k = 'L'
				}
			}
			if k == 'O' {
				g[i] = 0
			} else {
				g[i] = index[string(k)+"-"+string(t)]
			}
		}
		// Every 20th sentence of a large enough set only calibrates the
		// confidences.
		if len(data) >= 1000 && si%20 == 19 {
			calib = append(calib, s)
			calibGold = append(calibGold, g)
			continue
		}
		sents = append(sents, s)
		gold = append(gold, g)
		ntok += len(s.Tokens)
	}
	if len(sents) == 0 {
		return nil, errors.New("train: no sentences")
	}

	// Words seen written in lower case (at least twice).
	var normBuf []byte
	lowerCount := map[uint64]int{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			if hasLetter(t.Text) && strings.ToLower(t.Text) == t.Text {
				normBuf = normWord(normBuf, t.Text)
				lowerCount[hashBytes(normBuf)]++
			}
		}
	}
	var lowerKeys []uint64
	for h, c := range lowerCount {
		if c >= 2 {
			lowerKeys = append(lowerKeys, h)
		}
	}
	slices.Sort(lowerKeys)
	lower := newTable(lowerKeys)

	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	m, err := newModel(labels, nil, nil, 1, nil) // for its transition table
	if err != nil {
		return nil, err
	}
	docs := documents(sents)

	// Count the features, the label-dependent ones with the gold labels.
	fb := new(buffer)
	counts := map[uint64]int32{}
	var dyn [numDynamic]uint64
	for _, doc := range docs {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		h := newHistory()
		fb.ctx = docContextOf(sents, doc)
		for _, si := range doc {
			s := sents[si]
			fb.prepare(s.Tokens, &lower, lex)
			for i := range s.Tokens {
				for _, f := range fb.static[i*numStatic : i*numStatic+fb.nstat[i]] {
					counts[f]++
					if s.Domain != 0 {
						counts[domainFeature(f, s.Domain)]++
					}
				}
				prev, prev2 := -1, -1
				if i > 0 {
					prev = gold[si][i-1]
				}
				if i > 1 {
					prev2 = gold[si][i-2]
				}
				fb.dynamicFeatures(i, prev, prev2, h.of(&fb.attrs[i]), &dyn)
				for _, f := range dyn {
					counts[f]++
					if s.Domain != 0 {
						counts[domainFeature(f, s.Domain)]++
					}
				}
			}
			for i := range s.Tokens {
				h.add(&fb.attrs[i], m.classOf(gold[si][i]))
			}
		}
	}
	var keys []uint64
	for f, c := range counts {
		if int(c) >= minCount {
			keys = append(keys, f)
		}
	}
	counts = nil
	slices.Sort(keys)
	feats := newTable(keys)
	// The private copies: domainRow[d-1][r] is the row of the copy of row r
	// for domain d (-1 when dropped); private[r] marks the copies.
	var domainRow [][]int32
	private := make([]bool, len(keys))
	for _, s := range sents {
		for len(domainRow) < s.Domain {
			d := len(domainRow) + 1
			rows := make([]int32, len(keys))
			for r, k := range keys {
				rows[r] = feats.get(domainFeature(k, d))
				if rows[r] >= 0 {
					private[rows[r]] = true
				}
			}
			domainRow = append(domainRow, rows)
		}
	}

	// Each token's static feature rows (-1 where a feature was dropped) and
	// the attributes its dynamic features need.
	static := make([]int32, ntok*numStatic)
	attrs := make([]tokenAttrs, ntok)
	offset := make([]int, len(sents)+1)
	pos := 0
	for _, doc := range docs {
		fb.ctx = docContextOf(sents, doc)
		for _, si := range doc {
			s := sents[si]
			offset[si] = pos
			fb.prepare(s.Tokens, &lower, lex)
			for i := range s.Tokens {
				row := static[(pos+i)*numStatic : (pos+i+1)*numStatic]
				for k := range row {
					row[k] = -1
					if k < fb.nstat[i] {
						row[k] = feats.get(fb.static[i*numStatic+k])
					}
				}
				attrs[pos+i] = fb.attrs[i]
			}
			pos += len(s.Tokens)
		}
	}
	fb.ctx = docContext{}
	offset[len(sents)] = pos

	// The perceptron: weights and the step-weighted sums for averaging,
	// and the sum of each run's averaged weights.
	w := make([]float64, len(keys)*L)
	acc := make([]float64, len(keys)*L)
	sum := make([]float64, len(keys)*L)
	rows := make([]int32, 0, 2*(numStatic+numDynamic))
	scores := make([]float64, L)
	predicted := make([]int, 0, 256)
	order := make([]int, len(docs))
	for run := range runs {
		clear(w)
		clear(acc)
		rng := rand.New(rand.NewPCG(opt.Seed+uint64(run), 0x6572677261706800))
		for i := range order {
			order[i] = i
		}
		step := 1.0
		for epoch := 1; epoch <= epochs; epoch++ {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			errs := 0
			for n, di := range order {
				if n%256 == 0 && ctx.Err() != nil {
					return nil, ctx.Err()
				}
				h := newHistory()
				for _, si := range docs[di] {
					g := gold[si]
					prev, prev2 := -1, -1
					predicted = predicted[:0]
					for i := range g {
						t := offset[si] + i
						drop := dropout > 0 && rng.Float64() < dropout
						rows = rows[:0]
						for k, r := range static[t*numStatic : (t+1)*numStatic] {
							if r < 0 || drop && (k == slotWord || k == slotWordM1Word || k == slotWordWordP1) {
								continue
							}
							rows = append(rows, r)
						}
						a := &attrs[t]
						dynFeatures(a, prev, prev2, h.of(a), &dyn)
						for k, f := range dyn {
							if drop && k == dynSlotWord {
								continue
							}
							if r := feats.get(f); r >= 0 {
								rows = append(rows, r)
							}
						}
						if d := sents[si].Domain; d != 0 {
							for _, r := range rows {
								if p := domainRow[d-1][r]; p >= 0 {
									rows = append(rows, p)
								}
							}
						}
						clear(scores)
						for _, r := range rows {
							for j, v := range w[int(r)*L : int(r)*L+L] {
								scores[j] += v
							}
						}
						p := prev
						if p < 0 {
							p = L
						}
						best := bestAllowed(m.allow[p*L:p*L+L], scores)
						if best != g[i] {
							errs++
							for _, r := range rows {
								b := int(r) * L
								w[b+g[i]]++
								acc[b+g[i]] += step
								w[b+best]--
								acc[b+best] -= step
							}
						}
						step++
						prev2, prev = prev, best
						predicted = append(predicted, best)
					}
					for i, l := range predicted {
						h.add(&attrs[offset[si]+i], m.classOf(l))
					}
				}
			}
			if opt.Progress != nil {
				opt.Progress(epoch, float64(errs)/float64(ntok))
			}
		}
		for i := range w {
			sum[i] += w[i] - acc[i]/step
		}
	}

	// Average, quantise to int16 and drop the features left without weight.
	var maxAbs float64
	for i := range w {
		w[i] = sum[i] / float64(runs)
		maxAbs = max(maxAbs, math.Abs(w[i]))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := float32(maxAbs / math.MaxInt16)
	var keptKeys []uint64
	var q []int16
	for f, k := range keys {
		row := make([]int16, L)
		nonzero := false
		for j := range row {
			row[j] = int16(math.Round(w[f*L+j] / float64(scale)))
			nonzero = nonzero || row[j] != 0
		}
		if nonzero && !private[f] {
			keptKeys = append(keptKeys, k)
			q = append(q, row...)
		}
	}
	m, err = newModel(labels, keptKeys, q, scale, lowerKeys)
	if err != nil {
		return nil, err
	}
	if len(calib) == 0 {
		calib, calibGold = sents, gold
	}
	m.temp = calibrate(m, calib, calibGold)
	return m, nil
}

// calibrate returns the softmax temperature that best predicts the gold
// labels of data (least log loss), as the model scores them in its own
// greedy pass.
func calibrate(m *Model, data []Sentence, gold [][]int) float32 {
	L := len(m.labels)
	var scores []float32 // per token: L scores, allowed ones only
	var golds []int
	fb := new(buffer)
	for _, doc := range documents(data) {
		h := newHistory()
		fb.ctx = docContextOf(data, doc)
		for _, si := range doc {
			m.tag(fb, data[si].Tokens, h, func(i int, sc []float32, allow []bool) {
				g := gold[si][i]
				if !allow[g] {
					return
				}
				for j, ok := range allow {
					if ok {
						scores = append(scores, sc[j])
					} else {
						scores = append(scores, float32(math.Inf(-1)))
					}
				}
				golds = append(golds, g)
			})
		}
	}
	if len(golds) == 0 {
		return 1
	}
	loss := func(t float64) float64 {
		var sum float64
		for k, g := range golds {
			row := scores[k*L : k*L+L]
			mx := float64(slices.Max(row))
			var z float64
			for _, v := range row {
				if !math.IsInf(float64(v), -1) {
					z += math.Exp((float64(v) - mx) / t)
				}
			}
			sum += math.Log(z) - (float64(row[g])-mx)/t
		}
		return sum
	}
	// Golden-section search over log t.
	a, b := math.Log(1e-3), math.Log(1e4)
	phi := (math.Sqrt(5) - 1) / 2
	c, d := b-phi*(b-a), a+phi*(b-a)
	fc, fd := loss(math.Exp(c)), loss(math.Exp(d))
	for range 40 {
		if fc < fd {
			b, d, fd = d, c, fc
			c = b - phi*(b-a)
			fc = loss(math.Exp(c))
		} else {
			a, c, fc = c, d, fd
			d = a + phi*(b-a)
			fd = loss(math.Exp(d))
		}
	}
	return float32(math.Exp((a + b) / 2))
}

func hasLetter(s string) bool {
	for _, r := range s {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r > 0x7f {
			return true
		}
	}
	return false
}

// PRF holds span counts and precision, recall and F1.
type PRF struct {
	TP, FP, FN            int
	Precision, Recall, F1 float64
}

func (p *PRF) compute() {
	if p.TP+p.FP > 0 {
		p.Precision = float64(p.TP) / float64(p.TP+p.FP)
	}
	if p.TP+p.FN > 0 {
		p.Recall = float64(p.TP) / float64(p.TP+p.FN)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
}

// SpanScores are exact-match span scores: a predicted span counts only if
// its start, end and type all match a gold span. Span scores the same
// spans with their types ignored (boundary detection alone).
type SpanScores struct {
	Overall PRF
	ByType  map[Type]PRF
	Span    PRF
}

// String formats the scores as a table, one line per type.
func (s SpanScores) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-13s %6s %6s %6s %6s\n", "type", "P", "R", "F1", "gold")
	line := func(name string, p PRF) {
		fmt.Fprintf(&b, "%-13s %6.3f %6.3f %6.3f %6d\n", name, p.Precision, p.Recall, p.F1, p.TP+p.FN)
	}
	for _, t := range Types {
		line(string(t), s.ByType[t])
	}
	line("overall", s.Overall)
	line("span, untyped", s.Span)
	return b.String()
}

// GoldSpans returns the spans of a BIO label sequence. An I- label that
// does not continue a span of its type starts one.
func GoldSpans(labels []string) []Span {
	var spans []Span
	for i := 0; i < len(labels); i++ {
		k, t, err := parseBIO(labels[i])
		if err != nil || k == 'O' {
			continue
		}
		j := i + 1
		for j < len(labels) && labels[j] == "I-"+string(t) {
			j++
		}
		spans = append(spans, Span{Start: i, End: j, Type: t, Score: 1})
		i = j - 1
	}
	return spans
}

// ScoreSpans compares predicted[i] with the gold spans of data[i].
func ScoreSpans(data []Sentence, predicted [][]Span) SpanScores {
	s := SpanScores{ByType: map[Type]PRF{}}
	type key struct {
		start, end int
		t          Type
	}
	for i, sent := range data {
		goldSet := map[key]bool{}
		goldSpan := map[[2]int]bool{}
		for _, g := range GoldSpans(sent.Labels) {
			goldSet[key{g.Start, g.End, g.Type}] = true
			goldSpan[[2]int{g.Start, g.End}] = true
		}
		var pred []Span
		if i < len(predicted) {
			pred = predicted[i]
		}
		for _, p := range pred {
			if se := [2]int{p.Start, p.End}; goldSpan[se] {
				s.Span.TP++
				delete(goldSpan, se)
			} else {
				s.Span.FP++
			}
		}
		s.Span.FN += len(goldSpan)
		for _, p := range pred {
			c := s.ByType[p.Type]
			k := key{p.Start, p.End, p.Type}
			if goldSet[k] {
				c.TP++
				delete(goldSet, k)
			} else {
				c.FP++
			}
			s.ByType[p.Type] = c
		}
		for k := range goldSet {
			c := s.ByType[k.t]
			c.FN++
			s.ByType[k.t] = c
		}
	}
	for t, c := range s.ByType {
		c.compute()
		s.ByType[t] = c
		s.Overall.TP += c.TP
		s.Overall.FP += c.FP
		s.Overall.FN += c.FN
	}
	s.Overall.compute()
	s.Span.compute()
	return s
}

// Evaluate returns span precision, recall and F1 per type and overall of m
// on held-out sentences.
func Evaluate(m *Model, data []Sentence) SpanScores {
	pred := make([][]Span, len(data))
	for _, doc := range documents(data) {
		sents := make([][]Token, len(doc))
		for k, si := range doc {
			sents[k] = data[si].Tokens
		}
		for k, spans := range m.Tag(sents) {
			pred[doc[k]] = spans
		}
	}
	return ScoreSpans(data, pred)
}

// ReadTraining reads annotated sentences in a simple column format, as
// CoNLL files have it: one token per line, fields separated by spaces or
// tabs, a blank line between sentences. The first field is the word, the
// last its label, and with three or more fields the second is its
// part-of-speech tag; without one, the sentence is tagged with prose.
// Lines starting with "#" are skipped; a "-DOCSTART-" line starts a new
// document (Sentence.Doc).
//
// Labels are BIO (IOB2; IOB1 as in CoNLL-2003 is repaired) over the types
// Person, Organization, Place and Event; the common names PER, PERSON,
// ORG, ORGANIZATION, LOC, LOCATION, GPE, GEO, FAC, FACILITY, EVE and EVENT
// are accepted in any case, and any other type (MISC, DATE, ...) reads as O.
func ReadTraining(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	var out []Sentence
	var cur Sentence
	doc := 0
	untagged := map[int]bool{}
	flush := func() {
		if len(cur.Tokens) > 0 {
			repairBIO(cur.Labels)
			cur.Doc = doc
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			flush()
			continue
		}
		if strings.HasPrefix(text, "-DOCSTART-") {
			flush()
			if len(out) > 0 {
				doc = out[len(out)-1].Doc + 1
			}
			continue
		}
		if strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Fields(text)
		if len(f) < 2 {
			return nil, fmt.Errorf("training data line %d: want a word and a label", line)
		}
		label, err := trainingLabel(f[len(f)-1])
		if err != nil {
			return nil, fmt.Errorf("training data line %d: %w", line, err)
		}
		tag := ""
		if len(f) >= 3 {
			tag = f[1]
		} else {
			untagged[len(out)] = true
		}
		cur.Tokens = append(cur.Tokens, Token{Text: f[0], Tag: tag})
		cur.Labels = append(cur.Labels, label)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	if len(untagged) > 0 {
		for i := range out {
			if !untagged[i] {
				continue
			}
			words := make([]string, len(out[i].Tokens))
			for j, t := range out[i].Tokens {
				words[j] = t.Text
			}
			tagged, err := ProseTag(words)
			if err != nil {
				return nil, err
			}
			for j := range out[i].Tokens {
				if out[i].Tokens[j].Tag == "" {
					out[i].Tokens[j].Tag = tagged[j].Tag
				}
			}
		}
	}
	return out, nil
}

var trainingTypes = map[string]Type{
	"PER": Person, "PERSON": Person,
	"ORG": Organization, "ORGANIZATION": Organization, "ORGANISATION": Organization,
	"LOC": Place, "LOCATION": Place, "GPE": Place, "GEO": Place, "PLACE": Place, "FAC": Place, "FACILITY": Place,
	"EVE": Misc, "EVENT": Misc, "MISC": Misc,
}

// trainingLabel maps a label of another tag set to a BIO label over Types.
func trainingLabel(l string) (string, error) {
	if l == "O" {
		return l, nil
	}
	k, name, ok := strings.Cut(l, "-")
	if !ok || len(k) != 1 || !strings.Contains("BIES", k) && !strings.Contains("LU", k) {
		return "", fmt.Errorf("bad label %q", l)
	}
	t, ok := trainingTypes[strings.ToUpper(name)]
	if !ok {
		return "O", nil
	}
	switch k {
	case "B", "S", "U":
		k = "B"
	default:
		k = "I"
	}
	return k + "-" + string(t), nil
}

// prose's default model, loaded once.
var (
	baselineOnce  sync.Once
	baselineModel *prose.Model
	baselineErr   error
)

func baselineProse() (*prose.Model, error) {
	baselineOnce.Do(func() {
		doc, err := prose.NewDocument("Load.", prose.WithSegmentation(false))
		if err != nil {
			baselineErr = err
			return
		}
		baselineModel = doc.Model
	})
	return baselineModel, baselineErr
}

// baselineSanitiser is the replacement prose's tokeniser applies first; words
// are given to it already replaced so that offsets stay put.
var baselineSanitiser = strings.NewReplacer(
	"\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "&rsquo;", "'")

// baselineRun runs prose over words joined by spaces and returns its tokens
// and, for each, the indices of the words holding its first and last
// bytes (-1 where it could not be placed).
func baselineRun(m *prose.Model, words []string, entities bool) ([]prose.Token, []int, []int) {
	var b strings.Builder
	starts := make([]int, len(words))
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		w = baselineSanitiser.Replace(w)
		b.WriteString(strings.Map(func(r rune) rune {
			if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
				return '_'
			}
			return r
		}, w))
	}
	text := b.String()
	doc, _ := prose.NewDocument(text, prose.UsingModel(m), prose.WithSegmentation(false), prose.WithExtraction(entities))
	toks := doc.Tokens()
	first := make([]int, len(toks))
	last := make([]int, len(toks))
	wordAt := func(p int) int { return sort.Search(len(starts), func(i int) bool { return starts[i] > p }) - 1 }
	cur := 0
	for i, t := range toks {
		first[i], last[i] = -1, -1
		if t.Text == "" {
			continue
		}
		p := strings.Index(text[cur:], t.Text)
		if p < 0 {
			continue
		}
		p += cur
		first[i] = wordAt(p)
		last[i] = wordAt(p + len(t.Text) - 1)
		cur = p + len(t.Text)
	}
	return toks, first, last
}

// quoteFolder straightens typographic quotes, as the pipeline does before
// tagging.
var quoteFolder = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "\u201e", `"`, "\u00ab", `"`, "\u00bb", `"`)

// ProseTag tags one sentence's words with prose's part-of-speech tagger as
// the extraction pipeline runs it (package pos), so that training sentences
// carry the tags the model will see.
func ProseTag(words []string) ([]Token, error) {
	tagger, err := pos.Load()
	if err != nil {
		return nil, err
	}
	folded := make([]string, len(words))
	for i, w := range words {
		if w == "" {
			w = "_"
		}
		folded[i] = quoteFolder.Replace(w)
	}
	tags := make([]string, len(words))
	tagger.Tag(folded, tags)
	out := make([]Token, len(words))
	for i, w := range words {
		out[i] = Token{Text: w, Tag: tags[i]}
	}
	return out, nil
}

// RetagProse returns a copy of data with every token's part-of-speech tag
// replaced by prose's (see ProseTag), as the extraction pipeline will see
// them.
func RetagProse(data []Sentence) ([]Sentence, error) {
	out := make([]Sentence, len(data))
	err := parallel(len(data), func(i int) error {
		words := make([]string, len(data[i].Tokens))
		for j, t := range data[i].Tokens {
			words[j] = t.Text
		}
		toks, err := ProseTag(words)
		out[i] = Sentence{Tokens: toks, Labels: data[i].Labels, Doc: data[i].Doc, Domain: data[i].Domain}
		return err
	})
	return out, err
}

// parallel calls f(0..n-1) on GOMAXPROCS goroutines and returns the first
// error.
func parallel(n int, f func(i int) error) error {
	workers := min(runtime.GOMAXPROCS(0), n)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				if err := f(i); err != nil {
					errs[w] = err
					return
				}
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// baselineTypes maps prose's entity labels to ergraph's.
var baselineTypes = map[string]Type{
	"PERSON":       Person,
	"ORGANIZATION": Organization,
	"GPE":          Place,
	"LOCATION":     Place,
	"FACILITY":     Place,
	"GSP":          Place,
}

// ProseSpans runs prose's default entity extractor on one sentence's words
// (joined by spaces) and returns its entities as spans over the words,
// chunked exactly as prose's Document.Entities chunks them. Scores are 1.
func ProseSpans(words []string) ([]Span, error) {
	m, err := baselineProse()
	if err != nil {
		return nil, err
	}
	toks, first, last := baselineRun(m, words, true)
	var spans []Span
	emit := func(parts []int) {
		// prose's coalesce: PERSON wins a two-token chunk holding
		// B-PERSON, else the first token's type.
		label := toks[parts[0]].Label
		if len(parts) == 2 && (toks[parts[0]].Label == "B-PERSON" || toks[parts[1]].Label == "B-PERSON") {
			label = "B-PERSON"
		}
		_, name, _ := strings.Cut(label, "-")
		t, ok := baselineTypes[name]
		a, b := first[parts[0]], last[parts[len(parts)-1]]
		if ok && a >= 0 && b >= a {
			spans = append(spans, Span{Start: a, End: b + 1, Type: t, Score: 1})
		}
	}
	// A copy of prose's chunk over token indices.
	end := ""
	var parts []int
	for i, tok := range toks {
		label := tok.Label
		n := len(parts)
		if (label != "O" && label != end) ||
			(n > 0 && tok.Tag == toks[parts[n-1]].Tag) ||
			(n > 0 && tok.Tag == "CD" && toks[parts[n-1]].Label != "O") {
			end = strings.Replace(label, "B", "I", 1)
			parts = append(parts, i)
		} else if (label == "O" && end != "") || label == end {
			if label != "O" {
				parts = append(parts, i)
			}
			emit(parts)
			end = ""
			parts = nil
		}
	}
	return spans, nil
}

// EvaluateProse scores prose's default entity extractor on data the way
// Evaluate scores a Model, for comparison.
func EvaluateProse(data []Sentence) (SpanScores, error) {
	pred := make([][]Span, len(data))
	err := parallel(len(data), func(i int) error {
		words := make([]string, len(data[i].Tokens))
		for j, t := range data[i].Tokens {
			words[j] = t.Text
		}
		var err error
		pred[i], err = ProseSpans(words)
		return err
	})
	return ScoreSpans(data, pred), err
}
