package store

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

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
	ErrStalled     = errors.New("Neo4j stopped answering in a transaction")
)

// Defaults of Config.
const (
	DefaultBatch          = 5000 // rows per write transaction
	DefaultConnectTimeout = 15 * time.Second
	DefaultTxTimeout      = 5 * time.Minute
)

// Config says where and how to connect.
type Config struct {
	// URI is bolt://host:7687 or neo4j://host:7687. User and password in
	// it (bolt://user:pw@host) are used when User and Password are empty,
	// and never shown: errors name the URI without them.
	URI      string
	User     string
	Password string
	Database string // "" means "neo4j"
	Batch    int    // rows per transaction; DefaultBatch if 0
	// ConnectTimeout bounds connecting: opening a socket, the Bolt
	// handshake and getting a connection from the pool
	// (DefaultConnectTimeout if 0).
	ConnectTimeout time.Duration
	// TxTimeout bounds one transaction: the server aborts it after this
	// long, and the client gives up waiting shortly after, so a server
	// that stops answering ends the run (DefaultTxTimeout if 0).
	TxTimeout time.Duration
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
	if cfg.ConnectTimeout <= 0 {
		cfg.ConnectTimeout = DefaultConnectTimeout
	}
	if cfg.TxTimeout <= 0 {
		cfg.TxTimeout = DefaultTxTimeout
	}
	if cfg.URI == "" {
		return nil, fmt.Errorf("%w: no URI given (set -uri or NEO4J_URI)", ErrUnreachable)
	}
	uri, user, password, err := splitUserinfo(cfg.URI)
	if err != nil {
		return nil, fmt.Errorf("%w: %s", ErrUnreachable, redact(err.Error(), password))
	}
	cfg.URI = uri
	cfg.User = cmp.Or(cfg.User, user)
	cfg.Password = cmp.Or(cfg.Password, password)
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""),
		func(c *config.Config) {
			c.MaxConnectionPoolSize = 8
			c.SocketConnectTimeout = cfg.ConnectTimeout
			c.ConnectionAcquisitionTimeout = cfg.ConnectTimeout
			c.ConnectionLivenessCheckTimeout = cfg.ConnectTimeout
		})
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %s", cfg.URI, redact(err.Error(), cfg.Password))
	}
	s := &Store{driver: d, cfg: cfg}
	if err := s.check(ctx); err != nil {
		d.Close(ctx)
		return nil, err
	}
	return s, nil
}

// URI returns the server's URI without user or password, for messages.
func (s *Store) URI() string { return s.cfg.URI }

// splitUserinfo removes user and password from a URI and returns them.
func splitUserinfo(raw string) (uri, user, password string, err error) {
	u, err := url.Parse(raw)
	if err != nil {
		// url.Parse quotes the whole URI: say only what is wrong.
		var uerr *url.Error
		if errors.As(err, &uerr) {
			err = uerr.Err
		}
		return "", "", "", fmt.Errorf("invalid URI: %w", err)
	}
	if u.User == nil {
		return raw, "", "", nil
	}
	user = u.User.Username()
	password, _ = u.User.Password()
	u.User = nil
	return u.String(), user, password, nil
}

// check runs a trivial read in the configured database, within the
// connect timeout.
func (s *Store) check(ctx context.Context) error {
	ctx, cancel := context.WithTimeoutCause(ctx, s.cfg.ConnectTimeout, errNoAnswer{s.cfg.ConnectTimeout, "connect"})
	defer cancel()
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return s.wrap("connect", cause(ctx, err))
	}
	_, err := neo4j.ExecuteQuery(ctx, s.driver, "RETURN 1", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.cfg.Database), neo4j.ExecuteQueryWithReadersRouting())
	return s.wrap("connect", cause(ctx, err))
}

// errNoAnswer is a timeout of the client: the server did not answer.
type errNoAnswer struct {
	after time.Duration
	flag  string
}

func (e errNoAnswer) Error() string {
	return fmt.Sprintf("no answer within %s (see -%s-timeout)", e.after, e.flag)
}

