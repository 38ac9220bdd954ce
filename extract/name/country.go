package name

import "strings"

// countryForms maps the short and long forms of country names, in lower
// case, to one form: "America", "U.S." and "the United States" are one
// country, and documents should agree on its id.
var countryForms = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(`united states|us|u.s.|u.s|usa|u.s.a.|america|united states of america
united kingdom|uk|u.k.|britain|great britain
netherlands|holland
czech republic|czechia
united arab emirates|uae|emirates
south korea|republic of korea
north korea|dprk
russia|russian federation
ivory coast|côte d'ivoire|cote divoire
myanmar|burma
democratic republic of congo|dr congo|drc|democratic republic of the congo`, "\n") {
		forms := strings.Split(line, "|")
		for _, f := range forms {
			m[f] = forms[0]
		}
	}
	return m
}()

// Country returns the full form, in lower case, of the country that name
// (in any case, with single spaces) stands for, and whether it is one:
// "U.S." gives "united states".
func Country(name string) (string, bool) {
	c, ok := countryForms[strings.ToLower(name)]
	return c, ok
}
