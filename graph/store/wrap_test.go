package store

import (
	"errors"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestWrap checks that driver errors become one line in the user's terms:
// no driver codes, a hint for what to do, never the password.
func TestWrap(t *testing.T) {
	tests := []struct {
		name     string
		password string
		err      error
		kind     error
		want     []string
		notWant  []string
	}{
		{"wrong password", "s3cret-pw", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized", Msg: "The client is unauthorized due to authentication failure."},
			ErrAuth, []string{"wrong user or password"}, []string{"Neo.ClientError", "s3cret-pw"}},
		{"no password", "", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized", Msg: "unauthorized"},
			ErrAuth, []string{"no password was given"}, []string{"Neo.ClientError"}},
		{"too many failed logins", "s3cret-pw", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.AuthenticationRateLimit", Msg: "The client has provided incorrect authentication details too many times in a row."},
			ErrForbidden, []string{"wait a few seconds"}, []string{"Neo.ClientError", "s3cret-pw"}},
		{"unknown database", "s3cret-pw", &neo4j.Neo4jError{Code: "Neo.ClientError.Database.DatabaseNotFound", Msg: "Graph not found: nosuchdb"},
			ErrNoDatabase, []string{"Graph not found: nosuchdb"}, []string{"Neo.ClientError", "Neo4jError"}},
		{"silent while connecting", "s3cret-pw", errNoAnswer{after: 2e9, flag: "connect"},
			ErrUnreachable, []string{"cannot reach Neo4j: no answer within 2s (see -connect-timeout)"}, nil},
		{"silent inside a transaction", "s3cret-pw", errNoAnswer{after: 2e9, flag: "tx"},
			ErrStalled, []string{"stopped answering in a transaction: no answer within 2s (see -tx-timeout)"}, []string{"cannot reach"}},
		{"server echoes the password", "s3cret-pw", errors.New("bad thing with s3cret-pw inside"),
			nil, []string{"******"}, []string{"s3cret-pw"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &Store{cfg: Config{URI: "bolt://127.0.0.1:7687", User: "neo4j", Password: tt.password, Database: "neo4j"}}
			err := s.wrap("connect", tt.err)
			msg := err.Error()
			if tt.kind != nil && !errors.Is(err, tt.kind) {
				t.Errorf("wrap = %q; want it to be %v", msg, tt.kind)
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("wrap = %q; want one line", msg)
			}
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("wrap = %q; want %q in it", msg, w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(msg, w) {
					t.Errorf("wrap = %q; want no %q", msg, w)
				}
			}
		})
	}
}
