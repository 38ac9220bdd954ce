package extract

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ergraph/ergraph/extract/lexicon"
	"github.com/ergraph/ergraph/extract/ner"
)

// findNames turns the tagger's spans into mentions. The tagger decides
// where names are and what they are; the rules here only do what the
// annotated data cannot teach: a title or honorific before a person is
// cut off and kept as a role, a name that the tagger split at a particle or
// a suffix is joined, a dateline names a place, and a name in a script
// without capitals is found after a title.
func (d *docState) findNames() {
	d.bySent = make([][]*mention, len(d.sents))
	story := d.body()
	surnames := d.surnames()
	stems := d.companyStems()
	for si := range d.sents {
		toks := d.sents[si].toks
		spans := joinSpans(toks, nicknames(toks, cutDates(toks, cutLeadingThe(toks, cutLowercase(toks, d.cutShouted(toks, d.spans[si]))), surnames)))
		if headline(toks) {
			spans = d.headlineNames(toks, spans, story)
		}
		spans = titledOf(toks, d.demonymPeople(toks, d.splitLists(toks, splitIn(toks, d.joinAnd(toks, spans)), story)))
		if !headline(toks) {
			spans = capitalisedLead(toks, spans)
		}
		if extra := caselessNames(toks, spans); len(extra) > 0 {
			// "Sheikh Mohammed" + "bin" + "Abdulrahman Al Thani"
			spans = append(spans, extra...)
			slices.SortFunc(spans, func(a, b ner.Span) int { return cmp.Compare(a.Start, b.Start) })
			spans = joinSpans(toks, spans)
		}
		if d.sents[si].dl {
			spans = datelinePlace(toks, spans)
		}
		var prev *mention // the mention that ended last, for "<org> <role> <person>"
		weight := 1.0
		if headline(toks) {
			weight = 0.5 // the tagger is least sure of headlines and capitals: the story decides
		}
		for _, sp := range spans {
			s := sp.Start
			if sp.Type == ner.Person {
				s = trimTitle(toks, s, sp.End)
			}
			hon := ""
			typ := sp.Type
			if l := strings.ToLower(toks[s].text); sp.End-s >= 3 && toks[s+1].text == "of" && (maleHonorifics[l] || femaleHonorifics[l]) {
				typ = ner.Person // "Duchess of York", "Prince of Wales"
			}
			// A name ending in a legal form is a company's, and so is that
			// name without it: "Dean Porter Inc", "Dean Porter".
			if t := leadingTitle(toks, s, sp.End); t > s && !d.commonNoun(toks[t].text) &&
				!legalForm(toks[sp.End-1].text) && !stems[joinText(toks[s:sp.End])] {
				for x := s; x < t; x++ {
					if l := strings.ToLower(trimDot(toks[x].text)); honorifics[l] {
						hon = l
					}
				}
				s = t
				typ = ner.Person // a title stands before a person's name
			}
			e := sp.End
			if typ == ner.Person && sp.Type != ner.Person {
				e = surnameAfter(toks, spans, e)
			}
			if s == sp.Start && stormBefore(toks, spans, s) {
				s-- // "Typhoon Haima", whose kind the tagger left out
			}
			m := d.newMention(si, s, e)
			if m == nil {
				continue
			}
			if vi := typeIndex(typ); vi >= 0 {
				m.votes[vi] += weight * sp.Score
			}
			if typ == ner.Misc && eventName(toks[s:sp.End]) {
				m.votes[vEvent] += 2 * sp.Score // "the Australian Open", "the Hungarian Grand Prix"
			}
			if sp.End-s >= 2 && stormLeads[strings.ToLower(toks[s].text)] {
				m.votes[vEvent] += 3 // "Typhoon Yagi", whatever the tagger read
			}
			if typ == ner.Person {
				d.readRole(si, s, m, prev, hon)
			}
			prev = m
		}
	}
	for _, m := range d.ments {
		d.bySent[m.si] = append(d.bySent[m.si], m)
	}
	d.kinNames()
	for si := range d.bySent {
		for _, m := range d.bySent[si] {
			d.contextVotes(m)
		}
	}
}

// stormBefore reports a capitalised storm word ("Typhoon", "Hurricane")
// just before token s that no span holds: the storm's name starts there.
func stormBefore(toks []tok, spans []ner.Span, s int) bool {
	if s == 0 || !isCapWord(toks[s-1].text) || !stormLeads[strings.ToLower(toks[s-1].text)] {
		return false
	}
	return !slices.ContainsFunc(spans, func(o ner.Span) bool { return o.Start <= s-1 && s-1 < o.End })
}

// leadingTitle returns where the title words that open span [s, e) end
// (s when none do): a title ends in a role noun or an honorific ("Home
// Secretary", "Sir"), or continues one begun before the span ("State" in
// "Secretary of State"). At least one word is left for the name.
func leadingTitle(toks []tok, s, e int) int {
	end := s
	for j := s; j < e-1 && isTitleWord(toks[j].text); j++ {
		l := strings.ToLower(trimDot(toks[j].text))
		if roleNouns[l] || honorifics[l] || hyphenatedTitle(l) || s >= 2 && toks[s-1].text == "of" && isRole(toks[s-2].text) {
			end = j + 1
		}
	}
	if end < e && !isCapWord(toks[end].text) {
		return s // "Director of Public Prosecutions" is an office, not a title and a name
	}
	return end
}

// titledOf cuts a titled person's span at "of" before a capitalised word:
// the tagger ran "Professor Mei Tanaka of Kyoto University" into one
// name. The person ends before "of"; what follows, run on over the
// capitalised words the tagger left out ("Karolinska" + "Institutet"), is
// most often an institution, and leans so by half the span's score. A
// title right before "of" is an office or a peerage ("Duchess of
// Cornwall", "Secretary of State"), and stays.
func titledOf(toks []tok, spans []ner.Span) []ner.Span {
	var out []ner.Span
	for i, sp := range spans {
		titled := sp.Type == ner.Person && sp.Start > 0 && isTitleWord(toks[sp.Start-1].text) ||
			leadingTitle(toks, sp.Start, sp.End) > sp.Start
		k := -1
		for x := sp.Start + 1; titled && x+1 < sp.End; x++ {
			if toks[x].text == "of" && isCapWord(toks[x+1].text) && !isTitleWord(toks[x-1].text) {
				k = x
				break
			}
		}
		if k < 0 {
			out = append(out, sp)
			continue
		}
		e := sp.End
		for e < len(toks) && (i+1 == len(spans) || e < spans[i+1].Start) && isCapWord(toks[e].text) && !isTitleWord(toks[e].text) {
			e++
		}
		out = append(out, ner.Span{Start: sp.Start, End: k, Type: sp.Type, Score: sp.Score},
			ner.Span{Start: k + 1, End: e, Type: ner.Organization, Score: sp.Score / 2})
	}
	return out
}

