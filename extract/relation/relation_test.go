package relation

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ergraph/ergraph/extract/ner"
)

// parse reads a sentence written with space-separated tokens and marked
// mentions: "[A Elon Musk] , owner of [B:Organization Tesla]". The letter
// is the mention's role in the expected relations (A source, B target, or
// any other letter for none); the type after the colon defaults to the
// row's slot types. Tokens get rough part-of-speech tags from a few word
// lists, which is all the patterns and the classifier's verb features need.
func parse(t *testing.T, text string, src, dst string) (Sentence, []int, []int) {
	t.Helper()
	var s Sentence
	var as, bs []int
	re := regexp.MustCompile(`\[([A-Z])(?::(\w+))? ([^\]]+)\]|\S+`)
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		if m[1] == "" {
			s.Tokens = append(s.Tokens, Token{Text: m[0], Tag: roughTag(m[0])})
			continue
		}
		typ := m[2]
		if typ == "" {
			typ = map[string]string{"A": src, "B": dst}[m[1]]
		}
		start := len(s.Tokens)
		for _, w := range strings.Fields(m[3]) {
			s.Tokens = append(s.Tokens, Token{Text: w, Tag: "NNP"})
		}
		switch m[1] {
		case "A":
			as = append(as, len(s.Mentions))
		case "B":
			bs = append(bs, len(s.Mentions))
		}
		s.Mentions = append(s.Mentions, Mention{Start: start, End: len(s.Tokens), Type: typ})
	}
	return s, as, bs
}

func roughTag(w string) string {
	switch {
	case strings.HasSuffix(w, "ed") || w == "bought" || w == "born" || w == "shot" || w == "sold" || w == "taken":
		return "VBN"
	case w == "is" || w == "was" || w == "were" || w == "are" || w == "has" || w == "had" || w == "works" || w == "owns":
		return "VBZ"
	case w == "," || w == ".":
		return w
	case w == "of" || w == "for" || w == "in" || w == "at" || w == "by" || w == "from" || w == "with" || w == "on":
		return "IN"
	case w == "to":
		return "TO"
	case w == "the" || w == "a" || w == "an":
		return "DT"
	case w == "American" || w == "Belgian" || w == "British" || w == "southern":
		return "JJ"
	case w == "also" || w == "still" || w == "now" || w == "later" || strings.HasSuffix(w, "ly"):
		return "RB"
	}
	return "NN"
}

func pairs(rs []Relation, typ string) [][2]int {
	var out [][2]int
	for _, r := range rs {
		if r.Type == typ {
			out = append(out, [2]int{r.Source, r.Target})
		}
	}
	return out
}

// Every row of the pattern table finds exactly the relations its example
// marks: all conjuncts, in the right direction, and nothing more.
func TestPatternExamples(t *testing.T) {
	for _, p := range patterns {
		t.Run(p.Pattern, func(t *testing.T) {
			s, as, bs := parse(t, p.Example, p.Src[0], p.Dst[0])
			var want [][2]int
			for _, a := range as {
				for _, b := range bs {
					want = append(want, [2]int{a, b})
				}
			}
			got := pairs(matchPatterns(s), p.Type)
			slices.SortFunc(got, func(x, y [2]int) int { return x[0]*100 + x[1] - y[0]*100 - y[1] })
			if len(want) == 0 || !slices.Equal(got, want) {
				t.Errorf("%q: %s pairs %v, want %v", p.Example, p.Type, got, want)
			}
		})
	}
}

// Each pattern type is written for the active and the passive voice.
func TestPatternVoices(t *testing.T) {
	passive := regexp.MustCompile(`\bby\b|-owned|-born|members include|subsidiary of|parent company`)
	for _, typ := range []string{Owns, MemberOf, ParticipatedIn, BornIn} {
		var act, pass bool
		for _, p := range patterns {
			if p.Type != typ {
				continue
			}
			if strings.HasPrefix(p.Pattern, "B ") || passive.MatchString(p.Pattern) {
				pass = true
			} else {
				act = true
			}
		}
		if !act || !pass {
			t.Errorf("%s: active rows %v, passive rows %v; want both", typ, act, pass)
		}
	}
}

