package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/graph"
	"github.com/ergraph/ergraph/queries"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// LoadStats counts the rows a Load sent and times its parts.
type LoadStats struct {
	Documents, Entities, Mentions, Relationships int
	NodeTime, RelationshipTime                   time.Duration // documents, entities and mentions; relationships
	Versions
}

// Versions sorts the documents of a graph by what is stored: New ones are
// not stored; Unchanged ones are stored with the same content hash and
// are left alone; Replaced ones are stored with another hash (or none: a
// load cut short) and have had their old contribution removed. Each list
// is sorted.
type Versions struct {
	New, Unchanged, Replaced []string
	RemoveTime               time.Duration // taking out the Replaced documents' old versions
}

// Setup creates the constraints and indexes, if they do not exist yet.
func (s *Store) Setup(ctx context.Context) error {
	for _, stmt := range statements(queries.Load("schema")) {
		if err := s.write(ctx, stmt, nil, nil); err != nil {
			return s.wrap("create schema", err)
		}
	}
	return nil
}

// statements splits a file of ";"-terminated statements, dropping comments.
func statements(text string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "//") {
			continue
		}
		cur.WriteString(line)
		cur.WriteByte('\n')
		if strings.HasSuffix(t, ";") {
			out = append(out, strings.TrimSuffix(strings.TrimSpace(cur.String()), ";"))
			cur.Reset()
		}
	}
	return out
}

// Load merges g into the database: Prepare, then Merge. It does not
// compute centrality; call Rank after.
func (s *Store) Load(ctx context.Context, g *graph.Graph) (LoadStats, error) {
	v, err := s.Prepare(ctx, g)
	if err != nil {
		return LoadStats{Versions: v}, err
	}
	return s.Merge(ctx, g, v)
}

// Prepare creates the schema, sorts the documents of g into new,
// unchanged and replaced by their stored content hash (graph.Document.Hash;
// a document without one is never unchanged), and removes the stored
// contribution of the replaced ones, as Delete does. A caller that
// resolves g against the stored entities does so after Prepare, so that
// an old version no longer counts.
func (s *Store) Prepare(ctx context.Context, g *graph.Graph) (Versions, error) {
	var v Versions
	if err := s.Setup(ctx); err != nil {
		return v, err
	}
	docs := g.Documents()
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	stored, err := s.hashes(ctx, ids)
	if err != nil {
		return v, err
	}
	for _, d := range docs {
		hash, ok := stored[d.ID]
		switch {
		case !ok:
			v.New = append(v.New, d.ID)
		case d.Hash != "" && hash == d.Hash:
			v.Unchanged = append(v.Unchanged, d.ID)
		default:
			v.Replaced = append(v.Replaced, d.ID)
		}
	}
	start := time.Now()
	_, err = s.Delete(ctx, v.Replaced)
	v.RemoveTime = time.Since(start)
	return v, err
}

// hashes returns the stored content hash of each of ids that is stored
// ("" for a document whose load was cut short).
func (s *Store) hashes(ctx context.Context, ids []string) (map[string]string, error) {
	stored := map[string]string{}
	for len(ids) > 0 {
		n := min(len(ids), s.cfg.Batch)
		res, err := s.read(ctx, queries.Load("versions"), map[string]any{"ids": strs(ids[:n])})
		if err != nil {
			return nil, s.wrap("read document versions", err)
		}
		for _, r := range res.Records {
			stored[str(r, "id")] = str(r, "hash")
		}
		ids = ids[n:]
	}
	return stored, nil
}

// Merge writes the documents of g that v does not list as unchanged:
// documents and entities first, then mentions and relationships, each in
// batches, and last the documents' content hashes, which mark them as
// completely loaded.
func (s *Store) Merge(ctx context.Context, g *graph.Graph, v Versions) (LoadStats, error) {
	st := LoadStats{Versions: v}
	skip := make(map[string]bool, len(v.Unchanged))
	for _, id := range v.Unchanged {
		skip[id] = true
	}
	keep := func(doc string) bool { return !skip[doc] }
	fresh, err := s.empty(ctx)
	if err != nil {
		return st, err
	}
	start := time.Now()
	nodes, err := s.loadNodes(ctx, g, keep, fresh, &st)
	if err != nil {
		return st, err
	}
	st.NodeTime = time.Since(start)
	rels, err := relationRows(g.Edges(), nodes, keep)
	if err != nil {
		return st, err
	}
	start = time.Now()
	for _, typ := range extract.RelationTypes {
		n, err := s.batches(ctx, relationsCypher(typ, fresh), params(rels[typ]), nil)
		st.Relationships += n
		st.RelationshipTime = time.Since(start)
		if err != nil {
			return st, s.wrap("load "+typ+" relationships", err)
		}
	}
	var hashes []map[string]any
	for _, d := range g.Documents() {
		if keep(d.ID) {
			hashes = append(hashes, map[string]any{"id": d.ID, "hash": d.Hash})
		}
	}
	if _, err := s.batches(ctx, queries.Load("versions-set"), hashes, nil); err != nil {
		return st, s.wrap("mark documents loaded", err)
	}
	return st, nil
}

