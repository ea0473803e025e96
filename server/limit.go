package server

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// limiter bounds the work in flight. admit holds a unit for every request
// past its body (fetching its URLs, waiting, working) and one more for
// each page it fetches, so that at most cap(admit) pages are held at once;
// work holds the requests using a worker, heavy those among them whose
// input is large, so that small requests always find a worker that large
// ones cannot take (when there are at least two). Each client (see
// clientKey) has at most perClient requests in flight, its body being
// read included, and holds at most share workers. A request that finds
// admit or its client's quota full, or waits longer than wait for a
// worker, is turned away with ErrBusy: the queue is bounded in length and
// in time, and no client can take the whole of it.
type limiter struct {
	admit     chan struct{}
	work      chan struct{}
	heavy     chan struct{}
	wait      time.Duration
	share     int
	perClient int

	mu      sync.Mutex
	clients map[string]*clientState
}

// clientState is what the limiter knows of one client: its requests in
// flight, and the workers it holds.
type clientState struct {
	key     string
	n       int
	working chan struct{}
}

func newLimiter(workers, queue int, wait time.Duration) *limiter {
	return &limiter{
		admit:     make(chan struct{}, workers+queue),
		work:      make(chan struct{}, workers),
		heavy:     make(chan struct{}, max(1, workers-1)),
		wait:      wait,
		share:     max(1, workers/2),
		perClient: workers + queue,
		clients:   map[string]*clientState{},
	}
}

// perClientLimits sets the requests in flight and the workers one client
// may hold.
func (l *limiter) perClientLimits(requests, workers int) *limiter {
	l.perClient, l.share = requests, workers
	return l
}

// join counts a request of the client key, without waiting, or fails
// with ErrBusy when the client has perClient requests in flight. The
// caller calls leave when the request is done.
func (l *limiter) join(key string) (c *clientState, leave func(), err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	c = l.clients[key]
	if c == nil {
		c = &clientState{key: key, working: make(chan struct{}, l.share)}
		l.clients[key] = c
	}
	if c.n >= l.perClient {
		return nil, nil, fmt.Errorf("%w: this client has %d requests in progress, the most one client may have", ErrBusy, c.n)
	}
	c.n++
	return c, func() {
		l.mu.Lock()
		defer l.mu.Unlock()
		if c.n--; c.n == 0 {
			delete(l.clients, c.key)
		}
	}, nil
}

// enter admits a request without waiting, or fails with ErrBusy. The
// caller calls leave when done.
func (l *limiter) enter() (leave func(), err error) {
	select {
	case l.admit <- struct{}{}:
		return func() { <-l.admit }, nil
	default:
		return nil, fmt.Errorf("%w: %d requests in progress", ErrBusy, cap(l.admit))
	}
}

// reserve takes n more units for a request already admitted, without
// waiting, or fails with ErrBusy. It takes at most cap(admit)-1, so that
// a request alone always fits. The caller calls release when done.
func (l *limiter) reserve(n int) (release func(), err error) {
	n = min(n, cap(l.admit)-1)
	for got := range n {
		select {
		case l.admit <- struct{}{}:
		default:
			l.give(got)
			return nil, fmt.Errorf("%w: no room for %d pages to fetch", ErrBusy, n)
		}
	}
	return func() { l.give(n) }, nil
}

// give returns n units of admit.
func (l *limiter) give(n int) {
	for range n {
		<-l.admit
	}
}

// acquire waits for a worker for client c (nil for none), a heavy one
// when heavy, at most l.wait in all and while ctx lasts: first one of the
// client's share, then one of the heavy workers, then a worker. Waiters
// on each are served in the order they came. The caller calls release
// when done.
func (l *limiter) acquire(ctx context.Context, c *clientState, heavy bool) (release func(), err error) {
	var sems []chan struct{}
	if c != nil {
		sems = append(sems, c.working)
	}
	if heavy {
		sems = append(sems, l.heavy)
	}
	sems = append(sems, l.work)
	release = func() {}
	timer := time.NewTimer(l.wait)
	defer timer.Stop()
	for _, sem := range sems {
		if err := take(ctx, sem, timer.C); err != nil {
			release()
			if err == errTimer {
				err = fmt.Errorf("%w: no worker free within %v", ErrBusy, l.wait)
			}
			return nil, err
		}
		prev := release
		release = func() { <-sem; prev() }
	}
	return release, nil
}

// errTimer marks a wait that ran out of time.
var errTimer = fmt.Errorf("timer")

// take takes a unit of sem, waiting until ctx ends or timeout fires.
func take(ctx context.Context, sem chan struct{}, timeout <-chan time.Time) error {
	select {
	case sem <- struct{}{}:
		return nil
	default:
	}
	select {
	case sem <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	case <-timeout:
		return errTimer
	}
}
