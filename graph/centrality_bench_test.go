package graph

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ergraph/ergraph/extract"
	"gonum.org/v1/gonum/graph/simple"
)

// centralityEdgesDir, if set, makes TestWriteCentralityEdgeLists write the
// benchmark graphs as edge lists for scripts/bench-centrality-peers.py:
//
//	go test ./graph -run TestWriteCentralityEdgeLists -centrality.edges /tmp/ba
//	python3 scripts/bench-centrality-peers.py /tmp/ba/ba-5000.edges
var centralityEdgesDir = flag.String("centrality.edges", "", "directory to write the centrality benchmark graphs to as edge lists")

// centralityBA returns a Barabási–Albert graph of n nodes built as
// networkx's barabasi_albert_graph(n, m) builds it: a star of m+1 nodes,
// then each new node links to m distinct nodes drawn with probability
// proportional to their degree, (n-m)·m edges in all. Each edge gets a
// weight from 1 to 5. The same arguments give the same graph.
func centralityBA(n, m int, seed uint64) *simple.WeightedUndirectedGraph {
	rng := rand.New(rand.NewPCG(seed, 1))
	g := simple.NewWeightedUndirectedGraph(0, 0)
	for i := range n {
		g.AddNode(simple.Node(i))
	}
	add := func(u, v int) {
		g.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(u), T: simple.Node(v), W: float64(1 + rng.IntN(5))})
	}
	repeated := make([]int, 0, 2*n*m)
	for i := 1; i <= m; i++ {
		add(0, i)
		repeated = append(repeated, 0, i)
	}
	targets := make([]int, 0, m)
	for v := m + 1; v < n; v++ {
		targets = targets[:0]
		for len(targets) < m {
			u := repeated[rng.IntN(len(repeated))]
			dup := false
			for _, t := range targets {
				dup = dup || t == u
			}
			if !dup {
				targets = append(targets, u)
			}
		}
		for _, u := range targets {
			add(v, u)
			repeated = append(repeated, u, v)
		}
	}
	return g
}

// writeCentralityEdgeList writes g as one "u" line per node and one
// "u v weight" line per edge, the format scripts/networkx-centrality.py
// and scripts/bench-centrality-peers.py read.
func writeCentralityEdgeList(path, comment string, g *simple.WeightedUndirectedGraph) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	c := newAdjCSR(g)
	fmt.Fprintf(w, "# %s\n# %d nodes, %d edges; lines: node | node node weight\n", comment, c.n(), c.edges())
	for i, id := range c.ids {
		fmt.Fprintln(w, id)
		for j := c.off[i]; j < c.off[i+1]; j++ {
			if v := c.ids[c.adj[j]]; id < v {
				fmt.Fprintln(w, id, v, c.w[j])
			}
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func TestWriteCentralityEdgeLists(t *testing.T) {
	if *centralityEdgesDir == "" {
		t.Skip("no -centrality.edges directory")
	}
	if err := os.MkdirAll(*centralityEdgesDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, n := range benchSizes {
		path := filepath.Join(*centralityEdgesDir, fmt.Sprintf("ba-%d.edges", n))
		if err := writeCentralityEdgeList(path, fmt.Sprintf("centralityBA(%d, 5, 1)", n), benchBA(n)); err != nil {
			t.Fatal(err)
		}
	}
	// The inputs of TestCentralityMatchesNetworkx, as committed in
	// testdata/centrality.
	for _, rg := range referenceGraphs {
		path := filepath.Join(*centralityEdgesDir, rg.name+".edges")
		comment := fmt.Sprintf("randomCentralityGraph(%d, %d, %v, %d)", rg.n, rg.m, rg.connected, rg.seed)
		if err := writeCentralityEdgeList(path, comment, randomCentralityGraph(rg.n, rg.m, rg.connected, rg.seed)); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(*centralityEdgesDir, "ba-300.edges")
	if err := writeCentralityEdgeList(path, "centralityBA(300, 3, 5)", centralityBA(300, 3, 5)); err != nil {
		t.Fatal(err)
	}
}

var benchGraphs struct {
	sync.Mutex
	ba   map[int]*simple.WeightedUndirectedGraph
	docs map[int]extract.Document
}

// benchBA returns centralityBA(n, 5, 1), built once.
func benchBA(n int) *simple.WeightedUndirectedGraph {
	benchGraphs.Lock()
	defer benchGraphs.Unlock()
	if benchGraphs.ba == nil {
		benchGraphs.ba = map[int]*simple.WeightedUndirectedGraph{}
	}
	g := benchGraphs.ba[n]
	if g == nil {
		g = centralityBA(n, 5, 1)
		benchGraphs.ba[n] = g
	}
	return g
}

// benchDocument returns benchBA(n) as one document whose entities are the
// nodes and whose CO_OCCURS relations are the edges.
func benchDocument(n int) extract.Document {
	g := benchBA(n)
	benchGraphs.Lock()
	defer benchGraphs.Unlock()
	if d, ok := benchGraphs.docs[n]; ok {
		return d
	}
	c := newAdjCSR(g)
	d := extract.Document{ID: fmt.Sprintf("ba-%d", n)}
	for _, id := range c.ids {
		d.Entities = append(d.Entities, extract.Entity{ID: fmt.Sprintf("person:%06d", id), Name: fmt.Sprint(id), Type: extract.Person})
	}
	for i, id := range c.ids {
		for j := c.off[i]; j < c.off[i+1]; j++ {
			if v := c.ids[c.adj[j]]; id < v {
				d.Relations = append(d.Relations, extract.Relation{
					Source: fmt.Sprintf("person:%06d", id), Target: fmt.Sprintf("person:%06d", v),
					Type: extract.CoOccurs, Weight: int(c.w[j]),
				})
			}
		}
	}
	if benchGraphs.docs == nil {
		benchGraphs.docs = map[int]extract.Document{}
	}
	benchGraphs.docs[n] = d
	return d
}

var benchSizes = []int{1000, 5000, 20000}

func benchEach(b *testing.B, f func(g *simple.WeightedUndirectedGraph)) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("BA-%d", n), func(b *testing.B) {
			g := benchBA(n)
			for b.Loop() {
				f(g)
			}
		})
	}
}

func BenchmarkBetweenness(b *testing.B) {
	benchEach(b, func(g *simple.WeightedUndirectedGraph) { Betweenness(g) })
}

// BenchmarkApproxBetweenness measures ApproxBetweenness with MinSamples
// sources.
func BenchmarkApproxBetweenness(b *testing.B) {
	benchEach(b, func(g *simple.WeightedUndirectedGraph) { ApproxBetweenness(g, MinSamples, 1) })
}

func BenchmarkCloseness(b *testing.B) {
	benchEach(b, func(g *simple.WeightedUndirectedGraph) { Closeness(g) })
}

func BenchmarkPageRank(b *testing.B) {
	benchEach(b, func(g *simple.WeightedUndirectedGraph) { PageRank(g, PageRankDamping, PageRankTolerance) })
}

func BenchmarkEigenvector(b *testing.B) {
	benchEach(b, func(g *simple.WeightedUndirectedGraph) { Eigenvector(g, EigenvectorTolerance) })
}

func BenchmarkCommunities(b *testing.B) {
	benchEach(b, func(g *simple.WeightedUndirectedGraph) { Communities(g, 1) })
}

func BenchmarkRank(b *testing.B) {
	for _, n := range []int{5000} {
		b.Run(fmt.Sprintf("BA-%d", n), func(b *testing.B) {
			g := New()
			g.Add(benchDocument(n))
			for b.Loop() {
				if err := Rank(g, RankOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
