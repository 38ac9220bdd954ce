package queries

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

//go:embed *.cypher load/*.cypher
var files embed.FS

// ErrUnknown reports a query name that is not in the pack.
var ErrUnknown = errors.New("unknown query")

// Param is one parameter of a query.
type Param struct {
	Name     string
	Default  any    // the value of its :param line
	Literal  string // the :param line's value as written
	Required bool   // the command line must give it
	Check    Check  // what a command-line value must be, from a "Check:" line
}

// Check is what a parameter accepts, read from a header line
// "// Check: NAME RULE", RULE one of:
//
//	>= N                  a number at least N
//	one of A, B, ''       one of the values listed, in any case
//	a search term         text with at least one letter or digit
//	a name                text that is not blank
type Check struct {
	Min    *float64 // lowest value, for numbers
	OneOf  []string // the values accepted, spelt as stored
	Term   bool     // must contain a letter or digit
	Filled bool     // must not be blank
}

// ErrValue reports a parameter value the query does not accept.
var ErrValue = errors.New("bad parameter value")

// Query is one query of the pack.
type Query struct {
	Name    string // the file name without .cypher
	Purpose string // the header's first line
	Params  []Param
	Header  string // the whole comment header
	Text    string // the whole file, header included
}

var (
	paramLine = regexp.MustCompile(`^//\s*:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?)\s*;?\s*$`)
	checkLine = regexp.MustCompile(`^//\s*Check:\s*([A-Za-z_][A-Za-z0-9_]*)\s+(.+?)\s*$`)
	usedParam = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)
)

// Pack returns the queries of the pack, sorted by name.
func Pack() ([]Query, error) {
	names, err := fs.Glob(files, "*.cypher")
	if err != nil {
		return nil, err
	}
	out := make([]Query, 0, len(names))
	for _, n := range names {
		q, err := parse(n)
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, nil
}

// Get returns the pack query called name.
func Get(name string) (Query, error) {
	if !regexp.MustCompile(`^[a-z0-9-]+$`).MatchString(name) {
		return Query{}, fmt.Errorf("%w %q", ErrUnknown, name)
	}
	q, err := parse(name + ".cypher")
	if errors.Is(err, fs.ErrNotExist) {
		return Query{}, fmt.Errorf("%w %q", ErrUnknown, name)
	}
	return q, err
}

// Load returns the loader statement called name, from load/NAME.cypher.
// It panics if there is none: the names are fixed in the loader's code.
func Load(name string) string {
	b, err := files.ReadFile(path.Join("load", name+".cypher"))
	if err != nil {
		panic(fmt.Sprintf("queries: no loader statement %q", name))
	}
	return string(b)
}

func parse(file string) (Query, error) {
	b, err := files.ReadFile(file)
	if err != nil {
		return Query{}, err
	}
	text := string(b)
	q := Query{Name: strings.TrimSuffix(file, ".cypher"), Text: text}
	var header []string
	var required []string
	for _, line := range strings.Split(text, "\n") {
		if !strings.HasPrefix(line, "//") {
			break
		}
		header = append(header, line)
		body := strings.TrimSpace(strings.TrimPrefix(line, "//"))
		if q.Purpose == "" {
			q.Purpose = body
		}
		if m := paramLine.FindStringSubmatch(line); m != nil {
			v, err := literal(m[2])
			if err != nil {
				return Query{}, fmt.Errorf("%s: :param %s: %w", file, m[1], err)
			}
			q.Params = append(q.Params, Param{Name: m[1], Default: v, Literal: m[2]})
		}
		if r, ok := strings.CutPrefix(body, "Required:"); ok {
			for _, f := range strings.Split(r, ",") {
				required = append(required, strings.TrimSpace(f))
			}
		}
	}
	for i := range q.Params {
		q.Params[i].Required = slices.Contains(required, q.Params[i].Name)
	}
	for _, line := range header {
		m := checkLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		i := slices.IndexFunc(q.Params, func(p Param) bool { return p.Name == m[1] })
		if i < 0 {
			return Query{}, fmt.Errorf("%s: Check: no :param %s", file, m[1])
		}
		c, err := parseCheck(m[2])
		if err != nil {
			return Query{}, fmt.Errorf("%s: Check: %s: %w", file, m[1], err)
		}
		q.Params[i].Check = c
	}
	q.Header = strings.Join(header, "\n")
	return q, nil
}

// Used returns the names of the parameters the query's Cypher uses, sorted.
func (q Query) Used() []string {
	var names []string
	for _, line := range strings.Split(q.Text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "//") {
			continue
		}
		for _, m := range usedParam.FindAllStringSubmatch(line, -1) {
			if !slices.Contains(names, m[1]) {
				names = append(names, m[1])
			}
		}
	}
	slices.Sort(names)
	return names
}

