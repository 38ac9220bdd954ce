package queries

import (
	"errors"
	"slices"
	"strings"
	"testing"
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
