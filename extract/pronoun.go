package extract

import (
	"slices"
	"strings"
)

// pronounClass is what a pronoun may refer to.
type pronounClass uint8

const (
	notPronoun pronounClass = iota
	malePerson
	femalePerson
	plural // "they", "them", "their": see coordinated
)

// pronouns that refer back to one person. "It" and "they" are left out:
// measured on the seed articles and our own, "it" is as often a dummy
// subject ("It is understood", "makes it difficult") or a thing never
// named as it is an organisation or a place, and "they" names groups of
// people as often as organisations.
var pronouns = map[string]pronounClass{
	"he": malePerson, "him": malePerson, "his": malePerson, "himself": malePerson,
	"she": femalePerson, "her": femalePerson, "hers": femalePerson, "herself": femalePerson,
	"they": plural, "them": plural, "their": plural, "theirs": plural, "themselves": plural,
}

// fits reports whether the entity of mention m may be what a pronoun of
// class c stands for.
func (c pronounClass) fits(m *mention) bool {
	t := typeOf(m)
	if t == "" {
		return false
	}
	g := m.g.root()
	switch c {
	case malePerson:
		return t == Person && !(g.female && !g.male)
	case femalePerson:
		return t == Person && !(g.male && !g.female)
	case plural:
		return t == Organization
	}
	return false
}

// pronounWindow links the entities of a sentence to the one entity of the
// sentence before that a pronoun of it stands for, with confidence 0.5:
// "Anna Berg arrived. She met Tom Hill." links Anna Berg and Tom Hill.
// A pronoun links nothing when a name comes before it in its own sentence
// (it may refer to that: "Berg thanked her lawyer"),
// when the sentence before has a pronoun of its kind before the person it
// names (the person talked about is named further back: "She told Marr.
// Her call ..."),
// or when the sentence before has no person, or more than one, that it
// could stand for (by the person's sex when the text says it).
func (d *docState) pronounWindow() {
	for si := 1; si < len(d.sents); si++ {
		if d.sents[si].Title != d.sents[si-1].Title {
			continue // a separate title is not part of the text's flow
		}
		for _, a := range d.antecedents(si) {
			for _, b := range d.sentenceIDs(si) {
				if a != b {
					x, y := min(a, b), max(a, b)
					d.addRelIDs(CoOccurs, x, y, false, "", 0.5, si)
				}
			}
		}
	}
}

// antecedents returns the entity ids of sentence si-1 that the pronouns of
// sentence si safely stand for.
func (d *docState) antecedents(si int) []string {
	var ids []string
	for i, t := range d.sents[si].Tokens {
		c := pronouns[strings.ToLower(t.Text)]
		if c == notPronoun || d.nameBefore(si, i, c) {
			continue
		}
		if c == plural {
			for _, id := range d.coordinated(si - 1) {
				if !slices.Contains(ids, id) {
					ids = append(ids, id)
				}
			}
			continue
		}
		only := ""
		for _, m := range d.bySent[si-1] {
			if !c.fits(m) || d.credit(m) {
				continue
			}
			if d.pronounBefore(si-1, m.s, c) {
				only = "-" // "She told Marr": the person talked about is named further back
				break
			}
			id := m.entityID()
			if only != "" && id != only {
				only = "-" // two candidates: say nothing
				break
			}
			only = id
		}
		if only != "" && only != "-" && !slices.Contains(ids, only) {
			ids = append(ids, only)
		}
	}
	return ids
}

// nameBefore reports an entity of sentence si before token i: the
// pronoun may stand for it (the subject of its own clause), and whatever
// its type says, a wrong type is no proof that it cannot ("to Osaka, and
// lifts her back" with Osaka read as the city).
// "They" is only blocked by an organisation: "Senator Hill accused them"
// still refers back.
// A person the text says is of the other sex does not block "he" or "she":
// "Sabrina Hussain said she ... his daughter's party".
func (d *docState) nameBefore(si, i int, c pronounClass) bool {
	for _, m := range d.bySent[si] {
		t := typeOf(m)
		if m.e > i || t == "" {
			continue
		}
		if c == plural || t == Person {
			if c.fits(m) {
				return true
			}
			continue
		}
		return true
	}
	return false
}

// pronounBefore reports a pronoun of class c before token i of sentence si.
func (d *docState) pronounBefore(si, i int, c pronounClass) bool {
	for _, t := range d.sents[si].Tokens[:i] {
		if pronouns[strings.ToLower(t.Text)] == c {
			return true
		}
	}
	return false
}

// coordinated returns the organisations of sentence si when they are its
// only entities and are named in one list ("WhatsApp and Apple"): the one
// safe antecedent of "they" or "them". Anything else (people named too,
// organisations apart) returns nil: "they" may be anyone.
func (d *docState) coordinated(si int) []string {
	var ids []string
	last := -1
	for _, m := range d.bySent[si] {
		t := typeOf(m)
		if t == "" || d.credit(m) {
			continue
		}
		if t != Organization {
			return nil
		}
		if last >= 0 && !d.joined(si, last, m.s) {
			return nil
		}
		last = m.e
		if id := m.entityID(); !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	if len(ids) < 2 {
		return nil
	}
	return ids
}

// joined reports whether only "and", "or" or commas lie between tokens
// end and start of sentence si.
func (d *docState) joined(si, end, start int) bool {
	toks := d.sents[si].Tokens
	if start <= end {
		return false
	}
	for _, t := range toks[end:start] {
		switch strings.ToLower(t.Text) {
		case "and", "or", ",":
		default:
			return false
		}
	}
	return true
}
