package store

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
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
	g := corpusGraph(b, path)
	dir := b.TempDir()
	var st ImportStats
	var err error
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
