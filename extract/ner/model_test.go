package ner

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
)

// tagged parses "word/TAG word/TAG ..." into tokens.
func tagged(s string) []Token {
	var out []Token
	for _, f := range strings.Fields(s) {
		i := strings.LastIndexByte(f, '/')
		out = append(out, Token{Text: f[:i], Tag: f[i+1:]})
	}
	return out
}

// spanText renders spans as "Type:words" for comparisons.
func spanText(sent []Token, spans []Span) []string {
	var out []string
	for _, s := range spans {
		var words []string
		for _, t := range sent[s.Start:s.End] {
			words = append(words, t.Text)
		}
		out = append(out, string(s.Type)+":"+strings.Join(words, " "))
	}
	return out
}

// Sentences written for these tests, tagged as prose's tagger tags them.
var testSentences = []string{
	"Angela/NNP Merkel/NNP met/VBD Emmanuel/NNP Macron/NNP in/IN Paris/NNP on/IN Tuesday/NNP ./.",
	"The/DT Foreign/NNP Secretary/NNP ,/, Boris/NNP Johnson/NNP ,/, flew/VBD to/TO Washington/NNP on/IN Sunday/NNP ./.",
	"Shares/NNS in/IN Microsoft/NNP rose/VBD after/IN the/DT company/NN said/VBD its/PRP$ chief/JJ executive/NN ,/, Satya/NNP Nadella/NNP ,/, would/MD visit/VB India/NNP ./.",
	"The/DT European/NNP Commission/NNP fined/VBD Google/NNP 2.4/CD billion/CD euros/NNS ,/, officials/NNS in/IN Brussels/NNP said/VBD ./.",
	"Police/NNS in/IN Manchester/NNP arrested/VBD two/CD men/NNS after/IN a/DT fire/NN at/IN a/DT warehouse/NN owned/VBN by/IN a/DT local/JJ firm/NN ./.",
	"Speaking/VBG to/TO reporters/NNS in/IN Tokyo/NNP ,/, Prime/NNP Minister/NNP Shinzo/NNP Abe/NNP said/VBD Japan/NNP would/MD raise/VB its/PRP$ defence/NN budget/NN ./.",
}

func TestDefaultModel(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		sent string
		want []string // spans the model must find
	}{
		{"two people and a city", testSentences[0], []string{"Person:Angela Merkel", "Person:Emmanuel Macron", "Place:Paris"}},
		{"title outside the name", testSentences[1], []string{"Person:Boris Johnson", "Place:Washington"}},
		{"company, person, country", testSentences[2], []string{"Organization:Microsoft", "Person:Satya Nadella", "Place:India"}},
		{"organisation and city", testSentences[3], []string{"Organization:European Commission", "Place:Brussels"}},
		{"prime minister", testSentences[5], []string{"Place:Tokyo", "Person:Shinzo Abe", "Place:Japan"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sent := tagged(tc.sent)
			spans := m.Spans(sent)
			got := spanText(sent, spans)
			for _, w := range tc.want {
				found := false
				for _, g := range got {
					found = found || g == w
				}
				if !found {
					t.Errorf("missing %q; got %q", w, got)
				}
			}
			for _, s := range spans {
				if s.Score < 0 || s.Score > 1 || s.Start < 0 || s.End > len(sent) || s.Start >= s.End {
					t.Errorf("bad span %+v", s)
				}
			}
		})
	}
}

func TestSpansEdgeCases(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		sent []Token
	}{
		{"empty", nil},
		{"one token", []Token{{"Hello", "UH"}}},
		{"no tags", []Token{{"Rome", ""}, {"is", ""}, {"old", ""}}},
		{"unicode", []Token{{"Zoë", "NNP"}, {"Ørsted", "NNP"}, {"visited", "VBD"}, {"Besançon", "NNP"}, {"…", ":"}}},
		{"all caps", tagged("WHATSAPP/NNP BANNED/VBD IN/IN BRAZIL/NNP")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, s := range m.Spans(tc.sent) {
				if s.Start < 0 || s.End > len(tc.sent) || s.Start >= s.End || s.Score < 0 || s.Score > 1 {
					t.Errorf("bad span %+v", s)
				}
			}
		})
	}
}

