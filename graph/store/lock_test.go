package store

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"
)

// shortLease makes leases run out in d for the duration of the test.
func shortLease(t *testing.T, d time.Duration) {
	old, oldPoll := leaseTime, lockPoll
	leaseTime, lockPoll = d, 50*time.Millisecond
	t.Cleanup(func() { leaseTime, lockPoll = old, oldPoll })
}

// lockAsync takes the lock of s in the background, reporting on waiting
// when it starts to wait and on took when it has the lock.
func lockAsync(t *testing.T, s *Store) (waiting chan Holder, took chan *Lease) {
	waiting, took = make(chan Holder, 1), make(chan *Lease, 1)
	go func() {
		_, l, err := s.Lock(context.Background(), func(h Holder) { waiting <- h })
		if err != nil {
			t.Error(err)
		}
		took <- l
	}()
	return waiting, took
}

// Two runs never hold the lock at once: the second waits, is told who
// holds it, and gets it once it is given back.
func TestLockExclusive(t *testing.T) {
	shortLease(t, 3*time.Second)
	a := openEmpty(t)
	b, err := Open(context.Background(), testConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close(context.Background())
	_, la, err := a.Lock(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	waiting, took := lockAsync(t, b)
	select {
	case h := <-waiting:
		host, _ := os.Hostname()
		if h.Host != host || h.PID != os.Getpid() || h.Since == "" {
			t.Errorf("waiting for %+v; want host %s, pid %d and a time", h, host, os.Getpid())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("second Lock was not told it waits")
	}
	// Renewals keep the lock held past its lease.
	select {
	case <-took:
		t.Fatal("second Lock took a lock that is held")
	case <-time.After(2 * leaseTime):
	}
	if err := la.Release(context.Background()); err != nil {
		t.Fatal(err)
	}
	select {
	case lb := <-took:
		lb.Release(context.Background())
	case <-time.After(10 * time.Second):
		t.Fatal("second Lock did not get the lock after Release")
	}
}

// A run killed while holding the lock blocks others only until its lease
// runs out.
func TestLockDeadHolder(t *testing.T) {
	shortLease(t, 2*time.Second)
	s := openEmpty(t)
	_, l, err := s.Lock(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	// Stop renewing without giving the lock back, as a killed run does.
	close(l.stop)
	<-l.done
	start := time.Now()
	_, took := lockAsync(t, s)
	select {
	case l2 := <-took:
		if waited := time.Since(start); waited > leaseTime+time.Second {
			t.Errorf("waited %s for a dead holder; want at most its lease %s", waited, leaseTime)
		}
		l2.Release(context.Background())
	case <-time.After(10 * time.Second):
		t.Fatal("lock of a dead holder was never taken over")
	}
}

// A holder whose lease was taken over (it stalled past the lease) is
// cancelled with ErrLockLost at its next renewal, and clearing the
// database does not take the lock away from the run that clears.
func TestLockLost(t *testing.T) {
	shortLease(t, time.Second)
	s := openEmpty(t)
	ctx, l, err := s.Lock(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release(context.Background())
	clear(t, s)
	time.Sleep(2 * leaseTime)
	if err := context.Cause(ctx); err != nil {
		t.Fatalf("after Clear and two leases: %v; want the lock still held", err)
	}
	if err := s.write(context.Background(), "MATCH (l:ErgraphLock) SET l.holder = 'another run'", nil, nil); err != nil {
		t.Fatal(err)
	}
	select {
	case <-ctx.Done():
		if !errors.Is(context.Cause(ctx), ErrLockLost) {
			t.Errorf("cancelled with %v; want ErrLockLost", context.Cause(ctx))
		}
	case <-time.After(leaseTime + 5*time.Second):
		t.Fatal("a holder whose lock was taken over went on")
	}
}