func shipped(t *testing.T) *Model {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func describe(s Sentence, rs []Relation) string {
	name := func(i int) string {
		m := s.Mentions[i]
		var ws []string
		for _, t := range s.Tokens[m.Start:m.End] {
			ws = append(ws, t.Text)
		}
		return strings.Join(ws, " ")
	}
	var out []string
	for _, r := range rs {
		x := fmt.Sprintf("%s %s %s", name(r.Source), r.Type, name(r.Target))
		if r.Role != "" {
			x += " role=" + r.Role
		}
		if !r.Current {
			x += " former"
		}
		out = append(out, x)
	}
	return strings.Join(out, "; ")
}

// The examples and each negation or modality cue, read with the
// mentions given. Tags are prose's for these sentences.
func TestFind(t *testing.T) {
	m := shipped(t)
	for _, c := range []struct {
		text string
		want string // relations as describe prints them; a final | asserts only the first
	}{
		{"[P:Person Jane Porter] works for [O:Organization Google] .", "Jane Porter WORKS_FOR Google"},
		{"[P:Person Sarah Long] was not killed by [P:Person Tom Reed] , police said .", ""},
		{"[P:Person Tom Reed] was acquitted of murdering [P:Person Sarah Long] .", ""},
		{"[P:Person Elon Musk] , owner of [O:Organization Tesla] and [O:Organization SpaceX] , spoke .", "Elon Musk OWNS Tesla; Elon Musk OWNS SpaceX"},
		{"[O:Organization Instagram] was acquired by [O:Organization Facebook] in 2012 .", "Facebook OWNS Instagram"},
		{"[P:Person John Sculley] , the former chief executive of [O:Organization Apple] , spoke in [L:Place Boston] .",
			"John Sculley WORKS_FOR Apple role=former chief executive former|"},
		{"[P:Person Tim Cook] , chief executive of [O:Organization Apple] , said it would not weaken encryption .",
			"Tim Cook WORKS_FOR Apple role=chief executive"},
		// Born in a place is lived there, as CoNLL04 reads it; the
		// pattern's BORN_IN does not push out the classifier's LIVES_IN.
		{"In 1898 , composer [P:Person George Gershwin] was born in [L:Place Brooklyn] .",
			"George Gershwin BORN_IN Brooklyn; George Gershwin LIVES_IN Brooklyn"},
		// One belongs to a party, whatever the classifier read.
		{"[P:Person Joana Reis] of the [O:Organization Socialist Party] said the count was fair .",
			"Joana Reis MEMBER_OF Socialist Party"},
		{"[P:Person Claudia Sheinbaum] , of the [O:Organization Morena] party , won .",
			"Claudia Sheinbaum MEMBER_OF Morena"},
		{"[P:Person Joan Serra] , the lead candidate of [O:Organization Compromís] , conceded .",
			"Joan Serra MEMBER_OF Compromís role=lead candidate"},
		{"[P:Person Kwame Asante] , of the opposition [O:Organization National Democratic Congress] , won the vote .",
			"Kwame Asante MEMBER_OF National Democratic Congress"},
		{"[P:Person Ana Lopes] of the [O:Organization Green Alliance] said the count was fair .",
			"Ana Lopes MEMBER_OF Green Alliance"},
		{"[P:Person Gulnara Sadykova] of the [O:Organization Ak Zhol] opposition party spoke .",
			"Gulnara Sadykova MEMBER_OF Ak Zhol"},
		{"[P:Person Karim Benali] of the [O:Organization Ettahadi] ( Challenge ) political party was shot .",
			"Karim Benali MEMBER_OF Ettahadi"},
		// An owner is no employee.
		{"The [O:Organization Velvet Room] 's owner , [P:Person Priya Nair] , said the bar had new cameras .",
			"Priya Nair OWNS Velvet Room"},
		// The one replaced held the post; the one appointed holds it "as" a role.
		{"[O:Organization Brightwave Energy] , the Danish turbine maker , on Tuesday appointed [P:Person Katrin Vogel] as chief executive , replacing [P:Person Henrik Dahl] , who stepped down in March .",
			"Katrin Vogel WORKS_FOR Brightwave Energy role=chief executive|"},
		{"[P:Person Katrin Vogel] will succeed [P:Person Henrik Dahl] , [O:Organization Brightwave Energy] 's chief executive , in May .",
			"Henrik Dahl WORKS_FOR Brightwave Energy role=former chief executive former|"},
		// "previously" between them states a past post.
		{"[P:Person Ann Holt] , who previously worked for [O:Organization Google] , joined the board .",
			"Ann Holt WORKS_FOR Google former"},
		// Conjuncts hold no relation between them, whatever their types.
		{"Regulators in the [L:Place United States] and the [O:Organization European Union] approved the merger .", ""},
		// An apposition tells of the person it follows, not of one before.
		{"[P:Person Maria Soto] beat [P:Person Tomas Reyes] , an economist at the [O:Organization University of Lisbon] , in the runoff .",
			"Tomas Reyes WORKS_FOR University of Lisbon role=economist"},
		{"[P:Person Ann Holt] and [P:Person Tom Reyes] , both engineers at [O:Organization Globex] , spoke .",
			"Ann Holt WORKS_FOR Globex; Tom Reyes WORKS_FOR Globex"},
		// A post its holder resigned is a former one.
		{"[P:Person Karin Holm] , the chief financial officer of [O:Organization Norvik Systems] , resigned on Monday .",
			"Karin Holm WORKS_FOR Norvik Systems role=chief financial officer former"},
		{"[P:Person Karin Holm] , the chief financial officer of [O:Organization Norvik Systems] , said on Monday that sales rose .",
			"Karin Holm WORKS_FOR Norvik Systems role=chief financial officer"},
		// One held or tried by a body does not work for it.
		{"[P:Person Rakesh Tiwari] was taken into custody by the [O:Organization CBI] on Friday .", ""},
		{"[P:Person Daniel Hughes] , 34 , appeared at [O:Organization Bristol Crown Court] on Monday .", ""},
		// Where one spoke is no home.
		{"[P:Person Dana Reyes] said in [L:Place Seattle] .", ""},
		{"[P:Person Dana Reyes] , who lives in [L:Place Seattle] , said so .", "Dana Reyes LIVES_IN Seattle"},
		// A seat on a public body is an office; a party has members.
		{"[P:Person Dana Reyes] , a member of the [O:Organization Harlow District Council] , voted against .",
			"Dana Reyes WORKS_FOR Harlow District Council role=member"},
		{"[O:Organization Harlow City Council] member [P:Person Dana Reyes] voted against .",
			"Dana Reyes WORKS_FOR Harlow City Council role=member"},
		{"[P:Person Dana Reyes] , a member of the [O:Organization Harlow Independents] party , voted against .",
			"Dana Reyes MEMBER_OF Harlow Independents role=member"},
		// One who came from an organisation left it.
		{"[P:Person Mette Lind] , who joined [O:Organization Nordhavn] from [O:Organization Maersk] in 2020 , spoke .",
			"Mette Lind WORKS_FOR Nordhavn; Mette Lind WORKS_FOR Maersk former"},
		// An adverb before a pattern's word: "still lives", "was also a member".
		{"[P:Person Raúl Ferrer] , a retired engineer , still lives in [L:Place Havana] .", "Raúl Ferrer LIVES_IN Havana"},
		{"[P:Person Amina Otieno] was also a member of the [O:Organization Kenya Medical Association] .",
			"Amina Otieno MEMBER_OF Kenya Medical Association role=member"},
		{"[O:Organization Kestrel Foods] also recently bought [O:Organization Vesta Dairy] .", "Kestrel Foods OWNS Vesta Dairy"},
		// A seller is not what was bought.
		{"[O:Organization Andes Ridge Mining] , which bought the mine from [O:Organization Glencore] in 2019 , said output would rise .", ""},
		// Study is no work; teaching is.
		{"[P:Person Ann Ellis] studied mathematics at the [O:Organization University of St Andrews] before joining the firm .", ""},
		{"[P:Person Ada Okafor] holds a doctorate from the [O:Organization London School of Economics] .", ""},
		{"[P:Person Ann Ellis] , who studied at [O:Organization Oxford University] , now teaches at [O:Organization Harvard University] .",
			"Ann Ellis WORKS_FOR Harvard University|"},
		// Words of a death other than "killed".
		{"[P:Person Tom Reed] was convicted of the slaying of [P:Person Sarah Long] .", "Tom Reed KILLED Sarah Long"},
		{"[P:Person Tom Reed] shot and mortally wounded [P:Person Sarah Long] .", "Tom Reed KILLED Sarah Long"},
		{"[P:Person Tom Reed] shot [P:Person Sarah Long] in the leg .", ""},
		// Cues.
		{"[P:Person Jane Porter] does not work for [O:Organization Google] .", ""},
		{"[P:Person Jane Porter] never worked for [O:Organization Google] .", ""},
		{"[P:Person Jane Porter] denied working for [O:Organization Google] .", ""},
		{"[P:Person Tom Reed] was cleared of killing [P:Person Sarah Long] .", ""},
		{"[P:Person Tom Reed] , accused of killing [P:Person Sarah Long] , appeared in court .", ""},
		{"[P:Person Tom Reed] allegedly killed [P:Person Sarah Long] .", ""},
		{"[P:Person Tom Reed] would kill [P:Person Sarah Long] , he said .", ""},
		{"[O:Organization Google] plans to buy [O:Organization Fitbit] .", ""},
		{"[O:Organization Google] would buy [O:Organization Fitbit] .", ""},
		{"The alleged [P:Person Kennedy] assassin [P:Person Lee Harvey Oswald] was shot .", ""},
		// Agent nouns of a killing.
		{"The execution of [P:Person King] assassin [P:Person James Earl Ray] was stayed .", "James Earl Ray KILLED King"},
		{"[P:Person John Wilkes Booth] , the assassin of [P:Person Abraham Lincoln] , fled .", "John Wilkes Booth KILLED Abraham Lincoln"},
		// The organisation spoken to.
		{"Speaking to [O:Organization the BBC] , Ms [P:Person Rudd] said the plan would work .", ""},
		{"[P:Person Anna Berg] told [O:Organization Reuters] the talks had failed .", ""},
		{"In an interview with [O:Organization CNN] , [P:Person Tom Hill] said he would stay .", ""},
	} {
		s, _, _ := parse(t, c.text, "", "")
		got := m.Find(s, 0.5)
		d := describe(s, got)
		if prefix, ok := strings.CutSuffix(c.want, "|"); ok {
			// Only this relation is asserted; others may follow.
			if !strings.HasPrefix(d, prefix) {
				t.Errorf("%q:\n got %q\nwant %q first", c.text, d, prefix)
			}
			continue
		}
		if d != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.text, d, c.want)
		}
	}
}

