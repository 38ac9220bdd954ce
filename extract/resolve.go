package extract

import (
	"github.com/ergraph/ergraph/extract/name"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Type indexes for evidence votes.
const (
	vPerson = iota
	vOrg
	vPlace
	vEvent
	nTypes
)

var voteTypes = [nTypes]Type{Person, Organization, Place, Event}

// mention is one candidate name in one sentence: tokens [s, e).
type mention struct {
	si, s, e int
	name     string
	votes    [nTypes]float64
	hon      string   // honorific before the name, lower case ("mrs")
	roles    []string // titles seen with the name
	event    bool
	sex      byte   // 'm' or 'f' when an honorific or a noun like "wife" says
	cue      bool   // the context says it is a person: honorific, role, age
	prefix   bool   // the organisation or place of a title: "FA" in "FA chairman X"
	birth    bool   // a birth name: "X was born Y"
	nick     string // a nickname inside the name, as in Quentin "Q-Star" Ellis
	g        *group
}

// group is one entity of the document: mentions folded together.
type group struct {
	key          string
	ments        []*mention
	votes        [nTypes]float64
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
	x        *Extractor
	sents    []sentence
	worthy   [][]bool // token may be part of a name
	spans    [][]Span
	ments    []*mention
	bySent   [][]*mention
	links    []titleLink
	groups   []*group
	events   []*eventRef
	rels     map[relKey]*Relation
	docCaps  map[string]bool
	docAcr   map[string]bool // words written in capitals inside ordinary sentences ("NASA")
	docWords map[string]bool // every word capitalised inside a sentence

	creditStart, creditEnd int // byte range of a wire credit's "(Agency)" in the text, if any
}

func (d *docState) run() {
	d.tagEntities()
	d.findNames()
	d.findEvents()
	d.resolve()
	d.findRelations()
}

// tagEntities runs the entity tagger on every sentence.
func (d *docState) tagEntities() {
	d.spans = make([][]Span, len(d.sents))
	var buf []Token
	for i := range d.sents {
		buf = buf[:0]
		for _, t := range d.sents[i].toks {
			buf = append(buf, Token{Text: t.text, Tag: t.tag})
		}
		d.spans[i] = d.x.ner.Spans(buf)
	}
}

func isCapWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		return true
	}
	// "iPhone", "eBay"
	if unicode.IsLower(r) && len(s) > 2 {
		r2, _ := utf8.DecodeRuneInString(s[1:])
		return unicode.IsUpper(r2)
	}
	return false
}

func isAllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 0
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// commonWord reports whether the lower-case word is an ordinary English
// word by the POS tagger's own lexicon: its word feature prefers a tag
// other than a proper noun.
func (d *docState) commonWord(lower string) bool {
	t := d.x.pos
	if tg, ok := t.tagMap[lower]; ok {
		return tg != "NNP" && tg != "NNPS"
	}
	ws, ok := t.weights["i word "+lower]
	if !ok {
		return roleNouns[lower] || titleModifiers[lower]
	}
	best, bw := int32(-1), float32(0)
	for _, cw := range ws {
		if best < 0 || cw.w > bw {
			best, bw = cw.class, cw.w
		}
	}
	if best < 0 || bw <= 0 {
		return roleNouns[lower] || titleModifiers[lower]
	}
	c := t.classes[best]
	return c != "NNP" && c != "NNPS"
}

// titleCase reports headline-style sentences where every word is
// capitalised, common words too, so capitals say nothing about names.
func (d *docState) titleCase(toks []tok) bool {
	caps, commons := 0, 0
	for i, t := range toks {
		if !hasLetter(t.text) || len(t.text) < 4 {
			continue
		}
		if !isCapWord(t.text) {
			if !headlineLower[t.text] {
				return false // a lower-case content word: ordinary text
			}
			continue
		}
		caps++
		if i > 0 && !isAllCaps(t.text) && d.commonWord(strings.ToLower(t.text)) {
			commons++
		}
	}
	return caps >= 3 && commons >= 2
}

// headlineLower are the words headline style leaves in lower case.
var headlineLower = set(`with from into over about after than that this upon onto amid
	against without before under between near`)

func covered(spans []Span, i int) bool {
	for _, sp := range spans {
		if i >= sp.Start && i < sp.End {
			return true
		}
	}
	return false
}

func trimDot(s string) string { return strings.TrimSuffix(s, ".") }

// sentenceInitial reports whether only punctuation precedes token i.
func sentenceInitial(toks []tok, i int) bool {
	for k := 0; k < i; k++ {
		if hasLetter(toks[k].text) || allDigits(toks[k].text) {
			return false
		}
	}
	return true
}

// markWorthy decides which tokens may be part of a name.
func (d *docState) markWorthy() {
	// Words capitalised inside sentences anywhere in the document are
	// names wherever they stand, even first in a sentence.
	d.docCaps = map[string]bool{}
	d.docAcr = map[string]bool{}
	d.docWords = map[string]bool{}
	for si := range d.sents {
		toks := d.sents[si].toks
		if d.titleCase(toks) || shouted(toks) {
			continue
		}
		for i, t := range toks {
			if isAllCaps(t.text) && hasLetter(t.text) {
				d.docAcr[t.text] = true
			}
			if i == 0 || sentenceInitial(toks, i) || !isCapWord(t.text) || (isAllCaps(t.text) && len(t.text) > 3) {
				continue
			}
			l := strings.ToLower(t.text)
			d.docWords[l] = true
			if d.commonWord(l) && (isCapWord(toks[i-1].text) || i+1 < len(toks) && isCapWord(toks[i+1].text)) {
				continue // "Human Rights" does not make "Rights" a name
			}
			if !stopCaps[l] && !timeWords[l] && !isDemonym(l) {
				d.docCaps[l] = true
			}
		}
	}
	d.worthy = make([][]bool, len(d.sents))
	for si := range d.sents {
		toks := d.sents[si].toks
		tc := d.titleCase(toks)
		w := make([]bool, len(toks))
		for i, t := range toks {
			w[i] = d.tokenWorthy(toks, i, tc, d.spans[si], w)
			_ = t
		}
		d.worthy[si] = w
	}
}

func (d *docState) tokenWorthy(toks []tok, i int, tc bool, spans []Span, w []bool) bool {
	t := toks[i].text
	if !isCapWord(t) || !hasLetter(t) {
		return false
	}
	l := strings.ToLower(trimDot(t))
	if t == "US" {
		return true // the country, not the pronoun
	}
	if commonAcronyms[t] {
		return false // "AI data centres", "GDP"
	}
	if t == "A" && !tc && i > 0 && w[i-1] && !sentenceInitial(toks, i-1) && !shouted(toks) {
		return true // "Serie A", "Plan A": a letter inside a name
	}
	if stopCaps[l] && !(l == "the" && !sentenceInitial(toks, i) && i+1 < len(toks) && isCapWord(toks[i+1].text)) {
		return false
	}
	if timeWords[l] {
		// "Theresa May" but not "in May 2017" or "on Sunday".
		month := !strings.HasSuffix(l, "day") && l != "today" && l != "tonight"
		if !(month && i > 0 && w[i-1] && !(i+1 < len(toks) && allDigits(toks[i+1].text))) {
			return false
		}
	}
	if isDemonym(l) {
		// "British Airways", "European Space Agency" keep their demonym,
		// and so do "the Brazilian Red Cross" and "the Dutch Grand Prix".
		if !orgNameAhead(toks, i+1) && !(i > 0 && strings.EqualFold(toks[i-1].text, "the") && demonymNameAhead(toks, i+1)) {
			return false
		}
	}
	if h := strings.LastIndexByte(l, '-'); h > 0 && adjectiveSuffixes[l[h+1:]] {
		return false // "Earth-like", "Trump-era"
	}
	if h := strings.IndexByte(t, '-'); h > 0 && isDemonym(l[:h]) && h+1 < len(t) && !isCapWord(t[h+1:]) {
		return false // "Russian-speaking", "English-language"
	}
	if demonymMan(l) {
		return false // "the Dutchman", "a Frenchwoman"
	}
	if toks[i].tag == "JJ" && demonymLike(t) && i+1 < len(toks) && !isCapWord(toks[i+1].text) && strings.HasPrefix(toks[i+1].tag, "NN") {
		return false // "the Eurasian plate"
	}
	if shouted(toks) {
		// A heading in capitals ("'HE IS READY'"): only words the text
		// also uses as names elsewhere.
		return d.docWords[l] || d.docAcr[t] && !d.commonWord(l)
	}
	caps := isAllCaps(t) && utf8.RuneCountInString(t) >= 4
	tg := toks[i].tag
	proper := tg == "NNP" || tg == "NNPS"
	if caps && i < 4 && len(toks) > 0 && d.datelineToks(toks) {
		return true // "SANTIAGO, Chile (Reuters) -": the dateline's place
	}
	if caps {
		// Shouted words: "REJECTED", "MESSAGING", but "NATO", "UNICEF".
		return d.docCaps[l] || (utf8.RuneCountInString(t) <= 7 && !d.commonWord(l))
	}
	if tc {
		// Headline case: every word is capitalised, so only words known
		// as names count.
		return d.docWords[l] || (!d.commonWord(l) && proper)
	}
	if sentenceInitial(toks, i) {
		if descriptors[l] {
			return false
		}
		if (titleModifiers[l] || roleNouns[l]) && i+1 < len(toks) && isCapWord(toks[i+1].text) {
			// "Defence Secretary Sir John Smith": the title's first word.
			nl := strings.ToLower(trimDot(toks[i+1].text))
			if roleNouns[nl] || honorifics[nl] {
				return true
			}
		}
		if d.docCaps[l] {
			return true
		}
		if covered(spans, i) && proper {
			return true
		}
		common, noun := d.commonClass(l)
		if !common {
			if proper || roleNouns[l] || honorifics[l] {
				return true
			}
			// "Labour leader Jeremy Corbyn": a name before a role.
			if i+2 < len(toks) {
				n := toks[i+1].text
				return roleNouns[n] && isCapWord(toks[i+2].text)
			}
			return false
		}
		// A common noun tagged as a proper noun before another proper
		// noun starts a compound name: "Sky News", "Amnesty International".
		if noun && proper && !roleNouns[l] && !titleModifiers[l] && i+1 < len(toks) {
			n := toks[i+1]
			nl := strings.ToLower(n.text)
			return isCapWord(n.text) && (n.tag == "NNP" || n.tag == "NNPS") && !stopCaps[nl] && !roleNouns[nl]
		}
		return false
	}
	return true
}

