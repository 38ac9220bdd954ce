package name

import "strings"

// nicknames lists common English short forms by the name they stand for.
// A short form shared by two names ("Al": Albert, Alan, Alfred) is left
// out: it could be either.
var nicknames = map[string]string{
	"alexander": "alex sandy", "andrew": "andy drew", "anthony": "tony", "benjamin": "ben benny",
	"catherine": "cathy kate katie", "charles": "charlie chuck", "christopher": "chris",
	"daniel": "dan danny", "david": "dave davy", "deborah": "debbie debra", "donald": "don donny",
	"edward": "ed eddie ted ned", "elizabeth": "liz beth betty lizzie eliza", "frederick": "fred freddie",
	"gregory": "greg", "james": "jim jimmy jamie", "jennifer": "jen jenny", "john": "johnny jack",
	"jonathan": "jon", "joseph": "joe joey", "joshua": "josh", "katherine": "kathy kate",
	"kenneth": "ken kenny", "lawrence": "larry", "margaret": "maggie meg peggy", "matthew": "matt",
	"michael": "mike mickey", "nicholas": "nick nicky", "patricia": "pat patty trish",
	"patrick": "paddy", "peter": "pete", "philip": "phil", "rebecca": "becky", "richard": "rick dick rich ricky",
	"robert": "bob rob bobby robbie bert", "ronald": "ron ronnie", "samuel": "sam sammy", "stephen": "steve",
	"steven": "steve", "susan": "sue susie", "theodore": "theo", "thomas": "tom tommy",
	"timothy": "tim", "victoria": "vicky tori", "william": "bill will billy willie liam",
	"zachary": "zach zack",
}

// given maps every first name of nicknames to the name it stands for.
var given = func() map[string]string {
	m := map[string]string{}
	for full, shorts := range nicknames {
		m[full] = full
		for _, s := range strings.Fields(shorts) {
			if m[s] != "" && m[s] != full {
				m[s] = "?" // claimed by two names ("steve", "kate"): neither
				continue
			}
			m[s] = full
		}
	}
	return m
}()

// Given returns the full first name a nickname stands for ("joe" as
// "joseph"), or w itself. w is a word of Words.
func Given(w string) string {
	if g := given[w]; g != "" && g != "?" {
		return g
	}
	return w
}
