package store

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/graph"
)

// BenchmarkLoadCorpus loads the graph that 'ergraph build' makes of real
// extraction output into an empty database: each of the comma-separated
// JSON Lines files (as 'ergraph extract' writes) in
// ERGRAPH_BENCH_EXTRACTED. It reports relationships per second of the
// relationship stage (rels/s, mentions not counted), mentions per second
// of the mention stage inside the node stage (rows/s of documents,
// entities and mentions: node-rows/s), and all rows (documents, entities,
// mentions, relationships) per second of the whole load (rows/s).
// With ERGRAPH_BENCH_ROWS=FILE it also writes the rows it sends, as JSON,
// for scripts/load-peer.py to load the same rows with the Python driver.
//
//	ERGRAPH_BENCH_EXTRACTED=/tmp/ext1.jsonl go test ./graph/store -run '^$' -bench LoadCorpus -benchtime 1x
func BenchmarkLoadCorpus(b *testing.B) {
	paths := os.Getenv("ERGRAPH_BENCH_EXTRACTED")
	if paths == "" {
		b.Skip("ERGRAPH_BENCH_EXTRACTED not set")
	}
	for _, path := range strings.Split(paths, ",") {
		g := corpusGraph(b, path)
		if out := os.Getenv("ERGRAPH_BENCH_ROWS"); out != "" {
			writeRows(b, g, out)
		}
		b.Run(path, func(b *testing.B) { loadCorpus(b, g) })
	}
}

// loadCorpus loads g into an emptied database b.N times and reports the
// rates.
func loadCorpus(b *testing.B, g *graph.Graph) {
	s := benchStore(b)
	var st LoadStats
	var rows int
	var elapsed float64
	for b.Loop() {
		b.StopTimer()
		empty(b, s)
		b.StartTimer()
		var err error
		if st, err = s.Load(context.Background(), g); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		elapsed += (st.RemoveTime + st.NodeTime + st.RelationshipTime).Seconds()
		rows += st.Documents + st.Entities + st.Mentions + st.Relationships
		b.StartTimer()
	}
	b.ReportMetric(float64(st.Relationships)/st.RelationshipTime.Seconds(), "rels/s")
	b.ReportMetric(float64(st.Documents+st.Entities+st.Mentions)/st.NodeTime.Seconds(), "node-rows/s")
	b.ReportMetric(float64(rows)/elapsed, "rows/s")
	b.ReportMetric(float64(st.Relationships), "rels")
	b.ReportMetric(float64(st.Mentions), "mentions")
}

// corpusGraph builds the merged and resolved graph of an extract output
// file, as 'ergraph build' does before centrality.
func corpusGraph(b *testing.B, path string) *graph.Graph {
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	g := graph.New()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var d extract.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			b.Fatal(err)
		}
		g.Add(d)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	graph.Resolve(g, nil)
	return g
}

// writeRows writes the rows Load sends for g: documents, entities,
// mentions, and relationships by type (with entity ids as ends).
func writeRows(b *testing.B, g *graph.Graph, path string) {
	entities, mentions, err := entityRows(g.Nodes(), everyDoc)
	if err != nil {
		b.Fatal(err)
	}
	ids := make(map[string]string, len(entities))
	for _, e := range entities {
		ids[e.id] = e.id
	}
	rels, err := relationRows(g.Edges(), ids, everyDoc)
	if err != nil {
		b.Fatal(err)
	}
	byType := map[string][]map[string]any{}
	for typ, rows := range rels {
		byType[typ] = params(rows)
	}
	data, err := json.Marshal(map[string]any{"documents": docRows(g, everyDoc), "entities": params(entities),
		"mentions": params(mentions), "relationships": byType})
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
}
