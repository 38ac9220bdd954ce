package corpus

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ergraph/ergraph/extract"
)

// extractedDoc is a small valid extracted document.
func extractedDoc(id string) extract.Document {
	return extract.Document{ID: id, Hash: strings.Repeat("ab", 32), Title: "Cook speaks", Path: "articles/" + id + ".txt",
		Tokens: 12, Sentences: 1,
		Entities: []extract.Entity{
			{ID: "person:tim-cook", Name: "Tim Cook", Type: extract.Person, Aliases: []string{"Cook"},
				MergedBy: map[string]string{"Cook": "surname"}, Roles: []string{"chief executive"},
				Mentions: []extract.Mention{{Text: "Tim Cook", Start: 0, End: 8}}},
			{ID: "organization:apple", Name: "Apple", Type: extract.Organization, Aliases: []string{},
				Mentions: []extract.Mention{{Text: "Apple", Start: 12, End: 17}}},
		},
		Relations: []extract.Relation{{Source: "person:tim-cook", Target: "organization:apple", Type: extract.WorksFor,
			Directed: true, Role: "chief executive", Weight: 1, Confidence: 0.875, Evidence: []string{"Tim Cook of Apple."}}},
	}
}

// extractedLine is d as a line of 'ergraph extract', edited by edit (nil
// for none) on its decoded JSON object.
func extractedLine(t *testing.T, d extract.Document, edit func(m map[string]any)) string {
	t.Helper()
	b, err := json.Marshal(struct {
		Format int `json:"format"`
		extract.Document
	}{extract.Format, d})
	if err != nil {
		t.Fatal(err)
	}
	if edit == nil {
		return string(b)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	edit(m)
	if b, err = json.Marshal(m); err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// readAll reads paths with opt and returns the ids of the articles and of
// the extracted documents in the order handed on, the skipped items as
// "base:line: reason", and Read's error.
func readAll(t *testing.T, paths []string, opt Options) (articles, docs []extract.Document, skipped []string, err error) {
	t.Helper()
	opt.Skip = func(e *SkipError) error {
		skipped = append(skipped, fmt.Sprintf("%s:%d: %s", filepath.Base(e.Path), e.Line, e.Reason))
		return nil
	}
	if opt.Extracted == nil {
		opt.Extracted = func(d extract.Document) error { docs = append(docs, d); return nil }
	}
	err = Read(context.Background(), paths, opt, func(in extract.Input) error {
		articles = append(articles, extract.Document{ID: in.ID, Path: in.Path})
		return nil
	})
	return articles, docs, skipped, err
}

func TestReadExtractedRoundTrip(t *testing.T) {
	want := extractedDoc("cook")
	p := write(t, t.TempDir(), "shard.jsonl", []byte(extractedLine(t, want, nil)+"\n"))
	_, docs, skipped, err := readAll(t, []string{p}, Options{})
	if err != nil || len(skipped) > 0 || len(docs) != 1 {
		t.Fatalf("Read(one extracted line) = %d documents, skipped %q, %v; want 1, none, nil", len(docs), skipped, err)
	}
	if !reflect.DeepEqual(docs[0], want) {
		t.Errorf("Read(one extracted line) =\n%+v\nwant\n%+v", docs[0], want)
	}
}

// Issue 15: bad extracted input is skipped with a warning naming file and
// line, or, for a format this ergraph cannot read, stops the run; never a
// panic.
func TestReadExtractedBad(t *testing.T) {
	good := func(id string) string { return extractedLine(t, extractedDoc(id), nil) }
	edit := func(id string, f func(m map[string]any)) string { return extractedLine(t, extractedDoc(id), f) }
	entity := func(m map[string]any, i int) map[string]any { return m["entities"].([]any)[i].(map[string]any) }
	relation := func(m map[string]any) map[string]any { return m["relations"].([]any)[0].(map[string]any) }
	tests := []struct {
		name     string
		line     string
		wantSkip string // "" when the line is read, or when it stops the run
		wantErr  string // an error wrapping ErrFormat that stops the run
	}{
		{"valid", good("d"), "", ""},
		{"truncated line", good("d")[:len(good("d"))/2], "not a JSON object: unexpected end of JSON input", ""},
		{"mention offset a string", edit("d", func(m map[string]any) {
			entity(m, 0)["mentions"].([]any)[0].(map[string]any)["start"] = "0"
		}), `wrong type: "entities.mentions.start" is a string, want an integer`, ""},
		{"entities an object", edit("d", func(m map[string]any) { m["entities"] = map[string]any{} }),
			`wrong type: "entities" is an object, want a list`, ""},
		{"doc a number", edit("d", func(m map[string]any) { m["doc"] = 7 }), `wrong type: "doc" is a number, want a string`, ""},
		{"weight a fraction", edit("d", func(m map[string]any) { relation(m)["weight"] = 1.5 }),
			`wrong type: "relations.weight" is a number, want an integer`, ""},
		{"directed a string", edit("d", func(m map[string]any) { relation(m)["directed"] = "yes" }),
			`wrong type: "relations.directed" is a string, want a boolean`, ""},
		{"relation to a missing entity", edit("d", func(m map[string]any) { relation(m)["target"] = "organization:banana" }),
			`relation 1 (WORKS_FOR): target "organization:banana" is not an entity of the document`, ""},
		{"relation from a missing entity", edit("d", func(m map[string]any) { m["entities"] = m["entities"].([]any)[1:] }),
			`relation 1 (WORKS_FOR): source "person:tim-cook" is not an entity of the document`, ""},
		{"relation to itself", edit("d", func(m map[string]any) { relation(m)["target"] = "person:tim-cook" }),
			`relation 1 (WORKS_FOR): links "person:tim-cook" to itself`, ""},
		{"unknown relation type", edit("d", func(m map[string]any) { relation(m)["type"] = "LOVES" }),
			`relation 1: unknown type "LOVES"`, ""},
		{"zero weight", edit("d", func(m map[string]any) { relation(m)["weight"] = 0 }),
			"relation 1 (WORKS_FOR): weight 0, want at least 1", ""},
		{"confidence over 1", edit("d", func(m map[string]any) { relation(m)["confidence"] = 1.5 }),
			"relation 1 (WORKS_FOR): confidence 1.5, want a probability in [0,1]", ""},
		{"unknown entity type", edit("d", func(m map[string]any) { entity(m, 1)["type"] = "Fruit" }),
			`entity "organization:apple": unknown type "Fruit"`, ""},
		{"entity twice", edit("d", func(m map[string]any) { entity(m, 1)["id"] = "person:tim-cook" }),
			`entity "person:tim-cook" appears twice`, ""},
		{"entity without id", edit("d", func(m map[string]any) { entity(m, 1)["id"] = "" }),
			`entity 2: missing or empty "id"`, ""},
		{"entity without name", edit("d", func(m map[string]any) { entity(m, 1)["name"] = "" }),
			`entity "organization:apple": missing or empty "name"`, ""},
		{"name over the bound", edit("d", func(m map[string]any) { entity(m, 0)["aliases"] = []string{strings.Repeat("Cook ", 60)} }),
			`entity "person:tim-cook": a name of 300 bytes is over the 256-byte limit`, ""},
		{"no doc", edit("d", func(m map[string]any) { delete(m, "doc") }), `missing or empty "doc"`, ""},
		{"doc id over the bound", edit("d", func(m map[string]any) { m["doc"] = strings.Repeat("x", MaxIDBytes+1) }),
			`"doc" of 513 bytes is over the 512-byte limit`, ""},
		{"no hash", edit("d", func(m map[string]any) { delete(m, "hash") }), `missing "hash"`, ""},
		{"bad hash", edit("d", func(m map[string]any) { m["hash"] = "v2:abc" }), `"hash" "v2:abc" is not 64 hex digits`, ""},
		{"no relations", edit("d", func(m map[string]any) { delete(m, "relations") }), `missing "relations"`, ""},
		{"negative tokens", edit("d", func(m map[string]any) { m["tokens"] = -1 }), `negative "tokens" or "sentences"`, ""},
		{"newer format", edit("d", func(m map[string]any) { m["format"] = 2 }), "",
			"shard.jsonl:1: unknown format: extracted documents of format 2; this ergraph reads format 1: use the ergraph that wrote them, or extract again"},
		{"no format", edit("d", func(m map[string]any) { delete(m, "format") }), "",
			`shard.jsonl:1: unknown format: an extracted document without "format" (written by an older ergraph?): extract it again`},
		{"format a string", edit("d", func(m map[string]any) { m["format"] = "1" }),
			`wrong type: "format" is a string, want an integer`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			// The bad line between two good ones: the good ones are read.
			p := write(t, dir, "shard.jsonl", []byte(tt.line+"\n"+good("after")+"\n"))
			q := write(t, dir, "first.jsonl", []byte(good("before")+"\n"))
			_, docs, skipped, err := readAll(t, []string{q, p}, Options{})
			var ids []string
			for _, d := range docs {
				ids = append(ids, d.ID)
			}
			switch {
			case tt.wantErr != "":
				if !errors.Is(err, ErrFormat) || !strings.HasSuffix(err.Error(), tt.wantErr) || strings.Contains(err.Error(), "\n") {
					t.Errorf("Read(%s) error = %v; want one line ending %q, wrapping ErrFormat", tt.name, err, tt.wantErr)
				}
				return
			case err != nil:
				t.Fatalf("Read(%s) error = %v; want nil", tt.name, err)
			}
			want := []string{"before", "d", "after"}
			var wantSkip []string
			if tt.wantSkip != "" {
				want = []string{"before", "after"}
				wantSkip = []string{"shard.jsonl:1: " + tt.wantSkip}
			}
			if !slices.Equal(ids, want) || !slices.Equal(skipped, wantSkip) {
				t.Errorf("Read(%s) = %q, skipped %q; want %q, skipped %q", tt.name, ids, skipped, want, wantSkip)
			}
		})
	}
}

func TestReadExtractedDuplicateAcrossShards(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "shard-0.jsonl", []byte(extractedLine(t, extractedDoc("x"), nil)+"\n"))
	b := write(t, dir, "shard-1.jsonl", []byte(extractedLine(t, extractedDoc("y"), nil)+"\n"+extractedLine(t, extractedDoc("x"), nil)+"\n"))
	c := write(t, dir, "y.txt", []byte("An article with the id of an extracted document."))
	_, docs, skipped, err := readAll(t, []string{a, b, c}, Options{})
	want := []string{
		`shard-1.jsonl:2: duplicate document id "x" (first in ` + a + `:1)`,
		`y.txt:0: duplicate document id "y" (first in ` + b + `:1)`,
	}
	if err != nil || len(docs) != 2 || !slices.Equal(skipped, want) {
		t.Errorf("Read(overlapping shards) = %d documents, skipped %q, %v; want 2 and\n%q", len(docs), skipped, err, want)
	}
}

