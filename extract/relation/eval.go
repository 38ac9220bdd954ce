package relation

import "fmt"

// Counts are true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// Add accumulates c2 into c.
func (c *Counts) Add(c2 Counts) { c.TP += c2.TP; c.FP += c2.FP; c.FN += c2.FN }

// PRF returns precision, recall and F1 (0 where undefined).
func (c Counts) PRF() (p, r, f float64) {
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func (c Counts) String() string {
	p, r, f := c.PRF()
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (tp=%d fp=%d fn=%d)", p, r, f, c.TP, c.FP, c.FN)
}

// Evaluate scores m on data with the gold mentions given: a predicted
// relation of a learned type counts when its source, target and type are
// gold. It returns counts per type.
func (m *Model) Evaluate(data []Example, minConfidence float64) map[string]Counts {
	out := map[string]Counts{}
	for _, ex := range data {
		gold := map[Relation]bool{}
		for _, r := range ex.Relations {
			gold[Relation{Source: r.Source, Target: r.Target, Type: r.Type}] = true
		}
		for _, r := range m.Find(ex.Sentence, minConfidence) {
			if !isLearned(r.Type) {
				continue
			}
			c := out[r.Type]
			k := Relation{Source: r.Source, Target: r.Target, Type: r.Type}
			if gold[k] {
				c.TP++
				delete(gold, k)
			} else {
				c.FP++
			}
			out[r.Type] = c
		}
		for r := range gold {
			c := out[r.Type]
			c.FN++
			out[r.Type] = c
		}
	}
	return out
}

func isLearned(t string) bool {
	for _, l := range learned {
		if l.typ == t {
			return true
		}
	}
	return false
}

// Bin is one row of a reliability table: predictions whose confidence
// falls in [Lo, Hi), their mean confidence and the share that was right.
type Bin struct {
	Lo, Hi         float64
	N              int
	MeanConfidence float64
	Accuracy       float64
}

// Reliability bins predictions by confidence into n equal-width bins.
func Reliability(preds []Scored, n int) []Bin {
	bins := make([]Bin, n)
	right := make([]int, n)
	for i := range bins {
		bins[i].Lo, bins[i].Hi = float64(i)/float64(n), float64(i+1)/float64(n)
	}
	for _, p := range preds {
		i := min(int(p.Confidence*float64(n)), n-1)
		bins[i].N++
		bins[i].MeanConfidence += p.Confidence
		if p.Correct {
			right[i]++
		}
	}
	for i := range bins {
		if bins[i].N > 0 {
			bins[i].MeanConfidence /= float64(bins[i].N)
			bins[i].Accuracy = float64(right[i]) / float64(bins[i].N)
		}
	}
	return bins
}

// Score returns held-out style predictions of m on data (gold mentions
// given), for a reliability table on data the model never saw.
func (m *Model) Score(data []Example) []Scored {
	var out []Scored
	for _, ex := range data {
		s := ex.Sentence
		f := newFeaturizer(&s)
		sc := make([]float64, nClasses)
		for _, c := range candidates(&s) {
			m.scores(&s, f, c, sc)
			k := softmax(sc, c.classes)
			src, dst := c.a, c.b
			if k%2 == 1 {
				src, dst = c.b, c.a
			}
			ok, pos := false, false
			for _, r := range ex.Relations {
				ok = ok || r.Source == src && r.Target == dst && r.Type == learned[k/2].typ
				pos = pos || isLearned(r.Type) && (r.Source == c.a && r.Target == c.b || r.Source == c.b && r.Target == c.a)
			}
			out = append(out, Scored{Type: learned[k/2].typ, Confidence: m.calibrate(k/2, sc[k]), Correct: ok, Positive: pos})
		}
	}
	return out
}
