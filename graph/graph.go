package graph

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/extract/name"
)

// ErrNoNode reports an edge whose end is not in the graph.
var ErrNoNode = errors.New("no such node")

// Scores are the centrality measures of one node, named as Neo4j Graph
// Data Science names them.
type Scores struct {
	Degree         int     `json:"degree"`
	WeightedDegree float64 `json:"weightedDegree"`
	Betweenness    float64 `json:"betweenness"`
	Closeness      float64 `json:"closeness"`
	PageRank       float64 `json:"pagerank"`
	Eigenvector    float64 `json:"eigenvector"`
	CommunityID    int     `json:"communityId"`
}

// Node is one real-world entity, merged over every document that mentions it.
type Node struct {
	ID          string
	Name        string
	Type        extract.Type
	Aliases     []string          // sorted, without Name
	Roles       []string          // sorted
	Mentions    int               // over all documents
	Documents   []string          // sorted ids of the documents that mention it
	MergedBy    map[string]string // alias -> why it names this node: an extract/name Kind ("suffix", "surname", ...) or "type"
	DocMentions []int             // mentions in each of Documents
	DocNames    [][]string        // sorted names (Name and aliases) each of Documents uses
	DocRoles    [][]string        // sorted roles each of Documents gives
	Scores

	names    map[string]int // surface name -> mentions, to choose Name
	unsorted bool           // in Graph.unsortedNodes
	stale    bool           // in Graph.staleNodes
	idx      int            // place in the nodes of a Resolve run
}

// Edge is one relation between two nodes, merged over documents.
// Undirected edges (CO_OCCURS) have Source < Target.
type Edge struct {
	Source, Target string
	Type           string
	Directed       bool
	Role           string
	Weight         int      // sum of DocWeights
	Documents      []string // sorted
	DocWeights     []int    // weight contributed by each of Documents
	DocRoles       []string // role each of Documents gives ("" for none)
	DocConfidence  []float64
	Evidence       []string // at most extract.MaxEvidence sentences
	EvidenceDocs   []string // the document each of Evidence comes from
	Confidence     float64  // the highest of DocConfidence
	// Former is true when some document states the relation as past
	// ("the former chief executive of Apple"): once former, a role stays
	// former. GraphML and Neo4j store it as current = !Former.
	Former    bool
	DocFormer []bool // whether each of Documents states it as past

	unsorted bool // in Graph.unsortedEdges
}

// Document is what the graph keeps of one source document. Hash is
// extract.Input.Hash of its content; it tells a changed version apart.
type Document struct {
	ID, Title, Source, URL, Published, Path string
	Hash                                    string
}

// Key identifies an edge: its type and its ordered ends.
type Key struct {
	Type, Source, Target string
}

// Graph is the merged entity graph of a set of documents. The zero value
// is not usable: call New.
type Graph struct {
	nodes map[string]*Node
	edges map[Key]*Edge
	docs  map[string]Document
	// Nodes and edges to which Add gave documents out of order; see
	// settle.
	unsortedNodes []*Node
	unsortedEdges []*Edge
	// Nodes to which Add gave names since their Name and Aliases were
	// chosen; settle chooses them once, not at every mention.
	staleNodes []*Node
	types      map[string]string // see relType
}

// New returns an empty graph.
func New() *Graph {
	return &Graph{nodes: map[string]*Node{}, edges: map[Key]*Edge{}, docs: map[string]Document{}}
}

// Add merges one document into the graph. Adding a document whose id is
// already in the graph changes nothing, so a re-run cannot double-count.
func (g *Graph) Add(d extract.Document) {
	if _, dup := g.docs[d.ID]; dup {
		return
	}
	g.docs[d.ID] = Document{ID: d.ID, Title: d.Title, Source: d.Source, URL: d.URL, Published: d.Published, Path: d.Path, Hash: d.Hash}
	for _, e := range d.Entities {
		g.addEntity(d.ID, e)
	}
	for _, r := range d.Relations {
		src, dst := g.nodes[r.Source], g.nodes[r.Target]
		if src == nil || dst == nil || r.Source == r.Target {
			continue
		}
		g.addRelation(d.ID, r, src.ID, dst.ID)
	}
}

