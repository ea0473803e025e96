package sharedtest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsbrief/newsbrief/internal/shared"
)

// Dir returns the shared data directory beside the module root, or skips
// tb when there is none. The directory is read-only: never write into it.
func Dir(tb testing.TB) string {
	tb.Helper()
	dir, err := shared.Dir()
	if err != nil {
		tb.Skipf("skipping: shared test data not available (%v); it lives in ../shared beside the module root", err)
	}
	return dir
}

// Path returns the path of a file under the shared directory, skipping tb
// when the directory or the file is absent.
func Path(tb testing.TB, elem ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{Dir(tb)}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("skipping: shared test data %s not available: %v", p, err)
	}
	return p
}
