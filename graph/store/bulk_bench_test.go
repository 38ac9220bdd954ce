package store

import (
	"bufio"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/graph"
)

// BenchmarkWriteImport times WriteImport, files written to a temporary
// directory, on the graph of the extracted documents (entities.jsonl of
// 'ergraph export', or the output of 'ergraph extract') in the file
// ERGRAPH_BENCH_EXTRACTED; without it the benchmark is skipped. It
// reports relationships (mentions included) per second. BENCHMARKS.md
// has the commands for the GMB corpus.
func BenchmarkWriteImport(b *testing.B) {
	path := os.Getenv("ERGRAPH_BENCH_EXTRACTED")
	if path == "" {
		b.Skip("ERGRAPH_BENCH_EXTRACTED not set")
	}
	g := graph.New()
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
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
	dir := b.TempDir()
	var st ImportStats
	b.ResetTimer()
	for range b.N {
		st, err = WriteImport(func(name string) (io.Writer, error) { return create(b, filepath.Join(dir, name)) }, g, time.Now())
		if err != nil {
			b.Fatal(err)
		}
	}
	rels := float64(st.Mentions + st.Relationships)
	b.ReportMetric(rels, "rels")
	b.ReportMetric(rels*float64(b.N)/b.Elapsed().Seconds(), "rels/s")
}

func create(b *testing.B, path string) (*os.File, error) {
	f, err := os.Create(path)
	if err == nil {
		b.Cleanup(func() { f.Close() })
	}
	return f, err
}
