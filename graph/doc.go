// Package graph merges per-document extraction results into one
// entity-relationship graph, ranks its entities by centrality computed on
// gonum graph types, and writes it as GraphML.
package graph
