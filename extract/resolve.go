package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ergraph/ergraph/extract/lexicon"
	"github.com/ergraph/ergraph/extract/name"
	"github.com/ergraph/ergraph/extract/ner"
	"github.com/ergraph/ergraph/extract/relation"
	"github.com/ergraph/ergraph/extract/text"
)

// Type indexes for evidence votes.
const (
	vPerson = iota
	vOrg
	vPlace
	vEvent
	vMisc // the tagger's Misc: nationalities, products, works; not an entity unless an event
	nTypes
)

var voteTypes = [nTypes]Type{Person, Organization, Place, Event, ""}

// tally holds the votes for each type of a mention or an entity.
type tally [nTypes]float64

// leads reports whether type i has more votes than each other type of
// entity (Misc, which is no entity of its own, aside).
func (v tally) leads(i int) bool {
	for j := range vMisc {
		if j != i && v[j] >= v[i] {
			return false
		}
	}
	return true
}

// mention is one candidate name in one sentence: tokens [s, e).
type mention struct {
	si, s, e int
	name     string
	votes    tally
	hon      string   // honorific before the name, lower case ("mrs")
	roles    []string // titles seen with the name
	event    bool
	sex      byte   // 'm' or 'f' when an honorific or a noun like "wife" says
	cue      bool   // the context says it is a person: honorific, role, age
	prefix   bool   // the organisation or place of a title: "FA" in "FA chairman X"
	birth    bool   // a birth name: "X was born Y"
	nick     string // a nickname inside the name, as in Quentin "Q-Star" Ellis
	fullStop bool   // the last token's period is the sentence's, left out of name
	kin      bool   // a relative named by a given name, the surname added ("his wife Melissa")
	g        *group
}

// group is one entity of the document: mentions folded together.
type group struct {
	key          string
	ments        []*mention
	votes        tally
	typ          Type
	name         string
	dead         bool
	into         *group // merged into another group
	male, female bool
}

func (g *group) root() *group {
	for g.into != nil {
		g = g.into
	}
	return g
}

// titleLink records "<org> <role> <person>" read from one name run, as in
// "Apple CEO Tim Cook" or "Labour leader Jeremy Corbyn".
type titleLink struct {
	org, person *mention
	role        string
}

// docState holds the work on one document.
type docState struct {
	x      *Extractor
	sents  []text.Sentence
	spans  [][]ner.Span
	ments  []*mention
	bySent [][]*mention
	links  []titleLink
	groups []*group
	events []*eventRef
	rels   map[relKey]*Relation
}

func (d *docState) run() {
	d.tagEntities()
	d.findNames()
	d.findEvents()
	d.resolve()
	d.repeatNames()
	d.findRelations()
}

// tagEntities runs the entity tagger on every sentence.
func (d *docState) tagEntities() {
	doc := make([][]ner.Token, len(d.sents))
	for i := range d.sents {
		doc[i] = make([]ner.Token, len(d.sents[i].Tokens))
		for j, t := range d.sents[i].Tokens {
			doc[i][j] = ner.Token{Text: t.Text, Tag: t.Tag}
		}
	}
	d.spans = d.x.ner.Tag(doc)
}

func covered(spans []ner.Span, i int) bool {
	for _, sp := range spans {
		if i >= sp.Start && i < sp.End {
			return true
		}
	}
	return false
}

// nameParticles are lower-case words inside names: "Ursula von der Leyen".
var nameParticles = lexicon.Set("nameParticles")

// keptPeriods are abbreviations whose period belongs to the name.
var keptPeriods = lexicon.Set("keptPeriods")

// orgTails are the field words that end organisation names as their
// head words do: "Centre for Strategic and International Studies".
var orgTails = lexicon.Set("orgTails")

// orgHeadWord reports organisation head words, plural forms too
// ("Societies", "Councils").
func orgHeadWord(l string) bool {
	if orgHeads[l] {
		return true
	}
	if strings.HasSuffix(l, "ies") && orgHeads[l[:len(l)-3]+"y"] {
		return true
	}
	return strings.HasSuffix(l, "s") && orgHeads[l[:len(l)-1]]
}

// isDemonym reports nationality words, plurals too ("Nigerians").
func isDemonym(l string) bool {
	return demonyms[l] || strings.HasSuffix(l, "s") && demonyms[l[:len(l)-1]]
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return list
		}
	}
	return append(list, s)
}

// newMention records tokens [s, e) of sentence si as a candidate name,
// unless they are only titles, demonyms or function words.
func (d *docState) newMention(si, s, e int) *mention {
	toks := d.sents[si].Tokens
	for s < e && (toks[s].Text == "&" || nameParticles[toks[s].Text]) {
		s++
	}
	for e > s && (toks[e-1].Text == "&" || nameParticles[toks[e-1].Text] || toks[e-1].Text == "of" || toks[e-1].Text == "for") {
		e--
	}
	if s >= e {
		return nil
	}
	meaningful := false
	for x := s; x < e; x++ {
		l := strings.ToLower(text.TrimDot(toks[x].Text))
		if toks[x].Text == "US" || !(roleNouns[l] || roleNouns[strings.TrimSuffix(l, "s")] || titleModifiers[l] || honorifics[l] || stopCaps[l] || isDemonym(l) || !text.HasLetter(l)) {
			meaningful = true
		}
	}
	if !meaningful && !bodyOrPlace(toks[s:e]) {
		return nil
	}
	src := d.sents[si].Src
	// Clean: decomposed accents composed, and no invisible character
	// (they split tokens, but sit inside the span of the source).
	name := name.Clean(text.FoldQuotes(src[toks[s].Start:toks[e-1].End]))
	fullStop := false
	if last := toks[e-1].Text; e == len(toks) && strings.HasSuffix(last, ".") && strings.Count(last, ".") == 1 && !keptPeriods[strings.ToLower(last)] {
		name = strings.TrimSuffix(name, ".") // "the CHIPS Act." at the end of a sentence
		fullStop = true
	}
	nick := ""
	if a := strings.Index(name, ` "`); a > 0 {
		if b := strings.Index(name[a+2:], `" `); b > 0 {
			// Quentin "Q-Star" Ellis: the name is Quentin Ellis.
			nick = name[a+2 : a+2+b]
			name = name[:a] + name[a+2+b+1:]
		}
	}
	if utf8.RuneCountInString(name) < 2 {
		return nil
	}
	name = capName(name)
	m := &mention{si: si, s: s, e: e, name: name, nick: nick, fullStop: fullStop}
	d.ments = append(d.ments, m)
	return m
}

// familyFirst reports a name of two words written family name first, as
// Korean names are in English: a short family name, then a given name of
// two syllables joined by a hyphen, the second in lower case ("Park
// Min-seo", "Lee Jung-ho", "Moon Jae-in").
func familyFirst(ws []string) bool {
	if len(ws) != 2 || utf8.RuneCountInString(ws[0]) > 5 || !text.IsCapWord(ws[0]) || text.IsAllCaps(ws[0]) {
		return false
	}
	a, b, ok := strings.Cut(ws[1], "-")
	return ok && text.IsCapWord(a) && b != "" && b == strings.ToLower(b) && !strings.Contains(b, "-") &&
		utf8.RuneCountInString(a) <= 5 && utf8.RuneCountInString(b) <= 5
}

// innerPatronym reports a name of three words or more with an Arabic
// particle ("Al", "bin") neither first nor last, and no organisation's or
// industry's word at its end.
func innerPatronym(ws []text.Token) bool {
	n := len(ws)
	if n < 3 || orgHeadWord(strings.ToLower(ws[n-1].Text)) || industryWords[strings.ToLower(ws[n-1].Text)] {
		return false
	}
	for _, t := range ws[1 : n-1] {
		if patronymParticles[strings.ToLower(t.Text)] {
			return true
		}
	}
	return false
}

