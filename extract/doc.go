// Package extract turns the text of one news article into entities
// (people, organisations, places and events), their mentions with byte
// offsets, and the relations the text states between them.
//
// It knows nothing of graphs or databases: each Document stands alone, and
// merging documents into one graph is the job of package graph.
package extract
