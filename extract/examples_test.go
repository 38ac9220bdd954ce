package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestNewsExamples holds the sentences on which a new user found the
// extractor wrong (issue 10), each a sample of a kind of error, with the
// right entities.
func TestNewsExamples(t *testing.T) {
	checkEntities(t, []entityCase{
		{"company name alone before a verb",
			"Apple reported record sales on Thursday.",
			[]string{"Organization:Apple"}, nil},
		{"company the tagger may not know",
			"Siemens said on Monday it would cut 1,000 jobs.",
			[]string{"Organization:Siemens"}, []string{"Monday"}},
		{"company that looks like a surname",
			"Toyota said on Monday it would cut 1,000 jobs.",
			[]string{"Organization:Toyota"}, nil},
		{"headline in title case",
			"Tech Giant Unveils New Chip To Rival Nvidia",
			[]string{"*:Nvidia"}, []string{"Unveils", "Tech Giant", "New Chip", "Rival Nvidia"}},
		{"common words of a headline the story never repeats",
			"Marta Kessler Wins Prize For Her Battery Start-Up\n\nZURICH - Marta Kessler founded Kessler Cells AG in her garage in Basel in 2018. The company makes sodium batteries.",
			[]string{"Person:Marta Kessler", "Organization:Kessler Cells AG"}, []string{"Battery", "Battery Start-Up"}},
		{"common words of a headline, a place the story names",
			"Council Approves New Bridge Over River Severn\n\nThe town council voted on Monday to build a second footbridge across the River Severn. The bridge will cost 6 million pounds.",
			[]string{"Place:River Severn"}, []string{"New Bridge", "Bridge"}},
		{"headline and the story under it",
			"Tech Giant Unveils New Chip To Rival Nvidia\nThe new processor will compete with chips made by Nvidia, the company said on Monday.",
			[]string{"Organization:Nvidia"}, []string{"Unveils", "Tech Giant", "New Chip"}},
		{"name with particles",
			"The plan must be approved, said Ursula von der Leyen.",
			[]string{"Person:Ursula von der Leyen"}, []string{"Ursula", "Leyen"}},
		{"name in a script without capitals",
			"President 习近平 met President Владимир Путин in Moscow on Tuesday.",
			[]string{"Person:习近平", "Person:Владимир Путин", "Place:Moscow"}, nil},
		{"title of several words before a name",
			"Secretary of State Antony Blinken arrived in Geneva on Monday.",
			[]string{"Person:Antony Blinken", "Place:Geneva"}, []string{"State Antony Blinken", "Secretary of State Antony Blinken"}},
		{"a person's full name listed after an organisation keeps its type",
			"Ulf Merbold of the European Space Agency and Roger Crouch of NASA will fly in April.",
			[]string{"Person:Roger Crouch", "Person:Ulf Merbold", "Organization:European Space Agency", "Organization:NASA"}, nil},
		{"a party's name before a gloss in brackets and an adjective",
			"Karim Benali, an organiser in the Ettahadi (Challenge) political party, was shot on Tuesday.",
			[]string{"Person:Karim Benali", "Organization:Ettahadi"}, nil},
		{"an apposition too long to see its head says nothing of the name before it",
			"Gulnara Sadykova, an Ak Zhol political party activist, spoke in Almaty.",
			[]string{"Person:Gulnara Sadykova", "Organization:Ak Zhol", "Place:Almaty"}, nil},
		{"a title opening a body's name the tagger missed",
			"The General Accounting Office said on Monday that port costs rose.",
			[]string{"Organization:General Accounting Office"}, []string{"Accounting"}},
		{"a person's full name with a middle initial listed after a place keeps its type",
			"In 1865, the 29th President of the United States, Warren G. Harding, was born in Blooming Grove, Ohio.",
			[]string{"Person:Warren G. Harding", "Place:United States", "Place:Ohio"}, nil},
		{"a known place listed before a person keeps its type",
			"In 1890, the 12th Governor of the State of Texas, John W. Ireland, spoke in Austin.",
			[]string{"Person:John W. Ireland", "Place:Texas", "Place:Austin"}, nil},
		{"an occupation in capitals before a name is a title",
			"The winners include Novelist Kofi Boateng, 61, who was born in Kumasi.",
			[]string{"Person:Kofi Boateng", "Place:Kumasi"}, []string{"Novelist Kofi Boateng"}},
		{"the victim of a killing is a person, though a city has the name",
			"Historians still argue over the motives of the assassin of Lincoln.",
			[]string{"Person:Lincoln"}, nil},
		{"the subject of a killing's passive verb is a person",
			"The last Incan King of Peru, Atahualpa, was murdered in 1533.",
			[]string{"Person:Atahualpa", "Place:Peru"}, nil},
		{"an ordinal opens a military unit's name",
			"Ships of the U.S. 6th Fleet left Naples on Monday, and the Black Sea Fleet stayed in port.",
			[]string{"Organization:6th Fleet", "Organization:Black Sea Fleet", "Place:Naples"}, []string{"Fleet"}},
		{"an institution's head read alone as a place goes on with its topic",
			"Mara Quist, director of the Foundation on Rural Futures, spoke in Leeds.",
			[]string{"Organization:Foundation on Rural Futures", "Person:Mara Quist", "Place:Leeds"}, []string{"Foundation"}},
		{"a body's head word before its man's name",
			"The diaries of the late chief of the Chilean Navy Ernesto Valdivia were published on Monday.",
			[]string{"Organization:Chilean Navy", "Person:Ernesto Valdivia"}, []string{"Navy Ernesto"}},
		{"an office's holder after a role, its body and a place's possessive",
			"The head of Kenya's Electoral Commission, Wafula Chebukati, spoke.",
			[]string{"Organization:Electoral Commission", "Person:Wafula Chebukati", "Place:Kenya"}, nil},
		{"a clause's subject after a comma is no neighbour in a list",
			"Born in Athens, Papadakis came to the United States at age 17. Raised in Lyon, Moreau joined the bank in 2004.",
			[]string{"Person:Papadakis", "Person:Moreau", "Place:Athens", "Place:Lyon"}, nil},
		{"\"and\" before a preposition joins two phrases, inside no name",
			"The project is funded by the U.S. Department of Energy and by Voltaris, a battery startup.",
			[]string{"Organization:U.S. Department of Energy", "Organization:Voltaris"}, []string{"U.S. Department of Energy and by Voltaris"}},
		{"an owner's possessive and a trade name one business",
			"Lisa Tran, owner of Tran's Bakery, testified. Mina Park runs Park's Pharmacy in Dayton.",
			[]string{"Organization:Tran's Bakery", "Organization:Park's Pharmacy", "Person:Lisa Tran", "Person:Mina Park"}, []string{"Bakery", "Pharmacy"}},
		{"a maker before a name is an organisation's kind",
			"Akira Mori founded the toy maker Hanabi in 1998.",
			[]string{"Organization:Hanabi", "Person:Akira Mori"}, nil},
		{"a councillor's abbreviated title",
			"Coun. Jane Lohr voted against the plan. Cllr Tom Abbot of the Halton Borough Council voted for it.",
			[]string{"Person:Jane Lohr", "Person:Tom Abbot", "Organization:Halton Borough Council"}, []string{"Coun", "Cllr Tom Abbot of the Halton Borough Council"}},
		{"a place and a body's head the tagger left out name the body",
			"Somerset Police said a man had been arrested in Taunton.",
			[]string{"Organization:Somerset Police", "Place:Taunton"}, []string{"Somerset"}},
		{"a known company and a body's name are two",
			"Google and Oxford University signed a research deal on Monday.",
			[]string{"Organization:Google", "Organization:Oxford University"}, []string{"Google and Oxford University"}},
		{"a name ending in a kind of place is no person's",
			"Floods hit Hollis Parish, where Dale Hebert lives.",
			[]string{"Place:Hollis Parish", "Person:Dale Hebert"}, nil},
		{"a name of title words or nationalities that ends in a body's head, and a place that looks like a plural title",
			"Olof Palme, a vice-president of the Socialist International, once lived in a flat in Queens, New York.",
			[]string{"Person:Olof Palme", "Organization:Socialist International", "Place:Queens", "Place:New York"}, nil},
		{"a name after its kind in lower case inside the tagger's span",
			"Madrid says Iker Zubiri leads the Spanish Basque separatist group ETA, officials said today.",
			[]string{"Organization:ETA", "Person:Iker Zubiri", "Place:Madrid"}, []string{"Spanish Basque"}},
		{"a known place before an office and its holder",
			"Illinois Gov. Jim Edgar signed the budget bill last week.",
			[]string{"Place:Illinois", "Person:Jim Edgar"}, nil},
		{"an article after a comma inside the tagger's span opens no name",
			"Hanwha said it would buy a stake in Rainbow Robotics, a Daejeon-based maker of robots.",
			[]string{"Organization:Rainbow Robotics", "Place:Daejeon"}, []string{"a Daejeon"}},
		{"the first word of a company's legal name alone is the company, whatever the tagger read",
			"Halvik recalls 90,000 toasters over fire risk\n\nSTOCKHOLM - Swedish kitchen appliance maker Halvik Kök AB is recalling about 90,000 toasters sold in Sweden, the company said on Tuesday.\n\n" +
				"Halvik said customers should stop using the toasters at once. \"We are sorry,\" said Ola Berg, Halvik's head of quality.\n\nHalvik sold the toasters through its own shops.",
			[]string{"Organization:Halvik Kök AB", "Person:Ola Berg"}, []string{"Halvik"}},
		{"a name before \", which\" is no person's",
			"Brannvik, which is based in Umeå, said customers should return the kettles.",
			[]string{"Organization:Brannvik", "Place:Umeå"}, nil},
		{"after a title in lower case, a title's word that is a given name opens the name",
			"Harlow manager Dean Whitfield praised his players after the match.",
			[]string{"Person:Dean Whitfield"}, []string{"Whitfield"}},
		{"two names of two words or more at \"and the\" are two",
			"The Liberal Democrats and the Green Party failed to agree a coalition on Thursday.",
			[]string{"Organization:Liberal Democrats", "Organization:Green Party"}, []string{"Liberal Democrats and the Green Party"}},
		{"a surname that is also a country's name, of a person named in full",
			"The Democratic Alliance won, leaving its leader, Luís Montenegro, to seek support. Montenegro, who was born in Porto, spoke. Rivals accused Montenegro of arrogance.",
			[]string{"Person:Luís Montenegro", "Place:Porto"}, []string{"Montenegro"}},
		{"a role in lower case before a comma and a name: the name is its holder's",
			"The charity Rhino Watch, based in Nanyuki, asked donors for help. Its director, Wanjiru Kamau, said rangers were poorly paid.",
			[]string{"Person:Wanjiru Kamau", "Place:Nanyuki"}, nil},
		{"the place of an office and its holder listed after it lend each other nothing",
			"Rescue teams worked through the night, said the mayor of Cesenatico, Matteo Gozzoli, on Tuesday.",
			[]string{"Person:Matteo Gozzoli", "Place:Cesenatico"}, nil},
		{"a name that ends as only events' names do is an event, whatever the tagger read",
			"Lucía Ferrer will play at the Edinburgh Jazz Festival in August, and Max Verstappen won the Emilia Romagna Grand Prix at Imola.",
			[]string{"Event:Edinburgh Jazz Festival", "Event:Emilia Romagna Grand Prix", "Person:Lucía Ferrer", "Place:Imola"}, nil},
		{"a nationality after \"and the\" opens the next phrase, not the name before",
			"Istanbul-based Sabancı Holding and the Brazilian company Vale will each take 30 percent.",
			[]string{"Organization:Sabancı Holding", "Organization:Vale"}, []string{"Sabancı Holding and the Brazilian"}},
		{"two places joined by \"and\" before an organisation's head name one body",
			"Detective Sergeant Jane Cole of Devon and Cornwall Police said the inquiry would continue.",
			[]string{"Organization:Devon and Cornwall Police", "Person:Jane Cole"}, []string{"Cornwall Police", "Devon"}},
		{"two people and a city",
			"Maria Lopez met Peter Hall in Denver on Monday.",
			[]string{"Person:Maria Lopez", "Person:Peter Hall", "Place:Denver"}, nil},
		{"corporate suffix after a comma",
			"Acme, Inc. is building a factory in Ohio.",
			[]string{"Organization:Acme, Inc.", "Place:Ohio"}, []string{"Inc", "Inc.", "Acme"}},
		{"generational suffix",
			"Martin Luther King Jr. spoke in Washington in 1963.",
			[]string{"Person:Martin Luther King Jr.", "Place:Washington"}, []string{"Martin Luther", "Jr.", "Jr"}},
		{"nickname in quotes",
			`The crowd cheered Jürgen "The Wall" O'Brien-Müller in Munich on Saturday.`,
			[]string{"Person:Jürgen O'Brien-Müller", "Place:Munich"}, []string{"Jürgen", "The Wall"}},
		{"names in a script without capitals, no title",
			"Officials in Berlin said 李明 and Anna Weber, two suspects, were detained.",
			[]string{"*:李明", "Person:Anna Weber", "Place:Berlin"}, nil},
		{"long headline that the story never names",
			"Multinational Technology Companies And The Regulators Of The European Union\nThe European Union fined Google on Monday.",
			[]string{"Organization:European Union"}, []string{"Multinational Technology Companies And The Regulators Of The European Union", "Multinational Technology Companies And The Regulators"}},
		{"short dateline place in capitals",
			"OSLO (Reuters) - Norway raised interest rates on Thursday.",
			[]string{"Place:Oslo", "Place:Norway", "Organization:Reuters"}, []string{"OSLO"}},
		{"two names joined by and, each named alone elsewhere",
			"Apple said it would appeal. WhatsApp declined to comment. Ministers said Apple and WhatsApp must cooperate.",
			[]string{"*:Apple", "*:WhatsApp"}, []string{"Apple and WhatsApp"}},
		{"and inside one name",
			"The Securities and Exchange Commission fined the bank on Monday.",
			[]string{"Organization:Securities and Exchange Commission"}, nil},
		{"legal form after a name the tagger does not know",
			"Globex Inc reported a profit on Monday.",
			[]string{"Organization:Globex Inc"}, []string{"Globex"}},
		{"a kind of organisation in apposition before the name",
			"Ana Ruiz is an analyst at the investment bank Morrow Keyes.",
			[]string{"Person:Ana Ruiz", "Organization:Morrow Keyes"}, nil},
		{"a role held at an organisation",
			"Lena Ortiz, an analyst at Halvorsen, said the shares were cheap.",
			[]string{"Person:Lena Ortiz", "Organization:Halvorsen"}, nil},
		{"a name that ends in a kind of site",
			"Crowds filled Wembley Stadium and Finsbury Park for the final on Saturday.",
			[]string{"Place:Wembley Stadium", "Place:Finsbury Park"}, nil},
		{"a name that ends in a kind of organisation",
			"Amnesty International criticised the platform after finding thousands of abusive posts.",
			[]string{"Organization:Amnesty International"}, nil},
		{"an organisation named after a person",
			"Doctors at the Margaret Ellis Hospital treated the boy on Monday.",
			[]string{"Organization:Margaret Ellis Hospital"}, nil},
		{"a kind of place before the name",
			"Divers searched the River Avon near Bath on Monday.",
			[]string{"Place:River Avon", "Place:Bath"}, nil},
		{"a company named with and without its legal form",
			"Tom Reed joined Mason Hale LLP in 2015. Mason Hale declined to comment.",
			[]string{"Person:Tom Reed", "Organization:Mason Hale LLP"}, []string{"Mason Hale"}},
		{"a company named like a person, with and without its legal form",
			"Shares of Orrin Pike Holdings plc fell on Monday. Investors said Orrin Pike had missed its targets.",
			[]string{"Organization:Orrin Pike Holdings"}, []string{"Orrin Pike"}},
		{"a person whose surname is a kind of organisation",
			"Charlotte Church sang at the opening of the stadium.",
			[]string{"Person:Charlotte Church"}, nil},
		{"a club named after its city is no site",
			"Manchester City beat Notts County 2-0 on Saturday.",
			[]string{"Organization:Manchester City", "Organization:Notts County"}, nil},
		{"two unsure names in a list keep or share a type, never swap",
			"Microsoft and Google face new questions over the outage.",
			[]string{"Organization:Microsoft", "Organization:Google"}, nil},
		{"dateline with the date after the city",
			"Tokyo March 5 (Kyodo) -- Japan's economy grew in the last quarter, the government said.",
			[]string{"Place:Tokyo", "Place:Japan"}, []string{"Tokyo March"}},
		{"a country keeps the name the text gives it",
			"The U.S. said on Monday it would send aid, and Britain agreed.",
			[]string{"Place:U.S.", "Place:Britain"}, []string{"U.s.", "United States", "United Kingdom"}},
		// A surname alone is the person named in full, accents or not.
		{"accented surname alone after the full name",
			"José Álvarez, the port director, met union leaders on Monday. Álvarez said the strike would end.",
			[]string{"Person:José Álvarez"}, []string{"Álvarez"}},
		{"surname with an accent inside",
			"Raquel Muñoz leads the dockers' union. Muñoz told reporters the dockers would return.",
			[]string{"Person:Raquel Muñoz"}, []string{"Muñoz"}},
		{"a quotation opened after a name",
			"One of the parents at nearby Hillside Primary School said her son knew the driver, but added: \"I never felt safe near him.\"\n\n" +
				"On the new law, Mr Patel told Radio One's Breakfast Show on Sunday: \"It is simply wrong, and we will fight it.\"",
			[]string{"Person:Patel", "*:Hillside Primary School"},
			[]string{"Radio One's Breakfast Show on Sunday: \"It", "Radio One's Breakfast Show on Sunday", "Radio One's Breakfast Show on"}},
		{"a company named after a person with a title's word",
			"Shares of Dean Porter Inc fell on Monday.",
			[]string{"Organization:Dean Porter Inc"}, []string{"Porter Inc"}},
		{"that company named without its legal form",
			"Dean Porter Inc lost the case on Monday. Lawyers for Dean Porter said they would appeal.",
			[]string{"Organization:Dean Porter Inc"}, []string{"Porter"}},
		{"a possessive before a given name ends the possessor's name",
			"Appearing on Radio Five's Emma Barnett Show on Monday, the coach said the team was ready.",
			[]string{"*:Radio Five"}, []string{"Radio Five's Emma Barnett Show", "Barnett Show"}},
		{"a possessive before a given name, after a name of one word",
			"Speaking on ITV One's Peter Hall Show, the minister said the talks would resume.",
			nil, []string{"ITV One's Peter Hall Show", "Hall Show"}},
		{"a possessive inside a name stays",
			"Shares of McDonald's Corp rose in New York on Monday.",
			[]string{"*:McDonald's Corp", "Place:New York"}, []string{"Corp"}},
		{"a name with and without a middle initial in one story is two people",
			"Former president George Bush spoke in Houston on Monday. His son George W. Bush was in Texas.",
			[]string{"Person:George Bush", "Person:George W. Bush"}, nil},
		{"an initial in a score table and the full name",
			"John Smith hit a century for Kent on Monday. Scores: Kent 312 (J. Smith 104, A. Patel 55).",
			[]string{"Person:John Smith", "Person:A. Patel"}, []string{"J. Smith"}},
		{"a title before a name the tagger stopped at the given name",
			"House Speaker Paul Ryan said the bill would pass on Friday.",
			[]string{"Person:Paul Ryan"}, []string{"Paul", "Ryan"}},
		{"a role noun that starts an organisation's name is no title",
			"Liverpool finished second in the Premier League last season.",
			[]string{"*:Liverpool"}, []string{"League"}},
		{"a place named after a saint",
			"The lab moved from St. Louis to St. Petersburg last year.",
			[]string{"Place:St. Louis", "Place:St. Petersburg"}, []string{"Louis", "Petersburg"}},
		{"an event named by two words",
			"Max Verstappen won the race on Sunday after a late safety car.\n\nThe Dutch driver took the lead of the Belgian Grand Prix on lap 30 and held off Lando Norris.",
			[]string{"Event:Belgian Grand Prix", "Person:Max Verstappen", "Person:Lando Norris"}, nil},
		{"an institution's name going on after its head",
			"A spokesman for the Lusaka Commission for Child Welfare said the shelters were full.",
			[]string{"Organization:Lusaka Commission for Child Welfare"}, []string{"Lusaka Commission", "Child Welfare"}},
		{"a company's name followed by where it is",
			"Kia Motor Corp of South Korea said sales rose.",
			[]string{"Organization:Kia Motor Corp", "Place:South Korea"}, nil},
		{"a common word in capitals for emphasis",
			"Residents say the council IGNORED Parkside Residents Association warnings for years.",
			[]string{"Organization:Parkside Residents Association"}, []string{"IGNORED Parkside Residents Association"}},
		{"an owner named in a compound",
			"The Meta-owned app was fined on Monday.",
			[]string{"Organization:Meta"}, nil},
		{"a place named in a compound",
			"A Geneva-based charity said the camp was full.",
			[]string{"Place:Geneva"}, nil},
		{"an acronym in running text is no person",
			"The minister spoke as part of an inquiry into ISIS' use of encrypted messaging apps.",
			[]string{"Organization:ISIS"}, nil},
		{"counties in a list of places",
			"Police raided homes in north Leeds, Bradford, Lancashire, Derbyshire and Sheffield on Tuesday.",
			[]string{"Place:Leeds", "Place:Bradford", "Place:Lancashire", "Place:Derbyshire", "Place:Sheffield"}, nil},
		{"a town and its council",
			"Liverpool City Council approved a new cruise terminal on the River Mersey on Wednesday. The mayor of Liverpool said the port city " +
				"in England expects 200,000 visitors a year. Tourists already fill the streets around the Albert Dock in Liverpool.",
			[]string{"Organization:Liverpool City Council", "Place:Liverpool", "Place:River Mersey"}, nil},
		{"a place before an office held for it",
			"Boston mayor Michelle Wu opened the new library on Monday.",
			[]string{"Place:Boston", "Person:Michelle Wu"}, nil},
		{"a team named without its city",
			"The New York Yankees beat the Boston Red Sox 5-3 on Sunday. The Yankees have won six straight games.",
			[]string{"Organization:New York Yankees", "Organization:Boston Red Sox"}, []string{"Yankees"}},
		{"a relative named by a given name after a person",
			"Among the injured were Daniel Reyes and his wife Laura, who were on holiday. Mr Reyes went home and Mrs Reyes stayed in hospital.",
			[]string{"Person:Daniel Reyes", "Person:Laura Reyes"}, []string{"Reyes", "Laura"}},
		{"a relative after a comma, and a brother",
			"Tom Walsh spoke for the family with his brother, Patrick, on Monday.",
			[]string{"Person:Tom Walsh", "Person:Patrick Walsh"}, []string{"Patrick"}},
		// Issue 10: the agency of a credit line is an organisation (and,
		// issue 12, the document's source, in no relation: TestCreditLineRelations).
		{"dateline and news agency",
			"SALT LAKE CITY (Reuters) - Utah lawmakers passed the bill on Monday.",
			[]string{"Place:Salt Lake City", "Place:Utah", "Organization:Reuters"}, nil},
		{"dateline with its state, and the agency",
			"SANTA CLARA, California (Reuters) - Nvidia said on Wednesday that demand for its chips stayed strong.",
			[]string{"Place:Santa Clara", "Place:California", "Organization:Nvidia", "Organization:Reuters"}, nil},
		{"dateline with its country and a date",
			"ABUJA, Nigeria, March 4 (AFP) - Nigeria's central bank raised its main rate on Tuesday.",
			[]string{"Place:Abuja", "Place:Nigeria", "Organization:AFP"}, []string{"March"}},
		{"a title in a headline says nothing of the words after it",
			"Prison Officer Charged Over Death Of Inmate\n\nA prison officer in Leeds was charged on Monday over the death of an inmate last year.",
			[]string{"Place:Leeds"}, []string{"Charged Over Death", "Charged Over"}},
		{"a role noun in a headline in capitals",
			"XIAOMI POACHES BYD EXECUTIVE TO RUN ELECTRIC CAR UNIT\n\nXiaomi has hired Ruth Okafor, an executive at BYD, to run its electric car unit.",
			[]string{"Person:Ruth Okafor"}, []string{"To Run", "TO RUN"}},
		{"hyphenated common words in a headline",
			"Dockside Rovers Win Cup After Extra-Time Drama\n\nDockside Rovers beat Harbour Town 3-2 after extra time on Saturday to win the cup.",
			[]string{"Organization:Dockside Rovers"}, []string{"Extra-Time Drama"}},
		{"a hyphenated common word before a name in a headline",
			"Brightwater Buys Norwegian Start-Up Fjordlink\n\nBrightwater agreed on Monday to buy Fjordlink, a start-up based in Oslo.",
			[]string{"Organization:Fjordlink", "Place:Oslo"}, []string{"Start-Up Fjordlink"}},
		{"Arabic names joined over bin, after Emir and Sheikh, in a sentence of capitalised words",
			"Emir Tamim bin Hamad Al Thani received Sheikh Mohammed bin Zayed in Doha on Sunday.",
			[]string{"Person:Tamim bin Hamad Al Thani", "Person:Mohammed bin Zayed", "Place:Doha"}, []string{"Hamad Al Thani", "Emir Tamim"}},
		{"a demonym and a title before an honorific, and a name the tagger split at bin",
			"Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani told reporters in Doha that talks would resume.",
			[]string{"Person:Mohammed bin Abdulrahman Al Thani", "Place:Doha"}, []string{"Qatari Prime Minister Sheikh", "Mohammed", "Abdulrahman Al Thani"}},
		{"an office named by a role and 'of' is no title before a name, nor its holder's type",
			"The Director of Public Prosecutions, Max Hill, said the case would go to trial.",
			[]string{"Organization:Director of Public Prosecutions", "Person:Max Hill"}, []string{"of Public Prosecutions"}},
		{"a title of nobility and 'of' names a person",
			"The Duchess of Cornwall opened the new children's ward in Truro on Friday.",
			[]string{"Person:Duchess of Cornwall", "Place:Truro"}, []string{"of Cornwall"}},
		{"a site named after a person",
			"Sabalenka beat Gauff in three sets on Rod Laver Arena on Saturday.",
			[]string{"Place:Rod Laver Arena"}, nil},
		{"a glacier",
			"Scientists said the Rhone Glacier lost more ice this summer than in any year on record.",
			[]string{"Place:Rhone Glacier"}, nil},
		{"two people with their titles in one span",
			"The two guards, Sergeant Tunde Bakare and Corporal Ifeoma Obi, were wounded in the attack.",
			[]string{"Person:Tunde Bakare", "Person:Ifeoma Obi"}, []string{"Tunde Bakare and Corporal"}},
		{"a person described by a nationality in one span",
			"Sabalenka, who beat American Coco Vandeweghe in the other semi-final, is the favourite.",
			[]string{"Person:Coco Vandeweghe"}, []string{"American Coco Vandeweghe"}},
		{"a person described by a nationality, the span read as an organisation",
			"Zheng beat American Madison Keys in the other semi-final.",
			[]string{"Person:Madison Keys"}, []string{"American Madison Keys"}},
		{"a capitalised word the tagger left out before a name",
			"A spokesman for the Crown Prosecution Service said the charges would stand.",
			[]string{"Organization:Crown Prosecution Service"}, []string{"Prosecution Service"}},
		{"a capitalised adjective opening a name",
			"The trial opened at the Old Bailey in London on Monday.",
			[]string{"*:Old Bailey", "Place:London"}, []string{"Bailey"}},
		{"a capitalised adjective opening a company's name",
			"Volvo signed a supply deal with Contemporary Amperex Technology on Monday.",
			[]string{"Organization:Contemporary Amperex Technology"}, []string{"Amperex Technology"}},
		{"after a person and 'of' stands no person",
			"Her solicitor, Tom Reyes of Harwell Pike, said the verdict was just.",
			[]string{"Person:Tom Reyes", "Organization:Harwell Pike"}, nil},
		{"a stadium named in another language",
			"The final will be played at the Estadio Monumental in Buenos Aires on Saturday.",
			[]string{"Place:Estadio Monumental", "Place:Buenos Aires"}, nil},
		{"an event named in another language",
			"Boca Juniors won the Copa Libertadores for the seventh time in Montevideo.",
			[]string{"Event:Copa Libertadores", "Place:Montevideo"}, nil},
		{"a dateline with an abbreviated state read by no tagger",
			"EAST LANSING, Mich. (AP) - Michigan State University said on Monday it would raise fees.",
			[]string{"Place:East Lansing", "Place:Mich", "Organization:AP", "Organization:Michigan State University"}, nil},
		{"a place and its kind of division",
			"Soldiers searched villages in Loei Province after the attack on Sunday.",
			[]string{"Place:Loei Province"}, []string{"Loei"}},
		{"an honorific after a given name is a middle name",
			"Police said James Earl Ray had bought the rifle in Birmingham. Randall Duke Whitfield sold it to him.",
			[]string{"Person:James Earl Ray", "Person:Randall Duke Whitfield", "Place:Birmingham"}, []string{"Ray", "Whitfield"}},
		{"a dateline on a line of its own",
			"ROYAL OAK, Mich.\nA fire destroyed a warehouse near the city on Monday.",
			[]string{"Place:Royal Oak", "Place:Mich"}, nil},
		{"an item of a list is no headline",
			"The buildings found suitable were listed as:\nAndrews Air Force Base, Md.;\nFort Ord Annex, Calif.;",
			[]string{"Place:Andrews Air Force Base"}, nil},
		{"a titled person of an institution the tagger ran into one name",
			"Lead author Professor Mei Tanaka of Kyoto University said more work was needed.",
			[]string{"Person:Mei Tanaka", "Organization:Kyoto University"}, []string{"Mei Tanaka of Kyoto University"}},
		{"a titled person of an institution the tagger cut short",
			"Co-author Professor Lars Henriksson of Karolinska Institutet said the trial would begin.",
			[]string{"Person:Lars Henriksson", "Organization:Karolinska Institutet"}, []string{"Lars Henriksson of Karolinska"}},
		{"a firm named after its founder, with an ampersand",
			"Amaka Okonkwo died on Monday in Enugu. In 1988 she founded Okonkwo & Partners, the first law firm in the city run by a woman. Okonkwo was 79.",
			[]string{"Person:Amaka Okonkwo", "Organization:Okonkwo & Partners"}, nil},
		{"names around an ampersand: a company, or two places",
			"Marks & Spencer opened a shop in Port of Spain, the capital of Trinidad & Tobago.",
			[]string{"Organization:Marks & Spencer", "Place:Port of Spain"}, []string{"Marks", "Spencer"}},
		{"the kind of place before of",
			"Floodwater reached the port city of Hải Phòng and the town of Cẩm Phả on Sunday.",
			[]string{"Place:Hải Phòng"}, nil},
		{"a place's name over a Romance particle",
			"He was shot outside his home in the town of San José del Fragua in Caquetá.",
			[]string{"Place:San José del Fragua", "Place:Caquetá"}, []string{"Fragua", "San José"}},
		{"a capital initial opens a company's name",
			"Shares of E Ink Holdings rose in Taipei on Monday.",
			[]string{"Organization:E Ink Holdings"}, []string{"Ink Holdings"}},
		{"the industry after a company's name, which the tagger left out",
			"A 40 percent stake in Tanjung Gas changed hands on Monday.",
			[]string{"Organization:Tanjung Gas"}, []string{"Tanjung"}},
		{"several capitalised words after a company's first word, ending in its industry",
			"Harmonic Drive Systems, based in Tokyo, makes precision gears.",
			[]string{"Organization:Harmonic Drive Systems", "Place:Tokyo"}, []string{"Harmonic"}},
		{"a nationality before an event is no company",
			"The South Korean Pro-soccer Games ended on Sunday.",
			nil, []string{"South Korean Pro-soccer Games"}},
		{"the industry after a company's name the tagger read as a place",
			"Vantaa Power raised its prices on Friday.",
			[]string{"Organization:Vantaa Power"}, []string{"Vantaa"}},
		{"an organisation and an acronym the tagger ran into one name",
			"The series is a co-production of Children's Television Workshop and NHK network in Japan.",
			[]string{"Organization:Children's Television Workshop", "Organization:NHK"}, []string{"Children's Television Workshop and NHK"}},
		{"a Korean name, family name first, and the family name alone",
			"Park Min-seo heads the robotics lab at Samsung Electronics. Park said the robots would ship in May.",
			[]string{"Person:Park Min-seo", "Organization:Samsung Electronics"}, []string{"Park"}},
		{"a surname of two words alone is the person named in full",
			"Fatima Al Suwaidi joined the bank in 2010. Al Suwaidi said profits would rise.",
			[]string{"Person:Fatima Al Suwaidi"}, []string{"Al Suwaidi"}},
		{"a double surname alone is the person named in full",
			"Gabriel García Márquez was born in Aracataca. García Márquez won the Nobel prize in 1982.",
			[]string{"Person:Gabriel García Márquez"}, []string{"García Márquez"}},
		{"an industry's word ends a company's name after a dateline",
			"SEOUL, South Korea - Rainbow Robotics said on Monday that sales doubled.",
			[]string{"Organization:Rainbow Robotics", "Place:Seoul"}, nil},
		{"a body's head word the tagger read as a surname, after a title",
			"Guardiola's side will return to the Premier League on Wednesday against Aston Villa.",
			[]string{"Organization:Premier League", "Organization:Aston Villa"}, []string{"League"}},
		{"a country of three words ending a dateline",
			"DUBAI, United Arab Emirates - The central bank raised rates on Sunday.",
			[]string{"Place:Dubai", "Place:United Arab Emirates"}, []string{"United Arab"}},
		{"an Arabic particle inside a person's name",
			"Khaldoon Al Mubarak, the club's chairman, said the team would win.",
			[]string{"Person:Khaldoon Al Mubarak"}, nil},
		{"an ordinal that opens a bank's name",
			"First Abu Dhabi Bank reported record profits on Tuesday.",
			[]string{"Organization:First Abu Dhabi Bank"}, []string{"Abu Dhabi Bank"}},
		{"a title that opens a company's name",
			"General Motors said on Tuesday that sales rose 4 percent.",
			[]string{"Organization:General Motors"}, []string{"Motors"}},
		{"a title that opens a body's name, the tagger leaving it out",
			"The General Assembly voted on Monday to extend the mission.",
			[]string{"Organization:General Assembly"}, []string{"Assembly"}},
		{"a title before a given name is a rank",
			"General Mark Milley said the troops would stay.",
			[]string{"Person:Mark Milley"}, []string{"General Mark Milley"}},
		{"a person in apposition to a company's executive",
			"Sales rose 8 percent, said Mary Okafor, Brightwell Paper's chairman and chief executive.",
			[]string{"Person:Mary Okafor", "Organization:Brightwell Paper"}, nil},
		{"the kind of natural feature after a place's name",
			"Two coastguard ships crossed the South China Sea on Monday.",
			[]string{"Place:South China Sea"}, []string{"South China"}},
		{"an office's words before a person are no given names",
			"Minister of Lands and Natural Resources Samuel Abu Jinapor visited the mine.",
			[]string{"Person:Samuel Abu Jinapor"}, []string{"Natural Resources Samuel Abu Jinapor"}},
		{"one body named with and",
			"Crews from Wiltshire Fire and Rescue Service attended the blaze, and Tesla and Ford Motor Company sent vans.",
			[]string{"Organization:Wiltshire Fire and Rescue Service", "Organization:Ford Motor Company"}, []string{"Wiltshire Fire", "Rescue Service"}},
		{"a company's short names, whatever the tagger reads them as",
			"Osterberg Foods agreed to buy Birch Hollow Dairy for $900 million. Osterberg will pay $30 a share. " +
				"Birch Hollow, which is based in Madison, makes cheese. Osterberg said the deal would close next year, " +
				"and Birch Hollow said its farms would stay open. Analysts said Osterberg had paid a full price.",
			[]string{"Organization:Osterberg Foods", "Organization:Birch Hollow Dairy"}, []string{"Birch Hollow"}},
		{"one body named with and, its second part read by no tagger",
			"The fire started next to her classroom, according to Wiltshire Fire and Rescue Service.",
			[]string{"Organization:Wiltshire Fire and Rescue Service"}, []string{"Wiltshire Fire"}},
		{"two names of several words at and, one named elsewhere",
			"The union says terminal operators, including Hutchison Ports ECT and APM Terminals, plan to replace hundreds of crane jobs. " +
				"APM Terminals said the strike was wrong.",
			[]string{"Organization:Hutchison Ports ECT", "Organization:APM Terminals"}, []string{"Hutchison Ports ECT and APM Terminals"}},
		{"an institution's name of the form X of Y goes on over its place",
			"He was a member of the Association of Indigenous Councils of Caquetá and organised patrols.",
			[]string{"Organization:Association of Indigenous Councils of Caquetá"}, []string{"Association of Indigenous Councils"}},
		{"a natural feature's kind makes a place of what the tagger read",
			"Typhoon Haima made landfall near Aparri. Haima weakened as it moved over the South China Sea. Boats sheltered in the Red Sea.",
			[]string{"Place:South China Sea", "Place:Red Sea", "Event:Typhoon Haima"}, []string{"South China"}},
		{"a company's word ends no place's name",
			"The sanctions named Gulf Star Aviation Supplies, which is based in Sharjah, and two of its officers.",
			[]string{"Organization:Gulf Star Aviation Supplies", "Place:Sharjah"}, nil},
		{"a plural possessive inside a name",
			"The mayor, whose Workers' Party won the city in 2020, said she would run again.",
			[]string{"Organization:Workers' Party"}, []string{"Party"}},
		{"two institutions at and",
			"The study was paid for by the Carlsberg Foundation and the Danish Dementia Research Centre in Copenhagen.",
			[]string{"Organization:Carlsberg Foundation", "Organization:Danish Dementia Research Centre"}, nil},
		{"a hyphenated title before a name",
			"The army's chief of staff, Major-General Tariq Saeed Khan, said the troops had withdrawn.",
			[]string{"Person:Tariq Saeed Khan"}, []string{"Major-General Tariq Saeed Khan"}},
		{"a storm's kind opening a sentence is part of its name, whatever the tagger read",
			"Typhoon Haima made landfall near Aparri on Tuesday. Haima weakened as it moved north.",
			[]string{"Event:Typhoon Haima", "Place:Aparri"}, nil},
		{"a storm is an event, and a credit after a state and a date",
			"MANILA, Philippines, Oct. 3 (AFP) - Typhoon Krathon flooded villages in the north of the country.",
			[]string{"Event:Typhoon Krathon", "Organization:AFP", "Place:Manila", "Place:Philippines"}, nil},
		{"a name run on over where it is",
			"She spent 18 years at Shell in London and The Hague before joining Siemens Energy.",
			[]string{"Organization:Shell", "Place:London", "Place:The Hague", "Organization:Siemens Energy"}, []string{"Shell in London and The Hague"}},
		{"an institution's name ending in a place stays whole",
			"Monitors from the Organisation for Security and Cooperation in Europe watched the vote.",
			[]string{"Organization:Organisation for Security and Cooperation in Europe"}, []string{"Europe"}},
		{"a role word inside an organisation's name",
			"Kolkata are third in the Indian Premier League table after four games.",
			[]string{"Organization:Indian Premier League"}, []string{"League"}},
		{"people at work at an organisation, opening a sentence",
			"The peso fell after the announcement. Analysts at Itaucorp said markets would stay calm.",
			[]string{"Organization:Itaucorp"}, nil},
		{"a relative named in full shares the person's surname",
			"Paul Brennan was convicted of killing Wiremu Tane. Outside court, Tane's sister, Aroha Tane, thanked the detectives.",
			[]string{"Person:Aroha Tane", "Person:Wiremu Tane"}, nil},
		{"dateline with an abbreviated state",
			"AUSTIN, Texas (AP) - Texas lawmakers passed the bill on Monday.",
			[]string{"Place:Austin", "Place:Texas", "Organization:AP"}, nil},
	})
}

