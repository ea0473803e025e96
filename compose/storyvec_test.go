package compose

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsbrief/newsbrief/brief"
)

func TestStoryVector(t *testing.T) {
	tram := StoryTerms(brief.Document{Title: "Airport tram approved", Text: "The council approved the airport tram.", Language: "en"})
	require.NotEmpty(t, tram.IDs)
	require.Len(t, tram.Counts, len(tram.IDs))
	for i := 1; i < len(tram.IDs); i++ {
		assert.Less(t, tram.IDs[i-1], tram.IDs[i], "IDs increase")
	}
	assert.Contains(t, tram.Counts, 3.0, "a headline word also in the text counts 2+1")

	df := func(uint64) int { return 1 }
	v := tram.Vector(10, df)
	norm := 0.0
	for _, w := range v.Weights {
		norm += w * w
	}
	assert.InDelta(t, 1, math.Sqrt(norm), 1e-9, "unit length")
	assert.InDelta(t, 1, v.Similarity(v), 1e-9)

	bridge := StoryTerms(brief.Document{Title: "Bridge reopens", Text: "The harbour bridge reopened after repairs.", Language: "en"}).Vector(10, df)
	assert.Zero(t, v.Similarity(bridge), "no shared term")
	for _, w := range tram.Vector(1, func(uint64) int { return 2 }).Weights {
		assert.Zero(t, w, "a term in every document weighs nothing")
	}
}
