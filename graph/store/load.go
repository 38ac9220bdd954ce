package store

import (
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

// LoadStats counts the rows a Load sent and times its two halves.
type LoadStats struct {
	Documents, Entities, Mentions, Relationships int
	NodeTime, RelationshipTime                   time.Duration // documents, entities and mentions; relationships
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

// Load merges g into the database: documents and entities first, then
// mentions and relationships, each in batches. It does not compute
// centrality; call Rank after.
func (s *Store) Load(ctx context.Context, g *graph.Graph) (LoadStats, error) {
	var st LoadStats
	if err := s.Setup(ctx); err != nil {
		return st, err
	}
	start := time.Now()
	nodes, err := s.loadNodes(ctx, g, &st)
	if err != nil {
		return st, err
	}
	st.NodeTime = time.Since(start)
	rels, err := relationRows(g.Edges(), nodes)
	if err != nil {
		return st, err
	}
	start = time.Now()
	for _, typ := range extract.RelationTypes {
		n, err := s.batches(ctx, relationsCypher(typ), rels[typ], nil)
		st.Relationships += n
		st.RelationshipTime = time.Since(start)
		if err != nil {
			return st, s.wrap("load "+typ+" relationships", err)
		}
	}
	return st, nil
}

// loadNodes merges the documents, entities and mentions of g and returns
// the element id of every entity node, by entity id, so that relationship
// rows find their ends without an index look-up.
func (s *Store) loadNodes(ctx context.Context, g *graph.Graph, st *LoadStats) (map[string]string, error) {
	entities, mentions, err := entityRows(g.Nodes())
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
		{"documents", queries.Load("documents"), docRows(g), &st.Documents, nil},
		{"entities", queries.Load("entities"), entities, &st.Entities, collect},
		{"mentions", queries.Load("mentions"), mentions, &st.Mentions, nil},
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

// relationsCypher returns the relationship statement for one type. The
// statement names its type as $(row.type), which Neo4j 5.26 accepts, but a
// MERGE with a dynamic type runs two to three times slower (measured), so
// the loader puts the type in the text instead: only a type from
// extract.RelationTypes, never a value from the input.
func relationsCypher(typ string) string {
	if !slices.Contains(extract.RelationTypes, typ) {
		panic("store: relationship type not in extract.RelationTypes: " + typ)
	}
	return strings.ReplaceAll(queries.Load("relations"), "$(row.type)", typ)
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

func docRows(g *graph.Graph) []map[string]any {
	var rows []map[string]any
	for _, d := range g.Documents() {
		rows = append(rows, map[string]any{"id": d.ID, "title": d.Title, "source": d.Source,
			"url": d.URL, "published": d.Published, "path": d.Path})
	}
	return rows
}

func entityRows(nodes []*graph.Node) (entities, mentions []map[string]any, err error) {
	for _, n := range nodes {
		if n.ID == "" || !slices.Contains(extract.Types, n.Type) {
			return nil, nil, fmt.Errorf("entity %q: type %q is not one of %v", n.ID, n.Type, extract.Types)
		}
		entities = append(entities, map[string]any{"id": n.ID, "type": string(n.Type), "name": n.Name,
			"aliases": strs(n.Aliases), "mergedBy": strs(n.Reasons()), "roles": strs(n.Roles)})
		for i, d := range n.Documents {
			c := 0
			if i < len(n.DocMentions) {
				c = n.DocMentions[i]
			}
			mentions = append(mentions, map[string]any{"entity": n.ID, "document": d, "count": c})
		}
	}
	return entities, mentions, nil
}

// relationRows returns the rows for edges, by relationship type; nodes
// gives the element ids of their ends.
func relationRows(edges []*graph.Edge, nodes map[string]string) (map[string][]map[string]any, error) {
	rows := map[string][]map[string]any{}
	for _, e := range edges {
		if !slices.Contains(extract.RelationTypes, e.Type) {
			return nil, fmt.Errorf("relation %s-%s: type %q is not one of %v", e.Source, e.Target, e.Type, extract.RelationTypes)
		}
		weights := make([]any, len(e.Documents))
		total := 0
		for i := range e.Documents {
			w := 1
			if i < len(e.DocWeights) {
				w = e.DocWeights[i]
			}
			weights[i] = w
			total += w
		}
		a, b := nodes[e.Source], nodes[e.Target]
		if a == "" || b == "" {
			return nil, fmt.Errorf("relation %s-%s-%s: %w", e.Source, e.Type, e.Target, graph.ErrNoNode)
		}
		rows[e.Type] = append(rows[e.Type], map[string]any{"a": a, "b": b, "source": e.Source, "target": e.Target, "type": e.Type,
			"role": nullable(e.Role), "confidence": e.Confidence, "current": !e.Former, "documents": strs(e.Documents),
			"docWeights": weights, "weight": total, "evidence": strs(e.Evidence)})
	}
	return rows, nil
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