// Issue 12: each mention goes to the entity it names, never to another
// that shares a word with it: a surname after an honorific to the one
// person the honorific's sex allows (even a surname the tagger left out as
// a month), a relative introduced by a given name to that relative, a
// person's surname to the person rather than the company named after
// them, a country to the country rather than a person with that given
// name.
func TestMentionsOfSharedWords(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text string
		want       map[string][]string // entity name -> its mentions' texts, in order
	}{
		{"honorifics and a husband named by his given name",
			"Prime Minister Theresa May and her husband Philip voted in Maidenhead on Thursday. " +
				"Mrs May smiled for the cameras while Mr May held an umbrella. The count ends on 3 May.",
			map[string][]string{"Theresa May": {"Theresa May", "May"}, "Philip May": {"Philip", "May"}}},
		{"a husband named by a title and his surname",
			"Mrs Okoro opened the new ward at the hospital on Saturday. Grace Okoro, a former nurse, cut the ribbon. " +
				"She was joined by her husband, Senator Okoro.",
			map[string][]string{"Grace Okoro": {"Okoro", "Grace Okoro"}, "Okoro": {"Okoro"}}},
		{"a relative after a place, and after a possessive name",
			"Senator Ruth Adeyemi spoke in Columbus alongside her husband Mark on Monday. Adeyemi's son, Daniel, stayed at home.",
			map[string][]string{"Ruth Adeyemi": {"Ruth Adeyemi", "Adeyemi"}, "Mark Adeyemi": {"Mark"}, "Daniel Adeyemi": {"Daniel"}}},
		{"a man and the company named after him",
			"Dana Price, the Ohio banker, spoke in Columbus on Monday. Price said his firm, Price Capital Inc., would hire 50 people.",
			map[string][]string{"Dana Price": {"Dana Price", "Price"}, "Price Capital Inc.": {"Price Capital Inc."}}},
		{"a country and a player with its name as his given name",
			"Jordan Pickford kept a clean sheet as England beat Jordan in Amman on Friday. Pickford said the team had played well.",
			map[string][]string{"Jordan Pickford": {"Jordan Pickford", "Pickford"}, "Jordan": {"Jordan"}}},
	}
	for _, tc := range tests {
		d := x.Extract(Input{ID: "t", Text: tc.text})
		for name, mentions := range tc.want {
			e := entity(d, name)
			if e == nil {
				t.Errorf("%s: entities %v; want %s", tc.name, summary(d), name)
				continue
			}
			var got []string
			for _, m := range e.Mentions {
				got = append(got, m.Text)
			}
			if !slices.Equal(got, mentions) {
				t.Errorf("%s: %s has mentions %q; want %q", tc.name, name, got, mentions)
			}
		}
	}
}

