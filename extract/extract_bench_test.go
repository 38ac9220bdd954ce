package extract

import (
	"fmt"
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

// manyNames is n bytes of hostile text: no sentence ends, a name every
// few words, names sharing first and last words, as scraped lists of
// people and companies are. Fixed by a simple generator, so every run
// reads the same text.
func manyNames(n int) string {
	first := strings.Fields("Rosa Nadia Priya Kofi Boris Mateo Hana Wayne Stark Umbrella")
	last := strings.Fields("Haddad Lindqvist Dubois Tanaka Costa Kowalski Industries Energy Foods Group")
	filler := strings.Fields("said for visit over and new met of officials report council about")
	var b strings.Builder
	for x := uint32(1); b.Len() < n; {
		x = x*1664525 + 1013904223 // a linear congruential generator
		switch r := x >> 24; {
		case r < 64:
			b.WriteString(first[r%10] + " " + last[(r/10)%10] + " ")
		case r < 80:
			b.WriteString("Z" + string(rune('a'+r%26)) + string(rune('a'+(x>>8)%26)) + string(rune('a'+(x>>16)%26)) + " ")
		default:
			b.WriteString(filler[r%12] + " ")
		}
	}
	return b.String()
}

// BenchmarkExtractManyNames: extraction time per byte should not grow with
// the size of such a document (it grew fourfold per doubling before the
// document-level name passes were indexed).
//
//	go test ./extract -run '^$' -bench ExtractManyNames -benchtime 1x
func BenchmarkExtractManyNames(b *testing.B) {
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []int{256 << 10, 1 << 20, 2 << 20} {
		text := manyNames(size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			for b.Loop() {
				x.Extract(Input{ID: "names", Text: text})
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(text)), "ns/byte")
		})
	}
}

// longStory is a document of sentences naming a company and then standing
// for it by descriptions ("the company", "the council", "the firm's chief
// executive"), about size bytes.
func longStory(size int) string {
	names := []string{"Harwell Energy", "Kestrel Foods", "Orla Bank", "Brannvik Group", "Halvik Kök AB"}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "%s cut jobs in Leeds on Monday. The company said the council would help, and the firm's chief executive, Anna Berg, agreed. ", names[i%len(names)])
	}
	return b.String()
}

// BenchmarkExtractLongStory: descriptions look back a bounded window
// (storyWindow), so time per byte should not grow with the document; it
// grew with its square when they looked back to its start.
//
//	go test ./extract -run '^$' -bench ExtractLongStory -benchtime 1x
func BenchmarkExtractLongStory(b *testing.B) {
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []int{256 << 10, 1 << 20} {
		text := longStory(size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			for b.Loop() {
				x.Extract(Input{ID: "story", Text: text})
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(text)), "ns/byte")
		})
	}
}
