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
	"github.com/ergraph/ergraph/extract/text"
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
		toks := d.sents[si].Tokens
		spans := joinSpans(toks, nicknames(toks, cutDates(toks, cutLeadingThe(toks, cutLowercase(toks, splitPhrases(toks, d.cutShouted(toks, d.spans[si])))), surnames)))
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
		if d.sents[si].Dateline {
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
			if l := strings.ToLower(toks[s].Text); sp.End-s >= 3 && toks[s+1].Text == "of" && (maleHonorifics[l] || femaleHonorifics[l]) {
				typ = ner.Person // "Duchess of York", "Prince of Wales"
			}
			// A name ending in a legal form is a company's, and so is that
			// name without it: "Dean Porter Inc", "Dean Porter".
			if t := leadingTitle(toks, s, sp.End); t > s && !d.commonNoun(toks[t].Text) &&
				!legalForm(toks[sp.End-1].Text) && !stems[joinText(toks[s:sp.End])] && !titledName(toks, sp, s, t) {
				for x := s; x < t; x++ {
					if l := strings.ToLower(text.TrimDot(toks[x].Text)); honorifics[l] {
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
			if typ == ner.Misc && eventName(toks[s:sp.End]) || typ == ner.Organization && namedEvent(toks[s:sp.End]) {
				m.votes[vEvent] += 2 * sp.Score // "the Australian Open", "the Hungarian Grand Prix", "the Edinburgh Jazz Festival"
			}
			if sp.End-s >= 2 && stormLeads[strings.ToLower(toks[s].Text)] {
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
func stormBefore(toks []text.Token, spans []ner.Span, s int) bool {
	if s == 0 || !text.IsCapWord(toks[s-1].Text) || !stormLeads[strings.ToLower(toks[s-1].Text)] {
		return false
	}
	return !slices.ContainsFunc(spans, func(o ner.Span) bool { return o.Start <= s-1 && s-1 < o.End })
}

// leadingTitle returns where the title words that open span [s, e) end
// (s when none do): a title ends in a role noun or an honorific ("Home
// Secretary", "Sir"), or continues one begun before the span ("State" in
// "Secretary of State"). At least one word is left for the name.
// After a title in lower case, a title's word that is a given name
// opens the name.
func leadingTitle(toks []text.Token, s, e int) int {
	end := s
	if s > 0 && e-s == 2 && isRole(toks[s-1].Text) && !text.IsCapWord(toks[s-1].Text) && ner.GivenName(toks[s].Text) {
		return s // "Harrowgate manager Dean Whitfield": after a title, a given name, not a second title
	}
	for j := s; j < e-1 && isTitleWord(toks[j].Text); j++ {
		l := strings.ToLower(text.TrimDot(toks[j].Text))
		if roleNouns[l] || honorifics[l] || hyphenatedTitle(l) || s >= 2 && toks[s-1].Text == "of" && isRole(toks[s-2].Text) {
			end = j + 1
		}
	}
	if end < e && !text.IsCapWord(toks[end].Text) {
		return s // "Director of Public Prosecutions" is an office, not a title and a name
	}
	return end
}

// titledName reports a name the tagger read as no person's that opens
// with a title used as an adjective ("General Motors", "the General
// Accounting Office", "Major League Baseball"), title words [s, t) of
// span sp: the title is part of the name unless a given name follows it
// ("General Mark Milley").
func titledName(toks []text.Token, sp ner.Span, s, t int) bool {
	return sp.Type != ner.Person && t == s+1 && nameTitles[strings.ToLower(toks[s].Text)] && !ner.GivenName(toks[t].Text)
}

// titledOf cuts a titled person's span at "of" before a capitalised word:
// the tagger ran "Professor Mei Tanaka of Kyoto University" into one
// name. The person ends before "of"; what follows, run on over the
// capitalised words the tagger left out ("Karolinska" + "Institutet"), is
// most often an institution, and leans so by half the span's score. A
// title right before "of" is an office or a peerage ("Duchess of
// Cornwall", "Secretary of State"), and stays.
func titledOf(toks []text.Token, spans []ner.Span) []ner.Span {
	var out []ner.Span
	for i, sp := range spans {
		titled := sp.Type == ner.Person && sp.Start > 0 && isTitleWord(toks[sp.Start-1].Text) ||
			leadingTitle(toks, sp.Start, sp.End) > sp.Start
		k := -1
		for x := sp.Start + 1; titled && x+1 < sp.End; x++ {
			if toks[x].Text == "of" && text.IsCapWord(toks[x+1].Text) && !isTitleWord(toks[x-1].Text) {
				k = x
				break
			}
		}
		if k < 0 {
			out = append(out, sp)
			continue
		}
		e := sp.End
		for e < len(toks) && (i+1 == len(spans) || e < spans[i+1].Start) && text.IsCapWord(toks[e].Text) && !isTitleWord(toks[e].Text) {
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
func surnameAfter(toks []text.Token, spans []ner.Span, e int) int {
	for k := e; k < len(toks) && k < e+2; k++ {
		t := toks[k]
		if !text.IsCapWord(t.Text) || t.Tag != "NNP" || covered(spans, k) || timeWords[strings.ToLower(t.Text)] {
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
		if headline(s.Tokens) {
			continue
		}
		for _, t := range s.Tokens {
			w := strings.ToLower(t.Text)
			b.at[w] = append(b.at[w], len(b.words))
			b.words = append(b.words, w)
		}
	}
	return b
}

// count reports how many times toks stand in the body, in lower case,
// counting at most limit.
func (b body) count(toks []text.Token, limit int) int {
	if len(toks) == 0 {
		return 0
	}
	n := 0
	first := strings.ToLower(toks[0].Text)
next:
	for _, p := range b.at[first] {
		if p+len(toks) > len(b.words) {
			break
		}
		for i, t := range toks[1:] {
			if b.words[p+1+i] != strings.ToLower(t.Text) {
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
func confirmed(toks []text.Token, sp ner.Span, story body) bool {
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
func (d *docState) headlineNames(toks []text.Token, spans []ner.Span, story body) []ner.Span {
	out := spans[:0:0]
	for _, sp := range spans {
		words := toks[sp.Start:sp.End]
		if !slices.ContainsFunc(words, func(t text.Token) bool { return !d.commonWord(t.Text) }) && story.count(words, 1) == 0 {
			continue
		}
		if s := d.commonLead(toks, sp); s > sp.Start && story.count(words, 1) == 0 && story.count(toks[s:sp.End], 1) > 0 {
			sp.Start = s // "Start-Up Optivue" over a story of Optivue
		}
		if !confirmed(toks, sp, story) {
			s := sp.End
			for s > sp.Start && text.IsCapWord(toks[s-1].Text) && !d.commonWord(toks[s-1].Text) {
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
func splitIn(toks []text.Token, spans []ner.Span) []ner.Span {
	var out []ner.Span
	for _, sp := range spans {
		cut := -1
		for k := sp.Start + 1; k+1 < sp.End && cut < 0; k++ {
			if toks[k].Text != "in" && toks[k].Text != "at" {
				continue
			}
			if slices.ContainsFunc(toks[sp.Start:k], func(t text.Token) bool { return !text.IsCapWord(t.Text) }) {
				break // "Organisation for Security and Cooperation in Europe"
			}
			for j := sp.End; j > k+1; j-- {
				if text.KnownPlace(toks[k+1 : j]) {
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
		if sp.Type == ner.Place && !text.KnownPlace(toks[sp.Start:cut]) {
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
func placeList(toks []text.Token, sp ner.Span) []ner.Span {
	var out []ner.Span
	start := sp.Start
	for k := sp.Start; k <= sp.End; k++ {
		if k < sp.End && toks[k].Text != "and" && toks[k].Text != "," {
			continue
		}
		if k == start || !text.KnownPlace(toks[start:k]) {
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
func capitalisedLead(toks []text.Token, spans []ner.Span) []ner.Span {
	for i := range spans {
		sp := &spans[i]
		if isTitleWord(toks[sp.Start].Text) {
			continue // "District Judge Patricia Gaughan": a title's words
		}
		// A nationality opens an institution's name: "Swedish Film Institute".
		institution := sp.Type == ner.Organization && orgHeadWord(strings.ToLower(toks[sp.End-1].Text))
		start := sp.Start
		for k := sp.Start - 1; k >= 1 && !sentenceStart(toks, k) && (i == 0 || spans[i-1].End <= k); k-- {
			w := toks[k].Text
			if w == "'" && k == sp.Start-1 && strings.HasSuffix(toks[k-1].Text, "s") && text.IsCapWord(toks[k-1].Text) {
				continue // "Workers' Party": a plural possessive inside the name
			}
			l := strings.ToLower(text.TrimDot(w))
			initial := utf8.RuneCountInString(w) == 1 && w != "A" && w != "I" // "E Ink Holdings"
			if !text.IsCapWord(w) || text.IsAllCaps(w) && !initial || isTitleWord(w) || isDemonym(l) && !institution || timeWords[l] || stopCaps[l] || !text.HasLetter(w) {
				break
			}
			sp.Start = k
		}
		if k := sp.Start; sp.Type == ner.Person && ner.GivenName(toks[start].Text) && k < start && k >= 2 &&
			(toks[k-1].Text == "and" || toks[k-1].Text == "of") && text.IsCapWord(toks[k-2].Text) {
			sp.Start = start // "Minister of Lands and Natural Resources Samuel Abu Jinapor": an office's words
		}
	}
	return spans
}

// demonymPeople cuts a nationality off the front of a span whose other
// words are shaped like a person's name and none is a common word:
// "American Coco Gauff" is a person described as American, whatever the
// tagger read ("Chinese New Year", "Turkish Airlines" stay).
func (d *docState) demonymPeople(toks []text.Token, spans []ner.Span) []ner.Span {
	for i, sp := range spans {
		if sp.Type == ner.Place || sp.End-sp.Start < 3 || !isDemonym(strings.ToLower(toks[sp.Start].Text)) {
			continue
		}
		var ws []string
		for _, t := range toks[sp.Start+1 : sp.End] {
			if d.commonWord(t.Text) {
				ws = nil
				break
			}
			ws = append(ws, t.Text)
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
func (d *docState) commonLead(toks []text.Token, sp ner.Span) int {
	s := sp.Start
	for s < sp.End-1 && d.commonWord(toks[s].Text) {
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
// they name one body (andBody, placesBody): "Wiltshire Fire and Rescue
// Service", "the Food and Drug Administration", "Avon and Somerset
// Police" are one; "Tesla and Ford Motor Company" two.
func (d *docState) joinAnd(toks []text.Token, spans []ner.Span) []ner.Span {
	out := spans[:0:0]
	for i, sp := range spans {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if sp.Start == last.End+1 && (d.andBody(toks, *last, sp.End) || placesBody(toks, *last, sp)) {
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
		for e < next && e < sp.End+4 && text.IsCapWord(toks[e].Text) {
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
func (d *docState) andBody(toks []text.Token, sp ner.Span, e int) bool {
	a := sp.End
	return a+1 < e && e <= len(toks) && toks[a].Text == "and" && sp.Type != ner.Person &&
		d.commonWord(toks[a-1].Text) && d.commonWord(toks[a+1].Text) && orgHeadWord(strings.ToLower(toks[e-1].Text))
}

// placesBody reports two places joined by "and" that a body of both
// serves: a place's span, "and", then an organisation's span of a place
// and a head ("Avon and Somerset Police", "Devon and Cornwall Police").
func placesBody(toks []text.Token, place, body ner.Span) bool {
	return place.Type == ner.Place && body.Type != ner.Place && toks[place.End].Text == "and" &&
		body.End-body.Start >= 2 && orgHeadWord(strings.ToLower(toks[body.End-1].Text)) &&
		text.KnownPlace(toks[place.Start:place.End]) && text.KnownPlace(toks[body.Start:body.End-1])
}

// loneAcronym reports an acronym of two letters or more without periods
// ("NHK", "BBC").
func loneAcronym(w string) bool {
	return text.IsAllCaps(w) && utf8.RuneCountInString(w) >= 2 && !strings.Contains(w, ".")
}

// splitLists cuts a span at "and" when the document names each side on
// its own elsewhere too: "Apple and WhatsApp must cooperate" names two
// companies, "the Securities and Exchange Commission" one; or one side,
// when both are names of two words or more with no common word at "and";
// or when both end as institutions' names do, or a person's span holds it.
func (d *docState) splitLists(toks []text.Token, spans []ner.Span, story body) []ner.Span {
	var out []ner.Span
	for _, sp := range spans {
		k := sp.Start + 1
		for k < sp.End-1 && toks[k].Text != "and" {
			k++
		}
		if k >= sp.End-1 {
			out = append(out, sp)
			continue
		}
		left, right := story.count(toks[sp.Start:k], 2) == 2, story.count(toks[k+1:sp.End], 2) == 2
		r := k + 1
		if r < sp.End-1 && strings.EqualFold(toks[r].Text, "the") {
			r++
		}
		// Or one side, when two names of two words or more meet at "and"
		// with no common word: "Hutchison Ports ECT and APM Terminals".
		names := k-sp.Start >= 2 && sp.End-r >= 2 && !d.commonWord(toks[k-1].Text) && !d.commonWord(toks[r].Text)
		// Or at "and the" between names of two words or more: "the
		// Liberal Democrats and the Green Party" ("Bob Marley and the
		// Wailers" stays).
		theNames := r == k+2 && k-sp.Start >= 2 && sp.End-r >= 2
		// Or when both sides end as institutions' names do ("the Novo
		// Nordisk Foundation and the Danish Dementia Research Centre"), or
		// the span is a person's, whose name has no "and".
		bodies := institutionHeads[strings.ToLower(toks[k-1].Text)] && institutionHeads[strings.ToLower(toks[sp.End-1].Text)]
		// Or when a known company's name meets a body's name of two words
		// or more: "Google and Oxford University".
		bodies = bodies || k-sp.Start <= 3 && ner.KnownCompany(strings.ToLower(joinText(toks[sp.Start:k]))) &&
			sp.End-r >= 2 && orgHeadWord(strings.ToLower(toks[sp.End-1].Text))
		// Or when one side is an acronym alone: "Children's Television
		// Workshop and NHK".
		acronym := k-sp.Start == 1 && loneAcronym(toks[sp.Start].Text) || sp.End-r == 1 && loneAcronym(toks[r].Text)
		if sp.End-r == 1 && isDemonym(strings.ToLower(toks[r].Text)) {
			// "Sabancı Holding and the Brazilian company Vale": a
			// nationality opens the next phrase
			out = append(out, ner.Span{Start: sp.Start, End: k, Type: sp.Type, Score: sp.Score})
			continue
		}
		if left && right || (left || right) && names || theNames || bodies || acronym || sp.Type == ner.Person {
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
func headline(toks []text.Token) bool {
	if n := len(toks); n > 0 && toks[n-1].Text == ";" {
		return false // an item of a list: "Andrews Air Force Base, Md.;"
	}
	long := 0
	for _, t := range toks {
		n := utf8.RuneCountInString(t.Text)
		if n < 3 || !text.HasLetter(t.Text) {
			continue
		}
		if n == 3 {
			if !text.IsCapWord(t.Text) && !titleLowerWords[t.Text] {
				return false
			}
			continue
		}
		if !text.IsCapWord(t.Text) {
			return false
		}
		long++
	}
	return long >= 2
}

// eventOnlyNames end the names of events and of nothing else: a company
// may end in "Games", an athletic body in "Conference".
var eventOnlyNames = lexicon.Set("eventOnlyNames")

// namedEvent reports a name that ends as only events' names do
// ("Festival", "Grand Prix", "Cup"), whatever the tagger read.
func namedEvent(toks []text.Token) bool { return endsIn(eventOnlyNames, toks) }

// eventName reports a name that ends in a word that names events
// ("Cup", "Open", "Grand Prix", "Festival", "War") or opens with one in
// another language ("Copa"): the tagger's Misc names of that shape are
// events.
func eventName(toks []text.Token) bool {
	n := len(toks)
	return endsIn(eventNamesCap, toks) || n >= 2 && (eventNouns[strings.ToLower(toks[n-1].Text)] && text.IsCapWord(toks[n-1].Text) || eventLeads[strings.ToLower(toks[0].Text)])
}

// endsIn reports a name of two words or more whose last word, or last two
// (a set writes "grand_prix" as "grand prix"), are in set.
func endsIn(set map[string]bool, toks []text.Token) bool {
	n := len(toks)
	last := strings.ToLower(toks[n-1].Text)
	return n >= 2 && (set[last] || set[strings.ToLower(toks[n-2].Text)+" "+last])
}

// isTitleWord reports titles and honorifics, which never begin a name,
// hyphenated ones too ("Major-General", "Vice-Admiral").
func isTitleWord(t string) bool {
	l := strings.ToLower(text.TrimDot(t))
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
	toks := d.sents[si].Tokens
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
		if l := strings.ToLower(text.TrimDot(toks[x].Text)); honorifics[l] && !roleNouns[l] {
			continue
		}
		parts = append(parts, toks[x].Text)
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
func titleBefore(toks []text.Token, s int) (int, string) {
	hon := ""
	k := s
	for k > 0 {
		t := toks[k-1].Text
		l := strings.ToLower(text.TrimDot(t))
		switch {
		case honorifics[l] && text.IsCapWord(t):
			if hon == "" {
				hon = l
			}
		case roleNouns[l] || titleModifiers[l]:
		case text.IsCapWord(t) && ofTitleAt(toks, k-1):
		case l == "of" && k >= 2 && k < s && isRole(toks[k-2].Text):
		default:
			return k, hon
		}
		k--
	}
	return k, hon
}

func isRole(t string) bool {
	l := strings.ToLower(text.TrimDot(t))
	return roleNouns[l] || titleModifiers[l]
}

// ofTitleAt reports whether the capitalised word at i follows "<role> of"
// within a few words: "State" in "Secretary of State", "Foreign Affairs"
// in "Minister of Foreign Affairs".
func ofTitleAt(toks []text.Token, i int) bool {
	for j := i - 1; j >= 1 && j >= i-3; j-- {
		if toks[j].Text == "of" {
			return isRole(toks[j-1].Text)
		}
		if !text.IsCapWord(toks[j].Text) {
			return false
		}
	}
	return false
}

// trimTitle moves the start s of a person span past the words of a title
// the tagger left inside it: "State" of "Secretary of State Antony
// Blinken", up to the first given name of the census lists.
func trimTitle(toks []text.Token, s, e int) int {
	if s < 2 || toks[s-1].Text != "of" || !isRole(toks[s-2].Text) {
		return s
	}
	for x := s; x < e-1; x++ {
		if ner.GivenName(toks[x].Text) {
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
func joinSpans(toks []text.Token, spans []ner.Span) []ner.Span {
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
			if between := toks[last.End:sp.Start]; len(between) == 1 && between[0].Text == "of" && last.Type == ner.Organization &&
				sp.Type == ner.Place && slices.ContainsFunc(toks[last.Start:last.End], func(t text.Token) bool { return t.Text == "of" }) {
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
	out = bodyBeforeName(toks, out)
	for i := range out {
		sp := &out[i]
		if sp.Type == ner.Person {
			// "Martin Luther King Jr.": up to two more capitalised words and the suffix
			for k := sp.End; k < len(toks) && k <= sp.End+2; k++ {
				if generational[text.TrimDot(toks[k].Text)] {
					sp.End = k + 1
					break
				}
				if !text.IsCapWord(toks[k].Text) {
					break
				}
			}
		}
		switch {
		case sp.End < len(toks) && legalForm(toks[sp.End].Text):
			sp.End++ // "Globex Inc", the tagger stopping before the legal form
		case sp.Type == ner.Organization && sp.End+1 < len(toks) && toks[sp.End].Text == "," && legalForm(toks[sp.End+1].Text):
			sp.End += 2
		}
		if legalForm(toks[sp.End-1].Text) && sp.End-sp.Start > 1 {
			sp.Type = ner.Organization // a legal form names a company, whatever the tagger read
		}
		if sp.Type != ner.Place {
			ampersandName(toks, out, i)
		}
		if e := orgTail(toks, *sp); e > sp.End {
			sp.End, sp.Type = e, ner.Organization // "the Foundation on Economic Trends", its head read as a place
		}
		placeKind(toks, out, i)
		if k := sp.Start - 1; k >= 0 && sp.Type != ner.Person && text.IsCapWord(toks[k].Text) &&
			placeLeads[strings.ToLower(toks[k].Text)] && (i == 0 || out[i-1].End <= k) {
			sp.Start = k // "the River Avon", the tagger stopping after the kind of place
		}
		if e := industryEnd(toks, out, i); e > sp.End {
			sp.End = e // "Tanjung Gas", "Harmonic Drive Systems": the tagger stopping before the industry
			sp.Type = ner.Organization
		}
		if sp.Type == ner.Person && institutionHeads[strings.ToLower(toks[sp.End-1].Text)] && !ner.GivenName(toks[sp.Start].Text) {
			sp.Type = ner.Organization // "the Premier League", the tagger reading "League" as a surname
		}
		if k := sp.Start - 1; k >= 0 && sp.Type != ner.Person && text.IsCapWord(toks[k].Text) &&
			nameTitles[strings.ToLower(toks[k].Text)] && (i == 0 || out[i-1].End <= k) {
			sp.Start = k // "General Dynamics", the tagger reading "General" as a rank
		}
		if k := sp.Start - 1; k >= 0 && ordinal(toks[k].Text) && orgHeadWord(strings.ToLower(toks[sp.End-1].Text)) && (i == 0 || out[i-1].End <= k) {
			sp.Start, sp.Type = k, ner.Organization // "the 6th Fleet", "the 21st Brigade"
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
func (d *docState) cutShouted(toks []text.Token, spans []ner.Span) []ner.Span {
	if headline(toks) {
		return spans
	}
	shouted := func(w string) bool {
		if utf8.RuneCountInString(w) < 6 || !text.IsAllCaps(w) || !text.HasLetter(w) {
			return false
		}
		// Verbs, adjectives and adverbs only: the lexicon holds some
		// place names as common nouns ("oakland").
		tg, _ := d.x.pos.Usual(strings.ToLower(w))
		return strings.HasPrefix(tg, "VB") || strings.HasPrefix(tg, "JJ") || strings.HasPrefix(tg, "RB")
	}
	out := spans[:0:0]
	for _, sp := range spans {
		for sp.Start < sp.End && shouted(toks[sp.Start].Text) {
			sp.Start++
		}
		for sp.End > sp.Start && shouted(toks[sp.End-1].Text) {
			sp.End--
		}
		if sp.End > sp.Start {
			out = append(out, sp)
		}
	}
	return out
}

// bodyBeforeName cuts a span at a body's head word followed by a person's
// name: "the Soviet Navy Nikolai Kuznetsov" is the Soviet Navy and its
// man, whether the tagger read "Navy Nikolai" as a person or the whole
// as one organisation. The name must open with a given name when the
// head stood inside an organisation's span; a person's span that opened
// with the head gives it back to the span before, and takes the
// capitalised word after it that the tagger left out.
func bodyBeforeName(toks []text.Token, spans []ner.Span) []ner.Span {
	head := func(k int) bool {
		return descriptionHeads[strings.ToLower(toks[k].Text)] && text.IsCapWord(toks[k].Text)
	}
	var out []ner.Span
	for i, sp := range spans {
		if k := titledNameOf(toks, sp); k > 0 {
			// "Cllr Jane Lohr of the Halton Borough Council": a titled
			// person and the body she sits on
			out = append(out, ner.Span{Start: sp.Start, End: k, Type: ner.Person, Score: sp.Score})
			sp.Start, sp.Type = k+1, ner.Organization
			if strings.EqualFold(toks[sp.Start].Text, "the") {
				sp.Start++
			}
		}
		switch {
		case sp.Type == ner.Person && sp.End-sp.Start >= 2 && len(out) > 0 && out[len(out)-1].End == sp.Start && head(sp.Start):
			out[len(out)-1].End, out[len(out)-1].Type = sp.Start+1, ner.Organization
			sp.Start++
			if sp.End-sp.Start == 1 && sp.End < len(toks) && text.IsCapWord(toks[sp.End].Text) && (i+1 == len(spans) || spans[i+1].Start > sp.End) {
				sp.End++
			}
		case sp.Type == ner.Organization:
			for k := sp.Start + 1; k+2 < sp.End; k++ {
				if head(k) && ner.GivenName(toks[k+1].Text) {
					out = append(out, ner.Span{Start: sp.Start, End: k + 1, Type: ner.Organization, Score: sp.Score})
					sp.Start, sp.Type = k+1, ner.Person
					break
				}
			}
		}
		out = append(out, sp)
	}
	return out
}

// titledNameOf returns where "of" stands in a span that opens with an
// honorific and a given name ("Cllr Jane Lohr of the Halton Borough
// Council"), with a capitalised word after it; else 0.
func titledNameOf(toks []text.Token, sp ner.Span) int {
	if sp.End-sp.Start < 5 || !honorifics[strings.ToLower(text.TrimDot(toks[sp.Start].Text))] || !ner.GivenName(toks[sp.Start+1].Text) {
		return 0
	}
	for k := sp.Start + 2; k+1 < sp.End; k++ {
		if toks[k].Text == "of" {
			if strings.EqualFold(toks[k+1].Text, "the") && k+2 < sp.End || text.IsCapWord(toks[k+1].Text) {
				return k
			}
			return 0
		}
	}
	return 0
}

// orgTail returns where an organisation's name that the tagger stopped at
// its head word ends: "on", "for" or "of" and up to four capitalised words
// (no month or weekday) after the head of an institution continue it
// ("Kenya National Commission on Human Rights"); after a company's name
// they say where it is ("Kia Motor Corp of South Korea"). The head alone
// may have been read as any type ("the Foundation on Economic Trends").
func orgTail(toks []text.Token, sp ner.Span) int {
	e := sp.End
	if sp.Type != ner.Organization && e-sp.Start > 1 || e+1 >= len(toks) || !institutionHeads[strings.ToLower(toks[e-1].Text)] {
		return e
	}
	if p := toks[e].Text; p != "on" && p != "for" && p != "of" {
		return e
	}
	k := e + 1
	for k < len(toks) && k < e+5 && text.IsCapWord(toks[k].Text) && !timeWords[strings.ToLower(text.TrimDot(toks[k].Text))] {
		k++
	}
	if k == e+1 {
		return e
	}
	return k
}

// splitPhrases cuts a span at "and" or "or" before a preposition, which
// joins two phrases and is inside no name: "funded by the U.S.
// Department of Energy and by Voltaris" names two bodies.
func splitPhrases(toks []text.Token, spans []ner.Span) []ner.Span {
	var out []ner.Span
	for _, sp := range spans {
		for k := sp.Start + 1; k+2 < sp.End; k++ {
			if w := toks[k].Text; (w == "and" || w == "or") && (toks[k+1].Tag == "IN" || toks[k+1].Tag == "TO") &&
				toks[k+1].Text == strings.ToLower(toks[k+1].Text) {
				out = append(out, ner.Span{Start: sp.Start, End: k, Type: sp.Type, Score: sp.Score})
				sp.Start = k + 2
				k = sp.Start
			}
		}
		out = append(out, sp)
	}
	return out
}

// cutLowercase keeps names to their capitalised words and the function
// words and particles between them: the tagger at times runs a span over
// a verb or a common noun ("Composer Thomas is a native" gives "Thomas is
// a"). A span cut so keeps its longest run that starts and ends with a
// capitalised word; a span without one (text in lower case, a script
// without capitals) is left as it is.
func cutLowercase(toks []text.Token, spans []ner.Span) []ner.Span {
	out := spans[:0:0]
	for _, sp := range spans {
		best, start := [2]int{-1, -1}, -1
		for k := sp.Start; k <= sp.End; k++ {
			if k < sp.End && !stopsName(toks[k]) {
				if start < 0 && text.IsCapWord(toks[k].Text) {
					start = k
				}
				continue
			}
			if start >= 0 {
				e := k
				for e > start && !text.IsCapWord(toks[e-1].Text) {
					e-- // "City University of New York and"
				}
				// The name after its kind in lower case wins: "Basque
				// separatist organization ETA".
				named := start > sp.Start && orgHeadWord(toks[start-1].Text)
				if named || e-start > best[1]-best[0] {
					best = [2]int{start, e}
				}
				if named {
					break
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
func cutLeadingThe(toks []text.Token, spans []ner.Span) []ner.Span {
	for i, sp := range spans {
		if sp.End-sp.Start < 2 || toks[sp.Start].Text != "The" || !(sentenceStart(toks, sp.Start) || headline(toks)) {
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
func sentenceStart(toks []text.Token, k int) bool {
	for _, t := range toks[:k] {
		if text.HasLetter(t.Text) || text.StartsWithDigit(t.Text) {
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
		toks := d.sents[si].Tokens
		for _, sp := range spans {
			e := sp.End
			if e < len(toks) && legalForm(toks[e].Text) {
				e++ // the tagger stopping before the legal form, as joinSpans reads it
			}
			if e-sp.Start >= 2 && legalForm(toks[e-1].Text) {
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
				out[d.sents[si].Tokens[sp.End-1].Text] = true
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
func cutDates(toks []text.Token, spans []ner.Span, surnames map[string]bool) []ner.Span {
	out := spans[:0:0]
	for _, sp := range spans {
		if sp.End == sp.Start+1 && surnames[toks[sp.Start].Text] && !text.DateAt(toks, sp.Start) {
			out = append(out, sp)
			continue
		}
		for k := sp.Start + 1; k < sp.End; k++ {
			if text.DateAt(toks, k) {
				sp.End = k
				break
			}
		}
		if sp.Type != ner.Person {
			if sp.End > sp.Start+1 && timeName(toks[sp.End-1].Text) {
				sp.End--
				for sp.End > sp.Start+1 && (timeName(toks[sp.End-1].Text) || !text.IsCapWord(toks[sp.End-1].Text)) {
					sp.End-- // "Show on Sunday": the word that led to the date goes too
				}
			}
			for sp.Start < sp.End-1 && weekday(toks[sp.Start].Text) {
				sp.Start++
			}
			if sp.End == sp.Start+1 && timeName(toks[sp.Start].Text) {
				continue
			}
		}
		if sp.End == sp.Start || sp.End == sp.Start+1 && text.DateAt(toks, sp.Start) {
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
	if !text.IsCapWord(w) {
		return false
	}
	if _, err := time.Parse(full, w); err == nil {
		return true
	}
	_, err := time.Parse(short, strings.TrimSuffix(w, "."))
	return err == nil && strings.HasSuffix(w, ".")
}

// stopsName reports a word that cannot stand inside a name: a lower-case
// verb, noun, adjective or adverb. Lower-case function words ("of", "and",
// "the", "for") and particles ("von", "de") can.
func stopsName(t text.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	if !unicode.IsLower(r) || text.IsCapWord(t.Text) || nameParticles[t.Text] {
		return false
	}
	for _, p := range []string{"VB", "NN", "JJ", "RB", "MD", "PRP", "CD"} {
		if strings.HasPrefix(t.Tag, p) {
			return true
		}
	}
	return false
}

// spansJoin reports whether a span of type t, the tokens between and the next
// span's tokens are one name.
func spansJoin(t ner.Type, between, next []text.Token) bool {
	if len(between) == 0 {
		return t == ner.Person && len(next) > 0 && generational[text.TrimDot(next[0].Text)]
	}
	if t == ner.Place || t == ner.Organization {
		// "San José del Fragua", "Banco de la Nación": a place's or an
		// organisation's name goes on over "de", "del", "de la"
		for _, b := range between {
			if !placeParticles[b.Text] {
				return false
			}
		}
		return true
	}
	if t != ner.Person {
		return false
	}
	for _, b := range between {
		if !nameParticles[b.Text] {
			return false
		}
	}
	return true
}

// industryEnd returns where span i of spans ends when the capitalised
// words after it that no span holds, up to three, end in an industry's
// word or a company's ("Tanjung Gas", "Harmonic Drive Systems", "Kessler
// Holdings", "Tran's Bakery"); else its end. A person's name of two words
// or more is left as it is.
func industryEnd(toks []text.Token, spans []ner.Span, i int) int {
	sp := spans[i]
	if sp.Type == ner.Person && sp.End-sp.Start > 1 || sp.Type == ner.Misc {
		return sp.End // "South Korean Pro-soccer Games"
	}
	next := len(toks)
	if i+1 < len(spans) {
		next = spans[i+1].Start
	}
	start := sp.End
	if sp.End-sp.Start == 1 && start+1 < len(toks) && possessive(toks[start].Text) && !ner.PlaceName(strings.ToLower(toks[sp.Start].Text)) {
		start++ // "Tran's Bakery": a one-word owner's name and its trade ("Germany's Energy Agency" is a country's)
		if next == start && spans[i+1].End == start+1 {
			next++ // the trade read as a name of its own
		}
	}
	for e := start; e < next && e < start+3 && text.IsCapWord(toks[e].Text); e++ {
		l := strings.ToLower(toks[e].Text)
		body := sp.Type == ner.Place && descriptionHeads[l] // "Somerset Police", "Leeds General Hospital"
		if (industryWords[l] || orgSuffixWords[l] || body) && (e+1 == len(toks) || !text.IsCapWord(toks[e+1].Text)) {
			return e + 1
		}
	}
	return sp.End
}

// placeKind runs span i of spans over the kind of place the tagger
// stopped before: "Loei Province", and "South China Sea" whatever the
// tagger read "South China" as. A name that ends in a natural feature's
// kind is a place ("the Red Sea", which the tagger may read as an
// organisation).
func placeKind(toks []text.Token, spans []ner.Span, i int) {
	sp := &spans[i]
	if e := sp.End; e < len(toks) && text.IsCapWord(toks[e].Text) && (e+1 == len(toks) || !text.IsCapWord(toks[e+1].Text)) && (i+1 == len(spans) || spans[i+1].Start > e) {
		switch l := strings.ToLower(text.TrimDot(toks[e].Text)); {
		case sp.Type == ner.Place && adminHeads[l]:
			sp.End++
		case sp.Type != ner.Person && featureHeads[l]:
			sp.End = e + 1
		}
	}
	if l := strings.ToLower(text.TrimDot(toks[sp.End-1].Text)); sp.End-sp.Start >= 2 && sp.Type != ner.Person && featureHeads[l] {
		sp.Type = ner.Place
	}
}

// ampersand reports a gap of one "&" between two spans.
func ampersand(between []text.Token) bool { return len(between) == 1 && between[0].Text == "&" }

// ampersandName runs span i of spans over an ampersand and the
// capitalised words no other span holds on either side: "Adeyemi &
// Partners", where the document's other mentions made the tagger read
// "Adeyemi" alone as a person. A name around "&" is a company's or a
// firm's.
func ampersandName(toks []text.Token, spans []ner.Span, i int) {
	sp := &spans[i]
	if e := sp.End; e+1 < len(toks) && toks[e].Text == "&" && text.IsCapWord(toks[e+1].Text) {
		e++
		for e < len(toks) && text.IsCapWord(toks[e].Text) && (i+1 == len(spans) || e < spans[i+1].Start) {
			e++
		}
		sp.End, sp.Type = e, ner.Organization
	}
	if s := sp.Start; s >= 2 && toks[s-1].Text == "&" && text.IsCapWord(toks[s-2].Text) && (i == 0 || spans[i-1].End < s-1) {
		s--
		for s > 0 && text.IsCapWord(toks[s-1].Text) && !isTitleWord(toks[s-1].Text) && (i == 0 || spans[i-1].End < s) {
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
	return text.IsCapWord(w) && (ner.LegalForm(w) || ner.LegalForm(text.TrimDot(w)))
}

// nicknames joins a person's name around a nickname in quotes, which the
// tagger reads as two or three names: Jürgen "The Wall" Müller is one
// person (newMention keeps the nickname apart).
func nicknames(toks []text.Token, spans []ner.Span) []ner.Span {
	var out []ner.Span
	for k := 0; k < len(spans); k++ {
		sp := spans[k]
		q := sp.End
		if q+2 < len(toks) && toks[q].Text == `"` && text.IsCapWord(toks[q+1].Text) {
			c := q + 1
			for c < len(toks) && c < q+5 && toks[c].Text != `"` {
				c++
			}
			if c+1 < len(toks) && toks[c].Text == `"` && text.IsCapWord(toks[c+1].Text) {
				e := c + 2
				for e < len(toks) && text.IsCapWord(toks[e].Text) && !covered(spans[k+1:], e) {
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
func splitSpans(toks []text.Token, spans []ner.Span) []ner.Span {
	var out []ner.Span
	for _, sp := range spans {
		start := sp.Start
		for x := sp.Start; x <= sp.End; x++ {
			if x < sp.End && toks[x].Text != "," && toks[x].Text != ";" {
				continue
			}
			for start < x && (toks[start].Text == "a" || toks[start].Text == "an" || toks[start].Text == "the") {
				start++ // "Rainbow Robotics, a Daejeon-based maker": an article after the comma opens no name
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
func splitTitle(toks []text.Token, sp ner.Span) []ner.Span {
	for k := sp.End - 2; k > sp.Start; k-- {
		l := strings.ToLower(text.TrimDot(toks[k].Text))
		if !(roleNouns[l] || honorifics[l]) || !text.IsCapWord(toks[k+1].Text) || isTitleWord(toks[k+1].Text) ||
			generational[text.TrimDot(toks[k+1].Text)] || headWord(strings.ToLower(toks[sp.End-1].Text)) {
			continue // a title ends in a role or an honorific: not "Justice Department", not "King Jr.", not "Premier League"
		}
		if honorifics[l] && !roleNouns[l] && ner.GivenName(toks[k-1].Text) {
			continue // a middle name after a given name: "James Earl Ray"
		}
		t := k
		for t > sp.Start && isTitleWord(toks[t-1].Text) {
			t--
		}
		person := ner.Span{Start: k + 1, End: sp.End, Type: ner.Person, Score: sp.Score}
		if person.End-person.Start == 1 && ner.GivenName(toks[person.Start].Text) {
			// "House Speaker Paul" of "House Speaker Paul Ryan": the tagger
			// stopped at the given name.
			// Over a span of the tagger's too (no spans given), which
			// joinSpans then drops.
			person.End = surnameAfter(toks, nil, person.End)
		}
		and := t
		for and > sp.Start && (toks[and-1].Text == "and" || toks[and-1].Text == "&") {
			and--
		}
		if and == sp.Start {
			return []ner.Span{person}
		}
		head := ner.Span{Start: sp.Start, End: and, Type: sp.Type, Score: sp.Score}
		switch {
		case and < t && isTitleWord(toks[sp.Start].Text):
			// "Sergeant Musa Abdullahi and Corporal Emeka Eze": two people
			return append(splitTitle(toks, ner.Span{Start: sp.Start, End: and, Type: ner.Person, Score: sp.Score}), person)
		case sp.Type == ner.Person && ner.KnownPlace(strings.ToLower(joinText(toks[head.Start:head.End]))):
			head.Type = ner.Place // "Illinois Gov. James Thompson": the place an office is of
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
func datelinePlace(toks []text.Token, spans []ner.Span) []ner.Span {
	e := 0
	for e < len(toks) && text.IsCapWord(toks[e].Text) && !text.DateAt(toks, e) {
		e++
	}
	if e == 0 {
		return spans
	}
	out := []ner.Span{{Start: 0, End: e, Type: ner.Place, Score: 1}}
	if r := e + 1; r < len(toks) && toks[e].Text == "," && text.IsCapWord(toks[r].Text) && !text.DateAt(toks, r) {
		// "EAST LANSING, Mich. (AP)", "KATHMANDU, Nepal (AP)": the place's
		// state or country, whether or not the tagger read it.
		re := r
		for re < len(toks) && re < r+3 && text.IsCapWord(toks[re].Text) && !text.DateAt(toks, re) {
			re++
		}
		if !slices.ContainsFunc(spans, func(sp ner.Span) bool { return sp.Start < re && sp.End > r }) {
			out = append(out, ner.Span{Start: r, End: re, Type: ner.Place, Score: 1})
		} else if i := slices.IndexFunc(spans, func(sp ner.Span) bool { return sp.Start == r && sp.End < re && sp.Type == ner.Place }); i >= 0 &&
			(i+1 == len(spans) || spans[i+1].Start >= re) {
			spans[i].End = re // "DUBAI, United Arab Emirates", the tagger stopping short at the line's end
		}
	}
	// "(Reuters)": the agency that wrote the story, after the place's state
	// and a date at most ("HANOI, Vietnam, Sept. 8 (AFP)").
	credit := -1
	for k := e; k+2 < len(toks) && k < e+10; k++ {
		if toks[k].Text == "(" && text.IsCapWord(toks[k+1].Text) && toks[k+2].Text == ")" {
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
// after a title or an honorific ("Mr Halloway left.") is a person, an
// ordinal before a unit's name an organisation ("the 6th Fleet"), and so,
// less surely, is a run of words in a script without capitals standing in
// the text ("李明 said", "President 习近平"): the tagger cannot see those.
// In a headline every word is capitalised, so a title says nothing of the
// words after it ("Police Officer Charged Over Killing").
func caselessNames(toks []text.Token, spans []ner.Span) []ner.Span {
	var out []ner.Span
	hl := headline(toks)
	for i := 0; i < len(toks); i++ {
		if covered(spans, i) {
			continue
		}
		titled, role := false, false
		if i > 0 && !hl {
			l := strings.ToLower(text.TrimDot(toks[i-1].Text))
			titled = (honorifics[l] || roleNouns[l]) && text.IsCapWord(toks[i-1].Text)
			role = titled && !honorifics[l]
		}
		j := i
		for j < len(toks) && j < i+3 && !covered(spans, j) && (caseless(toks[j].Text) ||
			titled && text.IsCapWord(toks[j].Text) && toks[j].Tag == "NNP" && !isTitleWord(toks[j].Text) && !timeWords[strings.ToLower(toks[j].Text)] &&
				!(role && headWord(strings.ToLower(toks[j].Text)))) {
			j++
		}
		if j == i && ordinal(toks[i].Text) {
			// "the 6th Fleet": an ordinal and capitalised words ending in
			// an organisation's head
			for j = i + 1; j < len(toks) && j < i+4 && !covered(spans, j) && text.IsCapWord(toks[j].Text); j++ {
			}
			if j > i+1 && orgHeadWord(strings.ToLower(toks[j-1].Text)) {
				out = append(out, ner.Span{Start: i, End: j, Type: ner.Organization, Score: 0.5})
				i = j - 1
			}
			continue
		}
		switch {
		case j > i && role && j < len(toks) && text.IsCapWord(toks[j].Text) && orgHeadWord(strings.ToLower(toks[j].Text)):
			// The run ends in an institution's head: a body's name that
			// opens with the title, not a person ("the General Accounting
			// Office").
			if nameTitles[strings.ToLower(toks[i-1].Text)] {
				i--
			}
			out = append(out, ner.Span{Start: i, End: j + 1, Type: ner.Organization, Score: 0.5})
			j++
		case j > i && titled:
			out = append(out, ner.Span{Start: i, End: j, Type: ner.Person, Score: 0.5})
		case j > i && caseless(toks[i].Text):
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

// ordinal reports a number written with its ordinal ending: "6th", "21st".
func ordinal(w string) bool {
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch strings.ToLower(w[n-2:]) {
	case "st", "nd", "rd", "th":
		return strings.Trim(w[:n-2], "0123456789") == ""
	}
	return false
}