// contextVotes adds what the words around a mention say of its type
// beyond the tagger: an honorific before it, a nickname inside it.
func (d *docState) contextVotes(m *mention) {
	toks := d.sents[m.si].Tokens
	if m.nick != "" {
		m.votes[vPerson] += 1.5 // Quentin "Q-Star" Ellis
		m.cue = true
	}
	if m.e-m.s == 2 && familyFirst([]string{toks[m.s].Text, toks[m.s+1].Text}) {
		// "Park Min-seo": a Korean name, family name first.
		m.votes[vPerson] += m.votes[vOrg] + m.votes[vPlace]
		m.votes[vOrg], m.votes[vPlace] = 0, 0
	}
	if innerPatronym(toks[m.s:m.e]) {
		// "Khaldoon Al Mubarak", "Fatima Al Suwaidi": the particle inside
		// is a person's; organisations open with it ("Al Jazeera").
		m.votes[vPerson] += m.votes[vOrg]
		m.votes[vOrg] = 0
	}
	if m.s > 0 {
		// "the investment bank Morrow Keyes", "lender Meridian Bank": a common
		// noun for a kind of organisation stands in apposition before it.
		if p := toks[m.s-1].Text; !text.IsCapWord(p) && orgHeadWord(p) {
			m.votes[vOrg] += 2
		}
	}
	if roleAt(toks, m.s) {
		m.votes[vOrg] += 2
	}
	if cueAt(orgCues, toks, m.s, m.e) {
		m.votes[vOrg] += 2 // "shares in Brightwater", "Petofi general manager Laszlo Sebesvari"
	}
	if m.e+1 < len(toks) && toks[m.e].Text == "," && toks[m.e+1].Text == "which" && (m.s == 0 || toks[m.s-1].Text != "of") {
		// "Nordvik, which is based in Jönköping": "which" is of no
		// person ("the home of Ann Holt, which" may be the home's).
		if m.votes[vPlace] > m.votes[vOrg] {
			m.votes[vPlace] += m.votes[vPerson]
		} else {
			m.votes[vOrg] += m.votes[vPerson]
		}
		m.votes[vPerson] = 0
	}
	if m.s >= 2 && toks[m.s-1].Text == "," && roleNouns[toks[m.s-2].Text] {
		m.votes[vPerson] += 2 // "Its director, Wanjiru Kamau, said": a role in lower case and its holder
	}
	if victimAt(toks, m.s, m.e) {
		m.votes[vPerson] += 2 // "the assassin of Lincoln", "Atahualpa, was murdered"
	}
	if partyAfter(toks, m.e) {
		m.votes[vOrg] += 2 // "the Morena party", "the Karya movement"
	}
	if orgNouns[appositionHead(toks, m.e)] {
		m.votes[vOrg] += 2 // "Fjordlink, a start-up based in Oslo"
	}
	if m.s >= 2 && toks[m.s-1].Text == "of" {
		// "Helen Ashworth of Kingsley Napley": after a person and "of"
		// stands where the person works or comes from, not a person.
		if p := d.mentionAt(m.si, m.s-2); p != nil && p.e == m.s-1 && p != m && p.votes.leads(vPerson) && m.votes[vPerson] > 0 {
			m.votes[vOrg] += m.votes[vPerson]
			m.votes[vPerson] = 0
		}
	}
	if w := toks[m.s].Text; m.e-m.s == 1 && text.IsAllCaps(w) && utf8.RuneCountInString(w) >= 2 && utf8.RuneCountInString(w) <= 6 && !strings.Contains(w, ".") && !headline(toks) {
		// An acronym in running text names an organisation or a place,
		// not a person ("ISIS' use of encrypted apps").
		m.votes[vOrg] += m.votes[vPerson]
		m.votes[vPerson] = 0
	}
	if m.e < len(toks) {
		// "Facebook-owned", "Kremlin-backed": an owner or a backer is an
		// organisation; "London-based", "Texas-born": a place.
		switch strings.ToLower(toks[m.e].Text) {
		case "-owned", "-backed", "-funded", "-controlled", "-run", "-operated", "-sponsored", "-listed":
			m.votes[vOrg] += 2
		case "-based", "-born", "-bred", "-raised", "-headquartered", "-registered":
			m.votes[vPlace] += 2
		}
	}
	if locativeList(toks, m.s, m.e) && ner.KnownPlace(strings.ToLower(strings.Join(tokensOf(m.name), " "))) {
		m.votes[vPlace] += 2 // "addresses in east London, Brighton, Surrey and Carmarthenshire"
	}
	if m.s >= 2 && toks[m.s-1].Text == "of" && placeRoles[strings.ToLower(toks[m.s-2].Text)] {
		m.votes[vPlace] += 2 // "the mayor of Liverpool"
	}
	if m.s >= 3 && toks[m.s-1].Text == "of" && placeKinds[toks[m.s-2].Text] && !text.IsCapWord(toks[m.s-3].Text) {
		m.votes[vPlace] += 2 // "the port city of Hải Phòng", "the state of Oyo"
	}
	if l := strings.ToLower(toks[m.e-1].Text); m.e-m.s >= 2 && placeKinds[l] {
		// "Dan Sai District", "Cameron Parish": no person's name ends in
		// a kind of place (a club's may: "Notts County").
		m.votes[vPlace] += m.votes[vPerson]
		m.votes[vPerson] = 0
	}
	// "Finsbury Park", "Wembley Stadium", "Rod Laver Arena": a name that
	// ends in a kind of site and does not start with a given name, or is
	// longer than a given name and a surname ("Ji-sung Park" may be one).
	if n := m.e - m.s; n >= 2 && siteHeads[strings.ToLower(toks[m.e-1].Text)] && (n >= 3 || !ner.GivenName(toks[m.s].Text)) {
		m.votes[vPlace]++
	}
	// "River Mersey", "Lake Geneva", "Mount Kenya": a kind of place
	// before the name.
	if m.e-m.s >= 2 && placeLeads[strings.ToLower(toks[m.s].Text)] {
		m.votes[vPlace]++
	}
	// "Amnesty International", "Meridian Bank", "Fiona Stanley Hospital":
	// likewise a kind of organisation ("Charlotte Church", a given name
	// and one word, is a person; a head word of places too, as "City" or
	// "Centre", tells nothing).
	if l := strings.ToLower(toks[m.e-1].Text); m.e-m.s >= 2 && orgHeadWord(l) && !placeHeads[l] && (m.e-m.s > 2 || !ner.GivenName(toks[m.s].Text)) {
		m.votes[vOrg]++
	}
	if m.hon == "" && m.s > 0 {
		if p := text.TrimDot(toks[m.s-1].Text); honorifics[strings.ToLower(p)] && text.IsCapWord(p) {
			m.votes[vPerson] += 3
			m.hon = strings.ToLower(p)
			m.cue = true
		}
	}
}

// appositionHead returns the head noun of a description in apposition
// after token e-1 (", a start-up based in Oslo", ", the shipping group ,"):
// the last of up to four words after the comma and an article, before a
// preposition, a participle, a relative pronoun or punctuation. It returns
// "" when there is none, or when a verb follows: the words open a clause
// ("Luis Cobos R., the organization said").
func appositionHead(toks []text.Token, e int) string {
	if e+2 >= len(toks) || toks[e].Text != "," {
		return ""
	}
	switch strings.ToLower(toks[e+1].Text) {
	case "a", "an", "the":
	default:
		return ""
	}
	head := ""
	for k := e + 2; k < len(toks); k++ {
		switch t := toks[k]; {
		case !text.HasLetter(t.Text), t.Tag == "IN", t.Tag == "TO", t.Tag == "VBN", t.Tag == "WDT", t.Tag == "WP":
			return head
		case t.Tag == "VBD", t.Tag == "VBZ", t.Tag == "VBP", t.Tag == "MD", k == e+6:
			// A verb, or a phrase too long to see its end: the last word
			// seen need not be the head ("an Ak Zhol political party
			// activist").
			return ""
		default:
			head = strings.ToLower(t.Text)
		}
	}
	return head
}

