package graph

import (
	"cmp"
	"math"
	"math/bits"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	gg "gonum.org/v1/gonum/graph"
)

// adjCSR is an undirected graph in compressed sparse row form over dense
// int32 node indexes: the neighbours of node i are adj[off[i]:off[i+1]],
// sorted by index, with the pair weights in the parallel slice w. ids maps
// an index back to the gonum node ID; indexes follow ascending ID order,
// so every computation over an adjCSR visits nodes and neighbours in an
// order that depends only on the graph, never on map iteration.
type adjCSR struct {
	ids []int64
	off []int32
	adj []int32
	w   []float64
}

// n returns the number of nodes.
func (c *adjCSR) n() int { return len(c.ids) }

// edges returns the number of undirected edges.
func (c *adjCSR) edges() int { return len(c.adj) / 2 }

// newAdjCSR converts g. If g is a gonum graph.Weighted, w holds
// g.Weight of each pair; otherwise every weight is 1. Self-loops are
// dropped.
func newAdjCSR(g gg.Undirected) *adjCSR {
	nodes := gg.NodesOf(g.Nodes())
	ids := make([]int64, len(nodes))
	for i, u := range nodes {
		ids[i] = u.ID()
	}
	slices.Sort(ids)
	index := make(map[int64]int32, len(ids))
	for i, id := range ids {
		index[id] = int32(i)
	}
	wg, weighted := g.(gg.Weighted)
	c := &adjCSR{ids: ids, off: make([]int32, len(ids)+1)}
	type nbr struct {
		v int32
		w float64
	}
	var row []nbr
	for i, uid := range ids {
		row = row[:0]
		to := g.From(uid)
		for to.Next() {
			vid := to.Node().ID()
			if vid == uid {
				continue
			}
			w := 1.0
			if weighted {
				w, _ = wg.Weight(uid, vid)
			}
			row = append(row, nbr{index[vid], w})
		}
		slices.SortFunc(row, func(a, b nbr) int { return cmp.Compare(a.v, b.v) })
		for _, e := range row {
			c.adj = append(c.adj, e.v)
			c.w = append(c.w, e.w)
		}
		if len(c.adj) > math.MaxInt32 {
			panic("graph: too many edges for centrality (more than 2^30)")
		}
		c.off[i+1] = int32(len(c.adj))
	}
	return c
}

// components labels the connected components of c: comp[i] is the
// component of node i, numbered from 0 in order of their smallest node,
// and size[k] is the number of nodes of component k.
func (c *adjCSR) components() (comp []int32, size []int) {
	n := c.n()
	comp = make([]int32, n)
	for i := range comp {
		comp[i] = -1
	}
	queue := make([]int32, 0, n)
	for s := range n {
		if comp[s] >= 0 {
			continue
		}
		k := int32(len(size))
		comp[s] = k
		queue = append(queue[:0], int32(s))
		for i := 0; i < len(queue); i++ {
			v := queue[i]
			for _, w := range c.adj[c.off[v]:c.off[v+1]] {
				if comp[w] < 0 {
					comp[w] = k
					queue = append(queue, w)
				}
			}
		}
		size = append(size, len(queue))
	}
	return comp, size
}

// bfsBuffers are one worker's scratch space for a breadth-first search
// from one source. dist is -1 for nodes not yet reached; after each search
// only the reached nodes (order) are reset, so a search costs time
// proportional to the source's component, not to the whole graph.
//
// The slices have a power-of-two length, mask+1 >= n, and the kernels
// index them with i&mask: that is the identity for every valid index, and
// it lets the compiler drop the bounds checks of the inner loops (about
// 15% faster).
type bfsBuffers struct {
	mask  uint32
	dist  []int32
	sigma []float64 // number of shortest paths from the source
	coef  []float64 // (1 + delta) / sigma, Brandes' dependency per path
	order []int32   // nodes in BFS order (non-decreasing distance)
	// For brandes: levels[d] is the index in order of the first node at
	// distance d, and tmp[i] the dependency of order[i].
	levels []int32
	tmp    []float64
}

func newBFSBuffers(n int, brandes bool) *bfsBuffers {
	size := 1 << bits.Len(uint(max(n, 2)-1))
	b := &bfsBuffers{mask: uint32(size - 1), dist: make([]int32, size), order: make([]int32, size)}
	for i := range b.dist {
		b.dist[i] = -1
	}
	if brandes {
		b.sigma = make([]float64, size)
		b.coef = make([]float64, size)
		b.tmp = make([]float64, size)
	}
	return b
}

