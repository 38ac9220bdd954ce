package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/ergraph/ergraph/graph/store"
)

// connFlags are the Neo4j connection flags of load, centrality and query.
// Each defaults to its standard environment variable.
type connFlags struct {
	uri, user, password, database string
	batch                         int
	connectTimeout, txTimeout     time.Duration
}

const defaultURI = "bolt://localhost:7687"

func (c *connFlags) register(fs *flag.FlagSet) {
	// The defaults from the environment are read at open, not here, so
	// that -h never shows a password given in NEO4J_URI.
	fs.StringVar(&c.uri, "uri", "", "Neo4j `URI`, bolt:// or neo4j:// (default env NEO4J_URI, else "+defaultURI+")")
	fs.StringVar(&c.user, "user", "", "Neo4j user (default env NEO4J_USERNAME, else neo4j)")
	fs.StringVar(&c.password, "password", "", "Neo4j password (env NEO4J_PASSWORD, which keeps it out of the process list)")
	fs.StringVar(&c.database, "database", "", "Neo4j database (default env NEO4J_DATABASE, else neo4j)")
	fs.IntVar(&c.batch, "batch", store.DefaultBatch, "rows per write transaction")
	fs.DurationVar(&c.connectTimeout, "connect-timeout", store.DefaultConnectTimeout, "give up connecting to Neo4j after this `duration`")
	fs.DurationVar(&c.txTimeout, "tx-timeout", store.DefaultTxTimeout, "give up on one Neo4j transaction after this `duration`")
}

// config resolves the connection: a flag first, then the user and
// password inside the URI, then the environment.
func (c *connFlags) config() store.Config {
	uri := cmp.Or(c.uri, os.Getenv("NEO4J_URI"), defaultURI)
	password, user := c.password, c.user
	if u, err := url.Parse(uri); err == nil && u.User != nil {
		p, ok := u.User.Password()
		addSecret(p)
		if !ok {
			password = cmp.Or(password, os.Getenv("NEO4J_PASSWORD"))
		}
	} else {
		password = cmp.Or(password, os.Getenv("NEO4J_PASSWORD"))
		user = cmp.Or(user, os.Getenv("NEO4J_USERNAME"), "neo4j")
	}
	addSecret(password)
	return store.Config{URI: uri, User: user, Password: password,
		Database: cmp.Or(c.database, os.Getenv("NEO4J_DATABASE"), "neo4j"), Batch: c.batch,
		ConnectTimeout: c.connectTimeout, TxTimeout: c.txTimeout}
}

func (c *connFlags) open(ctx context.Context) (*store.Store, error) {
	switch {
	case c.batch < 1:
		return nil, fmt.Errorf("%w: -batch %d: want at least 1 row per transaction", errUsage, c.batch)
	case c.connectTimeout < 0, c.txTimeout < 0:
		return nil, fmt.Errorf("%w: -connect-timeout and -tx-timeout must not be negative", errUsage)
	}
	setPhase("connecting", rerunNothing)
	return store.Open(ctx, c.config())
}

// secrets are the passwords this run was given, wherever from; report and
// the interrupt message remove them from every line they print.
var secrets struct {
	sync.Mutex
	list []string
}

func addSecret(s string) {
	if len(s) < 3 {
		return // a letter or two would blank out ordinary words
	}
	secrets.Lock()
	defer secrets.Unlock()
	secrets.list = append(secrets.list, s, url.QueryEscape(s), url.PathEscape(s))
}

// redactSecrets replaces every known password in s.
func redactSecrets(s string) string {
	secrets.Lock()
	defer secrets.Unlock()
	for _, p := range secrets.list {
		if p != "" {
			s = strings.ReplaceAll(s, p, "******")
		}
	}
	return s
}

// lock takes the database's load lock for a run that writes what it
// resolved against what is stored, telling the user if another run holds
// it. It returns the context to do the work under (cancelled if the lease
// is lost) and the function that gives the lock back.
func lock(ctx context.Context, e env, s *store.Store) (context.Context, func(), error) {
	setPhase("waiting for the load lock", rerunNothing)
	lctx, l, err := s.Lock(ctx, func(h store.Holder) {
		fmt.Fprintf(e.stderr, "ergraph: another run is writing to this database (%s); waiting for it to finish\n", h)
	})
	if err != nil {
		return nil, nil, err
	}
	var once sync.Once
	release := func() {
		once.Do(func() {
			dropRelease(&once)
			if err := l.Release(ctx); err != nil {
				fmt.Fprintf(e.stderr, "ergraph: warning: %s; it frees itself within %s\n", redactSecrets(err.Error()), store.LeaseTime())
			}
		})
	}
	addRelease(&once, release)
	return lctx, release, nil
}

// held are the releases of the load locks this process holds, keyed by
// their once, so that an interrupted run that does not return in time (a
// centrality that does not look at its context) still gives its lock
// back before it exits, instead of making the next run wait for the lease.
var held struct {
	sync.Mutex
	releases map[*sync.Once]func()
}

func addRelease(key *sync.Once, release func()) {
	held.Lock()
	defer held.Unlock()
	if held.releases == nil {
		held.releases = map[*sync.Once]func(){}
	}
	held.releases[key] = release
}

func dropRelease(key *sync.Once) {
	held.Lock()
	defer held.Unlock()
	delete(held.releases, key)
}

// releaseLocks gives back every load lock still held, waiting at most
// wait for the server.
func releaseLocks(wait time.Duration) {
	held.Lock()
	var all []func()
	for _, r := range held.releases {
		all = append(all, r)
	}
	held.Unlock()
	done := make(chan struct{})
	go func() {
		for _, r := range all {
			r()
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(wait):
	}
}
