package extract

import "strings"

// Generic lexicons: titles, honorifics, role nouns, organisation and place
// head words, event nouns. They name kinds of things, never particular
// entities, so they carry over to any English news text.

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[strings.ReplaceAll(w, "_", " ")] = true
	}
	return m
}

// honorifics precede a person's name and are not part of it (lower case,
// without a final period).
var honorifics = set(`mr mrs ms miss mx dr sir dame lord lady baroness baron pc
	prof professor rev reverend fr father sister brother sheikh rabbi imam
	dc ds di dci dsi det supt sgt sergeant cpl corporal pte private lt col gen capt
	maj adm cmdr insp inspector constable detective judge justice sen senator
	rep gov governor president pres mayor minister chancellor king queen prince
	princess duke duchess earl count countess pope cardinal bishop archbishop emir sultan
	mrs. messrs saint
	pak bu ibu bapak herr frau senor señor senora señora senhor senhora dona
	monsieur madame mme mlle signor signora alhaji alhaja mallam`)

// maleHonorifics and femaleHonorifics tell a person's sex, to keep
// "Mr Smith" and "Mrs Smith" apart.
var maleHonorifics = set(`mr sir lord baron king prince duke earl father brother`)
var femaleHonorifics = set(`mrs ms miss dame lady baroness queen princess duchess countess sister`)

// roleNouns are job titles and functions. Preceded by capitalised
// modifiers ("Defence Secretary") they form a title; they are never names.
var roleNouns = set(`secretary minister chancellor president vice-president premier
	commissioner mayor chairman chairwoman chairperson chair chief ceo cfo coo cto
	director spokesman spokeswoman spokesperson leader head boss founder co-founder
	owner manager coach captain editor correspondent reporter analyst economist
	governor senator congressman congresswoman lawmaker mp mep ambassador envoy
	prosecutor attorney lawyer judge officer inspector superintendent constable
	sergeant detective general colonel commander admiral lieutenant marshal
	chief-executive executive presenter host anchor producer chancellor treasurer
	deputy acting assistant principal dean professor lecturer researcher scientist
	spokespeople official officials adviser advisor aide strategist campaigner
	activist striker midfielder defender goalkeeper forward winger player
	manager-coach referee umpire chairmen partner shareholder investor member
	candidate nominee speaker whip leader-elect president-elect king queen prince
	princess pope bishop archbishop cardinal imam rabbi priest pastor vicar
	mp-elect councillor councilman councilwoman alderman sheriff marshal warden
	superintendent trustee treasurer clerk registrar auditor inspector-general
	co-author co-chair co-host co-owner co-director co-leader
	director-general secretary-general attorney-general solicitor-general
	commissioner-general governor-general surgeon-general postmaster-general`)

// titleModifiers qualify a role inside a title: "Acting Commissioner",
// "Deputy Assistant Commissioner", "Chief Executive".
var titleModifiers = set(`acting deputy assistant vice chief senior junior executive
	former ex interim managing general principal associate shadow first second
	co lead joint honorary permanent special foreign home defence defense
	health culture justice interior finance treasury transport education
	environment energy trade business economy economic work
	pensions prime cabinet state foreign-affairs international development
	digital culture media sport northern scottish welsh security immigration
	police fire chief-executive`)

// orgNouns are common nouns that stand before an organisation's name in
// apposition: "the agency Europol", "messaging app WhatsApp".
var orgNouns = set(`company firm agency group party charity network website site app platform
	service newspaper paper broadcaster channel bank club team retailer airline
	band carmaker giant startup start-up organisation organization outlet publisher
	insurer lender supermarket chain brand manufacturer maker producer operator
	carrier union regulator watchdog body council ministry department broadcaster
	tabloid magazine daily network conglomerate subsidiary rival developer studio
	label insurer automaker miner exchange fund charity side outfit squad franchise
	streamer broker distributor provider supplier exporter importer chipmaker
	lender bank investor venture fund tank`)

