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
	t.Run("missing", func(t *testing.T) {
		Path(t, "no-such-file-here")
		t.Error("Path must skip when the file is absent")
	})
}