// Without the cue, the cue sentences above state the relation: the cue is
// what removes it.
func TestCueRemoves(t *testing.T) {
	for _, c := range []struct{ with, without string }{
		{"[A:Person Jane Porter] does not work for [B:Organization Google] .", "[A:Person Jane Porter] does work for [B:Organization Google] ."},
		{"[B:Organization Fitbit] was not acquired by [A:Organization Google] .", "[B:Organization Fitbit] was acquired by [A:Organization Google] ."},
		{"[A:Organization Google] plans to buy [B:Organization Fitbit] .", "[A:Organization Google] bought [B:Organization Fitbit] ."},
		{"[A:Person Tom Reed] never owned [B:Organization Fitbit] .", "[A:Person Tom Reed] owned [B:Organization Fitbit] ."},
		{"[A:Person Otieno Odhiambo] will join [B:Organization Safaricom] in May .", "[A:Person Otieno Odhiambo] joined [B:Organization Safaricom] in May ."},
		{"The suspected [B:Person Kennedy] assassin [A:Person Lee Harvey Oswald] was shot .", "The [B:Person Kennedy] assassin [A:Person Lee Harvey Oswald] was shot ."},
	} {
		s, _, _ := parse(t, c.with, "", "")
		r := Relation{Source: 0, Target: 1}
		if !negated(s, r) {
			t.Errorf("%q: not read as negated", c.with)
		}
		s, _, _ = parse(t, c.without, "", "")
		if negated(s, r) {
			t.Errorf("%q: read as negated", c.without)
		}
	}
}

