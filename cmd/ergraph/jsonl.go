package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/ergraph/ergraph/extract"
)

// docWriter writes documents as JSON Lines, each line a docLine: the bytes
// json.Encoder writes with HTML escaping off, but one entity and one
// relation at a time: a
// document's output can be many times its text (every pair of a sentence
// carries the sentence as evidence), and built whole it would sit in
// memory twice over.
type docWriter struct {
	w   io.Writer
	buf bytes.Buffer
	enc *json.Encoder
}

func newDocWriter(w io.Writer) *docWriter {
	dw := &docWriter{w: w}
	dw.enc = json.NewEncoder(&dw.buf)
	dw.enc.SetEscapeHTML(false)
	return dw
}

// docLine is one line of 'ergraph extract': a document and the version
// of the format, which corpus checks when it reads the line back.
type docLine struct {
	Format int `json:"format"`
	extract.Document
}

// Write writes d and a newline.
func (dw *docWriter) Write(d extract.Document) error {
	ents, rels := d.Entities, d.Relations
	d.Entities, d.Relations = []extract.Entity{}, []extract.Relation{}
	head, err := dw.encode(docLine{Format: extract.Format, Document: d})
	if err != nil {
		return err
	}
	// A key cannot occur inside an encoded string, whose quotes are
	// escaped, so these are the two empty lists just encoded.
	i := bytes.Index(head, []byte(`"entities":[]`))
	j := bytes.Index(head, []byte(`"relations":[]`))
	if i < 0 || j < i {
		return fmt.Errorf("encode document %s: unexpected layout", d.ID)
	}
	i += len(`"entities":[`)
	j += len(`"relations":[`)
	rest := append(append([]byte(nil), head[j:]...), '\n')
	mid := append([]byte(nil), head[i:j]...)
	if _, err := dw.w.Write(head[:i]); err != nil {
		return err
	}
	if err := writeList(dw, ents); err != nil {
		return err
	}
	if _, err := dw.w.Write(mid); err != nil {
		return err
	}
	if err := writeList(dw, rels); err != nil {
		return err
	}
	_, err = dw.w.Write(rest)
	return err
}

func writeList[T any](dw *docWriter, items []T) error {
	for k, it := range items {
		b, err := dw.encode(it)
		if err != nil {
			return err
		}
		if k > 0 {
			b = append([]byte{','}, b...)
		}
		if _, err := dw.w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// encode returns v encoded without the encoder's newline, valid until the
// next call.
func (dw *docWriter) encode(v any) ([]byte, error) {
	dw.buf.Reset()
	if err := dw.enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(dw.buf.Bytes(), []byte{'\n'}), nil
}
