package ner

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readTestdata reads a training file of testdata/.
func readTestdata(t *testing.T, name string) []Sentence {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	data, err := ReadTraining(f)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func readNews(t *testing.T) []Sentence { return readTestdata(t, "news.txt") }
func readTiny(t *testing.T) []Sentence { return readTestdata(t, "tiny.txt") }

func TestTrainTiny(t *testing.T) {
	data := readTiny(t)
	for _, scheme := range []string{"BILOU", "BIO"} {
		t.Run(scheme, func(t *testing.T) {
			var errRates []float64
			m, err := Train(context.Background(), data, TrainOptions{
				Epochs: 12, Seed: 7, Scheme: scheme, MinCount: 1, WordDropout: -1, Runs: 1,
				Progress: func(epoch int, r float64) { errRates = append(errRates, r) },
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(errRates) != 12 || errRates[11] > errRates[0] {
				t.Errorf("error rates %v", errRates)
			}
			if s := Evaluate(m, data); s.Overall.F1 < 0.95 {
				t.Errorf("F1 on its training data %.3f:\n%s", s.Overall.F1, s)
			}
			// Unseen sentences built from the same names.
			tests := []struct {
				sent string
				want []string
			}{
				{"Anna/NNP Berg/NNP visited/VBD Osaka/NNP ./.", []string{"Person:Anna Berg", "Place:Osaka"}},
				{"Kenji/NNP Sato/NNP works/VBZ for/IN Greenline/NNP ./.", []string{"Person:Kenji Sato", "Organization:Greenline"}},
			}
			for _, tc := range tests {
				sent := tagged(tc.sent)
				if got := spanText(sent, m.Spans(sent)); fmt.Sprint(got) != fmt.Sprint(tc.want) {
					t.Errorf("%s: got %q, want %q", tc.sent, got, tc.want)
				}
			}
		})
	}
}

func TestTrainDeterministic(t *testing.T) {
	data := readTiny(t)
	write := func(seed uint64) []byte {
		m, err := Train(context.Background(), data, TrainOptions{Epochs: 3, Seed: seed, MinCount: 1})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := m.Write(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	a, b := write(3), write(3)
	if !bytes.Equal(a, b) {
		t.Error("same data and seed gave different model bytes")
	}
	// Runs: the default averages three runs, which one run alone is not.
	one, err := Train(context.Background(), data, TrainOptions{Epochs: 3, Seed: 3, MinCount: 1, Runs: 1})
	if err != nil {
		t.Fatal(err)
	}
	var o bytes.Buffer
	if err := one.Write(&o); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a, o.Bytes()) {
		t.Error("the average of three runs wrote the same bytes as one run")
	}
	m, err := ReadModel(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	var c bytes.Buffer
	if err := m.Write(&c); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, c.Bytes()) {
		t.Error("a model read back writes different bytes")
	}
}

func TestTrainErrors(t *testing.T) {
	tests := []struct {
		name string
		data []Sentence
		opt  TrainOptions
	}{
		{"no data", nil, TrainOptions{}},
		{"length mismatch", []Sentence{{Tokens: tagged("Rome/NNP"), Labels: nil}}, TrainOptions{}},
		{"bad label", []Sentence{{Tokens: tagged("Rome/NNP"), Labels: []string{"B-City"}}}, TrainOptions{}},
		{"bad scheme", []Sentence{{Tokens: tagged("Rome/NNP"), Labels: []string{"B-Place"}}}, TrainOptions{Scheme: "IOBES"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Train(context.Background(), tc.data, tc.opt); err == nil {
				t.Error("no error")
			}
		})
	}
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := Train(ctx, readTiny(t), TrainOptions{}); err == nil {
			t.Error("no error")
		}
	})
}

func TestReadTraining(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		tokens []string
		labels [][]string
	}{
		{"three columns", "Rome NNP B-Place\nis VBZ O\n\nAda NNP B-Person\n",
			[]string{"Rome/NNP is/VBZ", "Ada/NNP"}, [][]string{{"B-Place", "O"}, {"B-Person"}}},
		{"conll-2003 with IOB1 and MISC", "-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP I-MISC\ncall NN I-NP O\n",
			[]string{"EU/NNP rejects/VBZ German/JJ call/NN"}, [][]string{{"B-Organization", "O", "B-Misc", "O"}}},
		{"other names, tabs, comments", "# comment\nJohn\tNNP\tB-PER\nSmith\tNNP\tI-PER\nin\tIN\tO\nOslo\tNNP\tS-LOC\n\n\n",
			[]string{"John/NNP Smith/NNP in/IN Oslo/NNP"}, [][]string{{"B-Person", "I-Person", "O", "B-Place"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadTraining(strings.NewReader(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.tokens) {
				t.Fatalf("%d sentences, want %d", len(got), len(tc.tokens))
			}
			for i, s := range got {
				var toks []string
				for _, tk := range s.Tokens {
					toks = append(toks, tk.Text+"/"+tk.Tag)
				}
				if strings.Join(toks, " ") != tc.tokens[i] || fmt.Sprint(s.Labels) != fmt.Sprint(tc.labels[i]) {
					t.Errorf("sentence %d: %q %q, want %q %q", i, toks, s.Labels, tc.tokens[i], tc.labels[i])
				}
			}
		})
	}
	t.Run("untagged words get prose tags", func(t *testing.T) {
		got, err := ReadTraining(strings.NewReader("Ada B-Person\nLovelace I-Person\nwrote O\nnotes O\n. O\n"))
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].Tokens[0].Tag != "NNP" || got[0].Tokens[2].Tag != "VBD" {
			t.Errorf("got %+v", got)
		}
	})
	for _, bad := range []string{"word\n", "Rome NNP Place\n", "Rome NNP X-Place\n"} {
		t.Run("error "+strings.TrimSpace(bad), func(t *testing.T) {
			if _, err := ReadTraining(strings.NewReader(bad)); err == nil {
				t.Error("no error")
			}
		})
	}
}

func TestReadGMB(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "gmb-sample.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	data, err := ReadGMB(f)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ tokens, labels string }{
		{"President Ana Ruiz visited Quito on Friday , with British officials .",
			"B-Person I-Person I-Person O B-Place O O O O B-Misc O O"},
		{"The Andean Trade Council met \u2026 in Jos\u00e9 during the Harvest Games .",
			"O B-Organization I-Organization I-Organization O O O B-Place O O B-Misc I-Misc O"},
		{"Mr. Ruiz said 1,000 people came .", "B-Person B-Organization O O O O O"},
	}
	if len(data) != len(want) {
		t.Fatalf("%d sentences, want %d", len(data), len(want))
	}
	for i, w := range want {
		var words []string
		for _, tk := range data[i].Tokens {
			words = append(words, tk.Text)
		}
		if g := strings.Join(words, " "); g != w.tokens {
			t.Errorf("sentence %d tokens %q, want %q", i, g, w.tokens)
		}
		if g := strings.Join(data[i].Labels, " "); g != w.labels {
			t.Errorf("sentence %d labels %q, want %q", i, g, w.labels)
		}
	}
	if data[0].Tokens[0].Tag != "NNP" || data[2].Tokens[3].Tag != "CD" {
		t.Errorf("tags not kept: %+v", data[0].Tokens)
	}

	t.Run("StripTitles", func(t *testing.T) {
		StripTitles(data)
		want := []string{
			"O B-Person I-Person O B-Place O O O O B-Misc O O",
			"O B-Organization I-Organization I-Organization O O O B-Place O O B-Misc I-Misc O",
			"O B-Person O O O O O",
		}
		for i, w := range want {
			if g := strings.Join(data[i].Labels, " "); g != w {
				t.Errorf("sentence %d labels %q, want %q", i, g, w)
			}
		}
	})

	t.Run("errors", func(t *testing.T) {
		for _, bad := range []string{"", "a,b,c,d\r\n", "Sentence #,Word,POS,Tag\r\n,x,NN,O\r\n", "Sentence #,Word,POS,Tag\r\nSentence: 1,x,NN,Q-per\r\n"} {
			if _, err := ReadGMB(strings.NewReader(bad)); err == nil {
				t.Errorf("%q: no error", bad)
			}
		}
	})
}

func TestSplitGMB(t *testing.T) {
	data := make([]Sentence, 2500)
	for i := range data {
		data[i].Labels = []string{fmt.Sprint(i)}
	}
	train, held := SplitGMB(data)
	if len(train) != 2300 || len(held) != 200 {
		t.Fatalf("split %d/%d", len(train), len(held))
	}
	if held[0].Labels[0] != "900" || held[100].Labels[0] != "1900" || held[199].Labels[0] != "1999" {
		t.Errorf("held out %s..%s", held[0].Labels[0], held[199].Labels[0])
	}
}

func TestScoreSpans(t *testing.T) {
	data := []Sentence{
		{Labels: []string{"B-Person", "I-Person", "O", "B-Place", "O"}},
		{Labels: []string{"I-Organization", "O", "B-Place", "B-Place"}},
	}
	pred := [][]Span{
		{{Start: 0, End: 2, Type: Person}, {Start: 3, End: 4, Type: Organization}},
		{{Start: 0, End: 1, Type: Organization}, {Start: 2, End: 4, Type: Place}},
	}
	s := ScoreSpans(data, pred)
	if o := s.Overall; o.TP != 2 || o.FP != 2 || o.FN != 3 {
		t.Errorf("overall %+v", o)
	}
	if p := s.ByType[Place]; p.TP != 0 || p.FP != 1 || p.FN != 3 || p.F1 != 0 {
		t.Errorf("place %+v", p)
	}
	if p := s.ByType[Person]; p.Precision != 1 || p.Recall != 1 || p.F1 != 1 {
		t.Errorf("person %+v", p)
	}
	// Untyped, the Place predicted as Organization counts; the two Places
	// read as one span do not.
	if u := s.Span; u.TP != 3 || u.FP != 1 || u.FN != 2 {
		t.Errorf("span %+v", u)
	}
	if !strings.Contains(s.String(), "overall") {
		t.Errorf("table:\n%s", s)
	}
}

func TestProseBaseline(t *testing.T) {
	words := strings.Fields("Angela Merkel met officials of the United Nations in Paris on Tuesday .")
	spans, err := ProseSpans(words)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range spans {
		if s.Start < 0 || s.End > len(words) || s.Start >= s.End {
			t.Errorf("bad span %+v", s)
		}
	}
	toks, err := ProseTag(strings.Fields("The U.S. Corp. said it's \u201cfine\u201d ."))
	if err != nil {
		t.Fatal(err)
	}
	if len(toks) != 7 || toks[1].Tag != "NNP" || toks[0].Tag != "DT" {
		t.Errorf("tags %+v", toks)
	}
}

// sharedData is the path of a file of ../shared/data beside the checkout.
func sharedData(t *testing.T, parts ...string) string {
	p := filepath.Join(append([]string{"..", "..", "..", "shared", "data"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s: %v (CI has ../shared beside the checkout)", p, err)
		}
		t.Skipf("%s not found", p)
	}
	return p
}

// The shipped model's mention-level F1 on development sets it never
// trained on stays above floors a little under what was measured
// ('ergraph eval' prints the tables): CoNLL-2003 dev (0.890 overall) and,
// news of another decade and other desks, CoNLL04 dev (Person 0.858,
// Organization 0.653, Place 0.809; it has no Misc).
func TestDefaultModelDev(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		path    []string
		read    func(io.Reader) ([]Sentence, error)
		floors  map[Type]float64
		overall float64
	}{
		{"CoNLL-2003 dev", []string{"conll2003", "dev.txt"}, ReadTraining,
			map[Type]float64{Person: 0.90, Organization: 0.78, Place: 0.90, Misc: 0.78}, 0.88},
		{"CoNLL04 dev", []string{"conll04", "dev.json"}, ReadCoNLL04,
			map[Type]float64{Person: 0.82, Organization: 0.60, Place: 0.77}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := os.Open(sharedData(t, tc.path...))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			data, err := tc.read(f)
			if err != nil {
				t.Fatal(err)
			}
			if data, err = RetagProse(data); err != nil {
				t.Fatal(err)
			}
			s := Evaluate(m, data)
			t.Logf("%s:\n%s", tc.name, s)
			for typ, floor := range tc.floors {
				if f1 := s.ByType[typ].F1; f1 < floor {
					t.Errorf("%s F1 %.3f < %.2f", typ, f1, floor)
				}
			}
			if s.Overall.F1 < tc.overall {
				t.Errorf("overall F1 %.3f < %.2f", s.Overall.F1, tc.overall)
			}
		})
	}
}

