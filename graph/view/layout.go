package view

import (
	"math"
	"runtime"
	"sync"

	"github.com/ergraph/ergraph/graph"
	"gonum.org/v1/gonum/spatial/r2"
)

// ForceAtlas2 parameters (Jacomy et al., "ForceAtlas2, a continuous graph
// layout algorithm", PLoS ONE 2014), with the values graphology's
// inferSettings picks for graphs of more than a hundred nodes.
const (
	layoutIterations = 150
	scalingRatio     = 10   // kr, repulsion strength
	gravity          = 0.05 // kg, of strong gravity
	barnesHutTheta   = 0.5
)

// goldenAngle spreads successive points of the starting spiral evenly.
var goldenAngle = math.Pi * (3 - math.Sqrt(5))

// particle is one node: its mass is its degree plus one, as ForceAtlas2
// weighs repulsion.
type particle struct {
	pos         r2.Vec
	mass        float64
	convergence float64
}

// Layout places the nodes ranked by PageRank (order[i] is the index in
// nodes of the node ranked i) with ForceAtlas2: Barnes-Hut repulsion (quad),
// attraction along links in proportion to
// distance and 1+ln(weight), and gravity towards the centre. It starts
// from a sunflower spiral, most central nodes in the middle, and runs a
// fixed number of iterations, so the same graph always gets the same
// picture. It returns positions in the order of ranks; the cost is about
// layoutIterations × (n log n + m).
func Layout(g *graph.Graph, nodes []*graph.Node, order []int) []r2.Vec {
	n := len(order)
	rank := make(map[string]int, n)
	for r, k := range order {
		rank[nodes[k].ID] = r
	}
	type link struct {
		a, b int
		w    float64
	}
	var links []link
	ps := make([]*particle, n)
	for r := range ps {
		ps[r] = &particle{mass: 1, convergence: 1}
		rad, a := math.Sqrt(float64(r)+0.5), float64(r)*goldenAngle
		ps[r].pos = r2.Vec{X: rad * math.Cos(a), Y: rad * math.Sin(a)}
	}
	for _, e := range g.Edges() {
		a, b := rank[e.Source], rank[e.Target]
		links = append(links, link{a, b, 1 + math.Log(float64(max(e.Weight, 1)))})
		ps[a].mass++
		ps[b].mass++
	}
	force, prev := make([]r2.Vec, n), make([]r2.Vec, n)
	for it := 0; it < layoutIterations && n > 1; it++ {
		tree := newQuad(ps)
		forEach(n, func(i int) {
			p := ps[i]
			f := tree.repulsionOn(ps, i, barnesHutTheta)
			// Strong gravity, kg·m·d towards the origin, keeps the
			// components of a disconnected graph together.
			force[i] = r2.Sub(f, r2.Scale(gravity*p.mass, p.pos))
		})
		for _, l := range links {
			v := r2.Scale(l.w, r2.Sub(ps[l.b].pos, ps[l.a].pos))
			force[l.a] = r2.Add(force[l.a], v)
			force[l.b] = r2.Sub(force[l.b], v)
		}
		move(ps, force, prev)
	}
	out := make([]r2.Vec, n)
	for i, p := range ps {
		out[i] = p.pos
	}
	return out
}

// move moves every node by its force, slowed where the force swings
// between iterations: ForceAtlas2's local speed in graphology's form,
// convergence·ln(1+traction)/(1+√swinging) over 1+ln(n), where each
// node's convergence starts at 1 and falls as it settles. prev holds the
// last forces.
func move(ps []*particle, force, prev []r2.Vec) {
	slowDown := 1 + math.Log(float64(len(ps)))
	for i, p := range ps {
		swinging := p.mass * r2.Norm(r2.Sub(prev[i], force[i]))
		traction := r2.Norm(r2.Add(prev[i], force[i])) / 2
		speed := p.convergence * math.Log1p(traction) / (1 + math.Sqrt(swinging))
		f2 := force[i].X*force[i].X + force[i].Y*force[i].Y
		p.convergence = min(1, math.Sqrt(speed*f2/(1+math.Sqrt(swinging))))
		p.pos = r2.Add(p.pos, r2.Scale(speed/slowDown, force[i]))
		prev[i] = force[i]
	}
}

// forEach calls fn for 0..n-1 on every core. Each call writes only its
// own index, so the result does not depend on scheduling.
func forEach(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), max(1, n/256))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				fn(i)
			}
		}()
	}
	wg.Wait()
}