// cause replaces a driver error caused by ctx ending with the reason it
// ended: a timeout of ours or an interrupt.
func cause(ctx context.Context, err error) error {
	if err != nil && ctx.Err() != nil {
		return context.Cause(ctx)
	}
	return err
}

// txContext bounds one transaction on the client side, a little after the
// server's own timeout would have ended it.
func (s *Store) txContext(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeoutCause(ctx, s.cfg.TxTimeout+s.cfg.ConnectTimeout, errNoAnswer{s.cfg.TxTimeout, "tx"})
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
	var noAnswer errNoAnswer
	var kind error
	msg := firstLine(err.Error())
	if errors.As(err, &nerr) && nerr.Msg != "" {
		msg = firstLine(nerr.Msg) // the server's words, without the driver's codes
	}
	msg = strings.TrimPrefix(msg, "ConnectivityError: ")
	switch {
	case errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Security.AuthenticationRateLimit":
		return fmt.Errorf("%s: %s: %w: too many failed logins in a row; wait a few seconds, then retry with the right password", op, where, ErrForbidden)
	case errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Security.Unauthorized":
		kind = ErrAuth
		msg = "wrong user or password (-user, -password, NEO4J_USERNAME, NEO4J_PASSWORD)"
		if s.cfg.Password == "" {
			msg = "no password was given (-password or NEO4J_PASSWORD)"
		}
	case errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Database.DatabaseNotFound":
		kind = ErrNoDatabase
	case errors.As(err, &nerr) && strings.HasPrefix(nerr.Code, "Neo.ClientError.Security."):
		kind = ErrForbidden
	case errors.As(err, &nerr) && (strings.Contains(nerr.Code, "WriteOnReadOnlyAccessDatabase") || strings.Contains(nerr.Code, "ReadOnly")):
		kind = ErrReadOnly
	case errors.As(err, &noAnswer) && noAnswer.flag == "tx":
		kind = ErrStalled
	case errors.As(err, new(errNoAnswer)) || neo4j.IsConnectivityError(err) || isDial(err):
		kind = ErrUnreachable
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("%s: %w", op, err)
	}
	msg = redact(msg, s.cfg.Password)
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
	ctx, cancel := s.txContext(ctx)
	defer cancel()
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(context.WithoutCancel(ctx))
	recs, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) ([]*neo4j.Record, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		return res.Collect(ctx)
	}, neo4j.WithTxTimeout(s.cfg.TxTimeout))
	if err == nil && collect != nil {
		for _, r := range recs {
			collect(r)
		}
	}
	return cause(ctx, err)
}

// stream runs a read query and hands each record to each as it arrives,
// so that a large result is never held whole. A retried transaction reads
// again from the first record: start is called before every attempt.
func (s *Store) stream(ctx context.Context, cypher string, params map[string]any, start func(), each func(*neo4j.Record) error) error {
	ctx, cancel := s.txContext(ctx)
	defer cancel()
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(context.WithoutCancel(ctx))
	_, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		start()
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return struct{}{}, err
		}
		for res.Next(ctx) {
			if err := each(res.Record()); err != nil {
				return struct{}{}, err
			}
		}
		return struct{}{}, res.Err()
	}, neo4j.WithTxTimeout(s.cfg.TxTimeout))
	return cause(ctx, err)
}

// read runs a read query and returns its records.
func (s *Store) read(ctx context.Context, cypher string, params map[string]any) (*neo4j.EagerResult, error) {
	return s.query(ctx, cypher, params, neo4j.ExecuteQueryWithReadersRouting())
}

// query runs one statement with ExecuteQuery, within the transaction
// timeout.
func (s *Store) query(ctx context.Context, cypher string, params map[string]any, routing neo4j.ExecuteQueryConfigurationOption) (*neo4j.EagerResult, error) {
	ctx, cancel := s.txContext(ctx)
	defer cancel()
	res, err := neo4j.ExecuteQuery(ctx, s.driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.cfg.Database), routing,
		neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(s.cfg.TxTimeout)))
	return res, cause(ctx, err)
}
