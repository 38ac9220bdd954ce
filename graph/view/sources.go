package view

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/graph"
)

// Sources maps an evidence sentence to the ids of the documents it was
// read in, so the page can name the article behind each sentence. A merged
// graph keeps an edge's sentences and documents but not which is which.
type Sources map[string][]string

// Add records the evidence sentences of d's relations.
func (s Sources) Add(d extract.Document) {
	for _, r := range d.Relations {
		for _, sent := range r.Evidence {
			if docs := s[sent]; !slices.Contains(docs, d.ID) {
				s[sent] = append(docs, d.ID)
			}
		}
	}
}

// maxLine bounds one line of entities.jsonl: a document's entities and
// relations, which for a 16 MiB article stay well below it.
const maxLine = 256 << 20

// ReadSources reads entities.jsonl as ergraph build writes it (one
// extract.Document a line), records each document's title, source, URL
// and publication date in g, and returns the sources of its evidence
// sentences. Errors name the line.
func ReadSources(r io.Reader, g *graph.Graph) (Sources, error) {
	src := Sources{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	for line := 1; sc.Scan(); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var d extract.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("read entities line %d: %w", line, err)
		}
		g.SetDocument(graph.Document{ID: d.ID, Title: d.Title, Source: d.Source, URL: d.URL,
			Published: d.Published, Path: d.Path})
		src.Add(d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read entities: %w", err)
	}
	return src, nil
}