// bfs runs a breadth-first search from s and returns the number of nodes
// reached (including s) and the sum of their distances from s. The
// reached nodes are b.order[:reached], with distances in b.dist.
func (b *bfsBuffers) bfs(c *adjCSR, s int32) (reached int, sum int64) {
	mask := b.mask
	dist, order := b.dist[:mask+1], b.order[:mask+1]
	off, adj := c.off, c.adj
	dist[uint32(s)&mask] = 0
	order[0] = s
	tail := uint32(1)
	for head := uint32(0); head < tail; head++ {
		v := order[head&mask]
		dv := dist[uint32(v)&mask] + 1
		for _, w := range adj[off[v]:off[v+1]] {
			if dist[uint32(w)&mask] < 0 {
				dist[uint32(w)&mask] = dv
				order[tail&mask] = w
				tail++
				sum += int64(dv)
			}
		}
	}
	return int(tail), sum
}

// brandes runs one source iteration of Brandes' algorithm from s: it adds
// the dependency delta_s(v) of every node v != s to bc[v], and returns the
// BFS reach and distance sum like bfs. If far is not nil, dist(s, v) is
// added to far[v].
func (b *bfsBuffers) brandes(c *adjCSR, s int32, bc, far []float64) (reached int, sum int64) {
	mask := b.mask
	dist, sigma, coef := b.dist[:mask+1], b.sigma[:mask+1], b.coef[:mask+1]
	order, tmp := b.order[:mask+1], b.tmp[:mask+1]
	off, adj := c.off, c.adj
	dist[uint32(s)&mask] = 0
	sigma[uint32(s)&mask] = 1
	order[0] = s
	tail := uint32(1)
	levels := append(b.levels[:0], 0)
	levelEnd := uint32(1)
	for head := uint32(0); head < tail; head++ {
		if head == levelEnd {
			levels = append(levels, int32(head))
			levelEnd = tail
		}
		v := order[head&mask]
		dv := dist[uint32(v)&mask] + 1
		sv := sigma[uint32(v)&mask]
		for _, w := range adj[off[v]:off[v+1]] {
			wi := uint32(w) & mask
			switch dist[wi] {
			case -1:
				dist[wi] = dv
				sigma[wi] = sv
				order[tail&mask] = w
				tail++
				sum += int64(dv)
			case dv:
				sigma[wi] += sv
			}
		}
	}
	levels = append(levels, int32(tail))
	b.levels = levels
	// Accumulate dependencies level by level from the deepest, pulling
	// from the successors w of v rather than pushing to predecessor lists:
	// delta(v) = sigma(v) * sum_w coef(w), coef(w) = (1+delta(w))/sigma(w).
	// coef is 0 except on the level below the current one, because it is
	// published for a level only after the whole level is done and a
	// neighbour of v is at most one level away; so the sum runs over all
	// neighbours without testing distances.
	for l := len(levels) - 2; l >= 1; l-- {
		lo, hi := uint32(levels[l]), uint32(levels[l+1])
		for i := lo; i < hi; i++ {
			v := order[i&mask]
			nb := adj[off[v]:off[v+1]]
			var a0, a1 float64
			j := 0
			for ; j+1 < len(nb); j += 2 {
				a0 += coef[uint32(nb[j])&mask]
				a1 += coef[uint32(nb[j+1])&mask]
			}
			if j < len(nb) {
				a0 += coef[uint32(nb[j])&mask]
			}
			d := sigma[uint32(v)&mask] * (a0 + a1)
			bc[v] += d
			tmp[i&mask] = d
		}
		for i := lo; i < hi; i++ {
			v := uint32(order[i&mask]) & mask
			coef[v] = (1 + tmp[i&mask]) / sigma[v]
		}
	}
	if far != nil {
		for _, v := range order[1:tail] {
			far[v] += float64(dist[uint32(v)&mask])
		}
	}
	return int(tail), sum
}

// reset undoes the marks of the last search, which reached n nodes.
func (b *bfsBuffers) reset(n int) {
	for _, v := range b.order[:n] {
		b.dist[v] = -1
	}
	if b.coef != nil {
		for _, v := range b.order[:n] {
			b.coef[v] = 0
		}
	}
}

// closenessOf is networkx's closeness_centrality (with wf_improved) of a
// node that reaches r nodes (itself included) at a total distance of sum
// in a graph of n nodes.
func closenessOf(r int, sum float64, n int) float64 {
	if sum <= 0 || n <= 1 {
		return 0
	}
	return float64(r-1) / float64(n-1) * float64(r-1) / sum
}

// progressCounter serialises Progress calls from the workers and keeps
// their number near a thousand, however many sources there are.
type progressCounter struct {
	mu          sync.Mutex
	fn          func(done, total int)
	done, total int
	step, last  int
}

