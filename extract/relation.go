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
	d.topicRoles()
	for si := range d.sents {
		d.appositionRelations(si)
		d.ownsRelations(si)
		d.killedRelations(si)
		d.placeRelations(si)
	}
	d.eventRelations()
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

// topicRoles: "Chief executive Marcus Reyes said ..." in an article about
// one company: a person with a company role and no organisation in the
// sentence works for the organisation the document is about, when one
// organisation clearly dominates it.
func (d *docState) topicRoles() {
	count := map[*group]int{}
	for _, m := range d.ments {
		if typeOf(m) == Organization {
			count[m.g.root()]++
		}
	}
	var top *group
	first, second := 0, 0
	for g, n := range count {
		if n > first {
			top, first, second = g, n, first
		} else if n > second {
			second = n // a tie for first place leaves no topic
		}
	}
	if top == nil || first < 3 || first < 2*second+1 {
		return
	}
	topM := top.ments[0]
	for si, ms := range d.bySent {
		for _, p := range ms {
			if typeOf(p) != Person || len(p.roles) == 0 {
				continue
			}
			orgBefore := false // "Contoso chief executive X": its own organisation
			for _, m := range ms {
				if m.s < p.s && typeOf(m) == Organization {
					orgBefore = true
				}
			}
			if orgBefore {
				continue
			}
			role := p.roles[0]
			ws := strings.Fields(strings.ToLower(role))
			last := ws[len(ws)-1]
			if placeRoles[last] || memberRoles[last] || honorifics[last] && !roleNouns[last] {
				continue // "President X" heads a country, not the company
			}
			if t := employment(role); t == WorksFor {
				d.addRel(t, p, topM, true, role, 0.4, si)
			}
		}
	}
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
	if employmentRoles[last] || employmentRoles[strings.Join(ws, "_")] || roleNouns[last] || jobNouns[last] {
		return WorksFor
	}
	if occupation(last, "NN") && !descriptors[last] {
		return WorksFor // "astrophysicist", "astronomer"
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
		for i < len(toks) && (toks[i].text == "the" || toks[i].text == "a" || toks[i].text == "an" || toks[i].text == "its" || toks[i].text == "former" || toks[i].text == "then") {
			i++
		}
		// ", the Apple boss" / ", the Labour leader" / ", Lumora's chief
		// technology officer"
		if o := d.mentionStarting(si, i); o != nil && typeOf(o) == Organization && o.e < len(toks) {
			k := o.e
			if toks[k].text == "'s" {
				k++
			}
			if _, role := roleNP(toks, k); role != "" {
				if t := employment(role); t != "" {
					d.addRel(t, p, o, true, role, 0.75, si)
				}
				continue
			}
		}
		// ", the trust's chief medical officer": the organisation named
		// before with that head word.
		if toks[i-1].text == "the" && i+2 < len(toks) && toks[i+1].text == "'s" && !isCapWord(toks[i].text) && (orgHeads[toks[i].text] || orgNouns[toks[i].text]) {
			if _, role := roleAfter(toks, i+2); role != "" {
				if o := d.recentOrgNamed(si, p, toks[i].text); o != nil {
					if t := employment(role); t != "" {
						d.addRel(t, p, o, true, role, 0.6, si)
						addRole(p, role)
					}
				}
			}
			continue
		}
		// ", driving for X", ", playing for X"
		if toks[i-1].text == "," && i+2 < len(toks) && teamVerbs[toks[i].text] && toks[i+1].text == "for" {
			if org := d.orgInPhrase(si, i+2); org != nil {
				d.addRel(WorksFor, p, org, true, "", 0.6, si)
			}
			continue
		}
		// ", who leads the exoplanet group at X", ", who works for X"
		if toks[i-1].text == "," && i+1 < len(toks) && toks[i].text == "who" && leadVerbs[toks[i+1].text] {
			if org := d.orgInPhrase(si, i+2); org != nil {
				d.addRel(WorksFor, p, org, true, "", 0.65, si)
			}
			continue
		}
		// ", whose Gerindra party ..."
		if toks[i].text == "whose" {
			if o := d.mentionStarting(si, i+1); o != nil && typeOf(o) == Organization && partyName(o.name, toks, o.e) {
				d.addRel(MemberOf, p, o, true, "", 0.7, si)
			}
			continue
		}
		re, role := roleNP(toks, i)
		if role == "" || re >= len(toks) {
			continue
		}
		if w := toks[re].text; w != "of" && w != "at" && w != "for" && w != "to" && w != "with" {
			continue
		}
		// The organisation: the last one in the noun phrase after "of".
		org := d.orgInPhrase(si, re+1)
		if org == nil && re+2 < len(toks) && toks[re+1].text == "the" && (orgNouns[toks[re+2].text] || orgHeads[toks[re+2].text]) &&
			(re+3 >= len(toks) || clauseEnd(toks[re+3])) {
			// "David Kessler, an analyst at the bank": the bank named before,
			// or else the organisation named last.
			if org = d.recentOrgNamed(si, p, toks[re+2].text); org == nil {
				org = d.lastOrgBefore(si, p)
			}
		}
		if org == nil {
			continue
		}
		if t := employment(role); t != "" {
			d.addRel(t, p, org, true, role, 0.8, si)
			addRole(p, role)
		}
	}
	// "Kim Seo-yeon of the Seoul company Harbourlight Pictures", "Jane
	// Roe of Reuters": the person's organisation, when a role or an
	// organisation noun says so or the organisation follows at once.
	for _, p := range d.bySent[si] {
		if typeOf(p) != Person || p.e+1 >= len(toks) || toks[p.e].text != "of" {
			continue
		}
		k := p.e + 1
		if toks[k].text == "the" {
			k++
		}
		o := d.mentionStarting(si, k)
		if o == nil || typeOf(o) != Organization {
			// "the Seoul company X": at most a place and an organisation noun first.
			o = nil
			for x := k; x < len(toks) && x < k+4 && o == nil; x++ {
				if orgNouns[toks[x].text] {
					o = d.mentionStarting(si, x+1)
				}
			}
		}
		if o != nil && typeOf(o) == Organization {
			d.addRel(WorksFor, p, o, true, "", 0.55, si)
		}
	}
	// "Lewis Hamilton was fourth for Mercedes", "X scored twice for Y",
	// "X, who drives for Y": the person's team.
	for _, p := range d.bySent[si] {
		if typeOf(p) != Person {
			continue
		}
		for k := p.e; k+2 < len(toks) && k < p.e+5; k++ {
			if l := toks[k].text; clauseEnd(toks[k]) && !(k == p.e && (l == "," || l == "was" || l == "is" || l == "finished" || l == "came")) || d.mentionStarting(si, k) != nil {
				break
			}
			if !teamVerbs[toks[k].text] {
				continue
			}
			f := k + 1
			if toks[f].text != "for" && f+1 < len(toks) && toks[f+1].text == "for" {
				f++ // "scored twice for"
			}
			if toks[f].text == "for" {
				if o := d.mentionStarting(si, f+1); o != nil && typeOf(o) == Organization {
					d.addRel(WorksFor, p, o, true, "", 0.55, si)
				}
			}
			break
		}
	}
	// "Chancellor Olaf Scholz's Social Democrats": a person's party.
	for _, p := range d.bySent[si] {
		if typeOf(p) != Person || p.e+1 >= len(toks) || toks[p.e].text != "'s" {
			continue
		}
		if o := d.mentionStarting(si, p.e+1); o != nil && typeOf(o) == Organization && partyName(o.name, toks, o.e) {
			d.addRel(MemberOf, p, o, true, "", 0.7, si)
		}
	}
	// "the Christian Democratic Union (CDU) of state premier Michael
	// Kretschmer": the organisation of the person with that role.
	for _, o := range d.bySent[si] {
		if typeOf(o) != Organization {
			continue
		}
		k := o.e
		if k+2 < len(toks) && toks[k].text == "(" && toks[k+2].text == ")" {
			k += 3
		}
		if k+2 >= len(toks) || toks[k].text != "of" {
			continue
		}
		start := k + 1
		for start < len(toks) && (toks[start].text == "state" || toks[start].text == "party" || toks[start].text == "its" || toks[start].text == "the") {
			start++ // "of state premier X", "of party leader X"
		}
		rs, role := lowerRoleBefore(toks, d.nextNameStart(si, start))
		if role == "" || rs > start {
			continue
		}
		if p := d.mentionStarting(si, d.nextNameStart(si, start)); p != nil && typeOf(p) == Person {
			if t := employment(role); t != "" {
				d.addRel(t, p, o, true, role, 0.7, si)
			}
		}
	}
	// "... under its regional leader Björn Höcke": "its" inside a
	// sentence is the organisation the sentence is about.
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].text != "its" && toks[k].text != "their" {
			continue
		}
		p, role := d.personAfterRole(si, k+1)
		if p == nil {
			continue
		}
		var o *mention // the nearest organisation before "its"
		for _, m := range d.bySent[si] {
			if m.e <= k && typeOf(m) == Organization {
				o = m
			}
		}
		if o == nil {
			o = d.subjectOrg(si)
		}
		if t := employment(role); o != nil && t != "" {
			d.addRel(t, p, o, true, role, 0.55, si)
			addRole(p, role)
		}
	}
	// "the head of the lower house of Congress, Arthur Lira": a role of
	// an organisation, then the person.
	for _, p := range d.bySent[si] {
		if typeOf(p) != Person || p.s < 4 || toks[p.s-1].text != "," {
			continue
		}
		o := d.mentionEnding(si, p.s-1)
		for e := p.s - 2; o == nil && e >= p.s-4 && e > 0; e-- {
			// "the head of the UN climate body, Simon Stiell"
			if t := toks[e]; t.text != strings.ToLower(t.text) || t.tag != "NN" && t.tag != "NNS" {
				break
			}
			if x := d.mentionEnding(si, e); x != nil {
				if typeOf(x) == Organization {
					o = x
				}
				break
			}
		}
		if o == nil || typeOf(o) != Organization {
			continue
		}
		// Back from the organisation to "<role> of".
		for k := o.s - 1; k >= 1 && k >= o.s-6; k-- {
			if clauseEnd(toks[k]) && toks[k].text != "of" {
				break
			}
			if toks[k].text != "of" && toks[k].text != "at" {
				continue
			}
			rs, role := lowerRoleBefore(toks, k)
			if role == "" {
				continue
			}
			if rs > 0 && (strings.EqualFold(toks[rs-1].text, "the") || toks[rs-1].text == "a" || toks[rs-1].text == ",") {
				if t := employment(role); t != "" {
					d.addRel(t, p, o, true, role, 0.6, si)
					addRole(p, role)
				}
			}
			break
		}
	}
	// "The authority's chairman, Ahmed Hassan": the organisation named
	// before with that head word.
	for k := 0; k+3 < len(toks); k++ {
		if !strings.EqualFold(toks[k].text, "the") || toks[k+2].text != "'s" || isCapWord(toks[k+1].text) {
			continue
		}
		noun := toks[k+1].text
		if !orgHeads[noun] && !orgNouns[noun] {
			continue
		}
		p, role := d.personAfterRole(si, k+3)
		if p == nil {
			continue
		}
		if o := d.recentOrgNamed(si, p, noun); o != nil {
			if t := employment(role); t != "" {
				d.addRel(t, p, o, true, role, 0.6, si)
				addRole(p, role)
			}
		}
	}
	// "Its chairman, Tom Reyes, ...": the organisation named most recently.
	if len(toks) > 3 && (toks[0].text == "Its" || toks[0].text == "Their") {
		// "Its" points back to the subject of the sentence before.
		if p, role := d.personAfterRole(si, 1); p != nil {
			if o := d.subjectOrg(si); o != nil {
				if t := employment(role); t != "" {
					d.addRel(t, p, o, true, role, 0.6, si)
					addRole(p, role)
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

// leadVerbs after "X, who" tie X to the organisation the clause names.
var leadVerbs = set(`leads led heads headed runs ran directs directed chairs chaired works worked
	teaches taught manages managed coaches coached founded co-founded`)

// jobNouns are descriptors that are jobs: "a nurse at X" works there.
var jobNouns = set(`doctor nurse surgeon teacher pilot chef journalist photographer engineer
	architect cleaner driver worker farmer model musician writer author`)

// partyWords end the names of political parties and their like.
var partyWords = set(`party democrats republicans socialists conservatives liberals greens
	nationalists alliance front movement league congress`)

// partyName reports whether an organisation is a political party: its
// name ends with a party word ("Social Democrats") or "party" follows it
// ("the Gerindra party").
func partyName(name string, toks []tok, e int) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) > 0 && partyWords[ws[len(ws)-1]] {
		return true
	}
	return e < len(toks) && toks[e].text == "party"
}

// orgInPhrase is the last organisation named in the noun phrase that
// starts at token i ("the investment bank Harrow Stern", "Cambridge's
// Institute of Astronomy").
func (d *docState) orgInPhrase(si, i int) *mention {
	toks := d.sents[si].toks
	var org *mention
	for k := i; k < len(toks) && k < i+10; k++ {
		if clauseEnd(toks[k]) {
			break
		}
		if o := d.mentionAt(si, k); o != nil && typeOf(o) == Organization {
			org = o
			k = o.e - 1
		}
	}
	return org
}

// roleNP reads a role phrase starting at token i, possibly with
// adjectives, nouns and "and" inside: "chief technology officer", "founder
// and chief executive", "political scientist", "astrophysicist". It
// returns the index after the phrase and its text, or i and "".
// personAfterRole is the person named right after a role phrase starting
// at token i of sentence si ("chairman, Tom Reyes"), with the role, or nil.
func (d *docState) personAfterRole(si, i int) (*mention, string) {
	toks := d.sents[si].toks
	re, role := roleNP(toks, i)
	if role == "" || re >= len(toks) {
		return nil, ""
	}
	if toks[re].text == "," {
		re++
	}
	p := d.mentionStarting(si, re)
	if p == nil || typeOf(p) != Person {
		return nil, ""
	}
	return p, role
}

func roleNP(toks []tok, i int) (int, string) {
	k := i
	end := -1
	for k < len(toks) && k < i+6 {
		t := toks[k]
		l := strings.ToLower(t.text)
		if isCapWord(t.text) && !isAllCaps(t.text) {
			break
		}
		if roleNouns[l] && (l == t.text || isAllCaps(t.text)) || jobNouns[l] || occupation(l, t.tag) && !descriptors[l] {
			end = k + 1
			k++
			continue
		}
		if l == "and" && end == k {
			k++
			continue
		}
		if l == t.text && (titleModifiers[l] || t.tag == "JJ" || t.tag == "NN") {
			k++
			continue
		}
		break
	}
	if end < 0 {
		return i, ""
	}
	var parts []string
	for x := i; x < end; x++ {
		parts = append(parts, toks[x].text)
	}
	return end, strings.Join(parts, " ")
}

// nextNameStart skips lower-case words after "of" up to a name: "of
// state premier Michael Kretschmer" gives the index of "Michael".
func (d *docState) nextNameStart(si, i int) int {
	toks := d.sents[si].toks
	for k := i; k < len(toks) && k < i+4; k++ {
		if d.mentionStarting(si, k) != nil {
			return k
		}
		if clauseEnd(toks[k]) {
			break
		}
	}
	return i
}

// subjectOrg is the organisation a sentence starting with "Its" refers
// to: the first one named in the nearest of the three sentences before.
func (d *docState) subjectOrg(si int) *mention { return d.lastNamed(si, 3, Organization) }

// lastNamed is the first entity of type t named in the nearest of the
// back sentences before si that names one.
func (d *docState) lastNamed(si, back int, t Type) *mention {
	for s := si - 1; s >= 0 && s >= si-back; s-- {
		for _, m := range d.bySent[s] {
			if typeOf(m) == t {
				return m
			}
		}
	}
	return nil
}

// recentOrgNamed is the organisation named most recently before p whose
// name ends with the noun ("the authority" and the "... Oversight
// Authority"), or, for a generic noun like "company", the most recent.
func (d *docState) recentOrgNamed(si int, p *mention, noun string) *mention {
	generic := orgNouns[noun] && !orgHeads[noun]
	for s := si; s >= 0 && s >= si-4; s-- {
		ms := d.bySent[s]
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if s == si && m.s >= p.s || typeOf(m) != Organization {
				continue
			}
			ws := strings.Fields(strings.ToLower(m.g.root().name))
			if generic || len(ws) > 0 && ws[len(ws)-1] == noun {
				return m
			}
		}
	}
	return nil
}

// roleAfter reads a lower-case role phrase starting at token i and returns
// the index after it.
func roleAfter(toks []tok, i int) (int, string) {
	k := i
	hasRole := false
	last := i
	for k < len(toks) && k < i+6 {
		t := toks[k].text
		l := strings.ToLower(t)
		if (roleNouns[l] && (l == t || isAllCaps(t))) || (titleModifiers[l] && l == t) {
			if roleNouns[l] {
				hasRole = true
				last = k + 1
			}
			k++
			continue
		}
		if l == t && toks[k].tag == "NN" && !hasRole && k < i+2 {
			k++ // "the EU's climate commissioner"
			continue
		}
		break
	}
	if !hasRole {
		return i, ""
	}
	if k > last && !titleModifiers[strings.ToLower(toks[k-1].text)] {
		k = last
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
			// "owns X", "bought the Israeli start-up X"
			if t := d.mentionStarting(si, skipDescription(toks, k+1)); t != nil && typeOf(t) == Organization {
				d.addRel(Owns, o, t, true, "", 0.8, si)
			}
		}
	}
	// "Last year it bought the start-up X": "it" is the organisation the
	// sentence before is about.
	for i := 0; i+2 < len(toks); i++ {
		if !strings.EqualFold(toks[i].text, "it") {
			continue
		}
		k := i + 1
		for k < len(toks) && (toks[k].text == "has" || toks[k].text == "also" || toks[k].text == "already") {
			k++
		}
		if k >= len(toks) || !acquireVerbs[toks[k].text] {
			continue
		}
		t := d.mentionStarting(si, skipDescription(toks, k+1))
		if t == nil || typeOf(t) != Organization {
			continue
		}
		var owner *mention
		for _, m := range d.bySent[si] {
			if m.e <= i && typeOf(m) == Organization {
				owner = m
				break
			}
		}
		if owner == nil {
			owner = d.subjectOrg(si)
		}
		if owner != nil {
			d.addRel(Owns, owner, t, true, "", 0.6, si)
		}
	}
	// "sold X to Y", "sold her company X to Y": Y owns X now.
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].text != "sold" {
			continue
		}
		t := d.mentionStarting(si, skipDescription(toks, i+1))
		if t == nil || typeOf(t) != Organization || t.e+1 >= len(toks) || toks[t.e].text != "to" {
			continue
		}
		if buyer := d.mentionStarting(si, t.e+1); buyer != nil && (typeOf(buyer) == Organization || typeOf(buyer) == Person) {
			d.addRel(Owns, buyer, t, true, "", 0.75, si)
		}
	}
	// "X, owned by Y" / "X is owned by Y"
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].text != "owned" || toks[i+1].text != "by" {
			continue
		}
		owner := d.mentionStarting(si, i+2)
		if owner == nil {
			owner = d.mentionStarting(si, skipDescription(toks, i+2)) // "owned by the Dutch group X"
		}
		if owner == nil || typeOf(owner) != Organization && typeOf(owner) != Person {
			continue
		}
		k := i - 1
		for k >= 0 && ownedByFillers[toks[k].text] {
			k--
		}
		if t := d.mentionEnding(si, k+1); t != nil && typeOf(t) == Organization {
			d.addRel(Owns, owner, t, true, "", 0.85, si)
		} else if k == 1 && strings.EqualFold(toks[0].text, "the") && orgNouns[toks[1].text] {
			// "The firm, which is majority owned by X": the company the
			// text is about.
			if t := d.recentOrg(si, owner); t != nil {
				d.addRel(Owns, owner, t, true, "", 0.6, si)
			}
		}
	}
	// "X, whose parent company is Y"
	for i := 2; i+4 < len(toks); i++ {
		if toks[i].text != "whose" || toks[i+1].text != "parent" || toks[i-1].text != "," {
			continue
		}
		k := i + 2
		if orgNouns[toks[k].text] {
			k++
		}
		if toks[k].text != "is" && toks[k].text != "was" {
			continue
		}
		owner := d.mentionStarting(si, k+1)
		if owner == nil {
			owner = d.mentionStarting(si, skipDescription(toks, k+1))
		}
		if t := d.mentionEnding(si, i-1); owner != nil && t != nil && typeOf(owner) == Organization && typeOf(t) == Organization {
			d.addRel(Owns, owner, t, true, "", 0.8, si)
		}
	}
}