func (g *Graph) addEntity(doc string, e extract.Entity) {
	n := g.nodes[e.ID]
	if n == nil {
		n = &Node{ID: e.ID, Type: e.Type, names: map[string]int{}}
		g.nodes[e.ID] = n
	}
	n.names[e.Name] += len(e.Mentions) + 1
	for _, a := range e.Aliases {
		n.names[a] += 0
		if why := e.MergedBy[a]; why != "" {
			if n.MergedBy == nil {
				n.MergedBy = map[string]string{}
			}
			if n.MergedBy[a] == "" {
				n.MergedBy[a] = why
			}
		}
	}
	n.Roles = addSorted(n.Roles, e.Roles...)
	n.Mentions += len(e.Mentions)
	i := g.lastDoc(n, doc)
	n.DocMentions[i] += len(e.Mentions)
	n.DocNames[i] = addSorted(addSorted(n.DocNames[i], e.Name), e.Aliases...)
	n.DocRoles[i] = addSorted(n.DocRoles[i], e.Roles...)
	if !n.stale {
		n.stale = true
		g.staleNodes = append(g.staleNodes, n)
	}
}

// docIndex returns the index of doc in n.Documents, inserting it, with
// its per-document lists aligned, if it is not there.
func (n *Node) docIndex(doc string) int {
	n.align()
	i, found := slices.BinarySearch(n.Documents, doc)
	if !found {
		n.Documents = slices.Insert(n.Documents, i, doc)
		n.DocMentions = slices.Insert(n.DocMentions, i, 0)
		n.DocNames = slices.Insert(n.DocNames, i, nil)
		n.DocRoles = slices.Insert(n.DocRoles, i, nil)
	}
	return i
}

// lastDoc returns the index of doc in n.Documents for Add: the last
// one, appended if it is not there. Add gives each document once, so
// doc, if n has it, is the last. A document that comes before the last
// marks n unsorted, for settle to sort once: inserting each in its place
// would cost a node named in d documents O(d^2) when documents come in
// no order (ids of a feed).
func (g *Graph) lastDoc(n *Node, doc string) int {
	n.align()
	last := len(n.Documents) - 1
	if last >= 0 && n.Documents[last] == doc {
		return last
	}
	if last >= 0 && n.Documents[last] > doc && !n.unsorted {
		n.unsorted = true
		g.unsortedNodes = append(g.unsortedNodes, n)
	}
	n.Documents = append(n.Documents, doc)
	n.DocMentions = append(n.DocMentions, 0)
	n.DocNames = append(n.DocNames, nil)
	n.DocRoles = append(n.DocRoles, nil)
	return last + 1
}

// settle sorts the documents of the nodes and edges that Add left
// unsorted, with their per-document lists, and chooses the names of the
// nodes that Add gave names; every method that hands out or merges nodes
// and edges calls it first.
func (g *Graph) settle() {
	for _, n := range g.staleNodes {
		n.Name, n.Aliases = canonical(n.names)
		n.stale = false
	}
	g.staleNodes = nil
	for _, n := range g.unsortedNodes {
		order := byDocument(n.Documents)
		n.Documents, n.DocMentions = permute(n.Documents, order), permute(n.DocMentions, order)
		n.DocNames, n.DocRoles = permute(n.DocNames, order), permute(n.DocRoles, order)
		n.unsorted = false
	}
	for _, e := range g.unsortedEdges {
		order := byDocument(e.Documents)
		e.Documents, e.DocWeights, e.DocRoles = permute(e.Documents, order), permute(e.DocWeights, order), permute(e.DocRoles, order)
		e.DocConfidence, e.DocFormer = permute(e.DocConfidence, order), permute(e.DocFormer, order)
		e.unsorted = false
	}
	g.unsortedNodes, g.unsortedEdges = nil, nil
}

// byDocument returns the indexes of docs in the order of their ids.
func byDocument(docs []string) []int {
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(docs[a], docs[b]) })
	return order
}

// permute returns s in the given order.
func permute[T any](s []T, order []int) []T {
	out := make([]T, len(order))
	for i, j := range order {
		out[i] = s[j]
	}
	return out
}

