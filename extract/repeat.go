package extract

import (
	"sort"
	"strings"
)

// repeatNames adds the mentions the tagger missed of names it found
// elsewhere in the document: "WhatsApp" read as an organisation in the
// lead is the same organisation in "messaging app WhatsApp" further down.
// Only capitalised names of two letters or more that no mention covers
// yet are taken, whole tokens only.
func (d *docState) repeatNames() {
	known := map[string]*group{} // first token -> group, for names of that token sequence
	names := map[string][]string{}
	for _, m := range d.ments {
		g := m.g.root()
		if g.dead || g.typ == "" || g.typ == Event || len(m.name) < 2 || !isCapWord(m.name) {
			continue
		}
		words := strings.Fields(m.name)
		if prev, ok := known[m.name]; ok && prev != g {
			known[m.name] = nil // a name of two entities: neither
			continue
		}
		known[m.name] = g
		names[words[0]] = append(names[words[0]], m.name)
	}
	for si := range d.sents {
		if d.sents[si].title {
			continue
		}
		added := false
		toks := d.sents[si].toks
		covered := make([]bool, len(toks))
		for _, m := range d.bySent[si] {
			for k := m.s; k < m.e && k < len(toks); k++ {
				covered[k] = true
			}
		}
		for i := 0; i < len(toks); i++ {
			for _, n := range names[toks[i].text] {
				g := known[n]
				words := strings.Fields(n)
				e := i + len(words)
				if g == nil || e > len(toks) || anyCovered(covered[i:e]) || !sameWords(toks[i:e], words) {
					continue
				}
				if e < len(toks) && isCapWord(toks[e].text) {
					continue // part of a longer name: "WhatsApp Business"
				}
				m := &mention{si: si, s: i, e: e, name: n, g: g}
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
		if added {
			sort.SliceStable(d.bySent[si], func(a, b int) bool { return d.bySent[si][a].s < d.bySent[si][b].s })
		}
	}
}

func anyCovered(c []bool) bool {
	for _, x := range c {
		if x {
			return true
		}
	}
	return false
}

func sameWords(toks []tok, words []string) bool {
	for i, w := range words {
		if toks[i].text != w {
			return false
		}
	}
	return true
}
