package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// binary builds ergraph once per test run, for tests that need a process
// of its own: memory, signals, what reaches the terminal.
func binary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "ergraph-bin-")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "ergraph")
		if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			binErr = fmt.Errorf("go build: %v: %s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// TestMain removes the binary built for the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

// unpunctuated returns n bytes of news-like words with no sentence end and
// a new, distinct capitalised name every few words.
func unpunctuated(n int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 1))
	syll := []string{"ka", "lo", "mi", "ren", "dor", "sa", "vel", "tu", "bran", "nis", "qua", "zel"}
	words := []string{"said", "the", "minister", "met", "in", "with", "and", "of", "officials", "from", "told", "reporters", "on", "at"}
	name := func() string {
		var b strings.Builder
		for range 2 + r.IntN(2) {
			b.WriteString(syll[r.IntN(len(syll))])
		}
		s := b.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	var b strings.Builder
	b.Grow(n + 64)
	for b.Len() < n {
		if r.IntN(4) == 0 {
			fmt.Fprintf(&b, "%s %s ", name(), name())
		} else {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteByte(' ')
		}
	}
	return b.String()[:n]
}

// maxRSS runs the ergraph binary with args and returns its peak resident
// memory in bytes, its stdout size and its stderr.
func maxRSS(t *testing.T, args ...string) (rss int64, outBytes int64, stderr string) {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	var errb bytes.Buffer
	cw := &countWriter{}
	cmd.Stdout, cmd.Stderr = cw, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("ergraph %q: %v: %s", args, err, errb.String())
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		t.Skip("no rusage on this system")
	}
	return ru.Maxrss * 1024, cw.n, errb.String() // Linux reports kilobytes
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }
