//go:build !linux

package server

// atLowPriority runs fn: only Linux has per-thread priorities that an
// unprivileged process can lower.
func atLowPriority(fn func()) { fn() }