// skipDescription skips a description before a name: "the cloud gaming
// service", "her student aid company", "the Israeli start-up".
func skipDescription(toks []tok, i int) int {
	k := i
	if k < len(toks) {
		switch toks[k].text {
		case "the", "a", "an", "her", "his", "its", "their":
			k++
		}
	}
	start := k
	for k < len(toks) && k < start+5 {
		t := toks[k]
		if t.text == strings.ToLower(t.text) && (strings.HasPrefix(t.tag, "NN") || t.tag == "JJ" || t.tag == "VBG") || demonymLike(t.text) {
			k++
			continue
		}
		if k+1 < len(toks) && isCapWord(t.text) && strings.HasPrefix(toks[k+1].text, "-") && compoundSuffixes[toks[k+1].text[1:]] {
			k += 2 // "the Madrid-based travel group"
			continue
		}
		break
	}
	if k > start && k < len(toks) && isCapWord(toks[k].text) {
		return k
	}
	return i
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

// ownedByFillers stand between a company and "owned by": "X, which is
// majority owned by Y".
var ownedByFillers = set(`, which that is was wholly partly now majority jointly ultimately fully
	largely indirectly`)

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
		if shot && !(victim.e < len(toks) && toks[victim.e].text == "dead") && !d.died(victim) {
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

// died reports whether the text says the person died: "Ouma died on the
// way to hospital", "X was killed".
func (d *docState) died(p *mention) bool {
	g := p.g.root()
	for _, m := range g.ments {
		toks := d.sents[m.si].toks
		k := m.e
		if k < len(toks) && toks[k].text == "," {
			// "Mr Ashworth, a retired postman, died at the scene"
			for x := k + 1; x < len(toks) && x < k+10; x++ {
				if toks[x].text == "," {
					k = x + 1
					break
				}
			}
		}
		if k < len(toks) && (toks[k].text == "died" || toks[k].text == "dies") {
			return true
		}
		if k+1 < len(toks) && (toks[k].text == "was" || toks[k].text == "were") && (toks[k+1].text == "killed" || toks[k+1].text == "murdered") {
			return true
		}
		if m.s >= 2 && (toks[m.s-1].text == "of" && (toks[m.s-2].text == "killing" || toks[m.s-2].text == "murder" || toks[m.s-2].text == "death")) {
			return true
		}
	}
	return false
}

// previousSubject is the first person named in the nearest earlier
// sentence (up to two back) that names a person.
func (d *docState) previousSubject(si int) *mention { return d.lastNamed(si, 2, Person) }

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
	d.competitionRelations()
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

// participationVerbs say that the people and organisations of a sentence
// took part in the event it names: "won the Australian Open", "beat X in
// the final", "competed at the Games".
var participationVerbs = set(`won win wins winning beat beats beating defeated defeat defeats lost
	loses losing played plays playing competed competes competing participated participates
	attended attends contested contests finished reached scored`)

// competitionRelations: the people and organisations named with a
// participation verb in a sentence that names a (non-violent) event
// took part in it.
func (d *docState) competitionRelations() {
	for si := range d.sents {
		toks := d.sents[si].toks
		var evs []*mention
		for _, m := range d.bySent[si] {
			if typeOf(m) == Event && !violentEvent(m) {
				evs = append(evs, m)
			}
		}
		if len(evs) == 0 {
			continue
		}
		for v, t := range toks {
			if !participationVerbs[t.text] {
				continue
			}
			// The subject: the nearest person or organisation before the
			// verb ("Li Na, who was the first ... to win"); the object:
			// one right after it ("beat world number one X").
			var parts []*mention
			var subj *mention
			for _, m := range d.bySent[si] {
				if tm := typeOf(m); m.e <= v && (tm == Person || tm == Organization) {
					subj = m
				}
			}
			if subj != nil {
				parts = append(parts, subj)
			}
			for k := v + 1; k < len(toks) && k < v+6; k++ {
				if clauseEnd(toks[k]) {
					break
				}
				if m := d.mentionStarting(si, k); m != nil {
					if tm := typeOf(m); tm == Person || tm == Organization {
						parts = append(parts, m)
					}
					break
				}
			}
			for _, ev := range evs {
				for _, m := range parts {
					if m.g.root() != ev.g.root() {
						d.addRel(ParticipatedIn, m, ev, true, "", 0.55, si)
					}
				}
			}
		}
	}
}

// violentEvent reports events named by a violent noun ("the Westminster
// attack"), which have perpetrators and victims instead.
func violentEvent(m *mention) bool {
	ws := strings.Fields(strings.ToLower(m.g.root().name))
	return len(ws) > 0 && violentNouns[ws[len(ws)-1]]
}

// lastOrgBefore is the organisation a definite description ("the bank")
// after person p most likely points to: the last one named before p in
// p's sentence, or else the first one of the sentence before, where the
// topic usually comes first.
func (d *docState) lastOrgBefore(si int, p *mention) *mention {
	ms := d.bySent[si]
	for k := len(ms) - 1; k >= 0; k-- {
		if m := ms[k]; m.s < p.s && typeOf(m) == Organization {
			return m
		}
	}
	if si > 0 {
		for _, m := range d.bySent[si-1] {
			if typeOf(m) == Organization {
				return m
			}
		}
	}
	return nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
