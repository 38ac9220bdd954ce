package graph

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ergraph/ergraph/extract"
	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/mat"
)

// centralityID is the entity ID of node i of the test graphs; IDs sort as
// the numbers do, so node i is index i of CentralityGraph.
func centralityID(i int) string { return fmt.Sprintf("person:n%03d", i) }

// centralityDoc returns a document with entities 0..n-1 and a CO_OCCURS
// relation of weight 1 for every edge.
func centralityDoc(id string, n int, edges [][2]int) extract.Document {
	d := extract.Document{ID: id}
	for i := range n {
		d.Entities = append(d.Entities, extract.Entity{ID: centralityID(i), Name: fmt.Sprint("N", i), Type: extract.Person})
	}
	for _, e := range edges {
		u, v := min(e[0], e[1]), max(e[0], e[1])
		d.Relations = append(d.Relations, extract.Relation{
			Source: centralityID(u), Target: centralityID(v), Type: extract.CoOccurs, Weight: 1,
		})
	}
	return d
}

// Hand-computed scores. PageRank of the star: the centre c and a leaf l
// satisfy c = 0.15/6 + 0.85·5l and l = 0.15/6 + 0.85·c/5. Two triangles
// {0,1,2} and {3,4,5} joined by the bridge 2–3: by symmetry the four
// outer nodes score a and the bridge ends b, with 4a+2b = 1 and
// a = 0.025 + 0.85(a/2 + b/3), so a = 20/137 and b = 57/274.
var (
	starCentre = 0.13125 / 0.2775
	starLeaf   = (1 - starCentre) / 5
	isoNode    = 0.15 / 6.15 // an isolated node of 7: z = 0.15/7 + 0.85z/7
)

var centralityCases = []struct {
	name        string
	n           int
	edges       [][2]int
	degree      []int
	betweenness []float64
	closeness   []float64
	pagerank    []float64
	eigenvector []float64
	communities [][]int
}{
	{
		name:        "star",
		n:           6,
		edges:       [][2]int{{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}},
		degree:      []int{5, 1, 1, 1, 1, 1},
		betweenness: []float64{10, 0, 0, 0, 0, 0},
		closeness:   []float64{1, 5.0 / 9, 5.0 / 9, 5.0 / 9, 5.0 / 9, 5.0 / 9},
		pagerank:    []float64{starCentre, starLeaf, starLeaf, starLeaf, starLeaf, starLeaf},
		eigenvector: []float64{1 / math.Sqrt2, 1 / math.Sqrt(10), 1 / math.Sqrt(10), 1 / math.Sqrt(10), 1 / math.Sqrt(10), 1 / math.Sqrt(10)},
	},
	{
		name:        "path",
		n:           5,
		edges:       [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 4}},
		degree:      []int{1, 2, 2, 2, 1},
		betweenness: []float64{0, 3, 4, 3, 0},
		closeness:   []float64{0.4, 4.0 / 7, 2.0 / 3, 4.0 / 7, 0.4},
		// sin(kπ/6)/√3: the Perron vector of the path of 5.
		eigenvector: []float64{0.5 / math.Sqrt(3), 0.5, 1 / math.Sqrt(3), 0.5, 0.5 / math.Sqrt(3)},
	},
	{
		name:        "two triangles",
		n:           6,
		edges:       [][2]int{{0, 1}, {0, 2}, {1, 2}, {2, 3}, {3, 4}, {3, 5}, {4, 5}},
		degree:      []int{2, 2, 3, 3, 2, 2},
		betweenness: []float64{0, 0, 6, 6, 0, 0},
		closeness:   []float64{0.5, 0.5, 5.0 / 7, 5.0 / 7, 0.5, 0.5},
		pagerank:    []float64{20.0 / 137, 20.0 / 137, 57.0 / 274, 57.0 / 274, 20.0 / 137, 20.0 / 137},
		communities: [][]int{{0, 1, 2}, {3, 4, 5}},
	},
	{
		// The star plus node 6, alone: Wasserman–Faust closeness scales
		// by (r-1)/(n-1) = 5/6.
		name:        "star and isolated node",
		n:           7,
		edges:       [][2]int{{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}},
		degree:      []int{5, 1, 1, 1, 1, 1, 0},
		betweenness: []float64{10, 0, 0, 0, 0, 0, 0},
		closeness:   []float64{5.0 / 6, 5.0 / 6 * 5 / 9, 5.0 / 6 * 5 / 9, 5.0 / 6 * 5 / 9, 5.0 / 6 * 5 / 9, 5.0 / 6 * 5 / 9, 0},
		eigenvector: []float64{1 / math.Sqrt2, 1 / math.Sqrt(10), 1 / math.Sqrt(10), 1 / math.Sqrt(10), 1 / math.Sqrt(10), 1 / math.Sqrt(10), 0},
		communities: [][]int{{0, 1, 2, 3, 4, 5}, {6}},
	},
	{
		name:        "no edges",
		n:           3,
		degree:      []int{0, 0, 0},
		betweenness: []float64{0, 0, 0},
		closeness:   []float64{0, 0, 0},
		pagerank:    []float64{1.0 / 3, 1.0 / 3, 1.0 / 3},
		eigenvector: []float64{0, 0, 0},
		communities: [][]int{{0}, {1}, {2}},
	},
}

