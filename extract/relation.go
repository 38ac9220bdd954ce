package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/ergraph/ergraph/extract/lexicon"
	"github.com/ergraph/ergraph/extract/relation"
	"github.com/ergraph/ergraph/extract/text"
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
func (d *docState) addRel(typ string, a, b *mention, role string, conf float64, si int) {
	d.addRelStated(typ, a, b, role, conf, true, si)
}

// addRelStated records one statement of a directed relation, current or
// not ("the former chief executive of Apple"); a typed relation below the
// extractor's minimum confidence is dropped.
func (d *docState) addRelStated(typ string, a, b *mention, role string, conf float64, current bool, si int) {
	if a == nil || b == nil || conf < d.x.minConf {
		return
	}
	ia, ib := a.entityID(), b.entityID()
	if ia == "" || ib == "" || ia == ib {
		return
	}
	r := d.addRelIDs(typ, ia, ib, true, role, conf, si)
	r.Former = r.Former || !current
}

func (d *docState) addRelIDs(typ, ia, ib string, directed bool, role string, conf float64, si int) *Relation {
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
	ev := d.sents[si].Text()
	for _, e := range r.Evidence {
		if e == ev {
			return r // already counted for this sentence
		}
	}
	r.Weight++
	if len(r.Evidence) < MaxEvidence {
		r.Evidence = append(r.Evidence, ev)
	}
	return r
}