// empty reports a database that holds no entity: a load into it creates
// mentions and relationships, which it would merge into a database that
// has some (on a server just started, relationships 1.5 times as fast;
// once the server is warm, the same: BENCHMARKS.md). A load cut short
// leaves entities behind, so its re-run merges.
func (s *Store) empty(ctx context.Context) (bool, error) {
	res, err := s.read(ctx, queries.Load("any-entity"), nil)
	if err != nil {
		return false, s.wrap("look for stored entities", err)
	}
	if len(res.Records) == 1 {
		if found, ok := res.Records[0].Values[0].(bool); ok {
			return !found, nil
		}
	}
	return false, nil
}

// loadNodes merges the documents, entities and mentions of g and returns
// the element id of every entity node, by entity id, so that relationship
// rows find their ends without an index look-up. Into a database without
// entities (fresh) it creates the mentions and sets the entities' totals
// from the rows.
func (s *Store) loadNodes(ctx context.Context, g *graph.Graph, keep func(doc string) bool, fresh bool, st *LoadStats) (map[string]string, error) {
	entities, mentions, err := entityRows(g.Nodes(), keep)
	if err != nil {
		return nil, err
	}
	ids := make(map[string]string, len(entities))
	collect := func(r *neo4j.Record) {
		id, _ := r.Values[0].(string)
		eid, _ := r.Values[1].(string)
		ids[id] = eid
	}
	steps := []struct {
		what, cypher string
		rows         []map[string]any
		count        *int
		collect      func(*neo4j.Record)
	}{
		{"documents", queries.Load("documents"), docRows(g, keep), &st.Documents, nil},
		{"entities", queries.Load("entities"), params(entities), &st.Entities, collect},
		{"mentions", queries.Load("mentions"), params(mentions), &st.Mentions, nil},
	}
	if fresh {
		var totals int
		steps[2].cypher = queries.Load("mentions-new")
		steps = append(steps, struct {
			what, cypher string
			rows         []map[string]any
			count        *int
			collect      func(*neo4j.Record)
		}{"mention totals", queries.Load("entity-totals"), totalRows(mentions), &totals, nil})
	}
	for _, step := range steps {
		n, err := s.batches(ctx, step.cypher, step.rows, step.collect)
		*step.count += n
		if err != nil {
			return nil, s.wrap("load "+step.what, err)
		}
	}
	return ids, nil
}

// relationsCypher returns the relationship statement for one type, the
// one that creates for a fresh database. The statements name their type
// as $(row.type), which Neo4j 5.26 accepts, but a MERGE with a dynamic
// type runs two to three times slower (measured), so the loader puts the
// type in the text instead: only a type from extract.RelationTypes, never
// a value from the input.
func relationsCypher(typ string, fresh bool) string {
	if !slices.Contains(extract.RelationTypes, typ) {
		panic("store: relationship type not in extract.RelationTypes: " + typ)
	}
	name := "relations"
	if fresh {
		name = "relations-new"
	}
	return strings.ReplaceAll(queries.Load(name), "$(row.type)", typ)
}

// totalRows sums the mention rows by entity: the rows of entity-totals.
func totalRows(mentions []mentionRow) []map[string]any {
	var out []map[string]any
	for i := 0; i < len(mentions); {
		j, sum := i, 0
		for ; j < len(mentions) && mentions[j].entity == mentions[i].entity; j++ {
			sum += mentions[j].count
		}
		out = append(out, map[string]any{"id": mentions[i].entity, "mentions": sum, "documents": j - i})
		i = j
	}
	return out
}