// align pads or cuts the per-document lists of a node built by hand or
// read back to the length of Documents.
func (n *Node) align() {
	for _, l := range []int{len(n.DocMentions), len(n.DocNames), len(n.DocRoles)} {
		if l != len(n.Documents) {
			n.DocMentions = resize(n.DocMentions, len(n.Documents))
			n.DocNames = resize(n.DocNames, len(n.Documents))
			n.DocRoles = resize(n.DocRoles, len(n.Documents))
			return
		}
	}
}

// resize cuts or pads s with zero values to n elements.
func resize[T any](s []T, n int) []T {
	if len(s) >= n {
		return s[:n]
	}
	return append(s, make([]T, n-len(s))...)
}

// Reasons returns why each of n.Aliases names n, in the same order: the
// reason recorded when it was merged (Node.MergedBy), or how its name
// relates to n.Name (an extract/name Kind such as "same-name" or
// "suffix"), or "same-id".
func (n *Node) Reasons() []string {
	out := make([]string, len(n.Aliases))
	for i, a := range n.Aliases {
		if out[i] = n.MergedBy[a]; out[i] == "" {
			out[i] = n.derived(a)
		}
	}
	return out
}

// derived is the reason Reasons gives an alias without a recorded one.
func (n *Node) derived(alias string) string {
	if k := name.Compare(alias, n.Name); k != name.None {
		return k.String()
	}
	return "same-id"
}

// SetReasons records why each of aliases names n, reasons[i] for
// aliases[i], as Reasons returns them; readers of stored graphs use it.
func (n *Node) SetReasons(aliases, reasons []string) {
	for i, why := range reasons {
		if i < len(aliases) && why != "" && why != n.derived(aliases[i]) {
			if n.MergedBy == nil {
				n.MergedBy = map[string]string{}
			}
			n.MergedBy[aliases[i]] = why
		}
	}
}

// canonical picks the name used most often as a document's canonical name
// (longer, then alphabetically first, on ties) and returns the others as
// aliases.
func canonical(names map[string]int) (string, []string) {
	var best string
	for s, c := range names {
		b := names[best]
		if best == "" || c > b || c == b && better(s, best) {
			best = s
		}
	}
	aliases := make([]string, 0, len(names)-1)
	for s := range names {
		if s != best {
			aliases = append(aliases, s)
		}
	}
	sort.Strings(aliases)
	return best, aliases
}

// better breaks a tie between two names used equally often: a name
// without a legal form ("Apple" over "Apple Inc."), then the longer, then
// the alphabetically first.
func better(s, t string) bool {
	ls, lt := len(name.Core(s)) == len(name.Words(s)), len(name.Core(t)) == len(name.Words(t))
	if ls != lt {
		return ls
	}
	return len(s) > len(t) || len(s) == len(t) && s < t
}

// oneDoc is an edge of one document with its per-document lists, made in
// one allocation: most relations make an edge of their own.
type oneDoc struct {
	Edge
	doc, role [1]string
	weight    [1]int
	conf      [1]float64
	former    [1]bool
}

// addRelation adds r of document doc, whose ends are the nodes with ids
// source and target. The edge keeps the ids of the nodes, not the
// document's copies of them: all the edges of a node then share one
// string, which the graph keeps once and reads from one place when it
// hashes, compares or sorts edge keys.
func (g *Graph) addRelation(doc string, r extract.Relation, source, target string) {
	b := &oneDoc{doc: [1]string{doc}, role: [1]string{r.Role}, weight: [1]int{max(r.Weight, 1)},
		conf: [1]float64{r.Confidence}, former: [1]bool{r.Former}}
	e := &b.Edge
	*e = Edge{Source: source, Target: target, Type: g.relType(r.Type), Directed: r.Directed, Role: r.Role,
		Documents: b.doc[:], DocWeights: b.weight[:], DocRoles: b.role[:],
		DocConfidence: b.conf[:], Confidence: r.Confidence, Former: r.Former, DocFormer: b.former[:]}
	if !e.Directed && e.Source > e.Target {
		e.Source, e.Target = e.Target, e.Source
	}
	e.Weight = e.DocWeights[0]
	if len(r.Evidence) > 0 {
		size := min(len(r.Evidence), extract.MaxEvidence)
		e.Evidence, e.EvidenceDocs = make([]string, 0, size), make([]string, 0, size)
		for _, s := range r.Evidence {
			if len(e.Evidence) < extract.MaxEvidence && !slices.Contains(e.Evidence, s) {
				e.Evidence, e.EvidenceDocs = append(e.Evidence, s), append(e.EvidenceDocs, doc)
			}
		}
	}
	old := g.sameKey(e)
	if old == nil {
		return
	}
	if last := len(old.Documents) - 1; old.Documents[last] == doc {
		old.DocWeights[last] += e.Weight
		old.DocRoles[last] = cmp.Or(old.DocRoles[last], r.Role)
		old.DocConfidence[last] = max(old.DocConfidence[last], r.Confidence)
		old.DocFormer[last] = old.DocFormer[last] || r.Former
	} else {
		if old.Documents[last] > doc && !old.unsorted {
			old.unsorted = true
			g.unsortedEdges = append(g.unsortedEdges, old)
		}
		old.appendDoc(e, 0)
	}
	old.absorb(e)
}