// markEdges allows, on each token, only the labels with which a span can
// start and end on a word: never across a clause mark, never starting or
// ending on other punctuation, never left open, never running on from a
// possessive into a given name, never taking a sentence's opening "The".
func TestMarkEdges(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sent string
		want []string
	}{
		{`Faroe/NNP Islands/NNPS 2-1/CD (/( Show/NNP on/IN Sunday/NNP :/: "/NN It/PRP is/VBZ Mladost/NNP (/( L/NNP )/) ,/,`,
			[]string{"BIOLU", "BIOLU", "BIOLU", "IO", "BIOLU", "BIOLU", "OLU", "O", "O", "BIOLU", "BIOLU", "BIOLU", "IO", "BIOLU", "OL", "O"}},
		{`Radio/NNP Five/NNP 's/POS Emma/NNP Barnett/NNP Show/NNP ,/, McDonald/NNP 's/POS Farm/NNP ./.`,
			[]string{"BIOLU", "BIOLU", "O", "BOU", "BIOLU", "BIOLU", "IO", "BIOLU", "BIOLU", "OLU", "O"}},
		{`(/( The/DT European/NNP Union/NNP fined/VBD The/DT Times/NNP`,
			[]string{"IO", "O", "BIOLU", "BIOLU", "BIOLU", "BIOLU", "OLU"}},
	}
	for _, tc := range tests {
		sent := tagged(tc.sent)
		fb := new(buffer)
		fb.prepare(sent, &m.lower, m.lex)
		m.markEdges(fb, sent)
		for i, mask := range fb.edges {
			var kinds []byte
			for _, k := range []byte("BIOLU") {
				if mask&m.byKind[k] == m.byKind[k] {
					kinds = append(kinds, k)
				} else if mask&m.byKind[k] != 0 {
					t.Fatalf("token %d %q: kind %c partly allowed", i, sent[i].Text, k)
				}
			}
			if string(kinds) != tc.want[i] {
				t.Errorf("token %d %q: allowed %s; want %s", i, sent[i].Text, kinds, tc.want[i])
			}
		}
	}
}

// A capitalised legal form takes no Person label; a given name that is
// also one ("Asa") keeps them.
func TestLegalFormNoPerson(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	sent := tagged(`Kevin/NNP Marsh/NNP Ltd/NNP and/CC Asa/NNP Berg/NNP said/VBD`)
	fb := new(buffer)
	fb.prepare(sent, &m.lower, m.lex)
	m.markEdges(fb, sent)
	for i, want := range []bool{true, true, false, true, true, true, true} {
		if got := fb.edges[i]&m.person != 0; got != want {
			t.Errorf("token %q: Person labels allowed %v, want %v", sent[i].Text, got, want)
		}
	}
	if org := m.byKind['L'] &^ m.person; fb.edges[2]&org == 0 {
		t.Errorf("token Ltd: no other type may end a name there")
	}
	for _, sp := range m.Spans(sent) {
		if sp.Type == Person && sp.End == 3 {
			t.Errorf("span %+v: a Person ending in Ltd", sp)
		}
	}
}

// When the span edges allow no label on a token, the scheme alone decides
// there: the beam never runs dry.
func TestExtendWithoutEdges(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	sent := tagged(`Radio/NNP Five/NNP said/VBD`)
	fb := new(buffer)
	fb.prepare(sent, &m.lower, m.lex)
	m.markEdges(fb, sent)
	clear(fb.edges) // no label allowed anywhere
	st := make([]float32, len(m.labels))
	start := []hypothesis{{prev: -1, prev2: -1, parent: -1}}
	if got := m.extend(fb, start, st, 0, 0, true); len(got) != 0 {
		t.Errorf("with edges: %d hypotheses, want 0", len(got))
	}
	if got := m.extend(fb, start, st, 0, 0, false); len(got) != beamWidth {
		t.Errorf("without edges: %d hypotheses, want %d", len(got), beamWidth)
	}
}

func TestSpansConcurrent(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	want := make([]string, len(testSentences))
	for i, s := range testSentences {
		want[i] = fmt.Sprint(m.Spans(tagged(s)))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(testSentences))
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 50 {
				i := (g + k) % len(testSentences)
				if got := fmt.Sprint(m.Spans(tagged(testSentences[i]))); got != want[i] {
					errs <- got
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent Spans gave %s", e)
	}
}

func TestModelRoundTrip(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := m.Write(&a); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := m2.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("Write(ReadModel(Write(m))) differs from Write(m)")
	}
	for _, s := range testSentences {
		sent := tagged(s)
		if g, w := fmt.Sprint(m2.Spans(sent)), fmt.Sprint(m.Spans(sent)); g != w {
			t.Errorf("%s: read model gives %s, original %s", s, g, w)
		}
	}
}

func TestReadModelErrors(t *testing.T) {
	var good bytes.Buffer
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Write(&good); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not gzip", []byte("hello")},
		{"truncated", good.Bytes()[:good.Len()/2]},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := ReadModel(bytes.NewReader(tc.data)); err == nil {
				t.Error("no error")
			}
		})
	}
}

