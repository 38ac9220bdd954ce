package extract

import (
	"sort"
	"strings"
)

type relKey struct{ src, dst, typ string }

// typeOf is the decided type of a mention's entity, "" if it was dropped.
func typeOf(m *mention) Type {
	if m == nil {
		return ""
	}
	g := m.g.root()
	if g.dead {
		return ""
	}
	return g.typ
}

// addRel records one statement of a relation in sentence si.
func (d *docState) addRel(typ string, a, b *mention, directed bool, role string, conf float64, si int) {
	if a == nil || b == nil {
		return
	}
	ia, ib := a.entityID(), b.entityID()
	if ia == "" || ib == "" || ia == ib {
		return
	}
	if !directed && ia > ib {
		ia, ib = ib, ia
	}
	d.addRelIDs(typ, ia, ib, directed, role, conf, si)
}

func (d *docState) addRelIDs(typ, ia, ib string, directed bool, role string, conf float64, si int) {
	if d.rels == nil {
		d.rels = map[relKey]*Relation{}
	}
	k := relKey{ia, ib, typ}
	r := d.rels[k]
	if r == nil {
		r = &Relation{Source: ia, Target: ib, Type: typ, Directed: directed, Role: role, Evidence: []string{}}
		d.rels[k] = r
	}
	if r.Role == "" {
		r.Role = role
	}
	if conf > r.Confidence {
		r.Confidence = conf
	}
	ev := d.sents[si].text()
	for _, e := range r.Evidence {
		if e == ev {
			return // already counted for this sentence
		}
	}
	r.Weight++
	if len(r.Evidence) < MaxEvidence {
		r.Evidence = append(r.Evidence, ev)
	}
}

// relations returns the document's relations sorted by source, target
// and type.
func (d *docState) relations() []Relation {
	out := make([]Relation, 0, len(d.rels))
	for _, r := range d.rels {
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		return a.Type < b.Type
	})
	return out
}

