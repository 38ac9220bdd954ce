package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Gold is a gold file: entities with their aliases and acceptable types,
// and per document the entities required and those that are optional.
type Gold struct {
	Entities map[string]struct {
		Types   []string `json:"types"`
		Aliases []string `json:"aliases"`
	} `json:"entities"`
	Documents map[string]struct {
		Required []string `json:"required"`
		Optional []string `json:"optional"`
	} `json:"documents"`

	alias map[string][]string // normalised alias -> gold names, sorted
}

// ReadGold reads a gold file.
func ReadGold(r io.Reader) (*Gold, error) {
	var g Gold
	if err := json.NewDecoder(r).Decode(&g); err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	if len(g.Documents) == 0 {
		return nil, fmt.Errorf("read gold: no documents")
	}
	g.alias = map[string][]string{}
	for name, e := range g.Entities {
		for _, a := range append(slices.Clone(e.Aliases), name) {
			k := Normalize(a)
			if !slices.Contains(g.alias[k], name) {
				g.alias[k] = append(g.alias[k], name)
			}
		}
	}
	for k := range g.alias {
		slices.Sort(g.alias[k])
	}
	return &g, nil
}

var titles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true,
	"dame": true, "pc": true, "lord": true, "lady": true, "prof": true, "professor": true}

var spaces = regexp.MustCompile(`\s+`)

// Normalize is the name form gold aliases are compared in: NFKC, straight
// quotes, lower case, no edge punctuation, no possessive, no leading title
// or "the".
func Normalize(s string) string {
	s = norm.NFKC.String(s)
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`).Replace(s)
	s = strings.TrimSpace(strings.ToLower(s))
	s = spaces.ReplaceAllString(s, " ")
	s = trimEdge(s)
	s = strings.TrimSuffix(s, "'s")
	words := strings.Split(s, " ")
	for len(words) > 1 && titles[strings.TrimRight(words[0], ".")] {
		words = words[1:]
	}
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// trimEdge drops leading and trailing characters that are neither letters,
// digits nor underscores, as Python's [\W_] does (Unicode-aware).
func trimEdge(s string) string {
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }
	return strings.TrimFunc(s, func(r rune) bool { return !word(r) })
}

// Lookup returns the gold entity a name matches, preferring those in
// prefer, or "".
func (g *Gold) Lookup(name string, prefer []string) string {
	cands := g.alias[Normalize(name)]
	if len(cands) == 0 {
		return ""
	}
	for _, p := range prefer {
		if slices.Contains(cands, p) {
			return p
		}
	}
	return cands[0]
}

// Entity is what the scorer reads of an extracted entity.
type Entity struct {
	Name, Type string
}

// PRF is precision, recall and F1 with the counts behind them.
type PRF struct {
	TP, FP, FN            int
	Precision, Recall, F1 float64
}

func prf(tp, fp, fn int) PRF {
	r := PRF{TP: tp, FP: fp, FN: fn}
	if tp+fp > 0 {
		r.Precision = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r.Recall = float64(tp) / float64(tp+fn)
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	return r
}

// DocScore is the outcome for one document.
type DocScore struct {
	Doc                         string
	TP, FP, FN, TypedTP         int
	Missed, FalsePos, WrongType []string
}

// Result is the document-level score of a run.
type Result struct {
	Entity, Typed PRF
	// ByType scores each type apart: an extracted entity of type T is
	// right when it matches a required gold entity that accepts T; a
	// required gold entity whose first type is T and that nothing of an
	// acceptable type matched is a miss of T.
	ByType map[string]PRF
	Docs   []DocScore
}

// Score compares the extracted entities of each document (keyed by
// document id) with the gold. A document of the gold that was not
// extracted counts all its required entities as missed.
func (g *Gold) Score(docs map[string][]Entity) Result {
	res := Result{ByType: map[string]PRF{}}
	var tp, fp, fn, ttp int
	ids := make([]string, 0, len(g.Documents))
	for id := range g.Documents {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		d := g.scoreDoc(id, docs[id])
		tp, fp, fn, ttp = tp+d.TP, fp+d.FP, fn+d.FN, ttp+d.TypedTP
		res.Docs = append(res.Docs, d)
		g.scoreTypes(id, docs[id], res.ByType)
	}
	for t, c := range res.ByType {
		res.ByType[t] = prf(c.TP, c.FP, c.FN)
	}
	res.Entity = prf(tp, fp, fn)
	res.Typed = prf(ttp, fp+tp-ttp, fn+tp-ttp)
	return res
}

func (g *Gold) scoreDoc(id string, ents []Entity) DocScore {
	gd := g.Documents[id]
	req, opt := gd.Required, gd.Optional
	prefer := append(slices.Sorted(slices.Values(req)), slices.Sorted(slices.Values(opt))...)
	d := DocScore{Doc: id}
	seen := map[string]Entity{}
	for _, e := range ents {
		m := g.Lookup(e.Name, prefer)
		if m == "" || !slices.Contains(req, m) && !slices.Contains(opt, m) {
			d.FP++
			d.FalsePos = append(d.FalsePos, e.Name)
			continue
		}
		if _, dup := seen[m]; dup {
			if slices.Contains(req, m) {
				d.FP++
				d.FalsePos = append(d.FalsePos, e.Name+" (split)")
			}
			continue
		}
		seen[m] = e
	}
	for _, m := range req {
		e, ok := seen[m]
		if !ok {
			d.Missed = append(d.Missed, m)
			continue
		}
		d.TP++
		if slices.Contains(g.Entities[m].Types, e.Type) {
			d.TypedTP++
		} else {
			d.WrongType = append(d.WrongType, e.Name+":"+e.Type)
		}
	}
	d.FN = len(req) - d.TP
	slices.Sort(d.Missed)
	return d
}

// scoreTypes adds one document's counts per type to by.
func (g *Gold) scoreTypes(id string, ents []Entity, by map[string]PRF) {
	gd := g.Documents[id]
	prefer := append(slices.Sorted(slices.Values(gd.Required)), slices.Sorted(slices.Values(gd.Optional))...)
	right := map[string]bool{}
	for _, e := range ents {
		c := by[e.Type]
		m := g.Lookup(e.Name, prefer)
		switch {
		case m != "" && slices.Contains(gd.Optional, m) && !slices.Contains(gd.Required, m):
			continue // optional: neither way
		case m != "" && slices.Contains(gd.Required, m) && !right[m] && slices.Contains(g.Entities[m].Types, e.Type):
			c.TP++
			right[m] = true
		default:
			c.FP++
		}
		by[e.Type] = c
	}
	for _, m := range gd.Required {
		if types := g.Entities[m].Types; !right[m] && len(types) > 0 {
			c := by[types[0]]
			c.FN++
			by[types[0]] = c
		}
	}
}
