package extract

import "github.com/ergraph/ergraph/extract/name"

// ID returns the stable identifier of an entity of type t named name:
// the lower-case type, a colon, and the name's matching key (name.ID), as
// in "person:amber-rudd". The result is a valid XML NMTOKEN.
func ID(t Type, s string) string { return name.ID(string(t), s) }