// batches writes rows in transactions of s.cfg.Batch rows each, one after
// another so that batches touching the same nodes never deadlock. collect,
// if not nil, sees every record the statement returns.
func (s *Store) batches(ctx context.Context, cypher string, rows []map[string]any, collect func(*neo4j.Record)) (int, error) {
	done := 0
	for len(rows) > 0 {
		n := min(len(rows), s.cfg.Batch)
		err := s.write(ctx, cypher, map[string]any{"rows": rows[:n], "maxEvidence": extract.MaxEvidence}, collect)
		if err != nil {
			return done, err
		}
		done += n
		rows = rows[n:]
	}
	return done, nil
}

func docRows(g *graph.Graph, keep func(string) bool) []map[string]any {
	var rows []map[string]any
	for _, d := range g.Documents() {
		if keep(d.ID) {
			rows = append(rows, map[string]any{"id": d.ID, "title": d.Title, "source": d.Source,
				"url": d.URL, "published": d.Published, "path": d.Path})
		}
	}
	return rows
}

// entityRow is one entity as the entities statement takes it.
type entityRow struct {
	id, typ, name            string
	aliases, mergedBy, roles []string
}

func (r entityRow) params() map[string]any {
	return map[string]any{"id": r.id, "type": r.typ, "name": r.name,
		"aliases": strs(r.aliases), "mergedBy": strs(r.mergedBy), "roles": strs(r.roles)}
}

// mentionRow is what one document says of one entity, as the mentions
// statement takes it.
type mentionRow struct {
	entity, document string
	count            int
	names, roles     []string
}

func (r mentionRow) params() map[string]any {
	return map[string]any{"entity": r.entity, "document": r.document, "count": r.count,
		"names": strs(r.names), "roles": strs(r.roles)}
}

// relationRow is one relationship as the relations statement takes it: a
// and b are the ends' element ids; role "" is none.
type relationRow struct {
	a, b, source, target, typ string
	role                      string
	confidence                float64
	current                   bool
	documents                 []string
	docWeights                []int
	docRoles                  []string
	docConfidence             []float64
	docCurrent                []bool
	weight                    int
	evidence, evidenceDocs    []string
}

func (r relationRow) params() map[string]any {
	return map[string]any{"a": r.a, "b": r.b, "source": r.source, "target": r.target, "type": r.typ,
		"role": nullable(r.role), "confidence": r.confidence, "current": r.current, "documents": strs(r.documents),
		"docWeights": anys(r.docWeights), "docRoles": strs(r.docRoles), "docConfidence": anys(r.docConfidence),
		"docCurrent": anys(r.docCurrent), "weight": r.weight, "evidence": strs(r.evidence), "evidenceDocs": strs(r.evidenceDocs)}
}

// params turns rows into the maps the driver sends.
func params[R interface{ params() map[string]any }](rows []R) []map[string]any {
	out := make([]map[string]any, len(rows))
	for i, r := range rows {
		out[i] = r.params()
	}
	return out
}

// entityRows returns the entity and mention rows of the documents keep
// accepts. An entity's aliases and roles are those of those documents.
func entityRows(nodes []*graph.Node, keep func(string) bool) (entities []entityRow, mentions []mentionRow, err error) {
	for _, n := range nodes {
		if n.ID == "" || !slices.Contains(extract.Types, n.Type) {
			return nil, nil, fmt.Errorf("entity %q: type %q is not one of %v", n.ID, n.Type, extract.Types)
		}
		perDoc := len(n.DocNames) == len(n.Documents) && len(n.DocRoles) == len(n.Documents)
		var names, roles []string
		kept := 0
		for i, d := range n.Documents {
			if !keep(d) {
				continue
			}
			kept++
			row := mentionRow{entity: n.ID, document: d, count: at(n.DocMentions, i)}
			if perDoc {
				row.names, row.roles = n.DocNames[i], n.DocRoles[i]
				names, roles = union(names, n.DocNames[i]), union(roles, n.DocRoles[i])
			}
			mentions = append(mentions, row)
		}
		if kept == 0 && len(n.Documents) > 0 {
			continue
		}
		if !perDoc {
			names, roles = n.Aliases, n.Roles
		}
		aliases := slices.DeleteFunc(slices.Clone(names), func(a string) bool { return a == n.Name })
		entities = append(entities, entityRow{id: n.ID, typ: string(n.Type), name: n.Name,
			aliases: aliases, mergedBy: reasons(n, aliases), roles: roles})
	}
	return entities, mentions, nil
}