func newProgressCounter(fn func(done, total int), total int) *progressCounter {
	if fn == nil {
		return nil
	}
	return &progressCounter{fn: fn, total: total, step: max(1, total/1000)}
}

func (p *progressCounter) add(k int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.done += k
	if p.done-p.last >= p.step || p.done == p.total {
		p.last = p.done
		p.fn(p.done, p.total)
	}
	p.mu.Unlock()
}

// stripesFor is the number of stripes the sources are dealt into. Each
// stripe is processed by one worker in a fixed order and has its own
// partial sums, which are added in stripe order at the end, so results
// are bit-for-bit the same whatever the scheduling and GOMAXPROCS. It
// depends only on n, and bounds the memory of the partial sums.
func stripesFor(n, sources int) int {
	s := 32
	if n > 1<<18 {
		s = 8
	}
	return max(1, min(s, sources))
}

// sourcePass is the result of running Brandes' algorithm from a list of
// sources.
type sourcePass struct {
	bc        []float64 // sum over sources of the dependencies (pairs counted twice)
	far       []float64 // sum over sources of dist(source, v); only if asked
	reached   []int     // per source: nodes reached, itself included
	distances []int64   // per source: total distance to them
}

// runSources runs Brandes (or, if !brandes, a plain BFS) from every node of
// sources, in parallel over min(GOMAXPROCS, stripes) workers. Closeness
// inputs (reach and distance sum) are recorded per source. If far is set,
// the distances from the sources to every node are summed as well.
func runSources(c *adjCSR, sources []int32, brandes, far bool, progress *progressCounter) *sourcePass {
	n := c.n()
	res := &sourcePass{reached: make([]int, len(sources)), distances: make([]int64, len(sources))}
	if len(sources) == 0 {
		if brandes {
			res.bc = make([]float64, n)
		}
		if far {
			res.far = make([]float64, n)
		}
		return res
	}
	stripes := stripesFor(n, len(sources))
	var bcParts, farParts [][]float64
	if brandes {
		bcParts = make([][]float64, stripes)
	}
	if far {
		farParts = make([][]float64, stripes)
	}
	workers := min(runtime.GOMAXPROCS(0), stripes)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := newBFSBuffers(n, brandes)
			for {
				k := int(next.Add(1) - 1)
				if k >= stripes {
					return
				}
				var bc, fr []float64
				if brandes {
					bc = make([]float64, n)
					bcParts[k] = bc
				}
				if far {
					fr = make([]float64, n)
					farParts[k] = fr
				}
				for i := k; i < len(sources); i += stripes {
					var r int
					var sum int64
					if brandes {
						r, sum = buf.brandes(c, sources[i], bc, fr)
					} else {
						r, sum = buf.bfs(c, sources[i])
						if fr != nil {
							for _, v := range buf.order[1:r] {
								fr[v] += float64(buf.dist[v])
							}
						}
					}
					buf.reset(r)
					res.reached[i], res.distances[i] = r, sum
					progress.add(1)
				}
			}
		}()
	}
	wg.Wait()
	res.bc = sumParts(bcParts, n)
	res.far = sumParts(farParts, n)
	return res
}

// sumParts adds the stripes' partial sums in stripe order.
func sumParts(parts [][]float64, n int) []float64 {
	if parts == nil {
		return nil
	}
	out := parts[0]
	for _, p := range parts[1:] {
		for i, x := range p {
			out[i] += x
		}
	}
	return out
}

// allSources returns 0..n-1.
func allSources(n int) []int32 {
	s := make([]int32, n)
	for i := range s {
		s[i] = int32(i)
	}
	return s
}

// exactPass runs Brandes from every node and returns the exact
// betweenness (networkx's betweenness_centrality(normalized=False): each
// unordered pair counted once) and closeness of every node.
func exactPass(c *adjCSR, progress *progressCounter) (bc, cl []float64) {
	n := c.n()
	p := runSources(c, allSources(n), true, false, progress)
	cl = make([]float64, n)
	for s := range n {
		p.bc[s] /= 2
		cl[s] = closenessOf(p.reached[s], float64(p.distances[s]), n)
	}
	return p.bc, cl
}

// sampledSources picks about k sources for approximate betweenness and
// closeness, stratified by connected component: a component of size m gets
// min(m, max(ceil(k*m/n), minSamplesPerComponent)) sources drawn uniformly
// without replacement, so small components are computed exactly and the
// sample in the giant component is proportional to its size. scale[comp]
// is m / (its number of sources).
func sampledSources(c *adjCSR, k int, seed uint64) (sources, comp []int32, size []int, scale []float64) {
	n := c.n()
	comp, size = c.components()
	members := make([][]int32, len(size))
	for v, k := range comp {
		members[k] = append(members[k], int32(v))
	}
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	scale = make([]float64, len(size))
	for ci, m := range size {
		kc := min(m, max(int(math.Ceil(float64(k)*float64(m)/float64(n))), minSamplesPerComponent))
		nodes := members[ci]
		for i := range kc {
			j := i + rng.IntN(m-i)
			nodes[i], nodes[j] = nodes[j], nodes[i]
		}
		sources = append(sources, nodes[:kc]...)
		scale[ci] = float64(m) / float64(kc)
	}
	return sources, comp, size, scale
}