// locativeList reports a name at tokens [s, e) that follows "in", "near"
// or "across", alone or in a list of names after it ("in east London,
// Brighton, Surrey and Carmarthenshire"), and is no possessive ("in
// Chelsea's win").
func locativeList(toks []text.Token, s, e int) bool {
	if e < len(toks) && possessive(toks[e].Text) {
		return false
	}
	for k := s - 1; k >= 0 && k >= s-30; k-- {
		switch t := toks[k].Text; {
		case t == "in" || t == "near" || t == "across":
			return true
		case t == "," || t == "and" || t == "or" || text.IsCapWord(t) || compassWords[t]:
		default:
			return false
		}
	}
	return false
}

// roleAt reports a role held at or with what starts at token s: "an
// analyst at Bernstein", "Analysts at Bancolombia", "a lawyer with the Law
// Society": people work at organisations ("the mayor of London" is no such
// case).
func roleAt(toks []text.Token, s int) bool {
	k := s - 1
	if k >= 0 && strings.EqualFold(toks[k].Text, "the") {
		k--
	}
	if k < 1 || toks[k].Text != "at" && toks[k].Text != "with" {
		return false
	}
	w := toks[k-1].Text // "Analysts at Bancolombia" opening a sentence
	return (!text.IsCapWord(w) || sentenceStart(toks, k-1)) && (isRole(w) || isRole(strings.TrimSuffix(w, "s")))
}

func typeIndex(t ner.Type) int {
	switch t {
	case ner.Person:
		return vPerson
	case ner.Organization:
		return vOrg
	case ner.Place:
		return vPlace
	case ner.Misc:
		return vMisc
	}
	return -1
}

// nameKey groups the mentions of one name: lower case, accents folded
// ("Zoë" and "Zoe" are one name), apostrophes dropped. It keeps the
// name's words as they are, one key word per token.
func nameKey(s string) string { return strings.ToLower(strings.ReplaceAll(name.Fold(s), "'", "")) }

// resolve folds mentions into groups (entities) and decides their types.
func (d *docState) resolve() {
	byKey := map[string]*group{}
	for _, m := range d.ments {
		k := nameKey(m.name)
		if !strings.Contains(k, " ") {
			// "Mr Novak" and "Mrs Novak" are two people.
			switch {
			case maleHonorifics[m.hon]:
				k += "#m"
			case femaleHonorifics[m.hon]:
				k += "#f"
			}
		}
		g := byKey[k]
		if g == nil {
			g = &group{key: k}
			byKey[k] = g
			d.groups = append(d.groups, g)
		}
		g.ments = append(g.ments, m)
		m.g = g
	}
	d.sumVotes()
	d.shareNeighbours()
	d.familyNames()
	d.sumVotes()
	d.mergeAcronyms()
	d.mergeParenAliases()
	d.mergeOrgSuffix()
	d.mergeOrgPrefix()
	d.mergeClubNames()
	d.mergeInitials() // before mergeSurnames, which moves merged mentions
	d.mergeSurnames()
	d.mergeSurnameParts()
	d.mergeBirthNames()
	d.mergeCountryAliases()
	d.mergeShortForms()
	d.sumVotes()
	for _, g := range d.groups {
		if g.into != nil {
			continue
		}
		g.typ = d.decideType(g)
		if g.typ == "" {
			g.dead = true
			continue
		}
		g.name = canonicalName(g) // "U.S." keeps its name; name.ID gives it the id of "United States"
	}
	d.splitDatelines()
}

// splitDatelines keeps a dateline's place apart from a club or a company
// of its name that the story is about: "LIVERPOOL, England (AP) -
// Liverpool beat Aston Villa" names the city and the club.
func (d *docState) splitDatelines() {
	for _, g := range d.groups {
		if g.into != nil || g.dead || g.typ == Place {
			continue
		}
		for i, m := range g.ments {
			if !d.sents[m.si].Dateline || m.s != 0 || len(g.ments) == 1 {
				continue
			}
			p := &group{key: g.key + "#dateline", ments: []*mention{m}, typ: Place}
			p.votes[vPlace] = 1
			m.g = p
			g.ments = slices.Delete(g.ments, i, i+1)
			p.name = canonicalName(p)
			g.name = canonicalName(g)
			d.groups = append(d.groups, p)
			break
		}
	}
}

func (d *docState) sumVotes() {
	for _, g := range d.groups {
		g.votes = tally{}
		g.male, g.female = false, false
	}
	for _, m := range d.ments {
		g := m.g.root()
		for i := range m.votes {
			g.votes[i] += m.votes[i]
		}
		switch {
		case m.sex == 'm' || maleHonorifics[m.hon]:
			g.male = true
		case m.sex == 'f' || femaleHonorifics[m.hon]:
			g.female = true
		}
		if first, _, full := strings.Cut(m.name, " "); full {
			// A given name of only one sex in the census lists.
			switch male, female := ner.GivenNameSex(first); {
			case male && !female:
				g.male = true
			case female && !male:
				g.female = true
			}
		}
	}
}

// familyNames gives a person's vote to a full name shaped like a person's
// whose last word is the surname of a person of the document: relatives
// ("Wiremu Tane" and his sister "Aroha Tane", whom the tagger read as a
// place).
func (d *docState) familyNames() {
	people := map[string]bool{}
	full := map[string]int{} // full names by their last word
	for _, g := range d.groups {
		if ws := tokensOf(g.ments[0].name); len(ws) >= 2 {
			full[nameKey(ws[len(ws)-1])]++
		}
	}
	for _, g := range d.groups {
		// A surname alone read as a person counts where two full names
		// share it, even if GeoNames knows a place of that name ("Tane's
		// sister" of "Wiremu Tane" and "Aroha Tane"; one full name's short
		// form does not make it a person's: "Typhoon Haima" and "Haima"); a
		// full name that is a known place does not count ("North Korea").
		ws := tokensOf(g.ments[0].name)
		if !g.votes.leads(vPerson) {
			continue
		}
		if len(ws) == 1 && full[nameKey(ws[0])] >= 2 || len(ws) >= 2 && !ner.KnownPlace(strings.ToLower(g.ments[0].name)) {
			people[nameKey(ws[len(ws)-1])] = true
		}
	}
	for _, g := range d.groups {
		ws := tokensOf(g.ments[0].name)
		if len(ws) < 2 || g.votes.leads(vPerson) || !people[nameKey(ws[len(ws)-1])] || !personShaped(ws) ||
			ner.KnownPlace(strings.ToLower(g.ments[0].name)) {
			continue
		}
		for _, m := range g.ments {
			m.votes[vPerson] += 1
		}
	}
}

// shareNeighbours lets names listed together ("Dartford, Kent", "WhatsApp
// and Telegram") lend each other their type: each gets the other's
// document-level vote, scaled down to at most 1 in all. A neighbour lends
// no more confidence than it has, so two unsure names do not swap types.
// finiteVerb reports the tag of a verb that can head a clause.
func finiteVerb(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
}

