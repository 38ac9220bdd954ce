// Package name is ergraph's one place for entity names: how a name is
// cleaned for display, folded into a key for matching and into an entity
// id, and which pairs of names may be the same entity.
//
// Both halves of resolution use it: package extract when it folds the
// mentions of one document into entities, and package graph when it
// merges entities across documents and against what a database holds.
// The rules here look at names only; whether a candidate pair is merged
// is decided by the caller from context (type, roles, linked entities).
package name
