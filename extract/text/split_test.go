package text

import (
	"reflect"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ergraph/ergraph/extract/ner"
)

func TestSplitSentencesBounded(t *testing.T) {
	clauses := strings.Repeat("the minister met officials in Vilnius and Riga, ", 20)
	tests := []struct {
		name, text string
		wantCutAt  string // the text every piece but the last ends with
	}{
		{"unpunctuated text is cut at the bound", strings.Repeat("Anna Berg met Jonas Lee in Vilnius to discuss the plan ", 400), ""},
		{"a long run is cut at a clause mark", clauses, ","},
		{"one word repeated", strings.Repeat("word ", 5000), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents := Split(tt.text, Lines(tt.text), false)
			tokens := 0
			for i, s := range sents {
				tokens += len(s.Tokens)
				if len(s.Tokens) > MaxSentenceTokens || len(s.Tokens) == 0 {
					t.Fatalf("sentence %d has %d tokens; want 1 to %d", i, len(s.Tokens), MaxSentenceTokens)
				}
				if tt.wantCutAt != "" && i < len(sents)-1 && !strings.HasSuffix(s.Text(), tt.wantCutAt) {
					t.Errorf("sentence %d = %q; want it cut after %q", i, s.Text(), tt.wantCutAt)
				}
			}
			if all := len(Tokenize(tt.text, 0, len(tt.text), nil)); tokens != all {
				t.Errorf("sentences hold %d tokens; want all %d", tokens, all)
			}
		})
	}
	// Sentences within the bound are not touched.
	short := "Anna Berg arrived in Vilnius, met Jonas Lee and left."
	if got := sentenceTexts(short); len(got) != 1 || got[0] != short {
		t.Errorf("sentenceTexts(%q) = %q; want it whole", short, got)
	}
}

// FuzzSplitSentences checks the sentence bound and that splitting
// allocates memory linear in the text: at most maxAllocPerByte bytes per
// byte of input (tokens are 48-byte records, each byte at most one token,
// kept twice: the segment's buffer and the sentence).
func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{"", "Anna Berg arrived. She left.", "a, b; c: d — e", strings.Repeat("Word ", 300),
		strings.Repeat(".", 500), strings.Repeat("a,", 400), "Mr. Smith met Dr. Jones today.", "x\ny\r\nz"} {
		f.Add(s, 1)
	}
	const maxAllocPerByte, slack = 400, 64 << 10
	// Datelines consult the gazetteer, which is decoded once per process:
	// decode it before measuring.
	ner.KnownPlace("London")
	f.Fuzz(func(t *testing.T, src string, repeat int) {
		if !utf8.ValidString(src) {
			t.Skip()
		}
		// Repeat short inputs so long runs are fuzzed too.
		src = strings.Repeat(src, 1+min(max(repeat, 0), 64))
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		sents := Split(src, Lines(src), false)
		runtime.ReadMemStats(&after)
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > uint64(maxAllocPerByte*len(src)+slack) {
			t.Fatalf("splitSentences of %d bytes allocated %d bytes; want at most %d per byte", len(src), alloc, maxAllocPerByte)
		}
		prev := -1
		for _, s := range sents {
			if len(s.Tokens) == 0 || len(s.Tokens) > MaxSentenceTokens {
				t.Fatalf("sentence of %d tokens; want 1 to %d", len(s.Tokens), MaxSentenceTokens)
			}
			if s.Tokens[0].Start < prev {
				t.Fatalf("sentences overlap or go back at byte %d", s.Tokens[0].Start)
			}
			prev = s.Tokens[len(s.Tokens)-1].End
		}
	})
}

func TestCleanLinesNoise(t *testing.T) {
	wrapped := "Globex said on Monday that it would close three of its\n" +
		"factories in the north of the country and move the work to\n" +
		"its plant in Valen, where wages are lower, by the end of\n" +
		"next year, a spokeswoman for the company said.\n" +
		"\n" +
		"SHARE THIS STORY\n" +
		"Facebook Twitter LinkedIn Email\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"hard-wrapped paragraph is one line", wrapped,
			[]string{strings.TrimSuffix(wrapped[:strings.Index(wrapped, "\n\n")], "\n")}},
		{"sentence continued on a lower-case line", "The minister said\nthat talks would resume.",
			[]string{"The minister said\nthat talks would resume."}},
		{"byline", "By Jo Bloggs, Political editor\nPara.", []string{"Para."}},
		{"byline in capitals", "By JO BLOGGS\nPara.", []string{"Para."}},
		{"credits", "Para.\n(Reporting by Jo Bloggs; Editing by Sam Roe)\nAP writer Ann Lee in Oslo contributed to this report.",
			[]string{"Para."}},
		{"most read list", "Para one.\nMOST READ IN SPORT\nRovers sack manager after defeat\nFive things we learned\n\nPara two.",
			[]string{"Para one.", "Para two."}},
		{"newsletter prompts", "Para.\nGet the day's news delivered to your inbox every morning.\nEnter your email address\nNext.",
			[]string{"Para.", "Next."}},
		{"photo credit after a caption", "Jo Bloggs at the final in May. Photograph: AFP/Getty Images",
			[]string{"Jo Bloggs at the final in May."}},
		{"photo credit in brackets", "Jo Bloggs celebrates scoring (Image: Getty Images)",
			[]string{"Jo Bloggs celebrates scoring"}},
		{"picture prefix", "Picture: Jo Bloggs at the final", []string{"Jo Bloggs at the final"}},
		{"a short line followed by a capitalised one stays apart", "Talks in Vilnius\nZentra said no",
			[]string{"Talks in Vilnius", "Zentra said no"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lines(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("cleanLines(%q) = %q; want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestDateline(t *testing.T) {
	tests := []struct{ text string }{
		{"NAIROBI, Kenya (AP) \u2014 Rescuers dug on."},
		{"JAKARTA (Reuters) - Rescuers dug on."},
		{"NEW YORK \u2014 Rescuers dug on."},
		{"Saint-Gall, Switzerland, Feb 2 (AFP) -- Rescuers dug on."},
		{"Ulaanbaatar, 29 Apr (XINHUA) -- Rescuers dug on."},
		{"(Text) Sofia, February 15 (BTA) -- Rescuers dug on."},
	}
	for _, tt := range tests {
		got := sentenceTexts(tt.text)
		if len(got) != 2 || got[1] != "Rescuers dug on." {
			t.Errorf("splitSentences(%q) = %q; want the dateline apart", tt.text, got)
		}
	}
	// A dateline on a line of its own: the place in capitals is known, or
	// so is its region, or an agency credits it.
	for _, line := range []string{"ROYAL OAK, Mich.", "HIGH ISLAND, Texas (AP)", "JAKARTA (Reuters)"} {
		src := line + "\nRescuers dug on."
		got := Split(src, Lines(src), false)
		if len(got) != 2 || got[0].Text() != line || !got[0].Dateline {
			t.Errorf("splitSentences(%q): %q not read as a dateline", src, line)
		}
	}
	for _, line := range []string{
		"BREAKING, Texas Floods", // neither part a known place
		"Globex - the maker of tyres - grew.",
		"SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN.", // a headline's topic, not a place
	} {
		if got := sentenceTexts(line); len(got) != 1 {
			t.Errorf("splitSentences(%q) = %q; want one sentence", line, got)
		}
	}
}