// A country named by an abbreviation or a short form keeps that name, and
// takes the id of its full name, so that documents agree on one node.
func TestCountryID(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ text, name, id string }{
		{"The U.S. said on Monday it would send aid.", "U.S.", "place:united-states"},
		{"Officials in Britain said on Monday the talks had failed.", "Britain", "place:united-kingdom"},
	} {
		d := x.Extract(Input{ID: "t", Text: tc.text})
		e := entity(d, tc.name)
		if e == nil || e.ID != tc.id {
			t.Errorf("Extract(%q) = %v; want %s with id %s", tc.text, summary(d), tc.name, tc.id)
		}
	}
}

// A mention ends where its name does: the full stop of the sentence is
// not part of it, the period of an abbreviation is.
func TestMentionLeavesFullStop(t *testing.T) {
	x := testExtractor(t)
	text := "She worked with Prime Minister Shinzo Abe. Shares of Acme Inc. rose."
	d := x.Extract(Input{ID: "t", Text: text})
	checkOffsets(t, Input{Text: text}, d)
	for name, want := range map[string]string{"Shinzo Abe": "Shinzo Abe", "Acme Inc.": "Acme Inc."} {
		e := entity(d, name)
		if e == nil || len(e.Mentions) == 0 || e.Mentions[0].Text != want {
			t.Errorf("Extract(%q) = %v; want %s with the mention %q", text, summary(d), name, want)
		}
	}
}

