package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ergraph/ergraph/graph"
)

// needServer skips the test when no server is configured (the connection
// flags default to the NEO4J_* environment); under CI=true a missing
// server fails the test instead.
func needServer(t *testing.T) {
	t.Helper()
	if os.Getenv("NEO4J_URI") == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but NEO4J_URI is not set: start Neo4j with scripts/neo4j-local.sh")
		}
		t.Skip("NEO4J_URI not set")
	}
}

func TestLoadMergesAcrossBatches(t *testing.T) {
	needServer(t)
	dir := t.TempDir()
	a := filepath.Join(dir, "a", "one.txt")
	b := filepath.Join(dir, "b", "two.txt")
	os.MkdirAll(filepath.Dir(a), 0o755)
	os.MkdirAll(filepath.Dir(b), 0o755)
	os.WriteFile(a, []byte("The Securities and Exchange Commission fined Halden Bank in New York on Monday."), 0o644)
	os.WriteFile(b, []byte("The SEC said Halden Bank had paid the fine in full."), 0o644)
	out := t.TempDir()
	if _, stderr, code := runCmd(t, "", "load", "-q", "-clear", "-o", out, a); code != exitOK {
		t.Fatalf("ergraph load -clear one.txt = exit %d: %s", code, stderr)
	}
	export := filepath.Join(t.TempDir(), "all.graphml")
	stdout, stderr, code := runCmd(t, "", "load", "-q", "-o", out, "-graphml", export, b)
	if code != exitOK || !strings.Contains(stdout, "(1 merged across documents)") || !strings.Contains(stdout, "2 in the database") {
		t.Fatalf("ergraph load two.txt = exit %d, %q, %q; want the SEC merged into the stored Securities and Exchange Commission", code, stdout, stderr)
	}
	f, err := os.Open(export)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := graph.ReadGraphML(f)
	if err != nil {
		t.Fatalf("ReadGraphML(-graphml export) = %v", err)
	}
	if n := g.Node("organization:securities-and-exchange-commission"); n == nil || len(g.Documents()) != 2 || n.PageRank == 0 {
		t.Errorf("-graphml export: SEC node %+v, %d documents; want the stored node, ranked, over both documents", n, len(g.Documents()))
	}
	stdout, _, code = runCmd(t, "", "query", "search", "-format", "csv", "-param", "term=exchange")
	if code != exitOK || !strings.Contains(stdout, "Securities and Exchange Commission,Organization,[SEC]") {
		t.Errorf("ergraph query search exchange = %q; want one node with alias SEC", stdout)
	}
	// The same batch again changes nothing.
	before, _, _ := runCmd(t, "", "query", "overview", "-format", "csv")
	runCmd(t, "", "load", "-q", "-o", out, b)
	if after, _, _ := runCmd(t, "", "query", "overview", "-format", "csv"); after != before {
		t.Errorf("loading two.txt again changed the counts:\n%s\nthen\n%s", before, after)
	}
}

func TestLoadErrors(t *testing.T) {
	needServer(t)
	uri := os.Getenv("NEO4J_URI")
	secret := "wrong-Secret-8731"
	tests := []struct {
		name string
		args []string
		env  map[string]string
		want string
	}{
		{"wrong password", []string{"-password", secret}, nil, "authentication failed"},
		{"wrong password from the environment", nil, map[string]string{"NEO4J_PASSWORD": secret}, "authentication failed"},
		{"unknown database", []string{"-database", "nosuchdb"}, nil, "database not found"},
		{"unreachable", []string{"-uri", "bolt://127.0.0.1:1"}, nil, "cannot reach Neo4j"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			args := append([]string{"load", "-q", "-o", t.TempDir()}, tt.args...)
			args = append(args, "../../testdata/articles/cook-backdoor.txt")
			_, stderr, code := runCmd(t, "", args...)
			line := strings.TrimSpace(stderr)
			if code != exitFailed || !strings.Contains(line, tt.want) || strings.Contains(line, "\n") {
				t.Errorf("ergraph %q = exit %d, %q; want exit 1 and one line with %q", args, code, stderr, tt.want)
			}
			if strings.Contains(stderr, secret) {
				t.Errorf("ergraph %q printed the password: %q", args, stderr)
			}
			if want := uri; tt.name == "unreachable" {
				want = "bolt://127.0.0.1:1"
				if !strings.Contains(line, want) {
					t.Errorf("ergraph %q = %q; want the URI %s named", args, line, want)
				}
			}
		})
	}
}
