package extract

import (
	"strings"

	"github.com/ergraph/ergraph/extract/ner"
)

// kinNouns name a family member, with the member's sex: "his wife
// Melissa" is a woman.
var kinNouns = map[string]byte{
	"wife": 'f', "husband": 'm', "widow": 'f', "widower": 'm',
	"son": 'm', "daughter": 'f', "brother": 'm', "sister": 'f',
	"mother": 'f', "father": 'm',
}

// kinNames gives a given name that the text introduces as a relative of a
// person just named the person's surname, and the relative's sex:
// "Kurt Cochran and his wife Melissa" names Melissa Cochran, a person,
// whom "Mrs Cochran" later in the story means. The possessive must follow the
// person in the same sentence, with no other person between, and the
// word must be a given name of the census lists ("his son Junior" is
// left as it is). A surname after a title takes the sex alone: in "her
// husband, Senator Calloway" Calloway is a man.
func (d *docState) kinNames() {
	for si, ms := range d.bySent {
		toks := d.sents[si].toks
		for k, m := range ms {
			if m.e-m.s != 1 {
				continue
			}
			at := m.s - 1
			titled := false
			for at >= 0 && isCapWord(toks[at].text) && isTitleWord(toks[at].text) {
				at, titled = at-1, true // "her husband, Senator Calloway"
			}
			if at >= 0 && toks[at].text == "," {
				at-- // "his wife, Melissa,"
			}
			if at < 1 {
				continue
			}
			sex, kin := kinNouns[toks[at].text]
			if p := toks[at-1].text; !kin || p != "his" && p != "her" && p != "their" {
				continue
			}
			if titled {
				m.sex = sex // a surname after a title: the sex alone
				continue
			}
			if k == 0 || !ner.GivenName(toks[m.s].text) {
				continue
			}
			a := ms[k-1] // the person named last before the possessive
			ws := strings.Fields(a.name)
			if a.e > at-1 || len(ws) < 2 || !personVoted(a) || !ner.GivenName(ws[0]) {
				continue
			}
			m.name += " " + ws[len(ws)-1]
			m.sex = sex
			m.votes[vPerson] += 2 // a relative is a person, whatever the tagger read
		}
	}
}

// personVoted reports a mention the tagger read as a person more than as
// anything else.
func personVoted(m *mention) bool {
	return m.votes[vPerson] > max(m.votes[vOrg], m.votes[vPlace], m.votes[vEvent])
}
