package graph

import (
	"cmp"
	"hash/maphash"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/extract/name"
	"github.com/ergraph/ergraph/extract/ner"
)

// Reasons recorded in Node.MergedBy besides the kinds of extract/name: an
// organisation one article read as a place, and an organisation's short
// name.
const (
	byType  = "type"
	byShort = "short-name"
)

// Resolve merges nodes that name one real-world entity but came out of
// different documents under different ids, and returns what it merged as
// a map from each merged-away id to the id that absorbed it. Candidate
// pairs come from blocking on name keys (never from comparing all pairs),
// so the cost grows as O(n log n) in nodes plus O(m) in edges. A pair is
// merged by evidence, not by name alone:
//
//   - the same name typed differently: an organisation that one article
//     reads as a place ("ISIS"). Organisations and places merge into the
//     type with more mentions (a place named as a city only when one
//     reading is in a single document: "Milan" the club and the city);
//     a one-word person joins the organisation whose name another
//     article writes as an acronym ("Isis", "ISIS"); otherwise people and
//     events never change type.
//   - an organisation's short name and its full name ("Red Sox", "Boston
//     Red Sox"; "Tottenham", "Tottenham Hotspur"), with shared context.
//   - an acronym and its expansion ("US" and "United States"), a nickname
//     and the full first name ("Joe Biden", "Joseph Biden"), an initial
//     ("J. Biden"): merged when the partner is the only one of its type
//     the name fits.
//   - a surname alone and a full name ("Kravitz", "Zoe Kravitz"), a
//     one-letter spelling variant ("Masood", "Massood"): merged when the
//     partner is the only one it fits and the two share a linked entity
//     or a role.
//
// Two people mentioned in one document are never merged: that document
// told them apart. A name that fits two partners joins neither. Nodes whose
// ids are in keep (those already stored, say) absorb others but are never
// merged away. Each alias merged in records why in Node.MergedBy.
func Resolve(g *Graph, keep map[string]bool) map[string]string {
	g.settle()
	r := newResolver(g)
	var pairs []pair
	pairs = append(pairs, r.sameName()...)
	pairs = append(pairs, r.acronyms()...)
	pairs = append(pairs, r.people()...)
	pairs = append(pairs, r.shortOrgs()...)
	return g.apply(pairs, keep, r.incident)
}

// pair is one merge decision: from folds into to, for reason.
type pair struct {
	from, to *Node
	reason   string
}

// resolver holds the indexes of one Resolve run. They are slices
// indexed by Node.idx, a node's place in nodes, not maps keyed by ids:
// at a hundred thousand nodes and several hundred thousand edges, hashing
// an id and reaching its entry cost more per access the larger the maps
// grow.
type resolver struct {
	g     *Graph
	nodes []*Node  // sorted by id; Node.idx is the index of each
	adj   [][]link // each node's edges, with the node at the other end
	words [][]string
	ctx   []map[string]bool // see context; nil until computed
	keys  []string          // see contextKey
	keyed []bool            // whether keys holds the node's key
}

// link is an edge of a node and the node at its other end (nil if the
// graph has no node of that id).
type link struct {
	to   *Node
	edge *Edge
}

func newResolver(g *Graph) *resolver {
	nodes := g.Nodes()
	r := &resolver{g: g, nodes: nodes, adj: make([][]link, len(nodes)), words: make([][]string, len(nodes)),
		ctx: make([]map[string]bool, len(nodes)), keys: make([]string, len(nodes)), keyed: make([]bool, len(nodes))}
	for i, n := range nodes {
		n.idx = i
		r.words[i] = name.Words(n.Name)
	}
	// The lists are parts of one slice, filled in two passes over the
	// edges as read once: no list grows by appending.
	type ends struct {
		s, t *Node
		e    *Edge
	}
	all := make([]ends, 0, len(g.edges))
	start := make([]int, len(nodes)+1)
	for k, e := range g.edges {
		s, t := g.nodes[k.Source], g.nodes[k.Target]
		all = append(all, ends{s, t, e})
		if s != nil {
			start[s.idx+1]++
		}
		if t != nil {
			start[t.idx+1]++
		}
	}
	for i := range nodes {
		start[i+1] += start[i]
	}
	links := make([]link, start[len(nodes)])
	next := start[:len(nodes)]
	for _, x := range all {
		if x.s != nil {
			links[next[x.s.idx]] = link{x.t, x.e}
			next[x.s.idx]++
		}
		if x.t != nil {
			links[next[x.t.idx]] = link{x.s, x.e}
			next[x.t.idx]++
		}
	}
	for i := range nodes {
		// next[i] is now where node i's list ends, and where i+1's begins.
		begin := 0
		if i > 0 {
			begin = next[i-1]
		}
		r.adj[i] = links[begin:next[i]:next[i]]
	}
	return r
}