// commonNoun reports words the part-of-speech lexicon knows as common
// nouns: "Department" after "Justice" is no person's name.
func (d *docState) commonNoun(w string) bool {
	tg, _ := d.x.pos.Usual(strings.ToLower(w))
	return tg == "NN" || tg == "NNS"
}

// surnameAfter extends a person's name that a title revealed ("PC Keith"
// of "PC Keith Palmer", which the tagger read as an organisation) over up
// to two proper nouns after it that no span holds.
func surnameAfter(toks []tok, spans []ner.Span, e int) int {
	for k := e; k < len(toks) && k < e+2; k++ {
		t := toks[k]
		if !isCapWord(t.text) || t.tag != "NNP" || covered(spans, k) || timeWords[strings.ToLower(t.text)] {
			return k
		}
	}
	return min(e+2, len(toks))
}

// body is the document's words outside headlines, in lower case, indexed
// by word, so that whether a phrase stands in the story costs the
// occurrences of its first word, not a scan of the whole text.
type body struct {
	words []string
	at    map[string][]int // word -> its positions in words
}

func (d *docState) body() body {
	b := body{at: map[string][]int{}}
	for _, s := range d.sents {
		if headline(s.toks) {
			continue
		}
		for _, t := range s.toks {
			w := strings.ToLower(t.text)
			b.at[w] = append(b.at[w], len(b.words))
			b.words = append(b.words, w)
		}
	}
	return b
}

// count reports how many times toks stand in the body, in lower case,
// counting at most limit.
func (b body) count(toks []tok, limit int) int {
	if len(toks) == 0 {
		return 0
	}
	n := 0
	first := strings.ToLower(toks[0].text)
next:
	for _, p := range b.at[first] {
		if p+len(toks) > len(b.words) {
			break
		}
		for i, t := range toks[1:] {
			if b.words[p+1+i] != strings.ToLower(t.text) {
				continue next
			}
		}
		if n++; n >= limit {
			break
		}
	}
	return n
}

// confirmed reports whether a headline's span is short, or stands in the
// story too: a long run of capitalised headline words that the story never
// repeats ("Multinational Technology Companies And The Regulators") is the
// headline itself, not a name.
func confirmed(toks []tok, sp ner.Span, story body) bool {
	return sp.End-sp.Start < 4 || story.count(toks[sp.Start:sp.End], 1) > 0
}

// headlineNames keeps a headline's confirmed spans and cuts the others to
// their last words that are no common word in lower case: in title case
// the tagger can run a name over the headline's verbs and nouns ("Unveils
// New Chip To Rival Nvidia" gives Nvidia), and a span with no such word
// goes. A short span of common words alone that the story never repeats
// goes too ("Her Battery Start-Up", "Approves New Bridge"), and a span the
// story does not repeat loses the common words before the name it does
// ("Start-Up Optivue").
func (d *docState) headlineNames(toks []tok, spans []ner.Span, story body) []ner.Span {
	out := spans[:0:0]
	for _, sp := range spans {
		words := toks[sp.Start:sp.End]
		if !slices.ContainsFunc(words, func(t tok) bool { return !d.commonWord(t.text) }) && story.count(words, 1) == 0 {
			continue
		}
		if s := d.commonLead(toks, sp); s > sp.Start && story.count(words, 1) == 0 && story.count(toks[s:sp.End], 1) > 0 {
			sp.Start = s // "Start-Up Optivue" over a story of Optivue
		}
		if !confirmed(toks, sp, story) {
			s := sp.End
			for s > sp.Start && isCapWord(toks[s-1].text) && !d.commonWord(toks[s-1].text) {
				s--
			}
			if s == sp.End || s == sp.Start {
				continue
			}
			sp.Start = s
		}
		out = append(out, sp)
	}
	return out
}

// splitIn cuts a span at "in" or "at" before the name of a known place
// (GeoNames): the tagger ran a name on over where it is ("Shell in London
// and The Hague", "the Newseum in Washington"); "Partners in Health"
// and "Organisation for Security and Cooperation in Europe" stay whole.
func splitIn(toks []tok, spans []ner.Span) []ner.Span {
	var out []ner.Span
	for _, sp := range spans {
		cut := -1
		for k := sp.Start + 1; k+1 < sp.End && cut < 0; k++ {
			if toks[k].text != "in" && toks[k].text != "at" {
				continue
			}
			if slices.ContainsFunc(toks[sp.Start:k], func(t tok) bool { return !isCapWord(t.text) }) {
				break // "Organisation for Security and Cooperation in Europe"
			}
			for j := sp.End; j > k+1; j-- {
				if knownPlace(toks[k+1 : j]) {
					cut = k
					break
				}
			}
		}
		if cut < 0 {
			out = append(out, sp)
			continue
		}
		front := ner.Span{Start: sp.Start, End: cut, Type: sp.Type, Score: sp.Score}
		if sp.Type == ner.Place && !knownPlace(toks[sp.Start:cut]) {
			// The span read as a place for the place it ran on into:
			// what is "in" a place and is no place itself is an
			// organisation there ("Shell in London").
			front.Type = ner.Organization
		}
		out = append(out, front)
		out = append(out, placeList(toks, ner.Span{Start: cut + 1, End: sp.End, Type: ner.Place, Score: sp.Score})...)
	}
	return out
}

