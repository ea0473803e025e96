package aeb

import (
	"testing"

	"github.com/newsbrief/newsbrief/internal/sharedtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoad(t *testing.T) {
	pages, err := Load(sharedtest.Path(t, "data", "aeb"))
	require.NoError(t, err)
	assert.Len(t, pages, 125)
	for _, p := range pages {
		assert.NotEmpty(t, p.URL, p.ID)
		assert.FileExists(t, p.Path)
	}
}
