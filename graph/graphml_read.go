package graph

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/ergraph/ergraph/extract"
)

// ErrGraphML reports GraphML that ReadGraphML cannot turn into a Graph.
var ErrGraphML = errors.New("invalid graphml")

type xmlGraphML struct {
	Keys  []xmlKey   `xml:"key"`
	Graph []xmlGraph `xml:"graph"`
}

type xmlKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type xmlGraph struct {
	EdgeDefault string    `xml:"edgedefault,attr"`
	Nodes       []xmlItem `xml:"node"`
	Edges       []xmlItem `xml:"edge"`
}

type xmlItem struct {
	ID     string    `xml:"id,attr"`
	Source string    `xml:"source,attr"`
	Target string    `xml:"target,attr"`
	Data   []xmlData `xml:"data"`
}

type xmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// ReadGraphML reads a graph written by WriteGraphML, with its scores.
func ReadGraphML(r io.Reader) (*Graph, error) {
	var doc xmlGraphML
	if err := xml.NewDecoder(r).Decode(&doc); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrGraphML, err)
	}
	if len(doc.Graph) != 1 {
		return nil, fmt.Errorf("%w: %d graph elements", ErrGraphML, len(doc.Graph))
	}
	names := map[string]string{}
	for _, k := range doc.Keys {
		names[k.ID] = k.Name
	}
	g := New()
	for _, x := range doc.Graph[0].Nodes {
		n, err := readNode(x, names)
		if err != nil {
			return nil, err
		}
		if g.nodes[n.ID] != nil {
			return nil, fmt.Errorf("%w: duplicate node %q", ErrGraphML, n.ID)
		}
		g.SetNode(n)
	}
	for _, x := range doc.Graph[0].Edges {
		e, err := readEdge(x, names)
		if err != nil {
			return nil, err
		}
		if err := g.SetEdge(e); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrGraphML, err)
		}
	}
	return g, nil
}

// fields decodes the data of one element; the first error is kept.
type fields struct {
	vals map[string]string
	err  error
}

func (f *fields) str(name string) string { return f.vals[name] }

func (f *fields) int(name string) int {
	v, ok := f.vals[name]
	if !ok || f.err != nil {
		return 0
	}
	i, err := strconv.Atoi(v)
	if err != nil {
		f.err = fmt.Errorf("%w: %s: %w", ErrGraphML, name, err)
	}
	return i
}

func (f *fields) float(name string) float64 {
	v, ok := f.vals[name]
	if !ok || f.err != nil {
		return 0
	}
	x, err := strconv.ParseFloat(v, 64)
	if err != nil {
		f.err = fmt.Errorf("%w: %s: %w", ErrGraphML, name, err)
	}
	return x
}

func (f *fields) list(name string) []string {
	v, ok := f.vals[name]
	if !ok || f.err != nil {
		return nil
	}
	var out []string
	if err := json.Unmarshal([]byte(v), &out); err != nil {
		f.err = fmt.Errorf("%w: %s: %w", ErrGraphML, name, err)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func newFields(x xmlItem, names map[string]string) *fields {
	f := &fields{vals: map[string]string{}}
	for _, d := range x.Data {
		name, ok := names[d.Key]
		if !ok {
			f.err = fmt.Errorf("%w: data key %q not declared", ErrGraphML, d.Key)
		}
		f.vals[name] = d.Value
	}
	return f
}

func readNode(x xmlItem, names map[string]string) (*Node, error) {
	f := newFields(x, names)
	n := &Node{ID: x.ID, Name: f.str("name"), Type: extract.Type(f.str("type")),
		Aliases: f.list("aliases"), Roles: f.list("roles"), Mentions: f.int("mentions"),
		Documents: f.list("documents")}
	n.SetReasons(n.Aliases, f.list("mergedBy"))
	n.Scores = Scores{Degree: f.int("degree"), WeightedDegree: f.float("weightedDegree"),
		Betweenness: f.float("betweenness"), Closeness: f.float("closeness"),
		PageRank: f.float("pagerank"), Eigenvector: f.float("eigenvector"), CommunityID: f.int("communityId")}
	return n, f.err
}

func readEdge(x xmlItem, names map[string]string) (*Edge, error) {
	f := newFields(x, names)
	e := &Edge{Source: x.Source, Target: x.Target, Type: f.str("type"), Role: f.str("role"),
		Weight: int(f.float("weight")), Confidence: f.float("confidence"),
		Documents: f.list("documents"), Evidence: f.list("evidence")}
	e.Directed = f.str("directed") == "true"
	e.Former = f.str("current") == "false" // absent in files written before it existed
	return e, f.err
}
