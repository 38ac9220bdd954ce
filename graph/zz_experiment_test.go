package graph

import (
	"fmt"
	"math"
	"slices"
	"testing"
)

func TestZZApproxError(t *testing.T) {
	g := centralityBA(3000, 5, 4)
	exact := Betweenness(g)
	ids := idsOf(g)
	slices.SortFunc(ids, func(a, b int64) int { return -cmpFloat(exact[a], exact[b]) })
	for _, k := range []int{250, 500, 1000} {
		for seed := uint64(1); seed <= 4; seed++ {
			got := ApproxBetweenness(g, k, seed)
			var s string
			for _, id := range ids[:10] {
				s += fmt.Sprintf(" %+.3f", (got[id]-exact[id])/exact[id])
			}
			var mx float64
			for _, id := range ids[:100] {
				mx = max(mx, math.Abs(got[id]-exact[id])/exact[id])
			}
			fmt.Printf("k=%d seed=%d top10:%s max100=%.3f\n", k, seed, s, mx)
		}
	}
}