// orgHeads end organisation names ("Metropolitan Police", "Labour Party").
var orgHeads = set(`ltd ltd. limited inc inc. incorporated corp corp. corporation co co. company
	plc llc llp ag gmbh sa nv bv spa group holdings party police association agency
	ministry office university college institute institution school academy
	council committee commission authority board bank bancorp trust foundation
	fund union federation league club fc church department dept service services
	news times post herald journal gazette telegraph tribune guardian press
	network networks broadcasting television tv radio studios records airlines
	airways motors systems technologies technology labs laboratories pharmaceuticals
	industries international partners capital ventures investments insurance
	army navy force forces guard corps brigade regiment police constabulary
	court tribunal parliament assembly senate congress government administration
	cabinet council commission bureau secretariat organisation organization
	society alliance coalition movement front brotherhood charity hospital
	clinic museum library orchestra band team united city rovers athletic
	exchange markets media magazine channel foods food drinks beverages brands stores
	observatory observatories laboratory centre center
	semiconductor semiconductors
	retail energy oil gas petroleum pharma logistics software games entertainment
	resources mining properties homes hotels resorts dairy dairies farms brewery
	breweries steel chemicals electronics telecom telecoms communications solutions`)

// placeHeads end place names ("Westminster Bridge", "Wembley Stadium").
var placeHeads = set(`street st road rd avenue ave lane drive boulevard square
	bridge park green stadium arena river lake sea ocean bay gulf island islands
	mountain mountains mount hill hills valley desert forest beach coast
	airport station port harbour harbor county province region district
	city town village borough heights estate croft close crescent way gardens
	palace castle tower abbey cathedral hall centre center mall plaza
	peninsula strait canal falls canyon reef`)

// siteHeads end the names of sites, which clubs and companies do not take
// as theirs, unlike a city, a county or a palace ("Manchester City",
// "Notts County", "Crystal Palace").
var siteHeads = set(`street road avenue lane boulevard square bridge park stadium arena
	airport station harbour harbor river lake sea ocean bay gulf island islands
	mountain mountains mount valley desert beach coast peninsula strait canal
	falls canyon reef glacier volcano`)

// placeRoles are offices held for a place: the name before them is a
// place ("Boston mayor", "Ohio governor").
var placeRoles = set(`mayor governor premier sheriff`)

// descriptionHeads, with institutionHeads, head descriptions that stand
// for the organisation whose name has the word ("the trust's chief
// executive": Leeds Teaching Hospitals NHS Trust). Not words common in
// other uses: "the news", "the press", "the post", "the city".
var descriptionHeads = set(`trust hospital school clinic museum government police army navy
	parliament assembly senate congress tribunal party fund`)

// placeKinds, in lower case before "of", name the kind of the place after
// it: "the port city of Hải Phòng", "the province of Quảng Ninh".
var placeKinds = set(`city town village province state county region island islands district
	capital suburb neighbourhood neighborhood municipality prefecture`)

// compassWords qualify a place in lower case: "east London".
var compassWords = set(`north south east west central northern southern eastern western
	north-east north-west south-east south-west`)

// institutionHeads head the names of institutions that go on with "of",
// "on" or "for": "Commission on Human Rights", "University of Texas".
var institutionHeads = set(`commission committee council federation association society union
	ministry department office institute institution agency authority board bureau court
	foundation academy college university league centre center`)

// placeLeads are kinds of places written before their names: "River
// Mersey", "Lake Geneva", "Mount Kenya", "Cape Cod", "Estadio Azteca".
var placeLeads = set(`river lake mount mt mt. cape isle gulf estadio stade stadio stadion`)

// eventNouns head named events: "the Westminster attack", "the Paris summit".
var eventNouns = set(`attack attacks bombing bombings shooting shootings stabbing
	massacre explosion blast riot riots protest protests uprising revolution war
	battle siege raid invasion coup crash collision earthquake quake tsunami flood
	floods hurricane storm cyclone typhoon wildfire fire fires eruption disaster
	summit conference election elections referendum vote poll primary primaries
	marathon olympics games championship championships cup final finals
	qualifier derby tournament grand_prix open festival ceremony parade
	inauguration trial hearing inquiry scandal crisis talks negotiations treaty
	accord agreement rally strike strikes ceasefire pandemic outbreak semi-final
	quarter-final semi-finals quarter-finals match playoff play-off`)

// eventHeadsCap are capitalised heads that make a proper event name by
// themselves: "World Cup", "Olympic Games", "Tour de France".
var eventNamesCap = set(`cup olympics games championship championships open
	festival marathon summit conference election grand_prix world_cup series
	tournament league_final final`)