func (d *docState) findRelations() {
	// Co-occurrence: every pair of entities named in one sentence.
	for si := range d.sents {
		seen := map[string]bool{}
		var ids []string
		for _, m := range d.bySent[si] {
			id := m.entityID()
			if id != "" && !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
		sort.Strings(ids)
		for i := range ids {
			for j := i + 1; j < len(ids); j++ {
				d.addRelIDs(CoOccurs, ids[i], ids[j], false, "", 1, si)
			}
		}
	}
	d.pronounWindow()
	d.titleRelations()
	for si := range d.sents {
		d.appositionRelations(si)
		d.ownsRelations(si)
		d.killedRelations(si)
		d.placeRelations(si)
	}
	d.eventRelations()
}

// pronounWindow links the entities of a sentence to those of the sentence
// before it when the sentence refers back with a pronoun: "he", "she",
// "his", "her" reach the people named just before, "they", "them", "it" the
// organisations and places. These co-occurrences have confidence 0.5.
func (d *docState) pronounWindow() {
	for si := 1; si < len(d.sents); si++ {
		if d.sents[si].title != d.sents[si-1].title {
			continue // a separate title is not part of the text's flow
		}
		person, other := false, false
		for _, t := range d.sents[si].toks {
			switch strings.ToLower(t.text) {
			case "he", "she", "his", "her", "him", "hers":
				person = true
			case "they", "them", "their", "it", "its":
				other = true
			}
		}
		if !person && !other {
			continue
		}
		here := d.sentenceIDs(si)
		for _, m := range d.bySent[si-1] {
			t := typeOf(m)
			if t == "" || (t == Person && !person) || (t != Person && !other) {
				continue
			}
			a := m.entityID()
			for _, b := range here {
				if a != b {
					x, y := a, b
					if x > y {
						x, y = y, x
					}
					d.addRelIDs(CoOccurs, x, y, false, "", 0.5, si)
				}
			}
		}
	}
}

func (d *docState) sentenceIDs(si int) []string {
	seen := map[string]bool{}
	var ids []string
	for _, m := range d.bySent[si] {
		if id := m.entityID(); id != "" && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

// employment turns a role into WORKS_FOR or MEMBER_OF, or "" if the role
// says neither ("tourist").
func employment(role string) string {
	l := strings.ToLower(role)
	ws := strings.Fields(l)
	if len(ws) == 0 {
		return ""
	}
	last := ws[len(ws)-1]
	if memberRoles[last] || memberRoles[strings.Join(ws, "_")] {
		return MemberOf
	}
	if employmentRoles[last] || employmentRoles[strings.Join(ws, "_")] || roleNouns[last] {
		return WorksFor
	}
	return ""
}

// titleRelations: "Apple CEO Tim Cook", "Labour leader Jeremy Corbyn".
func (d *docState) titleRelations() {
	for _, l := range d.links {
		if typeOf(l.org) != Organization || typeOf(l.person) != Person {
			continue
		}
		if t := employment(l.role); t != "" {
			d.addRel(t, l.person, l.org, true, l.role, 0.85, l.person.si)
		}
	}
}

func (d *docState) mentionAt(si, i int) *mention {
	for _, m := range d.bySent[si] {
		if i >= m.s && i < m.e && !m.event {
			return m
		}
	}
	return nil
}

func (d *docState) mentionStarting(si, i int) *mention {
	for _, m := range d.bySent[si] {
		if m.s == i && !m.event {
			return m
		}
	}
	return nil
}

func (d *docState) mentionEnding(si, e int) *mention {
	for _, m := range d.bySent[si] {
		if m.e == e && !m.event {
			return m
		}
	}
	return nil
}

// clauseEnd reports tokens that end a noun phrase.
func clauseEnd(t tok) bool {
	switch t.text {
	case ",", ".", ";", ":", "!", "?", "(", ")", "\"", "who", "which", "that", "and", "but", "--", "\u2013", "\u2014":
		return true
	}
	return strings.HasPrefix(t.tag, "VB") && t.tag != "VBN" && t.tag != "VBG"
}

// appositionRelations: "Tim Cook, the chief executive of Apple",
// "Rob Wainwright, head of the agency Europol", "X, the Labour leader".
func (d *docState) appositionRelations(si int) {
	toks := d.sents[si].toks
	for _, p := range d.bySent[si] {
		if typeOf(p) != Person || p.e+1 >= len(toks) || toks[p.e].text != "," {
			continue
		}
		i := p.e + 1
		for i < len(toks) && (toks[i].text == "the" || toks[i].text == "a" || toks[i].text == "its" || toks[i].text == "former" || toks[i].text == "then") {
			i++
		}
		// ", the Apple boss" / ", the Labour leader"
		if o := d.mentionStarting(si, i); o != nil && typeOf(o) == Organization && o.e < len(toks) {
			rs, role := roleAfter(toks, o.e)
			if role != "" {
				if t := employment(role); t != "" {
					d.addRel(t, p, o, true, role, 0.75, si)
				}
				_ = rs
				continue
			}
		}
		re, role := roleAfter(toks, i)
		if role == "" || re >= len(toks) {
			continue
		}
		if w := toks[re].text; w != "of" && w != "at" && w != "for" && w != "to" {
			continue
		}
		// The organisation: the last one in the noun phrase after "of".
		var org *mention
		for k := re + 1; k < len(toks) && k < re+10; k++ {
			if clauseEnd(toks[k]) {
				break
			}
			if o := d.mentionAt(si, k); o != nil && typeOf(o) == Organization {
				org = o
				k = o.e - 1
			}
		}
		if org == nil {
			continue
		}
		if t := employment(role); t != "" {
			d.addRel(t, p, org, true, role, 0.8, si)
			p.g.root()
			addRole(p, role)
		}
	}
	// "Its chairman, Tom Reyes, ...": the organisation named most recently.
	if len(toks) > 3 && (toks[0].text == "Its" || toks[0].text == "Their") {
		if re, role := roleAfter(toks, 1); role != "" && re < len(toks) {
			if toks[re].text == "," {
				re++
			}
			if p := d.mentionStarting(si, re); p != nil && typeOf(p) == Person {
				if o := d.recentOrg(si, p); o != nil && o.si < si {
					if t := employment(role); t != "" {
						d.addRel(t, p, o, true, role, 0.6, si)
						addRole(p, role)
					}
				}
			}
		}
	}
	// "Apple's chief executive Tim Cook", "Europol's director, Rob Wainwright"
	for _, o := range d.bySent[si] {
		if typeOf(o) != Organization || o.e+1 >= len(toks) || toks[o.e].text != "'s" {
			continue
		}
		re, role := roleAfter(toks, o.e+1)
		if role == "" {
			continue
		}
		if re < len(toks) && toks[re].text == "," {
			re++
		}
		if p := d.mentionStarting(si, re); p != nil && typeOf(p) == Person {
			if t := employment(role); t != "" {
				d.addRel(t, p, o, true, role, 0.8, si)
				addRole(p, role)
			}
		}
	}
}

func addRole(m *mention, role string) { m.roles = appendUnique(m.roles, role) }

// roleAfter reads a lower-case role phrase starting at token i and returns
// the index after it.
func roleAfter(toks []tok, i int) (int, string) {
	k := i
	hasRole := false
	for k < len(toks) {
		t := toks[k].text
		l := strings.ToLower(t)
		if (roleNouns[l] && (l == t || isAllCaps(t))) || (titleModifiers[l] && l == t) {
			if roleNouns[l] {
				hasRole = true
			}
			k++
			continue
		}
		break
	}
	if !hasRole {
		return i, ""
	}
	var parts []string
	for x := i; x < k; x++ {
		parts = append(parts, toks[x].text)
	}
	// A trailing modifier ("chief") is part of the role only before a role.
	return k, strings.Join(parts, " ")
}

var acquireVerbs = set(`owns bought buys acquired acquires purchased purchases took_over takes_over controls`)

// ownsRelations: "Facebook-owned WhatsApp", "the Facebook-owned company",
// "X, owned by Y", "Y, which owns X", "Y acquired X".
func (d *docState) ownsRelations(si int) {
	toks := d.sents[si].toks
	for _, o := range d.bySent[si] {
		if typeOf(o) != Organization || o.e >= len(toks) {
			continue
		}
		nx := strings.ToLower(toks[o.e].text)
		if nx == "-owned" || nx == "-controlled" || nx == "-run" {
			if t := d.mentionStarting(si, o.e+1); t != nil && typeOf(t) != Person {
				d.addRel(Owns, o, t, true, "", 0.9, si)
				continue
			}
			// "the Facebook-owned brand X"
			if o.e+2 < len(toks) && orgNouns[toks[o.e+1].text] {
				if t := d.mentionStarting(si, o.e+2); t != nil && typeOf(t) != Person {
					d.addRel(Owns, o, t, true, "", 0.85, si)
					continue
				}
			}
			// "the Facebook-owned company": the organisation the
			// text is about, named most recently before.
			if t := d.recentOrg(si, o); t != nil {
				d.addRel(Owns, o, t, true, "", 0.6, si)
			}
			continue
		}
		// "Y, which owns X" / "Y acquired X"
		k := o.e
		if k < len(toks) && toks[k].text == "," {
			k++
		}
		if k < len(toks) && (toks[k].text == "which" || toks[k].text == "that") {
			k++
		}
		for k < len(toks) && (toks[k].text == "has" || toks[k].text == "also" || toks[k].text == "already") {
			k++
		}
		if k < len(toks) && acquireVerbs[toks[k].text] {
			if t := d.mentionStarting(si, k+1); t != nil && typeOf(t) == Organization {
				d.addRel(Owns, o, t, true, "", 0.8, si)
			}
		}
	}
	// "X, owned by Y" / "X is owned by Y"
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].text != "owned" || toks[i+1].text != "by" {
			continue
		}
		owner := d.mentionStarting(si, i+2)
		if owner == nil || typeOf(owner) != Organization && typeOf(owner) != Person {
			continue
		}
		k := i - 1
		for k >= 0 && (toks[k].text == "," || toks[k].text == "is" || toks[k].text == "was" || toks[k].text == "wholly" || toks[k].text == "partly" || toks[k].text == "now") {
			k--
		}
		if t := d.mentionEnding(si, k+1); t != nil && typeOf(t) == Organization {
			d.addRel(Owns, owner, t, true, "", 0.85, si)
		}
	}
}

// recentOrg is the organisation named most recently before mention o
// (in this sentence or the three before it), other than o's own entity.
func (d *docState) recentOrg(si int, o *mention) *mention {
	og := o.g.root()
	for s := si; s >= 0 && s >= si-3; s-- {
		ms := d.bySent[s]
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if s == si && m.s >= o.s {
				continue
			}
			if typeOf(m) == Organization && m.g.root() != og {
				return m
			}
		}
	}
	return nil
}