// officeOf reports a mention after a role and "of", past "the" and a
// place's possessive: "the mayor of Senigallia", "the chief of Belarus's
// Security Committee".
func (d *docState) officeOf(si int, m *mention) bool {
	toks := d.sents[si].Tokens
	k := m.s - 1
	if k >= 1 && possessive(toks[k].Text) {
		if p := d.mentionAt(si, k-1); p != nil {
			k = p.s - 1
		}
	}
	if k >= 0 && strings.EqualFold(toks[k].Text, "the") {
		k--
	}
	return k >= 1 && toks[k].Text == "of" && roleNouns[strings.ToLower(toks[k-1].Text)]
}

func (d *docState) shareNeighbours() {
	type share struct {
		m *mention
		v [nTypes]float64
	}
	var add []share
	norm := func(g *group) (v [nTypes]float64) {
		sum := 0.0
		for _, x := range g.votes {
			sum += x
		}
		if sum <= 0 {
			return
		}
		for i, x := range g.votes {
			v[i] = x / max(sum, 1)
		}
		return
	}
	for si, ms := range d.bySent {
		toks := d.sents[si].Tokens
		for _, a := range ms {
			if a.event || a.prefix {
				continue
			}
			for _, b := range ms {
				if b.event || b.prefix || b == a || b.s <= a.e || b.s > a.e+2 {
					continue
				}
				sep := toks[a.e].Text
				if b.s == a.e+2 && !(sep == "," && toks[a.e+1].Text == "and") {
					continue
				}
				if b.s == a.e+1 && sep != "," && sep != "and" && sep != "or" && sep != "&" {
					continue
				}
				if roleNouns[strings.ToLower(toks[a.s].Text)] || roleNouns[strings.ToLower(toks[b.s].Text)] || d.officeOf(si, a) {
					// an office and its holder: "The Director of Public
					// Prosecutions, Max Hill,", "the mayor of Senigallia,
					// Massimo Olivetti,", "the chief of Belarus's Security
					// Committee, Eduard Shirkovskiy,"
					continue
				}
				if sep == "," && b.s == a.e+1 && b.e < len(toks) && possessive(toks[b.e].Text) {
					continue // a person and where they work: "said Mary Smith, Northmoor's chairman"
				}
				if sep == "," && b.s == a.e+1 && b.e < len(toks) && finiteVerb(toks[b.e].Tag) {
					continue // a clause's subject after a phrase before it: "Born in Athens, Psacharopoulos came"
				}
				add = append(add, share{a, norm(b.g)}, share{b, norm(a.g)})
			}
		}
	}
	for _, s := range add {
		// A name the tagger is sure of takes only its own type from a
		// neighbour: "Ulf Merbold of the European Space Agency and Roger
		// Crouch of NASA", "the Governor of Texas, John Ireland".
		sure := d.fullPersonName(s.m) || s.m.votes[vPlace] >= 0.9 && ner.KnownPlace(strings.ToLower(s.m.name))
		for i := range s.v {
			if !sure || s.m.votes.leads(i) {
				s.m.votes[i] += s.v[i]
			}
		}
	}
}

// fullPersonName reports a mention the tagger reads surely as a person's
// that opens with a given name and is shaped as a person's name: a
// listed neighbour does not retype it, nor a known place's the tagger is
// sure of.
func (d *docState) fullPersonName(m *mention) bool {
	ws := slices.DeleteFunc(tokensOf(m.name), func(w string) bool {
		return utf8.RuneCountInString(text.TrimDot(w)) == 1 // a middle initial: "Dwight D. Eisenhower"
	})
	return len(ws) >= 2 && m.votes[vPerson] >= 0.9 && ner.GivenName(ws[0]) && personShaped(ws)
}

// mergeBirthNames joins "X was born Y Z" : Y Z is X's birth name.
func (d *docState) mergeBirthNames() {
	for si, ms := range d.bySent {
		toks := d.sents[si].Tokens
		for _, m := range ms {
			k := m.e
			if k+2 >= len(toks) || toks[k].Text != "was" || toks[k+1].Text != "born" {
				continue
			}
			for _, a := range ms {
				if a.s == k+2 && !a.event {
					a.birth = true
					ga, gm := a.g.root(), m.g.root()
					if ga != gm && gm.votes[vPerson] > 0 {
						ga.into = gm
						for _, x := range ga.ments {
							x.g = gm
						}
						gm.ments = append(gm.ments, ga.ments...)
						ga.ments = nil
					}
				}
			}
		}
	}
}

// decideType is the document-level vote: one type per entity.
func (d *docState) decideType(g *group) Type {
	if company, institution := orgNamed(g); company || institution {
		// "Halvorsen Foods", whose bare "Halvorsen" the tagger reads as a
		// person wherever it stands alone: no person's name ends so, nor
		// a place's in a company's word ("Gulf Star Aviation Supplies")
		g.votes[vOrg] += g.votes[vPerson]
		g.votes[vPerson] = 0
		if company {
			g.votes[vOrg] += g.votes[vPlace]
			g.votes[vPlace] = 0
		}
	}
	best, bv := -1, 0.0
	for i, v := range g.votes {
		if v > bv {
			best, bv = i, v
		}
	}
	if best < 0 || bv < 0.05 {
		return ""
	}
	return voteTypes[best]
}

// orgNamed reports whether one of a group's names ends in a word of an
// industry or a legal form after a capitalised word and is no known place
// (company: "Halvorsen Foods", "Dean Porter Inc"), or in the head of an institution's name
// after a word that is no given name (institution: "Danish Dementia
// Research Centre", not "Margaret Court").
func orgNamed(g *group) (company, institution bool) {
	for _, m := range g.ments {
		ws := tokensOf(m.name)
		n := len(ws)
		if n < 2 || !text.IsCapWord(ws[n-2]) {
			continue
		}
		l := strings.ToLower(ws[n-1])
		// A bank is a place too: "the West Bank".
		company = company || (industryWords[l] && l != "bank" || legalForm(ws[n-1])) && !ner.KnownPlace(strings.ToLower(m.name))
		institution = institution || institutionHeads[l] && !ner.GivenName(ws[n-2])
	}
	return company, institution
}

// personCue reports a mention the context says is a person's.
func personCue(m *mention) bool { return m.cue || m.hon != "" || len(m.roles) > 0 || m.sex != 0 }

func tokensOf(name string) []string { return strings.Fields(name) }

// mergeAcronyms joins "FA" to "Football Association" when both are in the
// document and the letters match the capitalised words.
func (d *docState) mergeAcronyms() {
	long := map[string]*group{}
	for _, g := range d.groups {
		ws := tokensOf(g.ments[0].name)
		if len(ws) < 2 {
			continue
		}
		var b strings.Builder
		for _, w := range ws {
			if text.IsCapWord(w) {
				r, _ := utf8.DecodeRuneInString(w)
				b.WriteRune(unicode.ToUpper(r))
			}
		}
		if b.Len() >= 2 {
			long[b.String()] = g
		}
		if _, country := name.Country(ws[0]); len(ws) > 2 && text.IsAllCaps(ws[0]) && country && b.Len() > 3 {
			// "FDA" for "US Food and Drug Administration"
			if _, ok := long[b.String()[1:]]; !ok {
				long[b.String()[1:]] = g
			}
		}
	}
	for _, g := range d.groups {
		n := g.ments[0].name
		if g.into != nil || !text.IsAllCaps(n) || strings.Contains(n, " ") {
			continue
		}
		if l := long[strings.ReplaceAll(n, ".", "")]; l != nil && l != g {
			g.into = l.root()
		}
	}
}