func TestRankHandComputed(t *testing.T) {
	for _, tc := range centralityCases {
		t.Run(tc.name, func(t *testing.T) {
			g := New()
			g.Add(centralityDoc("d", tc.n, tc.edges))
			if err := Rank(g, RankOptions{}); err != nil {
				t.Fatal(err)
			}
			nodes := g.Nodes()
			get := func(f func(*Node) float64) []float64 {
				out := make([]float64, len(nodes))
				for i, n := range nodes {
					out[i] = f(n)
				}
				return out
			}
			var degree []int
			var wdegree []float64
			for _, n := range nodes {
				degree = append(degree, n.Degree)
				wdegree = append(wdegree, n.WeightedDegree)
			}
			if tc.degree != nil {
				if !slices.Equal(degree, tc.degree) {
					t.Errorf("Degree(%s) = %v; want %v", tc.name, degree, tc.degree)
				}
				want := make([]float64, len(tc.degree)) // unit weights
				for i, d := range tc.degree {
					want[i] = float64(d)
				}
				if !slices.Equal(wdegree, want) {
					t.Errorf("WeightedDegree(%s) = %v; want %v", tc.name, wdegree, want)
				}
			}
			for _, m := range []struct {
				name string
				want []float64
				got  []float64
			}{
				{"Betweenness", tc.betweenness, get(func(n *Node) float64 { return n.Betweenness })},
				{"Closeness", tc.closeness, get(func(n *Node) float64 { return n.Closeness })},
				{"PageRank", tc.pagerank, get(func(n *Node) float64 { return n.PageRank })},
				{"Eigenvector", tc.eigenvector, get(func(n *Node) float64 { return n.Eigenvector })},
			} {
				if m.want != nil && !closeSlices(m.got, m.want, 1e-9) {
					t.Errorf("%s(%s) = %v; want %v", m.name, tc.name, m.got, m.want)
				}
			}
			pr := get(func(n *Node) float64 { return n.PageRank })
			if s := floatSum(pr); math.Abs(s-1) > 1e-9 {
				t.Errorf("sum of PageRank(%s) = %v; want 1", tc.name, s)
			}
			if tc.communities != nil {
				comm := make([]int, len(nodes))
				for i, n := range nodes {
					comm[i] = n.CommunityID
				}
				want := make([]int, len(nodes))
				for k, group := range tc.communities {
					for _, i := range group {
						want[i] = k
					}
				}
				if !slices.Equal(comm, want) {
					t.Errorf("CommunityID(%s) = %v; want %v", tc.name, comm, want)
				}
			}
		})
	}
}

func TestRankIsolatedPageRank(t *testing.T) {
	g := New()
	g.Add(centralityDoc("d", 7, centralityCases[0].edges))
	if err := Rank(g, RankOptions{}); err != nil {
		t.Fatal(err)
	}
	if got := g.Node(centralityID(6)).PageRank; math.Abs(got-isoNode) > 1e-9 {
		t.Errorf("PageRank(isolated node) = %v; want %v", got, isoNode)
	}
}

