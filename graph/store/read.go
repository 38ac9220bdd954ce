package store

import (
	"context"
	"slices"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/graph"
	"github.com/ergraph/ergraph/queries"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Graph reads the whole entity graph back from the database, documents
// included, so that centrality and GraphML cover everything stored.
// Relationships carry their evidence sentences only if evidence is true:
// centrality does not need them, and they are most of the bytes. Records
// are streamed into the graph, never held as one result.
func (s *Store) Graph(ctx context.Context, evidence bool) (*graph.Graph, error) {
	g, err := s.Entities(ctx)
	if err != nil {
		return nil, err
	}
	var edges []*graph.Edge
	err = s.stream(ctx, queries.Load("read-relations"), map[string]any{"evidence": evidence},
		func() { edges = edges[:0] },
		func(r *neo4j.Record) error {
			e := &graph.Edge{Source: str(r, "source"), Target: str(r, "target"), Type: str(r, "type"),
				Role: str(r, "role"), Weight: num(r, "weight"), Evidence: list(r, "evidence"),
				Confidence: float(r, "confidence"), Former: !boolean(r, "current")}
			e.Directed = e.Type != extract.CoOccurs
			docs, weights := list(r, "documents"), nums(r, "docWeights")
			e.Documents, e.DocWeights = sortAligned(docs, weights)
			edges = append(edges, e)
			return nil
		})
	if err != nil {
		return nil, s.wrap("read relationships", err)
	}
	for _, e := range edges {
		if err := g.SetEdge(e); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// Entities reads the stored documents and entities, without relationships:
// enough to resolve a new batch against what is stored.
func (s *Store) Entities(ctx context.Context) (*graph.Graph, error) {
	g := graph.New()
	docs, err := s.read(ctx, queries.Load("read-documents"), nil)
	if err != nil {
		return nil, s.wrap("read documents", err)
	}
	for _, r := range docs.Records {
		g.SetDocument(graph.Document{ID: str(r, "id"), Title: str(r, "title"), Source: str(r, "source"),
			URL: str(r, "url"), Published: str(r, "published"), Path: str(r, "path"), Hash: str(r, "hash")})
	}
	var nodes []*graph.Node
	err = s.stream(ctx, queries.Load("read-entities"), nil, func() { nodes = nodes[:0] }, func(r *neo4j.Record) error {
		aliases := list(r, "aliases")
		n := &graph.Node{ID: str(r, "id"), Name: str(r, "name"), Type: extract.Type(str(r, "type")),
			Aliases: sorted(slices.Clone(aliases)), Roles: sorted(list(r, "roles")), Mentions: num(r, "mentions")}
		n.Documents, n.DocMentions = sortAligned(list(r, "documents"), nums(r, "counts"))
		if names, roles := lists(r, "names"), lists(r, "docRoles"); len(names) == len(n.Documents) && len(roles) == len(n.Documents) {
			n.DocNames, n.DocRoles = names, roles // in document order, as the query sorts them
		}
		n.SetReasons(aliases, list(r, "mergedBy"))
		nodes = append(nodes, n)
		return nil
	})
	if err != nil {
		return nil, s.wrap("read entities", err)
	}
	for _, n := range nodes {
		g.SetNode(n)
	}
	return g, nil
}

// WriteScores writes every node's centrality back, in batches.
func (s *Store) WriteScores(ctx context.Context, g *graph.Graph) error {
	var rows []map[string]any
	for _, n := range g.Nodes() {
		rows = append(rows, map[string]any{"id": n.ID, "scores": map[string]any{
			"degree": n.Degree, "weightedDegree": n.WeightedDegree, "betweenness": n.Betweenness,
			"closeness": n.Closeness, "pagerank": n.PageRank, "eigenvector": n.Eigenvector,
			"communityId": n.CommunityID}})
	}
	if _, err := s.batches(ctx, queries.Load("scores"), rows, nil); err != nil {
		return s.wrap("write centrality", err)
	}
	return nil
}

func str(r *neo4j.Record, key string) string {
	v, _ := r.Get(key)
	s, _ := v.(string)
	return s
}

func num(r *neo4j.Record, key string) int {
	v, _ := r.Get(key)
	switch x := v.(type) {
	case int64:
		return int(x)
	case float64:
		return int(x)
	}
	return 0
}

func float(r *neo4j.Record, key string) float64 {
	v, _ := r.Get(key)
	switch x := v.(type) {
	case int64:
		return float64(x)
	case float64:
		return x
	}
	return 0
}

// boolean reads a boolean property, true when absent.
func boolean(r *neo4j.Record, key string) bool {
	v, _ := r.Get(key)
	b, ok := v.(bool)
	return b || !ok
}

func list(r *neo4j.Record, key string) []string {
	v, _ := r.Get(key)
	items, _ := v.([]any)
	var out []string
	for _, it := range items {
		if s, ok := it.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func nums(r *neo4j.Record, key string) []int {
	v, _ := r.Get(key)
	items, _ := v.([]any)
	var out []int
	for _, it := range items {
		if n, ok := it.(int64); ok {
			out = append(out, int(n))
		}
	}
	return out
}

func sorted(s []string) []string {
	slices.Sort(s)
	return s
}

// sortAligned sorts docs and carries weights along.
func sortAligned(docs []string, weights []int) ([]string, []int) {
	idx := make([]int, len(docs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		switch {
		case docs[a] < docs[b]:
			return -1
		case docs[a] > docs[b]:
			return 1
		}
		return 0
	})
	d, w := make([]string, len(docs)), make([]int, len(docs))
	for i, j := range idx {
		d[i] = docs[j]
		if j < len(weights) {
			w[i] = weights[j]
		}
	}
	return d, w
}

// lists reads a list of string lists.
func lists(r *neo4j.Record, key string) [][]string {
	v, _ := r.Get(key)
	outer, _ := v.([]any)
	out := make([][]string, 0, len(outer))
	for _, x := range outer {
		inner, _ := x.([]any)
		l := make([]string, 0, len(inner))
		for _, y := range inner {
			if s, ok := y.(string); ok {
				l = append(l, s)
			}
		}
		slices.Sort(l)
		out = append(out, l)
	}
	return out
}
