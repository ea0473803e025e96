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

// TestSummaryLeavesOutRetellings: a sentence close to a shown point
// (cosine at least summaryNovelty) is no Summary point, though it would
// rank first; one that tells something else is.
func TestSummaryLeavesOutRetellings(t *testing.T) {
	docs := []brief.Document{{Title: "Council approves tram line", Text: "The city council approved a new tram line for the airport on Tuesday. " +
		"Councillors said the tram line was approved after years of debate over traffic in the city. " +
		"Construction is expected to begin next spring. Local shops said business would suffer during the works. " +
		"Tickets will cost the same as bus fares. The mayor called the vote historic."}}
	c, err := scored(context.Background(), docs, newConfig(nil))
	require.NoError(t, err)
	sel := c.choose(1)
	require.Len(t, sel.insights, 1)
	for _, i := range sel.summary {
		assert.Less(t, c.maxSimilarityTo(&c.sents[i], sel.insights), summaryNovelty, c.sents[i].text)
	}
	require.NotEmpty(t, sel.summary)
	close := -1
	for i := range c.sents {
		if i != sel.insights[0] && c.maxSimilarityTo(&c.sents[i], sel.insights) >= summaryNovelty {
			close = i
		}
	}
	require.GreaterOrEqual(t, close, 0, "the text holds a retelling of the key insight")
	require.False(t, c.repeats(close, sel.insights), "a retelling the other tests let through")
	assert.NotContains(t, sel.summary, close)
}

// TestShortPairTakesOnePlace: among the key insights, a sentence and the
// one leaning on it take one place between them when they are short
// together (at most maxPairWords words), two when they are long; in the
// other sections always two.
func TestShortPairTakesOnePlace(t *testing.T) {
	long := "The committee of the regional assembly published its long-awaited report on the future of the river crossing on Monday afternoon. " +
		"It recommends that the ageing bridge be replaced by a tunnel that would carry both trains and cars under the estuary by the end of the decade."
	for _, tc := range []struct {
		name, text string
		insights   bool
		want       int
	}{
		{"short pair, key insights", "The council approved the tram line. It will open next year.", true, 1},
		{"short pair, other sections", "The council approved the tram line. It will open next year.", false, 2},
		{"long pair, key insights", long, true, 2},
		{"pair on two lines, key insights", "The council approved the tram line.\nIt will open next year.", true, 2},
	} {
		c, err := scored(context.Background(), []brief.Document{{Text: tc.text}}, newConfig(nil))
		require.NoError(t, err, tc.name)
		require.Len(t, c.sents, 2, tc.name)
		require.True(t, c.sents[1].needsPrev, tc.name)
		assert.Equal(t, tc.want, c.places([]int{0, 1}, tc.insights), tc.name)
		assert.Equal(t, 1, c.places([]int{0}, tc.insights), tc.name)
	}
}

// TestPickShortPairLeavesRoom: a short pair picked as one key insight
// leaves room for another sentence within n places.
func TestPickShortPairLeavesRoom(t *testing.T) {
	text := "The city council approved a new tram line to the airport on Tuesday. It will open in 2027.\n\n" +
		"Construction of the airport tram line is expected to begin next spring."
	c, err := scored(context.Background(), []brief.Document{{Title: "Council approves airport tram line", Text: text}}, newConfig(nil))
	require.NoError(t, err)
	require.Len(t, c.sents, 3)
	require.True(t, c.sents[1].needsPrev)
	assert.Equal(t, []int{0, 1, 2}, c.pick([]int{1, 2, 0}, 2, nil, c.headlineTerms()), "the pair takes one of two places")
	assert.Equal(t, []int{0, 1}, c.pick([]int{1, 2, 0}, 2, nil, nil), "outside the key insights the pair takes both")
}

// TestListPageInsights: on a page built of lines (a shop's list of
// offers), the lines without a stop are no key insights; in a news article
// whose lead lost its stop, the lead still is one.
func TestListPageInsights(t *testing.T) {
	shop := "We sell our services to small and medium companies across the region.\n\n" +
		"No fixed daily rates or flat fees for any customer\n\n" +
		"No agents or middlemen between you and our sales staff\n\n" +
		"No minimum contract term for any of our sales services\n\n" +
		"Billing follows the time our staff spend on your customers.\n\n" +
		"Our web-based customer systems are available to every client.\n\n" +
		"Commission is charged only on the gross profit of each sale."
	news := "Japanese brewers are increasingly making money from beer-flavoured drinks rather than beer itself\n\n" +
		"Happoshu has been a mainstay of brewery profits for years, taking over from beer thanks to its low tax. " +
		"Sales of beer fell for the seventh year in a row, the brewers' association said. " +
		"The brewers now plan new drinks with even less malt to keep prices low. " +
		"Tax officials said they would review the rates on such drinks next year. " +
		"Analysts expect the market for the new drinks to grow further."
	for _, tc := range []struct {
		name, text string
		list       bool
	}{
		{"shop", shop, true},
		{"news lead without a stop", news, false},
	} {
		c, err := scored(context.Background(), []brief.Document{{Title: "Sales", Text: tc.text}}, newConfig(nil))
		require.NoError(t, err, tc.name)
		assert.Equal(t, []bool{tc.list}, c.listPages(), tc.name)
		sel := c.choose(3)
		require.NotEmpty(t, sel.insights, tc.name)
		stopless := 0
		for _, i := range sel.insights {
			if !endsStatement(c.sents[i].text) {
				stopless++
			}
		}
		if tc.list {
			assert.Zero(t, stopless, tc.name)
		} else {
			assert.Contains(t, sel.insights, 0, "%s: the lead stays a key insight", tc.name)
		}
	}
}