// minSamplesPerComponent is the least number of sources sampled in a
// component; smaller components are computed exactly.
const minSamplesPerComponent = 64

// sampledPass estimates betweenness and closeness from about k sampled
// sources (see sampledSources). Betweenness is the sum of the sources'
// dependencies scaled by component size over sample size (networkx's
// betweenness_centrality(k=...) estimator, stratified by component).
// Closeness is exact for the sources and for nodes of fully sampled
// components; elsewhere the distance sum to the r nodes of the component
// is estimated the same way (Eppstein and Wang's estimator).
func sampledPass(c *adjCSR, k int, seed uint64, progress func(done, total int)) (bc, cl []float64) {
	n := c.n()
	sources, comp, size, scale := sampledSources(c, k, seed)
	pc := newProgressCounter(progress, len(sources))
	p := runSources(c, sources, true, true, pc)
	cl = make([]float64, n)
	for v := range n {
		k := comp[v]
		p.bc[v] *= scale[k] / 2
		cl[v] = closenessOf(size[k], p.far[v]*scale[k], n)
	}
	for i, s := range sources {
		cl[s] = closenessOf(p.reached[i], float64(p.distances[i]), n)
	}
	return p.bc, cl
}

// toMap keys x by the gonum node IDs of c.
func (c *adjCSR) toMap(x []float64) map[int64]float64 {
	m := make(map[int64]float64, len(x))
	for i, v := range x {
		m[c.ids[i]] = v
	}
	return m
}

// Betweenness returns the exact betweenness centrality of every node of g,
// counting shortest paths by hops (edge weights are ignored):
//
//	C_B(v) = sum over unordered pairs {s, t}, s != v != t, of sigma_st(v) / sigma_st
//
// where sigma_st is the number of shortest s–t paths and sigma_st(v) the
// number of those through v. This is networkx's
// betweenness_centrality(G, normalized=False) and half of gonum's
// network.Betweenness, which counts ordered pairs and omits zeros; here
// every node has an entry.
//
// It is Brandes' algorithm over a CSR copy of g with int32 node indexes,
// one breadth-first search per source, run in parallel over the sources
// with per-stripe partial sums that are added in a fixed order: the result
// does not depend on scheduling or GOMAXPROCS. Time is O(n·m), memory
// O(m + 32·n).
func Betweenness(g gg.Undirected) map[int64]float64 {
	c := newAdjCSR(g)
	bc, _ := exactPass(c, nil)
	return c.toMap(bc)
}

// ApproxBetweenness estimates Betweenness from about k source nodes
// sampled with the given seed, stratified by connected component: a
// component of m nodes gets min(m, max(ceil(k·m/n), 64)) sources, so
// components of up to 64 nodes are exact, and each source's dependencies
// are scaled by m / (its component's sources), as networkx's
// betweenness_centrality(G, k=k, normalized=False) scales by n/k (the two
// agree in expectation; on a connected graph they are the same
// estimator). See Rank for measured errors. If k >= the number of nodes,
// the result is exact.
func ApproxBetweenness(g gg.Undirected, k int, seed uint64) map[int64]float64 {
	c := newAdjCSR(g)
	if k >= c.n() {
		bc, _ := exactPass(c, nil)
		return c.toMap(bc)
	}
	bc, _ := sampledPass(c, k, seed, nil)
	return c.toMap(bc)
}

// Closeness returns the closeness centrality of every node of g, with
// distances in hops (edge weights are ignored), by networkx's
// closeness_centrality (Wasserman and Faust's formula for graphs that are
// not connected):
//
//	C(u) = (r-1)/(n-1) · (r-1)/sum_v d(u, v)
//
// where the sum is over the r nodes reachable from u (u included) and n is
// the number of nodes of g; isolated nodes get 0. For a connected graph
// this is (n-1) times gonum's network.Closeness. One breadth-first search
// per node, in parallel.
func Closeness(g gg.Undirected) map[int64]float64 {
	c := newAdjCSR(g)
	n := c.n()
	p := runSources(c, allSources(n), false, false, nil)
	cl := make([]float64, n)
	for s := range n {
		cl[s] = closenessOf(p.reached[s], float64(p.distances[s]), n)
	}
	return c.toMap(cl)
}