// mergeParenAliases joins a name in brackets to the organisation just
// before it: "General Elections Commission (KPU)", "the Election
// Supervisory Agency (Bawaslu)", whether or not the letters match.
func (d *docState) mergeParenAliases() {
	for si, ms := range d.bySent {
		toks := d.sents[si].Tokens
		if d.sents[si].Dateline {
			continue // "SALT LAKE CITY (Reuters)": a place and the agency
		}
		for _, m := range ms {
			if m.event || m.e-m.s < 2 || m.e+2 >= len(toks) || toks[m.e].Text != "(" {
				continue
			}
			a := d.mentionStarting(si, m.e+1)
			if a == nil || a.e-a.s != 1 || a.e >= len(toks) || toks[a.e].Text != ")" {
				continue
			}
			gm, ga := m.g.root(), a.g.root()
			if gm == ga {
				continue
			}
			last := strings.ToLower(toks[m.e-1].Text)
			v := gm.votes
			if !(orgHeadWord(last) || orgTails[last] || v[vOrg] > max(v[vPerson], v[vPlace])) {
				continue
			}
			ga.into = gm
		}
	}
}

// mergeOrgPrefix joins a name followed by a lower-case organisation word
// ("the Max Planck institute") to the one organisation of the document
// named by both ("Max Planck Institute for Astronomy").
func (d *docState) mergeOrgPrefix() {
	// The groups by key, so that the groups a prefix starts are one range
	// found by binary search instead of a pass over every group.
	byKey := slices.Clone(d.groups)
	slices.SortStableFunc(byKey, func(a, b *group) int { return strings.Compare(a.key, b.key) })
	for si, ms := range d.bySent {
		toks := d.sents[si].Tokens
		for _, m := range ms {
			if m.event || m.e >= len(toks) {
				continue
			}
			h := toks[m.e].Text
			if !orgHeads[h] || text.IsCapWord(h) {
				continue
			}
			prefix := nameKey(m.name + " " + h)
			var hit *group
			n := 0
			i, _ := slices.BinarySearchFunc(byKey, prefix, func(g *group, p string) int { return strings.Compare(g.key, p) })
			for _, g := range byKey[i:] {
				if !strings.HasPrefix(g.key, prefix) {
					break
				}
				if g.into == nil && g != m.g {
					hit = g
					n++
				}
			}
			if n == 1 && m.g.into == nil {
				m.g.into = hit
			}
		}
	}
}

// orgSuffixWords may follow a short name in its long form: "Labour" and
// "Labour Party", "Amnesty" and "Amnesty International".
var orgSuffixWords = lexicon.Set("orgSuffixWords")

// industryWords end company names whose first word is used alone:
// "Vantric Semiconductor" and "Vantric".
var industryWords = lexicon.Set("industryWords")

// A one-word name also joins the one organisation whose name begins with
// it ("Northwind" and "Northwind Foods") unless the word reads as a place
// or a person by itself ("London" stays apart from "London Bridge").
func (d *docState) mergeOrgSuffix() {
	byFirst := map[string]*group{}
	orgFirst := map[string][]*group{}
	industryFirst := map[string]*group{}
	legalFirst := map[string][]*group{}
	for _, g := range d.groups {
		ws := tokensOf(g.ments[0].name)
		if len(ws) < 2 {
			continue
		}
		ok := true
		for _, w := range ws[1:] {
			if !orgSuffixWords[strings.ToLower(w)] {
				ok = false
			}
		}
		first := nameKey(ws[0]) // as the short form's key has it: "Société" is "societe"
		if ok {
			byFirst[first] = g
		}
		ind := len(ws) == 2
		for _, w := range ws[1:] {
			if !industryWords[strings.ToLower(w)] {
				ind = false
			}
		}
		if company, _ := orgNamed(g); ind && text.IsCapWord(ws[0]) && (g.votes[vOrg] > 0 || company) {
			industryFirst[first] = g
		}
		if core := name.Core(g.ments[0].name); len(core) >= 2 && len(core) < len(name.Words(g.ments[0].name)) && text.IsCapWord(ws[0]) {
			legalFirst[first] = append(legalFirst[first], g) // "Nordvik Hushåll AB": "Nordvik" alone
		}
		if g.votes.leads(vOrg) && text.IsCapWord(ws[0]) && !strings.EqualFold(ws[0], "the") {
			orgFirst[first] = append(orgFirst[first], g)
		}
	}
	d.mergeLegalForms()
	surnames := d.personSurnames()
	for _, g := range d.groups {
		if g.into != nil || strings.Contains(g.key, " ") || surnames[g.key] {
			continue // "Ellis" of "Chad Ellis" is the man, not "Ellis Energy"
		}
		if l := industryFirst[g.key]; l != nil && l != g && !d.properWord(g.key) {
			// "Vantric" and "Vantric Semiconductor", unless the word is a
			// known name of its own ("Texas" and "Texas Energy").
			g.into = l.root()
			continue
		}
		if ls := legalFirst[g.key]; len(ls) == 1 && ls[0] != g && !d.properWord(g.key) && !ner.KnownPlace(g.key) {
			// "Nordvik" and "Nordvik Hushåll AB", whatever the tagger
			// read the short name: a company's legal name has it first.
			for _, m := range g.ments {
				m.votes[vOrg] += m.votes[vPerson]
				m.votes[vPerson] = 0
			}
			g.into = ls[0].root()
			continue
		}
		if l := byFirst[g.key]; l != nil && l != g {
			g.into = l.root()
			continue
		}
		if ls := orgFirst[g.key]; len(ls) == 1 && ls[0] != g {
			if n := g.ments[0].name; strings.Contains(n, ".") || text.IsAllCaps(n) {
				continue // "U.S." is not short for "U.S. Attorney's Office", nor "NHS" for "NHS England"
			}
			v := g.votes
			if v[vPlace] < v[vOrg]+1 && v[vPerson] < 1 && v[vEvent] < 1 && !((v[vPlace] > v[vOrg] || ner.PlaceName(g.key)) && d.placeMention(g)) {
				g.into = ls[0].root()
			}
		}
	}
}

// firstMention is the first mention of group g in the text.
func firstMention(g *group) *mention {
	var f *mention
	for _, m := range g.ments {
		if f == nil || f.after(m) {
			f = m
		}
	}
	return f
}

// after reports whether mention m stands after mention o in the text.
func (m *mention) after(o *mention) bool {
	return m.si > o.si || m.si == o.si && m.s > o.s
}

// kinOnly reports a group whose mentions are all relatives named by a
// given name (kinNames).
func kinOnly(g *group) bool {
	return !slices.ContainsFunc(g.ments, func(m *mention) bool { return !m.kin })
}

// personSurnames returns the keys of the last words of the names of two
// words or more read as people's.
func (d *docState) personSurnames() map[string]bool {
	out := map[string]bool{}
	for _, g := range d.groups {
		if g.into != nil || len(g.ments) == 0 || !g.votes.leads(vPerson) {
			continue
		}
		if ws := strings.Fields(g.key); len(ws) >= 2 {
			out[ws[len(ws)-1]] = true
		}
	}
	return out
}

// mergeLegalForms joins a name of two words or more to the one
// organisation named by it and a legal form ("Northbridge Energy" to
// "Northbridge Energy Ltd"), whatever the tagger made of the short name:
// a legal form names a company, and so does the rest of its name.
func (d *docState) mergeLegalForms() {
	byCore := map[string][]*group{}
	for _, g := range d.groups {
		if g.into != nil || len(g.ments) == 0 {
			continue
		}
		n := g.ments[0].name
		if core := strings.Join(name.Core(n), " "); core != strings.Join(name.Words(n), " ") && strings.Contains(core, " ") {
			byCore[core] = append(byCore[core], g)
		}
	}
	for _, g := range d.groups {
		if g.into != nil || len(g.ments) == 0 {
			continue
		}
		if ls := byCore[strings.Join(name.Words(g.ments[0].name), " ")]; len(ls) == 1 && ls[0].root() != g.root() {
			for _, m := range g.ments {
				m.votes[vOrg] += m.votes[vPerson] + m.votes[vPlace] // what the tagger read a person is the company
				m.votes[vPerson], m.votes[vPlace] = 0, 0
			}
			g.into = ls[0].root()
		}
	}
}

