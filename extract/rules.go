package extract

import "github.com/ergraph/ergraph/extract/lexicon"

// Generic lexicons: titles, honorifics, role nouns, organisation and place
// head words, event nouns. They name kinds of things, never particular
// entities, so they carry over to any English news text.

// honorifics precede a person's name and are not part of it (lower case,
// without a final period).
var honorifics = lexicon.Set("honorifics")

// maleHonorifics and femaleHonorifics tell a person's sex, to keep
// "Mr Smith" and "Mrs Smith" apart.
var maleHonorifics = lexicon.Set("maleHonorifics")
var femaleHonorifics = lexicon.Set("femaleHonorifics")

// roleNouns are job titles and functions. Preceded by capitalised
// modifiers ("Defence Secretary") they form a title; they are never names.
var roleNouns = lexicon.Set("roleNouns")

// titleModifiers qualify a role inside a title: "Acting Commissioner",
// "Deputy Assistant Commissioner", "Chief Executive".
var titleModifiers = lexicon.Set("titleModifiers")

// nameTitles are titles that also open the names of organisations as
// adjectives: "General Motors", "Major League Baseball".
var nameTitles = lexicon.Set("nameTitles")

// companyNouns describe a business: "the company", "the firm", "the
// lender" stand for one, never for a party, a university or an agency.
var companyNouns = lexicon.Set("companyNouns")

// killNouns before "of" and killVerbs after "was" name a person as the
// victim: "the assassin of Lincoln", "Atahualpa was murdered".
var (
	killNouns = lexicon.Set("killNouns")
	killVerbs = lexicon.Set("killVerbs")
)

// namedHeads in a description ("the ministry", "the council") stand only
// for a body whose name has the word: an unnamed ministry is no other
// organisation of the story.
var namedHeads = lexicon.Set("namedHeads")

// patronymParticles stand inside Arabic names: "Khaldoon Al Mubarak",
// "Mohammed bin Salman".
var patronymParticles = lexicon.Set("patronymParticles")

// orgNouns are common nouns that stand before an organisation's name in
// apposition: "the agency Europol", "messaging app WhatsApp".
var orgNouns = lexicon.Set("orgNouns")

// orgHeads end organisation names ("Metropolitan Police", "Labour Party").
var orgHeads = lexicon.Set("orgHeads")

// placeHeads end place names ("Westminster Bridge", "Wembley Stadium").
var placeHeads = lexicon.Set("placeHeads")

// siteHeads end the names of sites, which clubs and companies do not take
// as theirs, unlike a city, a county or a palace ("Manchester City",
// "Notts County", "Crystal Palace").
var siteHeads = lexicon.Set("siteHeads")

// placeRoles are offices held for a place: the name before them is a
// place ("Boston mayor", "Ohio governor").
var placeRoles = lexicon.Set("placeRoles")

// descriptionHeads, with institutionHeads, head descriptions that stand
// for the organisation whose name has the word ("the trust's chief
// executive": Leeds Teaching Hospitals NHS Trust). Not words common in
// other uses: "the news", "the press", "the post", "the city".
var descriptionHeads = lexicon.Set("descriptionHeads")

// placeKinds, in lower case before "of", name the kind of the place after
// it: "the port city of Hải Phòng", "the province of Quảng Ninh".
var placeKinds = lexicon.Set("placeKinds")

// commentatorNouns are those paid to comment on companies: "analysts at
// Barclays".
var commentatorNouns = lexicon.Set("commentatorNouns")

// compassWords qualify a place in lower case: "east London".
var compassWords = lexicon.Set("compassWords")

// institutionHeads head the names of institutions that go on with "of",
// "on" or "for": "Commission on Human Rights", "University of Texas".
var institutionHeads = lexicon.Set("institutionHeads")

// placeLeads are kinds of places written before their names: "River
// Mersey", "Lake Geneva", "Mount Kenya", "Cape Cod", "Estadio Azteca".
var placeLeads = lexicon.Set("placeLeads")

// eventNouns head named events: "the Westminster attack", "the Paris summit".
var eventNouns = lexicon.Set("eventNouns")

// eventHeadsCap are capitalised heads that make a proper event name by
// themselves: "World Cup", "Olympic Games", "Tour de France".
var eventNamesCap = lexicon.Set("eventNamesCap")

// demonyms are nationality adjectives and nouns, never entities on their
// own ("British", "Briton"). A name that is only a demonym is dropped.
var demonyms = lexicon.Set("demonyms")

// timeWords are calendar names: never entities.
var timeWords = lexicon.Set("timeWords")

// stopCaps are capitalised function words and discourse words that begin
// sentences or headlines and are never names by themselves.
var stopCaps = lexicon.Set("stopCaps")

// titleLowerWords are the three-letter words a title in title case writes
// in lower case: articles, conjunctions, prepositions and name particles.
var titleLowerWords = lexicon.Set("titleLowerWords")

// stormLeads open the names of storms, which are events.
var stormLeads = lexicon.Set("stormLeads")

// eventLeads open the names of events in other languages: "Copa
// Libertadores", "Copa del Rey", "Coupe de France".
var eventLeads = lexicon.Set("eventLeads")

// adminHeads name kinds of administrative division written after a
// place's name.
var adminHeads = lexicon.Set("adminHeads")

// featureHeads end the names of seas, rivers and other natural features:
// "South China Sea", "Mekong River".
var featureHeads = lexicon.Set("featureHeads")

// placeParticles join the words of a place's or an organisation's name in
// Romance languages: "San José del Fragua", "Banco de la Nación".
var placeParticles = lexicon.Set("placeParticles")

// corporateNouns follow a company's possessive: "Petofi's board".
var corporateNouns = lexicon.Set("corporateNouns")

// executiveNouns head a company executive's title: "general manager",
// "chief executive".
var executiveNouns = lexicon.Set("executiveNouns")
