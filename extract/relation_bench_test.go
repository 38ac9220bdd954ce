package extract

import (
	"testing"
	"time"
)

// BenchmarkRelationStage measures package relation alone (classifier,
// patterns, cues) on the sentences of the benchmark article as the
// pipeline reads them; it reports tokens/s.
func BenchmarkRelationStage(b *testing.B) {
	x := testExtractor(b)
	sents := x.RelationSentences(benchArticle(b))
	tokens := 0
	for _, s := range sents {
		tokens += len(s.Tokens)
	}
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		for _, s := range sents {
			x.rel.Find(s, x.minConf)
		}
	}
	b.ReportMetric(float64(tokens*b.N)/time.Since(start).Seconds(), "tokens/s")
}