// TestRankPairWeight checks that the centrality graph joins two nodes
// whatever the type and direction of their edges, with the largest weight.
func TestRankPairWeight(t *testing.T) {
	d := centralityDoc("d", 3, [][2]int{{0, 1}, {1, 2}})
	d.Relations[0].Weight = 2
	d.Relations = append(d.Relations, extract.Relation{
		Source: centralityID(1), Target: centralityID(0), Type: extract.WorksFor, Directed: true, Weight: 5,
	})
	g := New()
	g.Add(d)
	if err := Rank(g, RankOptions{}); err != nil {
		t.Fatal(err)
	}
	for i, want := range []struct {
		degree  int
		wdegree float64
	}{{1, 5}, {2, 6}, {1, 1}} {
		n := g.Node(centralityID(i))
		if n.Degree != want.degree || n.WeightedDegree != want.wdegree {
			t.Errorf("node %d: Degree, WeightedDegree = %d, %v; want %d, %v", i, n.Degree, n.WeightedDegree, want.degree, want.wdegree)
		}
	}
	if got := g.Node(centralityID(1)).Betweenness; got != 1 {
		t.Errorf("Betweenness(middle) = %v; want 1", got)
	}
}

// randomCentralityGraph returns a graph of n nodes and about m edges
// with weights 1 to 5. If connected, the first n-1 edges form a random
// tree. Some node IDs are left out so that IDs are not dense. m must be
// at most n(n-1)/2.
func randomCentralityGraph(n, m int, connected bool, seed uint64) *simple.WeightedUndirectedGraph {
	rng := rand.New(rand.NewPCG(seed, 2))
	g := simple.NewWeightedUndirectedGraph(0, 0)
	id := func(i int) int64 { return int64(3*i + 7) }
	for i := range n {
		g.AddNode(simple.Node(id(i)))
	}
	set := func(u, v int) {
		if u != v {
			g.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(id(u)), T: simple.Node(id(v)), W: float64(1 + rng.IntN(5))})
		}
	}
	if connected {
		for v := 1; v < n; v++ {
			set(rng.IntN(v), v)
		}
	}
	for g.Edges().Len() < m {
		set(rng.IntN(n), rng.IntN(n))
	}
	return g
}

// unweightedCopies returns g unweighted, and as a directed graph with both
// directions of every edge (for gonum's PageRank).
func unweightedCopies(g *simple.WeightedUndirectedGraph) (*simple.UndirectedGraph, *simple.WeightedDirectedGraph) {
	u := simple.NewUndirectedGraph()
	d := simple.NewWeightedDirectedGraph(0, 0)
	for _, n := range gg.NodesOf(g.Nodes()) {
		u.AddNode(n)
		d.AddNode(n)
	}
	for _, e := range gg.WeightedEdgesOf(g.WeightedEdges()) {
		u.SetEdge(simple.Edge{F: e.From(), T: e.To()})
		d.SetWeightedEdge(simple.WeightedEdge{F: e.From(), T: e.To(), W: e.Weight()})
		d.SetWeightedEdge(simple.WeightedEdge{F: e.To(), T: e.From(), W: e.Weight()})
	}
	return u, d
}

var referenceGraphs = []struct {
	name      string
	n, m      int
	connected bool
	seed      uint64
}{
	{"tree-40", 40, 39, true, 1},
	{"sparse-80", 80, 60, false, 2},
	{"connected-100", 100, 300, true, 3},
	{"dense-60", 60, 900, true, 4},
	{"random-150", 150, 400, false, 5},
}