func TestRole(t *testing.T) {
	for _, c := range []struct {
		text, role string
		current    bool
	}{
		{"[A:Person John Sculley] , the former chief executive of [B:Organization Apple] , spoke .", "former chief executive", false},
		{"[B:Organization Apple] CEO [A:Person Tim Cook] spoke .", "CEO", true},
		{"former [B:Organization Apple] chief [A:Person John Sculley] spoke .", "former chief", false},
		{"[A:Person Kenji Watanabe] , a former [B:Organization Toyota] engineer , joined .", "former engineer", false},
		{"[A:Person Jane Roe] no longer works for [B:Organization Google] .", "", false},
		{"[A:Person Jane Roe] works for [B:Organization Google] .", "", true},
	} {
		s, _, _ := parse(t, c.text, "", "")
		role, cur := role(s, Relation{Source: 0, Target: 1})
		if s.Mentions[0].Type == Organization {
			role, cur = roleOf(s, 1, 0)
		}
		if role != c.role || cur != c.current {
			t.Errorf("%q: role %q current %v, want %q %v", c.text, role, cur, c.role, c.current)
		}
	}
}

func roleOf(s Sentence, p, o int) (string, bool) { return role(s, Relation{Source: p, Target: o}) }

func TestModelRoundTrip(t *testing.T) {
	m := shipped(t)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	s, _, _ := parse(t, "[P:Person Jane Porter] works for [O:Organization Google] .", "", "")
	if a, b := m.Find(s, 0.01), back.Find(s, 0.01); !slices.Equal(a, b) {
		t.Errorf("read back model finds %v, want %v", b, a)
	}
	if _, err := ReadModel(strings.NewReader("not a model")); err == nil {
		t.Error("ReadModel(garbage) = nil error")
	}
}

