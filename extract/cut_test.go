package extract

import (
	"cmp"
	"fmt"
	"strings"
	"testing"

	"github.com/ergraph/ergraph/extract/ner"
	"github.com/ergraph/ergraph/extract/text"
)

// toks builds tokens from "word/TAG" fields.
func toks(s string) []text.Token {
	var out []text.Token
	for _, f := range strings.Fields(s) {
		i := strings.LastIndexByte(f, '/')
		out = append(out, text.Token{Text: f[:i], Tag: f[i+1:]})
	}
	return out
}

func spanWords(ts []text.Token, spans []ner.Span) []string {
	var out []string
	for _, sp := range spans {
		var ws []string
		for _, t := range ts[sp.Start:sp.End] {
			ws = append(ws, t.Text)
		}
		out = append(out, strings.Join(ws, " "))
	}
	return out
}

// The tagger's span is cut to the capitalised words of the name and what
// may join them; dates written after a dateline's city leave it.
func TestCutSpans(t *testing.T) {
	tests := []struct {
		name, sent string
		start, end int
		want       []string
		typ        ner.Type // Person when empty
	}{
		{"verb and article after a name", "Painter/NN Lena/NNP Ortiz/NNP is/VBZ a/DT native/NN of/IN Tucson/NNP", 1, 5, []string{"Lena Ortiz"}, ""},
		{"conjunction and adjective after a name", "the/DT Bank/NNP of/IN Leeds/NNP and/CC honorary/JJ chair/NN", 1, 6, []string{"Bank of Leeds"}, ""},
		{"adjective before a name", "the/DT tall/JJ glass-fronted/JJ Harbour/NNP Tower/NNP", 2, 5, []string{"Harbour Tower"}, ""},
		{"function words and particles stay", "Ursula/NNP von/NNP der/NNP Leyen/NNP and/CC Society/NNP for/IN the/DT Arts/NNPS", 5, 9, []string{"Society for the Arts"}, ""},
		{"text in lower case is left alone", "acme/NN corp/NN said/VBD", 0, 2, []string{"acme corp"}, ""},
		{"month and day after a city", "Tokyo/NNP March/NNP 5/CD (/( Kyodo/NNP )/)", 0, 2, []string{"Tokyo"}, ""},
		{"a month alone before a day is no name", "on/IN March/NNP 5/CD", 1, 2, nil, ""},
		{"a month in a name without a day stays", "the/DT March/NNP Hare/NNP Inn/NNP", 1, 4, []string{"March Hare Inn"}, ner.Organization},
		{"a newspaper named like an abbreviated weekday", "as/IN The/DT Sun/NNP revealed/VBD", 1, 3, []string{"The Sun"}, ner.Organization},
		{"weekday after a channel", "network/NN CNBC/NNP Friday/NNP ,/,", 1, 3, []string{"CNBC"}, ner.Organization},
		{"weekday before a name", "on/IN Friday/NNP Fed/NNP officials/NNS", 1, 3, []string{"Fed"}, ner.Organization},
		{"a month alone", "in/IN July/NNP ,/,", 1, 2, nil, ner.Misc},
		{"a month that is a person's surname", "Mrs/NNP May/NNP smiled/VBD", 1, 2, []string{"May"}, ner.Misc},
		{"a person's surname that is a month, in a date", "on/IN May/NNP 3/CD", 1, 2, nil, ner.Misc},
		{"a person's name that is a month", "Theresa/NNP May/NNP said/VBD", 0, 2, []string{"Theresa May"}, ""},
		{"The opening a sentence leaves a name", "The/DT European/NNP Union/NNP fined/VBD Google/NNP", 0, 3, []string{"European Union"}, ner.Organization},
		{"The after an opening quote leaves a name", "\"/`` The/DT Harbour/NNP Trust/NNP", 1, 4, []string{"Harbour Trust"}, ner.Organization},
		{"The inside a headline leaves a name", "Regulators/NNS Of/IN The/DT European/NNP Union/NNP Meet/VBP In/IN Brussels/NNP", 2, 5, []string{"European Union"}, ner.Organization},
		{"The inside a sentence stays", "editor/NN of/IN The/DT Times/NNP", 2, 4, []string{"The Times"}, ner.Organization},
		{"a place named with its article keeps it", "The/DT Bronx/NNP voted/VBD", 0, 2, []string{"The Bronx"}, ner.Place},
		{"the word that led to a weekday goes with it", "told/VBD Radio/NNP One/NNP 's/POS Breakfast/NNP Show/NNP on/IN Sunday/NNP", 1, 8, []string{"Radio One 's Breakfast Show"}, ner.Organization},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ts := toks(tc.sent)
			got := spanWords(ts, cutDates(ts, cutLeadingThe(ts, cutLowercase(ts, []ner.Span{{Start: tc.start, End: tc.end, Type: cmp.Or(tc.typ, ner.Person)}})), map[string]bool{"May": true}))
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("%q [%d,%d) = %q, want %q", tc.sent, tc.start, tc.end, got, tc.want)
			}
		})
	}
}

