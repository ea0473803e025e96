package compose

import (
	"context"
	"testing"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRepeatsJoinedPoint: a sentence that says again what a point of two
// sentences says ("They want the government to withdraw …" after the
// sentence naming the five unions) repeats that point, though neither of
// its sentences alone states the same facts.
func TestRepeatsJoinedPoint(t *testing.T) {
	text := "Talks aimed at averting a series of national strikes over pension reforms will take place this weekend. " +
		"Five public sector unions will hold private talks with Deputy Prime Minister John Prescott at the spring conference in Gateshead. " +
		"They want the government to withdraw regulations which would raise the pension age for council workers from 60 to 65.\n\n" +
		"The five unions meeting Mr Prescott want the government to withdraw these regulations. Other unions have pledged to follow."
	c, err := scored(context.Background(), []brief.Document{{Title: "Talks aim to avert pension strike", Text: text}}, newConfig(nil))
	require.NoError(t, err)
	require.Len(t, c.sents, 5)
	require.True(t, c.sents[2].needsPrev)
	assert.False(t, c.repeats(3, []int{1}), "the sentence naming the unions alone")
	assert.False(t, c.repeats(3, []int{2}), "the leaning sentence alone")
	assert.True(t, c.repeats(3, []int{1, 2}), "the two shown as one point")
	assert.False(t, c.repeats(4, []int{1, 2}))
}
