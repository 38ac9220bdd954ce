package extract

import (
	"encoding/json"
	"testing"
	"unicode/utf8"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Home Secretary Amber Rudd said WhatsApp, owned by Facebook, must help police.",
		"Tim Cook, chief executive of Apple, refused.\r\n\r\nLONDON (Reuters) - Mr Cook spoke.",
		"Lithuania\nWhatsApp", "", "...", "Dr. Dr. Dr.", "É ü ß 東京 Москва", "\"'`{}[]()",
		"The Westminster attack killed four people. Khalid Masood, 52, was shot.",
		"EAST LANSING, Mich. (AP) - Michigan State University raised fees.", // panicked once
	} {
		f.Add(s, "")
	}
	f.Add("Body text about Paris.", "Headline about Berlin")
	x, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, title string) {
		if !utf8.ValidString(text) || !utf8.ValidString(title) {
			t.Skip() // the corpus reader hands on valid UTF-8 only
		}
		d := x.Extract(Input{ID: "fuzz", Text: text, Title: title})
		ids := map[string]bool{}
		for _, e := range d.Entities {
			if ids[e.ID] || e.ID == "" || e.Name == "" {
				t.Fatalf("Extract(%q): entity %+v is empty or repeated", text, e)
			}
			ids[e.ID] = true
			for _, m := range e.Mentions {
				if m.Start == -1 && m.End == -1 {
					continue // a mention in the title only
				}
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
					t.Fatalf("Extract(%q): mention %+v does not point at its text", text, m)
				}
			}
		}
		for _, r := range d.Relations {
			if !ids[r.Source] || !ids[r.Target] || r.Source == r.Target || len(r.Evidence) > MaxEvidence {
				t.Fatalf("Extract(%q): relation %+v names a missing entity or has too much evidence", text, r)
			}
		}
		if _, err := json.Marshal(d); err != nil {
			t.Fatalf("Extract(%q): result does not marshal: %v", text, err)
		}
	})
}
