package jsonl

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRange(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.jsonl")
	require.NoError(t, os.WriteFile(path, []byte("{\"n\":0}\n\n{\"n\":1}\n  \n{\"n\":2}\n{\"n\":3}"), 0o644))
	type v struct{ N int }
	all, err := Read[v](path)
	require.NoError(t, err)
	assert.Equal(t, []v{{0}, {1}, {2}, {3}}, all, "blank lines are skipped, the last line needs no newline")
	mid, err := Range[v](path, 1, 3)
	require.NoError(t, err)
	assert.Equal(t, []v{{1}, {2}}, mid, "blank lines are not counted")
	none, err := Range[v](path, 5, 9)
	require.NoError(t, err)
	assert.Empty(t, none)

	require.NoError(t, os.WriteFile(path, []byte("{\"n\":0}\n\n{\"n\":\n"), 0o644))
	_, err = Read[v](path)
	assert.ErrorContains(t, err, "x.jsonl:3:", "the physical line of a bad value")
	_, err = Read[v](filepath.Join(t.TempDir(), "missing.jsonl"))
	assert.Error(t, err)
}