// properWord reports words the tagger's lexicon knows as proper nouns.
func (d *docState) properWord(lower string) bool {
	t := d.x.pos
	if tg, ok := t.tagMap[lower]; ok {
		return tg == "NNP" || tg == "NNPS"
	}
	best, bw := int32(-1), float32(0)
	for _, cw := range t.weights["i word "+lower] {
		if best < 0 || cw.w > bw {
			best, bw = cw.class, cw.w
		}
	}
	if best < 0 || bw <= 0 {
		return false
	}
	c := t.classes[best]
	return c == "NNP" || c == "NNPS"
}

// commonClass is commonWord, and whether the word's usual tag is a noun.
func (d *docState) commonClass(lower string) (common, noun bool) {
	if !d.commonWord(lower) {
		return false, false
	}
	t := d.x.pos
	tg, ok := t.tagMap[lower]
	if !ok {
		best, bw := int32(-1), float32(0)
		for _, cw := range t.weights["i word "+lower] {
			if best < 0 || cw.w > bw {
				best, bw = cw.class, cw.w
			}
		}
		if best >= 0 {
			tg = t.classes[best]
		}
	}
	return true, tg == "NN" || tg == "NNS"
}

// ofHeads may be followed by "of" inside a name: "Palace of Westminster".
var ofHeads = set(`houses house palace bank university cup workers employees republic kingdom state states isle isles cape
	duke duchess prince princess king queen earl friends museum church department ministry
	office court chamber city port gulf bay sea lake mount tower tour institute college
	school academy council commission board association federation league union society
	bureau agency authority centre center hall chamber party order army navy province
	district county borough city church cathedral abbey chapel temple mosque
	alliance coalition confederation organisation organization conference`)

// nameParticles are lower-case words inside names: "Ursula von der Leyen".
var nameParticles = set(`de da di del della do van von der den bin ibn al el la le du dos das ter ten y`)

// findNames builds name runs, splits titles off them, and records the
// context evidence for each name's type.
func (d *docState) findNames() {
	d.markWorthy()
	d.bySent = make([][]*mention, len(d.sents))
	for si := range d.sents {
		toks := d.sents[si].toks
		w := d.worthy[si]
		var prevRun *mention // last part of the previous run
		prevRunEnd := -1
		for i := 0; i < len(toks); {
			if !w[i] {
				i++
				continue
			}
			j := i + 1
			for j < len(toks) {
				if w[j] {
					j++
					continue
				}
				if j+1 < len(toks) && w[j+1] && d.connector(toks, i, j) {
					j += 2
					continue
				}
				if j+2 < len(toks) && (toks[j].text == "of" || toks[j].text == "for") && toks[j+1].text == "the" && w[j+2] && d.connector(toks, i, j) {
					j += 3 // "Office for the Protection of the Constitution"
					continue
				}
				if j+3 < len(toks) && toks[j].text == `"` && toks[j+2].text == `"` && w[j+1] && w[j+3] && !isAllCaps(toks[j-1].text) {
					j += 4 // a nickname: Quentin "Q-Star" Ellis
					continue
				}
				break
			}
			parts := d.splitRun(si, i, j)
			if len(parts) > 0 {
				// Lower-case role before the run: "Labour leader Jeremy Corbyn".
				first := parts[0]
				rs, role := lowerRoleBefore(toks, i)
				if role != "" && first.hon == "" {
					first.votes[vPerson] += 2
					first.cue = true
					first.roles = appendUnique(first.roles, role)
					if prevRun != nil && prevRunEnd == rs && !strings.Contains(role, " of") {
						d.links = append(d.links, titleLink{org: prevRun, person: first, role: role})
						prevRun.prefix = true
					}
				}
				prevRun = parts[len(parts)-1]
				prevRunEnd = j
			}
			i = j
		}
	}
	for _, m := range d.ments {
		d.bySent[m.si] = append(d.bySent[m.si], m)
	}
	for si := range d.bySent {
		for _, m := range d.bySent[si] {
			d.contextVotes(m)
		}
	}
}

// connector reports whether the non-name token j may join a name run that
// began at i: "Palace of Westminster", "Marks & Spencer", "Tour de France".
func (d *docState) connector(toks []tok, i, j int) bool {
	c := toks[j].text
	switch {
	case c == "&":
		return true
	case c == "'s":
		// "Attorney's Office", "Women's Institute": a possessive inside
		// an organisation's name, after an ordinary word.
		p, n := toks[j-1].text, toks[j+1].text
		return isCapWord(n) && orgHeads[strings.ToLower(n)] && !isAllCaps(p) && d.commonWord(strings.ToLower(p)) && !d.properWord(strings.ToLower(p))
	case c == "of":
		p := strings.ToLower(toks[j-1].text)
		if ofHeads[p] {
			return true
		}
		// A second "of" inside a name: "Office for the Protection of
		// the Constitution", after an ordinary word.
		for k := i + 1; k < j-1; k++ {
			if t := toks[k].text; t == "of" || t == "for" {
				return d.commonWord(p) && !d.properWord(p)
			}
		}
		return false
	case c == "on":
		// "Commission on Human Rights", "Committee on Foreign Affairs".
		return onHeads[strings.ToLower(toks[j-1].text)]
	case c == "and":
		return d.andInName(toks, i, j)
	case c == "for":
		if j-i < 2 && !forHeads[strings.ToLower(toks[i].text)] && !acronymAhead(toks, i, j) {
			return false
		}
		for k := i; k < j; k++ {
			l := strings.ToLower(trimDot(toks[k].text))
			if roleNouns[l] || honorifics[l] || titleModifiers[l] {
				return false
			}
		}
		return true
	case nameParticles[c]:
		return true
	}
	return false
}

// keptPeriods are abbreviations whose period belongs to the name.
var keptPeriods = set(`inc. corp. co. ltd. jr. sr. bros. plc. st. mt. ft.`)

// commonAcronyms are abbreviations of common nouns, never names.
var commonAcronyms = set(`AI GDP IT TV PC DNA HIV AIDS GPS UV VR AR EV EVs IPO ATM CCTV SUV SMS
	PDF CEO CFO COO CTO VAT LGBT LGBTQ MP MPs PM QC KC OBE MBE CBE ID IVF ICU A&E DIY FAQ`)

// onHeads may be followed by "on" inside a name.
var onHeads = set(`commission committee council conference convention panel tribunal
	centre center institute office board`)

// forHeads may be followed by "for" right after them inside a name:
// "Centre for Strategic Studies", "Office for National Statistics".
var forHeads = set(`centre center institute office department ministry council commission
	agency foundation society campaign alliance coalition committee fund trust
	association federation union school college academy movement secretary`)

