package store

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestReadOnlyDatabase starts a second local server whose database is
// read-only (Community Edition has no read-only users; this is what such
// a user meets) and checks that a load fails with one clear line.
func TestReadOnlyDatabase(t *testing.T) {
	if os.Getenv("ERGRAPH_NEO4J_LOCAL") != "1" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but ERGRAPH_NEO4J_LOCAL is not 1: run the tests with scripts/test.sh")
		}
		t.Skip("needs scripts/neo4j-local.sh (ERGRAPH_NEO4J_LOCAL=1)")
	}
	home := t.TempDir()
	env := append(os.Environ(), "ERGRAPH_NEO4J_HOME="+home, "ERGRAPH_NEO4J_PORT=7695")
	script := func(args ...string) error {
		cmd := exec.Command("../../scripts/neo4j-local.sh", args...)
		cmd.Env = env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Logf("neo4j-local.sh %v: %s", args, out)
		}
		return err
	}
	// A database is created writable, then served read-only.
	if err := script("start"); err != nil {
		t.Fatalf("start a server: %v", err)
	}
	defer script("stop")
	if err := script("stop", "--keep-data"); err != nil {
		t.Fatalf("stop the server: %v", err)
	}
	env = append(env, "ERGRAPH_NEO4J_READ_ONLY=1")
	if err := script("start", "--keep-data"); err != nil {
		t.Fatalf("start it read-only: %v", err)
	}
	cfg := testConfig(t)
	cfg.URI = "bolt://127.0.0.1:7695"
	cfg.Password = "ergraph-test-pw"
	ctx := context.Background()
	s, err := Open(ctx, cfg)
	if err != nil {
		t.Fatalf("Open(read-only server) = %v; want reads to work", err)
	}
	defer s.Close(ctx)
	_, err = s.Load(ctx, generated(40, 40))
	if !errors.Is(err, ErrReadOnly) || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), cfg.URI) {
		t.Errorf("Load into a read-only database = %v; want one line naming the URI and %v", err, ErrReadOnly)
	}
}