// TestCentralityMatchesGonum compares the fast implementations with
// gonum's reference functions, whose conventions differ by a factor:
// network.Betweenness counts ordered pairs (twice ours) and omits zeros;
// network.Closeness is 1/sum of distances (ours over n-1 on a connected
// graph).
func TestCentralityMatchesGonum(t *testing.T) {
	for _, rg := range referenceGraphs {
		t.Run(rg.name, func(t *testing.T) {
			g := randomCentralityGraph(rg.n, rg.m, rg.connected, rg.seed)
			u, d := unweightedCopies(g)
			ids := idsOf(g)

			want := network.Betweenness(u)
			got := Betweenness(g)
			for _, id := range ids {
				if w := want[id] / 2; !closeTo(got[id], w, 1e-9) {
					t.Errorf("Betweenness(%s)[%d] = %v; want network.Betweenness/2 = %v", rg.name, id, got[id], w)
				}
			}

			if rg.connected {
				want := network.Closeness(u, path.DijkstraAllPaths(u))
				got := Closeness(g)
				for _, id := range ids {
					if w := want[id] * float64(rg.n-1); !closeTo(got[id], w, 1e-9) {
						t.Errorf("Closeness(%s)[%d] = %v; want (n-1)·network.Closeness = %v", rg.name, id, got[id], w)
					}
				}
			}

			wantPR := network.PageRankSparse(d, PageRankDamping, 1e-13)
			gotPR := PageRank(g, PageRankDamping, PageRankTolerance)
			for _, id := range ids {
				if !closeTo(gotPR[id], wantPR[id], 1e-9) {
					t.Errorf("PageRank(%s)[%d] = %v; want network.PageRankSparse = %v", rg.name, id, gotPR[id], wantPR[id])
				}
			}

			if rg.connected {
				want := leadingEigenvector(g, ids)
				got := Eigenvector(g, EigenvectorTolerance)
				for i, id := range ids {
					if !closeTo(got[id], want[i], 1e-9) {
						t.Errorf("Eigenvector(%s)[%d] = %v; want mat.EigenSym's = %v", rg.name, id, got[id], want[i])
					}
				}
			}

			// Communities is a Louvain method like community.Modularize:
			// its partitions must be as good.
			for seed := range uint64(3) {
				comm := Communities(g, seed)
				ref := community.Modularize(g, 1, rand.NewPCG(seed, 1)).Communities()
				q, qref := community.Q(g, groupsOf(g, comm), 1), community.Q(g, ref, 1)
				t.Logf("seed %d: Q(Communities) = %.4f, Q(community.Modularize) = %.4f", seed, q, qref)
				if q < qref-0.02 {
					t.Errorf("Q(Communities(%s, %d)) = %v; want at least Q(community.Modularize) - 0.02 = %v", rg.name, seed, q, qref-0.02)
				}
			}
		})
	}
}

func TestCommunities(t *testing.T) {
	t.Run("BA-1000", func(t *testing.T) {
		g := centralityBA(1000, 3, 2)
		comm := Communities(g, 0)
		ref := community.Modularize(g, 1, rand.NewPCG(0, 1)).Communities()
		q, qref := community.Q(g, groupsOf(g, comm), 1), community.Q(g, ref, 1)
		t.Logf("Q(Communities) = %.4f (%d communities), Q(community.Modularize) = %.4f (%d)", q, len(groupsOf(g, comm)), qref, len(ref))
		if q < qref-0.02 {
			t.Errorf("Q(Communities(BA-1000)) = %v; want at least Q(community.Modularize) - 0.02 = %v", q, qref-0.02)
		}
	})
	t.Run("numbering", func(t *testing.T) {
		g := randomCentralityGraph(200, 220, false, 11)
		comm := Communities(g, 5)
		next := 0
		for _, id := range idsOf(g) {
			switch k := comm[id]; {
			case k == next:
				next++
			case k > next:
				t.Fatalf("Communities(random-200)[%d] = %d; want at most %d (numbered by smallest node)", id, k, next)
			}
		}
		if again := Communities(g, 5); !maps.Equal(comm, again) {
			t.Errorf("Communities(random-200, 5) differs between runs")
		}
	})
}

func idsOf(g gg.Graph) []int64 {
	var ids []int64
	for _, n := range gg.NodesOf(g.Nodes()) {
		ids = append(ids, n.ID())
	}
	slices.Sort(ids)
	return ids
}

// leadingEigenvector returns the positive unit eigenvector of the
// largest eigenvalue of g's weighted adjacency matrix, in ids order.
func leadingEigenvector(g *simple.WeightedUndirectedGraph, ids []int64) []float64 {
	n := len(ids)
	a := mat.NewSymDense(n, nil)
	for i, u := range ids {
		for j, v := range ids {
			if w, ok := g.Weight(u, v); ok && i != j {
				a.SetSym(i, j, w)
			}
		}
	}
	var eig mat.EigenSym
	if !eig.Factorize(a, true) {
		panic("no eigendecomposition")
	}
	var vecs mat.Dense
	eig.VectorsTo(&vecs)
	vals := eig.Values(nil)
	top := 0
	for i, v := range vals {
		if v > vals[top] {
			top = i
		}
	}
	out := make([]float64, n)
	for i := range out {
		out[i] = math.Abs(vecs.At(i, top))
	}
	return out
}

