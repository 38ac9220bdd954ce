package extract

import (
	"strings"

	"github.com/ergraph/ergraph/extract/text"
)

// An orgCue is a context in which only an organisation stands: what is
// traded, governed by a board or run by an executive. Each row's Example
// names one organisation, in brackets, that the cue alone must type so
// (cues_test.go); the tagger reads unknown names next to "said" as people.
type orgCue struct {
	Name    string
	Example string
	match   func(toks []text.Token, s, e int) bool
}

var orgCues = []orgCue{
	{"shares in or of it", "Shares in [Brightwater] rose 4 percent.", func(toks []text.Token, s, _ int) bool {
		return s >= 2 && (toks[s-1].Text == "in" || toks[s-1].Text == "of") && strings.EqualFold(toks[s-2].Text, "shares")
	}},
	{"a stake in it", "Elon Musk holds a 13 percent stake in [Quillfeather].", func(toks []text.Token, s, _ int) bool {
		return s >= 2 && toks[s-1].Text == "in" && (toks[s-2].Text == "stake" || toks[s-2].Text == "stakes")
	}},
	{"its shares", "[Kellanova] shares jumped 8 percent on Friday.", func(toks []text.Token, _, e int) bool {
		return e < len(toks) && toks[e].Tag == "NNS" && (toks[e].Text == "shares" || toks[e].Text == "stock")
	}},
	{"its board or shareholders", "Sebesvari will stay on [Petofi]'s board of directors.", func(toks []text.Token, _, e int) bool {
		return e+1 < len(toks) && (possessive(toks[e].Text) || toks[e].Text == "'") && corporateNouns[toks[e+1].Text]
	}},
	{"its executive before a name", "[Comelf] general manager Ion Popa said output rose.", func(toks []text.Token, _, e int) bool {
		k := e // "general manager", "chief executive", "CEO"
		for k < len(toks) && k < e+3 && (titleModifiers[strings.ToLower(toks[k].Text)] || executiveNouns[strings.ToLower(toks[k].Text)]) {
			k++
		}
		return k > e && k < len(toks) && executiveNouns[strings.ToLower(toks[k-1].Text)] && text.IsCapWord(toks[k].Text)
	}},
	{"its executive after the possessive", "said John Ames, [Northmoor]'s chairman and chief executive.", func(toks []text.Token, _, e int) bool {
		if e >= len(toks) || !possessive(toks[e].Text) {
			return false
		}
		k := e + 1 // "'s chief executive", "'s founder"; a person too has a "manager" or an "executive order"
		for k < len(toks) && k < e+4 && titleModifiers[strings.ToLower(toks[k].Text)] {
			k++
		}
		if k >= len(toks) {
			return false
		}
		w := strings.ToLower(toks[k].Text)
		return executiveNouns[w] && (k > e+1 || w != "manager" && w != "executive")
	}},
}

// possessive reports the token "'s", with a straight or a typographic
// apostrophe.
func possessive(w string) bool { return w == "'s" || w == "\u2019s" }

// cueAt reports whether a cue of cues holds for tokens [s, e).
func cueAt(cues []orgCue, toks []text.Token, s, e int) bool {
	for _, c := range cues {
		if c.match(toks, s, e) {
			return true
		}
	}
	return false
}