// orgTails are the field words that end organisation names as their
// head words do: "Centre for Strategic and International Studies".
var orgTails = set(`studies sciences science affairs arts research development technology
	technologies trade industry industries innovation culture sport tourism rights justice
	security health welfare education communities resources environment planning engineering
	medicine humanities statistics exchange markets relief aid services workers employees`)

// partyPlurals end the names of parties called after their members.
var partyPlurals = set(`democrats republicans socialists conservatives liberals greens nationalists
	communists unionists`)

// andInName reports whether "and" at token j joins two halves of one name
// that began at token i: "Competition and Markets Authority", "Red Cross
// and Red Crescent Societies", but not "Apple and Samsung Electronics".
// Both halves must be made of ordinary words and the second must end like
// an organisation's name.
func (d *docState) andInName(toks []tok, i, j int) bool {
	start := i
	for k := j - 1; k > i; k-- {
		if t := toks[k].text; t == "of" || t == "for" || t == "on" {
			start = k + 1
			break
		}
	}
	if start == i && j-start > 1 && isAllCaps(toks[start].text) && countryForms[strings.ToLower(toks[start].text)] != "" {
		start++ // "US Food and Drug Administration"
	}
	if j-start > 3 {
		return false
	}
	// Inside "X of ..." words unknown to the lexicon may be part of the
	// name; otherwise they may be names of their own.
	inside := start > i
	plain := func(t string) bool {
		l := strings.ToLower(t)
		if isAllCaps(t) || d.properWord(l) {
			return false
		}
		return inside || d.commonWord(l)
	}
	for k := start; k < j; k++ {
		if !plain(toks[k].text) {
			return false
		}
	}
	k := j + 1
	for k < len(toks) && k < j+5 && isCapWord(toks[k].text) {
		if !plain(toks[k].text) {
			return false
		}
		k++
	}
	if k == j+1 {
		return false
	}
	last := strings.ToLower(toks[k-1].text)
	return orgHeadWord(last) || orgTails[last]
}

// acronymAhead reports a name with "for" inside that the text spells out
// by an acronym in brackets just after it: "Physicians for Human Rights
// (PHR)".
func acronymAhead(toks []tok, i, j int) bool {
	k := j + 1
	for k < len(toks) && k < j+6 && isCapWord(toks[k].text) {
		k++
	}
	if k+2 >= len(toks) || toks[k].text != "(" || toks[k+2].text != ")" {
		return false
	}
	var initials []rune
	for x := i; x < k; x++ {
		r, _ := utf8.DecodeRuneInString(toks[x].text)
		initials = append(initials, unicode.ToLower(r))
	}
	var acr []rune
	for _, r := range toks[k+1].text {
		if unicode.IsLetter(r) {
			acr = append(acr, unicode.ToLower(r))
		}
	}
	return len(acr) >= 3 && string(acr) == string(initials)
}

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

// orgNameAhead reports whether the capitalised words from token i end
// like an organisation's name ("Space Agency", "Film Institute",
// "Democratic Party of ..."), as they do after a demonym that belongs to
// the name.
func orgNameAhead(toks []tok, i int) bool {
	for k := i; k < len(toks) && k < i+4; k++ {
		t := toks[k].text
		if !isCapWord(t) {
			return false
		}
		if l := strings.ToLower(t); orgHeadWord(l) || eventNamesCap[l] {
			return true // "European Space Agency", "Australian Open"
		}
		if k+1 < len(toks) && eventNamesCap[strings.ToLower(t+" "+toks[k+1].text)] {
			return true // "Hungarian Grand Prix"
		}
	}
	return false
}

// isDemonym reports nationality words, plurals too ("Nigerians").
func isDemonym(l string) bool {
	return demonyms[l] || strings.HasSuffix(l, "s") && demonyms[l[:len(l)-1]]
}

// shouted reports a heading written in capitals: every word with letters
// is in capitals, and there are at least two.
func shouted(toks []tok) bool {
	n := 0
	for _, t := range toks {
		if !hasLetter(t.text) {
			continue
		}
		if !isAllCaps(t.text) {
			return false
		}
		n++
	}
	return n >= 2
}

// lowerRoleBefore finds a lower-case role phrase ending just before token
// i ("home secretary", "chief executive", "spokeswoman") and returns its
// first token index and its text.
func lowerRoleBefore(toks []tok, i int) (int, string) {
	k := i
	hasRole := false
	for k > 0 {
		t := toks[k-1].text
		if isCapWord(t) && !isAllCaps(t) {
			break
		}
		l := strings.ToLower(t)
		if roleNouns[l] && l == t {
			hasRole = true
			k--
			continue
		}
		if titleModifiers[l] && l == t && hasRole {
			k--
			continue
		}
		if isAllCaps(t) && roleNouns[l] { // "CEO"
			hasRole = true
			k--
			continue
		}
		break
	}
	if !hasRole || k == i {
		return i, ""
	}
	var parts []string
	for x := k; x < i; x++ {
		parts = append(parts, toks[x].text)
	}
	return k, strings.Join(parts, " ")
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return list
		}
	}
	return append(list, s)
}

func (d *docState) isTitleTok(t string) bool {
	l := strings.ToLower(trimDot(t))
	return roleNouns[l] || honorifics[l]
}

// splitRun splits the name run [i, j) of sentence si into an optional
// organisation or place, a title and a person, as in "Metropolitan Police
// Acting Commissioner Craig Mackey", and records the mentions.
func (d *docState) splitRun(si, i, j int) []*mention {
	toks := d.sents[si].toks
	// A leading "The" stays only in names like "The Sun".
	k := -1
	for x := j - 2; x >= i; x-- {
		if d.isTitleTok(toks[x].text) && !(x == i && strings.EqualFold(toks[x].text, "the")) {
			// "General Motors" is a company, not General Motors.
			if orgHeads[strings.ToLower(toks[j-1].text)] {
				continue
			}
			if !isCapWord(toks[x+1].text) {
				continue
			}
			k = x
			break
		}
	}
	var out []*mention
	if k < 0 {
		if m := d.newMention(si, i, j); m != nil {
			out = append(out, m)
		}
		return out
	}
	ts := k
	for ts > i {
		l := strings.ToLower(trimDot(toks[ts-1].text))
		if roleNouns[l] || titleModifiers[l] || honorifics[l] || (d.commonWord(l) && !isAllCaps(toks[ts-1].text)) {
			ts--
			continue
		}
		break
	}
	// "Metropolitan Police | Acting Commissioner": an organisation's head
	// word inside the title ends the organisation's name.
	for x := k - 1; x >= ts; x-- {
		if x > i && orgHeads[strings.ToLower(toks[x].text)] {
			ts = x + 1
			break
		}
	}
	var role []string
	hon := ""
	for x := ts; x <= k; x++ {
		l := strings.ToLower(trimDot(toks[x].text))
		if honorifics[l] && !(roleNouns[l] && x < k) {
			if maleHonorifics[l] || femaleHonorifics[l] || hon == "" {
				hon = l
			}
			if !roleNouns[l] || l == "pc" {
				continue
			}
		}
		role = append(role, toks[x].text)
	}
	var org *mention
	if ts == i+1 && demonymLike(toks[i].text) {
		ts = i // "Valmoran President X": an adjective of nationality
	}
	if ts > i {
		org = d.newMention(si, i, ts)
		if org != nil {
			out = append(out, org)
		}
	}
	p := d.newMention(si, k+1, j)
	if p == nil {
		return out
	}
	p.votes[vPerson] += 3
	p.hon = hon
	p.cue = true
	r := strings.Join(role, " ")
	if r != "" {
		p.roles = appendUnique(p.roles, r)
		if org != nil {
			d.links = append(d.links, titleLink{org: org, person: p, role: r})
			org.prefix = true
		}
	}
	return append(out, p)
}

// demonymLike reports capitalised words shaped like adjectives of
// nationality: "Kenyan", "Congolese", "Kurdish".
// demonymMan reports nouns like "Dutchman", "Frenchwoman", "Englishmen":
// a nationality, not a name.
func demonymMan(l string) bool {
	for _, suf := range []string{"man", "men", "woman", "women"} {
		if b, ok := strings.CutSuffix(l, suf); ok && len(b) > 3 && (isDemonym(b) || demonyms[b+"ch"] || b == "dutch" || b == "french") {
			return true
		}
	}
	return false
}

