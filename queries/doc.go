// Package queries holds ergraph's Cypher: the query pack that users run in
// Neo4j Browser or with 'ergraph query', and the statements the loader
// writes with. Both are .cypher files embedded in the binary.
//
// Each pack file starts with a header of // comments: the first line says
// what the query answers, then ":param NAME => VALUE" lines give every
// parameter a default that Browser accepts, an optional "Required:" line
// names parameters the command line must be given, "Check:" lines say what
// each parameter accepts (see Check), and an example of the output follows. Queries use $name parameters only; no value is ever
// spliced into the text.
package queries
