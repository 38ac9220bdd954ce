package corpus

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"

	"github.com/ergraph/ergraph/extract"
)

// ErrFormat marks an extracted document of another format than
// extract.Format, or of none: Read stops at it, since every line of such
// a file would be misread.
var ErrFormat = errors.New("unknown format")

// readExtracted hands on the extracted document of one JSON line, or
// skips it. te is the first field of the wrong type json.Unmarshal met.
func (r *reader) readExtracted(ctx context.Context, p string, line int, rec *record, te *json.UnmarshalTypeError) error {
	if r.opt.Extracted == nil {
		return r.skip(p, line, "an extracted document, not an article")
	}
	if rec.Entities == nil && rec.Relations == nil {
		return r.skip(p, line, `not an extracted document: no "entities" or "relations"`)
	}
	if te != nil {
		return r.skip(p, line, "%s", typeReason(te))
	}
	where := fmt.Sprintf("%s:%d", p, line)
	switch {
	case rec.Format == nil:
		return fmt.Errorf(`%s: %w: an extracted document without "format" (written by an older ergraph?): extract it again`, where, ErrFormat)
	case *rec.Format != extract.Format:
		return fmt.Errorf("%s: %w: extracted documents of format %d; this ergraph reads format %d: use the ergraph that wrote them, or extract again",
			where, ErrFormat, *rec.Format, extract.Format)
	}
	d, reason := extractedDocument(rec)
	if reason != "" {
		return r.skip(p, line, "%s", reason)
	}
	return r.once(ctx, p, line, d.ID, func() error { return r.opt.Extracted(d) })
}

// extractedDocument returns the document of rec, or why it cannot be used.
func extractedDocument(rec *record) (extract.Document, string) {
	switch {
	case rec.Doc == nil || *rec.Doc == "":
		return extract.Document{}, `missing or empty "doc"`
	case len(*rec.Doc) > MaxIDBytes:
		return extract.Document{}, fmt.Sprintf(`"doc" of %d bytes is over the %d-byte limit`, len(*rec.Doc), MaxIDBytes)
	case rec.Hash == nil:
		return extract.Document{}, `missing "hash"`
	case !isHash(*rec.Hash):
		return extract.Document{}, fmt.Sprintf(`"hash" %q is not 64 hex digits`, shorten(*rec.Hash))
	case rec.Entities == nil:
		return extract.Document{}, `missing "entities"`
	case rec.Relations == nil:
		return extract.Document{}, `missing "relations"`
	case rec.Tokens < 0 || rec.Sentences < 0:
		return extract.Document{}, `negative "tokens" or "sentences"`
	}
	d := extract.Document{ID: *rec.Doc, Hash: *rec.Hash, Title: rec.Title, Source: rec.Source, URL: rec.URL,
		Published: rec.Published, Path: rec.Path, Tokens: rec.Tokens, Sentences: rec.Sentences,
		Entities: *rec.Entities, Relations: *rec.Relations}
	return d, checkGraph(d.Entities, d.Relations)
}

func isHash(s string) bool {
	if len(s) != 64 {
		return false
	}
	for _, c := range []byte(s) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// checkGraph says what is wrong with the entities and relations of one
// extracted document, or returns "": every entity has an id, a name and a
// type, ids are unique, names within the bounds extract keeps, and every
// relation links two different entities of the document with a known
// type, a weight of at least 1 and a confidence in [0,1].
func checkGraph(ents []extract.Entity, rels []extract.Relation) string {
	ids := make(map[string]bool, len(ents))
	for i, e := range ents {
		switch {
		case e.ID == "":
			return fmt.Sprintf(`entity %d: missing or empty "id"`, i+1)
		case len(e.ID) > MaxIDBytes:
			return fmt.Sprintf(`entity %d: "id" of %d bytes is over the %d-byte limit`, i+1, len(e.ID), MaxIDBytes)
		case ids[e.ID]:
			return fmt.Sprintf("entity %q appears twice", shorten(e.ID))
		case e.Name == "":
			return fmt.Sprintf(`entity %q: missing or empty "name"`, e.ID)
		case !slices.Contains(extract.Types, e.Type):
			return fmt.Sprintf("entity %q: unknown type %q", e.ID, shorten(string(e.Type)))
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if len(n) > extract.MaxNameBytes {
				return fmt.Sprintf("entity %q: a name of %d bytes is over the %d-byte limit", e.ID, len(n), extract.MaxNameBytes)
			}
		}
		ids[e.ID] = true
	}
	for i, r := range rels {
		what := fmt.Sprintf("relation %d (%s)", i+1, shorten(r.Type))
		switch {
		case !ids[r.Source]:
			return fmt.Sprintf("%s: source %q is not an entity of the document", what, shorten(r.Source))
		case !ids[r.Target]:
			return fmt.Sprintf("%s: target %q is not an entity of the document", what, shorten(r.Target))
		case r.Source == r.Target:
			return fmt.Sprintf("%s: links %q to itself", what, r.Source)
		case !slices.Contains(extract.RelationTypes, r.Type):
			return fmt.Sprintf("relation %d: unknown type %q", i+1, shorten(r.Type))
		case r.Weight < 1:
			return fmt.Sprintf("%s: weight %d, want at least 1", what, r.Weight)
		case r.Confidence < 0 || r.Confidence > 1:
			return fmt.Sprintf("%s: confidence %v, want a probability in [0,1]", what, r.Confidence)
		}
	}
	return ""
}

// typeReason says which field of a JSON line has the wrong type, in
// JSON's terms: `wrong type: "entities.mentions.start" is a string, want a
// number`.
func typeReason(err error) string {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) || te.Field == "" {
		return "not a JSON object: " + shorten(err.Error())
	}
	got := map[string]string{"string": "a string", "array": "a list", "object": "an object", "bool": "a boolean"}[te.Value]
	if got == "" {
		got = "a number" // "number", or "number 1.5" into an int
	}
	return fmt.Sprintf("wrong type: %q is %s, want %s", te.Field, got, jsonKind(te.Type))
}

// jsonKind names the JSON value that decodes into t.
func jsonKind(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "a boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "an integer"
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "a list"
	}
	return "an object"
}