// relationRows returns the rows for edges, by relationship type, with the
// contributions of the documents keep accepts; nodes gives the element ids
// of their ends.
func relationRows(edges []*graph.Edge, nodes map[string]string, keep func(string) bool) (map[string][]relationRow, error) {
	rows := map[string][]relationRow{}
	for _, e := range edges {
		if !slices.Contains(extract.RelationTypes, e.Type) {
			return nil, fmt.Errorf("relation %s-%s: type %q is not one of %v", e.Source, e.Target, e.Type, extract.RelationTypes)
		}
		r := relationRow{source: e.Source, target: e.Target, typ: e.Type, documents: []string{}, docWeights: []int{},
			docRoles: []string{}, docConfidence: []float64{}, docCurrent: []bool{}}
		perDoc := len(e.DocRoles) == len(e.Documents) && len(e.DocConfidence) == len(e.Documents) && len(e.DocFormer) == len(e.Documents)
		former := false
		for i, d := range e.Documents {
			if !keep(d) {
				continue
			}
			w := 1
			if i < len(e.DocWeights) {
				w = e.DocWeights[i]
			}
			role, c, f := e.Role, e.Confidence, e.Former
			if perDoc {
				role, c, f = e.DocRoles[i], e.DocConfidence[i], e.DocFormer[i]
			}
			r.documents, r.docWeights, r.docRoles = append(r.documents, d), append(r.docWeights, w), append(r.docRoles, role)
			r.docConfidence, r.docCurrent = append(r.docConfidence, c), append(r.docCurrent, !f)
			r.weight += w
			r.role = cmp.Or(r.role, role)
			r.confidence = max(r.confidence, c)
			former = former || f
		}
		if len(r.documents) == 0 && len(e.Documents) > 0 {
			continue
		}
		r.current = !former
		r.evidence, r.evidenceDocs = []string{}, []string{}
		for i, sent := range e.Evidence {
			d := at(e.EvidenceDocs, i)
			if d == "" || keep(d) {
				r.evidence, r.evidenceDocs = append(r.evidence, sent), append(r.evidenceDocs, d)
			}
		}
		r.a, r.b = nodes[e.Source], nodes[e.Target]
		if r.a == "" || r.b == "" {
			return nil, fmt.Errorf("relation %s-%s-%s: %w", e.Source, e.Type, e.Target, graph.ErrNoNode)
		}
		rows[e.Type] = append(rows[e.Type], r)
	}
	return rows, nil
}

// at returns s[i], or the zero value if s is too short.
func at[T any](s []T, i int) T {
	var zero T
	if i < len(s) {
		return s[i]
	}
	return zero
}

// union adds to list the items of add it lacks, keeping it sorted.
func union(list, add []string) []string {
	for _, a := range add {
		if i, found := slices.BinarySearch(list, a); !found {
			list = slices.Insert(list, i, a)
		}
	}
	return list
}

// anys turns a slice into the []any the driver sends as a list, never
// nil, so Cypher sees an empty list rather than null.
func anys[T any](s []T) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

// strs turns a string slice into the []any the driver sends as a list,
// never nil, so Cypher sees an empty list rather than null.
func strs(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// Clear deletes every node and relationship of the database, a slice at a
// time so that no transaction grows large. Constraints and indexes stay.
func (s *Store) Clear(ctx context.Context) error {
	for {
		res, err := s.query(ctx, queries.Load("clear"), nil, neo4j.ExecuteQueryWithWritersRouting())
		if err != nil {
			return s.wrap("clear", err)
		}
		if n, _ := res.Records[0].Values[0].(int64); n == 0 {
			return nil
		}
	}
}

// DeleteEntities deletes the entities with the given ids and their
// relationships: those a load merged into others, after their mentions and
// relationships were loaded onto the entities that absorbed them.
func (s *Store) DeleteEntities(ctx context.Context, ids []string) error {
	rows := make([]map[string]any, len(ids))
	for i, id := range ids {
		rows[i] = map[string]any{"id": id}
	}
	if _, err := s.batches(ctx, queries.Load("delete-entities"), rows, nil); err != nil {
		return s.wrap("delete merged entities", err)
	}
	return nil
}

// reasons gives why each of aliases names n (see graph.Node.Reasons).
func reasons(n *graph.Node, aliases []string) []string {
	all := n.Reasons()
	out := make([]string, len(aliases))
	for i, a := range aliases {
		if k := slices.Index(n.Aliases, a); k >= 0 {
			out[i] = all[k]
		}
	}
	return out
}
