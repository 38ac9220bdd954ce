package relation

import (
	"strings"

	"github.com/ergraph/ergraph/extract/lexicon"
)

// Cues that put a statement under negation, denial, acquittal,
// allegation or a hypothetical: a relation whose words between its two
// mentions hold one is not stated as a fact.
var (
	negationCues = lexicon.Set("negationCues")
	// toCues are cues only when "to" follows: "plans to", "is set to".
	toCues = lexicon.Set("toCues")
)

// negated reports whether r is stated under a negation or modality cue:
// one of the cues stands between its two mentions, or just before the
// first ("the alleged Kennedy assassin Lee Harvey Oswald").
func negated(s Sentence, r Relation) bool {
	a, b := ordered(s, r)
	toks := s.Tokens
	before := a.Start - 1
	if before > 0 && (lower(toks[before]) == "the" || lower(toks[before]) == "a") {
		before--
	}
	if before >= 0 && before < len(toks) && toks[before].Text == lower(toks[before]) && negationCues[lower(toks[before])] {
		return true
	}
	for i := a.End; i < b.Start && i < len(toks); i++ {
		w := lower(toks[i])
		if w == "no" && i+1 < len(toks) && lower(toks[i+1]) == "longer" {
			continue // "no longer works for": former, not negated
		}
		if negationCues[w] && !(w == "may" && toks[i].Text == "May") {
			return true
		}
		if toCues[w] && i+1 < len(toks) && lower(toks[i+1]) == "to" {
			return true
		}
	}
	return false
}

// speechWords before "to" or "with" and an organisation make it the one
// spoken to: "Speaking to the BBC, Ms Rudd said" states no employment.
var speechWords = lexicon.Set("speechWords")

// addressed reports whether mention m of s is spoken to: a speech word,
// then "to" or "with" (optional after "told"), then perhaps "the", then m.
func addressed(s Sentence, m Mention) bool {
	k := m.Start - 1
	if k >= 0 && lower(s.Tokens[k]) == "the" {
		k--
	}
	if k >= 0 && lower(s.Tokens[k]) == "told" {
		return true
	}
	if k < 1 || lower(s.Tokens[k]) != "to" && lower(s.Tokens[k]) != "with" {
		return false
	}
	return speechWords[lower(s.Tokens[k-1])]
}

// studyWords between a person and an organisation state study there,
// not work: "She studied mathematics at the University of St Andrews".
var (
	studyWords = lexicon.Set("studyWords")
	teachWords = lexicon.Set("teachWords") // work at a university, with workWords
)

// studied reports whether the words between the two mentions of r hold a
// study word and no word of work: "holds a doctorate from the London
// School of Economics" ("studied at Oxford and now teaches at Harvard"
// is work).
func studied(s Sentence, r Relation) bool {
	a, b := ordered(s, r)
	study := false
	for i := a.End; i < b.Start && i < len(s.Tokens); i++ {
		switch w := lower(s.Tokens[i]); {
		case workWords[w] || teachWords[w]:
			return false
		case studyWords[w]:
			study = true
		}
	}
	return study
}

// ordered returns the two mentions of r in the order of the text.
func ordered(s Sentence, r Relation) (first, second Mention) {
	a, b := s.Mentions[r.Source], s.Mentions[r.Target]
	if a.Start > b.Start {
		return b, a
	}
	return a, b
}

// anyWord reports whether a token in [from, to) of s is in set.
func anyWord(s Sentence, from, to int, set map[string]bool) bool {
	for i := max(from, 0); i < to && i < len(s.Tokens); i++ {
		if set[lower(s.Tokens[i])] {
			return true
		}
	}
	return false
}

// compassWords qualify a place in lower case: "southern Texas".
var compassWords = lexicon.Set("compassWords")

// spokeIn reports a place after the words of speaking and "in" or "at":
// where a person said something is no home ("Craig Martin said on
// Wednesday in Seattle").
func spokeIn(s Sentence, r Relation) bool {
	a, b := s.Mentions[r.Source], s.Mentions[r.Target]
	if a.End > b.Start || b.Start >= len(s.Tokens) {
		return false
	}
	k := b.Start - 1
	for k > a.End && (compassWords[lower(s.Tokens[k])] || lower(s.Tokens[k]) == "the" || lower(s.Tokens[k]) == "nearby") {
		k-- // "in nearby Rockville", "in southern Texas"
	}
	if k <= a.End || lower(s.Tokens[k]) != "in" && lower(s.Tokens[k]) != "at" {
		return false
	}
	return anyWord(s, a.End, k, speechWords)
}

