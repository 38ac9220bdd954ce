package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

// Type is the kind of an entity.
type Type string

// The entity types ergraph extracts.
const (
	Person       Type = "Person"
	Organization Type = "Organization"
	Place        Type = "Place"
	Event        Type = "Event"
)

// Types lists every entity type in a fixed order.
var Types = []Type{Person, Organization, Place, Event}

// Mention is one occurrence of an entity in the text.
type Mention struct {
	Text     string `json:"text"`
	Start    int    `json:"start"` // byte offset of the first byte in Input.Text
	End      int    `json:"end"`   // byte offset one past the last byte
	Sentence int    `json:"sentence"`
}

// Entity is everything one document says about one real-world entity: all
// its mentions folded under its canonical (fullest) name.
type Entity struct {
	ID      string   `json:"id"` // stable across documents: see ID
	Name    string   `json:"name"`
	Type    Type     `json:"type"`
	Aliases []string `json:"aliases"`
	// MergedBy says why each alias names this entity: a kind of
	// extract/name ("surname", "acronym", "nickname", ...), "same-name"
	// for a different spelling of one name, or "in-text" when the text
	// itself joined them ("General Elections Commission (KPU)").
	MergedBy map[string]string `json:"mergedBy,omitempty"`
	Roles    []string          `json:"roles,omitempty"` // titles seen with the name, such as "Defence Secretary"
	Mentions []Mention         `json:"mentions"`
}

// Relation links two entities of one document. Source and Target are
// entity IDs. Co-occurrence relations are undirected and have Source < Target.
type Relation struct {
	Source     string  `json:"source"`
	Target     string  `json:"target"`
	Type       string  `json:"type"`
	Directed   bool    `json:"directed"`
	Role       string  `json:"role,omitempty"`
	Weight     int     `json:"weight"` // number of sentences that state it
	Confidence float64 `json:"confidence"`
	// Former is true when the text states the relation as past: "the
	// former chief executive of Apple". Graphs store it as current = !Former.
	Former   bool     `json:"former,omitempty"`
	Evidence []string `json:"evidence"` // at most MaxEvidence sentences
}

// Relation types. CoOccurs is undirected; the others point from the
// subject (the employee, the owner, the killer) to the object.
const (
	CoOccurs       = "CO_OCCURS"
	WorksFor       = "WORKS_FOR"
	Owns           = "OWNS"
	Killed         = "KILLED"
	ParticipatedIn = "PARTICIPATED_IN"
	MemberOf       = "MEMBER_OF"
	LocatedIn      = "LOCATED_IN"
	BasedIn        = "BASED_IN"
	LivesIn        = "LIVES_IN"
	BornIn         = "BORN_IN"
)

// RelationTypes lists every relation type ergraph may produce.
var RelationTypes = []string{CoOccurs, WorksFor, Owns, Killed, ParticipatedIn, MemberOf, LocatedIn, BasedIn, LivesIn, BornIn}

// MaxEvidence bounds the evidence sentences kept per relation.
const MaxEvidence = 5

// Input is one article to extract from.
type Input struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Title     string `json:"title,omitempty"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Path      string `json:"path,omitempty"`
}

// Hash is the hex SHA-256 of what the article says: its text, title,
// source, URL and publication date, each length-prefixed. The id and path
// are left out, so a moved file keeps its hash and an edited one does not.
func (in Input) Hash() string {
	h := sha256.New()
	for _, f := range []string{in.Text, in.Title, in.Source, in.URL, in.Published} {
		fmt.Fprintf(h, "%d:%s", len(f), f)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Format is the version of the JSON form of Document that 'ergraph
// extract' writes, one document a line, each line with "format" set to it.
// Readers refuse a line of another format rather than guess at its fields.
const Format = 1

// Document is the extraction result for one Input.
type Document struct {
	ID        string     `json:"doc"`
	Hash      string     `json:"hash"` // Input.Hash: 64 hex digits
	Title     string     `json:"title,omitempty"`
	Source    string     `json:"source,omitempty"`
	URL       string     `json:"url,omitempty"`
	Published string     `json:"published,omitempty"`
	Path      string     `json:"path,omitempty"`
	Tokens    int        `json:"tokens"`
	Sentences int        `json:"sentences"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}
