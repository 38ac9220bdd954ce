package eval

import (
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ms Rudd", "rudd"},
		{"The Sun", "sun"},
		{"the", "the"},
		{"Apple's", "apple"},
		{"  Amber\tRudd. ", "amber rudd"},
		{"\u201cWhatsApp\u201d", "whatsapp"},
		{"Mr. Dr. Smith", "smith"},
		{"ＡＢＣ", "abc"}, // NFKC folds full-width letters
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

const gold = `{"entities": {
  "Amber Rudd": {"types": ["Person"], "aliases": ["Rudd", "Ms Rudd"]},
  "WhatsApp": {"types": ["Organization"], "aliases": []},
  "London": {"types": ["Place"], "aliases": []},
  "Westminster attack": {"types": ["Event"], "aliases": []}},
 "documents": {"d1": {"required": ["Amber Rudd", "WhatsApp", "London"], "optional": ["Westminster attack"]}}}`

func TestScore(t *testing.T) {
	g, err := ReadGold(strings.NewReader(gold))
	if err != nil {
		t.Fatal(err)
	}
	res := g.Score(map[string][]Entity{"d1": {
		{"Amber Rudd", "Person"},
		{"Ms Rudd", "Person"},           // a split: a false positive
		{"WhatsApp", "Place"},           // found, wrong type
		{"Westminster attack", "Event"}, // optional: neither way
		{"Home Office", "Organization"}, // not in the gold: a false positive
	}})
	d := res.Docs[0]
	if d.TP != 2 || d.FP != 2 || d.FN != 1 || d.TypedTP != 1 {
		t.Errorf("doc = %+v; want tp 2, fp 2, fn 1, typed tp 1", d)
	}
	if res.Entity.TP != 2 || res.Entity.Precision != 0.5 || res.Entity.Recall != 2.0/3 {
		t.Errorf("entity = %+v", res.Entity)
	}
	if p := res.ByType["Person"]; p.TP != 1 || p.FP != 1 || p.FN != 0 {
		t.Errorf("Person = %+v; want tp 1, fp 1 (the split), fn 0", p)
	}
	if o := res.ByType["Organization"]; o.TP != 0 || o.FP != 1 || o.FN != 1 {
		t.Errorf("Organization = %+v; want fp 1, fn 1", o)
	}
	if p := res.ByType["Place"]; p.TP != 0 || p.FP != 1 || p.FN != 1 {
		t.Errorf("Place = %+v; want fp 1 (WhatsApp), fn 1 (London)", p)
	}
	// Typed: the wrong type is a false positive and a miss as well.
	if res.Typed.TP != 1 || res.Typed.FP != 3 || res.Typed.FN != 2 {
		t.Errorf("typed = %+v", res.Typed)
	}
}

func TestReadGoldErrors(t *testing.T) {
	for _, in := range []string{"", "{", `{"documents": {}}`} {
		if _, err := ReadGold(strings.NewReader(in)); err == nil {
			t.Errorf("ReadGold(%q) = nil error", in)
		}
	}
}