// placeList cuts a place span at "and" and commas when every piece is a
// known place ("London and The Hague").
func placeList(toks []tok, sp ner.Span) []ner.Span {
	var out []ner.Span
	start := sp.Start
	for k := sp.Start; k <= sp.End; k++ {
		if k < sp.End && toks[k].text != "and" && toks[k].text != "," {
			continue
		}
		if k == start || !knownPlace(toks[start:k]) {
			return []ner.Span{sp}
		}
		out = append(out, ner.Span{Start: start, End: k, Type: ner.Place, Score: sp.Score})
		start = k + 1
	}
	return out
}

// capitalisedLead extends a span left over the capitalised words the
// tagger left out before it inside a sentence ("the Crown Prosecution
// Service", "at the Old Bailey", "Contemporary Amperex Technology"): in
// running text a capital there marks a name, unless the word is a title, a
// nationality, a day or a month, a function word or an acronym.
func capitalisedLead(toks []tok, spans []ner.Span) []ner.Span {
	for i := range spans {
		sp := &spans[i]
		if isTitleWord(toks[sp.Start].text) {
			continue // "District Judge Patricia Gaughan": a title's words
		}
		// A nationality opens an institution's name: "Swedish Film Institute".
		institution := sp.Type == ner.Organization && orgHeadWord(strings.ToLower(toks[sp.End-1].text))
		start := sp.Start
		for k := sp.Start - 1; k >= 1 && !sentenceStart(toks, k) && (i == 0 || spans[i-1].End <= k); k-- {
			w := toks[k].text
			if w == "'" && k == sp.Start-1 && strings.HasSuffix(toks[k-1].text, "s") && isCapWord(toks[k-1].text) {
				continue // "Workers' Party": a plural possessive inside the name
			}
			l := strings.ToLower(trimDot(w))
			initial := utf8.RuneCountInString(w) == 1 && w != "A" && w != "I" // "E Ink Holdings"
			if !isCapWord(w) || isAllCaps(w) && !initial || isTitleWord(w) || isDemonym(l) && !institution || timeWords[l] || stopCaps[l] || !hasLetter(w) {
				break
			}
			sp.Start = k
		}
		if k := sp.Start; sp.Type == ner.Person && ner.GivenName(toks[start].text) && k < start && k >= 2 &&
			(toks[k-1].text == "and" || toks[k-1].text == "of") && isCapWord(toks[k-2].text) {
			sp.Start = start // "Minister of Lands and Natural Resources Samuel Abu Jinapor": an office's words
		}
	}
	return spans
}

// demonymPeople cuts a nationality off the front of a span whose other
// words are shaped like a person's name and none is a common word:
// "American Coco Gauff" is a person described as American, whatever the
// tagger read ("Chinese New Year", "Turkish Airlines" stay).
func (d *docState) demonymPeople(toks []tok, spans []ner.Span) []ner.Span {
	for i, sp := range spans {
		if sp.Type == ner.Place || sp.End-sp.Start < 3 || !isDemonym(strings.ToLower(toks[sp.Start].text)) {
			continue
		}
		var ws []string
		for _, t := range toks[sp.Start+1 : sp.End] {
			if d.commonWord(t.text) {
				ws = nil
				break
			}
			ws = append(ws, t.text)
		}
		if ws != nil && personShaped(ws) {
			spans[i].Start++
			spans[i].Type = ner.Person
		}
	}
	return spans
}

// commonLead returns where the common words that open span sp end, one
// word at least left.
func (d *docState) commonLead(toks []tok, sp ner.Span) int {
	s := sp.Start
	for s < sp.End-1 && d.commonWord(toks[s].text) {
		s++
	}
	return s
}

// commonWord reports words the part-of-speech lexicon knows in lower case
// as anything but a proper noun.
// A hyphenated word is common when its parts are ("Extra-Time",
// "Start-Up").
func (d *docState) commonWord(w string) bool {
	for p := range strings.SplitSeq(w, "-") {
		if tg, _ := d.x.pos.Usual(strings.ToLower(p)); tg == "" || strings.HasPrefix(tg, "NNP") {
			return false
		}
	}
	return true
}

// joinAnd joins two spans the tagger read on either side of "and" when
// they name one body (andBody): "Wiltshire Fire and Rescue Service", "the
// Food and Drug Administration" are one; "Tesla and Ford Motor Company"
// two.
func (d *docState) joinAnd(toks []tok, spans []ner.Span) []ner.Span {
	out := spans[:0:0]
	for i, sp := range spans {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if sp.Start == last.End+1 && d.andBody(toks, *last, sp.End) {
				last.End, last.Type, last.Score = sp.End, ner.Organization, max(last.Score, sp.Score)
				continue
			}
		}
		// The tagger may leave the second part out: "Wiltshire Fire" and
		// "Rescue Service" that no span holds.
		next := len(toks)
		if i+1 < len(spans) {
			next = spans[i+1].Start
		}
		e := sp.End + 1
		for e < next && e < sp.End+4 && isCapWord(toks[e].text) {
			e++
		}
		if e > sp.End+1 && d.andBody(toks, sp, e) {
			sp.End, sp.Type = e, ner.Organization
		}
		out = append(out, sp)
	}
	return out
}

// andBody reports whether span sp, "and" after it and the words up to e
// name one body: common words meet at "and" and the last word heads
// organisations' names ("Fire and Rescue Service", "Red Cross and Red
// Crescent Societies").
func (d *docState) andBody(toks []tok, sp ner.Span, e int) bool {
	a := sp.End
	return a+1 < e && e <= len(toks) && toks[a].text == "and" && sp.Type != ner.Person &&
		d.commonWord(toks[a-1].text) && d.commonWord(toks[a+1].text) && orgHeadWord(strings.ToLower(toks[e-1].text))
}

