package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/ergraph/ergraph/queries"
)

// column returns the values of one column of a result.
func column(res Result, name string) []any {
	i := slices.Index(res.Columns, name)
	var out []any
	for _, row := range res.Rows {
		if i >= 0 {
			out = append(out, row[i])
		}
	}
	return out
}

func strColumn(res Result, name string) []string {
	var out []string
	for _, v := range column(res, name) {
		out = append(out, fmt.Sprint(v))
	}
	return out
}

func hasRow(res Result, want map[string]string) bool {
	for _, row := range res.Rows {
		ok := true
		for col, v := range want {
			i := slices.Index(res.Columns, col)
			if i < 0 || !strings.Contains(fmt.Sprint(row[i]), v) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// TestQueryPack loads testdata and runs every query of the pack, checking
// the rows that data should give.
func TestQueryPack(t *testing.T) {
	s := openEmpty(t)
	load(t, s, buildGraph(t, "../../testdata"))
	pack, err := queries.Pack()
	if err != nil {
		t.Fatal(err)
	}
	tested := map[string]bool{}
	tests := []struct {
		query  string
		params map[string]any
		check  func(t *testing.T, res Result)
	}{
		{"overview", nil, func(t *testing.T, res Result) {
			if !hasRow(res, map[string]string{"kind": "label", "name": "Document", "count": "7"}) ||
				!hasRow(res, map[string]string{"kind": "relationship", "name": "CO_OCCURS"}) ||
				!hasRow(res, map[string]string{"kind": "relationship", "name": "WORKS_FOR"}) {
				t.Errorf("overview = %v; want 7 documents, CO_OCCURS and WORKS_FOR counts", res.Rows)
			}
		}},
		{"top-entities", nil, func(t *testing.T, res Result) {
			// WhatsApp is in six of the seven test documents, Amber Rudd in
			// five: the two hubs of the graph.
			if names := strColumn(res, "name"); len(names) != 10 || !slices.Contains(names[:5], "WhatsApp") || !slices.Contains(names[:5], "Amber Rudd") {
				t.Errorf("top-entities names = %q; want 10 rows, WhatsApp and Amber Rudd among the first five", names)
			}
		}},
		{"top-entities", map[string]any{"type": "Person", "by": "betweenness", "limit": int64(3)}, func(t *testing.T, res Result) {
			types, scores := strColumn(res, "type"), column(res, "score")
			if len(types) != 3 || slices.ContainsFunc(types, func(s string) bool { return s != "Person" }) {
				t.Errorf("top-entities type=Person = %q; want 3 people", types)
			}
			for i := 1; i < len(scores); i++ {
				if scores[i].(float64) > scores[i-1].(float64) {
					t.Errorf("top-entities by betweenness not sorted: %v", scores)
				}
			}
		}},
		{"neighbourhood", map[string]any{"name": "amber rudd"}, func(t *testing.T, res Result) {
			if !hasRow(res, map[string]string{"entity": "Amber Rudd", "neighbour": "WhatsApp", "evidence": "WhatsApp"}) {
				t.Errorf("neighbourhood of amber rudd = %v; want WhatsApp with a sentence naming it", res.Rows)
			}
			if _, ok := column(res, "path")[0].(Path); !ok {
				t.Errorf("neighbourhood path column = %T; want a path Browser can draw", column(res, "path")[0])
			}
		}},
		{"shortest-paths", map[string]any{"from": "Amber Rudd", "to": "Tim Cook"}, func(t *testing.T, res Result) {
			if len(res.Rows) == 0 {
				t.Fatalf("shortest-paths Amber Rudd to Tim Cook: no path")
			}
			for _, row := range res.Rows {
				names, evidence := row[0].([]any), row[2].([]any)
				if names[0] != "Amber Rudd" || names[len(names)-1] != "Tim Cook" || len(evidence) != len(names)-1 {
					t.Errorf("shortest-paths row = %v; want a path from Amber Rudd to Tim Cook with a sentence per hop", row)
				}
				for _, e := range evidence {
					if e == nil || e == "" {
						t.Errorf("shortest-paths hop without evidence: %v", row)
					}
				}
			}
		}},
		{"shortest-paths", map[string]any{"from": "home secretary", "to": "Chief Executive"}, func(t *testing.T, res Result) {
			// By role: the Home Secretary is Amber Rudd, the chief executive Tim Cook.
			if len(res.Rows) == 0 {
				t.Fatalf("shortest-paths from the Home Secretary to the chief executive: no path")
			}
			if names := res.Rows[0][0].([]any); names[0] != "Amber Rudd" || names[len(names)-1] != "Tim Cook" {
				t.Errorf("shortest-paths by role = %v; want Amber Rudd to Tim Cook", names)
			}
		}},
		{"link-evidence", map[string]any{"a": "Tim Cook", "b": "apple"}, func(t *testing.T, res Result) {
			if !hasRow(res, map[string]string{"relation": "WORKS_FOR", "sentence": "Tim Cook, chief executive of Apple"}) {
				t.Errorf("link-evidence Tim Cook–Apple = %v; want WORKS_FOR with the sentence that says so", res.Rows)
			}
		}},
		{"entity-documents", map[string]any{"name": "Amber Rudd"}, func(t *testing.T, res Result) {
			docs := strColumn(res, "document")
			if len(docs) < 4 || docs[0] != "brief-2017-03-30" || docs[1] != "brief-2017-03-27" {
				t.Errorf("entity-documents Amber Rudd = %q; want the dated briefs first, newest first", docs)
			}
		}},
		{"brokers", nil, func(t *testing.T, res Result) {
			for _, d := range column(res, "degree") {
				if d.(int64) > 5 {
					t.Errorf("brokers returned degree %v > maxDegree 5", d)
				}
			}
			if len(res.Rows) == 0 {
				t.Errorf("brokers: no rows")
			}
		}},
		{"community", map[string]any{"name": "Khalid Masood"}, func(t *testing.T, res Result) {
			members, central := strColumn(res, "member"), strColumn(res, "mostCentral")
			if !slices.Contains(members, "Khalid Masood") || len(central) == 0 || central[0] != members[0] {
				t.Errorf("community of Khalid Masood: members %q, most central %q; want him among them and the first member most central", members, central)
			}
		}},
		{"typed-relations", map[string]any{"type": "WORKS_FOR"}, func(t *testing.T, res Result) {
			for _, pair := range [][2]string{{"Tim Cook", "Apple"}, {"Rob Wainwright", "Europol"}} {
				if !hasRow(res, map[string]string{"subject": pair[0], "object": pair[1]}) {
					t.Errorf("typed-relations WORKS_FOR lacks %s -> %s: %v", pair[0], pair[1], res.Rows)
				}
			}
		}},
		{"typed-relations", map[string]any{"type": "OWNS"}, func(t *testing.T, res Result) {
			if !hasRow(res, map[string]string{"subject": "Facebook", "object": "WhatsApp"}) {
				t.Errorf("typed-relations OWNS lacks Facebook -> WhatsApp: %v", res.Rows)
			}
		}},
		{"strongest-links", nil, func(t *testing.T, res Result) {
			if !hasRow(res, map[string]string{"a": "Facebook", "b": "WhatsApp"}) {
				t.Errorf("strongest-links lacks Facebook–WhatsApp: %v", res.Rows)
			}
			docs := column(res, "documents")
			for i := 1; i < len(docs); i++ {
				if docs[i].(int64) > docs[i-1].(int64) {
					t.Errorf("strongest-links not sorted by documents: %v", docs)
				}
			}
		}},
		{"search", map[string]any{"term": "RUD"}, func(t *testing.T, res Result) {
			if names := strColumn(res, "name"); len(names) == 0 || names[0] != "Amber Rudd" {
				t.Errorf("search RUD = %q; want Amber Rudd first", names)
			}
		}},
		{"search", map[string]any{"term": `O'Brien "x" ` + "`y`" + ` {z} (a) [b] ~ * ? \ /`}, func(t *testing.T, res Result) {}},
		{"entity-relations", map[string]any{"name": "Khalid Masood"}, func(t *testing.T, res Result) {
			if !hasRow(res, map[string]string{"relation": "KILLED", "other": "Keith Palmer"}) {
				t.Errorf("entity-relations Khalid Masood lacks KILLED Keith Palmer: %v", res.Rows)
			}
		}},
		{"neighbourhood", map[string]any{"name": "O'Brien \"x\" `y` {z} }) MATCH (n) DETACH DELETE n //"}, func(t *testing.T, res Result) {
			if len(res.Rows) != 0 {
				t.Errorf("neighbourhood of a made-up name = %v; want no rows", res.Rows)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			q, err := queries.Get(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			params := map[string]any{}
			for _, p := range q.Params {
				params[p.Name] = p.Default
			}
			for k, v := range tt.params {
				params[k] = v
			}
			res, err := s.Query(context.Background(), q.Text, params)
			if err != nil {
				t.Fatalf("%s(%v): %v", tt.query, tt.params, err)
			}
			tt.check(t, res)
			tested[tt.query] = true
		})
	}
	if n := count(t, s, "MATCH (d:Document) RETURN count(d)"); n != 7 {
		t.Errorf("after running the pack there are %d documents; want 7 (a query changed data)", n)
	}
	for _, q := range pack {
		if !tested[q.Name] {
			t.Errorf("query %s has no test here", q.Name)
		}
	}
}
