package ner

// Type is an entity class of the tagger.
type Type string

// The classes of the tagger, as CoNLL-2003 names them PER, ORG, LOC and
// MISC. Misc holds nationalities, events, products and works.
const (
	Person       Type = "Person"
	Organization Type = "Organization"
	Place        Type = "Place"
	Misc         Type = "Misc"
)

// Types lists the classes in a fixed order.
var Types = []Type{Person, Organization, Place, Misc}