// splitLists cuts a span at "and" when the document names each side on
// its own elsewhere too: "Apple and WhatsApp must cooperate" names two
// companies, "the Securities and Exchange Commission" one; or one side,
// when both are names of two words or more with no common word at "and";
// or when both end as institutions' names do, or a person's span holds it.
func (d *docState) splitLists(toks []tok, spans []ner.Span, story body) []ner.Span {
	var out []ner.Span
	for _, sp := range spans {
		k := sp.Start + 1
		for k < sp.End-1 && toks[k].text != "and" {
			k++
		}
		if k >= sp.End-1 {
			out = append(out, sp)
			continue
		}
		left, right := story.count(toks[sp.Start:k], 2) == 2, story.count(toks[k+1:sp.End], 2) == 2
		// Or one side, when two names of two words or more meet at "and"
		// with no common word: "Hutchison Ports ECT and APM Terminals".
		names := k-sp.Start >= 2 && sp.End-k-1 >= 2 && !d.commonWord(toks[k-1].text) && !d.commonWord(toks[k+1].text)
		// Or when both sides end as institutions' names do ("the Novo
		// Nordisk Foundation and the Danish Dementia Research Centre"), or
		// the span is a person's, whose name has no "and".
		r := k + 1
		if r < sp.End-1 && strings.EqualFold(toks[r].text, "the") {
			r++
		}
		bodies := institutionHeads[strings.ToLower(toks[k-1].text)] && institutionHeads[strings.ToLower(toks[sp.End-1].text)]
		if left && right || (left || right) && names || bodies || sp.Type == ner.Person {
			out = append(out, ner.Span{Start: sp.Start, End: k, Type: sp.Type, Score: sp.Score},
				ner.Span{Start: r, End: sp.End, Type: sp.Type, Score: sp.Score})
			continue
		}
		out = append(out, sp)
	}
	return out
}

// headline reports a line whose every word of four or more letters is
// capitalised, and whose three-letter words in lower case are such as
// titles leave in lower case ("and", "for"): a title, or a line in
// capitals. "Emir Tamim bin Hamad Al Thani met Sheikh Mohammed in Doha" is
// a sentence.
func headline(toks []tok) bool {
	if n := len(toks); n > 0 && toks[n-1].text == ";" {
		return false // an item of a list: "Andrews Air Force Base, Md.;"
	}
	long := 0
	for _, t := range toks {
		n := utf8.RuneCountInString(t.text)
		if n < 3 || !hasLetter(t.text) {
			continue
		}
		if n == 3 {
			if !isCapWord(t.text) && !titleLowerWords[t.text] {
				return false
			}
			continue
		}
		if !isCapWord(t.text) {
			return false
		}
		long++
	}
	return long >= 2
}

// eventName reports a name that ends in a word that names events
// ("Cup", "Open", "Grand Prix", "Festival", "War") or opens with one in
// another language ("Copa"): the tagger's Misc names of that shape are
// events.
func eventName(toks []tok) bool {
	n := len(toks)
	last := strings.ToLower(toks[n-1].text)
	if n >= 2 && eventNamesCap[strings.ToLower(toks[n-2].text)+" "+last] { // set writes "grand_prix" as "grand prix"
		return true
	}
	return n >= 2 && (eventNamesCap[last] || eventNouns[last] && isCapWord(toks[n-1].text) || eventLeads[strings.ToLower(toks[0].text)])
}

// isTitleWord reports titles and honorifics, which never begin a name,
// hyphenated ones too ("Major-General", "Vice-Admiral").
func isTitleWord(t string) bool {
	l := strings.ToLower(trimDot(t))
	return honorifics[l] || roleNouns[l] || titleModifiers[l] || hyphenatedTitle(l)
}

// hyphenatedTitle reports a lower-case title of hyphenated title words
// ending in a role ("major-general", "vice-admiral").
func hyphenatedTitle(l string) bool {
	parts := strings.Split(l, "-")
	if len(parts) < 2 || !roleNouns[parts[len(parts)-1]] {
		return false
	}
	for _, p := range parts {
		if !(honorifics[p] || roleNouns[p] || titleModifiers[p] || p == "major") {
			return false
		}
	}
	return true
}

// readRole records the title before person mention m, which starts at
// token s: "Home Secretary Amber Rudd", "Secretary of State Antony Blinken",
// "Apple chief executive Tim Cook" (with a link from the organisation
// mention prev that ends where the title begins).
func (d *docState) readRole(si, s int, m *mention, prev *mention, hon string) {
	toks := d.sents[si].toks
	k, h := titleBefore(toks, s)
	if hon == "" {
		hon = h
	}
	if hon != "" {
		m.hon = hon
		m.votes[vPerson] += 3
		m.cue = true
	}
	var parts []string
	for x := k; x < s; x++ {
		if l := strings.ToLower(trimDot(toks[x].text)); honorifics[l] && !roleNouns[l] {
			continue
		}
		parts = append(parts, toks[x].text)
	}
	role := strings.Join(parts, " ")
	if role == "" {
		return
	}
	m.roles = appendUnique(m.roles, role)
	m.cue = true
	if prev != nil && prev.si == si && prev.e == k && !strings.Contains(role, " of") {
		d.links = append(d.links, titleLink{org: prev, person: m, role: role})
		prev.prefix = true
		if placeRoles[strings.ToLower(parts[len(parts)-1])] {
			prev.votes[vPlace] += 2 // "Boston mayor Michelle Wu": a mayor is of a place
		}
	}
}

// titleBefore returns where the title that ends at token s begins (s when
// there is none) and the honorific in it: role nouns, their modifiers,
// honorifics, and "of" with the capitalised words after it inside a title
// ("Secretary of State").
func titleBefore(toks []tok, s int) (int, string) {
	hon := ""
	k := s
	for k > 0 {
		t := toks[k-1].text
		l := strings.ToLower(trimDot(t))
		switch {
		case honorifics[l] && isCapWord(t):
			if hon == "" {
				hon = l
			}
		case roleNouns[l] || titleModifiers[l]:
		case isCapWord(t) && ofTitleAt(toks, k-1):
		case l == "of" && k >= 2 && k < s && isRole(toks[k-2].text):
		default:
			return k, hon
		}
		k--
	}
	return k, hon
}

func isRole(t string) bool {
	l := strings.ToLower(trimDot(t))
	return roleNouns[l] || titleModifiers[l]
}

// ofTitleAt reports whether the capitalised word at i follows "<role> of"
// within a few words: "State" in "Secretary of State", "Foreign Affairs"
// in "Minister of Foreign Affairs".
func ofTitleAt(toks []tok, i int) bool {
	for j := i - 1; j >= 1 && j >= i-3; j-- {
		if toks[j].text == "of" {
			return isRole(toks[j-1].text)
		}
		if !isCapWord(toks[j].text) {
			return false
		}
	}
	return false
}

