package graph

import (
	"bufio"
	"encoding/json"
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ergraph/ergraph/extract"
)

// BenchmarkResolveCorpus times the merge step of 'ergraph build' on
// extracted documents: Add of every document, then Resolve. The files
// (output of 'ergraph extract') are named, separated by commas, in
// ERGRAPH_BENCH_EXTRACTED; without it the benchmark is skipped. Besides
// wall time it reports cpu-s/op, the process's CPU seconds (user and
// system) per merge, which a busy machine disturbs less, resolve-cpu-s/op,
// the part of it Resolve takes, entities, the nodes before Resolve, and
// graph-MB, the heap the merged graph holds (live bytes after a
// collection, less those before the merge).
// BENCHMARKS.md has the commands for the GMB corpora.
func BenchmarkResolveCorpus(b *testing.B) {
	paths := os.Getenv("ERGRAPH_BENCH_EXTRACTED")
	if paths == "" {
		b.Skip("ERGRAPH_BENCH_EXTRACTED not set")
	}
	for _, path := range strings.Split(paths, ",") {
		docs := readExtracted(b, path)
		b.Run(path, func(b *testing.B) {
			var cpu, resolve time.Duration
			var entities int
			var heap uint64
			for range b.N {
				b.StopTimer()
				before := liveHeap()
				start := cpuTime()
				b.StartTimer()
				g := New()
				for _, d := range docs {
					g.Add(d)
				}
				entities = len(g.nodes)
				mid := cpuTime()
				Resolve(g, nil)
				b.StopTimer()
				end := cpuTime()
				cpu += end - start
				resolve += end - mid
				heap = liveHeap() - before
				runtime.KeepAlive(g)
				b.StartTimer()
			}
			b.ReportMetric(float64(len(docs)), "docs")
			b.ReportMetric(float64(entities), "entities")
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
			b.ReportMetric(resolve.Seconds()/float64(b.N), "resolve-cpu-s/op")
			b.ReportMetric(float64(heap)/(1<<20), "graph-MB")
		})
	}
}

// liveHeap collects garbage and returns the bytes of live heap objects.
func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func readExtracted(b *testing.B, path string) []extract.Document {
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var docs []extract.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var d extract.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return docs
}