// Train learns a relation from a few sentences, in the right direction,
// and cross-fitting yields a held-out score for every candidate pair.
func TestTrainTiny(t *testing.T) {
	var data []Example
	for i, n := range []string{"Ann Lee", "Bo Chan", "Cy Dorn", "Di Ewe", "Ed Fox", "Flo Gray", "Gus Hale", "Hal Ives", "Ida Jay", "Jo Kay"} {
		text := fmt.Sprintf("[A:Person %s] killed [B:Person Victim%d] in [C:Place Town%d] .", n, i, i)
		if i%2 == 1 {
			text = fmt.Sprintf("[B:Person Victim%d] was killed by [A:Person %s] in [C:Place Town%d] .", i, n, i)
		}
		s, as, bs := parse(t, text, "", "")
		data = append(data, Example{Sentence: s, ID: i, Relations: []Relation{{Source: as[0], Target: bs[0], Type: Killed}}})
	}
	m, held, err := Train(data, TrainOptions{Epochs: 10, MinCount: 1, Folds: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(held) == 0 {
		t.Fatal("no held-out predictions")
	}
	for _, text := range []string{"[A:Person Zed Young] killed [B:Person Quinn Ross] in [C:Place Oslo] .",
		"[B:Person Quinn Ross] was killed by [A:Person Zed Young] in [C:Place Oslo] ."} {
		s, as, bs := parse(t, text, "", "")
		got := pairs(m.classify(s, 0), Killed)
		if want := [][2]int{{as[0], bs[0]}}; !slices.Equal(got, want) {
			t.Errorf("%q: KILLED %v, want %v", text, got, want)
		}
	}
	if _, _, err := Train(nil, TrainOptions{}); err == nil {
		t.Error("Train(nil) = nil error")
	}
}

func TestReliability(t *testing.T) {
	bins := Reliability([]Scored{{Confidence: 0.05}, {Confidence: 0.95, Correct: true}, {Confidence: 0.9, Correct: false}, {Confidence: 1}}, 10)
	if bins[0].N != 1 || bins[9].N != 3 || bins[9].Accuracy != 1.0/3 {
		t.Errorf("bins = %+v", bins)
	}
}

func TestReadCoNLL04(t *testing.T) {
	in := `[{"tokens": ["President", "Lincoln", "was", "shot", "by", "John", "Wilkes", "Booth", "in", "Washington", "."],
	  "entities": [{"type": "Peop", "start": 0, "end": 2}, {"type": "Peop", "start": 5, "end": 8}, {"type": "Loc", "start": 9, "end": 10}, {"type": "Other", "start": 3, "end": 4}],
	  "relations": [{"type": "Kill", "head": 1, "tail": 0}, {"type": "Live_In", "head": 0, "tail": 3}]}]`
	data, err := ReadCoNLL04(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	ex := data[0]
	if len(ex.Mentions) != 3 || ex.Mentions[0] != (Mention{Start: 1, End: 2, Type: Person}) {
		t.Errorf("mentions = %+v; want the title moved out of Lincoln's span and Other dropped", ex.Mentions)
	}
	if want := []Relation{{Source: 1, Target: 0, Type: Killed}}; !slices.Equal(ex.Relations, want) {
		t.Errorf("relations = %+v, want %+v", ex.Relations, want)
	}
	if _, err := ReadCoNLL04(strings.NewReader(`[{"tokens": ["a"], "entities": [{"type": "Peop", "start": 0, "end": 3}]}]`)); err == nil {
		t.Error("span outside the sentence: nil error")
	}
}

// Each feature kind fires where it should: the word classes of the words
// between, of a place's or an organisation's last word (not of a person's
// name, nor of a word the classes do not know), of the pair of them, and
// the words just outside the pair.
func TestFeatureKinds(t *testing.T) {
	cls := func(w string, l int) string { return strconv.Itoa(ner.WordClasses(w)[l]) }
	for _, c := range []struct {
		text      string
		want, not []string
	}{
		{"[A:Organization Acme Bank] is headquartered in [B:Place Denver] .",
			[]string{"CW|" + cls("headquartered", 0), "HCA1|" + cls("Bank", 1), "HCB0|" + cls("Denver", 0),
				"HCP|" + cls("Bank", 1) + "|" + cls("Denver", 1)}, nil},
		// A name the classes do not know gets none: in training, the
		// unknown class was a few odd names, no evidence about new ones.
		{"[A:Organization Initech] , the maker of the software , is based in [B:Place Denver] .",
			[]string{"HCB1|" + cls("Denver", 1)}, []string{"HCA0|0", "HCP|0|" + cls("Denver", 1), "HCB2|" + cls("Denver", 2)}},
		{"Gov. [A:Person Ann Holt] spoke in [B:Place Ohio] , her native state .",
			[]string{"HCA0|P", "HCP|P|" + cls("Ohio", 1), "BW|gov.", "AW|,", "AW|her", "AW|native"},
			[]string{"HCA0|" + cls("Holt", 0), "AW|state"}},
		// An organisation's or a place's words but the last; a person's
		// given name says nothing of what they did. A word in both
		// mentions links an office to its place.
		{"[A:Organization Texas Department of Agriculture] staff met in [B:Place Texas] .",
			[]string{"MA|texas", "MA|department", "MA|of", "OV"}, []string{"MA|agriculture", "MB|texas"}},
		{"[A:Person Ann Holt] moved to [B:Place Mount Holt] .",
			[]string{"MB|mount", "OV"}, []string{"MA|ann", "MB|holt"}},
		{"[A:Person Ann Holt] moved to [B:Place Mount Vernon] .", nil, []string{"OV"}},
		// A country and its adjective share a stem.
		{"The [A:Organization Haitian Parliament] met in [B:Place Haiti] .", []string{"OVS"}, []string{"OV"}},
		// An apposition after the first mention is read past.
		{"[A:Person Tama Rewiti] , a labourer from Huntly , killed [B:Person Harjit Sandhu] .",
			[]string{"AF|killed", "AS|killed"}, nil},
		{"[A:Person Tama Rewiti] , who lived in Huntly , killed [B:Person Harjit Sandhu] .", nil, []string{"AF|killed"}},
	} {
		s, as, bs := parse(t, c.text, "", "")
		got := map[string]int{}
		f := newFeaturizer(&s)
		f.emit = func(b []byte) { got[string(b)]++ }
		f.pair(&s, s.Mentions[as[0]], s.Mentions[bs[0]])
		for _, w := range c.want {
			if got[w] == 0 {
				t.Errorf("%q: no feature %s", c.text, w)
			}
		}
		for _, w := range c.not {
			if got[w] > 0 {
				t.Errorf("%q: feature %s", c.text, w)
			}
		}
		// A class counts once however many words between have it, so
		// that a long stretch of function words ("the", "of", ",") does
		// not weigh by its length.
		for k, n := range got {
			if strings.HasPrefix(k, "CW|") && n > 1 {
				t.Errorf("%q: feature %s %d times", c.text, k, n)
			}
		}
	}
}

// The word classes of the mentions carry what training saw of one city
// and one country to another city and country it never saw: the context
// is the same both ways round, so only they tell which place holds which.
func TestTrainWordClasses(t *testing.T) {
	var data []Example
	for i := range 10 {
		text := "They met in [A:Place Boston] , [B:Place France] ."
		if i%2 == 1 {
			text = "They met in [B:Place France] , [A:Place Boston] ."
		}
		s, as, bs := parse(t, text, "", "")
		data = append(data, Example{Sentence: s, ID: i, Relations: []Relation{{Source: as[0], Target: bs[0], Type: LocatedIn}}})
	}
	m, _, err := Train(data, TrainOptions{Epochs: 10, MinCount: 1, Folds: 2})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"They met in [A:Place Denver] , [B:Place Germany] .",
		"They met in [B:Place Germany] , [A:Place Denver] ."} {
		s, as, bs := parse(t, text, "", "")
		got := pairs(m.classify(s, 0), LocatedIn)
		if want := [][2]int{{as[0], bs[0]}}; !slices.Equal(got, want) {
			t.Errorf("%q: LOCATED_IN %v, want %v", text, got, want)
		}
	}
}

// Items of one list are siblings; a place and its country before the
// comma of a list of three are not taken for one ("Hamburg, Germany, and
// Rotterdam").
func TestCoordinated(t *testing.T) {
	for _, c := range []struct {
		text string
		want []int
	}{
		{"Sales rose in [P:Place Austria] , [P:Place Hungary] and the [P:Place Czech Republic] .", []int{1, 1, 1}},
		{"It sells in [P:Place Belgium] and [P:Place Germany] .", []int{1, 1}},
		{"Floods hit [P:Place Brazoria] , [P:Place Fort Bend] and southern [P:Place Harris County] .", []int{1, 1, 1}},
		{"Raids took place in [P:Place Hockwold] , [P:Place Norfolk] on Sunday .", []int{0, 0}},
		{"Ships left [P:Place Hamburg] , [P:Place Germany] , and [P:Place Rotterdam] .", []int{0, 0, 0}},
		{"[O:Organization Acme] and [P:Place Leeds] agreed .", []int{0, 0}},
	} {
		s, _, _ := parse(t, c.text, "", "")
		if got := coordinated(&s); !slices.Equal(got, c.want) {
			t.Errorf("%q: lists %v, want %v", c.text, got, c.want)
		}
	}
	m := shipped(t)
	s, _, _ := parse(t, "Its sales are concentrated in [P:Place Austria] , [P:Place Hungary] and the [P:Place Czech Republic] .", "", "")
	if got := m.Find(s, 0); len(got) != 0 {
		t.Errorf("relations between the items of a list: %s", describe(s, got))
	}
}