// relType returns the graph's copy of a relation type: the few types are
// kept once, not once an edge.
func (g *Graph) relType(t string) string {
	if s, ok := g.types[t]; ok {
		return s
	}
	if g.types == nil {
		g.types = map[string]string{}
	}
	g.types[t] = t
	return t
}

// appendEvidence adds the sentences not yet in list, up to
// extract.MaxEvidence, and to docs the document of each, from sentDocs
// (aligned with sentences).
func appendEvidence(list, docs, sentences, sentDocs []string) ([]string, []string) {
	docs = resize(docs, len(list))
	sentDocs = resize(sentDocs, len(sentences))
	for i, s := range sentences {
		if len(list) < extract.MaxEvidence && !slices.Contains(list, s) {
			list = append(list, s)
			docs = append(docs, sentDocs[i])
		}
	}
	return list, docs
}

func addSorted(list []string, items ...string) []string {
	for _, s := range items {
		if i, found := slices.BinarySearch(list, s); !found {
			list = slices.Insert(list, i, s)
		}
	}
	return list
}

// Documents returns the documents added, sorted by id.
func (g *Graph) Documents() []Document {
	out := make([]Document, 0, len(g.docs))
	for _, d := range g.docs {
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b Document) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// SetNode adds n, or replaces the node with its id. It is for readers that
// restore a stored graph; Add is the way to build one.
func (g *Graph) SetNode(n *Node) {
	g.settle()
	if n.names == nil {
		n.names = map[string]int{n.Name: 1}
		for _, a := range n.Aliases {
			n.names[a] += 0
		}
	}
	g.nodes[n.ID] = n
	for _, d := range n.Documents {
		if _, ok := g.docs[d]; !ok {
			g.docs[d] = Document{ID: d}
		}
	}
}

// SetEdge adds e, or replaces the edge with its key. Both ends must exist.
func (g *Graph) SetEdge(e *Edge) error {
	g.settle()
	if g.nodes[e.Source] == nil || g.nodes[e.Target] == nil {
		return fmt.Errorf("edge %s-%s-%s: %w", e.Source, e.Type, e.Target, ErrNoNode)
	}
	g.edges[Key{Type: e.Type, Source: e.Source, Target: e.Target}] = e
	return nil
}

// SetDocument records the metadata of a document.
func (g *Graph) SetDocument(d Document) { g.docs[d.ID] = d }

// Node returns the node with the given id, or nil.
func (g *Graph) Node(id string) *Node {
	g.settle()
	return g.nodes[id]
}

// Nodes returns every node, sorted by id.
func (g *Graph) Nodes() []*Node {
	g.settle()
	out := make([]*Node, 0, len(g.nodes))
	for _, n := range g.nodes {
		out = append(out, n)
	}
	slices.SortFunc(out, func(a, b *Node) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// Edges returns every edge, sorted by source, target and type.
func (g *Graph) Edges() []*Edge {
	g.settle()
	out := make([]*Edge, 0, len(g.edges))
	for _, e := range g.edges {
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b *Edge) int {
		if c := cmp.Compare(a.Source, b.Source); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Target, b.Target); c != 0 {
			return c
		}
		return cmp.Compare(a.Type, b.Type)
	})
	return out
}
