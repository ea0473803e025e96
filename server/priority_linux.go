//go:build linux

package server

import (
	"runtime"
	"syscall"
)

// lowPriorityNice is the nice value large inputs are worked on with.
const lowPriorityNice = 10

// atLowPriority runs fn on an operating-system thread of its own whose
// nice value is raised to lowPriorityNice, so that the work on a large
// input yields the processor to small requests (and to everything else
// on the machine) instead of competing with them as an equal. The thread
// is never handed back: it ends with fn's goroutine, as Go ends a thread
// still locked when its goroutine exits, and its lowered priority with
// it (an unprivileged process cannot raise it again). A panic in fn is
// raised again in the caller's goroutine.
func atLowPriority(fn func()) {
	var panicked any
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() { panicked = recover() }()
		runtime.LockOSThread()
		_ = syscall.Setpriority(syscall.PRIO_PROCESS, syscall.Gettid(), lowPriorityNice)
		fn()
	}()
	<-done
	if panicked != nil {
		panic(panicked)
	}
}
