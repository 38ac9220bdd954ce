// Package extract turns the text of one news article into entities
// (people, organisations, places and events), their mentions with byte
// offsets, and the relations the text states between them.
//
// It orchestrates the stages, each a package of its own: text
// preparation (package text), part-of-speech tags (pos), the entity tagger
// (ner), names and their keys (name), and relations (relation); the word
// lists they read are package lexicon's. This package reads the tagger's
// spans as mentions, types and resolves them within the document.
//
// It knows nothing of graphs or databases: each Document stands alone, and
// merging documents into one graph is the job of package graph.
package extract
