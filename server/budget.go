package server

import (
	"fmt"
	"sync"
)

// budget is the server's memory budget: the bytes that the requests in
// flight may hold, estimated. A request takes the bytes of its body as
// they arrive, and before it works the working memory its input needs
// (workFactor times the bytes of its body and pages); what does not fit
// is turned away with ErrBusy rather than waited for, and a request that
// could never fit with ErrTooLarge.
type budget struct {
	mu    sync.Mutex
	total int64
	used  int64
}

// workFactor estimates the working memory of extracting and building
// from n bytes of input as workFactor × n: the aim for extraction is
// within 20× a page's size.
const workFactor = 20

func newBudget(total int64) *budget { return &budget{total: total} }

// take takes n bytes without waiting, or fails with ErrBusy (or
// ErrTooLarge when n alone is more than the whole budget). The caller
// gives them back with give.
func (b *budget) take(n int64) error {
	if n <= 0 {
		return nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case n > b.total:
		return fmt.Errorf("%w: the request needs about %d MiB of memory, more than the server's budget of %d MiB", ErrTooLarge, n>>20, b.total>>20)
	case b.used+n > b.total:
		return fmt.Errorf("%w: the server's memory budget (%d MiB) is in use", ErrBusy, b.total>>20)
	}
	b.used += n
	return nil
}

// give returns n bytes taken with take.
func (b *budget) give(n int64) {
	if n <= 0 {
		return
	}
	b.mu.Lock()
	b.used -= n
	b.mu.Unlock()
}

// inUse returns the bytes taken.
func (b *budget) inUse() int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.used
}
