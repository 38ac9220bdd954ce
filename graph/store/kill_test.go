package store

import (
	"context"
	"os"
	"os/exec"
	"slices"
	"testing"
	"time"
)

// localServer runs scripts/neo4j-local.sh with args, for tests that stop
// and start the server. It needs the server to have been started by that
// script (ERGRAPH_NEO4J_LOCAL=1, as scripts/test.sh sets).
func localServer(t *testing.T, args ...string) {
	t.Helper()
	cmd := exec.Command("../../scripts/neo4j-local.sh", args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("neo4j-local.sh %v: %v\n%s", args, err, out)
	}
}

// TestKillAndRerun kills the server in the middle of a load, restarts it
// on the same data, runs the same load again, and expects exactly what an
// uninterrupted load gives.
func TestKillAndRerun(t *testing.T) {
	if os.Getenv("ERGRAPH_NEO4J_LOCAL") != "1" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but ERGRAPH_NEO4J_LOCAL is not 1: run the tests with scripts/test.sh")
		}
		t.Skip("needs a server started by scripts/neo4j-local.sh (ERGRAPH_NEO4J_LOCAL=1)")
	}
	g := generated(1500, 20000)
	s := openEmpty(t)
	load(t, s, g)
	want := snapshot(t, s)

	s = openEmpty(t)
	ctx := context.Background()
	done := make(chan error, 1)
	go func() {
		_, err := s.Load(ctx, generated(1500, 20000))
		done <- err
	}()
	// Kill once relationships are being written.
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		res, err := s.read(ctx, "MATCH ()-[r:CO_OCCURS]->() RETURN count(r) AS n", nil)
		if err == nil && res.Records[0].Values[0].(int64) > 0 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	localServer(t, "kill")
	t.Log("killed the server during the load")
	localServer(t, "start", "--keep-data")
	if err := <-done; err == nil {
		t.Log("the interrupted load finished after the restart (the driver retried)")
	} else {
		t.Logf("the interrupted load failed as expected: %v", err)
	}
	s.Close(ctx)

	s2, err := Open(ctx, testConfig(t))
	if err != nil {
		t.Fatalf("Open after restart: %v", err)
	}
	defer s2.Close(ctx)
	load(t, s2, g)
	if got := snapshot(t, s2); !slices.Equal(got, want) {
		t.Errorf("kill, restart and re-run differs from an uninterrupted load:\n%s", diff(want, got))
	}
}
