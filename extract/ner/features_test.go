package ner

import (
	"slices"
	"testing"
)

// TestMarkRuns: runs of capitalised words, over connectors between two of
// them, and none in a headline.
func TestMarkRuns(t *testing.T) {
	tests := []struct {
		sent string
		want [][2]int32 // per token: runFirst, runLast
	}{
		{"Analysts/NNS at/IN the/DT Centre/NNP for/IN Strategic/NNP and/CC International/NNP Studies/NNPS said/VBD ./.",
			[][2]int32{{-1, -1}, {-1, -1}, {-1, -1}, {3, 8}, {3, 8}, {3, 8}, {3, 8}, {3, 8}, {3, 8}, {-1, -1}, {-1, -1}}},
		// "in" joins no name; a lone capitalised word is in no run.
		{"Shell/NNP has/VBZ offices/NNS in/IN London/NNP and/CC The/DT Hague/NNP ./.",
			[][2]int32{{-1, -1}, {-1, -1}, {-1, -1}, {-1, -1}, {4, 7}, {4, 7}, {4, 7}, {4, 7}, {-1, -1}}},
		// A connector at the end, or more than two in a row, ends the run.
		{"Police/NNS said/VBD Tom/NNP Reyes/NNP of/IN the/DT and/CC Acme/NNP works/VBZ for/IN Pike/NNP of/IN",
			[][2]int32{{-1, -1}, {-1, -1}, {2, 3}, {2, 3}, {-1, -1}, {-1, -1}, {-1, -1}, {-1, -1}, {-1, -1}, {-1, -1}, {-1, -1}, {-1, -1}}},
		{"TECH/NNP GIANT/NNP UNVEILS/NNP NEW/NNP CHIP/NNP", slices.Repeat([][2]int32{{-1, -1}}, 5)},
	}
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		sent := tagged(tc.sent)
		var fb buffer
		fb.prepare(sent, nil, l)
		var got [][2]int32
		for _, a := range fb.attrs {
			got = append(got, [2]int32{a.runFirst, a.runLast})
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s:\n got %v\nwant %v", tc.sent, got, tc.want)
		}
	}
}

// TestRunFeatures: every word of a run reads the run's last and first
// word with its own place in the run; words outside runs read none.
func TestRunFeatures(t *testing.T) {
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	sent := tagged("Analysts/NNS at/IN the/DT Centre/NNP for/IN Strategic/NNP and/CC International/NNP Studies/NNPS said/VBD ./.")
	var fb buffer
	fb.prepare(sent, nil, l)
	feats := func(i int) []uint64 { return fb.static[i*numStatic : i*numStatic+fb.nstat[i]] }
	studies, centre := hashString("studies"), hashString("centre")
	for _, tc := range []struct {
		i   int
		pos uint64
	}{{3, 0}, {4, 1}, {5, 1}, {8, 2}} {
		for _, f := range []uint64{feat2(nfRunLast, tc.pos, studies), feat2(nfRunFirst, tc.pos, centre), feat2(nfRunLength, tc.pos, 5)} {
			if !slices.Contains(feats(tc.i), f) {
				t.Errorf("token %d (%s) lacks a run feature", tc.i, sent[tc.i].Text)
			}
		}
	}
	for _, i := range []int{0, 9} {
		for pos := range uint64(3) {
			if slices.Contains(feats(i), feat2(nfRunLast, pos, studies)) {
				t.Errorf("token %d (%s), outside the run, has its feature", i, sent[i].Text)
			}
		}
	}
}