func demonymLike(w string) bool {
	l := strings.ToLower(w)
	if isDemonym(l) {
		return true
	}
	if len(l) < 5 || !isCapWord(w) || isAllCaps(w) {
		return false
	}
	for _, suf := range []string{"ian", "ean", "ese", "ish", "yan", "can"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// newMention records tokens [s, e) of sentence si as a candidate name,
// unless they are only titles, demonyms or function words.
func (d *docState) newMention(si, s, e int) *mention {
	toks := d.sents[si].toks
	for s < e && (toks[s].text == "&" || nameParticles[toks[s].text]) {
		s++
	}
	for e > s && (toks[e-1].text == "&" || nameParticles[toks[e-1].text] || toks[e-1].text == "of" || toks[e-1].text == "for") {
		e--
	}
	if s >= e {
		return nil
	}
	if d.inCredit(si, s, e) {
		return nil
	}
	meaningful := false
	for x := s; x < e; x++ {
		l := strings.ToLower(trimDot(toks[x].text))
		if toks[x].text == "US" || !(roleNouns[l] || roleNouns[strings.TrimSuffix(l, "s")] || titleModifiers[l] || honorifics[l] || stopCaps[l] || isDemonym(l) || !hasLetter(l)) {
			meaningful = true
		}
	}
	if !meaningful {
		return nil
	}
	src := d.sents[si].src
	// Clean: decomposed accents composed, and no invisible character
	// (they split tokens, but sit inside the span of the source).
	name := name.Clean(foldQuotes(src[toks[s].start:toks[e-1].end]))
	if last := toks[e-1].text; e == len(toks) && strings.HasSuffix(last, ".") && strings.Count(last, ".") == 1 && !keptPeriods[strings.ToLower(last)] {
		name = strings.TrimSuffix(name, ".") // "the CHIPS Act." at the end of a sentence
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
	m := &mention{si: si, s: s, e: e, name: name, nick: nick}
	d.ments = append(d.ments, m)
	return m
}

// contextVotes adds the type evidence of the model and of the words around
// a mention.
func (d *docState) contextVotes(m *mention) {
	toks := d.sents[m.si].toks
	n := m.e - m.s
	weight := 1.5
	if d.titleCase(toks) {
		weight = 0.75 // models are unsure of headline-case text
	}
	for _, sp := range d.spans[m.si] {
		lo, hi := max(sp.Start, m.s), min(sp.End, m.e)
		if lo >= hi || spanCrossesComma(toks, sp) {
			continue
		}
		if vi := typeIndex(sp.Type); vi >= 0 {
			span := sp.End - sp.Start
			m.votes[vi] += weight * sp.Score * float64(hi-lo) / float64(max(n, span))
		}
	}
	last := strings.ToLower(trimDot(toks[m.e-1].text))
	for x := m.s + 1; x < m.e-1; x++ {
		if toks[x].text == "of" || toks[x].text == "for" || toks[x].text == "on" {
			last = strings.ToLower(toks[x-1].text) // "Palace of Westminster"
			break
		}
	}
	if m.event {
		m.votes[vEvent] += 5
		return
	}
	if m.nick != "" {
		m.votes[vPerson] += 1.5 // Quentin "Q-Star" Ellis
		m.cue = true
	}
	if n >= 2 || isAllCaps(toks[m.s].text) {
		if orgHeads[last] {
			m.votes[vOrg] += 2.5
		}
	}
	if n >= 2 && industryWords[last] && !placeHeads[last] {
		m.votes[vOrg] += 2 // "Halvern Pharmaceuticals", "Harbourlight Pictures"
	}
	if partyPlurals[last] && isCapWord(toks[m.e-1].text) {
		m.votes[vOrg] += 1.5 // "Social Democrats", "the Greens"
	}
	if n >= 2 && placeHeads[last] {
		m.votes[vPlace] += 2
	}
	if n >= 2 && eventNamesCap[last] || n >= 3 && eventNamesCap[strings.ToLower(toks[m.e-2].text)+" "+last] {
		m.votes[vEvent] += 2 // "Belgian Grand Prix"
	}
	if n >= 2 && n <= 3 && givenNames[strings.ToLower(toks[m.s].text)] && isCapWord(toks[m.s+1].text) && personShaped(tokNames(toks[m.s:m.e])) {
		m.votes[vPerson] += 1.5 // "Vincent Lindon": a common first name, then a surname
	}
	if d.sents[m.si].dl && m.s < 4 {
		m.votes[vPlace] += 2 // "VENICE, Italy —": a dateline names places
	}
	if n == 1 && isAllCaps(toks[m.s].text) && utf8.RuneCountInString(toks[m.s].text) >= 3 && utf8.RuneCountInString(toks[m.s].text) <= 5 {
		m.votes[vOrg] += 0.4 // acronyms are mostly organisations
	}
	// Before the name.
	if m.s > 0 {
		p := strings.ToLower(toks[m.s-1].text)
		pp := ""
		if m.s > 1 {
			pp = strings.ToLower(toks[m.s-2].text)
		}
		if m.s > 1 && pp == "the" && p != "the" {
			pp = ""
			if m.s > 2 {
				pp = strings.ToLower(toks[m.s-3].text)
			}
		}
		switch {
		case p == "in" && m.s > 1 && stakeWords[strings.ToLower(toks[m.s-2].text)]:
			m.votes[vOrg] += 1.5 // "shares in X", "a stake in X"
		case p == "in" && m.s > 1 && pressVerbs[strings.ToLower(toks[m.s-2].text)]:
			m.votes[vOrg] += 1.5 // "writing in Variety", "reported in the Guardian"
		case placePrepositions[p]:
			m.votes[vPlace] += 0.8
		case p == "the" && m.s > 1 && placePrepositions[strings.ToLower(toks[m.s-2].text)]:
			m.votes[vPlace] += 0.8
			if n == 1 && isAllCaps(toks[m.s].text) && len(toks[m.s].text) == 2 {
				m.votes[vPlace] += 0.8 // "in the US", "across the UK"
			}
		}
		if (p == "said" || p == "says" || p == "added" || p == "asked") && m.e <= len(toks) && (m.e == len(toks) || toks[m.e].text == "," || toks[m.e].text == ".") {
			m.votes[vPerson] += 1.5 // `..., said Jane Roe, a lawyer`
			m.cue = true
		}
		if p == "of" && m.s > 1 && placeNouns[toks[m.s-2].text] {
			m.votes[vPlace] += 1 // "the district of Rukum West", "the state of Oregon"
		}
		if p == "the" && n == 1 && !sentenceInitial(toks, m.s-1) && orgHeads[strings.ToLower(toks[m.s].text)] && !placeHeads[strings.ToLower(toks[m.s].text)] {
			m.votes[vOrg] += 1.5 // "told the Guardian", "the Times"
		}
		if toks[m.s-1].text == p && !descriptors[p] && occupation(p, toks[m.s-1].tag) && !d.properWord(p) {
			m.votes[vPerson] += 1.5 // "the cinematographer Lars Ekberg"
			m.cue = true
		}
		if toks[m.s-1].text == p && descriptors[p] {
			m.votes[vPerson] += 1.5 // "US tourist Kurt Smith"
			m.cue = true
			if femaleNouns[p] {
				m.sex = 'f'
			} else if maleNouns[p] {
				m.sex = 'm'
			}
		}
		if acquireWords[p] || (p == "of" && m.s > 1 && (toks[m.s-2].text == "acquisition" || toks[m.s-2].text == "takeover")) {
			m.votes[vOrg] += 1 // "agreed to buy X", "the takeover of X"
		}
		if p == "of" && m.s > 3 && toks[m.s-2].text == "," && isCapWord(toks[m.s-3].text) {
			m.votes[vPlace] += 1 // "Joan Pike, of Harrogate"
		}
		if p == "by" && m.s > 1 && toks[m.s-2].text == "owned" {
			m.votes[vOrg] += 0.8
		}
		if toks[m.s-1].text == p && orgNouns[p] {
			m.votes[vOrg] += 1.5 // "the agency Europol", "messaging app X"
		}
		if (p == "of" || p == "for" || p == "at" || p == "by" || p == "the") && m.s > 1 {
			// "spokesman for X", "chief executive of X", "owned by X"
			q := pp
			if p == "the" && m.s > 2 {
				q = strings.ToLower(toks[m.s-2].text)
				if q == "of" || q == "for" || q == "at" {
					q = strings.ToLower(toks[m.s-3].text)
				}
			}
			if employmentRoles[q] || q == "owned" || q == "executive" || q == "member" ||
				p != "the" && len(q) > 4 && strings.HasSuffix(q, "s") && (employmentRoles[q[:len(q)-1]] || staffNouns[q]) {
				// also plurals: "analysts at X", "pilots at X"
				m.votes[vOrg] += 1.5
				if p == "at" {
					m.votes[vPlace] = max(0, m.votes[vPlace]-0.8) // not a place, an employer
				}
			}
			if p == "for" && teamVerbs[pp] {
				m.votes[vOrg] += 1.5 // "driving for X", "plays for X"
			}
		}
		if p == "against" && sportsSentence(toks) {
			m.votes[vOrg] += 1 // "open their league campaign against X"
		}
		if p == "in" && facilityNouns[pp] {
			m.votes[vPlace] += 1 // "an engineering centre in X", "its office in X"
		}
		if p == "of" && compassWords[pp] {
			m.votes[vPlace] += 1 // "north of X", "the outskirts of X"
		}
		if regionAdjectives[p] && m.s > 1 && placePrepositions[pp] {
			m.votes[vPlace] += 0.8 // "in neighbouring X", "across northern X"
		}
		if p == "by" && m.s > 1 && (toks[m.s-2].text == `"` || toks[m.s-2].text == "'") {
			m.votes[vPerson] += 1.5 // `"Poor Things" by X`: a work's author
		}
		if p == "of" && stockWords[pp] {
			m.votes[vOrg] += 1.5 // "shares of X", "the stock of X"
		}
		if p == "with" && partnerWords[pp] {
			m.votes[vOrg] += 1 // "designed with X", "a deal with X"
		}
		if p == "from" && (pp == "competition" || pp == "rivals" || pp == "rival") {
			m.votes[vOrg] += 1 // "competition from X"
		}
		if p == "as" && pp == "such" && m.s > 2 && orgPlurals[strings.ToLower(toks[m.s-3].text)] {
			m.votes[vOrg] += 1.5 // "cloud companies such as X"
		}
		if p == "to" && soldBefore(toks, m.s-1) {
			m.votes[vOrg] += 0.8 // "sold her company to X"
		}
		if p == "the" && m.s > 2 && strings.ToLower(toks[m.s-2].text) == "on" && (toks[m.s-3].text == "listed" || toks[m.s-3].text == "traded") {
			m.votes[vOrg] += 1.5 // "listed on the X": a stock exchange
		}
		if honorifics[trimDot(p)] && isCapWord(toks[m.s-1].text) {
			m.votes[vPerson] += 3
			m.hon = trimDot(p)
			m.cue = true
		}
		if p == "'s" || p == "'" {
			// "Apple's Tim Cook": nothing about this name.
		}
	}
	// After the name.
	if m.e < len(toks) {
		nx := strings.ToLower(toks[m.e].text)
		if strings.HasPrefix(nx, "-") && compoundSuffixes[nx[1:]] {
			switch nx[1:] {
			case "based", "born", "bred", "raised", "headquartered", "made":
				m.votes[vPlace] += 2
			default:
				m.votes[vOrg] += 2
			}
		}
		if roleNouns[nx] && toks[m.e].text == nx || nx == "ceo" {
			// "a WhatsApp spokeswoman said", "FA chairman Greg Clarke",
			// but "London mayor", "US president".
			if placeRoles[nx] || (nx == "home" || nx == "foreign" || nx == "prime") {
				m.votes[vPlace] += 1
			} else if employmentRoles[nx] {
				m.votes[vOrg] += 1.5
			}
		}
		if (nx == "home" || nx == "foreign" || nx == "prime") && m.e+1 < len(toks) && placeRoles[strings.ToLower(toks[m.e+1].text)] {
			m.votes[vPlace] += 1 // "the UK home secretary"
		}
		if descriptors[nx] && !orgFollowers[nx] && toks[m.e].text == nx && m.e+1 < len(toks) && isCapWord(toks[m.e+1].text) {
			m.votes[vPlace] += 1 // "US tourist Kurt Cochran": where the person is from
		}
		if orgFollowers[nx] && toks[m.e].text == nx {
			if orgNouns[nx] && m.e+1 < len(toks) && isCapWord(toks[m.e+1].text) && d.worthy[m.si][m.e+1] {
				m.votes[vPlace] += 1 // "the Seoul company Harbourlight": where the company is
			} else {
				m.votes[vOrg] += 1 // "the Lakeside brand", "Northwind shares"
			}
		}
		if placeFollowers[nx] && toks[m.e].text == nx {
			m.votes[vPlace] += 1.5 // "the UK government"
		}
		if nx == "," && m.e+2 < len(toks) && toks[m.e+1].text == "owned" && toks[m.e+2].text == "by" {
			m.votes[vOrg] += 1 // "X, owned by Y"
		}
		if nx == "," && m.e+1 < len(toks) {
			// Apposition: "X, the Chicago-based grocery group", "X, the
			// capital of Y", "X, a 38-year-old farmer", "X, chief
			// economist at Y".
			switch kind, art, _ := d.appositionHead(toks, m.e+1); {
			case kind == vPerson:
				m.votes[vPerson] += 1.5
				m.cue = true
			case kind >= 0 && art:
				m.votes[kind] += 1.5
			}
		}
		if nx == "," && m.e+2 < len(toks) && (toks[m.e+1].text == "which" || toks[m.e+1].text == "whose") {
			k := m.e + 2
			for k+1 < len(toks) && (toks[k].text == "was" || toks[k].text == "is" || toks[k].text == "has" || toks[k].text == "had" || toks[k].text == "also" || toks[k].text == "already") {
				k++
			}
			if companyVerbs[toks[k].text] {
				m.votes[vOrg] += 1 // "Meta, which sells glasses", "X, which was founded in 1983"
			}
		}
		if n == 1 && (nx == "have" || nx == "are" || nx == "were") && !(m.s > 0 && (toks[m.s-1].text == "and" || toks[m.s-1].text == "," || toks[m.s-1].text == "&")) {
			m.votes[vOrg] += 0.8 // "Napoli have agreed": a team or a company, in British usage
		}
		if nx == "'s" {
			if possessedByOrg(toks, m.e+1) {
				m.votes[vOrg] += 1.5 // "Lumora's website", "Orbital's chief technology officer"
			} else if possessedByPerson(toks, m.e+1) {
				m.votes[vPerson] += 1.5 // "Colin's family", "her lawyer"
				m.cue = true
			}
		}
		if nx == "," && m.e+2 < len(toks) && allDigits(toks[m.e+1].text) && toks[m.e+2].text == "," {
			m.votes[vPerson] += 2 // "Masood, 52,"
			m.cue = true
		}
		if personVerbs[nx] {
			m.votes[vPerson] += 0.3 // organisations say things too
			if m.e+1 < len(toks) && (toks[m.e+1].text == "he" || toks[m.e+1].text == "she") {
				m.votes[vPerson] += 1 // "X said he would"
			}
			if m.e+3 < len(toks) && toks[m.e+1].text == "in" && (toks[m.e+2].text == "a" || toks[m.e+2].text == "its") && toks[m.e+3].text == "statement" {
				m.votes[vOrg] += 0.5 // "X said in a statement"
			}
		}
		if nx == "who" || nx == "," && m.e+1 < len(toks) && toks[m.e+1].text == "who" {
			m.votes[vPerson] += 1 // "X who", "X, who ..."
		}
		if nx == "," && m.e+1 < len(toks) && toks[m.e+1].text == "where" {
			m.votes[vPlace] += 1 // "Rukum West, where many houses ..."
		}
	}
	if matchResult(toks, m.s, m.e) {
		m.votes[vOrg] += 1.5 // "X beat Y 2-1", "X drew with Y": teams
	}
	if n >= 2 && n <= 3 && m.votes[vOrg] < 1 && m.votes[vPlace] < 1 {
		// Two or three plain proper nouns read as a person's name.
		plain := true
		for x := m.s; x < m.e; x++ {
			t := toks[x]
			l := strings.ToLower(t.text)
			if isAllCaps(t.text) || !isCapWord(t.text) || (t.tag != "NNP" && t.tag != "NNPS") || placeHeads[l] || orgHeads[l] || eventNamesCap[l] {
				plain = false
			}
		}
		if plain {
			m.votes[vPerson] += 0.5
		}
	}
	// A pronoun later in the sentence, with no other name between, points
	// back to a person.
	for x := m.e; x < len(toks) && x < m.e+12; x++ {
		l := toks[x].text
		if l == "he" || l == "she" || l == "his" || l == "her" || l == "He" || l == "She" {
			m.votes[vPerson] += 0.5
			break
		}
		if l == "it" || l == "its" {
			m.votes[vOrg] += 0.5
			break
		}
		if isCapWord(l) && x > m.e && d.worthy[m.si][x] {
			break
		}
	}

}

// staffNouns before "at X", "of X" or "for X" make X an employer: "pilots
// at X", "workers at X".
var staffNouns = set(`pilots workers employees staff engineers crew nurses doctors teachers
	drivers players executives managers officials scientists researchers`)

// teamVerbs before "for X" make X a team or an employer: "driving for X",
// "fourth for X".
var teamVerbs = set(`drives driving drove plays playing played races racing raced signed signs
	signing works working worked scored scores first second third fourth fifth sixth
	seventh eighth ninth tenth`)

// sportsWords in a sentence make "against X" a match against a team.
var sportsWords = set(`league match matches game games fixture fixtures cup season
	derby final semi-final quarter-final kick-off kickoff stadium`)

// sportsSentence reports a sentence about a match.
func sportsSentence(toks []tok) bool {
	for _, t := range toks {
		if sportsWords[t.text] {
			return true
		}
	}
	return false
}

// facilityNouns before "in X" make X where the facility is.
var facilityNouns = set(`centre center office offices plant plants factory factories headquarters
	hq base campus facility facilities lab laboratory hub warehouse branch mine`)

// compassWords before "of X" make X a place: "north of X".
var compassWords = set(`north south east west northeast northwest southeast southwest
	north-east north-west south-east south-west outskirts suburbs`)

// regionAdjectives between a place preposition and a name: "in
// neighbouring X".
var regionAdjectives = set(`neighbouring neighboring nearby northern southern eastern western
	central rural coastal north-eastern north-western south-eastern south-western
	northeastern northwestern southeastern southwestern`)

// stockWords before "of X" make X a company: "shares of X".
var stockWords = set(`shares share stock stocks stake stakes shareholders shareholder`)

// partnerWords before "with X" make X a company: "designed with X".
var partnerWords = set(`designed developed built co-developed partnered partnership partnerships
	deal deals contract contracts agreement merger merge merged alliance joint-venture`)

// orgPlurals before "such as X" make X an organisation.
var orgPlurals = set(`companies firms groups clubs brands rivals carriers airlines banks
	lenders chipmakers manufacturers retailers insurers outlets publishers studios teams`)

// soldBefore reports a verb of selling a few words before "to" at i:
// "sold her company to X".
func soldBefore(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch toks[k].text {
		case "sold", "sell", "sells", "selling":
			return true
		case ",", ".", ";", "and":
			return false
		}
	}
	return false
}

// resultVerbs between two teams, before a score: "X beat Y 2-1".
var resultVerbs = set(`beat beats defeated defeats drew draws lost loses thrashed thrash edged
	edges overcame stunned routed hammered`)

// footballScore reports a score at i, "2-1" or "2 - 1", with goals under
// six (not a tennis set), and returns the index after it.
func footballScore(toks []tok, i int) (int, bool) {
	goals := func(s string) bool { return len(s) == 1 && s[0] >= '0' && s[0] <= '5' }
	if i >= len(toks) {
		return 0, false
	}
	t := toks[i].text
	for _, dash := range []string{"-", "\u2013"} {
		if a, b, ok := strings.Cut(t, dash); ok && goals(a) && goals(b) {
			return i + 1, true
		}
	}
	if i+2 < len(toks) && goals(t) && (toks[i+1].text == "-" || toks[i+1].text == "\u2013") && goals(toks[i+2].text) {
		return i + 3, true
	}
	return 0, false
}

// matchResult reports a name on either side of a result verb followed by
// a football score: "X beat Y 2-1", "X drew 1-1 with Y", "X lost 2-0 to
// Y".
func matchResult(toks []tok, s, e int) bool {
	// Subject: "X beat Y 2-1", "X drew 1-1 with Y".
	if e < len(toks) && resultVerbs[toks[e].text] {
		for k := e + 1; k < len(toks) && k <= e+6; k++ {
			if _, ok := footballScore(toks, k); ok {
				return true
			}
		}
	}
	// Object: "beat X 2-1", "drew with X 1-1", "lost 2-0 to X".
	k := s - 1
	if k >= 0 && (toks[k].text == "with" || toks[k].text == "to" || toks[k].text == "against") {
		k--
	}
	if k >= 0 && resultVerbs[toks[k].text] {
		if _, ok := footballScore(toks, e); ok {
			return true
		}
	}
	if k >= 3 {
		if j, ok := footballScore(toks, k-2); ok && j == k+1 && resultVerbs[toks[k-3].text] {
			return true // "drew 1 - 1 with X"
		}
	}
	if k >= 1 {
		if j, ok := footballScore(toks, k); ok && j == k+1 && resultVerbs[toks[k-1].text] {
			return true // "lost 2-0 to X"
		}
	}
	return false
}

// pressVerbs before "in X" make X a publication: "writing in X".
var pressVerbs = set(`writing wrote writes published publishing reported reporting quoted`)

// stakeWords before "in X" make X a company: "shares in X".
var stakeWords = set(`shares share stake stakes investment investments interest invest invested investing`)

// acquireWords before a name make it a company: "agreed to buy X".
var acquireWords = set(`acquire acquired acquiring buy buying bought purchase purchased takeover`)

// placeNouns in "X, the capital of Y" make X a place.
var placeNouns = set(`capital city town village region county state country province district
	suburb area island port`)

// spanCrossesComma reports model spans that run over a comma: a list, not
// a name.
func spanCrossesComma(toks []tok, sp Span) bool {
	for x := sp.Start; x < sp.End && x < len(toks); x++ {
		if toks[x].text == "," || toks[x].text == ";" {
			return true
		}
	}
	return false
}

func typeIndex(t Type) int {
	switch t {
	case Person:
		return vPerson
	case Organization:
		return vOrg
	case Place:
		return vPlace
	case Event:
		return vEvent
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
	d.sumVotes()
	d.mergeAcronyms()
	d.mergeParenAliases()
	d.mergeOrgSuffix()
	d.mergeOrgPrefix()
	d.mergeSurnames()
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
		g.name = canonicalName(g)
		if c := countryForms[nameKey(g.name)]; c != "" && !strings.Contains(c, ".") && c != nameKey(g.name) && g.typ == Place {
			g.name = countryName(c) // "America" and "US" as "United States"
		}
	}
}

func (d *docState) sumVotes() {
	for _, g := range d.groups {
		g.votes = [nTypes]float64{}
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
	}
}

// shareNeighbours lets names listed together ("Dartford, Kent", "WhatsApp
// and Telegram") lend each other their type: each gets the other's
// document-level vote, normalised.
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
			v[i] = x / sum
		}
		return
	}
	for si, ms := range d.bySent {
		toks := d.sents[si].toks
		for _, a := range ms {
			if a.event || a.prefix {
				continue
			}
			for _, b := range ms {
				if b.event || b.prefix || b == a || b.s <= a.e || b.s > a.e+2 {
					continue
				}
				sep := toks[a.e].text
				if b.s == a.e+2 && !(sep == "," && toks[a.e+1].text == "and") {
					continue
				}
				if b.s == a.e+1 && sep != "," && sep != "and" && sep != "or" && sep != "&" {
					continue
				}
				add = append(add, share{a, norm(b.g)}, share{b, norm(a.g)})
			}
		}
	}
	for _, s := range add {
		for i := range s.v {
			s.m.votes[i] += s.v[i]
		}
	}
}