// mergeClubNames joins an organisation's name to the one organisation of
// the document named by a place and then that name, as clubs and teams
// are: "the Yankees" to "New York Yankees", "Red Sox" to "Boston Red
// Sox". The place must be one of the gazetteer's; a name that two such
// names end with ("Rangers": "Texas Rangers", "Glasgow Rangers") joins
// neither.
func (d *docState) mergeClubNames() {
	byTail := map[string][]*group{}
	for _, g := range d.groups {
		if g.into != nil || len(g.ments) == 0 || !g.votes.leads(vOrg) {
			continue
		}
		ws := tokensOf(g.ments[0].name)
		for k := len(ws) - 1; k >= 1; k-- {
			if ner.KnownPlace(strings.ToLower(strings.Join(ws[:k], " "))) {
				tail := nameKey(strings.Join(ws[k:], " "))
				byTail[tail] = append(byTail[tail], g)
				break
			}
		}
	}
	for _, g := range d.groups {
		if g.into != nil || len(g.ments) == 0 || !g.votes.leads(vOrg) {
			continue
		}
		if ls := byTail[g.key]; len(ls) == 1 && ls[0] != g && ls[0].root() != g.root() {
			g.into = ls[0].root()
		}
	}
}

// mergeInitials joins a person's name written with an initial to the one
// name of the document with that initial, the same other words and a
// full first name ("J. Smith 64" in a score table to "John Smith"); a name
// that two such names fit joins neither. Names that differ by a middle
// name stay apart: "George Bush" and "his son George W. Bush".
func (d *docState) mergeInitials() {
	byKey := map[string][]*group{} // first initial and the other words -> names with a full first name
	key := func(ws []string) string {
		r, _ := utf8.DecodeRuneInString(ws[0])
		return string(r) + " " + strings.Join(ws[1:], " ")
	}
	var initialled []*group
	for _, g := range d.groups {
		if g.into != nil || len(g.ments) == 0 || g.votes.leads(vOrg) {
			continue
		}
		ws := name.Words(g.ments[0].name)
		switch {
		case len(ws) < 2:
		case utf8.RuneCountInString(ws[0]) == 1:
			initialled = append(initialled, g)
		case g.votes[vPerson] > max(g.votes[vPlace], g.votes[vEvent]):
			byKey[key(ws)] = append(byKey[key(ws)], g)
		}
	}
	for _, g := range initialled {
		if ls := byKey[key(name.Words(g.ments[0].name))]; len(ls) == 1 && ls[0].root() != g.root() {
			g.into = ls[0].root()
		}
	}
}

// mergeSurnameParts joins a person's name of two words or more to the
// one longer person's name of the document that ends in those words: a
// surname of several words, with a particle or double ("Al Suwaidi" of
// "Fatima Al Suwaidi", "García Márquez" of "Gabriel García Márquez").
// mergeSurnames takes the surnames of one word.
func (d *docState) mergeSurnameParts() {
	byEnd := map[string][]*group{}
	for _, g := range d.groups {
		if g.into != nil || len(g.ments) == 0 || !g.votes.leads(vPerson) {
			continue
		}
		ws := strings.Fields(nameKey(g.ments[0].name))
		for k := 1; k < len(ws)-1; k++ {
			key := strings.Join(ws[k:], " ")
			if l := byEnd[key]; len(l) == 0 || l[len(l)-1] != g {
				byEnd[key] = append(l, g)
			}
		}
	}
	for _, g := range d.groups {
		if g.into != nil || !strings.Contains(g.key, " ") || !g.votes.leads(vPerson) {
			continue
		}
		if ls := byEnd[g.key]; len(ls) == 1 && ls[0].root() != g.root() {
			g.into = ls[0].root()
		}
	}
}