// incident returns the edges of the node with the given id, for mergeAll
// to move those of the merged nodes without a pass over every edge.
func (r *resolver) incident(id string) []*Edge {
	i, found := slices.BinarySearchFunc(r.nodes, id, func(n *Node, id string) int { return strings.Compare(n.ID, id) })
	if !found {
		return nil
	}
	out := make([]*Edge, len(r.adj[i]))
	for j, l := range r.adj[i] {
		out[j] = l.edge
	}
	return out
}

// linked reports an edge between a and b.
func (r *resolver) linked(a, b *Node) bool {
	return slices.ContainsFunc(r.adj[a.idx], func(l link) bool { return l.to == b })
}

// apart reports nodes that one document mentions both of.
func apart(a, b *Node) bool {
	if len(a.Documents) > len(b.Documents) {
		a, b = b, a
	}
	for _, d := range a.Documents {
		if _, found := slices.BinarySearch(b.Documents, d); found {
			return true
		}
	}
	return false
}

// related reports context the two nodes share: a role, a linked
// organisation, person or event, or two linked places. Linked entities
// are compared by name, whatever their type ("Milan" the club in one
// article is "Milan" the city in another); one shared place alone is too
// common ("U.S.") to tell.
func (r *resolver) related(a, b *Node) bool {
	for _, role := range a.Roles {
		if _, found := slices.BinarySearch(b.Roles, role); found {
			return true
		}
	}
	places, others := r.shared(a, b)
	return others > 0 || places >= 2
}

// shared counts the linked entities two nodes share, by name: those that
// are places, and the others.
func (r *resolver) shared(a, b *Node) (places, others int) {
	na, nb := r.context(a), r.context(b)
	if len(na) > len(nb) {
		na, nb = nb, na
	}
	for k, place := range na {
		if _, ok := nb[k]; ok {
			if place && nb[k] {
				places++
			} else {
				others++
			}
		}
	}
	return places, others
}

// context returns the name keys of the entities linked to n, each with
// whether it is only a place.
func (r *resolver) context(n *Node) map[string]bool {
	if c := r.ctx[n.idx]; c != nil {
		return c
	}
	c := map[string]bool{}
	for _, l := range r.adj[n.idx] {
		if m := l.to; m != nil {
			k := r.contextKey(m)
			place, seen := c[k]
			c[k] = m.Type == extract.Place && (place || !seen)
		}
	}
	r.ctx[n.idx] = c
	return c
}

// contextKey returns the key that stands for m in the context of its
// neighbours, computed once: a hub is in the context of thousands.
func (r *resolver) contextKey(m *Node) string {
	if r.keyed[m.idx] {
		return r.keys[m.idx]
	}
	k := strings.Join(name.Core(m.Name), " ")
	if ws := r.words[m.idx]; m.Type == extract.Person && len(ws) > 0 {
		k = "person " + ws[len(ws)-1] // "M. Waugh" in one article is "Mark Waugh" in another
	}
	r.keys[m.idx], r.keyed[m.idx] = k, true
	return k
}

// moreMentions orders a pair so that the node mentioned more (then the
// smaller id) absorbs the other.
func moreMentions(a, b *Node, reason string) pair {
	if b.Mentions > a.Mentions || b.Mentions == a.Mentions && b.ID < a.ID {
		return pair{a, b, reason}
	}
	return pair{b, a, reason}
}

// outvoted reports one reading of a name in a single document against
// another in several: the lone one is most likely a wrong type ("London"
// read once as an organisation).
func outvoted(a, b *Node) bool {
	return len(a.Documents) == 1 && len(b.Documents) >= 2 || len(b.Documents) == 1 && len(a.Documents) >= 2
}

// sameName pairs an organisation and a place of the same name that share
// context, are written as an acronym, or of which one is read so in one
// document and the other in several; and a one-word person with the
// organisation whose name is written as an acronym elsewhere.
func (r *resolver) sameName() []pair {
	groups := map[string][]*Node{}
	people := map[string][]*Node{} // one-word people, by the same key
	for _, n := range r.nodes {
		k := strings.Join(name.Core(n.Name), "-")
		switch {
		case n.Type == extract.Organization || n.Type == extract.Place:
			groups[k] = append(groups[k], n)
		case n.Type == extract.Person && len(r.words[n.idx]) == 1:
			people[k] = append(people[k], n)
		}
	}
	var pairs []pair
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		ns := groups[k]
		if len(ns) == 2 && ns[0].Type != ns[1].Type && (r.related(ns[0], ns[1]) && !cityName(ns) || acronymNamed(ns[0]) || acronymNamed(ns[1]) || outvoted(ns[0], ns[1])) {
			pairs = append(pairs, moreMentions(ns[0], ns[1], byType))
		}
		// A one-word "person" named as an organisation's acronym is
		// written elsewhere ("Isis" and "ISIS") is that organisation.
		if ps := people[k]; len(ps) == 1 && len(ns) == 1 && ns[0].Type == extract.Organization && acronymNamed(ns[0]) && !acronymNamed(ps[0]) {
			pairs = append(pairs, pair{ps[0], ns[0], byType})
		}
	}
	return pairs
}

