//go:build !nonewsbrief

package main

import (
	"testing"

	"github.com/newsbrief/newsbrief/brief"
)

func TestCheckBrief(t *testing.T) {
	docs := []brief.Document{{URL: "https://a.com/1", Text: `"We will build it," she said.`}, {URL: "https://b.com/2", Text: "Other\u00a0words here."}}
	b := &brief.Brief{
		Sources: []brief.Source{{URL: "https://a.com/1"}, {URL: "https://b.com/2"}},
		Quotes:  []brief.Quote{{Text: "We will build it", Evidence: []brief.Evidence{{Source: 0}}}},
		Coverage: []brief.Coverage{
			{URL: "https://b.com/2", Framing: "Same thing.", Quote: "Other words here"},
			{URL: "https://c.com/3", Framing: " same  THING. "},
			{URL: "https://d.com/4", Framing: "Same thing."},
		},
	}
	var c briefChecks
	c.checkQuotes("x", b, docs)
	c.checkCoverage("x", b)
	if c.quotes != 2 || c.verbatim != 1 || c.spaceOnly != 1 {
		t.Errorf("quotes %d, verbatim %d, white space only %d; want 2, 1, 1", c.quotes, c.verbatim, c.spaceOnly)
	}
	if c.coverage != 3 || c.samePairs != 1 || c.nearPairs != 3 || c.noFraming != 0 || c.noQuote != 2 {
		t.Errorf("coverage %d, same %d, near %d, no framing %d, no quote %d; want 3, 1, 3, 0, 2",
			c.coverage, c.samePairs, c.nearPairs, c.noFraming, c.noQuote)
	}
}