func groupsOf(g gg.Graph, comm map[int64]int) [][]gg.Node {
	var groups [][]gg.Node
	for _, id := range idsOf(g) {
		k := comm[id]
		for len(groups) <= k {
			groups = append(groups, nil)
		}
		groups[k] = append(groups[k], g.Node(id))
	}
	return groups
}

// networkxGolden is what scripts/networkx-centrality.py writes.
type networkxGolden struct {
	Networkx    string             `json:"networkx"`
	Betweenness map[string]float64 `json:"betweenness"`
	Closeness   map[string]float64 `json:"closeness"`
	PageRank    map[string]float64 `json:"pagerank"`
	Eigenvector map[string]float64 `json:"eigenvector"`
}

// readCentralityEdgeList reads the format of writeCentralityEdgeList.
func readCentralityEdgeList(path string) (*simple.WeightedUndirectedGraph, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	g := simple.NewWeightedUndirectedGraph(0, 0)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(line)
		var nums []float64
		for _, s := range fields {
			x, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return nil, fmt.Errorf("%s: %v", path, err)
			}
			nums = append(nums, x)
		}
		switch len(nums) {
		case 0:
		case 1:
			if g.Node(int64(nums[0])) == nil {
				g.AddNode(simple.Node(int64(nums[0])))
			}
		case 3:
			g.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(int64(nums[0])), T: simple.Node(int64(nums[1])), W: nums[2]})
		default:
			return nil, fmt.Errorf("%s: bad line %q", path, sc.Text())
		}
	}
	return g, sc.Err()
}

