package sharedtest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDirIsBesideModuleRoot(t *testing.T) {
	dir := Dir(t) // skips when ../shared is absent
	wd, err := os.Getwd()
	assert.NoError(t, err)
	root := filepath.Dir(filepath.Dir(wd)) // internal/sharedtest → module root
	assert.Equal(t, filepath.Join(filepath.Dir(root), "shared"), dir)
}

func TestPathSkipsMissingFiles(t *testing.T) {
	t.Setenv("CI", "")
	t.Run("missing", func(t *testing.T) {
		Path(t, "no-such-file-here")
		t.Error("Path must skip when the file is absent")
	})
}

// recorder is a testing.TB that records how a helper ends the test.
type recorder struct {
	testing.TB
	skipped, failed bool
}

func (r *recorder) Helper()                   {}
func (r *recorder) Skipf(string, ...any)      { r.skipped = true }
func (r *recorder) Fatalf(string, ...any)     { r.failed = true }
func (r *recorder) Errorf(f string, a ...any) { r.TB.Errorf(f, a...) }

func TestMissingDataFailsInCI(t *testing.T) {
	for _, tc := range []struct {
		ci           string
		skip, failed bool
	}{{"true", false, true}, {"", true, false}, {"false", true, false}} {
		t.Setenv("CI", tc.ci)
		r := &recorder{TB: t}
		Path(r, "no-such-file-here")
		assert.Equal(t, tc.skip, r.skipped, "CI=%q skips", tc.ci)
		assert.Equal(t, tc.failed, r.failed, "CI=%q fails", tc.ci)
	}
}
