package lexicon

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed words.txt
var file string

var (
	once  sync.Once
	lists map[string]map[string]bool
	order []string
)

// parse reads words.txt: "[name]" opens a list, then its words separated
// by white space; "#" starts a comment; "_" stands for a space inside a
// phrase.
func parse(src string) (map[string]map[string]bool, []string, error) {
	out := map[string]map[string]bool{}
	var names []string
	var cur map[string]bool
	for n, line := range strings.Split(src, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case strings.HasPrefix(line, "["):
			name := strings.TrimSuffix(strings.TrimPrefix(line, "["), "]")
			if _, dup := out[name]; dup || name == "" || strings.ContainsAny(name, "[] ") {
				return nil, nil, fmt.Errorf("words.txt:%d: list %q opened twice or misnamed", n+1, name)
			}
			cur = map[string]bool{}
			out[name] = cur
			names = append(names, name)
		case cur == nil:
			return nil, nil, fmt.Errorf("words.txt:%d: words before the first list", n+1)
		default:
			for _, w := range strings.Fields(line) {
				cur[strings.ReplaceAll(w, "_", " ")] = true
			}
		}
	}
	return out, names, nil
}

func load() {
	var err error
	if lists, order, err = parse(file); err != nil {
		panic(err) // the embedded file is part of the program
	}
}

// Set returns the list called name as a set of its words (in the case
// they are written in). The map is shared: callers must not change it. An
// unknown name is a programming error and panics.
func Set(name string) map[string]bool {
	once.Do(load)
	s, ok := lists[name]
	if !ok {
		panic(fmt.Sprintf("lexicon: no list %q", name))
	}
	return s
}

// Names returns the names of the lists in the order of the file.
func Names() []string {
	once.Do(load)
	return append([]string(nil), order...)
}
