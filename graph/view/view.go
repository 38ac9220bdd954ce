package view

import (
	"bufio"
	"cmp"
	_ "embed"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/graph"
)

// DefaultInitial is how many entities, the most central by PageRank, the
// page draws at first; a control adds as many again. BENCHMARKS.md has
// the time to interactive by size that chose it.
const DefaultInitial = 5000

// Options controls Write. The zero value is usable.
type Options struct {
	// Title is the page title; "" means "ergraph".
	Title string
	// Initial is the number of entities drawn at first: 0 means
	// DefaultInitial, a negative value all of them.
	Initial int
	// Sources names the document of each evidence sentence; nil attributes
	// a sentence only when its relation has a single document.
	Sources Sources
}

//go:embed assets/page.html
var pageHTML string

//go:embed assets/viewer.min.js
var viewerJS string

// Write writes g as one HTML page with everything it needs inside: the
// graph data as JSON, node positions from Layout, and the viewer script.
// Every string of the data is JSON-escaped with <, > and & as \u escapes,
// so no entity name or sentence can end the script element that holds it.
// The page loads nothing from the network; its only links are documents'
// http(s) URLs.
func Write(w io.Writer, g *graph.Graph, opt Options) error {
	data, err := json.Marshal(newPayload(g, opt))
	if err != nil {
		return fmt.Errorf("encode view data: %w", err)
	}
	bw := bufio.NewWriter(w)
	title := html.EscapeString(cmp.Or(opt.Title, "ergraph"))
	// One pass over the template: a value is never searched for marks.
	r := strings.NewReplacer("{{TITLE}}", title, "{{DATA}}", string(data), "{{SCRIPT}}", viewerJS)
	if _, err := r.WriteString(bw, pageHTML); err != nil {
		return fmt.Errorf("write view: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write view: %w", err)
	}
	return nil
}

// payload is the data the page reads. Keys are short because a graph of
// 50,000 relations repeats them 50,000 times.
type payload struct {
	Title     string   `json:"title"`
	Initial   int      `json:"initial"`
	Types     []string `json:"types"`
	RelTypes  []string `json:"relTypes"`
	Docs      []doc    `json:"docs"`
	Sentences []string `json:"sentences"`
	Nodes     []node   `json:"nodes"` // by PageRank, highest first
	Edges     []edge   `json:"edges"`
}

