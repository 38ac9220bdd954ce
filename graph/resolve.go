package graph

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/ergraph/ergraph/extract"
)

// Resolve merges nodes that name one real-world entity but came out of
// different documents under different ids, and returns what it merged as
// a map from each merged-away id to the id that absorbed it. Documents are
// extracted one at a time, so three kinds of split survive them:
//
//   - the same name typed differently: an organisation that one article
//     reads as a place ("ISIS"). Organisations and places merge into the
//     type with more mentions; people and events never change type.
//   - an acronym and its expansion in different articles ("US" and "United
//     States"): the acronym merges into the only node of a compatible type
//     whose significant words have those initials.
//   - a one-letter spelling variant of a person's name ("Masood",
//     "Massood"): merged when the names have the same words but one, that
//     one is at least four letters long and one edit apart, and no document
//     mentions both (one that did would have told them apart).
//
// Nodes whose ids are in keep (those already stored, say) absorb others
// but are never merged away. Every rule needs a unique partner, so an
// ambiguous name stays as it is.
func Resolve(g *Graph, keep map[string]bool) map[string]string {
	merged := map[string]string{}
	for _, rule := range []func(*Graph, map[string]bool) [][2]string{sameName, acronyms, spellings} {
		for _, pair := range rule(g, keep) {
			from, to := pair[0], pair[1]
			if g.nodes[from] == nil || g.nodes[to] == nil || from == to {
				continue
			}
			g.merge(from, to)
			merged[from] = to
			for k, v := range merged {
				if v == from {
					merged[k] = to
				}
			}
		}
	}
	return merged
}

// nameKey folds a name for comparison: lower case, "the" and punctuation
// dropped, as in "The U.S." -> "us".
func nameKey(name string) string {
	key := strings.TrimPrefix(extract.ID("", name), ":")
	return strings.TrimPrefix(key, "the-")
}

func compatible(a, b extract.Type) bool {
	return a == b || (a == extract.Organization || a == extract.Place) && (b == extract.Organization || b == extract.Place)
}

// direction orders a pair so that the node to keep comes second.
func direction(a, b *Node, keep map[string]bool, prefer func(a, b *Node) bool) ([2]string, bool) {
	switch {
	case keep[a.ID] && keep[b.ID]:
		return [2]string{}, false
	case keep[a.ID]:
		return [2]string{b.ID, a.ID}, true
	case keep[b.ID]:
		return [2]string{a.ID, b.ID}, true
	case prefer(a, b):
		return [2]string{b.ID, a.ID}, true
	}
	return [2]string{a.ID, b.ID}, true
}

// moreMentions prefers the node mentioned more, then the smaller id.
func moreMentions(a, b *Node) bool {
	if a.Mentions != b.Mentions {
		return a.Mentions > b.Mentions
	}
	return a.ID < b.ID
}

func sameName(g *Graph, keep map[string]bool) [][2]string {
	groups := map[string][]*Node{}
	for _, n := range g.Nodes() {
		if n.Type == extract.Organization || n.Type == extract.Place {
			k := nameKey(n.Name)
			groups[k] = append(groups[k], n)
		}
	}
	var pairs [][2]string
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		if nodes := groups[k]; len(nodes) == 2 && nodes[0].Type != nodes[1].Type {
			if p, ok := direction(nodes[0], nodes[1], keep, moreMentions); ok {
				pairs = append(pairs, p)
			}
		}
	}
	return pairs
}

// minor words are skipped when reading initials.
var minor = map[string]bool{"of": true, "the": true, "and": true, "for": true, "in": true, "on": true, "de": true, "&": true}

// initials returns the upper-case initials of a name's significant words,
// or "" for a name of one word.
func initials(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		if minor[strings.ToLower(w)] {
			continue
		}
		r := []rune(w)[0]
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	return b.String()
}

// acronym returns the letters of a name written as an acronym ("US",
// "U.S.", "NATO"), or "".
func acronym(name string) string {
	letters := strings.ReplaceAll(name, ".", "")
	if len(letters) < 2 || len(letters) > 6 {
		return ""
	}
	for _, r := range letters {
		if !unicode.IsUpper(r) {
			return ""
		}
	}
	return letters
}

