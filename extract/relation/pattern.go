package relation

import "strings"

// A pattern states a relation of a type without training data. Its
// Pattern is a sequence of elements separated by spaces:
//
//	A, B     the source and the target: a mention of one of the slot's
//	         types, with the other conjuncts of a coordination ("Tesla
//	         and SpaceX", "A, B and C")
//	w1|w2    one of these words (any case); a final ? makes it optional
//	~        up to four words that describe the next name, in lower case
//	         but for adjectives ("the messaging service", "the American
//	         candy maker")
//	R        a role: role nouns and their modifiers ("chief technology
//	         officer", "acting commissioner")
//	P        a place that is no slot: the region after a city ("Halifax ,
//	         Nova Scotia"); P? optional
//	Q        an apposition: up to eight words, names among them, with no
//	         verb and no comma ("chief executive of Acme Corp")
//
// Example is a sentence in which the pattern must find exactly the marked
// relations: [A ...] marks each source, [B ...] each target, and words are
// separated by spaces (pattern_test.go runs every row).
type pattern struct {
	Type       string
	Src, Dst   []string // entity types of A and B
	Pattern    string
	Confidence float64 // the pattern's precision, estimated
	Example    string
}

var (
	orgOrPerson = []string{Organization, Person}
	org         = []string{Organization}
	person      = []string{Person}
	place       = []string{Place}
	event       = []string{Event}
)