var killVerbs = set(`killed kills killing murdered murders murdering stabbed stabbing knifed knifing
	assassinated strangled beheaded executed shot`)

// killedRelations: "X killed Y", "X stabbed Y to death", "Y was killed by
// X"; a pronoun subject ("He then stabbed Y") is the person named first in
// the nearest earlier sentence that names one.
func (d *docState) killedRelations(si int) {
	toks := d.sents[si].toks
	for i, t := range toks {
		if !killVerbs[t.text] {
			continue
		}
		shot := t.text == "shot"
		passive := i > 0 && (toks[i-1].text == "was" || toks[i-1].text == "were" || toks[i-1].text == "been" || toks[i-1].text == "being")
		if passive {
			// "Y was killed by X"
			var victim, killer *mention
			for _, m := range d.bySent[si] {
				if m.e <= i && typeOf(m) == Person {
					victim = m
				}
			}
			for k := i + 1; k < len(toks) && k < i+4; k++ {
				if toks[k].text == "by" {
					if m := d.mentionStarting(si, k+1); m != nil && typeOf(m) == Person {
						killer = m
					}
					break
				}
			}
			if killer != nil && victim != nil {
				d.addRel(Killed, killer, victim, true, "", 0.8, si)
			}
			continue
		}
		// The victim: a person named right after the verb.
		var victim *mention
		for k := i + 1; k < len(toks) && k < i+3; k++ {
			if m := d.mentionAt(si, k); m != nil {
				if typeOf(m) == Person {
					victim = m
				}
				break
			}
		}
		if victim == nil {
			continue
		}
		if shot && !(victim.e < len(toks) && toks[victim.e].text == "dead") {
			continue
		}
		// The killer: the nearest person before the verb in this clause.
		var killer *mention
		for _, m := range d.bySent[si] {
			if m.e <= i && typeOf(m) == Person {
				killer = m
			}
		}
		if killer == nil {
			for k := 0; k < i; k++ {
				l := strings.ToLower(toks[k].text)
				if l == "he" || l == "she" {
					killer = d.previousSubject(si)
					break
				}
			}
		}
		if killer != nil {
			d.addRel(Killed, killer, victim, true, "", 0.75, si)
		}
	}
}