func acronyms(g *Graph, keep map[string]bool) [][2]string {
	expansions := map[string][]*Node{}
	nodes := g.Nodes()
	for _, n := range nodes {
		if in := initials(n.Name); len(in) >= 2 {
			expansions[in] = append(expansions[in], n)
		}
	}
	var pairs [][2]string
	for _, n := range nodes {
		a := acronym(n.Name)
		if a == "" {
			continue
		}
		var match []*Node
		for _, e := range expansions[a] {
			if compatible(n.Type, e.Type) {
				match = append(match, e)
			}
		}
		if len(match) != 1 {
			continue
		}
		// The expansion is the fuller name: it absorbs the acronym.
		if p, ok := direction(match[0], n, keep, func(x, y *Node) bool { return x == match[0] }); ok {
			pairs = append(pairs, p)
		}
	}
	return pairs
}

func spellings(g *Graph, keep map[string]bool) [][2]string {
	// Two names that are variants have the same words, in any case, but
	// for the one at some position i: they share the key of the name with
	// word i blanked out. Comparing only within those groups keeps this
	// linear in the number of people where comparing every pair took
	// seconds on a stored graph of 14,000 entities.
	var people []*Node
	groups := map[string][]*Node{}
	for _, n := range g.Nodes() {
		words := strings.Fields(n.Name)
		if n.Type != extract.Person || len(words) < 2 {
			continue
		}
		people = append(people, n)
		for i := range words {
			key := make([]string, len(words))
			for j, w := range words {
				if j != i {
					key[j] = foldKey(w)
				}
			}
			k := strings.Join(key, " ")
			groups[k] = append(groups[k], n)
		}
	}
	partners := map[string][]*Node{}
	for _, group := range groups {
		for i, a := range group {
			for _, b := range group[i+1:] {
				if variant(a.Name, b.Name) && disjoint(a.Documents, b.Documents) {
					partners[a.ID] = append(partners[a.ID], b)
					partners[b.ID] = append(partners[b.ID], a)
				}
			}
		}
	}
	var pairs [][2]string
	for _, a := range people {
		if ps := partners[a.ID]; len(ps) == 1 && len(partners[ps[0].ID]) == 1 && a.ID < ps[0].ID {
			if p, ok := direction(a, ps[0], keep, moreMentions); ok {
				pairs = append(pairs, p)
			}
		}
	}
	return pairs
}

// foldKey maps a word to the same string as every word strings.EqualFold
// matches: each rune becomes the smallest of its case-folding orbit.
func foldKey(w string) string {
	return strings.Map(func(r rune) rune {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		return least
	}, w)
}

// variant reports whether two names have the same words but one, which is
// one edit apart and at least four letters long in both.
func variant(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	diff := -1
	for i := range wa {
		if !strings.EqualFold(wa[i], wb[i]) {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff < 0 {
		return false
	}
	x, y := []rune(strings.ToLower(wa[diff])), []rune(strings.ToLower(wb[diff]))
	return len(x) >= 4 && len(y) >= 4 && oneEdit(x, y)
}

// oneEdit reports whether one insertion, deletion or substitution turns
// a into b.
func oneEdit(a, b []rune) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return i < len(a) && slices.Equal(a[i+1:], b[i+1:])
	}
	return slices.Equal(a[i:], b[i+1:])
}

func disjoint(a, b []string) bool {
	for _, d := range a {
		if _, found := slices.BinarySearch(b, d); found {
			return false
		}
	}
	return true
}

// merge folds node from into node to and moves its edges over.
func (g *Graph) merge(from, to string) {
	f, t := g.nodes[from], g.nodes[to]
	if t.names == nil {
		t.names = map[string]int{t.Name: 1}
	}
	name := t.Name
	for s, c := range f.names {
		t.names[s] += c
	}
	t.names[f.Name] += 0
	t.Aliases = nil
	for s := range t.names {
		if s != name {
			t.Aliases = append(t.Aliases, s)
		}
	}
	slices.Sort(t.Aliases)
	t.Roles = addSorted(t.Roles, f.Roles...)
	t.Mentions += f.Mentions
	for i, d := range f.Documents {
		j := t.docIndex(d)
		if i < len(f.DocMentions) {
			t.DocMentions[j] += f.DocMentions[i]
		}
		if i < len(f.DocNames) {
			t.DocNames[j] = addSorted(t.DocNames[j], f.DocNames[i]...)
		}
		if i < len(f.DocRoles) {
			t.DocRoles[j] = addSorted(t.DocRoles[j], f.DocRoles[i]...)
		}
	}
	delete(g.nodes, from)
	for k, e := range g.edges {
		if e.Source != from && e.Target != from {
			continue
		}
		delete(g.edges, k)
		if e.Source == from {
			e.Source = to
		}
		if e.Target == from {
			e.Target = to
		}
		if e.Source == e.Target {
			continue
		}
		if !e.Directed && e.Source > e.Target {
			e.Source, e.Target = e.Target, e.Source
		}
		g.putEdge(e)
	}
}