// cityName reports an organisation and a place named as a US state or a
// city is named: a city and its football club share players and rival
// clubs for context ("Milan", "Tel Aviv"), so context does not tell them
// one. A country is not meant: "Iraq said" is its government, which the
// graph keeps on the country's node. Other names read both ways are an organisation the
// tagger misread ("Hamas" as a place).
func cityName(ns []*Node) bool {
	return slices.ContainsFunc(ns, func(n *Node) bool {
		s := strings.Join(strings.Fields(n.Name), " ")
		if _, country := name.Country(s); country {
			return false // "Iraq said": the country's government, one node with the country
		}
		return n.Type == extract.Place && ner.PlaceName(s)
	})
}

// acronymNamed reports a node named in capitals, as an acronym ("ISIS"):
// an organisation, whatever one article made of it, while a name such as
// "Milan" is both a city and its football club.
func acronymNamed(n *Node) bool {
	return slices.ContainsFunc(append([]string{n.Name}, n.Aliases...), func(s string) bool {
		a := name.AcronymOf(s)
		return a != "" && (len(a) <= 4 || strings.Contains(s, ".")) // "ESSEX" is a headline, not an acronym
	})
}

// kin returns the class of types that merge with t: organisations and
// places merge with each other, people and events with their own type.
func kin(t extract.Type) extract.Type {
	if t == extract.Place {
		return extract.Organization
	}
	return t
}

// acronyms pairs an acronym with the one node of a compatible type whose
// name has those initials; the expansion absorbs the acronym.
func (r *resolver) acronyms() []pair {
	// Blocks by initials and kin of type: every node in a block is
	// compatible, so two matches, which rule an acronym out, are found
	// in at most three steps however many names share two initials.
	expansions := map[string][]*Node{}
	for _, n := range r.nodes {
		seen := ""
		for _, in := range []string{name.Initials(n.Name), name.Initials(strings.Join(coreFields(n.Name), " "))} {
			if len(in) >= 2 && in != seen {
				k := string(kin(n.Type)) + " " + in
				expansions[k] = append(expansions[k], n)
				seen = in
			}
		}
	}
	var pairs []pair
	for _, n := range r.nodes {
		a := name.AcronymOf(n.Name)
		if a == "" {
			continue
		}
		var match []*Node
		for _, e := range expansions[string(kin(n.Type))+" "+a] {
			if len(match) == 2 {
				break
			}
			if e != n && !slices.Contains(match, e) {
				match = append(match, e)
			}
		}
		if len(match) != 1 {
			continue
		}
		// Two letters stand for many names: they need a linked entity in
		// common, or a document naming both.
		places, others := r.shared(n, match[0])
		if len(a) > 2 || places+others > 0 || r.linked(n, match[0]) {
			pairs = append(pairs, pair{n, match[0], name.Acronym.String()})
		}
	}
	return pairs
}

// shortOrgs pairs an organisation's short name with the one organisation
// whose name adds a place before it ("Red Sox", "Boston Red Sox") or, for
// a name of one word, words after it ("Leeds", "Leeds United"), when the
// two share context as a surname and a full name must; the full name
// absorbs the short one.
func (r *resolver) shortOrgs() []pair {
	byTail := map[string][]*Node{}  // "red sox" -> "Boston Red Sox"
	byFirst := map[string][]*Node{} // "leeds" -> "Leeds United"
	var orgs []*Node
	for _, n := range r.nodes {
		if n.Type != extract.Organization || len(r.words[n.idx]) == 0 {
			continue
		}
		orgs = append(orgs, n)
		ws := r.words[n.idx]
		if len(ws) < 2 {
			continue
		}
		byFirst[ws[0]] = append(byFirst[ws[0]], n)
		for k := len(ws) - 1; k >= 1; k-- {
			if ner.PlaceName(strings.Join(ws[:k], " ")) {
				t := strings.Join(ws[k:], " ")
				byTail[t] = append(byTail[t], n)
				break
			}
		}
	}
	var pairs []pair
	for _, n := range orgs {
		ws := r.words[n.idx]
		cands := byTail[strings.Join(ws, " ")]
		if len(ws) == 1 {
			cands = append(slices.Clone(cands), byFirst[ws[0]]...)
		}
		slices.SortFunc(cands, func(a, b *Node) int { return cmp.Compare(a.ID, b.ID) })
		cands = slices.DeleteFunc(slices.Compact(cands), func(c *Node) bool { return c == n })
		if len(cands) == 1 && !apart(n, cands[0]) && r.related(n, cands[0]) {
			pairs = append(pairs, pair{n, cands[0], byShort})
		}
	}
	return pairs
}

