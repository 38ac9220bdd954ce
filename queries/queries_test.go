package queries

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/graph"
)

func TestPackHeaders(t *testing.T) {
	pack, err := Pack()
	if err != nil {
		t.Fatal(err)
	}
	if len(pack) < 10 {
		t.Errorf("Pack() has %d queries; want at least 10", len(pack))
	}
	for _, q := range pack {
		t.Run(q.Name, func(t *testing.T) {
			if !strings.HasPrefix(q.Text, "// ") || len(q.Purpose) < 20 {
				t.Errorf("%s: header must start with a comment saying what it answers; purpose = %q", q.Name, q.Purpose)
			}
			if !strings.Contains(q.Header, "Example output:") {
				t.Errorf("%s: header has no example output", q.Name)
			}
			for _, used := range q.Used() {
				if _, ok := q.Param(used); !ok {
					t.Errorf("%s uses $%s with no :param default", q.Name, used)
				}
			}
			for _, p := range q.Params {
				if !slices.Contains(q.Used(), p.Name) {
					t.Errorf("%s declares :param %s but does not use it", q.Name, p.Name)
				}
			}
			if body := strings.TrimSpace(strings.TrimPrefix(q.Text, q.Header)); body == "" {
				t.Errorf("%s has no query", q.Name)
			}
		})
	}
}

func TestGet(t *testing.T) {
	tests := []struct {
		name    string
		wantErr error
	}{
		{"neighbourhood", nil},
		{"no-such-query", ErrUnknown},
		{"../queries", ErrUnknown},
		{"load/schema", ErrUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := Get(tt.name)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Get(%q) error = %v; want %v", tt.name, err, tt.wantErr)
			}
			if err == nil && q.Name != tt.name {
				t.Errorf("Get(%q).Name = %q", tt.name, q.Name)
			}
		})
	}
}

func TestParams(t *testing.T) {
	q, err := Get("neighbourhood")
	if err != nil {
		t.Fatal(err)
	}
	name, _ := q.Param("name")
	limit, _ := q.Param("limit")
	if name.Default != "Amber Rudd" || !name.Required || limit.Default != int64(25) || limit.Required {
		t.Errorf("neighbourhood params = %+v; want name 'Amber Rudd' required, limit 25 optional", q.Params)
	}
	tests := []struct {
		p       Param
		in      string
		want    any
		wantErr bool
	}{
		{limit, "7", int64(7), false},
		{limit, "seven", nil, true},
		{name, "O'Brien `x` {y}", "O'Brien `x` {y}", false},
		{Param{Name: "f", Default: 0.5}, "0.25", 0.25, false},
		{Param{Name: "b", Default: true}, "false", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.p.Name+"="+tt.in, func(t *testing.T) {
			got, err := tt.p.Value(tt.in)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Errorf("Param(%s).Value(%q) = %v, %v; want %v", tt.p.Name, tt.in, got, err, tt.want)
			}
		})
	}
}