func TestReadMixed(t *testing.T) {
	dir := t.TempDir()
	feed := write(t, dir, "mixed.jsonl", []byte(strings.Join([]string{
		`{"id":"a1","text":"An article."}`,
		extractedLine(t, extractedDoc("e1"), nil),
		// Text makes it an article whatever else the line holds.
		`{"id":"a2","text":"An annotated article.","entities":"not ours","format":"x"}`,
		`{"id":"a3","title":7,"text":"A title of the wrong type.","entities":{}}`,
		`{"id":"a4"}`,
	}, "\n")))
	txt := write(t, dir, "story.txt", []byte("A story."))
	tests := []struct {
		name                 string
		opt                  Options
		paths                []string
		wantArticles, wantEx []string
		wantSkip             []string
	}{
		{"recognised by fields", Options{}, []string{feed, txt}, []string{"a1", "a2", "story"}, []string{"e1"},
			[]string{`mixed.jsonl:4: wrong type: "title" is a number, want a string`, `mixed.jsonl:5: missing "text"`}},
		{"-extracted, text on stdin", Options{OnlyExtracted: true, Stdin: strings.NewReader("Not JSON.")}, []string{"-"}, nil, nil,
			[]string{"-:1: not a JSON object: invalid character 'N' looking for beginning of value"}},
		{"-extracted", Options{OnlyExtracted: true}, []string{feed, txt, dir}, nil, []string{"e1"},
			[]string{
				`mixed.jsonl:1: not an extracted document: no "entities" or "relations"`,
				`mixed.jsonl:3: wrong type: "entities" is a string, want a list`,
				`mixed.jsonl:4: wrong type: "title" is a number, want a string`,
				`mixed.jsonl:5: not an extracted document: no "entities" or "relations"`,
				`story.txt:0: not JSON Lines of extracted documents (.jsonl)`,
				// The directory: story.txt is not walked; mixed.jsonl is read again.
				`mixed.jsonl:1: not an extracted document: no "entities" or "relations"`,
				`mixed.jsonl:2: duplicate document id "e1" (first in ` + feed + `:2)`,
				`mixed.jsonl:3: wrong type: "entities" is a string, want a list`,
				`mixed.jsonl:4: wrong type: "title" is a number, want a string`,
				`mixed.jsonl:5: not an extracted document: no "entities" or "relations"`,
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, docs, skipped, err := readAll(t, tt.paths, tt.opt)
			var a, e []string
			for _, d := range arts {
				a = append(a, d.ID)
			}
			for _, d := range docs {
				e = append(e, d.ID)
			}
			if err != nil || !slices.Equal(a, tt.wantArticles) || !slices.Equal(e, tt.wantEx) || !slices.Equal(skipped, tt.wantSkip) {
				t.Errorf("Read = articles %q, extracted %q, skipped\n%q, %v\nwant %q, %q, skipped\n%q", a, e, skipped, err, tt.wantArticles, tt.wantEx, tt.wantSkip)
			}
		})
	}
}

