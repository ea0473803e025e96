package server

import (
	"context"
	"fmt"
	"time"
)

// limiter bounds the work in flight with two semaphores: admit holds a
// unit for every request being handled (reading its body, fetching its
// URLs, waiting, working) and one more for each page it fetches, so that
// at most cap(admit) bodies or pages are held at once; work holds the
// requests using a worker. A request that finds admit full, or waits
// longer than wait for a worker, is turned away with ErrBusy: the queue
// is bounded in length and in time.
type limiter struct {
	admit chan struct{}
	work  chan struct{}
	wait  time.Duration
}

func newLimiter(workers, queue int, wait time.Duration) *limiter {
	return &limiter{admit: make(chan struct{}, workers+queue), work: make(chan struct{}, workers), wait: wait}
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

// acquire waits for a worker, at most l.wait and while ctx lasts. Waiters
// are served in the order they came. The caller calls release when done.
func (l *limiter) acquire(ctx context.Context) (release func(), err error) {
	select {
	case l.work <- struct{}{}:
		return func() { <-l.work }, nil
	default:
	}
	t := time.NewTimer(l.wait)
	defer t.Stop()
	select {
	case l.work <- struct{}{}:
		return func() { <-l.work }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-t.C:
		return nil, fmt.Errorf("%w: no worker free within %v", ErrBusy, l.wait)
	}
}
