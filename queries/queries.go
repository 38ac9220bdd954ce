package queries

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
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
}

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

// Value converts a command-line value to the type of the parameter's
// default: an integer, a float, a boolean, or else a string.
func (p Param) Value(s string) (any, error) {
	switch p.Default.(type) {
	case int64:
		v, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("parameter %s wants an integer, not %q", p.Name, s)
		}
		return v, nil
	case float64:
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return nil, fmt.Errorf("parameter %s wants a number, not %q", p.Name, s)
		}
		return v, nil
	case bool:
		v, err := strconv.ParseBool(s)
		if err != nil {
			return nil, fmt.Errorf("parameter %s wants true or false, not %q", p.Name, s)
		}
		return v, nil
	}
	return s, nil
}
