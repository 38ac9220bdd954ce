package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/ergraph/ergraph/extract/text"
)

// repeatNames adds the mentions the tagger missed of names it found
// elsewhere in the document: "WhatsApp" read as an organisation in the
// lead is the same organisation in "messaging app WhatsApp" further down.
// Only capitalised names of two letters or more that no mention covers
// yet are taken, whole tokens only.
func (d *docState) repeatNames() {
	known := map[string]*group{} // name, single-spaced -> its entity, nil for a name of two
	// Each first word's name lengths in words, longest first: a position
	// is tried once per length, not once per name, so a document of many
	// names sharing first words stays linear.
	lengths := map[string][]int{}
	for _, m := range d.ments {
		g := m.g.root()
		if g.dead || g.typ == "" || g.typ == Event || len(m.name) < 2 || !text.IsCapWord(m.name) {
			continue
		}
		words := strings.Fields(m.name)
		key := strings.Join(words, " ")
		prev, seen := known[key]
		switch {
		case !seen:
			known[key] = g
			if !slices.Contains(lengths[words[0]], len(words)) {
				lengths[words[0]] = append(lengths[words[0]], len(words))
				slices.SortFunc(lengths[words[0]], func(a, b int) int { return b - a })
			}
		case prev != g:
			known[key] = nil // a name of two entities: neither
		}
	}
	people := d.peopleBySurname()
	for si := range d.sents {
		if d.sents[si].Title {
			continue
		}
		added := d.repeatIn(si, known, lengths)
		added = d.honorificSurnames(si, people) || added
		if added {
			sort.SliceStable(d.bySent[si], func(a, b int) bool { return d.bySent[si][a].s < d.bySent[si][b].s })
		}
	}
}

// peopleBySurname indexes the people of the document named in two words
// or more by their last word.
func (d *docState) peopleBySurname() map[string][]*group {
	out := map[string][]*group{}
	for _, g := range d.groups {
		if g.into != nil || g.dead || g.typ != Person {
			continue
		}
		if ws := strings.Fields(g.name); len(ws) >= 2 && !slices.Contains(out[ws[len(ws)-1]], g) {
			out[ws[len(ws)-1]] = append(out[ws[len(ws)-1]], g)
		}
	}
	return out
}

// honorificSurnames adds the mentions the tagger missed of a surname after
// an honorific ("Mrs May" of Theresa May, "Mr May" of her husband Philip
// May, surnames that are also months or words): the one person of the
// document with that surname whom the honorific's sex allows.
func (d *docState) honorificSurnames(si int, people map[string][]*group) bool {
	added := false
	toks := d.sents[si].Tokens
	for i := 1; i < len(toks); i++ {
		hon := strings.ToLower(text.TrimDot(toks[i-1].Text))
		if !honorifics[hon] || !text.IsCapWord(toks[i-1].Text) || !text.IsCapWord(toks[i].Text) || i+1 < len(toks) && text.IsCapWord(toks[i+1].Text) {
			continue
		}
		if slices.ContainsFunc(d.bySent[si], func(m *mention) bool { return m.s <= i && i < m.e }) {
			continue
		}
		var match *group
		n := 0
		for _, g := range people[toks[i].Text] {
			if maleHonorifics[hon] && g.female && !g.male || femaleHonorifics[hon] && g.male && !g.female {
				continue
			}
			match, n = g, n+1
		}
		if n != 1 {
			continue
		}
		m := &mention{si: si, s: i, e: i + 1, name: toks[i].Text, hon: hon, g: match}
		d.ments = append(d.ments, m)
		d.bySent[si] = append(d.bySent[si], m)
		match.ments = append(match.ments, m)
		added = true
	}
	return added
}

// repeatIn adds to sentence si the mentions of known names no mention
// covers yet, and reports whether it added any.
func (d *docState) repeatIn(si int, known map[string]*group, lengths map[string][]int) bool {
	added := false
	toks := d.sents[si].Tokens
	covered := make([]bool, len(toks))
	for _, m := range d.bySent[si] {
		for k := m.s; k < m.e && k < len(toks); k++ {
			covered[k] = true
		}
	}
	for i := 0; i < len(toks); i++ {
		for _, n := range lengths[toks[i].Text] {
			e := i + n
			if e > len(toks) || anyCovered(covered[i:e]) {
				continue
			}
			name := joinText(toks[i:e])
			g := known[name]
			if g == nil || e < len(toks) && text.IsCapWord(toks[e].Text) {
				continue // unknown, of two entities, or part of a longer name: "WhatsApp Business"
			}
			m := &mention{si: si, s: i, e: e, name: name, g: g}
			d.ments = append(d.ments, m)
			d.bySent[si] = append(d.bySent[si], m)
			g.ments = append(g.ments, m)
			for k := i; k < e; k++ {
				covered[k] = true
			}
			added = true
			break
		}
	}
	return added
}

// joinText is the tokens' texts joined by single spaces.
func joinText(toks []text.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

func anyCovered(c []bool) bool {
	for _, x := range c {
		if x {
			return true
		}
	}
	return false
}
