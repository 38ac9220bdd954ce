package store

import (
	"context"
	"hash/fnv"
	"sync"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// A round is a set of cells whose rows share no node across cells: the
// cells of one round can be written by concurrent transactions without
// waiting on each other's locks, so they never deadlock. Rows inside one
// cell may share nodes and are written one batch after another.
type round [][]map[string]any

// bucket maps a node key to one of k buckets.
func bucket(key string, k int) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(k))
}

// bipartiteRounds partitions rows whose two ends come from disjoint node
// sets (an entity and a document): with both sets hashed into k buckets,
// round r holds the cells (i, i+r mod k), which use every bucket of either
// side once. k rounds of k cells.
func bipartiteRounds(rows []map[string]any, left, right string, k int) []round {
	rounds := make([]round, k)
	for r := range rounds {
		rounds[r] = make(round, k)
	}
	for _, row := range rows {
		i, j := bucket(row[left].(string), k), bucket(row[right].(string), k)
		r := (j - i + k) % k
		rounds[r][i] = append(rounds[r][i], row)
	}
	return rounds
}

// pairRounds partitions rows whose two ends come from one node set (two
// entities): with the nodes hashed into k buckets (k even), every
// unordered pair of buckets is one cell, scheduled by the circle method of
// round-robin tournaments so that no bucket is in two cells of a round;
// a last round holds the k cells of rows with both ends in one bucket.
// k rounds in all.
func pairRounds(rows []map[string]any, a, b string, k int) []round {
	k += k % 2
	n := k - 1 // bucket k-1 stays fixed, the others rotate
	cell := make(map[[2]int][2]int, k*k/2)
	for r := range n {
		pairs := [][2]int{{r, k - 1}}
		for i := 1; i < k/2; i++ {
			pairs = append(pairs, [2]int{(r + i) % n, (r - i + n) % n})
		}
		for c, p := range pairs {
			cell[[2]int{p[0], p[1]}] = [2]int{r, c}
			cell[[2]int{p[1], p[0]}] = [2]int{r, c}
		}
	}
	rounds := make([]round, k)
	for r := range n {
		rounds[r] = make(round, k/2)
	}
	rounds[n] = make(round, k)
	for _, row := range rows {
		i, j := bucket(row[a].(string), k), bucket(row[b].(string), k)
		if i == j {
			rounds[n][i] = append(rounds[n][i], row)
			continue
		}
		at := cell[[2]int{i, j}]
		rounds[at[0]][at[1]] = append(rounds[at[0]][at[1]], row)
	}
	return rounds
}

// writeRounds writes the rounds in order, each with up to s.cfg.Sessions
// cells at a time, each cell in batches as batches does. collect, if not
// nil, is called by one goroutine at a time. It returns the rows written
// and the first error, after which no new cell starts.
func (s *Store) writeRounds(ctx context.Context, cypher string, rounds []round, collect func(*neo4j.Record)) (int, error) {
	var mu sync.Mutex
	if collect != nil {
		inner := collect
		collect = func(r *neo4j.Record) {
			mu.Lock()
			defer mu.Unlock()
			inner(r)
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := 0
	var first error
	for _, cells := range rounds {
		jobs := make(chan []map[string]any)
		var wg sync.WaitGroup
		for range min(s.cfg.Sessions, len(cells)) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for rows := range jobs {
					n, err := s.batches(ctx, cypher, rows, collect)
					mu.Lock()
					done += n
					if err != nil && first == nil {
						first = err
						cancel()
					}
					mu.Unlock()
				}
			}()
		}
		for _, rows := range cells {
			if len(rows) > 0 && ctx.Err() == nil {
				jobs <- rows
			}
		}
		close(jobs)
		wg.Wait()
		if first != nil {
			return done, first
		}
	}
	return done, nil
}

// chunks puts rows that share no node (one row per node) into one round of
// cells of one batch each.
func (s *Store) chunks(rows []map[string]any) []round {
	var cells round
	for len(rows) > 0 {
		n := min(len(rows), s.cfg.Batch)
		cells = append(cells, rows[:n])
		rows = rows[n:]
	}
	return []round{cells}
}

// buckets is the number of buckets rows are hashed into: more than the
// sessions, so that a cell made large by a hub entity does not leave the
// other sessions idle for a whole round.
func (s *Store) buckets() int { return 2 * s.cfg.Sessions }
