// Package sharedtest finds the read-only data in ../shared for tests and
// benchmarks, and skips them with a clear message when it is absent, as it
// is in a fresh clone:
//
//	path := sharedtest.Path(t, "seed", "naver-dsx-brief.txt") // skips t without ../shared
//	data, err := os.ReadFile(path)
package sharedtest