func BenchmarkDefaultModel(b *testing.B) {
	for b.Loop() {
		if _, err := ReadModel(bytes.NewReader(modelData)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSpans(b *testing.B) {
	m, err := DefaultModel()
	if err != nil {
		b.Fatal(err)
	}
	var sents [][]Token
	ntok := 0
	for _, s := range testSentences {
		sents = append(sents, tagged(s))
		ntok += len(sents[len(sents)-1])
	}
	for b.Loop() {
		for _, s := range sents {
			m.Spans(s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*ntok), "ns/token")
}

func ExampleModel_Spans() {
	m, err := DefaultModel()
	if err != nil {
		panic(err)
	}
	sent := []Token{
		{"Angela", "NNP"}, {"Merkel", "NNP"}, {"met", "VBD"}, {"Emmanuel", "NNP"}, {"Macron", "NNP"},
		{"in", "IN"}, {"Paris", "NNP"}, {"on", "IN"}, {"Tuesday", "NNP"}, {".", "."},
	}
	for _, s := range m.Spans(sent) {
		fmt.Println(s.Type, s.Start, s.End)
	}
	// Output:
	// Person 0 2
	// Person 3 5
	// Place 6 7
}

// The shipped model on sentences written in the style of modern news,
// none of them from GMB: a floor well under what was measured.
func TestDefaultModelNews(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	s := Evaluate(m, readNews(t))
	t.Logf("hand-written news sentences:\n%s", s)
	if s.Overall.F1 < 0.6 {
		t.Errorf("F1 %.3f < 0.6", s.Overall.F1)
	}
}

// BenchmarkLexicon decodes the word classes and gazetteers, which every
// process does once with the model.
func BenchmarkLexicon(b *testing.B) {
	for b.Loop() {
		if _, err := readLexicon(clusterData, gazetteerData); err != nil {
			b.Fatal(err)
		}
	}
}

func TestDocContextCasing(t *testing.T) {
	doc := [][]Token{
		tagged("PORT/NNP AUTHORITY/NNP SIGNS/NNP DEAL/NNP"),
		tagged("Brightwater/NNP signed/VBD a/DT deal/NN with/IN the/DT port/NN authority/NN ./."),
		tagged("Shares/NNS in/IN Brightwater/NNP rose/VBD ./."),
	}
	ctx := newDocContext(doc)
	var buf []byte
	cased := func(w string) uint8 {
		buf = normWord(buf, w)
		return ctx.cased[hashBytes(buf)]
	}
	tests := []struct {
		word string
		want uint8
	}{
		{"authority", docLower},     // the headline's capitals do not count
		{"brightwater", docCapital}, // first in one sentence, inside another
		{"shares", 0},               // only first in its sentence
		{"signs", 0},                // only in the headline
		{"deal", docLower},          // lower case in the story
		{"with", docLower},
	}
	for _, tc := range tests {
		if got := cased(tc.word); got != tc.want {
			t.Errorf("cased[%q] = %d, want %d", tc.word, got, tc.want)
		}
	}
}

// TestDocumentCasing: a headline in capitals says nothing by its case; the
// story under it says which of its words are names.
func TestDocumentCasing(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	doc := [][]Token{
		tagged("BRIGHTWATER/NNP SIGNS/NNP DEAL/NNP WITH/IN PORT/NNP AUTHORITY/NNP"),
		tagged("Brightwater/NNP ,/, the/DT shipping/NN group/NN ,/, signed/VBD a/DT deal/NN with/IN the/DT port/NN authority/NN of/IN Rotterdam/NNP on/IN Monday/NNP ./."),
		tagged("Shares/NNS in/IN Brightwater/NNP rose/VBD 4/CD percent/NN ./."),
	}
	spans := m.Tag(doc)[0]
	var got []string
	for _, s := range spans {
		var words []string
		for _, t := range doc[0][s.Start:s.End] {
			words = append(words, t.Text)
		}
		got = append(got, strings.Join(words, " "))
	}
	if want := []string{"BRIGHTWATER"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("headline spans %q, want %q", got, want)
	}
}

// TestGivenNameSex: a given name is a man's or a woman's when at least
// ten times as large a share of one sex bears it in the census lists; a
// name both bear in like shares is neither.
func TestGivenNameSex(t *testing.T) {
	tests := []struct {
		name         string
		male, female bool
	}{
		{"Peter", true, false}, // 0.381 % of men, 0.001 % of women
		{"Joseph", true, false},
		{"Helen", false, true},
		{"Maria", false, true}, // 0.005 % of men, 0.828 % of women
		{"Kelly", false, false},
	}
	for _, tt := range tests {
		if m, f := GivenNameSex(tt.name); m != tt.male || f != tt.female {
			t.Errorf("GivenNameSex(%q) = %v, %v; want %v, %v", tt.name, m, f, tt.male, tt.female)
		}
	}
}