// previousSubject is the first person named in the nearest earlier
// sentence (up to two back) that names a person.
func (d *docState) previousSubject(si int) *mention {
	for s := si - 1; s >= 0 && s >= si-2; s-- {
		for _, m := range d.bySent[s] {
			if typeOf(m) == Person {
				return m
			}
		}
	}
	return nil
}

// placeRelations: "Dartford, Kent" (LOCATED_IN), "London-based X"
// (BASED_IN), "X was born in Y" (BORN_IN), "X, of Y" and "X, who lived in
// Y" (LIVES_IN), "Y in Z" for places, events and organisations.
func (d *docState) placeRelations(si int) {
	toks := d.sents[si].toks
	for _, m := range d.bySent[si] {
		t := typeOf(m)
		if t == "" || m.e >= len(toks) {
			continue
		}
		nx := toks[m.e].text
		switch {
		case t == Place && nx == "," && m.e+3 < len(toks) && toks[m.e+1].text == "the" && placeNouns[toks[m.e+2].text] && toks[m.e+3].text == "of":
			// "Portesa, the capital of Valmora"
			if p := d.mentionStarting(si, m.e+4); p != nil && typeOf(p) == Place {
				d.addRel(LocatedIn, m, p, true, "", 0.8, si)
			}
		case t == Place && nx == "," && m.e+1 < len(toks):
			if p := d.mentionStarting(si, m.e+1); p != nil && typeOf(p) == Place {
				// "Hockley, Birmingham" but not a list "A, B and C".
				if !(p.e < len(toks) && (toks[p.e].text == "and" || toks[p.e].text == "or" ||
					(toks[p.e].text == "," && p.e+1 < len(toks) && d.mentionStarting(si, p.e+1) != nil && listAhead(toks, p.e+1)))) {
					d.addRel(LocatedIn, m, p, true, "", 0.7, si)
				}
			}
		case t == Place && (nx == "-based" || nx == "-headquartered"):
			k := m.e + 1
			if k < len(toks) && orgNouns[toks[k].text] {
				k++ // "the Leeds-based firm X"
			}
			if o := d.mentionStarting(si, k); o != nil && typeOf(o) == Organization {
				d.addRel(BasedIn, o, m, true, "", 0.85, si)
			} else if m.s >= 3 && toks[m.s-1].text == "the" && toks[m.s-2].text == "," {
				// "Northwind Foods, the Chicago-based grocery group"
				if o := d.mentionEnding(si, m.s-2); o != nil && typeOf(o) == Organization {
					d.addRel(BasedIn, o, m, true, "", 0.8, si)
				}
			}
		case t == Place && nx == "-born":
			if o := d.mentionStarting(si, m.e+1); o != nil && typeOf(o) == Person {
				d.addRel(BornIn, o, m, true, "", 0.85, si)
			}
		case t == Person:
			d.personPlace(si, m)
		case t == Organization && (nx == "in" || nx == ","):
			k := m.e
			if nx == "," && k+2 < len(toks) && (toks[k+1].text == "based" || toks[k+1].text == "headquartered") && toks[k+2].text == "in" {
				if p := d.mentionStarting(si, k+3); p != nil && typeOf(p) == Place {
					d.addRel(BasedIn, m, p, true, "", 0.85, si)
				}
			}
		case t == Place && nx == "in":
			if p := d.mentionStarting(si, m.e+1); p != nil && typeOf(p) == Place {
				d.addRel(LocatedIn, m, p, true, "", 0.6, si)
			}

		}
	}
}

