package main

import (
	"os"
	"path/filepath"
	"testing"
)

// extractRSSPerByte is the stated bound (README, "Bounds"): extract's peak
// memory grows by at most this many bytes per byte of the largest
// document, over a fixed base for the models.
const extractRSSPerByte = 120

// TestExtractMemoryLinear: 16 KB of text without sentence ends took 818 MB
// and 1 MB was killed at 22.7 GB. Now memory grows linearly with the text
// and stays under the stated bound.
func TestExtractMemoryLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 21 MB of text")
	}
	dir := t.TempDir()
	sizes := []int{1 << 20, 4 << 20, 16 << 20}
	rss := make([]int64, len(sizes))
	for i, n := range sizes {
		path := filepath.Join(dir, "unpunctuated.txt")
		if err := os.WriteFile(path, []byte(unpunctuated(n, 7)), 0o644); err != nil {
			t.Fatal(err)
		}
		var out int64
		rss[i], out, _ = maxRSS(t, "extract", "-q", "-workers", "1", "-max-bytes", "64000000", path)
		t.Logf("%2d MB unpunctuated: max RSS %4d MB, output %4d MB", n>>20, rss[i]>>20, out>>20)
	}
	// Linear growth: from 1 to 16 MB memory grows 5 times as much as from
	// 1 to 4 MB (15 MB against 3 MB more text). Garbage collection moves a
	// peak by tens of megabytes, so allow 9 before calling it faster than
	// linear; quadratic growth would give 17.
	if grow4, grow16 := rss[1]-rss[0], rss[2]-rss[0]; grow16 > 9*grow4 {
		t.Errorf("max RSS %d, %d, %d MB for 1, 4, 16 MB: growth %d then %d MB is faster than linear",
			rss[0]>>20, rss[1]>>20, rss[2]>>20, grow4>>20, grow16>>20)
	}
	base := rss[0] - extractRSSPerByte*int64(sizes[0])
	if bound := base + extractRSSPerByte*int64(sizes[2]); rss[2] > bound {
		t.Errorf("max RSS for 16 MB = %d MB; want at most %d MB (%d bytes a byte over the 1 MB run's base)", rss[2]>>20, bound>>20, extractRSSPerByte)
	}
}
