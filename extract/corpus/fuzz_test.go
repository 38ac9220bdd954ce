package corpus

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ergraph/ergraph/extract"
)

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"plain text", "\xEF\xBB\xBFbom", "\xFF\xFEa\x00b\x00", "\xFE\xFF\x00a",
		"<html><body><p>x &amp; y</p></body></html>", "bad \xff utf8", "\x00binary", "", " \n "} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := Decode(data)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) {
				t.Fatalf("Decode(%q) error %v; want ErrEmpty or ErrBinary", data, err)
			}
			return
		}
		if !utf8.ValidString(text) || strings.TrimSpace(text) == "" {
			t.Fatalf("Decode(%q) = %q; want valid, non-blank UTF-8", data, text)
		}
	})
}

func FuzzReadJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"One."}` + "\n" + `{"id":"b","text":"Two."}`,
		`{"id":1,"text":"x"}` + "\r\n" + `{"id":"1","text":"dup"}`,
		`{"id":"a"`, `[]`, `{"text":"no id"}`, "\xEF\xBB\xBF{\"id\":\"bom\",\"text\":\"t\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "feed.jsonl")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		ids := map[string]bool{}
		err := Read(context.Background(), []string{p}, Options{MaxBytes: 1 << 16, Skip: func(*SkipError) error { return nil }},
			func(in extract.Input) error {
				if in.ID == "" || ids[in.ID] || !utf8.ValidString(in.Text) || strings.TrimSpace(in.Text) == "" {
					t.Fatalf("Read(%q) gave input %+v; want a new id and valid, non-blank text", data, in)
				}
				ids[in.ID] = true
				return nil
			})
		if err != nil {
			t.Fatalf("Read(%q) = %v; want bad lines skipped, not an error", data, err)
		}
	})
}

func FuzzReadExtracted(f *testing.F) {
	d := `{"format":1,"doc":"d","hash":"` + strings.Repeat("0a", 32) + `","tokens":3,"sentences":1,` +
		`"entities":[{"id":"person:a","name":"A","type":"Person","aliases":[],"mentions":[{"text":"A","start":0,"end":1,"sentence":0}]},` +
		`{"id":"place:b","name":"B","type":"Place","aliases":["Bee"],"mentions":[]}],` +
		`"relations":[{"source":"person:a","target":"place:b","type":"LIVES_IN","directed":true,"weight":1,"confidence":0.5,"evidence":["A in B."]}]}`
	for _, s := range []string{d, d + "\n" + d, d[:len(d)/2], `{"entities":[]}`, `{"format":2,"entities":[]}`,
		`{"id":"a","text":"An article."}` + "\n" + d} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "shard.jsonl")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		ids := map[string]bool{}
		seen := func(id string) {
			if id == "" || ids[id] {
				t.Fatalf("Read(%q) gave document %q twice or empty", data, id)
			}
			ids[id] = true
		}
		err := Read(context.Background(), []string{p}, Options{MaxBytes: 1 << 16, Skip: func(*SkipError) error { return nil },
			Extracted: func(d extract.Document) error {
				seen(d.ID)
				if reason := checkGraph(d.Entities, d.Relations); reason != "" || len(d.Hash) != 64 {
					t.Fatalf("Read(%q) gave document %+v: %s", data, d, reason)
				}
				return nil
			}}, func(in extract.Input) error { seen(in.ID); return nil })
		if err != nil && !errors.Is(err, ErrFormat) {
			t.Fatalf("Read(%q) = %v; want bad lines skipped, or ErrFormat", data, err)
		}
	})
}