func TestCleanAndAugmentGMB(t *testing.T) {
	mk := func(s string) Sentence {
		var out Sentence
		for _, f := range strings.Fields(s) {
			w, l, _ := strings.Cut(f, "/")
			out.Tokens = append(out.Tokens, Token{Text: w, Tag: "NNP"})
			out.Labels = append(out.Labels, l)
		}
		return out
	}
	data := []Sentence{
		mk("the/O US/B-Organization said/O Tehran/B-Organization"),
		mk("U.S./B-Place and/O Tehran/B-Place and/O Tehran/B-Place met/O"),
		mk("Mr./B-Person Lee/I-Person visited/O Britain/B-Place and/O the/O U.S./B-Place"),
		mk("Great/B-Place Britain/I-Place"),
	}
	CleanGMB(data)
	if got := strings.Join(data[0].Labels, " "); got != "O B-Place O B-Place" {
		t.Errorf("harmonised labels %q", got)
	}
	if got := strings.Join(data[2].Labels, " "); got != "O B-Person O B-Place O O B-Place" {
		t.Errorf("stripped labels %q", got)
	}
	for seed := uint64(0); seed < 8; seed++ {
		aug := AugmentGMB(data, seed)
		if len(aug) != len(data) || data[2].Tokens[0].Text != "Mr." {
			t.Fatal("AugmentGMB changed its input")
		}
		if w := aug[2].Tokens; w[0].Text == "Mr" {
			if w[3].Text != "UK" || w[6].Text != "US" {
				t.Errorf("seed %d: %v", seed, w)
			}
		}
		if aug[3].Tokens[1].Text != "Britain" {
			t.Error("Great Britain rewritten")
		}
	}
}