// Param returns the parameter called name.
func (q Query) Param(name string) (Param, bool) {
	for _, p := range q.Params {
		if p.Name == name {
			return p, true
		}
	}
	return Param{}, false
}

// literal parses the value of a :param line: a quoted string, an integer,
// a float, true, false or null.
func literal(s string) (any, error) {
	switch {
	case len(s) >= 2 && (s[0] == '\'' && s[len(s)-1] == '\'' || s[0] == '"' && s[len(s)-1] == '"'):
		inner := s[1 : len(s)-1]
		return strings.NewReplacer(`\'`, `'`, `\"`, `"`, `\\`, `\`).Replace(inner), nil
	case s == "true", s == "false":
		return s == "true", nil
	case s == "null":
		return nil, nil
	}
	if i, err := strconv.ParseInt(s, 10, 64); err == nil {
		return i, nil
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return f, nil
	}
	return nil, fmt.Errorf("cannot read value %q", s)
}

// parseCheck reads the rule of a "Check:" line.
func parseCheck(rule string) (Check, error) {
	switch {
	case rule == "a search term":
		return Check{Term: true, Filled: true}, nil
	case rule == "a name":
		return Check{Filled: true}, nil
	case strings.HasPrefix(rule, ">="):
		f, err := strconv.ParseFloat(strings.TrimSpace(rule[2:]), 64)
		if err != nil {
			return Check{}, fmt.Errorf("cannot read %q", rule)
		}
		return Check{Min: &f}, nil
	case strings.HasPrefix(rule, "one of "):
		var c Check
		for _, v := range strings.Split(strings.TrimPrefix(rule, "one of "), ",") {
			v = strings.TrimSpace(v)
			if strings.HasPrefix(v, "'") || strings.HasPrefix(v, `"`) {
				q, err := literal(v)
				s, ok := q.(string)
				if err != nil || !ok {
					return Check{}, fmt.Errorf("cannot read %s in %q", v, rule)
				}
				v = s
			}
			c.OneOf = append(c.OneOf, v)
		}
		return c, nil
	}
	return Check{}, fmt.Errorf("unknown rule %q", rule)
}

// Accepts says in words what the parameter accepts.
func (p Param) Accepts() string {
	var kind string
	switch p.Default.(type) {
	case int64:
		kind = "an integer"
	case float64:
		kind = "a number"
	case bool:
		return "true or false"
	default:
		kind = "text"
	}
	c := p.Check
	switch {
	case c.Min != nil:
		return fmt.Sprintf("%s >= %s", kind, strconv.FormatFloat(*c.Min, 'f', -1, 64))
	case len(c.OneOf) > 0:
		shown := make([]string, len(c.OneOf))
		for i, v := range c.OneOf {
			shown[i] = v
			if v == "" {
				shown[i] = "'' (any)"
			}
		}
		return "one of " + strings.Join(shown, ", ") + " (any case)"
	case c.Term:
		return "a search term with at least one letter or digit"
	case c.Filled:
		return "a name that is not blank"
	}
	return kind
}

// Value converts a command-line value to the type of the parameter's
// default (an integer, a float, a boolean, or else a string) and checks it
// against p.Check; a value of a list is returned as the list spells it.
// The error wraps ErrValue and names the parameter and what it accepts.
func (p Param) Value(s string) (any, error) {
	bad := func() error {
		return fmt.Errorf("%w: parameter %s wants %s, not %q", ErrValue, p.Name, p.Accepts(), s)
	}
	var v any
	var f float64
	switch p.Default.(type) {
	case int64:
		i, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return nil, bad()
		}
		v, f = i, float64(i)
	case float64:
		x, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, bad()
		}
		v, f = x, x
	case bool:
		b, err := strconv.ParseBool(strings.TrimSpace(s))
		if err != nil {
			return nil, bad()
		}
		return b, nil
	default:
		v = s
	}
	c := p.Check
	switch {
	case c.Min != nil && f < *c.Min:
		return nil, bad()
	case len(c.OneOf) > 0:
		i := slices.IndexFunc(c.OneOf, func(o string) bool { return strings.EqualFold(o, strings.TrimSpace(s)) })
		if i < 0 {
			return nil, bad()
		}
		return c.OneOf[i], nil
	case c.Term && !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }):
		return nil, bad()
	case c.Filled && strings.TrimSpace(s) == "":
		return nil, bad()
	}
	return v, nil
}
