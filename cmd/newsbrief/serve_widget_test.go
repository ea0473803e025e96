package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWidgetOption(t *testing.T) {
	dir := t.TempDir()
	_, _, err := widgetOption(dir)
	assert.ErrorContains(t, err, "go run ./wasm/build")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "news-brief.js"), []byte("//"), 0o644))
	opt, from, err := widgetOption(dir)
	require.NoError(t, err)
	assert.NotNil(t, opt)
	assert.Equal(t, dir, from)

	root, err := moduleRoot()
	require.NoError(t, err)
	wd, _ := os.Getwd()
	assert.Equal(t, filepath.Dir(filepath.Dir(wd)), root, "cmd/newsbrief is two levels below the module root")
	opt, from, err = widgetOption("")
	require.NoError(t, err, "with no -widget there is always a widget: the source tree's build or the built-in one")
	assert.NotNil(t, opt)
	if _, err := os.Stat(filepath.Join(root, "wasm", "dist", "news-brief.js")); err == nil {
		assert.Equal(t, filepath.Join(root, "wasm", "dist"), from)
	} else {
		assert.Equal(t, "built in", from)
	}
}

// Outside a source tree, serve serves the widget embedded in the binary.
func TestWidgetOptionOutsideSourceTree(t *testing.T) {
	t.Chdir(t.TempDir())
	opt, from, err := widgetOption("")
	require.NoError(t, err)
	assert.NotNil(t, opt)
	assert.Equal(t, "built in", from)
}