func TestReadCoNLL04(t *testing.T) {
	tests := []struct {
		name, in string
		labels   [][]string
	}{
		{"types mapped, Other read as O, titles leave person spans",
			`[{"tokens": ["President", "Ada", "Lane", "of", "Acme", "visited", "Oslo", "in", "May", "."],
			   "entities": [{"type": "Peop", "start": 0, "end": 3}, {"type": "Org", "start": 4, "end": 5},
			                {"type": "Loc", "start": 6, "end": 7}, {"type": "Other", "start": 8, "end": 9}],
			   "relations": [{"type": "Work_For", "head": 0, "tail": 1}]}]`,
			[][]string{{"O", "B-Person", "I-Person", "O", "B-Organization", "O", "B-Place", "O", "O", "O"}}},
		{"one document per sentence, empty sentences dropped",
			`[{"tokens": ["Rome"], "entities": [{"type": "Loc", "start": 0, "end": 1}]}, {"tokens": [], "entities": []},
			  {"tokens": ["rain"], "entities": []}]`,
			[][]string{{"B-Place"}, {"O"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadCoNLL04(strings.NewReader(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.labels) {
				t.Fatalf("%d sentences, want %d", len(got), len(tc.labels))
			}
			for i, s := range got {
				if fmt.Sprint(s.Labels) != fmt.Sprint(tc.labels[i]) {
					t.Errorf("sentence %d: labels %q, want %q", i, s.Labels, tc.labels[i])
				}
				if i > 0 && s.Doc == got[i-1].Doc {
					t.Errorf("sentences %d and %d share document %d", i-1, i, s.Doc)
				}
			}
		})
	}
	for _, bad := range []string{`{"tokens": []}`, `[{"tokens": ["a"], "entities": [{"type": "Loc", "start": 0, "end": 2}]}]`, `[`} {
		t.Run("error "+bad, func(t *testing.T) {
			if _, err := ReadCoNLL04(strings.NewReader(bad)); err == nil {
				t.Error("no error")
			}
		})
	}
}

func TestLegalForm(t *testing.T) {
	for _, tc := range []struct {
		phrase string
		want   bool
	}{
		{"Inc.", true}, {"inc", true}, {"GmbH", true}, {"S.A.", true}, {"plc", true}, {"LLC", true},
		{"as", false}, {"company", false}, {"Apple", false}, {"", false},
	} {
		if got := LegalForm(tc.phrase); got != tc.want {
			t.Errorf("LegalForm(%q) = %v, want %v", tc.phrase, got, tc.want)
		}
	}
}