// coreFields returns the words of s as written, without legal-form words
// at the end.
func coreFields(s string) []string {
	ws := strings.Fields(s)
	for len(ws) > 1 && name.LegalForm(name.Key(ws[len(ws)-1])) {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// maxBlock bounds the names compared pairwise in one block. A larger
// block only holds names that fit several others, which never merge.
const maxBlock = 8

// people pairs the names of people: surname and full name, nickname or
// initial and full first name, spelling variants.
func (r *resolver) people() []pair {
	var people []*Node
	for _, n := range r.nodes {
		if n.Type == extract.Person && len(r.words[n.idx]) > 0 {
			people = append(people, n)
		}
	}
	// Blocks besides those of blockKeys: a full name's last words (each
	// shorter name that ends it); its words with the first name as an
	// initial.
	endings := map[string][]*Node{}  // "biden" -> "Joe Biden", "Hunter Biden"
	initials := map[string][]*Node{} // "j biden" -> "J. Biden"
	fulls := map[string][]*Node{}    // "j biden" -> "Joe Biden", "Joseph Biden"
	add := func(m map[string][]*Node, k string, n *Node) {
		if b := m[k]; len(b) == 0 || b[len(b)-1] != n {
			m[k] = append(b, n)
		}
	}
	for _, n := range people {
		ws := r.words[n.idx]
		if len(ws) < 2 {
			continue
		}
		rest := " " + strings.Join(ws[1:], " ")
		for i := 1; i < len(ws); i++ {
			add(endings, strings.Join(ws[i:], " "), n)
		}
		first, _ := utf8.DecodeRuneInString(ws[0])
		if len(ws[0]) == utf8.RuneLen(first) {
			add(initials, string(first)+rest, n)
		} else {
			add(fulls, string(first)+rest, n)
		}
	}
	partners := map[*Node]map[*Node]name.Kind{}
	link := func(a, b *Node, k name.Kind) {
		if partners[a] == nil {
			partners[a] = map[*Node]name.Kind{}
		}
		partners[a][b] = k
	}
	// The order of the links does not matter: partners are sets.
	keys := r.blockKeys(people)
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j].key == keys[i].key {
			j++
		}
		if j-i > maxBlock {
			i = j
			continue // every name in it fits several others: none merges
		}
		for a := i; a < j; a++ {
			for b := a + 1; b < j; b++ {
				x, y := people[keys[a].person], people[keys[b].person]
				if kind := name.Compare(x.Name, y.Name); kind == name.Nickname || kind == name.Spelling || kind == name.Middle {
					link(x, y, kind)
					link(y, x, kind)
				}
			}
		}
		i = j
	}
	// A name with two partners never merges, so two are enough to look
	// at: that bounds the work of a common name ("J. Smith", "Smith")
	// whatever the size of its block.
	const enough = 2
	for k, ns := range initials {
		for _, n := range ns {
			for _, f := range fulls[k][:min(len(fulls[k]), enough)] {
				link(n, f, name.Nickname)
			}
		}
	}
	for _, n := range people {
		for _, f := range endings[strings.Join(r.words[n.idx], " ")] {
			if len(partners[n]) >= enough {
				break
			}
			if name.Compare(n.Name, f.Name) == name.Surname {
				link(n, f, name.Surname)
			}
		}
	}
	var pairs []pair
	for _, n := range people {
		ps := partners[n]
		if len(ps) != 1 {
			continue // none, or a name that fits two
		}
		var p *Node
		var kind name.Kind
		for p, kind = range ps {
		}
		if apart(n, p) {
			continue
		}
		switch kind {
		case name.Surname:
			if r.related(n, p) {
				pairs = append(pairs, pair{n, p, kind.String()})
			}
		case name.Spelling:
			// Names this close need less context than a surname alone:
			// any linked entity in common.
			if places, others := r.shared(n, p); len(partners[p]) == 1 && n.ID < p.ID && places+others > 0 {
				pairs = append(pairs, moreMentions(n, p, kind.String()))
			}
		case name.Middle:
			// The name with the middle name absorbs the other, on the
			// evidence a surname alone needs.
			if len(r.words[n.idx]) < len(r.words[p.idx]) && r.related(n, p) {
				pairs = append(pairs, pair{n, p, kind.String()})
			}
		case name.Nickname:
			// The fuller first name absorbs the shorter one.
			ln, lp := len(r.words[n.idx][0]), len(r.words[p.idx][0])
			if places, others := r.shared(n, p); places+others == 0 {
				continue
			}
			if ln < lp {
				pairs = append(pairs, pair{n, p, kind.String()})
			} else if ln == lp && len(partners[p]) == 1 && n.ID < p.ID {
				pairs = append(pairs, moreMentions(n, p, kind.String()))
			}
		}
	}
	return pairs
}