// Without Options.Extracted, the reader of articles skips extracted
// documents.
func TestReadExtractedNotWanted(t *testing.T) {
	p := write(t, t.TempDir(), "shard.jsonl", []byte(extractedLine(t, extractedDoc("x"), nil)+"\n"))
	res, err := read(t, []string{p}, Options{})
	if want := []string{"shard.jsonl: an extracted document, not an article"}; err != nil || len(res.ids) > 0 || !slices.Equal(res.skipped, want) {
		t.Errorf("Read(extracted, no Options.Extracted) = %q, skipped %q, %v; want nothing and %q", res.ids, res.skipped, err, want)
	}
}

// The extraction of an article is longer than the article: a line that
// starts as 'ergraph extract' writes them may be ExtractedFactor times
// MaxBytes; an article line may not, whatever its first field.
func TestReadExtractedLimit(t *testing.T) {
	d := extractedDoc("big")
	d.Relations[0].Evidence = []string{strings.Repeat("Tim Cook of Apple. ", 200)} // 3,800 bytes
	big := extractedLine(t, d, nil)
	article := `{"format":1,"id":"a","text":"` + strings.Repeat("Tim Cook of Apple. ", 200) + `"}`
	o := extractedDoc("over")
	o.Title = strings.Repeat("x", 70<<10)
	over := extractedLine(t, o, nil)
	p := write(t, t.TempDir(), "shard.jsonl", []byte(big+"\n"+article+"\n"+over+"\n"))
	_, docs, skipped, err := readAll(t, []string{p}, Options{MaxBytes: 1 << 10})
	want := []string{
		"shard.jsonl:2: line is over the 1024-byte limit (see -max-bytes)",
		"shard.jsonl:3: line is over the 65536-byte limit (see -max-bytes)",
	}
	if err != nil || len(docs) != 1 || !slices.Equal(skipped, want) {
		t.Errorf("Read(MaxBytes 1 KiB) = %d documents, skipped %q, %v; want the 4 KB document and\n%q", len(docs), skipped, err, want)
	}
}
