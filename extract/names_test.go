package extract

import (
	"slices"
	"strings"
	"testing"
)

func hasLink(d Document, a, b string) bool {
	for _, r := range d.Relations {
		if r.Source == a && r.Target == b || r.Source == b && r.Target == a {
			return true
		}
	}
	return false
}

// Issue 12: a pronoun links only to its one compatible antecedent.
func TestPronounLinks(t *testing.T) {
	tests := []struct {
		text       string
		a, b       string
		wantLinked bool
	}{
		// "her" is Berg's, named before it in its own sentence.
		{"Maria Lopez met Anna Berg in Denver. Berg later thanked her lawyer Tom Hill.", "Maria Lopez", "Tom Hill", false},
		{"Maria Lopez met Anna Berg in Denver. Berg later thanked her lawyer Tom Hill.", "Anna Berg", "Tom Hill", true},
		// One person before: she is the antecedent.
		{"Anna Berg arrived in Denver on Monday. She later met Tom Hill.", "Anna Berg", "Tom Hill", true},
		// Two people before: nothing.
		{"Anna Berg met Maria Lopez in Denver. She later met Tom Hill.", "Anna Berg", "Tom Hill", false},
		{"Anna Berg met Maria Lopez in Denver. She later met Tom Hill.", "Maria Lopez", "Tom Hill", false},
		// The sentence before refers back itself: its named person is not the topic.
		{"Anna Berg spoke on Monday. She told Tom Hill she would stay. Her plan surprised Carl Jansen.", "Tom Hill", "Carl Jansen", false},
		// "They" stands for organisations named in one list, and only those.
		{"Microsoft and Google face new questions over the outage. Senator Tom Hill accused them of delay.", "Google", "Tom Hill", true},
		{"Anna Berg met Microsoft and Google in Denver. Senator Tom Hill accused them of delay.", "Google", "Tom Hill", false},
		{"Microsoft met regulators in Denver, and Google in Paris. Senator Tom Hill accused them of delay.", "Google", "Tom Hill", false},
		// "It" is left alone: a dummy subject as often as not.
		{"Protesters gathered in Denver on Monday. It is understood that Tom Hill was there.", "Denver", "Tom Hill", false},
	}
	x := testExtractor(t)
	for _, tt := range tests {
		d := x.Extract(Input{ID: "t", Text: tt.text})
		a, b := entity(d, tt.a), entity(d, tt.b)
		if a == nil || b == nil {
			t.Errorf("Extract(%q) = %v; want %s and %s", tt.text, summary(d), tt.a, tt.b)
			continue
		}
		if got := hasLink(d, a.ID, b.ID); got != tt.wantLinked {
			t.Errorf("Extract(%q): %s linked to %s = %v; want %v", tt.text, tt.a, tt.b, got, tt.wantLinked)
		}
	}
}

// Issue 12: control characters, bidirectional overrides and zero-width
// characters are boundaries, never part of a name or an id; decomposed
// accents give the id of the composed form.
func TestNameSafety(t *testing.T) {
	tests := []struct {
		text     string
		wantName string
		wantID   string
	}{
		{"John Smith\x1b[31m met Anna Berg in Denver.", "John Smith", "person:john-smith"},
		{"Anna Berg met John Smith\u202e in Denver.", "John Smith", "person:john-smith"},
		{"Anna Berg met John\u200b Smith in Denver.", "John Smith", "person:john-smith"},
		{"Protesters gathered in Krako\u0301w on Sunday.", "Kraków", "place:krakow"},
		{"Protesters gathered in Kraków on Sunday.", "Kraków", "place:krakow"},
	}
	x := testExtractor(t)
	for _, tt := range tests {
		d := x.Extract(Input{ID: "t", Text: tt.text})
		e := entity(d, tt.wantName)
		if e == nil || e.ID != tt.wantID {
			t.Errorf("Extract(%q) = %v; want %s with id %s", tt.text, summary(d), tt.wantName, tt.wantID)
		}
		for _, e := range d.Entities {
			for _, s := range append([]string{e.ID, e.Name}, e.Aliases...) {
				if strings.ContainsAny(s, "\x1b\u202e\u200b\u0301") {
					t.Errorf("Extract(%q): entity %q carries an invisible character", tt.text, s)
				}
			}
		}
	}
}

