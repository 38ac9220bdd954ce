package store

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Result is the outcome of a read query, with driver values turned into
// plain Go values: Node, Relationship and Path for graph values.
type Result struct {
	Columns []string
	Rows    [][]any
}

// Node is a node in a query result.
type Node struct {
	ID     string   `json:"id"`
	Name   string   `json:"name,omitempty"`
	Labels []string `json:"labels"`
}

func (n Node) String() string {
	if n.Name != "" {
		return n.Name
	}
	return n.ID
}

// Relationship is a relationship in a query result.
type Relationship struct {
	Type   string `json:"type"`
	Weight int64  `json:"weight,omitempty"`
}

func (r Relationship) String() string { return r.Type }

// Path is a path in a query result.
type Path struct {
	Nodes         []Node         `json:"nodes"`
	Relationships []Relationship `json:"relationships"`
}

func (p Path) String() string {
	var b strings.Builder
	for i, n := range p.Nodes {
		if i > 0 {
			fmt.Fprintf(&b, " -[%s]- ", p.Relationships[i-1].Type)
		}
		b.WriteString(n.String())
	}
	return b.String()
}

var (
	_ fmt.Stringer = Node{}
	_ fmt.Stringer = Relationship{}
	_ fmt.Stringer = Path{}
)

// Query runs a read-only query with parameters and returns its rows.
func (s *Store) Query(ctx context.Context, cypher string, params map[string]any) (Result, error) {
	res, err := s.read(ctx, cypher, params)
	if err != nil {
		return Result{}, s.queryError(err)
	}
	out := Result{Columns: res.Keys}
	for _, rec := range res.Records {
		row := make([]any, len(rec.Values))
		for i, v := range rec.Values {
			row[i] = plain(v)
		}
		out.Rows = append(out.Rows, row)
	}
	return out, nil
}

// ErrQuery reports a query that Neo4j refused: bad syntax, a bad value
// for a parameter, a failed procedure call.
var ErrQuery = errors.New("Neo4j refused the query")

// queryError turns an error of Neo4j about the query itself into one line
// with the server's message, without its status code or the stack of
// causes; any other error is wrapped as every store error is.
func (s *Store) queryError(err error) error {
	var nerr *neo4j.Neo4jError
	if !errors.As(err, &nerr) || !strings.HasPrefix(nerr.Code, "Neo.ClientError.Statement.") &&
		!strings.HasPrefix(nerr.Code, "Neo.ClientError.Procedure.") {
		return s.wrap("query", err)
	}
	// "Failed to invoke procedure `p`: Caused by: java.lang.X: reason"
	// becomes "Failed to invoke procedure `p`: reason".
	parts := strings.Split(firstLine(nerr.Msg), "Caused by:")
	msg := strings.TrimSuffix(strings.TrimSpace(parts[0]), ":")
	if len(parts) > 1 {
		cause := javaClass.ReplaceAllString(strings.TrimSpace(parts[len(parts)-1]), "")
		msg += ": " + cause
	}
	return fmt.Errorf("%w: %s", ErrQuery, redact(msg, s.cfg.Password))
}

// javaClass matches the exception class that starts a Java message.
var javaClass = regexp.MustCompile(`^([a-z][\w$]*\.)+[A-Z][\w$]*(Exception|Error): `)

// plain turns driver values into Go values that print and marshal simply.
func plain(v any) any {
	switch x := v.(type) {
	case dbtype.Node:
		return node(x)
	case dbtype.Relationship:
		w, _ := x.Props["weight"].(int64)
		return Relationship{Type: x.Type, Weight: w}
	case dbtype.Path:
		p := Path{}
		for _, n := range x.Nodes {
			p.Nodes = append(p.Nodes, node(n))
		}
		for _, r := range x.Relationships {
			w, _ := r.Props["weight"].(int64)
			p.Relationships = append(p.Relationships, Relationship{Type: r.Type, Weight: w})
		}
		return p
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = plain(e)
		}
		return out
	}
	return v
}

func node(n dbtype.Node) Node {
	id, _ := n.Props["id"].(string)
	name, _ := n.Props["name"].(string)
	if name == "" {
		name, _ = n.Props["title"].(string)
	}
	return Node{ID: id, Name: name, Labels: n.Labels}
}