// blocked is a person in a block of names: a hash of the block's key
// and the person's index.
type blocked struct {
	key    uint64
	person int
}

// blockKeys returns the nickname, middle-name and spelling blocks of
// people of two words or more, sorted by key so that each block is a run:
// a name's words with the first name as the full name a nickname stands
// for, its first initial and last word ("j esnaider" for "Juan Eduardo
// Esnaider" and "Juan Esnaider"), and
// its words with one word one deletion short (two words one edit apart
// share such a key). Keys are hashed, not built as strings, and a sort
// takes the place of a map of blocks: the blocks of 100,000 people are
// millions of keys. Two keys that collide (one chance in 2^64 a pair)
// only add a candidate, which Compare then rejects.
func (r *resolver) blockKeys(people []*Node) []blocked {
	var h maphash.Hash
	// key hashes ws with word i written as pre+post, the two written
	// apart: a deletion is hashed without making its string.
	key := func(kind byte, ws []string, i int, pre, post string) uint64 {
		h.Reset()
		h.WriteByte(kind)
		h.WriteByte(byte(i))
		for j, x := range ws {
			if j == i {
				h.WriteString(pre)
				h.WriteString(post)
			} else {
				h.WriteString(x)
			}
			h.WriteByte(' ')
		}
		return h.Sum64()
	}
	size := 0 // at least the number of keys: one allocation, not a growing slice
	for _, n := range people {
		if ws := r.words[n.idx]; len(ws) >= 2 {
			size += 2
			for _, w := range ws {
				if c := utf8.RuneCountInString(w); c >= 4 {
					size += c + 1
				}
			}
		}
	}
	out := make([]blocked, 0, size)
	for p, n := range people {
		ws := r.words[n.idx]
		if len(ws) < 2 {
			continue
		}
		out = append(out, blocked{key('n', ws, 0, name.Given(ws[0]), ""), p})
		first, _ := utf8.DecodeRuneInString(ws[0])
		out = append(out, blocked{key('m', []string{string(first), ws[len(ws)-1]}, -1, "", ""), p})
		for i, w := range ws {
			if utf8.RuneCountInString(w) < 4 {
				continue
			}
			if !utf8.ValidString(w) {
				for _, v := range name.Deletions(w) {
					out = append(out, blocked{key('s', ws, i, v, ""), p})
				}
				continue
			}
			// name.Deletions(w), in its order: w, then w less each
			// letter, but one of a double letter.
			out = append(out, blocked{key('s', ws, i, w, ""), p})
			var prev rune
			for a, c := range w {
				if a > 0 && c == prev {
					continue
				}
				prev = c
				out = append(out, blocked{key('s', ws, i, w[:a], w[a+utf8.RuneLen(c):]), p})
			}
		}
	}
	return slices.Compact(sortBlocked(out))
}

// sortBlocked sorts s by key, then person, as s comes in the order of
// people: a stable radix sort by key, in linear time where a comparison
// sort of millions of keys takes n log n.
func sortBlocked(s []blocked) []blocked {
	if len(s) < 256 {
		slices.SortStableFunc(s, func(a, b blocked) int { return cmp.Compare(a.key, b.key) })
		return s
	}
	const bits = 16
	buf := make([]blocked, len(s))
	var count [1 << bits]int
	for shift := 0; shift < 64; shift += bits {
		clear(count[:])
		for _, b := range s {
			count[b.key>>shift&(1<<bits-1)]++
		}
		sum := 0
		for i, c := range count {
			count[i] = sum
			sum += c
		}
		for _, b := range s {
			d := b.key >> shift & (1<<bits - 1)
			buf[count[d]] = b
			count[d]++
		}
		s, buf = buf, s
	}
	return s
}

// apply merges the pairs, keeping the nodes in keep, and returns what it
// merged, from each merged-away id to its final target.
func (g *Graph) apply(pairs []pair, keep map[string]bool, incident func(id string) []*Edge) map[string]string {
	parent := map[string]string{}
	var find func(string) string
	find = func(id string) string {
		p, ok := parent[id]
		if !ok {
			return id
		}
		root := find(p)
		parent[id] = root
		return root
	}
	reason := map[string]string{}
	for _, p := range pairs {
		from, to := find(p.from.ID), find(p.to.ID)
		if from == to {
			continue
		}
		if keep[from] {
			if keep[to] {
				continue
			}
			from, to = to, from
		}
		parent[from] = to
		reason[from] = p.reason
	}
	merged := map[string]string{}
	for from := range parent {
		merged[from] = find(from)
	}
	g.mergeAll(merged, reason, incident)
	return merged
}

