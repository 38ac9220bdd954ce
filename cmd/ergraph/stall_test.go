package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// stallingProxy forwards connections on 127.0.0.1 to the test server until
// a client sends a Bolt message that contains trigger; from then on that
// connection passes nothing either way but stays open, as a server that
// hangs inside a transaction does. Other connections go on working. It
// returns the proxy's bolt:// URI and a channel closed at the first stall.
func stallingProxy(t *testing.T, trigger string) (string, chan struct{}) {
	t.Helper()
	target, err := url.Parse(os.Getenv("NEO4J_URI"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	stalled := make(chan struct{})
	var once sync.Once
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", target.Host)
			if err != nil {
				c.Close()
				continue
			}
			mu.Lock()
			conns = append(conns, c, s)
			mu.Unlock()
			frozen := make(chan struct{})
			go func() { // client to server, watching for the trigger
				buf := make([]byte, 64<<10)
				for {
					n, err := c.Read(buf)
					if n > 0 && bytes.Contains(buf[:n], []byte(trigger)) {
						close(frozen)
						once.Do(func() { close(stalled) })
						return
					}
					if err != nil {
						s.Close()
						return
					}
					if _, err := s.Write(buf[:n]); err != nil {
						return
					}
				}
			}()
			go func() { // server to client, until the connection freezes
				buf := make([]byte, 64<<10)
				for {
					n, err := s.Read(buf)
					select {
					case <-frozen:
						return
					default:
					}
					if n > 0 {
						c.Write(buf[:n])
					}
					if err != nil {
						c.Close()
						return
					}
				}
			}()
		}
	}()
	t.Cleanup(func() {
		l.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
	return "bolt://" + l.Addr().String(), stalled
}

// A server that stops answering in the middle of a write transaction (the
// connection stays open) ends the load within the transaction timeout with
// one line; nothing is half-written, and running the same load again
// straight to the server completes it.
func TestServerStallsInTransaction(t *testing.T) {
	needServer(t)
	article := "../../testdata/articles/cook-backdoor.txt"
	if _, stderr, code := runCmd(t, "", "load", "-q", "-clear", "-o", t.TempDir(), article); code != exitOK {
		t.Fatalf("first load: exit %d: %s", code, stderr)
	}
	want, stderr0, _ := runCmd(t, "", "query", "-format", "csv", "overview")
	if !strings.Contains(want, "Entity") {
		t.Fatalf("overview after one load = %q, %s; want a count of entities", want, stderr0)
	}
	if _, stderr, code := runCmd(t, "", "delete", "cook-backdoor"); code != exitOK {
		t.Fatalf("delete: exit %d: %s", code, stderr)
	}

	uri, stalled := stallingProxy(t, "UNWIND")
	cmd := exec.Command(binary(t), "load", "-q", "-o", t.TempDir(), "-uri", uri,
		"-connect-timeout", "1s", "-tx-timeout", "2s", article)
	var stderr bytes.Buffer
	cmd.Stderr, cmd.Stdout = &stderr, io.Discard
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
		t.Fatalf("load ended before the server stalled: %s", stderr.String())
	case <-stalled:
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatal("load sent no UNWIND batch within 60 s")
	}
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		<-done
		t.Fatalf("load still running 30 s after the server stalled (tx timeout 2 s): %s", stderr.String())
	}
	took := time.Since(start)
	line := strings.TrimSpace(stderr.String())
	if code := cmd.ProcessState.ExitCode(); code != exitFailed || strings.Contains(line, "\n") || !strings.Contains(line, "no answer within 2s (see -tx-timeout)") {
		t.Errorf("load on a server stalled in a transaction = exit %d, %q; want exit 1 and one line naming -tx-timeout", code, line)
	}
	t.Logf("ended %s after start", took.Round(time.Millisecond))

	_, stderrAgain, code := runCmd(t, "", "load", "-q", "-o", t.TempDir(), article)
	if code != exitOK {
		t.Fatalf("load again, straight to the server: exit %d: %s", code, stderrAgain)
	}
	if got, _, _ := runCmd(t, "", "query", "-format", "csv", "overview"); got != want {
		t.Errorf("after the stalled load and a re-run, overview:\n%s\nwant (one load):\n%s", got, want)
	}
}

// noWait runs 'ergraph centrality' and fails if it had to wait for the
// load lock: the run before it left the lock held.
func noWait(t *testing.T, after string) {
	t.Helper()
	start := time.Now()
	_, stderr, code := runCmd(t, "", "centrality", "-q", "-top", "0")
	if code != exitOK || strings.Contains(stderr, "another run is writing") {
		t.Errorf("centrality after %s: exit %d after %s, %q; want no wait for the load lock", after, code, time.Since(start).Round(time.Millisecond), stderr)
	}
}

// Review of issue 16: a load or centrality interrupted in its centrality
// step (which does not look at its context) exited without giving the load
// lock back, and the next run waited for the lease; so did one killed by
// SIGPIPE when its output was piped into 'head -1'.
func TestLockGivenBack(t *testing.T) {
	needServer(t)
	article := "../../testdata/articles/cook-backdoor.txt"
	if _, stderr, code := runCmd(t, "", "load", "-q", "-clear", "-o", t.TempDir(), article); code != exitOK {
		t.Fatalf("load: exit %d: %s", code, stderr)
	}
	for _, args := range [][]string{{"centrality", "-q"}, {"load", "-q", "-o", t.TempDir(), article}} {
		code, stderr, took := runSignalled(t, []string{holdPhaseEnv + "=centrality"}, "holding in phase centrality", syscall.SIGINT, args...)
		if code != exitInterrupted || took > time.Second {
			t.Errorf("%q interrupted in centrality: exit %d after %s, %q; want 130 within 1 s", args, code, took, stderr)
		}
		noWait(t, fmt.Sprintf("%q interrupted in centrality", args))
	}

	for _, args := range [][]string{{"centrality"}, {"load", "-o", t.TempDir(), article}} {
		cmd := exec.Command(binary(t), args...)
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		r.Close() // as 'head -1' does once it has its line
		cmd.Stdout = w
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err = cmd.Run()
		w.Close()
		if status, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && status.Signaled() {
			t.Errorf("%q with its output closed: killed by %v (%v); want a run that finishes its database work", args, status.Signal(), err)
		}
		noWait(t, fmt.Sprintf("%q with its output closed", args))
	}
}
