package store

import (
	"context"
	"time"

	"github.com/ergraph/ergraph/queries"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// deleteBatch is the number of documents removed per transaction: each
// touches every relationship of the entities its documents mention, so a
// batch is far smaller than a batch of rows.
const deleteBatch = 100

// Delete removes the documents ids and everything only they said: their
// mentions, their entries in every relationship's per-document lists
// (weights, roles, confidence, evidence), the relationships and entities
// no other document supports; what other documents said stays. Aliases,
// roles, weights, confidence and evidence are worked out again from what
// is left. Each batch of documents is removed in one transaction, so an
// interrupted Delete leaves whole documents, and can be run again. Ids not
// stored are ignored; it returns how many documents it removed. It does
// not recompute centrality.
func (s *Store) Delete(ctx context.Context, ids []string) (int, error) {
	removed := 0
	for len(ids) > 0 {
		n := min(len(ids), deleteBatch)
		batch := strs(ids[:n])
		sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeWrite})
		count, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (int, error) {
			return removeBatch(ctx, tx, batch)
		})
		sess.Close(ctx)
		if err != nil {
			return removed, s.wrap("remove documents", err)
		}
		removed += count
		ids = ids[n:]
	}
	return removed, nil
}

// removeBatch runs the removal statements for one batch, in order, in tx.
func removeBatch(ctx context.Context, tx neo4j.ManagedTransaction, ids []any) (int, error) {
	params := map[string]any{"ids": ids}
	if _, err := collect(ctx, tx, queries.Load("remove-relations"), params); err != nil {
		return 0, err
	}
	recs, err := collect(ctx, tx, queries.Load("remove-mentions"), params)
	if err != nil {
		return 0, err
	}
	entities := make([]any, len(recs))
	for i, r := range recs {
		entities[i] = r.Values[0]
	}
	if _, err := collect(ctx, tx, queries.Load("remove-entities"), map[string]any{"entities": entities}); err != nil {
		return 0, err
	}
	recs, err = collect(ctx, tx, queries.Load("remove-documents"), params)
	if err != nil || len(recs) == 0 {
		return 0, err
	}
	n, _ := recs[0].Values[0].(int64)
	return int(n), nil
}

func collect(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// Stored returns those of ids that are stored, in the order given.
func (s *Store) Stored(ctx context.Context, ids []string) ([]string, error) {
	hashes, err := s.hashes(ctx, ids)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, id := range ids {
		if _, ok := hashes[id]; ok {
			out = append(out, id)
		}
	}
	return out, nil
}

// FindDocuments returns the ids of the stored documents whose title,
// source or URL contains text, in any case, sorted.
func (s *Store) FindDocuments(ctx context.Context, text string) ([]string, error) {
	res, err := s.read(ctx, queries.Load("find-documents"), map[string]any{"text": text})
	if err != nil {
		return nil, s.wrap("find documents", err)
	}
	ids := make([]string, 0, len(res.Records))
	for _, r := range res.Records {
		ids = append(ids, str(r, "id"))
	}
	return ids, nil
}

// DocumentInfo is one stored document as Documents lists it.
type DocumentInfo struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Source    string    `json:"source"`
	Published string    `json:"published"`
	Entities  int       `json:"entities"` // entities it mentions
	Loaded    time.Time `json:"loaded"`   // when its current version was loaded; zero if unknown
}

// Documents lists the stored documents, newest published first, those
// without a date last, then by id.
func (s *Store) Documents(ctx context.Context) ([]DocumentInfo, error) {
	res, err := s.read(ctx, queries.Load("list-documents"), nil)
	if err != nil {
		return nil, s.wrap("list documents", err)
	}
	out := make([]DocumentInfo, 0, len(res.Records))
	for _, r := range res.Records {
		d := DocumentInfo{ID: str(r, "id"), Title: str(r, "title"), Source: str(r, "source"),
			Published: str(r, "published"), Entities: num(r, "entities")}
		if v, ok := r.Get("loaded"); ok {
			switch t := v.(type) {
			case time.Time:
				d.Loaded = t.UTC()
			case dbtype.LocalDateTime:
				d.Loaded = t.Time()
			}
		}
		out = append(out, d)
	}
	return out, nil
}