// listAhead reports whether the tokens from i look like the rest of a list
// of names ending in "and" or "or".
func listAhead(toks []tok, i int) bool {
	for k := i; k < len(toks) && k < i+12; k++ {
		switch toks[k].text {
		case "and", "or":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// personPlace: "X was born in Y", "X, of Y,", "X, who lived in Y", "X lives in Y".
func (d *docState) personPlace(si int, m *mention) {
	toks := d.sents[si].toks
	k := m.e
	// Skip an age: "X, 34, of Y".
	if k+3 < len(toks) && toks[k].text == "," && allDigits(toks[k+1].text) && toks[k+2].text == "," {
		k += 2
		if toks[k+1].text == "was" {
			k++ // "X, 58, was born in Y"
		}
	}
	words := func(ws ...string) bool {
		for x, w := range ws {
			if k+x >= len(toks) || toks[k+x].text != w {
				return false
			}
		}
		return true
	}
	placeAfter := func(n int) *mention {
		i := k + n
		for i < len(toks) && i < k+n+4 {
			if p := d.mentionStarting(si, i); p != nil {
				if typeOf(p) == Place {
					return p
				}
				return nil
			}
			if clauseEnd(toks[i]) {
				return nil
			}
			i++
		}
		return nil
	}
	switch {
	case words("was", "born", "in"):
		if p := placeAfter(3); p != nil {
			d.addRel(BornIn, m, p, true, "", 0.85, si)
		}
	case words("was", "born"):
		// "X was born Y Z in P": a birth name, then the place.
		if a := d.mentionStarting(si, k+2); a != nil && a.e+1 < len(toks) && toks[a.e].text == "in" {
			if p := d.mentionStarting(si, a.e+1); p != nil && typeOf(p) == Place {
				d.addRel(BornIn, m, p, true, "", 0.8, si)
			}
		}
	case words(",", "of") && k+2 < len(toks):
		p := d.mentionStarting(si, k+2)
		if p != nil && p.e < len(toks) && (toks[p.e].text == "," || toks[p.e].text == ".") {
			switch typeOf(p) {
			case Place:
				d.addRel(LivesIn, m, p, true, "", 0.7, si)
			case Organization:
				// "Detective Inspector Jane Roe, of Westshire Police"
				role := ""
				if len(m.roles) > 0 {
					role = m.roles[0]
				}
				d.addRel(WorksFor, m, p, true, role, 0.65, si)
			}
		}
	case words(",", "who", "lived", "in"), words(",", "who", "lives", "in"), words("lives", "in"), words("lived", "in"):
		n := 2
		if toks[k].text == "," {
			n = 4
		}
		if p := placeAfter(n); p != nil {
			d.addRel(LivesIn, m, p, true, "", 0.75, si)
		}
	}
}

// eventRelations: the place of a named event (LOCATED_IN), its possessor
// and the people who took part (PARTICIPATED_IN), with the role the
// sentence gives them.
func (d *docState) eventRelations() {
	var lastByNoun = map[string]*mention{}
	var violent []*mention
	for _, r := range d.events {
		ev := r.ev
		if r.anaph {
			ev = lastByNoun[r.noun]
			if ev == nil {
				continue
			}
		} else {
			lastByNoun[r.noun] = ev
			if violentNouns[r.noun] {
				violent = append(violent, ev)
			}
		}
		if typeOf(ev) != Event {
			continue
		}
		si := r.si
		if !r.anaph {
			if typeOf(r.place) == Place {
				d.addRel(LocatedIn, ev, r.place, true, "", 0.8, si)
			}
			// "the Valmora summit in Portesa", "the final at Kingsway Stadium"
			toks := d.sents[si].toks
			if e := r.nounEnd; e+1 < len(toks) && (toks[e].text == "in" || toks[e].text == "at") {
				if p := d.mentionStarting(si, e+1); p != nil && typeOf(p) == Place {
					d.addRel(LocatedIn, ev, p, true, "", 0.75, si)
				}
			}
			if r.owner != nil && typeOf(r.owner) != "" && typeOf(r.owner) != Event {
				d.addRel(ParticipatedIn, r.owner, ev, true, "", 0.7, si)
			}
			if r.target != nil && typeOf(r.target) == Person {
				d.addRel(ParticipatedIn, r.target, ev, true, "perpetrator", 0.8, si)
			}
		}
		if !violentNouns[r.noun] {
			continue
		}
		toks := d.sents[si].toks
		victims := false
		for _, t := range toks {
			if victimWords[strings.ToLower(t.text)] {
				victims = true
			}
		}
		for _, m := range d.bySent[si] {
			if typeOf(m) != Person || m == r.target {
				continue
			}
			if m.s > 0 && perpetratorNouns[strings.ToLower(toks[m.s-1].text)] {
				d.addRel(ParticipatedIn, m, ev, true, "perpetrator", 0.75, si)
			} else if victims {
				d.addRel(ParticipatedIn, m, ev, true, "victim", 0.6, si)
			}
		}
	}
	// With one violent event in the document, its killers and their
	// victims took part in it.
	ids := map[string]*mention{}
	for _, v := range violent {
		if id := v.entityID(); id != "" {
			ids[id] = v
		}
	}
	if len(ids) != 1 {
		return
	}
	var evID string
	for id := range ids {
		evID = id
	}
	var kills []*Relation
	for k, r := range d.rels {
		if k.typ == Killed {
			kills = append(kills, r)
		}
	}
	sort.Slice(kills, func(i, j int) bool { return kills[i].Source+kills[i].Target < kills[j].Source+kills[j].Target })
	for _, r := range kills {
		si := d.sentenceOf(r.Evidence[0])
		d.addRelIDs(ParticipatedIn, r.Source, evID, true, "perpetrator", 0.6, si)
		d.addRelIDs(ParticipatedIn, r.Target, evID, true, "victim", 0.6, si)
	}
}

func (d *docState) sentenceOf(text string) int {
	for i := range d.sents {
		if d.sents[i].text() == text {
			return i
		}
	}
	return 0
}
