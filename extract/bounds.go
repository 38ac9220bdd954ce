package extract

import (
	"strings"
	"unicode/utf8"
)

// Bounds on what one document can produce, so that memory and output grow
// linearly with the text whatever it holds (see also text.MaxSentenceTokens).
const (
	// MaxNameBytes bounds an entity name (and so its id) far below the
	// 8 KB key limit of a Neo4j index. A longer run of capitalised words is
	// cut at a word boundary; each mention keeps the full text and offsets.
	MaxNameBytes = 256
	// MaxEvidenceBytes bounds one evidence sentence of a relation. A longer
	// sentence (one with very long tokens) is cut at a word boundary and
	// ends with "…".
	MaxEvidenceBytes = 1000
)

// capName cuts name to at most MaxNameBytes.
func capName(name string) string {
	if len(name) <= MaxNameBytes {
		return name
	}
	return strings.TrimSpace(cutText(name, MaxNameBytes))
}

// capEvidence cuts every evidence sentence of rels to MaxEvidenceBytes.
// Evidence strings share the bytes of the document text, and so do the
// cut ones: no relation copies its sentence.
func capEvidence(rels []Relation) {
	for i := range rels {
		for j, ev := range rels[i].Evidence {
			if len(ev) > MaxEvidenceBytes {
				rels[i].Evidence[j] = strings.TrimSpace(cutText(ev, MaxEvidenceBytes-len("…"))) + "…"
			}
		}
	}
}

// cutText returns the longest prefix of s of at most n bytes that ends at
// a space in the second half of those n bytes, or else at a rune boundary.
func cutText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if i := strings.LastIndexByte(s[:n+1], ' '); i >= n/2 {
		return s[:i]
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