// Issue 12: the agency of a dateline is the story's source, in no relation
// (co-occurrence or typed) with what the story names, even when the story
// names it again; the dateline's places keep theirs.
func TestCreditLineRelations(t *testing.T) {
	x := testExtractor(t)
	d := x.Extract(Input{ID: "t", Text: "JAKARTA (Reuters) - Ratna Kusumawati will face Bambang Suryadi in a run-off, Reuters reported.\n\nKATHMANDU, Nepal (AP) - Rescuers dug through homes on Saturday."})
	reuters, jakarta := entity(d, "Reuters"), entity(d, "Jakarta")
	kathmandu, nepal := entity(d, "Kathmandu"), entity(d, "Nepal")
	if reuters == nil || jakarta == nil || kathmandu == nil || nepal == nil {
		t.Fatalf("entities %v; want Reuters, Jakarta, Kathmandu and Nepal", summary(d))
	}
	if hasLink(d, reuters.ID, jakarta.ID) {
		t.Errorf("Reuters linked to Jakarta by its dateline: %+v", d.Relations)
	}
	if !hasLink(d, kathmandu.ID, nepal.ID) {
		t.Errorf("Kathmandu not linked to Nepal: %+v", d.Relations)
	}
	// The agency is the story's source, an organisation in no relation
	// with what the story names; under a headline too.
	for _, tc := range []struct{ agency, text string }{
		{"Reuters", "SANTA CLARA, California (Reuters) - Nvidia said on Monday it would buy Lumen Optics."},
		{"AFP", "ABUJA, Nigeria, March 4 (AFP) - Nigeria's central bank raised its main rate in Abuja on Tuesday."},
		{"Reuters", "PARIS, May 3 (Reuters) - Renault said profits fell in France."},
		{"Reuters", "Chipmaker Agrees To Buy Rival\n\nSANTA CLARA (Reuters) - Nvidia said on Monday it would buy Lumen Optics."},
		{"Reuters", "Chipmaker Agrees To Buy Rival\nSANTA CLARA (Reuters) - Nvidia said on Monday it would buy Lumen Optics."},
	} {
		text := tc.text
		d := x.Extract(Input{ID: "t", Text: text})
		r := entity(d, tc.agency)
		if d.Source != tc.agency || r == nil || r.Type != Organization {
			t.Errorf("Extract(%q): source %q, entities %v; want source and organisation %s", text, d.Source, summary(d), tc.agency)
			continue
		}
		for _, rel := range d.Relations {
			if rel.Source == r.ID || rel.Target == r.ID {
				t.Errorf("Extract(%q): the agency in relation %+v", text, rel)
			}
		}
	}
	// A first line that is a sentence is no headline.
	d = x.Extract(Input{ID: "t", Text: "Nvidia bought a rival.\nSANTA CLARA (Reuters) - Nvidia said on Monday it would buy Lumen Optics."})
	if d.Source != "" {
		t.Errorf("source %q after a sentence; want none", d.Source)
	}
}