// patterns covers active and passive voice for each type without training
// data, and a few constructions of learned types that the training data
// (CoNLL04, 1980s-90s newswire, titles kept inside person spans) has
// almost no examples of: "Contoso's chief executive Tom Reyes" (2 in
// 922 sentences), "Apple CEO Tim Cook", "works for" and "employed by" (1
// each), "the Leeds-based firm X" (none).
var patterns = []pattern{
	// WORKS_FOR and BASED_IN, constructions missing from the training data.
	{WorksFor, person, org, "B 's R ,? A", 0.85,
		"[B Contoso] 's chief executive [A Tom Reyes] quit ."},
	{WorksFor, person, org, "A , B 's R", 0.85,
		"[A Ravi Menon] , [B Globex] 's chief technology officer , spoke ."},
	{WorksFor, person, org, "A , a|an|the ~ B R", 0.8,
		"[A Kenji Watanabe] , a former [B Toyota] engineer , joined the firm ."},
	{WorksFor, person, org, "B R ,? A", 0.85,
		"[B Northshire Police] Acting Commissioner [A Dana Whitlow] spoke ."},
	{WorksFor, person, org, "R of the? B ,? A", 0.8,
		"The memoirs of the former commander of the [B Chilean Navy] [A Ernesto Valdivia] appeared ."},
	{WorksFor, person, org, "R of P 's B , A", 0.8,
		"The head of [P:Place Kenya] 's [B Electoral Commission] , [A Wafula Chebukati] , spoke ."},
	{WorksFor, person, org, "B party|movement? , led|headed|chaired|run|founded by A", 0.8,
		"The [B Azure Party] , led by [A Tomas Reyes] , won 12 seats ."},
	{WorksFor, person, org, "B party|movement? , led|headed|chaired|run|founded by A", 0.8,
		"The [B Chega] party , led by [A André Ventura] , won 50 seats ."},
	{WorksFor, person, org, "A , who|which? founded|co-founded ~ B", 0.8,
		"[A Akira Mori] , who founded the toy maker [B Hanabi] in 1998 , died ."},
	{WorksFor, person, org, "A works|worked|working|work for|at ~ B", 0.8,
		"[A Jane Porter] works for [B Google] ."},
	{WorksFor, person, org, "A , who works|worked for|at ~ B", 0.8,
		"Professor [A Carla Benedetti] , who works at the [B European Southern Observatory] , was cautious ."},
	{WorksFor, person, org, "A later|also|now|then? teaches|taught|lectures|lectured at ~ B", 0.8,
		"[A Ann Ellis] later taught at the [B University of Bristol] ."},
	{WorksFor, person, org, "A ,? who? has|had? joined ~ B", 0.75,
		"[A Mette Lind] , who joined [B Nordhavn] in 2020 , spoke ."},
	{WorksFor, person, org, "A ,? who? has|had? joined Q from ~ B", 0.75,
		"[A Mette Lind] joined [B Nordhavn] from [B Maersk] in 2020 ."},
	{WorksFor, person, org, "A is|was|are|were|has|had? been? employed|hired by|at ~ B", 0.8,
		"[A Jane Porter] was hired by [B Google] in 2019 ."},
	{WorksFor, person, org, "B employs|employed|hired A", 0.75,
		"[B Google] hired [A Jane Porter] and [A John Doe] ."},
	{WorksFor, person, org, "B has|had? appointed|named|hired|elected|appoints|names|elects A as its|their|the? R", 0.8,
		"[B Harwell Energy] has appointed [A Priya Raman] as chief financial officer ."},
	{WorksFor, person, org, "B has|had? appointed|named|hired|appoints|names ~ A as its|the? R", 0.8,
		"[B Harwell Energy] named former finance minister [A Priya Raman] as its chairwoman ."},
	{WorksFor, person, org, "B , Q , on? monday|tuesday|wednesday|thursday|friday|saturday|sunday? has|had? appointed|named|hired|appoints|names ~ A as its|the? R", 0.8,
		"[B Banco Sul] , [P:Place Brazil] 's fifth-largest lender , named former central banker [A Ana Ferraz] as chairwoman ."},
	{WorksFor, person, org, "B , Q , on? monday|tuesday|wednesday|thursday|friday|saturday|sunday? has|had? appointed|named|hired|appoints|names ~ A as its|the? R", 0.8,
		"[B Brightwave Energy] , the Danish turbine maker , on Tuesday appointed [A Katrin Vogel] as chief executive ."},
	{BasedIn, org, place, "B -based|-headquartered ~ A", 0.85,
		"The [B Leeds] -based firm [A Initech] hired staff ."},
	{BasedIn, org, place, "B -based|-headquartered ~ A", 0.85,
		"The [B Lagos] -based fund [A Ventures Platform] and the [P:Organization IFC] led the round ."},
	{BasedIn, org, place, "A , the|a? B -based|-headquartered", 0.85,
		"[A Northwind Foods] , the [B Chicago] -based grocery group , grew ."},
	{BasedIn, org, place, "A , a|an|the ~ based|headquartered in B", 0.85,
		"[A Norvik Systems] , the cloud software maker based in [B Oslo] , cut 200 jobs ."},
	{BasedIn, org, place, "A ,? which|that? is|was|are? based|headquartered in B", 0.85,
		"[A Initech] , which is based in [B Valen] , grew ."},

	// LIVES_IN stated as residence, which the training data (a person "of"
	// or "from" a place) has few examples of.
	{LivesIn, person, place, "A , Q , who? lives|lived|resides|resided in ~ B", 0.85,
		"[A José García] , chief executive of [P:Organization Acme Corp] , lives in [B Madrid] ."},
	{LivesIn, person, place, "A , Q , who? lives|lived|resides|resided in ~ B", 0.85,
		"[A Tom Reyes] , 45 , lives in [B Leeds] with his wife ."},
	{LivesIn, person, place, "A ,? who? live|lives|lived|reside|resides|resided|settled in ~ B", 0.85,
		"[A Tom Reyes] and [A Ann Holt] , who live in [B Leeds] , spoke ."},
	{LivesIn, person, place, "A , ~ who|that lives|lived|resides|resided in ~ B", 0.85,
		"[A Samuel Adeyemi] , a father of two who lived in [B Chapeltown] , died ."},
	{LivesIn, person, place, "A , ~ , of B ,|.", 0.8,
		"[A Dean Whitlock] , 34 , of [B Harehills] , was jailed for life ."},
	{LivesIn, person, place, "A , of B ,|.", 0.8,
		"The winner , [A Joan Pike] , of [B Harrogate] , collected the prize ."},
	{LocatedIn, place, place, "A , the|a capital|city|town|village|port|suburb of ~ B", 0.85,
		"Police detained him in [A Florencia] , the capital of [B Caquetá] department ."},
	{LocatedIn, place, place, "A district|suburb|neighbourhood|neighborhood|quarter|region|province|county|borough of ~ B", 0.85,
		"Floods hit the [A Lekki] district of [B Lagos] on Monday ."},
	{LocatedIn, place, place, "B 's A", 0.8,
		"Flights at [B Manila] 's [A Ninoy Aquino International Airport] were suspended ."},
	{LocatedIn, place, place, "B 's A", 0.8,
		"[B London] 's [A Heathrow] and [P:Place Paris] ' [P:Place Orly] closed ."},
	{LocatedIn, place, place, "B 's capital|largest|second|biggest city|town|port? ,? A", 0.85,
		"[B Bosnia] 's capital , [A Sarajevo] , was shelled ."},
	{LocatedIn, place, place, "A , a|an|the ~ island|nation|country|state|province|city|town|village|region|port in|on|off ~ B", 0.8,
		"Aid reached [A Madagascar] , an island nation in the [B Indian Ocean] , on Monday ."},

	// KILLED stated by an agent noun, which the training data has few
	// examples of: killer -> victim.
	{Killed, person, person, "B 's assassin|killer|murderer ,? A", 0.85,
		"Doctors treated [B Kennedy] 's assassin , [A Lee Harvey Oswald] , that day ."},
	{Killed, person, person, "B assassin|killer|murderer A", 0.8,
		"The execution of [B King] assassin [A James Earl Ray] was stayed ."},
	{Killed, person, person, "B assassin|killer|murderer A", 0.8,
		"Ruby shot the [B Kennedy] assassin [A Lee Harvey Oswald] , and [P:Person Jim Bakker] watched ."},
	{Killed, person, person, "A , ~ assassin|killer|murderer of ~ B", 0.85,
		"[A John Wilkes Booth] , the assassin of [B Abraham Lincoln] , fled south ."},
	{Killed, person, person, "assassination|murder|killing|slaying of ~ B by ~ A", 0.85,
		"The murder of [B Anna Lind] by [A Robert Kemp] shocked [P:Place Sweden] ."},
	{Killed, person, person, "assassination|murder|killing|slaying of ~ B by ~ A", 0.85,
		"The assassination of the archduke [B Franz Ferdinand] by the student [A Gavrilo Princip] started a war ."},
	{LivesIn, person, place, "A , Q , has|had? died at|in his|her home in ~ B", 0.85,
		"[A Margaret Ellis] , an engineer , has died at her home in [B Bath] ."},
	{LivesIn, person, place, "A has|had? died at|in his|her home in ~ B", 0.85,
		"[A Margaret Ellis] died at her home in [B Bath] on Sunday ."},
	{LivesIn, person, place, "A , a|an resident|residents of ~ B", 0.8,
		"[A Tom Reyes] , a resident of [B Leeds] , spoke ."},
	{LivesIn, person, place, "A has|had|have lived|resided in ~ B", 0.85,
		"[A Tom Reyes] has lived in [B Leeds] since 1990 ."},

	// OWNS: owner -> owned.
	{Owns, orgOrPerson, org, "A -owned|-controlled ~ B", 0.9,
		"The [A Facebook] -owned [B WhatsApp] now has a billion users ."},
	{Owns, orgOrPerson, org, "A also|already? owns|bought|buys|acquired|acquires|purchased|purchases ~ B", 0.8,
		"[A Google] bought the video site [B YouTube] in 2006 ."},
	{Owns, orgOrPerson, org, "A also|already? owns|bought|buys|acquired|acquires|purchased|purchases ~ B", 0.8,
		"[A Ferrero] also owns the American candy maker [B Ferrara] , which is based in Chicago ."},
	{Owns, orgOrPerson, org, "A , which|that has|had? also|already? owns|bought|acquired|purchased ~ B", 0.8,
		"[A Alphabet] , which already owns [B Google] and [B Waymo] , reported profits ."},
	{Owns, orgOrPerson, org, "A has|had|have also|already? bought|acquired|purchased|taken ~ B", 0.8,
		"[A Microsoft] has acquired [B LinkedIn] for $ 26 billion ."},
	{Owns, orgOrPerson, org, "A has|had|have? completed|completes|complete|finalised|finalized|closed its|the ~ purchase|acquisition|takeover of ~ B", 0.8,
		"[A Facebook] has completed its $ 19 billion purchase of the messaging service [B WhatsApp] ."},
	{Owns, orgOrPerson, org, "A 's purchase|acquisition|takeover of ~ B", 0.75,
		"[A Amazon] 's acquisition of [B Whole Foods] closed in August ."},
	{Owns, orgOrPerson, org, "A , ~ owner|owners|co-owner|proprietor|parent of ~ B", 0.8,
		"[A Elon Musk] , owner of [B Tesla] and [B SpaceX] , spoke in Austin ."},
	{Owns, orgOrPerson, org, "A , Q , ~ owner|owners|co-owner|proprietor of ~ B", 0.8,
		"[A Lars Berg] , 48 , the owner of the bakery chain [B Kornblom] , was arrested ."},
	{Owns, orgOrPerson, org, "A , ~ owner|owners|co-owner|proprietor|parent of ~ B", 0.8,
		"[A Lisa Tran] , owner of [B Tran Bakery] and the [B Capitol Coffee House] , testified ."},
	{Owns, orgOrPerson, org, "A , ~ owner|owners|co-owner|proprietor|parent of ~ B", 0.8,
		"[A Malaysia Aviation Group] ( [P:Organization MAG] ) , the parent of [B Malaysia Airlines] , said profits rose ."},
	{Owns, orgOrPerson, org, "A also|already? owns|bought|buys|acquired|acquires|purchased|purchases ~ B", 0.8,
		"[A Nassef Sawiris] and American investor [A Wes Edens] bought [B Aston Villa] in 2018 ."},
	{Owns, orgOrPerson, org, "B 's owner|owners|co-owner|proprietor ,? A", 0.8,
		"The [B Velvet Room] 's owner , [A Priya Nair] , said the bar had new cameras ."},
	{Owns, orgOrPerson, org, "A , ~ owner|owners|co-owner|proprietor|parent of ~ B", 0.8,
		"[A Kwame Boateng] , the founder and majority owner of [B Sahel Crest] , denied it ."},
	{Owns, orgOrPerson, org, "A , the? parent company|group of ~ B", 0.8,
		"[A Alphabet] , the parent company of [B Google] , gained ."},
	{Owns, orgOrPerson, org, "A 's subsidiary|unit|division ,? B", 0.75,
		"[A Toyota] 's subsidiary [B Daihatsu] recalled cars ."},
	{Owns, orgOrPerson, org, "B , a|an? subsidiary|unit|division of ~ A", 0.75,
		"[B Daihatsu] , a subsidiary of [A Toyota] , recalled cars ."},
	{Owns, orgOrPerson, org, "B , a|an? subsidiary|unit|division of ~ A", 0.75,
		"[B Kestrel Terminals] , a subsidiary of the Danish shipping group [A Norsk] , said no ."},
	{Owns, orgOrPerson, org, "B , which|that? is|was|are|were? ~ owned|controlled|acquired|bought|purchased by ~ A", 0.85,
		"[B WhatsApp] , which is owned by [A Facebook] , says messages are encrypted ."},
	{Owns, orgOrPerson, org, "B , which|that? is|was|are|were? ~ owned|controlled|acquired|bought|purchased by ~ A", 0.85,
		"[B Gamesa Wind] , which is about 25 percent owned by [A Siemens AG] , fell ."},
	{Owns, orgOrPerson, org, "A holds|owns|has|took|bought|acquired|held a|an ~ stake in ~ B", 0.75,
		"[A Rio Tinto] holds a 30 percent stake in [B Oyu Tolgoi] ."},
	{Owns, orgOrPerson, org, "B has|have|had? been|is|was|are|were wholly|majority|partly|jointly? owned|controlled|acquired|bought|purchased|taken by ~ A", 0.85,
		"[B Instagram] was acquired by [A Facebook] in 2012 ."},
	{Owns, orgOrPerson, org, "B has|have|had? been|is|was|are|were ~ percent|% owned|controlled by ~ A", 0.85,
		"[B Orbit Air] is 60 percent owned by [A Capital Holdings] ."},
	{Owns, orgOrPerson, org, "B has|have|had? been|is|was|are|were majority-owned|wholly-owned|partly-owned|jointly-owned|state-owned by ~ A", 0.85,
		"[B Emirates NBD] is majority-owned by the [A Investment Corporation of Dubai] ."},
	{Owns, orgOrPerson, org, "A , a|an|the? P? ~ that|which owns|holds|bought|acquired about|nearly|almost|roughly|some|over? ~ percent|% of ~ B", 0.8,
		"[A Cardinal Partners] , a [P:Place New York] hedge fund that owns about 7 percent of [B Banco Sul] 's shares , cheered ."},
	{Owns, orgOrPerson, org, "A , ~ that|which owns|holds|has|bought|acquired|took a|an ~ stake|stakes in ~ B", 0.8,
		"[A Vodacom] , the South African group that owns a large stake in [B Safaricom] , said no ."},
	{Owns, orgOrPerson, org, "B , ~ that|which A has|had|have? owned|owns|bought|acquired|purchased", 0.8,
		"[B Jaguar Land Rover] , the British luxury brand that [A Tata Motors] has owned since 2008 , grew ."},
	{Owns, orgOrPerson, org, "stake|stakes|share|shares|interest in ~ B is|was|are|were held|owned by ~ A", 0.8,
		"A 40 percent stake in [B Tanjung Gas] is held by [A Petronas] ."},
	{Owns, orgOrPerson, org, "B , whose parent company|group? is|was ~ A", 0.8,
		"[B Waymo] , whose parent company is [A Alphabet] , expanded ."},
	{Owns, orgOrPerson, org, "sold ~ B to A", 0.75,
		"She sold her company [B Nimbus] to [A Oracle] last year ."},

	// MEMBER_OF: member -> organisation.
	{MemberOf, person, org, "A , a|an? member|members of ~ B", 0.8,
		"[A Jane Roe] , a member of [B Greenpeace] , spoke ."},
	{MemberOf, person, org, "A , who is|was|are|were|became a|an? member|members of ~ B", 0.8,
		"[A Cyril Ramaphosa] , who is a member of the [B African National Congress] , spoke ."},
	{MemberOf, person, org, "A is|was|are|were|became|become a|an? member|members of ~ B", 0.8,
		"[A Jane Roe] and [A John Doe] were members of [B Greenpeace] ."},
	{MemberOf, person, org, "A was|were|is|are|has|have|had? been? elected|admitted to ~ B", 0.8,
		"[A Ann Ellis] was elected to the [B National Academy of Sciences] in 1985 ."},
	{MemberOf, person, org, "A ,? who? belongs|belonged to ~ B", 0.8,
		"[A Heinz Vogel] , who belongs to the [B Free Voters] , lost his seat ."},
	{MemberOf, person, org, "A joined ~ B as a|an member", 0.8,
		"[A Jane Roe] joined [B Greenpeace] as a member in 1990 ."},
	{MemberOf, person, org, "B member|members|mp|mps|mep|meps|lawmaker|lawmakers|councillor|councillors|legislator A", 0.75,
		"[B Labour] MP [A Jane Roe] voted against ."},
	{MemberOf, person, org, "A , whose B party|alliance|coalition", 0.7,
		"The vote tested [A Budi Santoso] , whose [B Karya] party controls parliament ."},
	{MemberOf, person, org, "B 's? members|membership include|included|includes A", 0.75,
		"[B Greenpeace] members include [A Jane Roe] and [A John Doe] ."},

	// PARTICIPATED_IN: participant -> event.
	{ParticipatedIn, orgOrPerson, event, "A took|takes|take|taking part in ~ B", 0.8,
		"[A Jane Roe] took part in the [B Boston Marathon] ."},
	{ParticipatedIn, orgOrPerson, event, "A participated|participates|competed|competes|played|plays|raced|races in|at ~ B", 0.75,
		"[A Jane Roe] and [A John Doe] competed at the [B Tour de France] ."},
	{ParticipatedIn, orgOrPerson, event, "A attended|attends|won|wins|entered|enters ~ B", 0.7,
		"[A Jane Roe] won the [B Boston Marathon] in 2019 ."},
	{ParticipatedIn, orgOrPerson, event, "B ,? was|is|were? attended|won|entered by ~ A", 0.7,
		"The [B Davos Forum] was attended by [A Jane Roe] ."},

	// BORN_IN: person -> place of birth.
	{BornIn, person, place, "A , who? was|is? born in ~ B", 0.85,
		"[A Jane Roe] , born in [B Leeds] , moved south ."},
	{BornIn, person, place, "A , Q , was|is? born in ~ B", 0.85,
		"[A Laura Whitcombe] , chief executive of [P:Organization Harborline] , was born in [B Toledo] ."},
	{BornIn, person, place, "A , ~ who|that? was|is? born in ~ B", 0.85,
		"[A Lucía Ferrer] , a jazz pianist born in [B Havana] , won ."},
	{BornIn, person, place, "A , ~ who|that? was|is? born in ~ B", 0.85,
		"[A Lucía Ferrer] , a pianist who was born in [B Havana] , won ."},
	{BornIn, person, place, "A , Q , was|is? born in ~ B", 0.85,
		"[A Anil Mehta] , 58 , was born in [B Leicester] ."},
	{BornIn, person, place, "A was|were born in ~ B", 0.85,
		"[A Jane Roe] was born in [B Leeds] in 1950 ."},
	{BornIn, person, place, "born in ~ B ~ , A", 0.85,
		"Born in [B Kumasi] in 1951 , [A Kofi Mensah] studied law ."},
	{BornIn, person, place, "born in ~ B , P , ~ , A", 0.85,
		"Born in [B Halifax] , [P:Place Nova Scotia] , in 1932 , [A Ann Ellis] moved south ."},
	{BornIn, person, place, "B -born ~ A", 0.85,
		"The [B Leeds] -born writer [A Jane Roe] died ."},
	{BornIn, person, place, "B gave|was birth to ~ A", 0.8,
		"[B Leeds] gave birth to [A Jane Roe] ."},
	{BornIn, person, place, "B born ~ A", 0.8,
		"The [B Ohio] born astronaut [A Neil Armstrong] flew twice ."},
	{BornIn, person, place, "B , where A was|were born", 0.85,
		"We drove on to [B Wapakoneta] , where [A Neil Armstrong] was born ."},

	// LIVES_IN stated as a hometown.
	{LivesIn, person, place, "A 's hometown of? ,? B", 0.85,
		"[A Maria Lopez] 's hometown of [B Tucson] held a parade ."},
	{LivesIn, person, place, "B , A 's hometown", 0.85,
		"Fans filled [B Tupelo] , [A Elvis Presley] 's hometown , on Monday ."},
}