// putEdge adds e, merging it into an edge with the same key.
func (g *Graph) putEdge(e *Edge) {
	k := Key{Type: e.Type, Source: e.Source, Target: e.Target}
	old := g.edges[k]
	if old == nil {
		g.edges[k] = e
		return
	}
	old.align()
	e.align()
	for i, d := range e.Documents {
		w, role, conf, former := e.DocWeights[i], e.DocRoles[i], e.DocConfidence[i], e.DocFormer[i]
		j, found := slices.BinarySearch(old.Documents, d)
		if found {
			old.DocWeights[j] += w
			old.DocRoles[j] = cmp.Or(old.DocRoles[j], role)
			old.DocConfidence[j] = max(old.DocConfidence[j], conf)
			old.DocFormer[j] = old.DocFormer[j] || former
		} else {
			old.Documents = slices.Insert(old.Documents, j, d)
			old.DocWeights = slices.Insert(old.DocWeights, j, w)
			old.DocRoles = slices.Insert(old.DocRoles, j, role)
			old.DocConfidence = slices.Insert(old.DocConfidence, j, conf)
			old.DocFormer = slices.Insert(old.DocFormer, j, former)
		}
		old.Weight += w
	}
	old.Confidence = max(old.Confidence, e.Confidence)
	old.Former = old.Former || e.Former
	if old.Role == "" {
		old.Role = e.Role
	}
	old.Evidence, old.EvidenceDocs = appendEvidence(old.Evidence, old.EvidenceDocs, e.Evidence, e.EvidenceDocs)
}

// align pads the per-document lists of an edge built by hand or read back
// to the length of Documents: weight 1, no role, the edge's confidence and
// tense.
func (e *Edge) align() {
	for len(e.DocWeights) < len(e.Documents) {
		e.DocWeights = append(e.DocWeights, 1)
	}
	for len(e.DocConfidence) < len(e.Documents) {
		e.DocConfidence = append(e.DocConfidence, e.Confidence)
	}
	for len(e.DocFormer) < len(e.Documents) {
		e.DocFormer = append(e.DocFormer, e.Former)
	}
	e.DocRoles = resize(e.DocRoles, len(e.Documents))
	e.EvidenceDocs = resize(e.EvidenceDocs, len(e.Evidence))
}

// Remap merges the nodes of g as Resolve merged them in another graph:
// each id in merged folds into its target. A target missing from g is
// created from lookup, with no mentions of its own, so that loading g
// into a store that holds the target adds to it.
func (g *Graph) Remap(merged map[string]string, lookup func(id string) *Node) {
	for _, from := range slices.Sorted(maps.Keys(merged)) {
		to := merged[from]
		if g.nodes[from] == nil {
			continue
		}
		if g.nodes[to] == nil {
			like := lookup(to)
			if like == nil {
				continue
			}
			g.nodes[to] = &Node{ID: to, Name: like.Name, Type: like.Type, names: map[string]int{like.Name: 0}}
		}
		g.merge(from, to)
	}
}

// Union returns a graph of copies of the nodes of all the given graphs,
// without edges: enough for Resolve to find splits between a stored graph
// and a new batch. A node in several graphs is one node with the union of
// their documents.
func Union(graphs ...*Graph) *Graph {
	u := New()
	for _, g := range graphs {
		for _, n := range g.nodes {
			c := u.nodes[n.ID]
			if c == nil {
				c = &Node{ID: n.ID, Name: n.Name, Type: n.Type, names: map[string]int{n.Name: 0}}
				u.nodes[n.ID] = c
			}
			c.Aliases = addSorted(c.Aliases, n.Aliases...)
			c.Roles = addSorted(c.Roles, n.Roles...)
			c.Documents = addSorted(c.Documents, n.Documents...)
			c.Mentions += n.Mentions
			for _, a := range n.Aliases {
				c.names[a] += 0
			}
		}
	}
	return u
}
