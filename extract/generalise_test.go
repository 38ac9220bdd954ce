package extract

import (
	"strings"
	"testing"
)

// Tests of the mechanisms added for news text unlike the seed articles:
// page furniture, wrapped lines, datelines, names with "and", "of", "on",
// demonyms and nicknames inside, first names alone, and the relations
// stated by appositions. All use the rules alone (no trained model).

func TestExtractEntitiesGeneral(t *testing.T) {
	tests := []entityCase{
		{"and inside an organisation's name",
			"Globex was fined by the Fair Trading and Markets Authority on Monday.",
			[]string{"Organization:Fair Trading and Markets Authority"}, []string{"Markets Authority", "Fair Trading"}},
		{"and inside a name after of",
			"Volunteers of the Union of Sailors and Dock Workers marched in Valen.",
			[]string{"Organization:Union of Sailors and Dock Workers"}, []string{"Dock Workers"}},
		{"and between two names is a list",
			"Deals between Globex and Initech Systems were signed in Valen.",
			[]string{"Organization:Initech Systems"}, []string{"Globex and Initech Systems"}},
		{"on inside a name",
			"The report came from the Valen Commission on Human Rights in March.",
			[]string{"Organization:Valen Commission on Human Rights"}, []string{"Human Rights"}},
		{"possessive inside a name",
			"Prosecutors from the District Attorney's Office in Valen declined.",
			[]string{"Organization:District Attorney's Office"}, nil},
		{"demonym that belongs to the name",
			"A satellite was launched by the Swiss Space Agency from Valen.",
			[]string{"Organization:Swiss Space Agency"}, []string{"Space Agency"}},
		{"plural demonym",
			"The plan was painful for ordinary Nigerians, said Globex.",
			nil, []string{"Nigerians"}},
		{"name in brackets joins the organisation",
			"The Election Oversight Board (Panwas) said voting was orderly. Panwas will report on Friday.",
			[]string{"Organization:Election Oversight Board"}, []string{"Panwas"}},
		{"first name alone",
			"Businessman Bagus Wiranto, 52, won the vote. Bagus said he was ready.",
			[]string{"Person:Bagus Wiranto"}, []string{"Bagus"}},
		{"honorific of another language",
			"Voters backed Dewi Lestari in Bekonang. Pak Budi Santoso lost, and Pak Budi said he would return.",
			[]string{"Person:Dewi Lestari", "Person:Budi Santoso"}, []string{"Budi", "Pak Budi"}},
		{"nickname",
			`The crowd cheered the boxer Jimmy "Hammer" Doyle in Valen. Hammer won in four rounds.`,
			[]string{"Person:Jimmy Doyle"}, []string{"Hammer", "Jimmy"}},
		{"heading in capitals",
			"'WE ARE READY'\nGlobex said the plan was ready.",
			nil, []string{"ARE", "READY", "WE ARE READY", "WE"}},
		{"dateline",
			"VALEN, Norland (AP) \u2014 Rescuers searched the river in Valen on Sunday.",
			[]string{"Place:Valen"}, []string{"Rescuers", "VALEN"}},
		{"adjective from a name", "It may be an Earth-like world, said Ana Ruiz.", nil, []string{"Earth-like"}},
		{"adjective of origin before a noun", "The Eurasian plate moved in Valen.", nil, []string{"Eurasian"}},
		{"a letter inside a name", "Rovers won the Serie A title in Valen.", nil, []string{"Serie"}},
		{"said before a name with an apposition",
			`"It was wrong," said Amara Lindt, a lawyer with the Bar Council.`,
			[]string{"Person:Amara Lindt", "Organization:Bar Council"}, nil},
		{"occupation before a name",
			"She married the cinematographer Lars Engvall in Valen.",
			[]string{"Person:Lars Engvall"}, nil},
		{"district of",
			"Most deaths were in the district of Upper Kalen, where houses are built of mud.",
			[]string{"Place:Upper Kalen"}, nil},
		{"apposition with an age",
			"Kamal Sherpa, a 38-year-old farmer from the village of Tarel, said he lost his home.",
			[]string{"Person:Kamal Sherpa", "Place:Tarel"}, nil},
		{"the newspaper",
			"Ana Ruiz told the Herald in an interview that she would stay.",
			[]string{"Organization:Herald"}, nil},
		{"an event noun used as a verb",
			"Rovers open their season against Valen on Saturday.",
			nil, []string{"Rovers open"}},
	}
	scoreEntities(t, tests, floorEntitiesGeneral)
}

