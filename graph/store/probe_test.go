package store

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ergraph/ergraph/queries"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func serverCPU() float64 {
	pid, _ := os.ReadFile("/tmp/neo4j-lead/server.pid")
	stat, _ := os.ReadFile("/proc/" + strings.TrimSpace(string(pid)) + "/stat")
	f := strings.Fields(string(stat))
	u, _ := strconv.Atoi(f[13])
	k, _ := strconv.Atoi(f[14])
	return float64(u+k) / 100
}

func TestProbeRels(t *testing.T) {
	if os.Getenv("PROBE") == "" {
		t.Skip()
	}
	s := openEmpty(t)
	g := corpusGraph(&testing.B{}, "/tmp/lead/ext1.jsonl")
	ctx := context.Background()
	s.Setup(ctx)
	entities, mentions, _ := entityRows(g.Nodes(), everyDoc)
	nodes := map[string]string{}
	for _, step := range []struct {
		name, cypher string
		rows         []map[string]any
	}{{"documents", queries.Load("documents"), docRows(g, everyDoc)}, {"entities", queries.Load("entities"), params(entities)}, {"mentions", queries.Load("mentions"), params(mentions)}} {
		start, cpu := time.Now(), serverCPU()
		if _, err := s.batches(ctx, step.cypher, step.rows, func(r *neo4j.Record) {
			if step.name == "entities" {
				nodes[r.Values[0].(string)] = r.Values[1].(string)
			}
		}); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s %d rows %.2f s, server cpu %.2f s", step.name, len(step.rows), time.Since(start).Seconds(), serverCPU()-cpu)
	}
	rels, _ := relationRows(g.Edges(), nodes, everyDoc)
	co := params(rels["CO_OCCURS"][:5000])
	for _, r := range co {
		p := map[string]any{}
		for k, v := range r {
			if k != "a" && k != "b" && k != "source" && k != "target" && k != "type" {
				p[k] = v
			}
		}
		r["props"] = p
	}
	full := relationsCypher("CO_OCCURS")
	head := "UNWIND $rows AS row\nMATCH (a:Entity) WHERE elementId(a) = row.a\nMATCH (b:Entity) WHERE elementId(b) = row.b\n"
	variants := []struct{ name, cypher string }{
		{"match", head + "RETURN count(*)"},
		{"create", head + "CREATE (a)-[r:CO_OCCURS]->(b)"},
		{"merge", head + "MERGE (a)-[r:CO_OCCURS]->(b)"},
		{"merge+oncreate", strings.Split(full, "ON MATCH")[0]},
		{"full", full},
		{"full again (on match)", full},
		{"merge+props map", head + "MERGE (a)-[r:CO_OCCURS]->(b) ON CREATE SET r += row.props"},
		{"create+props map", head + "CREATE (a)-[r:CO_OCCURS]->(b) SET r += row.props"},
	}
	for _, v := range variants {
		start, cpu := time.Now(), serverCPU()
		if _, err := s.batches(ctx, v.cypher, co, nil); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s %.2f s, server cpu %.2f s", v.name, time.Since(start).Seconds(), serverCPU()-cpu)
		if !strings.Contains(v.name, "full") || strings.Contains(v.name, "again") {
			s.write(ctx, "MATCH ()-[r:CO_OCCURS]->() DELETE r", nil, nil)
		}
	}
}