// mergeSurnames joins "Rudd" and "Ms Rudd" to "Amber Rudd". When several
// people of the document share the surname, a short mention joins the one
// whose sex its honorific allows, and otherwise the first of them named in
// full before it, whom the story is about (a relative or a victim named
// after stays apart); before any full mention it stays unresolved.
func (d *docState) mergeSurnames() {
	type full struct {
		g           *group
		first, last string
		weak        bool // not typed as a person, but shaped like a person's name
	}
	var fulls []full
	for _, g := range d.groups {
		if len(g.ments) == 0 {
			continue
		}
		ws := tokensOf(g.ments[0].name)
		if len(ws) < 2 {
			continue
		}
		weak := !g.votes.leads(vPerson)
		if weak && !personShaped(ws) {
			continue
		}
		// Words as the short names' keys have them (nameKey): "Muñoz" alone
		// is the "munoz" of "Raquel Muñoz".
		last := nameKey(ws[len(ws)-1])
		if familyFirst(ws) {
			last = nameKey(ws[0]) // "Park" alone is Park Min-seo
		}
		fulls = append(fulls, full{g, nameKey(ws[0]), last, weak})
	}
	// fulls by their first, last and middle words, in fulls order, so
	// that a document of many names is not read once per surname.
	byFirstWord, byLastWord, byMiddleWord := map[string][]int{}, map[string][]int{}, map[string][]int{}
	for i, f := range fulls {
		byFirstWord[f.first] = append(byFirstWord[f.first], i)
		byLastWord[f.last] = append(byLastWord[f.last], i)
		ws := strings.Fields(nameKey(f.g.ments[0].name))
		for _, w := range ws[1:max(len(ws)-1, 1)] {
			if l := byMiddleWord[w]; len(l) == 0 || l[len(l)-1] != i {
				byMiddleWord[w] = append(l, i)
			}
		}
	}
	nicks := map[string][]*group{}
	for _, g := range d.groups {
		for _, m := range g.ments {
			if m.nick != "" {
				nicks[nameKey(m.nick)] = append(nicks[nameKey(m.nick)], g)
				break
			}
		}
	}
	for _, g := range d.groups {
		if g.into != nil || strings.Contains(g.key, " ") {
			continue
		}
		key, _, _ := strings.Cut(g.key, "#")
		hon := false
		for _, m := range g.ments {
			if m.hon != "" {
				hon = true
			}
		}
		if ns := nicks[key]; len(ns) == 1 && ns[0] != g {
			g.into = ns[0]
			continue
		}
		// A word the document clearly uses as a place or an
		// organisation (twice the tagger's full confidence) is not a
		// surname: "Indonesia" is not the last word of the person
		// "Indikator Politik Indonesia" (a mistyped organisation). One
		// unsure reading is not enough: the tagger often takes a lone
		// surname ("Wainwright") for a place.
		v := g.votes
		if !hon && max(v[vPlace], v[vOrg]) >= 2 && max(v[vPlace], v[vOrg]) > v[vPerson] {
			continue
		}
		if !hon && d.onlyAfterPlaceWord(g) {
			continue // "King Abdullah of Jordan": a place, not Michael Jordan
		}
		// "Sir John" and "Dame Judi" use the first name.
		byFirst := false
		for _, m := range g.ments {
			if m.hon == "sir" || m.hon == "dame" {
				byFirst = true
			}
		}
		// A name the model did not read as a person's ("Ingmar Bergman")
		// still is one when the text later uses its last word alone as a
		// person: "Bergman's film".
		personal := hon || v.leads(vPerson)
		var cands []*group
		named := byLastWord[key]
		if byFirst {
			named = slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(named), byFirstWord[key]...))))
		}
		for _, i := range named {
			f := fulls[i]
			if f.weak && !personal {
				continue
			}
			if (f.last == key || byFirst && f.first == key) && f.g != g {
				fg := f.g.root()
				if (g.male && fg.female && !fg.male) || (g.female && fg.male && !fg.female) {
					continue
				}
				cands = append(cands, fg)
			}
		}
		if len(cands) == 0 {
			// Only a first name: "Ratna said", "Pak Agus" (usual for
			// one-name cultures and in quotes) when one person of the
			// document has it and nobody has it as a surname, and the
			// word is read as a person's ("a win over Jordan" is the
			// country, not Jordan Henderson).
			for _, i := range byFirstWord[key] {
				if f := fulls[i]; personal && f.first == key && f.g != g && !f.weak && !strings.Contains(f.last, ".") {
					cands = append(cands, f.g.root())
				}
			}
			if len(cands) == 0 {
				// A middle name: "Lula" of "Luiz Inácio Lula da Silva".
				for _, i := range byMiddleWord[key] {
					f := fulls[i]
					ws := strings.Fields(nameKey(f.g.ments[0].name))
					if len(ws) >= 3 && !f.weak && f.g != g && slices.Contains(ws[1:len(ws)-1], key) && personShaped(strings.Fields(f.g.ments[0].name)[:min(len(ws), 3)]) {
						cands = append(cands, f.g.root())
					}
				}
			}
			if len(cands) != 1 {
				continue
			}
		}
		if len(cands) > 1 {
			// No one the story names only after the short name: "Mr
			// Adeyemi" before "his brother, Michael Adeyemi" is the man
			// named before.
			first := firstMention(g)
			if before := slices.DeleteFunc(slices.Clone(cands), func(c *group) bool { return firstMention(c).after(first) }); len(before) > 0 {
				cands = before
			}
		}
		if len(cands) > 1 && (g.male || g.female) {
			// Prefer the people known to be of the honorific's sex.
			var same []*group
			for _, c := range cands {
				if g.male && c.male || g.female && c.female {
					same = append(same, c)
				}
			}
			if len(same) > 0 {
				cands = same
			}
		}
		if len(cands) > 1 {
			// A relative the text named by a given name ("his wife
			// Melissa") takes no bare surname from a person named in full.
			if full := slices.DeleteFunc(slices.Clone(cands), kinOnly); len(full) > 0 {
				cands = full
			}
		}
		if len(cands) == 1 {
			g.into = cands[0]
			for _, m := range g.ments {
				if personal {
					m.votes[vPerson] += 1.5 // the surname alone names a person
				} else {
					// A surname the tagger took for a place, of a person
					// named in full ("Montenegro" of "Luís Montenegro"):
					// the person's, not a vote against the full name.
					m.votes[vPerson] += m.votes[vPlace] + m.votes[vOrg]
					m.votes[vPlace], m.votes[vOrg] = 0, 0
				}
			}
			continue
		}
		// Ambiguous: each mention goes to the first of them named in full
		// before it, the one the story is about ("Rajesh Malhotra had
		// denied killing Anjali Malhotra ... Malhotra wept").
		for _, m := range g.ments {
			var best *group
			bestPos := -1
			for _, c := range cands {
				for _, cm := range c.ments {
					pos := cm.si*10000 + cm.s
					if pos <= m.si*10000+m.s && (best == nil || pos < bestPos) {
						best, bestPos = c, pos
					}
				}
			}
			if best != nil {
				m.g = best
				best.ments = append(best.ments, m)
			}
		}
		var rest []*mention
		for _, m := range g.ments {
			if m.g == g {
				rest = append(rest, m)
			}
		}
		g.ments = rest
		if len(rest) == 0 {
			g.dead = true
			g.into = cands[0]
		}
	}
	// Move the mentions of merged groups to their roots.
	for _, g := range d.groups {
		if g.into == nil {
			continue
		}
		r := g.root()
		for _, m := range g.ments {
			m.g = r
		}
		r.ments = append(r.ments, g.ments...)
		g.ments = nil
	}
}

// personShaped reports names of two or three capitalised words, none of
// them a head word of organisations, places or events: "Ingmar Bergman".
func personShaped(ws []string) bool {
	if len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		l := strings.ToLower(w)
		if !text.IsCapWord(w) || text.IsAllCaps(w) || orgHeadWord(l) || placeHeads[l] || eventNamesCap[l] || orgTails[l] || stopCaps[l] || workHeads[l] {
			return false
		}
	}
	return true
}

// workHeads end the names of programmes and works named after people:
// "Andrew Marr Show".
var workHeads = lexicon.Set("workHeads")

// canonicalName picks the fullest form: most words, then most frequent,
// then not shouted in capitals.
func canonicalName(g *group) string {
	count := map[string]int{}
	for _, m := range g.ments {
		if !m.birth {
			count[m.name]++
		}
	}
	if len(count) == 0 {
		for _, m := range g.ments {
			count[m.name]++
		}
	}
	names := make([]string, 0, len(count))
	for n := range count {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := names[i], names[j]
		wa, wb := len(tokensOf(a)), len(tokensOf(b))
		if g.typ == Person || g.typ == Event {
			if wa != wb {
				return wa > wb
			}
			if ia, ib := initialFirst(a), initialFirst(b); ia != ib {
				return ib // "John Smith" rather than "J. Smith"
			}
		}
		// "Valen" rather than the dateline's "VALEN", "WhatsApp" rather
		// than "WHATSAPP"; a short acronym stays as it is written.
		shout := func(x string) bool {
			if !text.IsAllCaps(x) {
				return false
			}
			if len(x) > 5 {
				return true
			}
			for _, y := range names {
				if y != x && strings.EqualFold(x, y) {
					return true
				}
			}
			return false
		}
		ca, cb := shout(a), shout(b)
		if ca != cb {
			return cb
		}
		if wa != wb {
			return wa > wb
		}
		if count[a] != count[b] {
			return count[a] > count[b]
		}
		return a < b
	})
	if n := names[0]; text.IsAllCaps(n) && (len(n) > 5 || g.typ == Place && len(n) > 3) && !strings.Contains(n, ".") {
		return titleWords(n) // "SALT LAKE CITY", "OSLO" of a dateline, written nowhere else
	}
	return names[0]
}

// initialFirst reports a name whose first word is an initial ("J. Smith").
func initialFirst(s string) bool {
	first, _, _ := strings.Cut(s, " ")
	return utf8.RuneCountInString(strings.TrimSuffix(first, ".")) == 1
}

// titleWords writes each word of an all-capitals name with a capital and
// lower-case letters after it.
func titleWords(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(r) + strings.ToLower(w[n:])
	}
	return strings.Join(words, " ")
}

