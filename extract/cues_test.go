package extract

import (
	"strings"
	"testing"

	"github.com/ergraph/ergraph/extract/text"
)

// Every organisation cue finds the organisation its example marks, and
// no other cue does.
func TestOrgCues(t *testing.T) {
	x := testExtractor(t)
	for _, c := range orgCues {
		t.Run(c.Name, func(t *testing.T) {
			src := strings.NewReplacer("[", "", "]", "").Replace(c.Example)
			name := c.Example[strings.IndexByte(c.Example, '[')+1 : strings.IndexByte(c.Example, ']')]
			toks := x.sentences(Input{Text: src})[0].Tokens
			var found []string
			for s := range toks {
				for e := s + 1; e <= len(toks) && e <= s+3 && text.IsCapWord(toks[e-1].Text); e++ {
					if c.match(toks, s, e) {
						found = append(found, joinText(toks[s:e]))
					}
				}
			}
			if len(found) != 1 || found[0] != name {
				t.Errorf("%q: cue holds for %q, want [%s]", c.Example, found, name)
			}
			d := x.Extract(Input{ID: "t", Text: src})
			if e := entity(d, name); e == nil || e.Type != Organization {
				t.Errorf("Extract(%q) = %v; want organisation %s", src, summary(d), name)
			}
		})
	}
}