// element is one compiled part of a pattern.
type element struct {
	slot     byte // 'A', 'B', '~', 'R', 'P' or 0 for words
	words    map[string]bool
	optional bool
}

type compiled struct {
	pattern
	elems []element
}

var compiledPatterns = compileAll(patterns)

func compileAll(ps []pattern) []compiled {
	out := make([]compiled, len(ps))
	for i, p := range ps {
		out[i] = compiled{pattern: p}
		for _, f := range strings.Fields(p.Pattern) {
			switch f {
			case "A", "B", "~", "R", "P", "Q":
				out[i].elems = append(out[i].elems, element{slot: f[0]})
			case "P?":
				out[i].elems = append(out[i].elems, element{slot: 'P', optional: true})
			default:
				e := element{words: map[string]bool{}}
				if len(f) > 1 && strings.HasSuffix(f, "?") {
					e.optional, f = true, f[:len(f)-1]
				}
				for _, w := range strings.Split(f, "|") {
					e.words[strings.ToLower(w)] = true
				}
				out[i].elems = append(out[i].elems, e)
			}
		}
	}
	return out
}

// matchPatterns returns the relations the pattern table finds in s.
func matchPatterns(s Sentence) []Relation {
	if len(s.Mentions) < 2 {
		return nil
	}
	starts := make([]int, len(s.Tokens)+1) // mention index+1 starting at each token
	for i, m := range s.Mentions {
		if m.Start >= 0 && m.Start < len(s.Tokens) && m.End <= len(s.Tokens) && m.Start < m.End && starts[m.Start] == 0 {
			starts[m.Start] = i + 1
		}
	}
	ws := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		ws[i] = strings.ToLower(t.Text)
	}
	mt := &matcher{s: &s, ws: ws, starts: starts}
	var out []Relation
	for _, p := range compiledPatterns {
		mt.p = &p
		for i := range s.Tokens {
			mt.a, mt.b = mt.a[:0], mt.b[:0]
			if !mt.match(0, i) {
				continue
			}
			for _, x := range mt.a {
				for _, y := range mt.b {
					if x != y {
						out = append(out, Relation{Source: x, Target: y, Type: p.Type, Confidence: p.Confidence})
					}
				}
			}
		}
	}
	return dedupe(out)
}