// trimTitle moves the start s of a person span past the words of a title
// the tagger left inside it: "State" of "Secretary of State Antony
// Blinken", up to the first given name of the census lists.
func trimTitle(toks []tok, s, e int) int {
	if s < 2 || toks[s-1].text != "of" || !isRole(toks[s-2].text) {
		return s
	}
	for x := s; x < e-1; x++ {
		if ner.GivenName(toks[x].text) {
			return x
		}
	}
	return s
}

// joinSpans joins spans the tagger split inside one name: a person's
// name around lower-case particles ("Ursula von der Leyen"), a
// generational suffix ("Martin Luther King Jr."), and a company's legal
// form after a comma ("Acme, Inc."). Misc spans stay: they are
// nationalities, products and works, not entities of the graph, unless an
// event noun follows ("the World Cup qualifier").
func joinSpans(toks []tok, spans []ner.Span) []ner.Span {
	var out []ner.Span
	for _, sp := range splitSpans(toks, spans) {
		if n := len(out); n > 0 && sp.Type != ner.Misc {
			last := &out[n-1]
			if sp.Start < last.End {
				continue // inside a span a title extended: "House Speaker Paul Ryan"
			}
			if between := toks[last.End:sp.Start]; ampersand(between) && !(last.Type == ner.Place && sp.Type == ner.Place) {
				// "Marks & Spencer", whatever the tagger read of each side;
				// two places stay two ("Trinidad & Tobago" is a list too)
				last.End, last.Type = sp.End, ner.Organization
				last.Score = max(last.Score, sp.Score)
				continue
			}
			if between := toks[last.End:sp.Start]; len(between) == 1 && between[0].text == "of" && last.Type == ner.Organization &&
				sp.Type == ner.Place && slices.ContainsFunc(toks[last.Start:last.End], func(t tok) bool { return t.text == "of" }) {
				// "the Association of Indigenous Councils" + "of Caquetá":
				// an institution's name of the form "X of Y" goes on over
				// the place it is of
				last.End = sp.End
				continue
			}
			if between := toks[last.End:sp.Start]; spansJoin(last.Type, between, toks[sp.Start:sp.End]) {
				last.End = sp.End
				last.Score = max(last.Score, sp.Score)
				continue
			}
		}
		out = append(out, sp)
	}
	for i := range out {
		sp := &out[i]
		if sp.Type == ner.Person {
			// "Martin Luther King Jr.": up to two more capitalised words and the suffix
			for k := sp.End; k < len(toks) && k <= sp.End+2; k++ {
				if generational[trimDot(toks[k].text)] {
					sp.End = k + 1
					break
				}
				if !isCapWord(toks[k].text) {
					break
				}
			}
		}
		switch {
		case sp.End < len(toks) && legalForm(toks[sp.End].text):
			sp.End++ // "Globex Inc", the tagger stopping before the legal form
		case sp.Type == ner.Organization && sp.End+1 < len(toks) && toks[sp.End].text == "," && legalForm(toks[sp.End+1].text):
			sp.End += 2
		}
		if legalForm(toks[sp.End-1].text) && sp.End-sp.Start > 1 {
			sp.Type = ner.Organization // a legal form names a company, whatever the tagger read
		}
		if sp.Type != ner.Place {
			ampersandName(toks, out, i)
		}
		sp.End = orgTail(toks, *sp)
		placeKind(toks, out, i)
		if k := sp.Start - 1; k >= 0 && sp.Type != ner.Person && isCapWord(toks[k].text) &&
			placeLeads[strings.ToLower(toks[k].text)] && (i == 0 || out[i-1].End <= k) {
			sp.Start = k // "the River Avon", the tagger stopping after the kind of place
		}
	}
	// A span the joins above swallowed is gone.
	kept := out[:0]
	for i, sp := range out {
		if i > 0 && sp.Start < kept[len(kept)-1].End {
			continue
		}
		kept = append(kept, sp)
	}
	return kept
}

// cutShouted keeps out of names the verbs, adjectives and adverbs of six
// letters or more that a story in normal case writes in capitals for
// emphasis
// ("MESSAGING service WhatsApp has REJECTED Government pleas"): a span of
// such words alone goes, and one at a span's edge leaves it. Headlines and
// lines in capitals are left to the tagger.
func (d *docState) cutShouted(toks []tok, spans []ner.Span) []ner.Span {
	if headline(toks) {
		return spans
	}
	shouted := func(w string) bool {
		if utf8.RuneCountInString(w) < 6 || !isAllCaps(w) || !hasLetter(w) {
			return false
		}
		// Verbs, adjectives and adverbs only: the lexicon holds some
		// place names as common nouns ("oakland").
		tg, _ := d.x.pos.Usual(strings.ToLower(w))
		return strings.HasPrefix(tg, "VB") || strings.HasPrefix(tg, "JJ") || strings.HasPrefix(tg, "RB")
	}
	out := spans[:0:0]
	for _, sp := range spans {
		for sp.Start < sp.End && shouted(toks[sp.Start].text) {
			sp.Start++
		}
		for sp.End > sp.Start && shouted(toks[sp.End-1].text) {
			sp.End--
		}
		if sp.End > sp.Start {
			out = append(out, sp)
		}
	}
	return out
}

// orgTail returns where an organisation's name that the tagger stopped at
// its head word ends: "on", "for" or "of" and up to four capitalised words
// (no month or weekday) after the head of an institution continue it
// ("Kenya National Commission on Human Rights"); after a company's name
// they say where it is ("Kia Motor Corp of South Korea").
func orgTail(toks []tok, sp ner.Span) int {
	e := sp.End
	if sp.Type != ner.Organization || e+1 >= len(toks) || !institutionHeads[strings.ToLower(toks[e-1].text)] {
		return e
	}
	if p := toks[e].text; p != "on" && p != "for" && p != "of" {
		return e
	}
	k := e + 1
	for k < len(toks) && k < e+5 && isCapWord(toks[k].text) && !timeWords[strings.ToLower(trimDot(toks[k].text))] {
		k++
	}
	if k == e+1 {
		return e
	}
	return k
}