// mergeAll folds each node of merged into its target, which must not be
// merged itself, recording reason[from] on the names it brings, then moves
// every edge once. incident, when not nil, gives the edges of a node by
// its id (as they were before the merge), so that only the edges of the
// merged nodes are looked at; without it every edge is.
func (g *Graph) mergeAll(merged, reason map[string]string, incident func(id string) []*Edge) {
	if len(merged) == 0 {
		return
	}
	for _, from := range slices.Sorted(maps.Keys(merged)) {
		g.fold(g.nodes[from], g.nodes[merged[from]], reason[from])
		delete(g.nodes, from)
	}
	// The edges to move, with their keys, in the order of the keys; an
	// edge between two merged nodes is listed by both.
	type keyed struct {
		k Key
		e *Edge
	}
	var moved []keyed
	if incident != nil {
		for from := range merged {
			for _, e := range incident(from) {
				moved = append(moved, keyed{Key{Type: e.Type, Source: e.Source, Target: e.Target}, e})
			}
		}
	} else {
		for k, e := range g.edges {
			if _, ok := merged[k.Source]; ok {
				moved = append(moved, keyed{k, e})
			} else if _, ok := merged[k.Target]; ok {
				moved = append(moved, keyed{k, e})
			}
		}
	}
	slices.SortFunc(moved, func(a, b keyed) int { return compareKeys(a.k, b.k) })
	moved = slices.CompactFunc(moved, func(a, b keyed) bool { return a.k == b.k })
	for _, m := range moved {
		delete(g.edges, m.k)
	}
	for _, m := range moved {
		e := m.e
		if to, ok := merged[e.Source]; ok {
			e.Source = to
		}
		if to, ok := merged[e.Target]; ok {
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

// compareKeys orders edge keys by source, target and type, so that
// merging edges is deterministic.
func compareKeys(a, b Key) int {
	return cmp.Or(strings.Compare(a.Source, b.Source), strings.Compare(a.Target, b.Target), strings.Compare(a.Type, b.Type))
}

// fold adds node f into node t: names, roles, mentions and documents. t
// keeps its name; f's names become aliases merged for reason.
func (g *Graph) fold(f, t *Node, reason string) {
	if t.names == nil {
		t.names = map[string]int{t.Name: 1}
	}
	if t.MergedBy == nil {
		t.MergedBy = map[string]string{}
	}
	for s, c := range f.names {
		if _, had := t.names[s]; !had && s != t.Name {
			why := f.MergedBy[s]
			if why == "" || s == f.Name {
				why = reason
			}
			t.MergedBy[s] = why
		}
		t.names[s] += c
	}
	t.Aliases = t.Aliases[:0]
	for s := range t.names {
		if s != t.Name {
			t.Aliases = append(t.Aliases, s)
		}
	}
	slices.Sort(t.Aliases)
	t.Roles = addSorted(t.Roles, f.Roles...)
	t.Mentions += f.Mentions
	t.DocMentions = resize(t.DocMentions, len(t.Documents))
	t.DocNames = resize(t.DocNames, len(t.Documents))
	t.DocRoles = resize(t.DocRoles, len(t.Documents))
	if len(f.Documents) > fewDocs {
		t.mergeDocs(f)
		return
	}
	for i, d := range f.Documents {
		j := t.docIndex(d)
		t.DocMentions[j] += atInt(f.DocMentions, i)
		t.DocNames[j] = addSorted(t.DocNames[j], at(f.DocNames, i)...)
		t.DocRoles[j] = addSorted(t.DocRoles[j], at(f.DocRoles, i)...)
	}
}

// fewDocs is the most documents merged into a node or an edge one by one,
// by binary search and insertion; more are merged in one pass over both
// sorted lists, so that a hub absorbing a node of thousands of documents
// costs their sum, not their product.
const fewDocs = 8

// mergeDocs merges the documents of f, with their per-document lists,
// into t's, whose lists are as long as t.Documents.
func (t *Node) mergeDocs(f *Node) {
	size := len(t.Documents) + len(f.Documents)
	docs, mentions := make([]string, 0, size), make([]int, 0, size)
	names, roles := make([][]string, 0, size), make([][]string, 0, size)
	i, j := 0, 0
	for i < len(t.Documents) || j < len(f.Documents) {
		c := -1
		if i == len(t.Documents) {
			c = 1
		} else if j < len(f.Documents) {
			c = strings.Compare(t.Documents[i], f.Documents[j])
		}
		if c <= 0 {
			docs, mentions = append(docs, t.Documents[i]), append(mentions, t.DocMentions[i])
			names, roles = append(names, t.DocNames[i]), append(roles, t.DocRoles[i])
			i++
		} else {
			docs, mentions = append(docs, f.Documents[j]), append(mentions, 0)
			names, roles = append(names, nil), append(roles, nil)
		}
		if c >= 0 {
			k := len(docs) - 1
			mentions[k] += atInt(f.DocMentions, j)
			names[k] = addSorted(names[k], at(f.DocNames, j)...)
			roles[k] = addSorted(roles[k], at(f.DocRoles, j)...)
			j++
		}
	}
	t.Documents, t.DocMentions, t.DocNames, t.DocRoles = docs, mentions, names, roles
}

// putEdge adds e, merging it into an edge with the same key.
func (g *Graph) putEdge(e *Edge) {
	old := g.sameKey(e)
	if old == nil {
		return
	}
	if len(e.Documents) > fewDocs {
		old.mergeDocs(e)
	} else {
		old.insertDocs(e)
	}
	old.absorb(e)
}

// sameKey returns the edge with e's key, with e aligned to it, or stores
// e and returns nil.
func (g *Graph) sameKey(e *Edge) *Edge {
	k := Key{Type: e.Type, Source: e.Source, Target: e.Target}
	old := g.edges[k]
	if old == nil {
		g.edges[k] = e
		return nil
	}
	old.align()
	e.align()
	return old
}

// absorb adds what e says beyond its documents: weight, confidence,
// tense, role and evidence.
func (old *Edge) absorb(e *Edge) {
	for _, w := range e.DocWeights {
		old.Weight += w
	}
	old.Confidence = max(old.Confidence, e.Confidence)
	old.Former = old.Former || e.Former
	if old.Role == "" {
		old.Role = e.Role
	}
	old.Evidence, old.EvidenceDocs = appendEvidence(old.Evidence, old.EvidenceDocs, e.Evidence, e.EvidenceDocs)
}

// insertDocs adds the documents of e, with their per-document lists, to
// those of old, one by one; both are aligned.
func (old *Edge) insertDocs(e *Edge) {
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
	}
}

// mergeDocs is insertDocs in one pass over both sorted lists.
func (old *Edge) mergeDocs(e *Edge) {
	size := len(old.Documents) + len(e.Documents)
	out := Edge{Documents: make([]string, 0, size), DocWeights: make([]int, 0, size), DocRoles: make([]string, 0, size),
		DocConfidence: make([]float64, 0, size), DocFormer: make([]bool, 0, size)}
	i, j := 0, 0
	for i < len(old.Documents) || j < len(e.Documents) {
		c := -1
		if i == len(old.Documents) {
			c = 1
		} else if j < len(e.Documents) {
			c = strings.Compare(old.Documents[i], e.Documents[j])
		}
		switch {
		case c < 0:
			out.appendDoc(old, i)
			i++
		case c > 0:
			out.appendDoc(e, j)
			j++
		default:
			out.appendDoc(old, i)
			k := len(out.Documents) - 1
			out.DocWeights[k] += e.DocWeights[j]
			out.DocRoles[k] = cmp.Or(out.DocRoles[k], e.DocRoles[j])
			out.DocConfidence[k] = max(out.DocConfidence[k], e.DocConfidence[j])
			out.DocFormer[k] = out.DocFormer[k] || e.DocFormer[j]
			i, j = i+1, j+1
		}
	}
	old.Documents, old.DocWeights, old.DocRoles, old.DocConfidence, old.DocFormer = out.Documents, out.DocWeights, out.DocRoles, out.DocConfidence, out.DocFormer
}

// appendDoc appends document i of an aligned edge e, with its lists.
func (out *Edge) appendDoc(e *Edge, i int) {
	out.Documents = append(out.Documents, e.Documents[i])
	out.DocWeights = append(out.DocWeights, e.DocWeights[i])
	out.DocRoles = append(out.DocRoles, e.DocRoles[i])
	out.DocConfidence = append(out.DocConfidence, e.DocConfidence[i])
	out.DocFormer = append(out.DocFormer, e.DocFormer[i])
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
// into a store that holds the target adds to it. reasons, when not nil,
// gives the MergedBy reason of each merged id.
func (g *Graph) Remap(merged map[string]string, lookup func(id string) *Node) {
	g.settle()
	apply := map[string]string{}
	reason := map[string]string{}
	for _, from := range slices.Sorted(maps.Keys(merged)) {
		to := merged[from]
		f := g.nodes[from]
		if f == nil {
			continue
		}
		like := lookup(to)
		if g.nodes[to] == nil {
			if like == nil {
				continue
			}
			g.nodes[to] = &Node{ID: to, Name: like.Name, Type: like.Type, names: map[string]int{like.Name: 0}}
		}
		apply[from] = to
		if like != nil {
			reason[from] = like.MergedBy[f.Name]
		}
	}
	g.mergeAll(apply, reason, nil)
}

// Around returns a graph of copies of the nodes with the given ids, every
// edge that touches one of them, the nodes at the other ends (with their
// names and types only) and the documents they mention: what a store needs
// to rewrite those nodes.
func (g *Graph) Around(ids []string) *Graph {
	g.settle()
	out := New()
	for _, id := range ids {
		if n := g.nodes[id]; n != nil {
			c := *n
			out.nodes[id] = &c
			for _, d := range n.Documents {
				out.docs[d] = g.docs[d]
			}
		}
	}
	for _, e := range g.Edges() {
		if out.nodes[e.Source] == nil && out.nodes[e.Target] == nil {
			continue
		}
		for _, end := range []string{e.Source, e.Target} {
			if out.nodes[end] == nil {
				n := g.nodes[end]
				out.nodes[end] = &Node{ID: n.ID, Name: n.Name, Type: n.Type}
			}
		}
		c := *e
		out.edges[Key{Type: e.Type, Source: e.Source, Target: e.Target}] = &c
	}
	for id, d := range out.docs {
		if d.ID == "" {
			out.docs[id] = Document{ID: id}
		}
	}
	return out
}

// Union returns a graph of copies of the nodes and edges of all the given
// graphs (a stored graph and a new batch, say), for Resolve to find splits
// between them with their context. A node in several graphs is one node
// with the union of their documents; an edge in several graphs counts each
// document once.
func Union(graphs ...*Graph) *Graph {
	u := New()
	for _, g := range graphs {
		for id, d := range g.docs {
			if old, ok := u.docs[id]; !ok || old == (Document{ID: id}) {
				u.docs[id] = d
			}
		}
		for _, n := range g.Nodes() {
			c := u.nodes[n.ID]
			if c == nil {
				c = &Node{ID: n.ID, Name: n.Name, Type: n.Type, names: map[string]int{n.Name: 0}, MergedBy: map[string]string{}}
				u.nodes[n.ID] = c
			}
			for i, d := range n.Documents {
				j, found := slices.BinarySearch(c.Documents, d)
				if found {
					continue // the same document in two graphs counts once
				}
				c.Documents = slices.Insert(c.Documents, j, d)
				m := 0
				if i < len(n.DocMentions) {
					m = n.DocMentions[i]
				}
				c.DocMentions = slices.Insert(c.DocMentions, j, m)
				c.DocNames = slices.Insert(resize(c.DocNames, len(c.Documents)-1), j, at(n.DocNames, i))
				c.DocRoles = slices.Insert(resize(c.DocRoles, len(c.Documents)-1), j, at(n.DocRoles, i))
				c.Mentions += m
			}
			c.Aliases = addSorted(c.Aliases, n.Aliases...)
			c.Roles = addSorted(c.Roles, n.Roles...)
			for s, k := range n.names {
				c.names[s] += k
			}
			for _, a := range n.Aliases {
				c.names[a] += 0
			}
			for a, why := range n.MergedBy {
				c.MergedBy[a] = why
			}
		}
		for _, e := range g.Edges() {
			c := *e
			e.align()
			c.Documents, c.DocWeights, c.DocRoles, c.DocConfidence, c.DocFormer = nil, nil, nil, nil, nil
			c.Weight = 0
			c.Evidence, c.EvidenceDocs = slices.Clone(e.Evidence), slices.Clone(e.EvidenceDocs)
			old := u.edges[Key{Type: e.Type, Source: e.Source, Target: e.Target}]
			for i, d := range e.Documents {
				if old != nil && slices.Contains(old.Documents, d) {
					continue
				}
				c.Documents = append(c.Documents, d)
				c.DocWeights = append(c.DocWeights, e.DocWeights[i])
				c.DocRoles = append(c.DocRoles, e.DocRoles[i])
				c.DocConfidence = append(c.DocConfidence, e.DocConfidence[i])
				c.DocFormer = append(c.DocFormer, e.DocFormer[i])
				c.Weight += e.DocWeights[i]
			}
			if len(c.Documents) > 0 || old == nil {
				u.putEdge(&c)
			}
		}
	}
	return u
}

// atInt returns l[i], or 0 past its end.
func atInt(l []int, i int) int {
	if i < len(l) {
		return l[i]
	}
	return 0
}

// at returns l[i], or nil past its end.
func at(l [][]string, i int) []string {
	if i < len(l) {
		return l[i]
	}
	return nil
}
