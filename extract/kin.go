package extract

import (
	"strings"

	"github.com/ergraph/ergraph/extract/ner"
	"github.com/ergraph/ergraph/extract/text"
)

// kinNouns name a family member, with the member's sex: "his wife
// Melissa" is a woman.
var kinNouns = map[string]byte{
	"wife": 'f', "husband": 'm', "widow": 'f', "widower": 'm',
	"son": 'm', "daughter": 'f', "brother": 'm', "sister": 'f',
	"mother": 'f', "father": 'm',
}

// kinNames gives a given name that the text introduces as a relative of a
// person the surname of that person, and the relative's sex: "Kurt
// Cochran and his wife Melissa" names Melissa Cochran, a person, whom "Mrs
// Cochran" later in the story means; so do "Cochran ... alongside his wife
// Melissa" and "Cochran's wife, Melissa". The possessor is the person
// named last before the possessive pronoun in the same sentence (no
// pronoun is resolved across sentences here), or the name before the
// possessive "'s"; the word must be a given name of the
// census lists ("his son Junior" is left as it is). A surname after a
// title takes the sex alone: in "her husband, Senator Calloway" Calloway
// is a man.
func (d *docState) kinNames() {
	for si, ms := range d.bySent {
		toks := d.sents[si].Tokens
		for _, m := range ms {
			if m.e-m.s >= 2 {
				if sex, ok := kinBefore(toks, m.s); ok {
					m.sex = sex // "her husband, the geologist Peter Marsden": a full name takes the sex alone
				}
				continue
			}
			if m.e-m.s != 1 {
				continue
			}
			at := m.s - 1
			titled := false
			for at >= 0 && text.IsCapWord(toks[at].Text) && isTitleWord(toks[at].Text) {
				at, titled = at-1, true // "her husband, Senator Calloway"
			}
			if at >= 0 && toks[at].Text == "," {
				at-- // "his wife, Melissa,"
			}
			if at < 1 {
				continue
			}
			sex, kin := kinNouns[toks[at].Text]
			if !kin {
				continue
			}
			a, ok := possessor(toks, ms, at-1)
			if !ok {
				continue
			}
			if titled {
				m.sex = sex // a surname after a title: the sex alone
				continue
			}
			if a == nil || !ner.GivenName(toks[m.s].Text) || !a.votes.leads(vPerson) {
				continue
			}
			ws := strings.Fields(a.name)
			m.name += " " + ws[len(ws)-1]
			m.sex, m.kin = sex, true
			m.votes[vPerson] += 2 // a relative is a person, whatever the tagger read
		}
	}
}

// kinBefore reads a kin noun before token s, past a comma and an
// apposition's article and lower-case words: "her husband, the geologist
// Peter Marsden".
func kinBefore(toks []text.Token, s int) (byte, bool) {
	at := s - 1
	for n := 0; at >= 0 && n < 3 && toks[at].Text == strings.ToLower(toks[at].Text) && text.HasLetter(toks[at].Text) && kinNouns[toks[at].Text] == 0; n++ {
		at-- // "the geologist"
	}
	if at >= 0 && toks[at].Text == "," {
		at--
	}
	if at < 0 {
		return 0, false
	}
	sex, ok := kinNouns[toks[at].Text]
	return sex, ok
}

// possessor reads the possessive at token p of a sentence with mentions
// ms: a pronoun ("his", "her", "their") stands for the person named last
// before it, a name with "'s" for that name. ok is false when token p
// is no possessive; the mention is nil when none stands before it.
func possessor(toks []text.Token, ms []*mention, p int) (*mention, bool) {
	switch w := toks[p].Text; {
	case w == "his" || w == "her" || w == "their":
		var last *mention
		for _, x := range ms {
			if x.e <= p && x.votes.leads(vPerson) && (last == nil || x.e > last.e) {
				last = x
			}
		}
		return last, true
	case possessive(w) && p > 0:
		for _, x := range ms {
			if x.e == p {
				return x, true
			}
		}
		return nil, true
	}
	return nil, false
}
