package trafeval

import (
	"testing"

	"github.com/newsbrief/newsbrief/internal/sharedtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScore(t *testing.T) {
	p := Page{With: []string{"the  lead", "missing"}, Without: []string{"Impressum", "Twitter"}}
	c := p.Score("Title\n\nthe lead paragraph\n\nImpressum")
	assert.Equal(t, Counts{TP: 1, FN: 1, FP: 1, TN: 1}, c)
	prec, rec, acc, f1 := c.Result()
	assert.Equal(t, []float64{0.5, 0.5, 0.5, 0.5}, []float64{prec, rec, acc, f1})
	assert.Equal(t, Counts{FN: 2, TN: 2}, p.Score(""))
	missed, found := p.Misses("Title\n\nthe lead paragraph\n\nImpressum")
	assert.Equal(t, []string{"missing"}, missed)
	assert.Equal(t, []string{"Impressum"}, found)
}

func TestLoad(t *testing.T) {
	pages, err := Load(sharedtest.Path(t, "data", "trafilatura"))
	require.NoError(t, err)
	assert.Len(t, pages, 487)
	for _, p := range pages {
		assert.NotEmpty(t, p.With, p.ID)
		assert.FileExists(t, p.Path)
	}
}