// A legal form names a company whatever the tagger read, and joins the
// name the tagger stopped before it.
func TestLegalFormSpans(t *testing.T) {
	tests := []struct {
		name, sent string
		span       ner.Span
		want       string
	}{
		{"inside the span", "Globex/NNP Inc/NNP reported/VBD a/DT profit/NN", ner.Span{Start: 0, End: 2, Type: ner.Person}, "Organization:Globex Inc"},
		{"after the span", "Globex/NNP GmbH/NNP reported/VBD a/DT profit/NN", ner.Span{Start: 0, End: 1, Type: ner.Person}, "Organization:Globex GmbH"},
		{"after a comma", "Acme/NNP ,/, Inc./NNP is/VBZ building/VBG", ner.Span{Start: 0, End: 1, Type: ner.Organization}, "Organization:Acme , Inc."},
		{"a common word in lower case is none", "Tesco/NNP limited/VBD its/PRP$ losses/NNS", ner.Span{Start: 0, End: 1, Type: ner.Organization}, "Organization:Tesco"},
	}
	for _, tc := range tests {
		ts := toks(tc.sent)
		got := joinSpans(ts, []ner.Span{tc.span})
		if len(got) != 1 || fmt.Sprintf("%s:%s", got[0].Type, spanWords(ts, got)[0]) != tc.want {
			t.Errorf("%s: joinSpans(%q, %+v) = %+v; want %s", tc.name, tc.sent, tc.span, got, tc.want)
		}
	}
}

// A title that reveals a person's given name takes the surname after it,
// even when the tagger gave the surname a span of its own (a document's
// other sentences led it to read "Rutte" as an organisation): the
// spans then overlap, and the tagger's goes.
func TestTitleTakesSurname(t *testing.T) {
	tests := []struct {
		name, sent string
		spans      []ner.Span
		want       string
	}{
		{"surname outside every span", "House/NNP Speaker/NNP Paul/NNP Ryan/NNP said/VBD", []ner.Span{{Start: 0, End: 3, Type: ner.Person}}, "[:House Person:Paul Ryan]"},
		{"surname in a span of its own", "Dutch/JJ Prime/NNP Minister/NNP Mark/NNP Rutte/NNP spoke/VBD",
			[]ner.Span{{Start: 0, End: 4, Type: ner.Person}, {Start: 4, End: 5, Type: ner.Organization}}, "[:Dutch Person:Mark Rutte]"},
	}
	for _, tc := range tests {
		ts := toks(tc.sent)
		got := joinSpans(ts, tc.spans)
		var s []string
		for i, w := range spanWords(ts, got) {
			s = append(s, string(got[i].Type)+":"+w)
		}
		if fmt.Sprint(s) != tc.want {
			t.Errorf("%s: joinSpans(%q) = %v; want %s", tc.name, tc.sent, s, tc.want)
		}
	}
}