// TestDatelineApartFromClub: a dateline's city stays a place when the
// story is about a club or a company of its name.
func TestDatelineApartFromClub(t *testing.T) {
	x := testExtractor(t)
	d := x.Extract(Input{ID: "t", Text: "NEWCASTLE, England (AP) — Newcastle beat Brighton 2-1 on Saturday. Newcastle moved up to fifth in the table."})
	var types []Type
	for _, e := range d.Entities {
		if e.Name == "Newcastle" {
			types = append(types, e.Type)
		}
	}
	if !slices.Contains(types, Place) || !slices.Contains(types, Organization) {
		t.Errorf("Newcastle as %v in %v; want the dateline's place and the club", types, summary(d))
	}
}

// TestDescriptionRelations: an organisation a description stands for
// takes part in the relations of the sentence. The description's noun
// picks the organisation whose name has it ("the commission": the
// Minerals Commission, though another was named since); "a company
// spokeswoman" speaks for the company in the story.
func TestDescriptionRelations(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct{ text, want string }{
		{"The Minerals Commission suspended 12 licences at Tarkwa. Goldfields Ghana was among the firms named. " +
			"The commission's chief executive, Martin Ayisi, said the miners had broken the law.",
			"Martin Ayisi -WORKS_FOR-> Minerals Commission (chief executive)"},
		{"Harwell Energy cut 200 jobs in Leeds. A company spokeswoman, Li Wenjing, said the cuts were painful.",
			"Li Wenjing -WORKS_FOR-> Harwell Energy (spokeswoman)"},
		// "The company" is a business, not the institute named since.
		{"Rainbow Robotics makes humanoid robots. It was founded by researchers at the Korea Advanced Institute of Science and Technology. " +
			"The company's chief executive, Lee Jung-ho, said sales doubled.",
			"Lee Jung-ho -WORKS_FOR-> Rainbow Robotics (chief executive)"},
		// "The bank" is the story's bank, not a rival named once in passing.
		{"Gulfstar NBD named Amira Haddad head of retail on Monday. Gulfstar NBD has grown fast in Egypt. " +
			"It bought Denizler in 2019 from Russia's Volgabank. Omar Nasser, the bank's group chief executive, said Haddad would lead the expansion.",
			"Omar Nasser -WORKS_FOR-> Gulfstar NBD (group chief executive)"},
		// Also when a rival's name has the word: "the bank" is no head of a name.
		{"Gulfstar NBD, the largest bank in Muscat, has hired Leila Farsi to run its retail business. " +
			"Farsi joins from Coral Bay Bank, where she led lending for six years. She succeeds Omar Nasser, who retires after 30 years with the bank.",
			"Omar Nasser -WORKS_FOR-> Gulfstar NBD former"},
		// But one named in the same sentence, before it, is nearer.
		{"Orla Foods bought Kestrel Dairy last year. Orla Foods said profit rose, and Orla Foods shares gained. " +
			"Analysts praised Kestrel Dairy, and the company's chief executive, Dana Whitlow, said sales doubled.",
			"Dana Whitlow -WORKS_FOR-> Kestrel Dairy (chief executive)"},
		// One belongs to a party named in full elsewhere in the story.
		{"The All Progressives Congress (APC) lost Lagos. Governor Rotimi Balogun of the APC conceded on Sunday.",
			"Rotimi Balogun -MEMBER_OF-> All Progressives Congress (Governor)"},
		// A description in apposition is the name before it, no mention of its own.
		{"Vodacom, the South African group that owns a large stake in Safaricom, said it would not sell.",
			"Vodacom -OWNS-> Safaricom"},
	} {
		got := rels(x.Extract(Input{ID: "t", Text: c.text}))
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: relations %q, want %s", c.text, got, c.want)
		}
	}
}

