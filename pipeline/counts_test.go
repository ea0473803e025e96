package pipeline

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCountsAddUp(t *testing.T) {
	c := countsFrom(map[string]int{"records": 10, "briefed": 6, "skipped": 3, "failed": 1, "stories": 2,
		"skipped: read: WARC request record": 3, "failed: extract: extract": 1, "article briefs": 6})
	assert.NoError(t, c.AddUp())
	assert.Equal(t, map[string]int{"skipped: read: WARC request record": 3, "failed: extract: extract": 1}, c.Reasons)
	assert.Equal(t, 6, c.ArticleBriefs)
	c.Failed = 0
	assert.EqualError(t, c.AddUp(), "counts do not add up: 10 records read, but 6 briefed + 3 skipped + 0 failed = 9")
}