func TestLiteral(t *testing.T) {
	tests := []struct {
		in   string
		want any
	}{
		{`'Amber Rudd'`, "Amber Rudd"},
		{`"it's"`, "it's"},
		{`'O\'Brien'`, "O'Brien"},
		{`10`, int64(10)},
		{`0.85`, 0.85},
		{`true`, true},
		{`null`, nil},
	}
	for _, tt := range tests {
		got, err := literal(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("literal(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	if _, err := literal("Amber"); err == nil {
		t.Errorf("literal(%q) = nil error; want one", "Amber")
	}
}

func TestLoadStatements(t *testing.T) {
	for _, name := range []string{"schema", "documents", "entities", "mentions", "relations", "read-entities", "read-relations", "read-documents", "clear", "scores"} {
		if s := Load(name); !strings.Contains(s, "MATCH") && !strings.Contains(s, "MERGE") && !strings.Contains(s, "CREATE") {
			t.Errorf("Load(%q) = %q; want a Cypher statement", name, s)
		}
	}
}

// TestChecks covers what the command line may pass for each kind of
// check, the four examples among them: term=” and term='-' are
// refused, limit=-1 is refused like limit=abc, type=works_for is WORKS_FOR.
func TestChecks(t *testing.T) {
	param := func(query, name string) Param {
		q, err := Get(query)
		if err != nil {
			t.Fatal(err)
		}
		p, ok := q.Param(name)
		if !ok {
			t.Fatalf("%s has no parameter %s", query, name)
		}
		return p
	}
	tests := []struct {
		query, param, in string
		want             any    // nil: refused
		accepts          string // in the error
	}{
		{"search", "term", "", nil, "a search term with at least one letter or digit"},
		{"search", "term", "-", nil, "a search term with at least one letter or digit"},
		{"search", "term", " ?*~ ", nil, "a search term"},
		{"search", "term", "rud", "rud", ""},
		{"search", "term", "é", "é", ""},
		{"search", "term", "7", "7", ""},
		{"top-entities", "limit", "-1", nil, "an integer >= 1"},
		{"top-entities", "limit", "0", nil, "an integer >= 1"},
		{"top-entities", "limit", "abc", nil, "an integer >= 1"},
		{"top-entities", "limit", "1", int64(1), ""},
		{"top-entities", "type", "person", "Person", ""},
		{"top-entities", "type", "", "", ""},
		{"top-entities", "type", "Company", nil, "one of '' (any), Person, Organization, Place, Event (any case)"},
		{"top-entities", "by", "PageRank", "pagerank", ""},
		{"top-entities", "by", "weighteddegree", "weightedDegree", ""},
		{"top-entities", "by", "name", nil, "one of pagerank, betweenness"},
		{"typed-relations", "type", "works_for", "WORKS_FOR", ""},
		{"typed-relations", "type", "Born_In", "BORN_IN", ""},
		{"typed-relations", "type", "works", nil, "one of WORKS_FOR, OWNS, KILLED"},
		{"brokers", "maxDegree", "0", int64(0), ""},
		{"brokers", "maxDegree", "-2", nil, "an integer >= 0"},
		{"strongest-links", "minDocuments", "0", nil, "an integer >= 1"},
		{"neighbourhood", "name", "  ", nil, "a name that is not blank"},
		{"neighbourhood", "name", "O'Brien", "O'Brien", ""},
	}
	for _, tt := range tests {
		t.Run(tt.query+"/"+tt.param+"="+tt.in, func(t *testing.T) {
			got, err := param(tt.query, tt.param).Value(tt.in)
			if tt.want == nil {
				if !errors.Is(err, ErrValue) || !strings.Contains(err.Error(), "parameter "+tt.param+" wants "+tt.accepts) {
					t.Errorf("Value(%q) = %v, %v; want ErrValue naming %s and %q", tt.in, got, err, tt.param, tt.accepts)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("Value(%q) = %#v, %v; want %#v", tt.in, got, err, tt.want)
			}
		})
	}
}

// TestEveryParamChecked: every parameter of the pack says what it accepts,
// its default passes its own check, and the lists of types match the
// types ergraph stores.
func TestEveryParamChecked(t *testing.T) {
	pack, err := Pack()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range pack {
		for _, p := range q.Params {
			if _, isBool := p.Default.(bool); !isBool && reflect.ValueOf(p.Check).IsZero() {
				t.Errorf("%s: parameter %s has no Check: line", q.Name, p.Name)
			}
			if _, err := p.Value(strings.Trim(p.Literal, `'"`)); err != nil {
				t.Errorf("%s: the default of %s fails its own check: %v", q.Name, p.Name, err)
			}
		}
	}
	typed := slices.DeleteFunc(slices.Clone(extract.RelationTypes), func(s string) bool { return s == extract.CoOccurs })
	if p, _ := mustGet(t, "typed-relations").Param("type"); !slices.Equal(p.Check.OneOf, typed) {
		t.Errorf("typed-relations type accepts %v; want %v", p.Check.OneOf, typed)
	}
	types := []string{""}
	for _, ty := range extract.Types {
		types = append(types, string(ty))
	}
	if p, _ := mustGet(t, "top-entities").Param("type"); !slices.Equal(p.Check.OneOf, types) {
		t.Errorf("top-entities type accepts %v; want %v", p.Check.OneOf, types)
	}
	scores := reflect.TypeFor[graph.Scores]()
	p, _ := mustGet(t, "top-entities").Param("by")
	for _, by := range p.Check.OneOf {
		if !slices.ContainsFunc(reflect.VisibleFields(scores), func(f reflect.StructField) bool { return f.Tag.Get("json") == by }) {
			t.Errorf("top-entities by %q is not a centrality property", by)
		}
	}
}

func mustGet(t *testing.T, name string) Query {
	t.Helper()
	q, err := Get(name)
	if err != nil {
		t.Fatal(err)
	}
	return q
}
