package extract

import (
	"strings"

	"github.com/ergraph/ergraph/extract/lexicon"
	"github.com/ergraph/ergraph/extract/text"
)

// eventRef is one reference to a named event in a sentence: the event
// mention itself (nil for "the attack" referring back), the name it was
// built from (a place, as in "the Westminster attack"), and a possessor
// ("England's World Cup qualifier").
type eventRef struct {
	si      int
	ev      *mention
	place   *mention
	owner   *mention
	noun    string // head noun, "attack"
	anaph   bool   // "the attack": refers to an earlier named event
	target  *mention
	nounEnd int // token after the event noun
}

// eventModifiers may stand between a name and the event noun without being
// part of the event's canonical name: "the Westminster terror attack".
var eventModifiers = lexicon.Set("eventModifiers")

// agentNouns name the doer of an event: "the Westminster attacker".
var agentNouns = map[string]string{"attacker": "attack", "attackers": "attack", "bomber": "bombing",
	"bombers": "bombing", "gunman": "shooting", "gunmen": "shooting", "shooter": "shooting",
	"hijacker": "hijacking", "stabber": "stabbing", "rioters": "riot", "protesters": "protest"}

// perpetratorNouns before a person's name mark the perpetrator.
var perpetratorNouns = lexicon.Set("perpetratorNouns")

// victimWords in a sentence that refers to an event mark the people it
// names as victims.
var victimWords = lexicon.Set("victimWords")

// violentNouns are events with perpetrators and victims.
var violentNouns = lexicon.Set("violentNouns")

// placeEvents are events named after where they happen.
var placeEvents = lexicon.Set("placeEvents")

// findEvents finds named events: a name followed by an event noun ("the
// Westminster attack", "England's World Cup qualifier"), agent nouns ("the
// Westminster attacker"), and "the attack" referring to an earlier one.
func (d *docState) findEvents() {
	var removed = map[*mention]bool{}
	for si := range d.sents {
		toks := d.sents[si].Tokens
		ends := map[int]*mention{}
		for _, m := range d.bySent[si] {
			ends[m.e] = m
		}
		for j := 1; j < len(toks); j++ {
			w := toks[j].Text
			noun := ""
			agent := false
			if eventNouns[w] {
				if !strings.HasPrefix(toks[j].Tag, "NN") && toks[j].Tag != "JJ" {
					continue // a verb: "Napoli open their campaign"
				}
				noun = w
			} else if a, ok := agentNouns[w]; ok {
				noun, agent = a, true
			} else {
				continue
			}
			k := j
			for k > 0 && eventModifiers[toks[k-1].Text] {
				k--
			}
			name := ends[k]
			if name == nil {
				name = d.capitalisedBefore(si, k) // "the Harbourside bombing"
			}
			if name == nil {
				// "the attack": a reference back to an earlier named event.
				if !agent && k > 0 && strings.EqualFold(toks[k-1].Text, "the") {
					d.events = append(d.events, &eventRef{si: si, noun: noun, anaph: true})
				}
				continue
			}
			// The name must be a definite description, not "a London attack".
			if name.s > 0 {
				p := strings.ToLower(toks[name.s-1].Text)
				if p == "a" || p == "an" || p == "every" || p == "any" {
					continue
				}
			}
			ref := &eventRef{si: si, noun: noun, place: name, nounEnd: j + 1}
			if placeEvents[noun] && !eventNamesCap[strings.ToLower(toks[name.e-1].Text)] {
				name.votes[vPlace] += 2 // "the Harbourside bombing": a place, whatever the tagger said
			}
			if name.s >= 2 && toks[name.s-1].Text == "'s" {
				ref.owner = ends[name.s-1]
			}
			base := name.name
			if eventNamesCap[strings.ToLower(toks[name.e-1].Text)] {
				// "World Cup" + "qualifier": the name is part of the event.
				removed[name] = true
				ref.place = nil
			}
			end := j + 1
			if agent {
				end = k // "attacker" is not part of the event's name
				if end <= name.e {
					end = name.e
				}
				ref.target = d.personAt(si, j+1)
			}
			ev := &mention{si: si, s: name.s, e: end, name: base + " " + noun, event: true}
			ev.votes[vEvent] = 5
			if agent {
				// The event's tokens are the name only; keep the
				// canonical "X attack" as its name.
				ev.e = name.e
			}
			ref.ev = ev
			d.ments = append(d.ments, ev)
			d.events = append(d.events, ref)
		}
	}
	if len(removed) > 0 {
		kept := d.ments[:0]
		for _, m := range d.ments {
			if !removed[m] {
				kept = append(kept, m)
			}
		}
		d.ments = kept
	}
	d.bySent = make([][]*mention, len(d.sents))
	for _, m := range d.ments {
		d.bySent[m.si] = append(d.bySent[m.si], m)
	}
}

// capitalisedBefore makes a mention of the capitalised words that end at
// token k after "the" or a possessive, as in "the Harbourside bombing",
// when the tagger found no name there.
func (d *docState) capitalisedBefore(si, k int) *mention {
	toks := d.sents[si].Tokens
	s := k
	for s > 0 && text.IsCapWord(toks[s-1].Text) && !isTitleWord(toks[s-1].Text) && !strings.EqualFold(toks[s-1].Text, "the") {
		s-- // not over a sentence's "The": "The Harbourside attacker"
	}
	if s == k || s == 0 || !(strings.EqualFold(toks[s-1].Text, "the") || toks[s-1].Text == "'s") {
		return nil
	}
	m := d.newMention(si, s, k)
	if m != nil {
		d.bySent[si] = append(d.bySent[si], m)
	}
	return m
}

// personAt returns the mention starting at token i of sentence si.
func (d *docState) personAt(si, i int) *mention {
	for _, m := range d.bySent[si] {
		if m.s == i && !m.event {
			return m
		}
	}
	return nil
}
