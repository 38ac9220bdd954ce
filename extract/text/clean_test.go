package text

import (
	"reflect"
	"testing"
)

func lines(text string) []string {
	var out []string
	for _, s := range Lines(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestCleanLines(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"crlf and blank lines", "Headline here\r\n\r\nFirst paragraph.\r\nSecond one.",
			[]string{"Headline here", "First paragraph.", "Second one."}},
		{"lone cr", "One\rTwo", []string{"One", "Two"}},
		{"share and read more", "Body text.\nShare this article\nRead Full Story\nMore text.",
			[]string{"Body text.", "More text."}},
		{"most read sidebar", "Para one.\nMOST READ IN BUSINESS\nPara two.", []string{"Para one.", "Para two."}},
		{"newsletter sign-up", "Para.\nSign up to our free newsletter\nNext.", []string{"Para.", "Next."}},
		{"cookie notice", "We use cookies to improve your experience.\nPara.", []string{"Para."}},
		{"comment form ends the article", "Para.\n  Please enter your comment!\n  Please enter your name here\nSpam text.",
			[]string{"Para."}},
		{"report sign-up block ends the article", "Para.\nThank you for subscribing to newsletters from\nA whitepaper on clouds.",
			[]string{"Para."}},
		{"repeated caption kept once", "A caption.\nText.\nA caption.", []string{"A caption.", "Text."}},
		{"caption prefix dropped", "Image caption Jo Bloggs at the match", []string{"Jo Bloggs at the match"}},
		{"byline with comment count", "Jo Bloggs | Daily Planet | 0 Comments\nPara.", []string{"Para."}},
		{"long paragraph mentioning a newsletter stays",
			"The company said its weekly newsletter, which reaches two million readers across Europe and Asia, would now be published in four languages from next month.",
			[]string{"The company said its weekly newsletter, which reaches two million readers across Europe and Asia, would now be published in four languages from next month."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lines(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("cleanLines(%q) = %q; want %q", tt.text, got, tt.want)
			}
		})
	}
}