type doc struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"date,omitempty"`
}

type node struct {
	ID             string   `json:"id"`
	Name           string   `json:"name"`
	Type           int      `json:"type"` // index into payload.Types
	Aliases        []string `json:"aliases,omitempty"`
	Roles          []string `json:"roles,omitempty"`
	Mentions       int      `json:"mentions"`
	Docs           []int    `json:"docs"` // indexes into payload.Docs
	Degree         int      `json:"degree"`
	WeightedDegree num      `json:"wdegree"`
	Betweenness    num      `json:"betweenness"`
	Closeness      num      `json:"closeness"`
	PageRank       num      `json:"pagerank"`
	Eigenvector    num      `json:"eigenvector"`
	Community      int      `json:"community"`
	X              coord    `json:"x"`
	Y              coord    `json:"y"`
}

type edge struct {
	Source     int      `json:"s"` // indexes into payload.Nodes
	Target     int      `json:"t"`
	Type       int      `json:"type"` // index into payload.RelTypes
	Directed   bool     `json:"directed,omitempty"`
	Role       string   `json:"role,omitempty"`
	Weight     int      `json:"weight"`
	Confidence num      `json:"confidence"`
	Docs       []int    `json:"docs"`
	Evidence   [][2]int `json:"evidence,omitempty"` // [sentence index, document index or -1]
}

// num is a score written with 6 significant digits, which keeps the page
// small and every ranking the scores imply.
type num float64

func (v num) MarshalJSON() ([]byte, error) { return fmtFloat(float64(v), 'g', 6), nil }

// coord is a layout coordinate, written to 0.01 of a layout unit (about a
// node's spacing).
type coord float64

func (v coord) MarshalJSON() ([]byte, error) { return fmtFloat(float64(v), 'f', 2), nil }

func fmtFloat(v float64, f byte, prec int) []byte {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		v = 0
	}
	return strconv.AppendFloat(nil, v, f, prec, 64)
}

func newPayload(g *graph.Graph, opt Options) payload {
	p := payload{Title: cmp.Or(opt.Title, "ergraph"), Initial: opt.Initial, Sentences: []string{}}
	if p.Initial == 0 {
		p.Initial = DefaultInitial
	}
	for _, t := range extract.Types {
		p.Types = append(p.Types, string(t))
	}
	p.RelTypes = slices.Clone(extract.RelationTypes)
	docIndex := map[string]int{}
	for i, d := range g.Documents() {
		docIndex[d.ID] = i
		p.Docs = append(p.Docs, doc{ID: d.ID, Title: d.Title, Source: d.Source, URL: d.URL, Published: d.Published})
	}
	nodes := g.Nodes()
	order := make([]int, len(nodes))
	for i := range order {
		order[i] = i
	}
	// Highest PageRank first, so the page's first N are its top N.
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(nodes[b].PageRank, nodes[a].PageRank) })
	pos := Layout(g, nodes, order)
	nodeIndex := map[string]int{}
	for i, k := range order {
		n := nodes[k]
		nodeIndex[n.ID] = i
		p.Nodes = append(p.Nodes, node{ID: n.ID, Name: n.Name, Type: typeIndex(&p.Types, string(n.Type)),
			Aliases: n.Aliases, Roles: n.Roles, Mentions: n.Mentions, Docs: indexes(n.Documents, docIndex),
			Degree: n.Degree, WeightedDegree: num(n.WeightedDegree), Betweenness: num(n.Betweenness),
			Closeness: num(n.Closeness), PageRank: num(n.PageRank), Eigenvector: num(n.Eigenvector),
			Community: n.CommunityID, X: coord(pos[i].X), Y: coord(pos[i].Y)})
	}
	sentIndex := map[string]int{}
	for _, e := range g.Edges() {
		x := edge{Source: nodeIndex[e.Source], Target: nodeIndex[e.Target], Type: typeIndex(&p.RelTypes, e.Type),
			Directed: e.Directed, Role: e.Role, Weight: e.Weight, Confidence: num(e.Confidence),
			Docs: indexes(e.Documents, docIndex)}
		for _, s := range e.Evidence {
			i, ok := sentIndex[s]
			if !ok {
				i = len(p.Sentences)
				sentIndex[s] = i
				p.Sentences = append(p.Sentences, s)
			}
			x.Evidence = append(x.Evidence, [2]int{i, sentenceDoc(s, e.Documents, opt.Sources, docIndex)})
		}
		p.Edges = append(p.Edges, x)
	}
	return p
}

// sentenceDoc returns the index of the document a sentence of an edge
// came from, or -1 when it is not known.
func sentenceDoc(s string, edgeDocs []string, src Sources, docIndex map[string]int) int {
	for _, d := range src[s] {
		if slices.Contains(edgeDocs, d) {
			return docIndex[d]
		}
	}
	if len(edgeDocs) == 1 {
		return docIndex[edgeDocs[0]]
	}
	return -1
}

// typeIndex returns the index of t in *types, appending a type the
// extractor does not list (from an older or newer database).
func typeIndex(types *[]string, t string) int {
	if i := slices.Index(*types, t); i >= 0 {
		return i
	}
	*types = append(*types, t)
	return len(*types) - 1
}

func indexes(ids []string, index map[string]int) []int {
	out := make([]int, 0, len(ids))
	for _, id := range ids {
		if i, ok := index[id]; ok {
			out = append(out, i)
		}
	}
	return out
}
