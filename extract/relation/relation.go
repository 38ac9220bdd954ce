package relation

import (
	"slices"
	"strings"

	"github.com/ergraph/ergraph/extract/lexicon"
)

// Entity types of mentions, as package extract names them.
const (
	Person       = "Person"
	Organization = "Organization"
	Place        = "Place"
	Event        = "Event"
)

// Relation types this package produces.
const (
	WorksFor       = "WORKS_FOR"
	Killed         = "KILLED"
	LocatedIn      = "LOCATED_IN"
	BasedIn        = "BASED_IN"
	LivesIn        = "LIVES_IN"
	Owns           = "OWNS"
	MemberOf       = "MEMBER_OF"
	ParticipatedIn = "PARTICIPATED_IN"
	BornIn         = "BORN_IN"
)

// Token is one word of a sentence with its Penn Treebank part-of-speech tag.
type Token struct {
	Text, Tag string
}

// Mention is an entity mention: tokens [Start, End) of its sentence and
// the entity's type (Person, Organization, Place or Event).
type Mention struct {
	Start, End int
	Type       string
	// Name is the entity's name where the document gives it in full
	// elsewhere ("All Progressives Congress" for "APC"); "" for the
	// mention's own words.
	Name string
}

// Sentence is the input of Find: tokens and the entity mentions among them.
type Sentence struct {
	Tokens   []Token
	Mentions []Mention
}

// valid reports a mention whose span lies inside the sentence.
func (s *Sentence) valid(m Mention) bool {
	return m.Start >= 0 && m.Start < m.End && m.End <= len(s.Tokens)
}

// Relation is one typed, directed relation of a sentence. Source and
// Target index Sentence.Mentions.
type Relation struct {
	Source, Target int
	Type           string
	// Confidence is the probability that the relation is right: calibrated
	// on held-out data for the learned types, the measured precision of
	// the pattern for the others.
	Confidence float64
	Role       string // for WORKS_FOR and MEMBER_OF: "chief executive", "former chief executive"
	Current    bool   // false for a former role: "the former chief executive of Apple"
}

// Find returns the relations stated in s: the classifier's (every
// relation of a learned type with calibrated probability at least
// minConfidence) and the pattern table's, without those under negation or
// modality. The result is ordered by source, target and type.
func (m *Model) Find(s Sentence, minConfidence float64) []Relation {
	// A pattern is more specific than the classifier: where one holds,
	// the classifier's relations between the same two mentions go
	// ("Elon Musk, owner of Tesla" is not WORKS_FOR), but for those the
	// pattern's relation implies.
	pats := matchPatterns(s)
	var rels []Relation
	for _, r := range m.classify(s, minConfidence) {
		if !slices.ContainsFunc(pats, func(p Relation) bool {
			same := p.Source == r.Source && p.Target == r.Target || p.Source == r.Target && p.Target == r.Source
			return same && !implies[[2]string{p.Type, r.Type}]
		}) {
			rels = append(rels, r)
		}
	}
	rels = append(rels, pats...)
	// An owner is no employee: "The Velvet Room's owner, Priya Nair" is
	// read by the role rows too.
	rels = slices.DeleteFunc(rels, func(r Relation) bool {
		return r.Type == WorksFor && slices.ContainsFunc(pats, func(p Relation) bool {
			return p.Type == Owns && p.Source == r.Source && p.Target == r.Target
		})
	})
	out := rels[:0]
	for _, r := range rels {
		if r.Confidence < minConfidence || negated(s, r) || r.Type == Killed && !death(s) {
			continue
		}
		if (r.Type == WorksFor || r.Type == MemberOf) && addressed(s, s.Mentions[r.Target]) {
			continue // "Speaking to the BBC, Ms Rudd said": the BBC was spoken to
		}
		if r.Type == LivesIn && spokeIn(s, r) {
			continue // "said on Wednesday in Seattle"
		}
		if conjoined(s, r) || otherApposition(s, r) {
			continue // "the United States and the European Union"; "She beat Tomas Reyes, an economist at the University of Lisbon"
		}
		if (r.Type == WorksFor || r.Type == MemberOf) && inCustody(s, r) {
			continue // "taken into custody by the CBI"
		}
		if r.Type == WorksFor && studied(s, r) {
			continue // "She studied mathematics at the University of St Andrews"
		}
		if r.Type == WorksFor || r.Type == MemberOf {
			r.Role, r.Current = role(s, r)
			r.Current = r.Current && !departed(s, r)
			if ws := strings.Fields(strings.ToLower(r.Role)); len(ws) > 0 && memberRoles[ws[len(ws)-1]] {
				r.Type = MemberOf // "Green Party leader Ann Holt": a member, not an employee
			}
			t := s.Mentions[r.Target]
			party := PartyAfter(s.Tokens, t.End) || t.Start > 0 && partyKinds[s.Tokens[t.Start-1].Text]
			switch last := lastWord(s, t); {
			case party || memberBodies[last]:
				// "Joana Reis of the Socialist Party", "of the Morena party",
				// "of the opposition National Democratic Congress": one
				// belongs to a party, and does not work for it
				r.Type = MemberOf
			case officeBodies[last]:
				// "a member of the Illinois Commerce Commission", "City
				// Council member": a seat on a public body is an office, as
				// ACE 2005 reads it (Employment, not Membership). "Congress"
				// stays a party's ("the African National Congress"): its
				// name alone does not tell a party from a legislature.
				r.Type = WorksFor
			}
		} else {
			r.Current = true
		}
		out = append(out, r)
	}
	return dedupe(out)
}