// entities builds the output entities, sorted by ID.
func (d *docState) entities() []Entity {
	byID := map[string]*Entity{}
	for _, g := range d.groups {
		if g.into != nil || g.dead || len(g.ments) == 0 {
			continue
		}
		id := ID(g.typ, g.name)
		e := byID[id]
		if e == nil {
			e = &Entity{ID: id, Name: g.name, Type: g.typ, Aliases: []string{}}
			byID[id] = e
		}
		for _, m := range g.ments {
			st, en := -1, -1
			sent := &d.sents[m.si]
			if !sent.Title {
				st, en = sent.Tokens[m.s].Start, sent.Tokens[m.e-1].End
				if m.fullStop {
					en-- // the sentence's full stop, which the name leaves out
				}
			}
			text := m.name
			if st >= 0 {
				text = sent.Src[st:en]
			}
			e.Mentions = append(e.Mentions, Mention{Text: text, Start: st, End: en, Sentence: m.si})
			if m.name != g.name && !slices.Contains(e.Aliases, m.name) {
				e.Aliases = append(e.Aliases, m.name)
				if e.MergedBy == nil {
					e.MergedBy = map[string]string{}
				}
				e.MergedBy[m.name] = mergedBy(m.name, g.name)
			}
			for _, r := range m.roles {
				e.Roles = appendUnique(e.Roles, r)
			}
		}
	}
	out := make([]Entity, 0, len(byID))
	for _, e := range byID {
		sort.Slice(e.Mentions, func(i, j int) bool {
			a, b := e.Mentions[i], e.Mentions[j]
			if a.Sentence != b.Sentence {
				return a.Sentence < b.Sentence
			}
			return a.Start < b.Start
		})
		sort.Strings(e.Aliases)
		out = append(out, *e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// mergedBy says why alias was folded into the entity named canonical.
func mergedBy(alias, canonical string) string {
	if k := name.Compare(alias, canonical); k != name.None {
		return k.String()
	}
	return "in-text"
}

// entityID is the output id of a mention's entity, "" if it was dropped.
func (m *mention) entityID() string {
	g := m.g.root()
	if g.dead || g.typ == "" {
		return ""
	}
	return ID(g.typ, g.name)
}

// placeMention reports a group named somewhere right after "in", "near"
// or "across": "hospitals in Leeds", which keeps the town apart from an
// organisation named after it.
func (d *docState) placeMention(g *group) bool {
	for _, m := range g.ments {
		toks := d.sents[m.si].Tokens
		if m.s > 0 {
			p := toks[m.s-1].Text
			if p == "in" || p == "near" || p == "across" || p == "outside" {
				return true
			}
		}
	}
	return false
}

// onlyAfterPlaceWord reports a group each of whose mentions follows "of",
// "in", "from", "near" or "across", as places do and surnames seldom do.
func (d *docState) onlyAfterPlaceWord(g *group) bool {
	for _, m := range g.ments {
		if m.s == 0 {
			return false
		}
		switch d.sents[m.si].Tokens[m.s-1].Text {
		case "of", "in", "from", "near", "across":
		default:
			return false
		}
	}
	return len(g.ments) > 0
}

// mergeCountryAliases joins the short and long forms of a country's name
// used in one document ("America" and "the United States").
func (d *docState) mergeCountryAliases() {
	first := map[string]*group{}
	for _, g := range d.groups {
		if g.into != nil {
			continue
		}
		c, ok := name.Country(g.key)
		if !ok {
			continue
		}
		if f := first[c]; f != nil && f.root() != g {
			r := f.root()
			g.into = r
			for _, x := range g.ments {
				x.g = r
			}
			r.ments = append(r.ments, g.ments...)
			g.ments = nil
			continue
		}
		first[c] = g
	}
}

// mergeShortForms joins three more kinds of short form to the entity they
// stand for: a name alone and the same name with an event noun ("COP29"
// and "the COP29 summit"), a family name written first, as in Korean
// and Chinese names whose given name has a hyphen ("Park" and "Park
// Ji-won"), and a company's name of two words or more without the word
// of its industry ("Maple Creek" and "Maple Creek Dairy"), unless the
// text says it is a person's (an honorific, a role: "Ralph Lauren, the
// founder" and "Ralph Lauren Corp") or it is a place's.
func (d *docState) mergeShortForms() {
	byKey := map[string]*group{}
	first := map[string][]*group{}
	longer := map[string][]*group{} // a company's name without its last word
	for _, g := range d.groups {
		if g.into != nil || len(g.ments) == 0 {
			continue
		}
		byKey[g.key] = g
		ws := tokensOf(g.ments[0].name)
		if n := len(ws); n >= 3 && g.votes.leads(vOrg) && (industryWords[strings.ToLower(ws[n-1])] || orgSuffixWords[strings.ToLower(ws[n-1])]) {
			k := nameKey(strings.Join(ws[:n-1], " "))
			longer[k] = append(longer[k], g)
		}
		if len(ws) == 2 && text.IsCapWord(ws[0]) {
			if h := strings.IndexByte(ws[1], '-'); h > 0 && h+1 < len(ws[1]) && text.IsCapWord(ws[1]) && !text.IsCapWord(ws[1][h+1:]) {
				first[nameKey(ws[0])] = append(first[nameKey(ws[0])], g)
			}
		}
	}
	join := func(g, into *group) {
		if g == into || g.root() == into.root() {
			return
		}
		g.into = into.root()
	}
	for _, g := range d.groups {
		if g.into != nil || len(g.ments) == 0 {
			continue
		}
		ws := strings.Fields(g.key)
		if n := len(ws); n >= 2 && g.ments[0].event && eventNamesCap[ws[n-1]] && !text.IsCapWord(tokensOf(g.ments[0].name)[n-1]) {
			// Named gatherings only: "the Westminster attack" happened at
			// Westminster, the place.
			if short := byKey[strings.Join(ws[:n-1], " ")]; short != nil && short.into == nil && short.votes[vPlace] < 1 && short.votes[vPlace] <= short.votes[vOrg]+short.votes[vEvent] {
				join(short, g) // "COP29" into "COP29 summit"
			}
		}
		if len(ws) == 1 {
			if ps := first[ws[0]]; len(ps) == 1 && ps[0].votes[vPerson] > 0 {
				join(g, ps[0]) // "Park" into "Park Ji-won"
			}
		}
		if l := longer[g.key]; len(ws) >= 2 && len(l) == 1 && !slices.ContainsFunc(g.ments, personCue) && !ner.PlaceName(g.ments[0].name) {
			join(g, l[0]) // "Maple Creek" into "Maple Creek Dairy"
		}
	}
}

// properWord reports words the tagger's lexicon knows as proper nouns.
func (d *docState) properWord(lower string) bool {
	tg, _ := d.x.pos.Usual(lower)
	return tg == "NNP" || tg == "NNPS"
}

// partyAfter is relation.PartyAfter over the words from token e:
// "the Morena party", "the Karya movement".
func partyAfter(toks []text.Token, e int) bool {
	rt := make([]relation.Token, 0, 8)
	for _, t := range toks[e:min(e+8, len(toks))] {
		rt = append(rt, relation.Token{Text: t.Text, Tag: t.Tag})
	}
	return relation.PartyAfter(rt, 0)
}

// victimAt reports a name at tokens [s, e) that is the victim of a
// killing: after a killing's noun and "of" ("the assassination of
// Lincoln"), or before "was" or "were" and a killing's verb ("Atahualpa,
// was murdered").
func victimAt(toks []text.Token, s, e int) bool {
	if s >= 2 && toks[s-1].Text == "of" && killNouns[strings.ToLower(toks[s-2].Text)] {
		return true
	}
	if e < len(toks) && toks[e].Text == "," {
		e++
	}
	return e+1 < len(toks) && (toks[e].Text == "was" || toks[e].Text == "were") && killVerbs[toks[e+1].Text]
}

// bodyOrPlace reports title words or nationalities that together name a
// body, ending in an organisation's head ("Socialist International"), or
// a known place ("Queens", not a plural of "queen" there).
func bodyOrPlace(ws []text.Token) bool {
	words := make([]string, len(ws))
	for i, t := range ws {
		words[i] = strings.ToLower(t.Text)
	}
	return len(ws) >= 2 && orgHeadWord(words[len(words)-1]) || ner.KnownPlace(strings.Join(words, " "))
}