// conjoined reports two mentions joined by "and" or "or", with commas
// and "the" at most besides: conjuncts stand side by side, and neither
// holds the other, whatever their types ("regulators in the United States
// and the European Union"; "Portland, Ore." has no "and"). The classifier
// skips lists of one type (coordinated).
func conjoined(s Sentence, r Relation) bool {
	a, b := ordered(s, r)
	and := false
	for i := a.End; i < b.Start; i++ {
		switch lower(s.Tokens[i]) {
		case "and", "or":
			and = true
		case ",", "the":
		default:
			return false
		}
	}
	return and
}

// otherApposition reports a relation from a person named first to a
// mention inside the apposition of another person named between them:
// "She beat Tomas Reyes, an economist at the University of Lisbon" says
// where Reyes works, not she. Conjoined persons share the apposition
// ("Ann Holt and Tom Reyes, both engineers at Globex").
func otherApposition(s Sentence, r Relation) bool {
	a, b := s.Mentions[r.Source], s.Mentions[r.Target]
	if a.Type != Person || a.Start > b.Start {
		return false
	}
	for _, p := range s.Mentions {
		if p.Type != Person || !s.valid(p) || p.Start < a.End || p.End >= b.Start || s.Tokens[p.End].Text != "," {
			continue
		}
		joined := true // only commas and "and" between a and p
		for i := a.End; i < p.Start; i++ {
			if w := lower(s.Tokens[i]); w != "," && w != "and" {
				joined = false
			}
		}
		if joined {
			continue
		}
		verb := false
		for i := p.End; i < b.Start; i++ {
			verb = verb || strings.HasPrefix(s.Tokens[i].Tag, "VB")
		}
		if !verb {
			return true
		}
	}
	return false
}

// custodyWords state what the police, a prosecutor or a court does to a
// person: "taken into custody by the CBI", "appearing at Bristol Crown
// Court".
var custodyWords = lexicon.Set("custodyWords")

// inCustody reports the words of custody between the two mentions of r: a
// person held, charged or tried by a body does not work for it.
func inCustody(s Sentence, r Relation) bool {
	a, b := ordered(s, r)
	return anyWord(s, a.End, b.Start, custodyWords)
}

// departureWords state that one left a post: "resigned on Monday".
var departureWords = lexicon.Set("departureWords")

// departed reports a post its holder left: the first verb after both
// mentions is a word of departure ("Karin Holm, the chief financial
// officer of Norvik Systems, resigned on Monday").
func departed(s Sentence, r Relation) bool {
	a, b := s.Mentions[r.Source], s.Mentions[r.Target]
	for i := max(a.End, b.End); i < len(s.Tokens); i++ {
		t := s.Tokens[i]
		if strings.HasPrefix(t.Tag, "VB") {
			if w := lower(t); w == "has" || w == "had" || w == "was" || w == "were" {
				continue // "has resigned", "was fired"
			}
			return departureWords[lower(t)]
		}
	}
	return false
}

// injuryWords state an attack that need not have killed: "shot", "stabbed".
var injuryWords = lexicon.Set("injuryWords")

// death reports whether s says someone died: a kill word other than an
// injury word ("killed", "murdered", "shot dead", "stabbed to death").
// "He shot Neil Adcock in the leg" states no killing.
func death(s Sentence) bool {
	for i, t := range s.Tokens {
		w := lower(t)
		if killWords[w] && !injuryWords[w] || w == "dead" || w == "fatally" || w == "mortally" ||
			w == "death" && i > 0 && lower(s.Tokens[i-1]) == "to" {
			return true
		}
	}
	return false
}

// Role lexicon: the heads of job titles and their modifiers.
var (
	roleHeads     = lexicon.Set("roleHeads")
	roleModifiers = lexicon.Set("roleModifiers")
	// memberRoles mean membership of a party, union or team, not a job.
	memberRoles = lexicon.Set("memberRoles")
	// formerCues mark a role or employment that has ended.
	formerCues = lexicon.Set("formerCues")
)