// implies lists the pairs (pattern type, learned type) where the first
// states the second too: one born in a place lived there, as CoNLL04's
// annotators read it ("In 1898, composer George Gershwin was born in New
// York" is a Live_In of its training data).
var implies = map[[2]string]bool{{BornIn, LivesIn}: true}

// dedupe keeps one relation per (source, target, type), the most confident.
func dedupe(rels []Relation) []Relation {
	best := map[[2]int]map[string]int{}
	var out []Relation
	for _, r := range rels {
		k := [2]int{r.Source, r.Target}
		if best[k] == nil {
			best[k] = map[string]int{}
		}
		if i, ok := best[k][r.Type]; ok {
			if r.Confidence > out[i].Confidence {
				out[i] = r
			}
			continue
		}
		best[k][r.Type] = len(out)
		out = append(out, r)
	}
	sortRelations(out)
	return out
}

func sortRelations(rs []Relation) {
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && less(rs[j], rs[j-1]); j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
}

func less(a, b Relation) bool {
	if a.Source != b.Source {
		return a.Source < b.Source
	}
	if a.Target != b.Target {
		return a.Target < b.Target
	}
	return a.Type < b.Type
}

func lower(t Token) string { return strings.ToLower(t.Text) }

// lastWord is the last word of mention m's entity name, in lower case.
func lastWord(s Sentence, m Mention) string {
	if ws := strings.Fields(m.Name); len(ws) > 0 {
		return strings.ToLower(ws[len(ws)-1])
	}
	return lower(s.Tokens[m.End-1])
}

// PartyAfter reports a party's noun in lower case ("party", "movement",
// "coalition", "alliance") at token e of toks, over a gloss in brackets
// and up to two words of a party's kind: "of the Morena party", "the
// Ettahadi (Challenge) political party", "the Ak Zhol opposition party".
func PartyAfter(toks []Token, e int) bool {
	if e < len(toks) && toks[e].Text == "(" {
		for k := e + 1; k < len(toks) && k < e+5; k++ {
			if toks[k].Text == ")" {
				e = k + 1
				break
			}
		}
	}
	for n := 0; n < 2 && e < len(toks) && partyKinds[toks[e].Text]; n++ {
		e++
	}
	return e < len(toks) && partyNouns[toks[e].Text]
}

var (
	partyNouns   = lexicon.Set("partyNouns")
	partyKinds   = lexicon.Set("partyKinds")
	memberBodies = lexicon.Set("memberBodies") // the last words of parties' names
	officeBodies = lexicon.Set("officeBodies") // the last words of public bodies' names, whose members hold an office
)