type matcher struct {
	s      *Sentence
	ws     []string
	starts []int
	p      *compiled
	a, b   []int
}

// modifier reports a capitalised word outside any mention before a word
// in lower case, perhaps over one more capitalised word: a nationality
// the tagger read as a proper noun ("the Danish shipping group", "the
// South African group").
func (m *matcher) modifier(j int) bool {
	for k := j + 1; k < len(m.ws) && k <= j+2 && m.starts[k] == 0 && m.ws[k] != "," && m.ws[k] != "."; k++ {
		if m.s.Tokens[k].Text == m.ws[k] {
			return true
		}
	}
	return false
}

// match reports whether elements from e on match tokens from i, filling
// the slots.
func (m *matcher) match(e, i int) bool {
	if e == len(m.p.elems) {
		return true
	}
	el := m.p.elems[e]
	switch el.slot {
	case 'A', 'B':
		types := m.p.Src
		if el.slot == 'B' {
			types = m.p.Dst
		}
		if i >= len(m.ws) || m.starts[i] == 0 {
			return false
		}
		first := m.starts[i] - 1
		if !has(types, m.s.Mentions[first].Type) {
			return false
		}
		// After a description ("the Lagos-based fund X"), a name with an
		// article of its own is no conjunct: "and the IFC" is not
		// Lagos-based. After a preposition it is ("owner of X and the Y").
		chain := m.conjuncts(first, types, i == 0 || m.s.Tokens[i-1].Tag == "IN" || m.s.Tokens[i-1].Tag == "TO")
		// Longest coordination first, then shorter ones.
		for n := len(chain); n >= 1; n-- {
			end := m.s.Mentions[chain[n-1]].End
			na, nb := len(m.a), len(m.b)
			if el.slot == 'A' {
				m.a = append(m.a, chain[:n]...)
			} else {
				m.b = append(m.b, chain[:n]...)
			}
			if m.match(e+1, end) || m.acronymAfter(end) && m.match(e+1, end+3) {
				return true // "Malaysia Aviation Group ( MAG ) , the parent of"
			}
			m.a, m.b = m.a[:na], m.b[:nb]
		}
		return false
	case 'P':
		if i < len(m.ws) && m.starts[i] != 0 && m.s.Mentions[m.starts[i]-1].Type == Place && m.match(e+1, m.s.Mentions[m.starts[i]-1].End) {
			return true
		}
		return el.optional && m.match(e+1, i)
	case 'R':
		// Longest role first: "chief executive" before "chief".
		var ends []int
		for j := i; j < len(m.ws) && m.starts[j] == 0; j++ {
			t := m.s.Tokens[j]
			if roleHead(t) {
				ends = append(ends, j+1)
			} else if !roleModifier(t) && !(m.ws[j] == "and" && len(ends) > 0 && ends[len(ends)-1] == j) {
				break
			}
		}
		for k := len(ends) - 1; k >= 0; k-- {
			if m.match(e+1, ends[k]) {
				return true
			}
		}
		return false
	case 'Q':
		for k := i; k < len(m.ws) && k < i+8; k++ {
			if m.ws[k] == "," || m.ws[k] == "." || strings.HasPrefix(m.s.Tokens[k].Tag, "VB") {
				break
			}
			if m.match(e+1, k+1) {
				return true
			}
		}
		return false
	case '~':
		for k := 0; k <= 4; k++ {
			if k > 0 {
				j := i + k - 1
				if j >= len(m.ws) || m.starts[j] != 0 || m.ws[j] == "," || m.ws[j] == "." ||
					m.s.Tokens[j].Text != m.ws[j] && m.s.Tokens[j].Tag != "JJ" && !m.modifier(j) {
					return false // a capital only on an adjective: "the American candy maker"
				}
				if m.ws[j] == "from" {
					return false // "bought the mine from Glencore": the seller, not the thing bought
				}
			}
			if m.match(e+1, i+k) {
				return true
			}
		}
		return false
	}
	if i < len(m.ws) && el.words[m.ws[i]] && m.starts[i] == 0 && m.match(e+1, i+1) {
		return true
	}
	if i < len(m.ws) && m.starts[i] == 0 && m.s.Tokens[i].Tag == "RB" && !negationCues[m.ws[i]] && !el.words[m.ws[i]] && m.match(e, i+1) {
		return true // an adverb before a word: "still lives in", "was also a member of"
	}
	return el.optional && m.match(e+1, i)
}

