package extract

import (
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// cpuTime is the CPU time this process has used, to report throughput per
// CPU second on a machine shared with other work.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchArticle is a fixed article of our own: the four pipeline test
// articles one after another.
func benchArticle(b *testing.B) Input {
	b.Helper()
	var sb strings.Builder
	for _, f := range []string{"acquisition", "sport", "court", "summit"} {
		data, err := os.ReadFile("testdata/pipeline/" + f + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	return Input{ID: "bench", Text: sb.String()}
}

// BenchmarkExtract measures one goroutine; BenchmarkExtractParallel all
// GOMAXPROCS goroutines sharing one Extractor. Both report tokens/s.
func BenchmarkExtract(b *testing.B) {
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	in := benchArticle(b)
	tokens := x.Extract(in).Tokens
	n := 0
	c0 := cpuTime()
	for b.Loop() {
		x.Extract(in)
		n++
	}
	b.ReportMetric(float64(tokens*n)/b.Elapsed().Seconds(), "tokens/s")
	if c := cpuTime() - c0; c > 0 {
		b.ReportMetric(float64(tokens*n)/c.Seconds(), "tokens/cpu-s")
	}
}

func BenchmarkExtractParallel(b *testing.B) {
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	in := benchArticle(b)
	tokens := x.Extract(in).Tokens
	var mu sync.Mutex
	n := 0
	c0 := cpuTime()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		k := 0
		for pb.Next() {
			x.Extract(in)
			k++
		}
		mu.Lock()
		n += k
		mu.Unlock()
	})
	b.ReportMetric(float64(tokens*n)/b.Elapsed().Seconds(), "tokens/s")
	if c := cpuTime() - c0; c > 0 {
		b.ReportMetric(float64(tokens*n)/c.Seconds(), "tokens/cpu-s")
	}
}
