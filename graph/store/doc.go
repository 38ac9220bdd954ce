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
package store