// TestReferents: a description stands for the story's subject, a
// headline's names not counted; a name before its kind ("the Greenpeace
// network") is no description; "she" is no man, and goes on standing for
// the woman it stood for.
func TestReferents(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct{ text, want, not string }{
		{"Harwell Medical to Buy Danish Start-Up Lumivue\nHarwell Medical AG said on Monday it would buy Lumivue ApS, " +
			"a Copenhagen-based maker of imaging software. The German medical group, which is headquartered in Erlangen, said the deal would close in May.",
			"Harwell Medical AG -BASED_IN-> Erlangen", "Lumivue ApS -BASED_IN-> Erlangen"},
		{"Harwell Energy cut 200 jobs in Leeds. Harwell Energy said profit fell. Harwell Energy shares dropped 4 percent. " +
			"Anna Berg, who chairs the Greenpeace network, criticised the cuts.",
			"Anna Berg -WORKS_FOR-> Greenpeace", "Anna Berg -WORKS_FOR-> Harwell Energy"},
		// "The council" is the council named sentences before, not the party named since.
		{"The Green Party failed to agree a coalition to run Millford District Council. The Conservatives won 21 of the 50 seats. " +
			"The Conservatives will try to govern alone, their leader said. Local firms said they were worried. " +
			"The council, which is based in Ashby, must choose a leader by June.",
			"Millford District Council -BASED_IN-> Ashby", "Conservatives -BASED_IN-> Ashby"},
		{"Margaret Ellis, an engineer, has died aged 91. In 1964 she moved to Bristol Aero, where she led a wing team. " +
			"\"She was never wrong,\" said Sir Alan Mercer, a former colleague. She later taught at the University of Bath.",
			"Margaret Ellis -WORKS_FOR-> University of Bath", "Alan Mercer -WORKS_FOR-> University of Bath"},
		// "The group" opening a sentence is the subject of the one before,
		// not the company it buys a stake in.
		{"Brekke Shipping to buy stake in Solvik Ferries AS\n\nOSLO — Brekke Shipping ASA said on Tuesday it would buy a 30 percent stake in Solvik Ferries AS from Fjord Capital for 2 billion crowns.\n\n" +
			"The Oslo-based group, which runs feeder ships across northern Europe, said the deal gave it passenger routes.",
			"Brekke Shipping ASA -BASED_IN-> Oslo", "Solvik Ferries -BASED_IN-> Oslo"},
		{"Dunmore United beat Castlebury Athletic 3-1 on Saturday to reach the final. Dunmore United scored twice before half-time. " +
			"Castlebury coach Paul Reed said his side had not been good enough. Reed said he had the full backing of the club's owner, Stephen Lyle.",
			"Stephen Lyle -OWNS-> Castlebury Athletic", "Stephen Lyle -OWNS-> Dunmore United"},
		// Analysts' employer is no story's company: "the group" and "its"
		// are the company they speak of.
		{"Harwood Steel lost money again. Analysts at Barclays said the Leeds-based group had run out of cash. " +
			"Its former chief executive, Colin Marsh, stepped down in May.",
			"Colin Marsh -WORKS_FOR-> Harwood Steel (former chief executive) former", "Colin Marsh -WORKS_FOR-> Barclays"},
		{"Harwood Steel lost money again. Analysts at Barclays said the Leeds-based group had run out of cash.",
			"Harwood Steel -BASED_IN-> Leeds", "Barclays -BASED_IN->"},
		{"Nordhavn agreed to buy a stake in Baltic Ferry Lines from Kestrel Capital. Analysts at Danske Bank said the price looked high. " +
			"\"Margins are thin,\" said Peter Holm, a transport analyst at the bank.",
			"Peter Holm -WORKS_FOR-> Danske Bank (transport analyst)", "Peter Holm -WORKS_FOR-> Kestrel Capital"},
		// A husband named with his trade after a comma is a man: "she" is not he.
		{"In 1962 Helen Marsden moved to Townsville. There she met her husband, the geologist Peter Marsden, who died in 2009. " +
			"In 1981 she founded the Reef Watch Trust, a charity. She chaired the trust until 2005.",
			"Helen Marsden -WORKS_FOR-> Reef Watch Trust", "Peter Marsden -WORKS_FOR->"},
		// "Mr Okafor" before his brother is named is the man named before.
		{"Samuel Okafor, 29, was stabbed outside a bar in Leeds. Mr Okafor, a father of two who lived in Chapeltown, died two days later. " +
			"His brother, David Okafor, wept in the public gallery.",
			"Samuel Okafor -LIVES_IN-> Chapeltown", "David Okafor -LIVES_IN->"},
		// A name nearly only men bear is a man's: "she" is not Joseph.
		{"Ingrid Dahl joined the institute in 1965. There she worked with Joseph Mwangi on maize. " +
			"In the 1970s she worked for the Rockefeller Foundation in Mexico.",
			"Ingrid Dahl -WORKS_FOR-> Rockefeller Foundation", "Joseph Mwangi -WORKS_FOR->"},
		// And no other body where the story names no council.
		{"The Conservatives won 21 of the 50 seats in May. The Conservatives will try to govern alone. " +
			"The council's chief executive, Alan Birch, will run day-to-day business until then.",
			"", "Alan Birch -WORKS_FOR->"},
	} {
		got := rels(x.Extract(Input{ID: "t", Text: c.text}))
		if c.want != "" && !slices.Contains(got, c.want) || slices.ContainsFunc(got, func(r string) bool { return strings.HasPrefix(r, c.not) }) {
			t.Errorf("%q: relations %q, want %s and not %s", c.text, got, c.want, c.not)
		}
	}
}

// TestOwnerNotEmployee: the owner a possessive names owns the business
// and is not its employee, though "owner" reads as a role too.
func TestOwnerNotEmployee(t *testing.T) {
	x := testExtractor(t)
	text := "The Velvet Room's owner, Priya Nair, said the bar had installed more cameras."
	got := rels(x.Extract(Input{ID: "t", Text: text}))
	if want := []string{"Priya Nair -OWNS-> Velvet Room"}; !slices.Equal(got, want) {
		t.Errorf("%q: relations %q, want %q", text, got, want)
	}
}
