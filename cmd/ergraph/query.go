package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/ergraph/ergraph/graph/store"
	"github.com/ergraph/ergraph/queries"
)

const queryUsage = `Usage: ergraph query list
       ergraph query show NAME
       ergraph query [flags] NAME [-param name=value ...]

Runs a query of the pack shipped in queries/*.cypher against Neo4j and
prints its rows. 'list' names each query with its purpose and parameters;
'show' prints a query's Cypher, ready to paste into Neo4j Browser after
its :param lines. Parameters not given take the defaults of those lines;
values are sent as query parameters, never spliced into the Cypher.

Examples:
  ergraph query list
  ergraph query top-entities -param type=Person
  ergraph query shortest-paths -param from='Amber Rudd' -param to='Tim Cook'
  ergraph query neighbourhood -param name=WhatsApp -format json
`

// paramFlag collects repeated -param name=value flags.
type paramFlag []string

func (p *paramFlag) String() string     { return strings.Join(*p, ",") }
func (p *paramFlag) Set(s string) error { *p = append(*p, s); return nil }

func runQuery(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "query", queryUsage)
	var c connFlags
	var params paramFlag
	var format string
	c.register(fs.FlagSet)
	fs.Var(&params, "param", "a query parameter as `name=value` (repeatable)")
	fs.StringVar(&format, "format", "table", "output format: table, json or csv")
	rest, err := fs.parse(args)
	if err != nil {
		return err
	}
	switch {
	case len(rest) == 1 && rest[0] == "list":
		return listQueries(e.stdout)
	case len(rest) == 2 && rest[0] == "show":
		q, err := queries.Get(rest[1])
		if err != nil {
			return fmt.Errorf("%w: %w (see 'ergraph query list')", errUsage, err)
		}
		fmt.Fprint(e.stdout, q.Text)
		return nil
	case len(rest) != 1:
		return fmt.Errorf("%w: query wants one query name (see 'ergraph query list')", errUsage)
	}
	if err := checkFormat(format); err != nil {
		return err
	}
	q, err := queries.Get(rest[0])
	if err != nil {
		return fmt.Errorf("%w: %w (see 'ergraph query list')", errUsage, err)
	}
	values, err := bind(q, params)
	if err != nil {
		return fmt.Errorf("%w: %s: %w", errUsage, q.Name, err)
	}
	s, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close(context.WithoutCancel(ctx))
	setPhase("query", "nothing was changed; run the query again")
	res, err := s.Query(ctx, q.Text, values)
	if err != nil {
		return fmt.Errorf("query %s: %w", q.Name, err)
	}
	return printResult(e.stdout, res, format)
}

// checkFormat checks a -format value.
func checkFormat(format string) error {
	if format != "table" && format != "json" && format != "csv" {
		return fmt.Errorf("%w: -format %q: want table, json or csv", errUsage, format)
	}
	return nil
}

// bind checks the -param flags against the query's parameters and fills
// in the defaults.
func bind(q queries.Query, given []string) (map[string]any, error) {
	values := map[string]any{}
	for _, kv := range given {
		name, val, ok := strings.Cut(kv, "=")
		if !ok {
			return nil, fmt.Errorf("-param %q: want name=value", kv)
		}
		p, ok := q.Param(name)
		if !ok {
			return nil, fmt.Errorf("unknown parameter %q (this query takes %s)", name, paramNames(q))
		}
		v, err := p.Value(val)
		if err != nil {
			return nil, err
		}
		values[name] = v
	}
	for _, p := range q.Params {
		if _, ok := values[p.Name]; ok {
			continue
		}
		if p.Required {
			return nil, fmt.Errorf("missing parameter %q: give -param %s=...", p.Name, p.Name)
		}
		values[p.Name] = p.Default
	}
	return values, nil
}

func paramNames(q queries.Query) string {
	if len(q.Params) == 0 {
		return "no parameters"
	}
	var names []string
	for _, p := range q.Params {
		names = append(names, p.Name)
	}
	return strings.Join(names, ", ")
}

func listQueries(w io.Writer) error {
	pack, err := queries.Pack()
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tPURPOSE\tPARAMETERS")
	for _, q := range pack {
		var ps []string
		for _, p := range q.Params {
			s := p.Name + "=" + p.Literal
			if p.Required {
				s = p.Name + " (required, e.g. " + p.Literal + ")"
			}
			ps = append(ps, s)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", q.Name, q.Purpose, strings.Join(ps, ", "))
	}
	return tw.Flush()
}

func printResult(w io.Writer, res store.Result, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, row := range res.Rows {
			obj := make(map[string]any, len(row))
			for i, c := range res.Columns {
				obj[c] = row[i]
			}
			if err := enc.Encode(obj); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(res.Columns)
		for _, row := range res.Rows {
			rec := make([]string, len(row))
			for i, v := range row {
				rec[i] = cell(v)
			}
			cw.Write(rec)
		}
		cw.Flush()
		return cw.Error()
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(res.Columns, "\t"))
	for _, row := range res.Rows {
		cells := make([]string, len(row))
		for i, v := range row {
			cells[i] = truncate(cell(v), 80)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(res.Rows) == 0 {
		fmt.Fprintln(w, "(no rows)")
	}
	return nil
}

// cell formats one value for a table or CSV cell.
func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return strings.ReplaceAll(x, "\n", " ")
	case float64:
		return fmt.Sprintf("%.4g", x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = cell(e)
		}
		return "[" + strings.Join(parts, "; ") + "]"
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}

func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
