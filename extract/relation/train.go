package relation

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
)

// Example is a training or evaluation sentence with its gold relations
// (Source, Target and Type set).
type Example struct {
	Sentence
	Relations []Relation
	// ID names the source sentence: examples with the same ID (one
	// sentence read two ways) are held out together in cross-fitting.
	ID int
	// ignore lists mention pairs that are neither positive nor negative
	// examples: parts of one gold mention ("Aiken" and "S.C." inside
	// "Aiken, S.C.").
	ignore [][2]int
}

// TrainOptions control Train. The zero value gives the shipped settings.
type TrainOptions struct {
	Epochs   int     // passes over the data; 0 means 20
	Folds    int     // cross-fitting folds for calibration; 0 means 5
	L2       float64 // L2 penalty per update; 0 means 1e-3
	MinCount int     // keep features seen at least this often; 0 means 2
	Runs     int     // training runs (shuffles) whose weights are averaged; 0 means 6
	Seed     uint64
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Epochs == 0 {
		o.Epochs = 20
	}
	if o.Folds == 0 {
		o.Folds = 5
	}
	if o.L2 == 0 {
		o.L2 = 1e-3
	}
	if o.MinCount == 0 {
		o.MinCount = 2
	}
	if o.Runs == 0 {
		o.Runs = 6
	}
	return o
}

// Scored is one held-out prediction: a candidate pair's most likely
// relation, its calibrated probability and whether the gold data has it.
type Scored struct {
	Type       string
	Confidence float64
	Correct    bool
	Positive   bool // the pair holds a relation of a learned type, whatever the prediction
}

// instance is one candidate pair with its features and gold class (-1: none).
type instance struct {
	id      int // Example.ID
	feats   []string
	classes []int
	gold    int
}

func instances(data []Example) []instance {
	var out []instance
	for _, ex := range data {
		s := ex.Sentence
		f := newFeaturizer(&s)
		for _, c := range candidates(&s) {
			in := instance{id: ex.ID, classes: c.classes, gold: -1}
			f.emit = func(b []byte) { in.feats = append(in.feats, string(b)) }
			f.pair(&s, s.Mentions[c.a], s.Mentions[c.b])
			skip := slices.Contains(ex.ignore, [2]int{c.a, c.b})
			for _, r := range ex.Relations {
				if r.Source == c.a && r.Target == c.b || r.Source == c.b && r.Target == c.a {
					skip = true // stated, but not as the types read allow: no evidence either way
				}
				for _, k := range c.classes {
					l := learned[k/2]
					if r.Type != l.typ {
						continue
					}
					if k%2 == 0 && r.Source == c.a && r.Target == c.b || k%2 == 1 && r.Source == c.b && r.Target == c.a {
						in.gold = k
					}
				}
			}
			if in.gold >= 0 || !skip {
				out = append(out, in)
			}
		}
	}
	return out
}

// Train fits a model to data: multinomial logistic regression by AdaGrad,
// then Platt scaling per type on the held-out scores of Folds
// cross-fitted models. It returns the model and those held-out
// predictions, calibrated, for a reliability table.
func Train(data []Example, opt TrainOptions) (*Model, []Scored, error) {
	opt = opt.withDefaults()
	ins := instances(data)
	if len(ins) == 0 {
		return nil, nil, errors.New("train relations: no candidate pairs in the data")
	}
	// Cross-fitting: every pair scored by a model that never saw its sentence.
	type held struct {
		k    int
		p    float64
		y    bool
		gold bool
	}
	var hs []held
	for fold := range opt.Folds {
		var tr, te []instance
		for _, in := range ins {
			if in.id%opt.Folds == fold {
				te = append(te, in)
			} else {
				tr = append(tr, in)
			}
		}
		m := fit(tr, opt)
		sc := make([]float64, nClasses)
		for _, in := range te {
			k := m.predict(in, sc)
			hs = append(hs, held{k / 2, sc[k], in.gold == k, in.gold >= 0})
		}
	}
	m := fit(ins, opt)
	for k := range learned {
		var xs []float64
		var ys []bool
		for _, h := range hs {
			if h.k == k {
				p := min(max(h.p, 1e-6), 1-1e-6)
				xs = append(xs, math.Log(p/(1-p)))
				ys = append(ys, h.y)
			}
		}
		m.platt[k] = plattFit(xs, ys)
	}
	out := make([]Scored, len(hs))
	for i, h := range hs {
		out[i] = Scored{Type: learned[h.k].typ, Confidence: m.calibrate(h.k, h.p), Correct: h.y, Positive: h.gold}
	}
	return m, out, nil
}

