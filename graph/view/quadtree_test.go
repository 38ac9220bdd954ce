package view

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/spatial/r2"
)

// TestQuadRepulsion checks the Barnes-Hut sums against the exact ones:
// equal at θ = 0, within a few per cent at the layout's θ.
func TestQuadRepulsion(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	ps := make([]*particle, 2000)
	for i := range ps {
		ps[i] = &particle{pos: r2.Vec{X: rng.NormFloat64() * 50, Y: rng.NormFloat64() * 50}, mass: 1 + float64(rng.IntN(5))}
	}
	ps[1].pos = ps[0].pos // coincident points must not divide by zero
	q := newQuad(ps)
	var worst float64
	for i := range 200 {
		var exact r2.Vec
		for j, p := range ps {
			if v := r2.Sub(ps[i].pos, p.pos); j != i && (v.X != 0 || v.Y != 0) {
				exact = r2.Add(exact, r2.Scale(scalingRatio*ps[i].mass*p.mass/(v.X*v.X+v.Y*v.Y), v))
			}
		}
		if got := q.repulsionOn(ps, i, 0); r2.Norm(r2.Sub(got, exact)) > 1e-9*r2.Norm(exact) {
			t.Fatalf("particle %d, θ=0: %v, exact %v", i, got, exact)
		}
		got := q.repulsionOn(ps, i, barnesHutTheta)
		if math.IsNaN(got.X) || math.IsNaN(got.Y) {
			t.Fatalf("particle %d: NaN force", i)
		}
		worst = max(worst, r2.Norm(r2.Sub(got, exact))/r2.Norm(exact))
	}
	if worst > 0.05 {
		t.Errorf("θ=%g: worst relative error %.3f, want at most 0.05", barnesHutTheta, worst)
	}
}