// mergeBirthNames joins "X was born Y Z" : Y Z is X's birth name.
func (d *docState) mergeBirthNames() {
	for si, ms := range d.bySent {
		toks := d.sents[si].toks
		for _, m := range ms {
			k := m.e
			if k+2 >= len(toks) || toks[k].text != "was" || toks[k+1].text != "born" {
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
	votes := g.votes
	// News introduces people by their full name: an entity only ever
	// named by one word, never with an honorific, is less likely a person.
	single := true
	for _, m := range g.ments {
		if strings.Contains(m.name, " ") || m.hon != "" {
			single = false
		}
	}
	for _, m := range g.ments {
		if m.cue {
			single = false
		}
	}
	if single {
		votes[vPerson] *= 0.5
	}
	for _, m := range g.ments {
		ws := tokensOf(m.name)
		if l := strings.ToLower(ws[len(ws)-1]); len(ws) >= 2 && (orgHeads[l] || industryWords[l]) && !placeHeads[l] {
			votes[vPerson] *= 0.3 // "Halvern Pharmaceuticals" and "Halvern": not a person
			break
		}
	}
	if !strings.Contains(g.name, " ") && !strings.Contains(g.key, " ") {
		initial := true
		for _, m := range g.ments {
			initial = initial && m.s == 0 && (m.si == 0 || d.titleCase(d.sents[m.si].toks))
		}
		if initial && votes[vPerson]+votes[vOrg]+votes[vPlace]+votes[vEvent] < 0.05 {
			return "" // "Drugmaker recalls ...": a headline's first word, nothing more
		}
		votes[vOrg] += 0.1 // a lone word with no other evidence
	}
	best, bv := -1, 0.0
	for i, v := range votes {
		if v > bv {
			best, bv = i, v
		}
	}
	if best < 0 || bv < 0.05 {
		return ""
	}
	return voteTypes[best]
}

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
			if isCapWord(w) {
				r, _ := utf8.DecodeRuneInString(w)
				b.WriteRune(unicode.ToUpper(r))
			}
		}
		if b.Len() >= 2 {
			long[b.String()] = g
		}
		if len(ws) > 2 && isAllCaps(ws[0]) && countryForms[strings.ToLower(ws[0])] != "" && b.Len() > 3 {
			// "FDA" for "US Food and Drug Administration"
			if _, ok := long[b.String()[1:]]; !ok {
				long[b.String()[1:]] = g
			}
		}
	}
	for _, g := range d.groups {
		n := g.ments[0].name
		if g.into != nil || !isAllCaps(n) || strings.Contains(n, " ") {
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
		toks := d.sents[si].toks
		for _, m := range ms {
			if m.event || m.e-m.s < 2 || m.e+2 >= len(toks) || toks[m.e].text != "(" {
				continue
			}
			a := d.mentionStarting(si, m.e+1)
			if a == nil || a.e-a.s != 1 || a.e >= len(toks) || toks[a.e].text != ")" {
				continue
			}
			gm, ga := m.g.root(), a.g.root()
			if gm == ga {
				continue
			}
			last := strings.ToLower(toks[m.e-1].text)
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
	for si, ms := range d.bySent {
		toks := d.sents[si].toks
		for _, m := range ms {
			if m.event || m.e >= len(toks) {
				continue
			}
			h := toks[m.e].text
			if !orgHeads[h] || isCapWord(h) {
				continue
			}
			prefix := nameKey(m.name + " " + h)
			var hit *group
			n := 0
			for _, g := range d.groups {
				if g.into == nil && g != m.g && strings.HasPrefix(g.key, prefix) {
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
var orgSuffixWords = set(`party international inc inc. ltd ltd. plc group corporation corp corp.
	company co co. limited holdings llc ag sa`)

// industryWords end company names whose first word is used alone:
// "Vantric Semiconductor" and "Vantric".
var industryWords = set(`software semiconductor semiconductors pharmaceuticals pharma motors airlines
	airways technologies systems foods interactive games studios networks labs therapeutics
	biosciences capital partners ventures insurance bank bancorp electronics telecom energy
	mining resources logistics pictures films productions entertainment`)

// A one-word name also joins the one organisation whose name begins with
// it ("Northwind" and "Northwind Foods") unless the word reads as a place
// or a person by itself ("London" stays apart from "London Bridge").
func (d *docState) mergeOrgSuffix() {
	byFirst := map[string]*group{}
	orgFirst := map[string][]*group{}
	industryFirst := map[string]*group{}
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
		first := strings.ToLower(ws[0])
		if ok {
			byFirst[first] = g
		}
		ind := len(ws) == 2
		for _, w := range ws[1:] {
			if !industryWords[strings.ToLower(w)] {
				ind = false
			}
		}
		if ind && isCapWord(ws[0]) && g.votes[vOrg] > 0 {
			industryFirst[first] = g
		}
		if g.votes[vOrg] > max(g.votes[vPerson], g.votes[vPlace], g.votes[vEvent]) && isCapWord(ws[0]) && !strings.EqualFold(ws[0], "the") {
			orgFirst[first] = append(orgFirst[first], g)
		}
	}
	for _, g := range d.groups {
		if g.into != nil || strings.Contains(g.key, " ") {
			continue
		}
		if l := industryFirst[g.key]; l != nil && l != g && !d.properWord(g.key) {
			// "Vantric" and "Vantric Semiconductor", unless the word is a
			// known name of its own ("Texas" and "Texas Energy").
			g.into = l.root()
			continue
		}
		if l := byFirst[g.key]; l != nil && l != g {
			g.into = l.root()
			continue
		}
		if ls := orgFirst[g.key]; len(ls) == 1 && ls[0] != g {
			if n := g.ments[0].name; strings.Contains(n, ".") || isAllCaps(n) {
				continue // "U.S." is not short for "U.S. Attorney's Office", nor "NHS" for "NHS England"
			}
			v := g.votes
			if v[vPlace] < v[vOrg]+1 && v[vPerson] < 1 && v[vEvent] < 1 && !(v[vPlace] > v[vOrg] && d.placeMention(g)) {
				g.into = ls[0].root()
			}
		}
	}
}

// mergeSurnames joins "Rudd" and "Ms Rudd" to "Amber Rudd". When several
// people of the document share the surname, a short mention joins the one
// whose sex its honorific allows, and otherwise the one named most
// recently before it; before any full mention it stays unresolved.
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
		weak := g.votes[vPerson] <= max(g.votes[vOrg], g.votes[vPlace], g.votes[vEvent])
		if weak && !personShaped(ws) {
			continue
		}
		fulls = append(fulls, full{g, strings.ToLower(ws[0]), strings.ToLower(ws[len(ws)-1]), weak})
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
		// A word the document otherwise uses as a place or an
		// organisation is not a surname: "Indonesia" is not the last
		// word of the person "Indikator Politik Indonesia" (a mistyped
		// organisation).
		v := g.votes
		if !hon && max(v[vPlace], v[vOrg]) >= 1 && max(v[vPlace], v[vOrg]) > v[vPerson] {
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
		personal := hon || v[vPerson] > max(v[vOrg], v[vPlace], v[vEvent])
		var cands []*group
		for _, f := range fulls {
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
			// document has it and nobody has it as a surname.
			for _, f := range fulls {
				if f.first == key && f.g != g && !f.weak && !strings.Contains(f.last, ".") {
					cands = append(cands, f.g.root())
				}
			}
			if len(cands) == 0 {
				// A middle name: "Lula" of "Luiz Inácio Lula da Silva".
				for _, f := range fulls {
					ws := strings.Fields(strings.ToLower(f.g.ments[0].name))
					if len(ws) >= 3 && !f.weak && f.g != g && slices.Contains(ws[1:len(ws)-1], key) && personShaped(strings.Fields(f.g.ments[0].name)[:min(len(ws), 3)]) {
						cands = append(cands, f.g.root())
					}
				}
			}
			if len(cands) != 1 {
				continue
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
		if len(cands) == 1 {
			g.into = cands[0]
			if personal {
				for _, m := range g.ments {
					m.votes[vPerson] += 1.5 // the surname alone names a person
				}
			}
			continue
		}
		// Ambiguous: each mention goes to the most recent full name.
		for _, m := range g.ments {
			var best *group
			bestPos := -1
			for _, c := range cands {
				for _, cm := range c.ments {
					pos := cm.si*10000 + cm.s
					if pos <= m.si*10000+m.s && pos > bestPos {
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
		if !isCapWord(w) || isAllCaps(w) || orgHeadWord(l) || placeHeads[l] || eventNamesCap[l] || orgTails[l] || stopCaps[l] || workHeads[l] {
			return false
		}
	}
	return true
}

// workHeads end the names of programmes and works named after people:
// "Andrew Marr Show".
var workHeads = set(`show programme program podcast hour live tonight diaries files story`)

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
		}
		// "Valen" rather than the dateline's "VALEN", "WhatsApp" rather
		// than "WHATSAPP"; a short acronym stays as it is written.
		shout := func(x string) bool {
			if !isAllCaps(x) {
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
	return names[0]
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
			if !sent.title {
				st, en = sent.toks[m.s].start, sent.toks[m.e-1].end
			}
			text := m.name
			if st >= 0 {
				text = sent.src[st:en]
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

// personPossessions follow "X's" when X is a person.
var personPossessions = set(`family wife husband mother father son daughter sons daughters children
	parents brother sister widow partner girlfriend boyfriend funeral death lawyer lawyers
	grandchildren grandson granddaughter fiancee fiance mum mom dad
	debut career memoir memoirs biography birthday retirement childhood`)

// companyVerbs after "X, which" mark a company.
var companyVerbs = set(`founded listed incorporated headquartered sells sold makes made owns owned
	operates operated employs employed produces produced builds built develops developed provides
	offers runs manufactures publishes designs designed raised lost supplies supplied acquired bought
	invests invested trades`)

// orgPossessions follow "X's" when X is an organisation: its shares,
// website, board, chief technology officer.
var orgPossessions = set(`shares stock board website app apps platform headquarters subsidiary manager
	subsidiaries ceo cfo coo cto chairman chairwoman chairperson founder co-founder founders
	employees staff workers customers subscribers products brand brands stores factory factories
	plant plants revenue revenues profit profits sales earnings valuation shareholders investors
	officer executives executive president spokesman spokeswoman spokesperson directors
	chips striker strikers midfielder midfielders defender defenders goalkeeper squad teammate
	team-mate drivers`)

// possessedByPerson reports "'s" + a thing only people have, perhaps
// after modifiers: "Colin's family", "X's English-language debut".
func possessedByPerson(toks []tok, i int) bool {
	for k := i; k < len(toks) && k < i+3; k++ {
		l := toks[k].text
		if personPossessions[l] {
			return true
		}
		if strings.Contains(l, "-") && hasLetter(l) {
			continue // "English-language", "long-awaited"
		}
		if isCapWord(l) || toks[k].tag != "JJ" {
			return false
		}
	}
	return false
}

// possessedByOrg reports "'s" + a thing only organisations have:
// "Orbital's shares", "Lumora's chief technology officer".
func possessedByOrg(toks []tok, i int) bool {
	for k := i; k < len(toks) && k < i+4; k++ {
		l := toks[k].text
		if orgPossessions[l] {
			// "officer", "executive" and "president" need a modifier
			// ("chief executive", "vice president"): people have
			// presidents too, of a sort.
			if (l == "officer" || l == "executive" || l == "president" || l == "manager") && k == i {
				return false
			}
			return true
		}
		if !(titleModifiers[l] || toks[k].tag == "JJ" || toks[k].tag == "NN") || isCapWord(l) {
			return false
		}
	}
	return false
}

// occupationSuffixes end nouns for what people do: "cinematographer",
// "astrophysicist", "climatologist", "astronomer".
var occupationSuffixes = []string{"ist", "er", "or", "ian", "eer", "ant", "ess"}

// notPeople are nouns with those endings that name things, groups or places.
var notPeople = set(`river water center centre border corner number letter order paper
	computer quarter summer winter tower power cluster chamber theater theatre
	monster matter murder manner banner barrier weather`)

// occupation reports a lower-case noun for a person's occupation, by its
// ending, that is not an organisation's or a place's noun: "the
// cinematographer", "trader", "the architect".
func occupation(w, tag string) bool {
	if tag != "NN" || w == "" || !isASCIILetter(w[0]) || w[0] < 'a' {
		return false
	}
	if orgNouns[w] || placeHeads[w] || placeNouns[w] || orgHeads[w] || eventNouns[w] || timeWords[w] || notPeople[w] {
		return false
	}
	if descriptors[w] || roleNouns[w] {
		return true
	}
	if strings.HasSuffix(w, "maker") || strings.HasSuffix(w, "holder") {
		return false // "chipmaker", "shareholder"
	}
	for _, suf := range occupationSuffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// appositionHead reads the noun phrase that starts at token i after a
// comma ("a 38-year-old farmer from ...", "the augmented reality
// start-up backed by ...", "chief economist at ...") and says what its
// head noun makes the name before the comma: vPerson, vOrg, vPlace or -1.
// art reports whether the phrase began with an article; end is the token
// after the head.
func (d *docState) appositionHead(toks []tok, i int) (kind int, art bool, end int) {
	k := i
	if k < len(toks) {
		switch toks[k].text {
		case "the", "a", "an", "its", "his", "her", "their":
			art = true
			k++
		}
	}
	head, aged := -1, false
	for ; k < len(toks) && k < i+8; k++ {
		t := toks[k]
		if strings.HasSuffix(t.text, "-year-old") || strings.HasSuffix(t.text, "-years-old") {
			aged = true
			continue
		}
		if isCapWord(t.text) {
			if !art && head < 0 && k == i && !roleNouns[strings.ToLower(t.text)] {
				return -1, false, i // a list: "London, Paris"
			}
			continue // "the Swedish actor", "the Labour leader"
		}
		if t.tag == "NN" || t.tag == "NNS" || t.tag == "JJ" || t.tag == "VBG" && head < 0 || t.tag == "CD" || strings.HasPrefix(t.text, "-") || titleModifiers[t.text] {
			if t.tag == "NN" || t.tag == "NNS" || roleNouns[t.text] {
				head = k
			}
			continue
		}
		break
	}
	if head < 0 {
		if aged {
			return vPerson, art, k
		}
		return -1, art, k
	}
	h := toks[head].text
	switch {
	case aged || descriptors[h] || roleNouns[h] || occupation(h, toks[head].tag):
		return vPerson, art, head + 1
	case orgNouns[h]:
		return vOrg, art, head + 1
	case placeNouns[h]:
		return vPlace, art, head + 1
	}
	return -1, art, head + 1
}

// placeMention reports a group named somewhere right after "in", "near"
// or "across": "hospitals in Leeds", which keeps the town apart from an
// organisation named after it.
func (d *docState) placeMention(g *group) bool {
	for _, m := range g.ments {
		toks := d.sents[m.si].toks
		if m.s > 0 {
			p := toks[m.s-1].text
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
		switch d.sents[m.si].toks[m.s-1].text {
		case "of", "in", "from", "near", "across":
		default:
			return false
		}
	}
	return len(g.ments) > 0
}

// tokNames returns the texts of toks.
func tokNames(toks []tok) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.text
	}
	return out
}

// mergeCountryAliases joins the short and long forms of a country's name
// used in one document ("America" and "the United States").
func (d *docState) mergeCountryAliases() {
	first := map[string]*group{}
	for _, g := range d.groups {
		if g.into != nil {
			continue
		}
		c, ok := countryForms[g.key]
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

// datelineToks reports whether toks are the tokens of a dateline sentence.
func (d *docState) datelineToks(toks []tok) bool {
	for i := range d.sents {
		if d.sents[i].dl && len(d.sents[i].toks) > 0 && &d.sents[i].toks[0] == &toks[0] {
			return true
		}
	}
	return false
}

// countryName writes a countryForms key as a name: "united states" as
// "United States".
func countryName(key string) string {
	ws := strings.Fields(key)
	for i, w := range ws {
		if w != "of" && w != "the" {
			r, n := utf8.DecodeRuneInString(w)
			ws[i] = string(unicode.ToUpper(r)) + w[n:]
		}
	}
	return strings.Join(ws, " ")
}

// mergeShortForms joins two more kinds of short form to the entity they
// stand for: a name alone and the same name with an event noun ("COP29"
// and "the COP29 summit"), and a family name written first, as in Korean
// and Chinese names whose given name has a hyphen ("Park" and "Park
// Ji-won").
func (d *docState) mergeShortForms() {
	byKey := map[string]*group{}
	first := map[string][]*group{}
	for _, g := range d.groups {
		if g.into != nil || len(g.ments) == 0 {
			continue
		}
		byKey[g.key] = g
		ws := tokensOf(g.ments[0].name)
		if len(ws) == 2 && isCapWord(ws[0]) {
			if h := strings.IndexByte(ws[1], '-'); h > 0 && h+1 < len(ws[1]) && isCapWord(ws[1]) && !isCapWord(ws[1][h+1:]) {
				first[strings.ToLower(ws[0])] = append(first[strings.ToLower(ws[0])], g)
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
		if n := len(ws); n >= 2 && g.ments[0].event && eventNamesCap[ws[n-1]] && !isCapWord(tokensOf(g.ments[0].name)[n-1]) {
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
	}
}

// demonymNameAhead reports one to three capitalised words from token i
// that are no title ("the German Chancellor"), ending the name: after
// "the" and a nationality they name a national body or event.
func demonymNameAhead(toks []tok, i int) bool {
	k := i
	for k < len(toks) && k < i+3 && isCapWord(toks[k].text) {
		l := strings.ToLower(trimDot(toks[k].text))
		if roleNouns[l] || titleModifiers[l] || honorifics[l] || isDemonym(l) || timeWords[l] || stopCaps[l] || descriptors[l] {
			return false
		}
		k++
	}
	return k > i && k < len(toks) && !isCapWord(toks[k].text)
}
