package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/ergraph/ergraph/queries"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// ErrLockLost means a Lease ran out before its holder gave it back: the
// holder was stalled longer than the lease, and another load may have
// written since.
var ErrLockLost = errors.New("lost the load lock")

// Lease times: a lease lasts leaseTime unless renewed, and is renewed
// every leaseTime/3, so a holder killed without giving it back blocks
// others for at most leaseTime. Variables so that tests can shorten them.
var (
	leaseTime = 30 * time.Second
	lockPoll  = 500 * time.Millisecond
)

const releaseWait = 2 * time.Second

// LeaseTime is how long a lock not given back (its run was killed) keeps
// other runs waiting.
func LeaseTime() time.Duration { return leaseTime }

// Holder describes the run that holds the load lock.
type Holder struct {
	Host  string
	PID   int
	Since string // server time the lock was taken, ISO 8601
}

func (h Holder) String() string {
	return fmt.Sprintf("host %s, pid %d, since %s", h.Host, h.PID, h.Since)
}

// Lease is the load lock held by this process. Writers that resolve
// against what is stored (load, delete, centrality) hold it from their
// first read to their last write, so runs started at the same time on any
// machine take effect one after the other, and the stored graph is the
// same as after loading the same documents in turn.
type Lease struct {
	s      *Store
	holder string
	stop   chan struct{}
	done   chan struct{}
}

// Lock takes the database's load lock, waiting while another run holds
// it; waiting, if not nil, is called once with that run when the wait
// begins. The lease is renewed in the background until Release. The
// returned context is ctx, cancelled with ErrLockLost if a renewal finds
// the lease gone; the caller does all its work under it.
func (s *Store) Lock(ctx context.Context, waiting func(Holder)) (context.Context, *Lease, error) {
	if err := s.Setup(ctx); err != nil {
		return nil, nil, err
	}
	host, _ := os.Hostname()
	holder := fmt.Sprintf("%s/%d/%d", host, os.Getpid(), time.Now().UnixNano())
	params := map[string]any{"holder": holder, "host": host, "pid": os.Getpid(), "leaseMs": leaseTime.Milliseconds()}
	for told := false; ; {
		var got Holder
		var who string
		err := s.write(ctx, queries.Load("lock-acquire"), params, func(r *neo4j.Record) {
			who = str(r, "holder")
			got = Holder{Host: str(r, "host"), PID: num(r, "pid"), Since: str(r, "since")}
		})
		if err != nil {
			return nil, nil, s.wrap("take the load lock", err)
		}
		if who == holder {
			break
		}
		if !told && waiting != nil {
			waiting(got)
			told = true
		}
		select {
		case <-ctx.Done():
			return nil, nil, s.wrap("wait for the load lock", context.Cause(ctx))
		case <-time.After(lockPoll):
		}
	}
	l := &Lease{s: s, holder: holder, stop: make(chan struct{}), done: make(chan struct{})}
	lctx, cancel := context.WithCancelCause(ctx)
	go l.renew(lctx, cancel)
	return lctx, l, nil
}

// renew extends the lease every leaseTime/3. A renewal that fails for the
// network is retried; the work is cancelled when the lease is known lost,
// or when no renewal succeeded for a whole lease.
func (l *Lease) renew(ctx context.Context, cancel context.CancelCauseFunc) {
	defer close(l.done)
	tick := time.NewTicker(leaseTime / 3)
	defer tick.Stop()
	last := time.Now()
	for {
		select {
		case <-l.stop:
			cancel(nil)
			return
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		held := false
		err := l.s.write(ctx, queries.Load("lock-renew"), map[string]any{"holder": l.holder, "leaseMs": leaseTime.Milliseconds()},
			func(*neo4j.Record) { held = true })
		switch {
		case err == nil && held:
			last = time.Now()
		case err == nil, time.Since(last) >= leaseTime:
			cancel(fmt.Errorf("%w: the lease of %s ran out (the run was stalled); run the same command again", ErrLockLost, leaseTime))
			return
		}
	}
}

// Release stops renewing and gives the lock back. It uses ctx without its
// cancellation, so that an interrupted run still frees the lock, but waits
// at most releaseWait: a lock not given back runs out with its lease.
func (l *Lease) Release(ctx context.Context) error {
	close(l.stop)
	<-l.done
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), releaseWait)
	defer cancel()
	err := l.s.write(ctx, queries.Load("lock-release"), map[string]any{"holder": l.holder}, nil)
	return l.s.wrap("give back the load lock", err)
}