// A name the tagger found once is the same entity where it missed it.
func TestRepeatNames(t *testing.T) {
	x := testExtractor(t)
	text := "WhatsApp said it would cooperate with police in London. Investigators said Khalid Masood used the messaging app WhatsApp minutes before the attack."
	d := x.Extract(Input{ID: "t", Text: text})
	w, m := entity(d, "WhatsApp"), entity(d, "Khalid Masood")
	if w == nil || m == nil {
		t.Fatalf("Extract(%q) = %v; want WhatsApp and Khalid Masood", text, summary(d))
	}
	if len(w.Mentions) != 2 || !hasLink(d, w.ID, m.ID) {
		t.Errorf("WhatsApp has %d mentions, linked to Khalid Masood %v; want 2 and a link", len(w.Mentions), hasLink(d, w.ID, m.ID))
	}
}

// TestSharedSurname: a bare surname that two people of the story share
// names the one the story is about, the first named in full before it.
func TestSharedSurname(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		text, full, other string
	}{
		{"Daniel Okoro, 52, had denied killing Grace Okoro, 47, at their home in Leeds. Okoro wept in the dock as the verdict was read.",
			"Daniel Okoro", "Grace Okoro"},
		{"Miriam Adeyemi, a chemist who led the city's water board, died on Monday. Her death was confirmed by her son, Tunde Adeyemi, a doctor in Lagos. Adeyemi studied at the University of Ibadan.",
			"Miriam Adeyemi", "Tunde Adeyemi"},
	}
	for _, tc := range tests {
		d := x.Extract(Input{ID: "t", Text: tc.text})
		full, other := entity(d, tc.full), entity(d, tc.other)
		if full == nil || other == nil {
			t.Errorf("Extract(%q) = %v; want %s and %s", tc.text, summary(d), tc.full, tc.other)
			continue
		}
		last := tc.full[strings.LastIndexByte(tc.full, ' ')+1:]
		if !slices.ContainsFunc(full.Mentions, func(m Mention) bool { return m.Text == last }) {
			t.Errorf("Extract(%q): %q is not a mention of %s (%+v; %s: %+v)", tc.text, last, tc.full, full.Mentions, tc.other, other.Mentions)
		}
	}
}

// TestDescriptionNotAcrossPhrases: "the company" stands for the
// organisation named before it, but "the jurors for their service" is no
// description of one.
func TestDescriptionNotAcrossPhrases(t *testing.T) {
	x := testExtractor(t)
	d := x.Extract(Input{ID: "t", Text: "Anjali Berg had worked as a pharmacist at a Boots branch in Woking. Mr Justice Hale thanked the jurors for their service."})
	hale, boots := entity(d, "Hale"), entity(d, "Boots")
	if hale == nil || boots == nil {
		t.Fatalf("entities %v; want Hale and Boots", summary(d))
	}
	if hasLink(d, hale.ID, boots.ID) {
		t.Errorf("Hale linked to Boots through 'the jurors for their service': %+v", d.Relations)
	}
	d = x.Extract(Input{ID: "t", Text: "Boots reported higher sales on Monday. Anna Berg, a pharmacist at the company, said demand was strong."})
	berg, boots := entity(d, "Anna Berg"), entity(d, "Boots")
	if berg == nil || boots == nil || !hasLink(d, berg.ID, boots.ID) {
		t.Errorf("'a pharmacist at the company' does not link Anna Berg to Boots: %v %+v", summary(d), d.Relations)
	}
}
