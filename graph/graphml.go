package graph

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// key is one GraphML attribute declaration.
type key struct {
	id, owner, name, typ string
}

// The attribute keys ergraph writes, in the order written. List-valued
// attributes (aliases, roles, documents, evidence) are JSON arrays, the
// one string form every reader keeps intact.
var nodeKeys = []key{
	{"d0", "node", "name", "string"},
	{"d1", "node", "label", "string"},
	{"d2", "node", "type", "string"},
	{"d3", "node", "aliases", "string"},
	{"d4", "node", "roles", "string"},
	{"d5", "node", "mentions", "int"},
	{"d6", "node", "documents", "string"},
	{"d7", "node", "degree", "int"},
	{"d8", "node", "weightedDegree", "double"},
	{"d9", "node", "betweenness", "double"},
	{"d10", "node", "closeness", "double"},
	{"d11", "node", "pagerank", "double"},
	{"d12", "node", "eigenvector", "double"},
	{"d13", "node", "communityId", "int"},
	{"d14", "node", "mergedBy", "string"},
}

var edgeKeys = []key{
	{"e0", "edge", "type", "string"},
	{"e1", "edge", "label", "string"},
	{"e2", "edge", "weight", "double"},
	{"e3", "edge", "directed", "boolean"},
	{"e4", "edge", "role", "string"},
	{"e5", "edge", "confidence", "double"},
	{"e6", "edge", "documents", "string"},
	{"e7", "edge", "evidence", "string"},
	{"e8", "edge", "current", "boolean"},
}

// WriteGraphML writes g as GraphML that Gephi, Cytoscape, yEd, networkx and
// igraph read: keys declared before the graph, every key typed, ids
// without spaces, nodes and edges sorted so the bytes are stable. The graph
// is declared undirected; typed relations keep their direction in the
// order of source and target and in the boolean attribute "directed".
func WriteGraphML(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range append(nodeKeys[:len(nodeKeys):len(nodeKeys)], edgeKeys...) {
		fmt.Fprintf(bw, "  <key id=%q for=%q attr.name=%q attr.type=%q/>\n", k.id, k.owner, k.name, k.typ)
	}
	bw.WriteString(`  <graph id="ergraph" edgedefault="undirected">` + "\n")
	for _, n := range g.Nodes() {
		writeNode(bw, n)
	}
	for i, e := range g.Edges() {
		writeEdge(bw, i, e)
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

func writeNode(w *bufio.Writer, n *Node) {
	fmt.Fprintf(w, "    <node id=\"%s\">\n", attr(n.ID))
	vals := []string{n.Name, n.Name, string(n.Type), list(n.Aliases), list(n.Roles),
		strconv.Itoa(n.Mentions), list(n.Documents), strconv.Itoa(n.Degree),
		float(n.WeightedDegree), float(n.Betweenness), float(n.Closeness), float(n.PageRank),
		float(n.Eigenvector), strconv.Itoa(n.CommunityID), list(n.Reasons())}
	for i, v := range vals {
		data(w, nodeKeys[i].id, v)
	}
	w.WriteString("    </node>\n")
}

func writeEdge(w *bufio.Writer, i int, e *Edge) {
	fmt.Fprintf(w, "    <edge id=\"r%d\" source=\"%s\" target=\"%s\">\n", i, attr(e.Source), attr(e.Target))
	vals := []string{e.Type, e.Type, strconv.Itoa(e.Weight), strconv.FormatBool(e.Directed), e.Role,
		float(e.Confidence), list(e.Documents), list(e.Evidence), strconv.FormatBool(!e.Former)}
	for i, v := range vals {
		if v != "" {
			data(w, edgeKeys[i].id, v)
		}
	}
	w.WriteString("    </edge>\n")
}

func data(w *bufio.Writer, key, v string) {
	fmt.Fprintf(w, "      <data key=\"%s\">", key)
	xml.EscapeText(w, []byte(v))
	w.WriteString("</data>\n")
}

func attr(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func list(items []string) string {
	if items == nil {
		items = []string{}
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(items) // a []string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}

// float formats v in the shortest form that parses back to v; NaN and
// infinities, which GraphML readers reject, become 0.
func float(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		v = 0
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}