// cutLowercase keeps names to their capitalised words and the function
// words and particles between them: the tagger at times runs a span over
// a verb or a common noun ("Composer Thomas is a native" gives "Thomas is
// a"). A span cut so keeps its longest run that starts and ends with a
// capitalised word; a span without one (text in lower case, a script
// without capitals) is left as it is.
func cutLowercase(toks []tok, spans []ner.Span) []ner.Span {
	out := spans[:0:0]
	for _, sp := range spans {
		best, start := [2]int{-1, -1}, -1
		for k := sp.Start; k <= sp.End; k++ {
			if k < sp.End && !stopsName(toks[k]) {
				if start < 0 && isCapWord(toks[k].text) {
					start = k
				}
				continue
			}
			if start >= 0 {
				e := k
				for e > start && !isCapWord(toks[e-1].text) {
					e-- // "City University of New York and"
				}
				if e-start > best[1]-best[0] {
					best = [2]int{start, e}
				}
			}
			start = -1
		}
		if best[0] >= 0 && (best[0] != sp.Start || best[1] != sp.End) {
			sp.Start, sp.End = best[0], best[1]
		}
		out = append(out, sp)
	}
	return out
}

// cutLeadingThe cuts "The" from a name that starts a sentence or a
// headline's span with it: there its capital says nothing, and CoNLL-2003
// names take a capitalised "The" before a capitalised word 33 times in
// 312 ("The European Union fined" names the European Union). A whole name
// the gazetteer holds with its article keeps it ("The Bronx"). The
// shipped tagger already leaves a sentence's opening "The" out
// (ner.Model.markEdges); this serves headlines and models trained
// without that bound.
func cutLeadingThe(toks []tok, spans []ner.Span) []ner.Span {
	for i, sp := range spans {
		if sp.End-sp.Start < 2 || toks[sp.Start].text != "The" || !(sentenceStart(toks, sp.Start) || headline(toks)) {
			continue
		}
		if phrase := joinText(toks[sp.Start:sp.End]); !ner.KnownPlace(phrase) && !ner.PlaceName(phrase) {
			spans[i].Start++
		}
	}
	return spans
}

// sentenceStart reports whether token k opens the sentence, at most after
// opening quotes or brackets.
func sentenceStart(toks []tok, k int) bool {
	for _, t := range toks[:k] {
		if hasLetter(t.text) || startsWithDigit(t.text) {
			return false
		}
	}
	return true
}

// companyStems returns the words before the legal form of each of the
// tagger's names in the document that ends in one ("Dean Porter" of "Dean
// Porter Inc"), as joinText writes them.
func (d *docState) companyStems() map[string]bool {
	out := map[string]bool{}
	for si, spans := range d.spans {
		toks := d.sents[si].toks
		for _, sp := range spans {
			e := sp.End
			if e < len(toks) && legalForm(toks[e].text) {
				e++ // the tagger stopping before the legal form, as joinSpans reads it
			}
			if e-sp.Start >= 2 && legalForm(toks[e-1].text) {
				out[joinText(toks[sp.Start:e-1])] = true
			}
		}
	}
	return out
}

// surnames returns the last words of the names of two words or more that
// the tagger read as people in the document ("May" of "Theresa May").
func (d *docState) surnames() map[string]bool {
	out := map[string]bool{}
	for si, spans := range d.spans {
		for _, sp := range spans {
			if sp.Type == ner.Person && sp.End-sp.Start >= 2 {
				out[d.sents[si].toks[sp.End-1].text] = true
			}
		}
	}
	return out
}

