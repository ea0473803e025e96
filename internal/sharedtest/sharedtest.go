package sharedtest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsbrief/newsbrief/internal/shared"
)

// Dir returns the shared data directory beside the module root, or skips
// tb when there is none. The directory is read-only: never write into it.
//
// In CI (the environment variable CI is "true") the shared directory is
// always laid beside the clone, so its absence fails tb instead: a test
// that needs the data must not pass there by skipping.
func Dir(tb testing.TB) string {
	tb.Helper()
	dir, err := shared.Dir()
	if err != nil {
		missing(tb, "skipping: shared test data not available (%v); it lives in ../shared beside the module root", err)
	}
	return dir
}

// missing skips tb, or fails it in CI.
func missing(tb testing.TB, format string, args ...any) {
	tb.Helper()
	if InCI() {
		tb.Fatalf("CI=true but "+format, args...)
		return
	}
	tb.Skipf(format, args...)
}

// InCI reports whether the tests run in CI (CI=true), where ../shared must
// be present.
func InCI() bool { return os.Getenv("CI") == "true" }

// Path returns the path of a file under the shared directory, skipping tb
// when the directory or the file is absent.
func Path(tb testing.TB, elem ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{Dir(tb)}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		missing(tb, "skipping: shared test data %s not available: %v", p, err)
	}
	return p
}
