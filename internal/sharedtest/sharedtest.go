package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the shared data directory beside the module root, or skips
// tb when there is none. The directory is read-only: never write into it.
func Dir(tb testing.TB) string {
	tb.Helper()
	dir, err := find()
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

// find walks up from the working directory to the directory holding go.mod
// and returns the shared directory beside it.
func find() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			shared := filepath.Join(filepath.Dir(dir), "shared")
			if fi, err := os.Stat(shared); err != nil || !fi.IsDir() {
				return "", os.ErrNotExist
			}
			return shared, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}
