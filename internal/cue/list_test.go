package cue

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLists(t *testing.T) {
	assert.True(t, Has("en", SpeechVerbs, "said"))
	assert.True(t, Has("", Months, "may"), `"" is English`)
	assert.False(t, Has("en", SpeechVerbs, "Said"), "words are lower case")
	assert.False(t, Has("ko", SpeechVerbs, "said"), "a language without the list has none of its words")
	assert.False(t, Has("en", List("no-such-list"), "said"))
	assert.Contains(t, Phrases("en", Credits), "according to a report in")
	assert.Contains(t, Phrases("en", Credits), "according to a report by", "a|b alternatives are spelt out")
	assert.Nil(t, Phrases("ko", Credits))
}

func TestCount(t *testing.T) {
	for _, tc := range []struct {
		sentence, lang string
		want           int
	}{
		{"It is the largest solar farm ever built in the region, a milestone for the city.", "en", 2},
		{"For the first time, the plant will run at night.", "en", 2}, // "for the first time", "the first time"
		{"Shares hit a record high, which means the fund is now worth more.", "en", 2},
		{"Shares hit record highs.", "en", 0}, // a line's words, not its prefixes: "highs" is not "high"
		{"The bridge reopened on Monday and could close again.", "en", 0},
		{"The deal would transform the market.", "en", 1},
		{"It wouldn't transform the market.", "en", 0}, // contractions expanded: "would not transform"
		{"사상 처음으로 흑자를 냈다.", "ko", 1},                   // one line of prefixes: 사상*, 처음*
		{"회사는 처음으로 흑자를 냈다.", "", 1},                    // Korean guessed from the script
		{"The move, the deal and the decision came on Tuesday.", "en", 0},
	} {
		assert.Equal(t, tc.want, Count(tc.sentence, tc.lang, Significance), tc.sentence)
	}
}

func TestParseListLines(t *testing.T) {
	lx, err := parseLexicon("list:credit 1 first reported by\nlist:speech 1 said|says\n")
	assert.NoError(t, err)
	assert.Len(t, lx.lists[Credits].entries, 1)
	assert.True(t, lx.lists[SpeechVerbs].words["says"])
	assert.Empty(t, lx.exact, "list lines are not cues")
	for _, bad := range []string{"list: 1 said", "list:Speech 1 said", "list:x_y 1 said"} {
		_, err := parseLexicon(bad + "\n")
		assert.Error(t, err, bad)
	}
}
