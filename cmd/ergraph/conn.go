package main

import (
	"cmp"
	"context"
	"flag"
	"os"

	"github.com/ergraph/ergraph/graph/store"
)

// connFlags are the Neo4j connection flags of load, centrality and query.
// Each defaults to its standard environment variable.
type connFlags struct {
	uri, user, password, database string
	batch                         int
}

func (c *connFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.uri, "uri", cmp.Or(os.Getenv("NEO4J_URI"), "bolt://localhost:7687"), "Neo4j `URI`, bolt:// or neo4j:// (env NEO4J_URI)")
	fs.StringVar(&c.user, "user", cmp.Or(os.Getenv("NEO4J_USERNAME"), "neo4j"), "Neo4j user (env NEO4J_USERNAME)")
	fs.StringVar(&c.password, "password", "", "Neo4j password (env NEO4J_PASSWORD, which keeps it out of the process list)")
	fs.StringVar(&c.database, "database", cmp.Or(os.Getenv("NEO4J_DATABASE"), "neo4j"), "Neo4j database (env NEO4J_DATABASE)")
	fs.IntVar(&c.batch, "batch", store.DefaultBatch, "rows per write transaction")
}

func (c *connFlags) open(ctx context.Context) (*store.Store, error) {
	return store.Open(ctx, store.Config{URI: c.uri, User: c.user,
		Password: cmp.Or(c.password, os.Getenv("NEO4J_PASSWORD")), Database: c.database, Batch: c.batch})
}