// cutDates keeps dates out of names. A month or a weekday followed by a
// number ends a name, as wire datelines write it ("Moscow March 5
// (ITAR-TASS)"); a weekday or a month at either end of any name but a
// person's leaves it ("CNBC Friday"), as does a weekday before one, and
// a span that is nothing else is dropped ("Theresa May" keeps her name; a
// month before a name stays: "the March of Dimes"). A month or weekday
// alone that is the surname of a person of the document (surnames) and
// not followed by a number stays: "Mrs May", "May said".
func cutDates(toks []tok, spans []ner.Span, surnames map[string]bool) []ner.Span {
	out := spans[:0:0]
	for _, sp := range spans {
		if sp.End == sp.Start+1 && surnames[toks[sp.Start].text] && !dateAt(toks, sp.Start) {
			out = append(out, sp)
			continue
		}
		for k := sp.Start + 1; k < sp.End; k++ {
			if dateAt(toks, k) {
				sp.End = k
				break
			}
		}
		if sp.Type != ner.Person {
			if sp.End > sp.Start+1 && timeName(toks[sp.End-1].text) {
				sp.End--
				for sp.End > sp.Start+1 && (timeName(toks[sp.End-1].text) || !isCapWord(toks[sp.End-1].text)) {
					sp.End-- // "Show on Sunday": the word that led to the date goes too
				}
			}
			for sp.Start < sp.End-1 && weekday(toks[sp.Start].text) {
				sp.Start++
			}
			if sp.End == sp.Start+1 && timeName(toks[sp.Start].text) {
				continue
			}
		}
		if sp.End == sp.Start || sp.End == sp.Start+1 && dateAt(toks, sp.Start) {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// weekday reports a capitalised weekday ("Friday", "Fri."; an abbreviation
// only with its full stop: "The Sun" is a newspaper).
func weekday(w string) bool { return calendarWord(w, "Monday", "Mon") }

// timeName reports a capitalised month or weekday ("July", "Fri.").
func timeName(w string) bool {
	return calendarWord(w, "January", "Jan") || calendarWord(w, "Monday", "Mon")
}

// calendarWord reports w as a capitalised name of the time layout full, or
// of the layout short followed by a full stop.
func calendarWord(w, full, short string) bool {
	if !isCapWord(w) {
		return false
	}
	if _, err := time.Parse(full, w); err == nil {
		return true
	}
	_, err := time.Parse(short, strings.TrimSuffix(w, "."))
	return err == nil && strings.HasSuffix(w, ".")
}

// dateAt reports a month or weekday at token k followed by a number.
func dateAt(toks []tok, k int) bool {
	if k+1 >= len(toks) || !timeWords[strings.ToLower(trimDot(toks[k].text))] || !isCapWord(toks[k].text) {
		return false
	}
	return startsWithDigit(toks[k+1].text)
}

// stopsName reports a word that cannot stand inside a name: a lower-case
// verb, noun, adjective or adverb. Lower-case function words ("of", "and",
// "the", "for") and particles ("von", "de") can.
func stopsName(t tok) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	if !unicode.IsLower(r) || isCapWord(t.text) || nameParticles[t.text] {
		return false
	}
	for _, p := range []string{"VB", "NN", "JJ", "RB", "MD", "PRP", "CD"} {
		if strings.HasPrefix(t.tag, p) {
			return true
		}
	}
	return false
}

// spansJoin reports whether a span of type t, the tokens between and the next
// span's tokens are one name.
func spansJoin(t ner.Type, between, next []tok) bool {
	if len(between) == 0 {
		return t == ner.Person && len(next) > 0 && generational[trimDot(next[0].text)]
	}
	if t == ner.Place || t == ner.Organization {
		// "San José del Fragua", "Banco de la Nación": a place's or an
		// organisation's name goes on over "de", "del", "de la"
		for _, b := range between {
			if !placeParticles[b.text] {
				return false
			}
		}
		return true
	}
	if t != ner.Person {
		return false
	}
	for _, b := range between {
		if !nameParticles[b.text] {
			return false
		}
	}
	return true
}

// placeKind runs span i of spans over the kind of place the tagger
// stopped before: "Loei Province", and "South China Sea" whatever the
// tagger read "South China" as. A name that ends in a natural feature's
// kind is a place ("the Red Sea", which the tagger may read as an
// organisation).
func placeKind(toks []tok, spans []ner.Span, i int) {
	sp := &spans[i]
	if e := sp.End; e < len(toks) && isCapWord(toks[e].text) && (e+1 == len(toks) || !isCapWord(toks[e+1].text)) && (i+1 == len(spans) || spans[i+1].Start > e) {
		switch l := strings.ToLower(trimDot(toks[e].text)); {
		case sp.Type == ner.Place && adminHeads[l]:
			sp.End++
		case sp.Type != ner.Person && featureHeads[l]:
			sp.End = e + 1
		}
	}
	if l := strings.ToLower(trimDot(toks[sp.End-1].text)); sp.End-sp.Start >= 2 && sp.Type != ner.Person && featureHeads[l] {
		sp.Type = ner.Place
	}
}

// ampersand reports a gap of one "&" between two spans.
func ampersand(between []tok) bool { return len(between) == 1 && between[0].text == "&" }

// ampersandName runs span i of spans over an ampersand and the
// capitalised words no other span holds on either side: "Adeyemi &
// Partners", where the document's other mentions made the tagger read
// "Adeyemi" alone as a person. A name around "&" is a company's or a
// firm's.
func ampersandName(toks []tok, spans []ner.Span, i int) {
	sp := &spans[i]
	if e := sp.End; e+1 < len(toks) && toks[e].text == "&" && isCapWord(toks[e+1].text) {
		e++
		for e < len(toks) && isCapWord(toks[e].text) && (i+1 == len(spans) || e < spans[i+1].Start) {
			e++
		}
		sp.End, sp.Type = e, ner.Organization
	}
	if s := sp.Start; s >= 2 && toks[s-1].text == "&" && isCapWord(toks[s-2].text) && (i == 0 || spans[i-1].End < s-1) {
		s--
		for s > 0 && isCapWord(toks[s-1].text) && !isTitleWord(toks[s-1].text) && (i == 0 || spans[i-1].End < s) {
			s--
		}
		sp.Start, sp.Type = s, ner.Organization
	}
}

// generational suffixes follow a person's name.
var generational = lexicon.Set("generational")

// legalForm reports a capitalised company legal form, with or without its
// full stop ("Inc.", "GmbH", "LLC"; the gazetteer's list). In lower case
// some are common words ("limited").
func legalForm(w string) bool {
	return isCapWord(w) && (ner.LegalForm(w) || ner.LegalForm(trimDot(w)))
}

// nicknames joins a person's name around a nickname in quotes, which the
// tagger reads as two or three names: Jürgen "The Wall" Müller is one
// person (newMention keeps the nickname apart).
func nicknames(toks []tok, spans []ner.Span) []ner.Span {
	var out []ner.Span
	for k := 0; k < len(spans); k++ {
		sp := spans[k]
		q := sp.End
		if q+2 < len(toks) && toks[q].text == `"` && isCapWord(toks[q+1].text) {
			c := q + 1
			for c < len(toks) && c < q+5 && toks[c].text != `"` {
				c++
			}
			if c+1 < len(toks) && toks[c].text == `"` && isCapWord(toks[c+1].text) {
				e := c + 2
				for e < len(toks) && isCapWord(toks[e].text) && !covered(spans[k+1:], e) {
					e++
				}
				for k+1 < len(spans) && spans[k+1].Start < e {
					e = max(e, spans[k+1].End)
					k++
				}
				out = append(out, ner.Span{Start: sp.Start, End: e, Type: ner.Person, Score: sp.Score})
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

// splitSpans cuts spans that hold more than one name: at a comma (a
// list, or a name and an apposition) and, in a person's span, before a
// title: "Apple CEO Tim Cook" is a name, a title and a person. The part
// before the title gets no type of its own; its other mentions in the
// document decide it.
func splitSpans(toks []tok, spans []ner.Span) []ner.Span {
	var out []ner.Span
	for _, sp := range spans {
		start := sp.Start
		for x := sp.Start; x <= sp.End; x++ {
			if x < sp.End && toks[x].text != "," && toks[x].text != ";" {
				continue
			}
			if start < x {
				out = append(out, splitTitle(toks, ner.Span{Start: start, End: x, Type: sp.Type, Score: sp.Score})...)
			}
			start = x + 1
		}
	}
	return out
}

// splitTitle cuts a span before its last inner title (ending in a role
// noun or an honorific) followed by a capitalised word: the words after
// the title are a person, with up to two proper nouns after the span when
// the tagger stopped at a given name. Those before keep the span's type,
// unless it was a person's span.
func splitTitle(toks []tok, sp ner.Span) []ner.Span {
	for k := sp.End - 2; k > sp.Start; k-- {
		l := strings.ToLower(trimDot(toks[k].text))
		if !(roleNouns[l] || honorifics[l]) || !isCapWord(toks[k+1].text) || isTitleWord(toks[k+1].text) ||
			generational[trimDot(toks[k+1].text)] || headWord(strings.ToLower(toks[sp.End-1].text)) {
			continue // a title ends in a role or an honorific: not "Justice Department", not "King Jr.", not "Premier League"
		}
		if honorifics[l] && !roleNouns[l] && ner.GivenName(toks[k-1].text) {
			continue // a middle name after a given name: "James Earl Ray"
		}
		t := k
		for t > sp.Start && isTitleWord(toks[t-1].text) {
			t--
		}
		person := ner.Span{Start: k + 1, End: sp.End, Type: ner.Person, Score: sp.Score}
		if person.End-person.Start == 1 && ner.GivenName(toks[person.Start].text) {
			// "House Speaker Paul" of "House Speaker Paul Ryan": the tagger
			// stopped at the given name.
			// Over a span of the tagger's too (no spans given), which
			// joinSpans then drops.
			person.End = surnameAfter(toks, nil, person.End)
		}
		and := t
		for and > sp.Start && (toks[and-1].text == "and" || toks[and-1].text == "&") {
			and--
		}
		if and == sp.Start {
			return []ner.Span{person}
		}
		head := ner.Span{Start: sp.Start, End: and, Type: sp.Type, Score: sp.Score}
		switch {
		case and < t && isTitleWord(toks[sp.Start].text):
			// "Sergeant Musa Abdullahi and Corporal Emeka Eze": two people
			return append(splitTitle(toks, ner.Span{Start: sp.Start, End: and, Type: ner.Person, Score: sp.Score}), person)
		case sp.Type == ner.Person:
			head.Type = ""
		}
		return []ner.Span{head, person}
	}
	return []ner.Span{sp}
}

// datelinePlace makes the capitalised words that open a dateline
// ("SALT LAKE CITY (Reuters) -", "VENICE, Italy -") one place, in place of
// whatever spans the tagger gave them, and the agency in brackets an
// organisation.
func datelinePlace(toks []tok, spans []ner.Span) []ner.Span {
	e := 0
	for e < len(toks) && isCapWord(toks[e].text) && !dateAt(toks, e) {
		e++
	}
	if e == 0 {
		return spans
	}
	out := []ner.Span{{Start: 0, End: e, Type: ner.Place, Score: 1}}
	if r := e + 1; r < len(toks) && toks[e].text == "," && isCapWord(toks[r].text) && !dateAt(toks, r) {
		// "EAST LANSING, Mich. (AP)", "KATHMANDU, Nepal (AP)": the place's
		// state or country, whether or not the tagger read it.
		re := r
		for re < len(toks) && re < r+3 && isCapWord(toks[re].text) && !dateAt(toks, re) {
			re++
		}
		if !slices.ContainsFunc(spans, func(sp ner.Span) bool { return sp.Start < re && sp.End > r }) {
			out = append(out, ner.Span{Start: r, End: re, Type: ner.Place, Score: 1})
		}
	}
	// "(Reuters)": the agency that wrote the story, after the place's state
	// and a date at most ("HANOI, Vietnam, Sept. 8 (AFP)").
	credit := -1
	for k := e; k+2 < len(toks) && k < e+10; k++ {
		if toks[k].text == "(" && isCapWord(toks[k+1].text) && toks[k+2].text == ")" {
			credit = k + 1
			out = append(out, ner.Span{Start: credit, End: credit + 1, Type: ner.Organization, Score: 1})
			break
		}
	}
	for _, sp := range spans {
		if sp.Start >= e && (credit < 0 || sp.End <= credit || sp.Start > credit) {
			out = append(out, sp)
		}
	}
	slices.SortFunc(out, func(a, b ner.Span) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

// headWord reports a word that heads names of organisations or places:
// after a role noun it makes a name of something else ("the Premier
// League"); after an honorific it is a surname ("Mr Church").
func headWord(l string) bool { return orgHeadWord(l) || placeHeads[l] }

// caselessNames finds the names the tagger missed: a run of proper nouns
// after a title or an honorific ("Mr Halloway left.") is a person, and so,
// less surely, is a run of words in a script without capitals standing in
// the text ("李明 said", "President 习近平"): the tagger cannot see those.
// In a headline every word is capitalised, so a title says nothing of the
// words after it ("Police Officer Charged Over Killing").
func caselessNames(toks []tok, spans []ner.Span) []ner.Span {
	var out []ner.Span
	hl := headline(toks)
	for i := 0; i < len(toks); i++ {
		if covered(spans, i) {
			continue
		}
		titled, role := false, false
		if i > 0 && !hl {
			l := strings.ToLower(trimDot(toks[i-1].text))
			titled = (honorifics[l] || roleNouns[l]) && isCapWord(toks[i-1].text)
			role = titled && !honorifics[l]
		}
		j := i
		for j < len(toks) && j < i+3 && !covered(spans, j) && (caseless(toks[j].text) ||
			titled && isCapWord(toks[j].text) && toks[j].tag == "NNP" && !isTitleWord(toks[j].text) && !timeWords[strings.ToLower(toks[j].text)] &&
				!(role && headWord(strings.ToLower(toks[j].text)))) {
			j++
		}
		switch {
		case j > i && titled:
			out = append(out, ner.Span{Start: i, End: j, Type: ner.Person, Score: 0.5})
		case j > i && caseless(toks[i].text):
			out = append(out, ner.Span{Start: i, End: j, Type: ner.Person, Score: 0.3})
		default:
			continue
		}
		i = j - 1
	}
	return out
}

// caseless reports a word of letters none of which has case.
func caseless(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) || unicode.IsUpper(r) || unicode.IsLower(r) {
			return false
		}
	}
	return utf8.RuneCountInString(w) > 0
}