// relationRoles adds to each entity's roles those its relations state
// ("Tim Cook, chief executive of Apple") after the titles seen with its
// name. The relation stage itself never touches entities.
func relationRoles(ents []Entity, rels []Relation) {
	idx := map[string]int{}
	for i, e := range ents {
		idx[e.ID] = i
	}
	for _, r := range rels {
		i, ok := idx[r.Source]
		if ok && r.Role != "" && !slices.ContainsFunc(ents[i].Roles, func(x string) bool { return strings.EqualFold(x, r.Role) }) {
			ents[i].Roles = append(ents[i].Roles, r.Role)
		}
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
			if id != "" && !seen[id] && !d.credit(m) {
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
	dc := &discourse{chain: map[string]referent{}, focus: make([][]*mention, len(d.sents))}
	for si := range d.sents {
		d.typedRelations(si, dc)
	}
	d.eventRelations()
}

// typedRelations adds the typed relations package relation finds between
// the mentions of sentence si: learned by its classifier, or read by its
// pattern table.
func (d *docState) typedRelations(si int, dc *discourse) {
	rs, ms := d.relationSentence(si)
	rs, ms = d.pronounMentions(si, rs, ms, dc)
	dc.focus[si] = orgsInOrder(rs, ms)
	if len(ms) < 2 {
		return
	}
	for _, r := range d.x.rel.Find(rs, d.x.minConf) {
		d.addRelStated(r.Type, ms[r.Source], ms[r.Target], r.Role, r.Confidence, r.Current, si)
	}
}

// credit reports the agency of a dateline ("JAKARTA (Reuters) -"): the
// story's source, in no relation with what the story names, and nothing a
// pronoun or a description ("the agency") stands for.
func (d *docState) credit(m *mention) bool {
	return d.sents[m.si].Dateline && typeOf(m) == Organization
}

// relationSentence is sentence si as package relation reads it, with the
// mentions behind its Mentions.
func (d *docState) relationSentence(si int) (relation.Sentence, []*mention) {
	var ms []*mention
	rs := relation.Sentence{Tokens: make([]relation.Token, len(d.sents[si].Tokens))}
	for i, t := range d.sents[si].Tokens {
		rs.Tokens[i] = relation.Token{Text: t.Text, Tag: t.Tag}
	}
	for _, m := range d.bySent[si] {
		if t := typeOf(m); t != "" && !d.credit(m) {
			ms = append(ms, m)
			rs.Mentions = append(rs.Mentions, relation.Mention{Start: m.s, End: m.e, Type: string(t), Name: m.g.root().name})
		}
	}
	return rs, ms
}

// pronounPersons and pronounOrgs refer back to the entity a sentence
// before named: "He then stabbed Neil Adcock", "Its founder, Luc Bernier".
var (
	pronounPersons = lexicon.Set("pronounPersons")
	pronounOrgs    = lexicon.Set("pronounOrgs")
)

// referent is the person a pronoun stood for, and the sentence it stood in.
type referent struct {
	m  *mention
	si int
}

// discourse is what the sentences read so far leave for the next: the
// person each pronoun stood for (chain), and each sentence's
// organisations in the order it refers to them, by name, pronoun or
// description (focus).
type discourse struct {
	chain map[string]referent
	focus [][]*mention
}

// preceded reports whether the word before mention m (over "the") is w.
// commentators reports an organisation after "at" or "from" and a noun
// of those paid to comment ("analysts at Barclays", "economists from
// Nomura"), who speak of a company and are not its story.
func (d *docState) commentators(m *mention) bool {
	return commentatorsAt(d.sents[m.si].Tokens, m.s-1)
}

// commentatorsAt reports "at" or "from" at token k after a noun of
// commentators: "analysts at".
func commentatorsAt(toks []text.Token, k int) bool {
	return k >= 1 && (toks[k].Text == "at" || toks[k].Text == "from") && commentatorNouns[strings.ToLower(toks[k-1].Text)]
}

// commentatorsOrg is the last commentators' employer named before token k
// of sentence si or in the three sentences before.
func (d *docState) commentatorsOrg(si, k int) *mention {
	for s := si; s >= 0 && s >= si-3 && d.sents[s].Title == d.sents[si].Title; s-- {
		ms := d.bySent[s]
		for x := len(ms) - 1; x >= 0; x-- {
			if m := ms[x]; (s < si || m.e <= k) && typeOf(m) == Organization && d.commentators(m) {
				return m
			}
		}
	}
	return nil
}

func (d *docState) preceded(m *mention, w string) bool {
	toks := d.sents[m.si].Tokens
	k := m.s - 1
	if k >= 0 && strings.EqualFold(toks[k].Text, "the") {
		k--
	}
	return k >= 0 && strings.EqualFold(toks[k].Text, w)
}

// orgsInOrder returns the organisations that the mentions ms of rs refer
// to, in the order of the words.
func orgsInOrder(rs relation.Sentence, ms []*mention) []*mention {
	idx := make([]int, 0, len(ms))
	for i := range ms {
		if rs.Mentions[i].Type == string(Organization) {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int { return rs.Mentions[a].Start - rs.Mentions[b].Start })
	out := make([]*mention, len(idx))
	for j, i := range idx {
		out[j] = ms[i]
	}
	return out
}

// pronounMentions adds a mention for each such pronoun of sentence si that
// no name of its type precedes in the sentence, standing for the first
// person (organisation) named in the nearest of the two (three) sentences
// before, or else for the person the same pronoun stood for within them
// (chain: "she" of each sentence of a profile); the relation stage then
// reads "he" as that person.
func (d *docState) pronounMentions(si int, rs relation.Sentence, ms []*mention, dc *discourse) (relation.Sentence, []*mention) {
	if d.sents[si].Title {
		return rs, ms
	}
	seen := map[Type]bool{}
	for i, t := range d.sents[si].Tokens {
		for _, m := range d.bySent[si] {
			if m.s == i {
				seen[typeOf(m)] = true
			}
		}
		l := strings.ToLower(t.Text)
		var typ Type
		back := 2
		switch {
		case pronounPersons[l] && t.Tag == "PRP":
			typ = Person
		case pronounOrgs[l]:
			typ, back = Organization, 3
		default:
			continue
		}
		if seen[typ] || d.mentionAt(si, i) != nil {
			continue
		}
		a := d.firstNamed(si, back, typ, l)
		if r, ok := dc.chain[l]; a == nil && typ == Person && ok && si-r.si <= back && d.sents[r.si].Title == d.sents[si].Title {
			a = r.m // "In 1964 she moved ... She later taught"
		}
		if a != nil && typ == Person {
			dc.chain[l] = referent{a, si}
		}
		if a != nil {
			ms = append(ms, a)
			rs.Mentions = append(rs.Mentions, relation.Mention{Start: i, End: i + 1, Type: string(typ), Name: a.g.root().name})
		}
	}
	return d.descriptionMentions(si, rs, ms, dc)
}

// descriptionMentions adds a mention for each definite description of an
// organisation ("the company", "the Facebook-owned platform", "the
// bank", "a company spokeswoman") that no name follows or directly
// precedes, standing for an organisation named before it other than those
// named inside it: by the head of an institution's name ("the
// commission"), the last whose name has that word (namedOrg), and for
// none when the head names a kind of body ("the ministry") the story does
// not name; else the salient one (salientOrg).
func (d *docState) descriptionMentions(si int, rs relation.Sentence, ms []*mention, dc *discourse) (relation.Sentence, []*mention) {
	toks := d.sents[si].Tokens
	for i, t := range toks {
		if !(orgNouns[t.Text] || institutionHeads[t.Text] || descriptionHeads[t.Text]) || d.mentionAt(si, i) != nil || i+1 < len(toks) && text.IsCapWord(toks[i+1].Text) {
			continue
		}
		det := -1 // "the" opening the description, at most four words back
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if w := strings.ToLower(toks[k].Text); w == "the" || w == "its" ||
				(w == "a" || w == "an") && k == i-1 && i+1 < len(toks) && roleNouns[strings.ToLower(toks[i+1].Text)] {
				det = k // "a company spokeswoman" speaks for the company in the story
				break
			}
			if tg := toks[k].Tag; tg == "IN" || tg == "TO" || tg == "PRP$" || tg == "DT" || strings.HasPrefix(tg, "VB") && tg != "VBN" || !text.HasLetter(toks[k].Text) {
				break // "the jurors for their service": no description of one thing
			}
		}
		if det < 0 {
			continue
		}
		if p := d.mentionAt(si, i-1); p != nil && p.e == i && typeOf(p) == Organization {
			continue // "the Glacier Monitoring Switzerland network": a name and its kind, no description
		}
		if p := d.mentionAt(si, det-2); det >= 2 && toks[det-1].Text == "," && p != nil && p.e == det-1 && typeOf(p) == Organization {
			continue // "Vodacom, the South African group that owns ...": the name itself, already there
		}
		inside := map[*group]bool{}
		for _, m := range d.bySent[si] {
			if m.s > det && m.e <= i {
				inside[m.g.root()] = true
			}
		}
		var a *mention
		if !companyNouns[t.Text] {
			a = d.namedOrg(si, det, inside, t.Text) // "the commission": the Minerals Commission
		}
		if a == nil && commentatorsAt(toks, det-1) {
			a = d.commentatorsOrg(si, det) // "a transport analyst at the bank": the analysts' bank
		}
		if a == nil && orgNouns[t.Text] && !namedHeads[t.Text] {
			a = d.salientOrg(si, det, inside, dc)
			if a != nil && companyNouns[t.Text] && publicBody(a.name) {
				// "the company", "the firm": a business, not the party,
				// the university or the agency named last.
				inside[a.g.root()] = true
				a = d.recentCompany(si, det, inside, dc)
			}
		}
		if a != nil {
			ms = append(ms, a)
			rs.Mentions = append(rs.Mentions, relation.Mention{Start: i, End: i + 1, Type: string(Organization), Name: a.g.root().name})
		}
	}
	return rs, ms
}

// storyWindow is how many sentences back a description looks for what it
// stands for: a news story's length, and a bound that keeps a document of
// thousands of sentences linear.
const storyWindow = 40

// namedOrg is the organisation named last before token k of sentence si
// (within storyWindow), other than the excluded entities, whose name has
// the word head ("the council": Riverside District Council, whatever was
// named since).
func (d *docState) namedOrg(si, k int, exclude map[*group]bool, head string) *mention {
	for s := si; s >= 0 && s > si-storyWindow && d.sents[s].Title == d.sents[si].Title; s-- {
		ms := d.bySent[s]
		for x := len(ms) - 1; x >= 0; x-- {
			m := ms[x]
			if (s < si || m.e <= k) && typeOf(m) == Organization && !exclude[m.g.root()] && !d.credit(m) &&
				slices.ContainsFunc(tokensOf(m.name), func(w string) bool { return strings.EqualFold(w, head) }) {
				return m
			}
		}
	}
	return nil
}

// salientOrg is the organisation a description with no head of its name
// stands for ("the company", "the bank" after "Emirates NBD"): the last
// named before token k in sentence si; else the first that the nearest
// sentence before refers to, by name, pronoun or description (its
// subject, most often: "Shayne Nelson, the bank's chief executive" after
// "The bank also owns DenizBank, which it bought from Sberbank"), within
// three sentences, but for one named after "from", a place left ("joins
// from Coral Bay Bank"), or the employer of commentators ("Analysts at
// Barclays said the group"); else the first the story named.
func (d *docState) salientOrg(si, k int, exclude map[*group]bool, dc *discourse) *mention {
	ok := func(m *mention) bool { return typeOf(m) == Organization && !exclude[m.g.root()] && !d.credit(m) }
	ms := d.bySent[si]
	for x := len(ms) - 1; x >= 0; x-- {
		if m := ms[x]; m.e <= k && ok(m) && !d.commentators(m) {
			return m // "Palmeiras coach Abel Ferreira, who has led the Sao Paulo club": named in the same sentence
		}
	}
	for s := si - 1; s >= 0 && s >= si-3 && d.sents[s].Title == d.sents[si].Title; s-- {
		for _, m := range dc.focus[s] {
			if ok(m) && !d.preceded(m, "from") && !d.commentators(m) {
				return m
			}
		}
	}
	for s := max(si-storyWindow, 0); s < si; s++ {
		if d.sents[s].Title != d.sents[si].Title {
			continue
		}
		for _, m := range d.bySent[s] {
			if ok(m) {
				return m
			}
		}
	}
	return nil
}

// recentCompany is salientOrg's organisation other than a public body.
func (d *docState) recentCompany(si, k int, exclude map[*group]bool, dc *discourse) *mention {
	for {
		a := d.salientOrg(si, k, exclude, dc)
		if a == nil || !publicBody(a.name) {
			return a
		}
		exclude[a.g.root()] = true
	}
}

// publicBody reports the name of an institution, a party or a public
// body rather than a business: the last word before any "of" heads
// institutions or bodies a description names ("Korea Advanced Institute
// of Science and Technology", "African National Congress", "Competition
// Authority").
func publicBody(name string) bool {
	ws := tokensOf(strings.ToLower(name))
	if i := slices.Index(ws, "of"); i >= 0 {
		ws = ws[:i]
	}
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	return institutionHeads[last] || descriptionHeads[last]
}

// firstNamed is the first entity of type t named in the nearest of the
// back sentences before si that names one, but for commentators'
// employers ("Analysts at Barclays"); for "he" or "she", of a person not
// known to be of the other sex ("She later taught" is not Alan's).
func (d *docState) firstNamed(si, back int, t Type, pronoun string) *mention {
	for s := si - 1; s >= 0 && s >= si-back && d.sents[s].Title == d.sents[si].Title; s-- {
		for _, m := range d.bySent[s] {
			g := m.g.root()
			if typeOf(m) == t && !d.credit(m) && !d.commentators(m) && !(pronoun == "he" && g.female && !g.male) && !(pronoun == "she" && g.male && !g.female) {
				return m
			}
		}
	}
	return nil
}

// RelationSentences returns the sentences of in as the relation stage
// reads them: tokens with part-of-speech tags, and the mentions of the
// entities found, typed as decided for the whole document. It serves to
// train relation models on what the pipeline sees.
func (x *Extractor) RelationSentences(in Input) []relation.Sentence {
	d := &docState{x: x, sents: x.sentences(in)}
	d.tagEntities()
	d.findNames()
	d.findEvents()
	d.resolve()
	out := make([]relation.Sentence, len(d.sents))
	for si := range d.sents {
		out[si], _ = d.relationSentence(si)
	}
	return out
}

func (d *docState) sentenceIDs(si int) []string {
	seen := map[string]bool{}
	var ids []string
	for _, m := range d.bySent[si] {
		if id := m.entityID(); id != "" && !seen[id] && !d.credit(m) {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
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

// clauseEnd reports tokens that end a noun phrase.
func clauseEnd(t text.Token) bool {
	switch t.Text {
	case ",", ".", ";", ":", "!", "?", "(", ")", "\"", "who", "which", "that", "and", "but", "--", "\u2013", "\u2014":
		return true
	}
	return strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBN" && t.Tag != "VBG"
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
				d.addRel(LocatedIn, ev, r.place, "", 0.8, si)
			}
			// "the Valmora summit in Portesa", "the final at Kingsway Stadium"
			toks := d.sents[si].Tokens
			if e := r.nounEnd; e+1 < len(toks) && (toks[e].Text == "in" || toks[e].Text == "at") {
				if p := d.mentionStarting(si, e+1); p != nil && typeOf(p) == Place {
					d.addRel(LocatedIn, ev, p, "", 0.75, si)
				}
			}
			if r.owner != nil && typeOf(r.owner) != "" && typeOf(r.owner) != Event {
				d.addRel(ParticipatedIn, r.owner, ev, "", 0.7, si)
			}
			if r.target != nil && typeOf(r.target) == Person {
				d.addRel(ParticipatedIn, r.target, ev, "perpetrator", 0.8, si)
			}
		}
		if !violentNouns[r.noun] {
			continue
		}
		toks := d.sents[si].Tokens
		victims := false
		for _, t := range toks {
			if victimWords[strings.ToLower(t.Text)] {
				victims = true
			}
		}
		for _, m := range d.bySent[si] {
			if typeOf(m) != Person || m == r.target {
				continue
			}
			if m.s > 0 && perpetratorNouns[strings.ToLower(toks[m.s-1].Text)] {
				d.addRel(ParticipatedIn, m, ev, "perpetrator", 0.75, si)
			} else if victims {
				d.addRel(ParticipatedIn, m, ev, "victim", 0.6, si)
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
		if d.sents[i].Text() == text {
			return i
		}
	}
	return 0
}

// participationVerbs say that the people and organisations of a sentence
// took part in the event it names: "won the Australian Open", "beat X in
// the final", "competed at the Games".
var participationVerbs = lexicon.Set("participationVerbs")

// competitionRelations: the people and organisations named with a
// participation verb in a sentence that names a (non-violent) event
// took part in it.
func (d *docState) competitionRelations() {
	for si := range d.sents {
		toks := d.sents[si].Tokens
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
			if !participationVerbs[t.Text] {
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
						d.addRel(ParticipatedIn, m, ev, "", 0.55, si)
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