// role returns the role phrase of a WORKS_FOR or MEMBER_OF relation ("chief
// executive", "former chief executive"), read between and just before the
// two mentions, and whether the relation holds now.
func role(s Sentence, r Relation) (string, bool) {
	a, b := ordered(s, r)
	toks := s.Tokens
	current := !leftFrom(s, r)
	for i := a.End; i < b.Start && i < len(toks); i++ {
		w := lower(toks[i])
		if w == "formerly" || w == "previously" || w == "no" && i+1 < len(toks) && lower(toks[i+1]) == "longer" ||
			w == "used" && i+1 < len(toks) && lower(toks[i+1]) == "to" {
			current = false
		}
	}
	// The longest run of role words between the mentions, after the
	// organisation named second ("Ravi Menon, Globex's chief technology
	// officer", "Cressida Dick, the Metropolitan Police commissioner"), or
	// for an employee named first, the title before the name ("Detective
	// Inspector Sarah Blake, of Westshire Police").
	best, bs, be := "", 0, 0
	from, to := a.End, b.Start
	if r.Type == WorksFor && r.Source < len(s.Mentions) && s.Mentions[r.Source] == a {
		from = max(a.Start-3, 0)
	}
	poss := b.End < len(toks) && toks[b.End].Text == "'s"
	if s.Mentions[r.Target] == b && b.End < len(toks) {
		to = min(b.End+7, len(toks))
	}
	inMention := func(j int) bool {
		return j >= a.Start && j < a.End || j >= b.Start && j < b.End || j == b.End && poss
	}
	for i := from; i < to && i < len(toks); i++ {
		if inMention(i) {
			continue
		}
		j := i
		head := -1
		for j < to && j < len(toks) && !inMention(j) {
			if roleHead(toks[j]) {
				head = j
			} else if !roleModifier(toks[j]) && !(lower(toks[j]) == "and" && head == j-1) {
				break // "founder and chief executive" is one role
			}
			j++
		}
		if head >= 0 && head+1-i > be-bs {
			bs, be = i, head+1
		}
		if j > i {
			i = j - 1
		}
	}
	if be > bs {
		var parts []string
		for i := bs; i < be; i++ {
			w := lower(toks[i])
			if formerCues[w] {
				current = false
			}
			if i == bs && w == "then" {
				continue
			}
			parts = append(parts, toks[i].Text)
		}
		best = strings.Join(parts, " ")
	}
	if best == "" {
		best = asRole(toks, s.Mentions[r.Source]) // "appointed Katrin Vogel as chief executive"
	}
	// A former cue before the first mention ("former Apple chief John
	// Sculley"), or before the organisation the role follows ("Kenji
	// Watanabe, a former Toyota engineer").
	if formerBefore(toks, a) || be > bs && bs == s.Mentions[r.Target].End && formerBefore(toks, s.Mentions[r.Target]) ||
		succeeded(toks, s.Mentions[r.Source]) {
		current = false
		if best != "" && !strings.HasPrefix(best, "former") {
			best = "former " + best
		}
	}
	return best, current
}

// asRole returns the role words after "as" (and "its" or "the") that
// follows mention m: "named Katrin Vogel as its chief executive".
func asRole(toks []Token, m Mention) string {
	i := m.End
	if i >= len(toks) || lower(toks[i]) != "as" {
		return ""
	}
	i++
	if i < len(toks) && (lower(toks[i]) == "its" || lower(toks[i]) == "the") {
		i++
	}
	head := -1
	for j := i; j < len(toks) && (roleHead(toks[j]) || roleModifier(toks[j])); j++ {
		if roleHead(toks[j]) {
			head = j
		}
	}
	var parts []string
	for j := i; j <= head; j++ {
		parts = append(parts, toks[j].Text)
	}
	return strings.Join(parts, " ")
}

// moveWords say that one came to a post from another: "joined Nordhavn
// from Maersk".
var moveWords = lexicon.Set("moveWords")

// leftFrom reports an organisation after "from" that a word of moving
// between the two mentions of r came from: the post there has ended.
func leftFrom(s Sentence, r Relation) bool {
	a, b := s.Mentions[r.Source], s.Mentions[r.Target]
	if a.Start > b.Start || b.Start < 1 || lower(s.Tokens[b.Start-1]) != "from" {
		return false
	}
	for i := a.End; i < b.Start; i++ {
		if moveWords[lower(s.Tokens[i])] {
			return true
		}
	}
	return false
}

// successionCues before a person name the one whose post another took:
// "appointed Katrin Vogel as chief executive, replacing Henrik Dahl".
var successionCues = lexicon.Set("successionCues")

// succeeded reports a succession cue just before mention m.
func succeeded(toks []Token, m Mention) bool {
	return m.Start >= 1 && m.Start <= len(toks) && successionCues[lower(toks[m.Start-1])]
}

// formerBefore reports a former cue but "then" just before mention m.
func formerBefore(toks []Token, m Mention) bool {
	if m.Start < 1 || m.Start > len(toks) {
		return false
	}
	w := lower(toks[m.Start-1])
	return formerCues[w] && w != "then"
}

// roleHead reports a role noun: one of the lexicon's, or a lower-case noun
// naming an occupation by its ending ("astrophysicist", "historian").
func roleHead(t Token) bool {
	w := strings.TrimSuffix(lower(t), ".")
	return roleHeads[w] || t.Text == w && strings.HasPrefix(t.Tag, "NN") && (strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ian"))
}

// roleModifier reports a word that may qualify a role noun: "acting",
// "political", "technology".
func roleModifier(t Token) bool {
	w := strings.TrimSuffix(lower(t), ".")
	return roleModifiers[w] || formerCues[w] || t.Text == w && (t.Tag == "JJ" || t.Tag == "NN") && !negationCues[w]
}
