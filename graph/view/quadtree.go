package view

import "gonum.org/v1/gonum/spatial/r2"

// quad is a Barnes-Hut quadtree over particle positions. (gonum's
// spatial/barneshut returned forces far from the exact sums for θ > 0 in
// our checks, so the layout keeps this small one.)
type quad struct {
	centre r2.Vec // centre of mass
	mass   float64
	size   float64  // side of the square
	kids   [4]*quad // nil for a leaf
	items  []int    // a leaf's particles: one, or several at one point
}

// maxDepth stops splitting points that (nearly) coincide.
const maxDepth = 48

func newQuad(ps []*particle) *quad {
	if len(ps) == 0 {
		return nil
	}
	lo, hi := ps[0].pos, ps[0].pos
	idx := make([]int, len(ps))
	for i, p := range ps {
		idx[i] = i
		lo.X, lo.Y = min(lo.X, p.pos.X), min(lo.Y, p.pos.Y)
		hi.X, hi.Y = max(hi.X, p.pos.X), max(hi.Y, p.pos.Y)
	}
	return build(ps, idx, lo, max(hi.X-lo.X, hi.Y-lo.Y, 1e-9), 0)
}

func build(ps []*particle, idx []int, lo r2.Vec, size float64, depth int) *quad {
	q := &quad{size: size}
	for _, i := range idx {
		q.mass += ps[i].mass
		q.centre = r2.Add(q.centre, r2.Scale(ps[i].mass, ps[i].pos))
	}
	q.centre = r2.Scale(1/q.mass, q.centre)
	if len(idx) == 1 || depth == maxDepth {
		q.items = idx
		return q
	}
	half := size / 2
	var parts [4][]int
	for _, i := range idx {
		k := 0
		if ps[i].pos.X >= lo.X+half {
			k |= 1
		}
		if ps[i].pos.Y >= lo.Y+half {
			k |= 2
		}
		parts[k] = append(parts[k], i)
	}
	for k, part := range parts {
		if len(part) > 0 {
			corner := r2.Vec{X: lo.X + half*float64(k&1), Y: lo.Y + half*float64(k>>1)}
			q.kids[k] = build(ps, part, corner, half, depth+1)
		}
	}
	return q
}

// repulsionOn returns ForceAtlas2's repulsion on particle i, kr·m·m'/d
// away from every other particle, with groups whose size over distance
// is below theta taken as one mass at their centre.
func (q *quad) repulsionOn(ps []*particle, i int, theta float64) r2.Vec {
	p := ps[i]
	v := r2.Sub(p.pos, q.centre)
	d2 := v.X*v.X + v.Y*v.Y
	if q.items == nil && q.size*q.size < theta*theta*d2 {
		return r2.Scale(scalingRatio*p.mass*q.mass/d2, v)
	}
	var f r2.Vec
	if q.items != nil {
		for _, j := range q.items {
			if j == i {
				continue
			}
			w := r2.Sub(p.pos, ps[j].pos)
			if e2 := w.X*w.X + w.Y*w.Y; e2 > 0 {
				f = r2.Add(f, r2.Scale(scalingRatio*p.mass*ps[j].mass/e2, w))
			}
		}
		return f
	}
	for _, k := range q.kids {
		if k != nil {
			f = r2.Add(f, k.repulsionOn(ps, i, theta))
		}
	}
	return f
}
