// Package store loads an ergraph graph into Neo4j and reads it back. It is
// the only package that talks to the database.
//
// Writes are UNWIND batches of MERGE statements inside managed write
// transactions, which the driver retries on transient errors, so every
// statement is idempotent: loading the same documents twice leaves every
// node, relationship and property as it was. Relationship weights are
// summed from the per-document weights stored on the relationship, never
// added blindly. Labels and relationship types come only from fixed lists;
// every value is a parameter.
//
// Documents have versions: each Document node keeps the content hash of
// the article. Load skips a document stored with the same hash and
// replaces one stored with another: Delete takes back what the old
// version said (its mentions, its entries in the per-document lists every
// relationship keeps, the entities and relationships nothing else
// supports), then the new version is merged.
package store
