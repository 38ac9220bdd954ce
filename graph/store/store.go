package store

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Errors a caller may tell apart.
var (
	ErrUnreachable = errors.New("cannot reach Neo4j")
	ErrAuth        = errors.New("authentication failed")
	ErrNoDatabase  = errors.New("database not found")
	ErrForbidden   = errors.New("permission denied")
	ErrReadOnly    = errors.New("database is read-only")
)

// DefaultBatch is the default number of rows per write transaction.
const DefaultBatch = 5000

// Config says where and how to connect.
type Config struct {
	URI      string // bolt://host:7687 or neo4j://host:7687
	User     string
	Password string
	Database string // "" means "neo4j"
	Batch    int    // rows per transaction; DefaultBatch if 0
}

// Store is a connection to one Neo4j database. It is safe for concurrent
// use; a process needs only one.
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config
}

// Open connects to Neo4j and checks that the server answers, the
// credentials are accepted and the database exists.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.Database == "" {
		cfg.Database = "neo4j"
	}
	if cfg.Batch <= 0 {
		cfg.Batch = DefaultBatch
	}
	if cfg.URI == "" {
		return nil, fmt.Errorf("%w: no URI given (set -uri or NEO4J_URI)", ErrUnreachable)
	}
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""),
		func(c *config.Config) {
			c.MaxConnectionPoolSize = 8
			c.SocketConnectTimeout = 0
		})
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", cfg.URI, err)
	}
	s := &Store{driver: d, cfg: cfg}
	if err := s.check(ctx); err != nil {
		d.Close(ctx)
		return nil, err
	}
	return s, nil
}

// check runs a trivial read in the configured database.
func (s *Store) check(ctx context.Context) error {
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return s.wrap("connect", err)
	}
	_, err := neo4j.ExecuteQuery(ctx, s.driver, "RETURN 1", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.cfg.Database), neo4j.ExecuteQueryWithReadersRouting())
	return s.wrap("connect", err)
}

// Close closes the connection.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

// wrap turns a driver error into one line that names the server, the user
// and the database but never the password.
func (s *Store) wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	where := fmt.Sprintf("Neo4j at %s (user %q, database %q)", s.cfg.URI, s.cfg.User, s.cfg.Database)
	var nerr *neo4j.Neo4jError
	var kind error
	switch {
	case errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Security.Unauthorized":
		kind = ErrAuth
	case errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Database.DatabaseNotFound":
		kind = ErrNoDatabase
	case errors.As(err, &nerr) && strings.HasPrefix(nerr.Code, "Neo.ClientError.Security."):
		kind = ErrForbidden
	case errors.As(err, &nerr) && (strings.Contains(nerr.Code, "WriteOnReadOnlyAccessDatabase") || strings.Contains(nerr.Code, "ReadOnly")):
		kind = ErrReadOnly
	case neo4j.IsConnectivityError(err) || isDial(err):
		kind = ErrUnreachable
	}
	msg := redact(firstLine(err.Error()), s.cfg.Password)
	if kind != nil {
		return fmt.Errorf("%s: %s: %w: %s", op, where, kind, msg)
	}
	return fmt.Errorf("%s: %s: %s", op, where, msg)
}

func isDial(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "connection refused") || strings.Contains(msg, "no such host") ||
		strings.Contains(msg, "i/o timeout") || strings.Contains(msg, "ConnectivityError")
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// redact removes the password from a message, in case a server or driver
// ever echoes it.
func redact(msg, password string) string {
	if len(password) < 3 {
		return msg
	}
	return strings.ReplaceAll(msg, password, "******")
}

// write runs one statement with params in a managed write transaction
// and hands its records to collect, if not nil, once it has committed.
func (s *Store) write(ctx context.Context, cypher string, params map[string]any, collect func(*neo4j.Record)) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	recs, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) ([]*neo4j.Record, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		return res.Collect(ctx)
	})
	if err == nil && collect != nil {
		for _, r := range recs {
			collect(r)
		}
	}
	return err
}

// read runs a read query and returns its records.
func (s *Store) read(ctx context.Context, cypher string, params map[string]any) (*neo4j.EagerResult, error) {
	return neo4j.ExecuteQuery(ctx, s.driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.cfg.Database), neo4j.ExecuteQueryWithReadersRouting())
}
