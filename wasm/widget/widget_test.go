package widget

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// maxEmbedded is the budget of the committed files, gzip: each regenerated
// copy adds about this much to the repository's history.
const maxEmbedded = 3_500_000

func TestEmbeddedFilesWithinBudget(t *testing.T) {
	total := 0
	for _, name := range Names {
		data, err := fs.ReadFile(embedded, "files/"+name+".gz")
		require.NoError(t, err, "go generate ./wasm/widget writes it")
		total += len(data)
	}
	assert.LessOrEqual(t, total, maxEmbedded, "the embedded widget grew past its budget")
}

// The scripts embedded are those of wasm/web: a change to them without
// go generate ./wasm/widget fails here. (The wasm files are checked in
// CI, which rebuilds them and compares.)
func TestEmbeddedScriptsAreCurrent(t *testing.T) {
	for _, name := range []string{"news-brief.js", "news-brief-worker.js"} {
		want, err := os.ReadFile(filepath.Join("..", "web", name))
		require.NoError(t, err)
		got, err := fs.ReadFile(FS(), name)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "%s is stale: run go generate ./wasm/widget", name)
	}
}

func TestFSServesPlainAndGzip(t *testing.T) {
	fsys := FS()
	for _, name := range Names {
		fi, err := fs.Stat(fsys, name)
		require.NoError(t, err, name)
		f, err := fsys.Open(name)
		require.NoError(t, err, name)
		data, err := io.ReadAll(f)
		require.NoError(t, err)
		require.NoError(t, f.Close())
		assert.Equal(t, fi.Size(), int64(len(data)), "%s: Stat gives the decompressed size", name)
		assert.True(t, fi.Mode().IsRegular())
		gz, err := fs.Stat(fsys, name+".gz")
		require.NoError(t, err)
		assert.Less(t, gz.Size(), fi.Size(), name)
	}
	_, err := fsys.Open("missing.js")
	assert.ErrorIs(t, err, fs.ErrNotExist)
	wasm, err := fs.ReadFile(fsys, "newsbrief-render.wasm")
	require.NoError(t, err)
	assert.Equal(t, "\x00asm", string(wasm[:4]))
}