// compoundSuffixes follow a name in compounds like "Facebook-owned".
var compoundSuffixes = set(`owned based born led backed funded run controlled
	made linked affiliated bred raised headquartered registered listed operated
	sponsored supported allied aligned`)

// demonyms are nationality adjectives and nouns, never entities on their
// own ("British", "Briton"). A name that is only a demonym is dropped.
var demonyms = set(`american americans british briton britons english englishman
	scottish scot scots welsh irish french german germans italian italians
	spanish spaniard portuguese dutch belgian swiss austrian swedish swede
	norwegian danish dane finnish finn icelandic polish pole russian russians
	ukrainian belarusian lithuanian latvian estonian czech slovak hungarian
	romanian bulgarian serbian croatian bosnian slovenian albanian greek greeks
	turkish turk turks cypriot maltese chinese japanese korean vietnamese thai
	indian indians pakistani pakistanis afghan bangladeshi iranian iraqi iraqis
	syrian syrians lebanese israeli israelis palestinian palestinians jordanian
	saudi yemeni egyptian libyan tunisian algerian moroccan nigerian kenyan
	ethiopian somali sudanese african africans european europeans asian asians
	australian canadian mexican brazilian argentine argentinian chilean
	colombian venezuelan peruvian cuban arab arabs muslim muslims christian christians jewish jew jews hindu sikh
	buddhist catholic protestant islamist islamists jihadi jihadis jihadist
	jihadists sunni shia shiite kurdish kurd kurds latino hispanic
	new_zealander filipino indonesian malaysian singaporean taiwanese nepali
	burmese cambodian mongolian kazakh uzbek georgian armenian azerbaijani
	qatari emirati kuwaiti omani bahraini ghanaian ugandan tanzanian rwandan
	zimbabwean zambian senegalese cameroonian congolese angolan
	ecuadorian bolivian paraguayan uruguayan panamanian haitian jamaican
	nazi nazis fascist fascists marxist marxists maoist maoists communist communists
	socialist socialists`)

// timeWords are calendar names: never entities.
var timeWords = set(`monday tuesday wednesday thursday friday saturday sunday
	january february march april may june july august september october november
	december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday
	tomorrow tonight morning afternoon evening night week weekend month year
	spring summer autumn winter easter`)

// stopCaps are capitalised function words and discourse words that begin
// sentences or headlines and are never names by themselves.
var stopCaps = set(`a an the this that these those he she it they we i you his her its
	their our my your him them us me there here then when where while what who
	whom which why how if but and or nor so yet for of on in at by to from with
	as after before during since until unless although though because however
	meanwhile also still just only even now later earlier today yesterday
	tomorrow last next first second third one two three four five six seven
	eight nine ten all some many most more several both each every another
	other such no not none nothing never always sources source speaking
	according asked despite including instead indeed thus therefore moreover
	furthermore overall image picture photo video watch read
	share follow click comments comment advertisement sign subscribe update
	updated published posted mr mrs ms dr`)

// titleLowerWords are the three-letter words a title in title case writes
// in lower case: articles, conjunctions, prepositions and name particles.
var titleLowerWords = set(`and the for but nor yet off out via per bin ibn von van der den del des dos das`)

// stormLeads open the names of storms, which are events.
var stormLeads = set(`typhoon hurricane cyclone`)

// eventLeads open the names of events in other languages: "Copa
// Libertadores", "Copa del Rey", "Coupe de France".
var eventLeads = set(`copa coupe coppa`)

// adminHeads name kinds of administrative division written after a
// place's name.
var adminHeads = set(`province state district county region prefecture governorate oblast territory municipality`)

// featureHeads end the names of seas, rivers and other natural features:
// "South China Sea", "Mekong River".
var featureHeads = set(`sea ocean strait straits gulf bay river mountains hills valley desert peninsula
	canal channel island islands archipelago plateau basin delta glacier`)

// placeParticles join the words of a place's or an organisation's name in
// Romance languages: "San José del Fragua", "Banco de la Nación".
var placeParticles = set(`de del della di da do dos das du la las los le`)

// corporateNouns follow a company's possessive: "Petofi's board".
var corporateNouns = set(`board shareholders shareholder headquarters subsidiary subsidiaries
	shares stock profit profits revenue revenues earnings`)

// executiveNouns head a company executive's title: "general manager",
// "chief executive".
var executiveNouns = set(`executive ceo cfo coo cto chairman chairwoman manager founder co-founder`)