func TestExtractRelationsGeneral(t *testing.T) {
	tests := []relationCase{
		{"apposition with an article and a preposition",
			"Ana Ruiz, an analyst at the investment bank Morrow Keyes, said the price was high.",
			[]string{"Ana Ruiz -WORKS_FOR-> Morrow Keyes (analyst)"}},
		{"apposition with an adjective",
			`"People are tired," said Budi Santoso, a political scientist at the University of Kalen.`,
			[]string{"Budi Santoso -WORKS_FOR-> University of Kalen (political scientist)"}},
		{"apposition without an article",
			`"Rates alone cannot fix it," said Ola Bello, chief economist at Lagos-based lender Meridian Bank.`,
			[]string{"Ola Bello -WORKS_FOR-> Meridian Bank (chief economist)"}},
		{"occupation by its ending",
			"It was exciting, said Dr Amara Osei, an astrophysicist at the Kalen Institute of Astronomy.",
			[]string{"Amara Osei -WORKS_FOR-> Kalen Institute of Astronomy (astrophysicist)"}},
		{"with",
			`"We will be in court," said Faith Njeri, a lawyer with the Law Society of Norland.`,
			[]string{"Faith Njeri -WORKS_FOR-> Law Society of Norland (lawyer)"}},
		{"organisation's role after the person",
			"Mr Ravi Menon, Globex's chief technology officer, said the team had worked for years.",
			[]string{"Ravi Menon -WORKS_FOR-> Globex (chief technology officer)"}},
		{"its roles joined by and",
			"Initech Ltd, which is based in Valen, will become a division of Globex Inc. Its founder and chief executive, Luc Bernier, will stay.",
			[]string{"Luc Bernier -WORKS_FOR-> Initech Ltd (founder and chief executive)"}},
		{"which owns the service",
			"Deals were signed by Globex Inc, which already owns the cloud gaming service Nimbus Arcade.",
			[]string{"Globex Inc -OWNS-> Nimbus Arcade"}},
		{"owned description",
			"Analysts say Chatterly Ltd has ten million users. The Globex-owned service encrypts every message.",
			[]string{"Globex -OWNS-> Chatterly Ltd"}},
		{"pronoun subject owns",
			"Globex Inc reported a profit. Last year it bought the start-up Nimbus Arcade.",
			[]string{"Globex Inc -OWNS-> Nimbus Arcade"}},
		{"sold to",
			"Ana Ruiz sold her student loans company Fennel to Globex Inc in 2021.",
			[]string{"Globex Inc -OWNS-> Fennel"}},
		{"whose party",
			"The vote tested President Budi Santoso, whose Karya party controls parliament.",
			[]string{"Budi Santoso -MEMBER_OF-> Karya"}},
	}
	scoreRelations(t, tests, floorRelationsGeneral)
}

// TestShotNotKilled: "shot" alone is not a killing when nobody died.
func TestShotNotKilled(t *testing.T) {
	x := testExtractor(t)
	d := x.Extract(Input{ID: "t", Text: "Gary Roper, 34, went to the farm. He shot Neil Adcock in the leg. Adcock recovered in hospital."})
	for _, r := range rels(d) {
		if strings.Contains(r, Killed) {
			t.Errorf("relations = %v; want no KILLED", rels(d))
		}
	}
}

// TestDocumentTypeCues checks the context cues that type a name without
// the model: sports results, company possessions, people's appositions.
func TestDocumentTypeCues(t *testing.T) {
	scoreEntities(t, []entityCase{
		{name: "shares of X", text: "Investors sold shares of Nova Brant on Tuesday.",
			want: []string{"Organization:Nova Brant"}},
		{name: "X beat Y with a football score", text: "Rovenna beat Castelmare 2-1 on Saturday.",
			want: []string{"Organization:Rovenna", "Organization:Castelmare"}},
		{name: "X drew with Y", text: "Rovenna drew with Castelmare 1-1 in the rain.",
			want: []string{"Organization:Rovenna", "Organization:Castelmare"}},
		{name: "the X driver", text: "The Nova Brant driver finished second in the race.",
			want: []string{"Organization:Nova Brant"}},
		{name: "X's striker", text: "Castelmare's striker scored twice.",
			want: []string{"Organization:Castelmare"}},
		{name: "X's chips", text: "Demand for Nova Brant's chips rose sharply.",
			want: []string{"Organization:Nova Brant"}},
		{name: "designed with X", text: "The phone uses a processor designed with Nova Brant.",
			want: []string{"Organization:Nova Brant"}},
		{name: "competition from X", text: "Profits fell because of competition from Veltrix.",
			want: []string{"Organization:Veltrix"}},
		{name: "companies such as X", text: "Cloud companies such as Nova Brant build their own chips.",
			want: []string{"Organization:Nova Brant"}},
		{name: "sold to X", text: "She sold her company to Veltrix last year.",
			want: []string{"Organization:Veltrix"}},
		{name: "listed on the X", text: "The firm was listed on the Nova Bourse in 2015.",
			want: []string{"Organization:Nova Bourse"}},
		{name: "X said in a statement", text: "Veltrix said in a statement that it would appeal.",
			want: []string{"Organization:Veltrix"}},
		{name: "X said he", text: "Okonkwo said he would appeal.",
			want: []string{"Person:Okonkwo"}},
		{name: "against X in a match", text: "The club open their league campaign against Castelmare on Sunday.",
			want: []string{"Organization:Castelmare"}},
		{name: "facility in X", text: "The company has an engineering centre in Velsano.",
			want: []string{"Place:Velsano"}},
		{name: "north of X", text: "The village lies north of Velsano Alto.",
			want: []string{"Place:Velsano Alto"}},
		{name: "in neighbouring X", text: "Voters in neighbouring Velsano Alto went to the polls.",
			want: []string{"Place:Velsano Alto"}},
		{name: "a work by X", text: `The prize went to "Quiet Harbour" by Arlo Venn.`,
			want: []string{"Person:Arlo Venn"}},
		{name: "X's English-language debut", text: "Critics praised Arlo Venn's English-language debut.",
			want: []string{"Person:Arlo Venn"}},
		{name: "the X union", text: "The strike was called by the KVT union on Monday.",
			want: []string{"Organization:KVT"}},
		{name: "X, the 24-year-old", text: "The goal came from Okonkwo, the 24-year-old, in the second half.",
			want: []string{"Person:Okonkwo"}},
	}, floorTypeCues)
}