// conjuncts returns mention first and the mentions coordinated with it
// ("Tesla and SpaceX", "A, B and C"), all of the given types. With open,
// the last may open with "the" or words that describe it ("owner of X
// and the Y", "Sawiris and American investor Wes Edens").
func (m *matcher) conjuncts(first int, types []string, open bool) []int {
	out := []int{first}
	end := m.s.Mentions[first].End
	var pending []int
	for {
		j := end
		comma := j < len(m.ws) && m.ws[j] == ","
		if comma {
			j++
		}
		and := j < len(m.ws) && (m.ws[j] == "and" || m.ws[j] == "or")
		if and {
			j++
			if open && j < len(m.ws) && m.ws[j] == "the" {
				j++ // "Tran Bakery and the Capitol Coffee House"
			}
			if open {
				j = m.describedName(j) // "Nassef Sawiris and American investor Wes Edens"
			}
		}
		if !comma && !and || j >= len(m.ws) || m.starts[j] == 0 {
			break
		}
		if comma && and && len(pending) == 0 && len(out) == 1 {
			break // "who killed Lee Harvey Oswald , and Jim Bakker": the comma closed a clause, no list of two
		}
		k := m.starts[j] - 1
		if e := m.s.Mentions[k].End; !has(types, m.s.Mentions[k].Type) || e < len(m.ws) && (m.ws[e] == "'s" || m.ws[e] == "'") {
			break // "London 's Heathrow and Paris ' Orly": a possessor opens a new phrase
		}
		pending = append(pending, k)
		end = m.s.Mentions[k].End
		if and {
			out = append(out, pending...)
			pending = pending[:0]
			break
		}
	}
	return out
}

// acronymAfter reports a name alone in brackets at token i: the short
// form of the name before it.
func (m *matcher) acronymAfter(i int) bool {
	return i+2 < len(m.ws) && m.ws[i] == "(" && m.starts[i+1] != 0 &&
		m.s.Mentions[m.starts[i+1]-1].End == i+2 && m.ws[i+2] == ")"
}

// describedName returns where the name after up to three words that
// describe it starts ("American investor", "his partner"), or i when
// there are none or no name follows them.
func (m *matcher) describedName(i int) int {
	for k := i; k < len(m.ws) && k < i+4; k++ {
		if m.starts[k] != 0 {
			return k
		}
		switch m.s.Tokens[k].Tag {
		case "JJ", "NN", "NNS", "PRP$":
		default:
			return i
		}
	}
	return i
}

func has(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