// TestCentralityMatchesNetworkx compares with networkx's scores of the
// graphs in testdata/centrality, stored as JSON next to the edge lists.
// To regenerate the JSON (the edge lists never change):
//
//	pip install networkx scipy
//	for f in graph/testdata/centrality/*.edges; do
//		python3 scripts/networkx-centrality.py "$f" > "${f%.edges}.json"
//	done
func TestCentralityMatchesNetworkx(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "centrality", "*.edges"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/centrality/*.edges")
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".edges")
		t.Run(name, func(t *testing.T) {
			g, err := readCentralityEdgeList(file)
			if err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(strings.TrimSuffix(file, ".edges") + ".json")
			if err != nil {
				t.Fatal(err)
			}
			var want networkxGolden
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatal(err)
			}
			for _, m := range []struct {
				name string
				got  map[int64]float64
				want map[string]float64
			}{
				{"Betweenness", Betweenness(g), want.Betweenness},
				{"Closeness", Closeness(g), want.Closeness},
				{"PageRank", PageRank(g, PageRankDamping, PageRankTolerance), want.PageRank},
				{"Eigenvector", Eigenvector(g, EigenvectorTolerance), want.Eigenvector},
			} {
				if len(m.got) != len(m.want) {
					t.Errorf("%s(%s) has %d nodes; want %d", m.name, name, len(m.got), len(m.want))
				}
				bad := 0
				for id, got := range m.got {
					w, ok := m.want[strconv.FormatInt(id, 10)]
					if !ok || !closeTo(got, w, 1e-9) {
						if bad++; bad <= 5 {
							t.Errorf("%s(%s)[%d] = %v; want networkx %s's %v", m.name, name, id, got, want.Networkx, w)
						}
					}
				}
			}
		})
	}
}

// TestRankDeterministic checks that scores are bit-for-bit the same
// whatever GOMAXPROCS, and that Progress counts every source once.
func TestRankDeterministic(t *testing.T) {
	d := benchDocumentSmall()
	run := func(procs int, opt RankOptions) []Scores {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		g := New()
		g.Add(d)
		if err := Rank(g, opt); err != nil {
			t.Fatal(err)
		}
		var out []Scores
		for _, n := range g.Nodes() {
			out = append(out, n.Scores)
		}
		return out
	}
	for _, samples := range []int{-1, 100} {
		t.Run(fmt.Sprint("samples=", samples), func(t *testing.T) {
			withProgress := func() (RankOptions, *int) {
				last := new(int)
				return RankOptions{Samples: samples, Seed: 3, Progress: func(done, total int) {
					if done <= *last || done > total {
						t.Errorf("Progress(%d, %d) after %d", done, total, *last)
					}
					*last = done
				}}, last
			}
			opt, last := withProgress()
			a := run(1, opt)
			if *last == 0 {
				t.Errorf("Progress never called")
			}
			opt, _ = withProgress()
			b := run(4, opt)
			c := run(2, RankOptions{Samples: samples, Seed: 3})
			if !slices.Equal(a, b) || !slices.Equal(a, c) {
				t.Errorf("Rank(samples=%d) differs with GOMAXPROCS 1, 4 and 2", samples)
			}
		})
	}
}

// benchDocumentSmall is a BA graph of 600 nodes plus a few small
// components, as one document.
func benchDocumentSmall() extract.Document {
	g := centralityBA(600, 3, 9)
	c := newAdjCSR(g)
	var edges [][2]int
	for i := range c.n() {
		for j := c.off[i]; j < c.off[i+1]; j++ {
			if v := int(c.adj[j]); i < v {
				edges = append(edges, [2]int{i, v})
			}
		}
	}
	edges = append(edges, [2]int{600, 601}, [2]int{601, 602}, [2]int{603, 604})
	return centralityDoc("small", 606, edges)
}

func TestApproxBetweenness(t *testing.T) {
	g := centralityBA(1500, 5, 4)
	exact := Betweenness(g)
	t.Run("all sources", func(t *testing.T) {
		got := ApproxBetweenness(g, 1500, 1)
		for id, w := range exact {
			if !closeTo(got[id], w, 1e-9) {
				t.Fatalf("ApproxBetweenness(g, n)[%d] = %v; want exact %v", id, got[id], w)
			}
		}
	})
	t.Run("small components", func(t *testing.T) {
		// Components of up to 64 nodes are always exact.
		g := simple.NewWeightedUndirectedGraph(0, 0)
		base := int64(0)
		for i, size := range []int{64, 2, 30, 1, 50, 64, 9} {
			part := randomCentralityGraph(size, min(2*size, size*(size-1)/2), true, uint64(i))
			for _, e := range gg.WeightedEdgesOf(part.WeightedEdges()) {
				g.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(base + e.From().ID()), T: simple.Node(base + e.To().ID()), W: e.Weight()})
			}
			for _, n := range gg.NodesOf(part.Nodes()) {
				if g.Node(base+n.ID()) == nil {
					g.AddNode(simple.Node(base + n.ID()))
				}
			}
			base += 1000
		}
		want := Betweenness(g)
		got := ApproxBetweenness(g, 10, 1)
		for id, w := range want {
			if !closeTo(got[id], w, 1e-9) {
				t.Fatalf("ApproxBetweenness(small components, 10)[%d] = %v; want exact %v", id, got[id], w)
			}
		}
	})
	t.Run("sampled", func(t *testing.T) {
		// Source sampling is noisy on scale-free graphs: see Rank.
		got := ApproxBetweenness(g, 500, 1)
		again := ApproxBetweenness(g, 500, 1)
		ids := idsOf(g)
		slices.SortFunc(ids, func(a, b int64) int { return -cmp.Compare(exact[a], exact[b]) })
		for _, id := range ids[:10] {
			if rel := math.Abs(got[id]-exact[id]) / exact[id]; rel > 0.25 {
				t.Errorf("ApproxBetweenness(BA-1500, 500)[%d] = %v; want within 25%% of %v", id, got[id], exact[id])
			}
			if got[id] != again[id] {
				t.Errorf("ApproxBetweenness(BA-1500, 500, seed 1) differs between runs")
			}
		}
	})
}

func closeTo(got, want, tol float64) bool {
	return math.Abs(got-want) <= tol*max(1, math.Abs(want))
}

func closeSlices(got, want []float64, tol float64) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if !closeTo(got[i], want[i], tol) {
			return false
		}
	}
	return true
}

func floatSum(x []float64) float64 {
	var s float64
	for _, v := range x {
		s += v
	}
	return s
}