// predict scores a training instance; sc gets the class probabilities.
func (m *Model) predict(in instance, sc []float64) int {
	clear(sc)
	for _, s := range in.feats {
		if i, ok := m.index[s]; ok {
			row := m.w[int(i)*nClasses : int(i+1)*nClasses]
			for k := range sc {
				sc[k] += float64(row[k])
			}
		}
	}
	return softmax(sc, in.classes)
}

// fit trains weights by AdaGrad on the softmax loss over each instance's
// allowed classes and "none".
func fit(ins []instance, opt TrainOptions) *Model {
	count := map[string]int{}
	for _, in := range ins {
		for _, s := range in.feats {
			count[s]++
		}
	}
	var names []string
	for s, n := range count {
		if n >= opt.MinCount {
			names = append(names, s)
		}
	}
	sort.Strings(names)
	m := &Model{index: make(map[string]int32, len(names)), w: make([]float32, len(names)*nClasses)}
	for i, s := range names {
		m.index[s] = int32(i)
	}
	for k := range m.platt {
		m.platt[k] = [2]float64{1, 0}
	}
	rows := make([][]int32, len(ins))
	for i, in := range ins {
		for _, s := range in.feats {
			if r, ok := m.index[s]; ok {
				rows[i] = append(rows[i], r)
			}
		}
	}
	// The weights of several runs over differently shuffled data,
	// averaged: the many sparse features (words, word classes) make one
	// run's weights vary with the order it met the data; the average
	// ranks held-out pairs better.
	avg := make([]float64, len(m.w))
	for run := range opt.Runs {
		w := make([]float64, len(m.w))
		g2 := make([]float64, len(m.w))
		order := make([]int, len(ins))
		for i := range order {
			order[i] = i
		}
		rng := rand.New(rand.NewPCG(opt.Seed+uint64(run), 11))
		const eta = 0.2
		sc := make([]float64, nClasses)
		for range opt.Epochs {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for _, i := range order {
				in := ins[i]
				clear(sc)
				for _, r := range rows[i] {
					for k := range sc {
						sc[k] += w[int(r)*nClasses+k]
					}
				}
				softmax(sc, in.classes)
				for _, k := range in.classes {
					grad := sc[k]
					if k == in.gold {
						grad--
					}
					for _, r := range rows[i] {
						j := int(r)*nClasses + k
						gj := grad + opt.L2*w[j]
						g2[j] += gj * gj
						w[j] -= eta * gj / math.Sqrt(g2[j]+1e-8)
					}
				}
			}
		}
		for i, x := range w {
			avg[i] += x / float64(opt.Runs)
		}
	}
	for i, x := range avg {
		m.w[i] = float32(x)
	}
	return m
}

// plattFit fits p(y) = sigmoid(a*x + b) by damped Newton steps on the log
// loss with Platt's smoothed targets.
func plattFit(xs []float64, ys []bool) [2]float64 {
	if len(xs) == 0 {
		return [2]float64{1, 0}
	}
	var npos, nneg float64
	for _, y := range ys {
		if y {
			npos++
		} else {
			nneg++
		}
	}
	hi, lo := (npos+1)/(npos+2), 1/(nneg+2)
	target := func(i int) float64 {
		if ys[i] {
			return hi
		}
		return lo
	}
	loss := func(a, b float64) float64 {
		l := 0.0
		for i, x := range xs {
			z := a*x + b
			// log(1+e^z) - t*z, computed stably
			l += math.Max(z, 0) + math.Log1p(math.Exp(-math.Abs(z))) - target(i)*z
		}
		return l
	}
	a, b := 1.0, 0.0
	cur := loss(a, b)
	for range 100 {
		var ga, gb, haa, hab, hbb float64
		for i, x := range xs {
			p := sigmoid(a*x + b)
			d := p - target(i)
			ga += d * x
			gb += d
			v := max(p*(1-p), 1e-12)
			haa += v * x * x
			hab += v * x
			hbb += v
		}
		haa += 1e-6
		hbb += 1e-6
		det := haa*hbb - hab*hab
		if det <= 0 {
			break
		}
		da := (hbb*ga - hab*gb) / det
		db := (haa*gb - hab*ga) / det
		step := 1.0
		for step > 1e-8 {
			if l := loss(a-step*da, b-step*db); l < cur {
				a, b, cur = a-step*da, b-step*db, l
				break
			}
			step /= 2
		}
		if step <= 1e-8 || math.Abs(step*da)+math.Abs(step*db) < 1e-10 {
			break
		}
	}
	return [2]float64{a, b}
}
