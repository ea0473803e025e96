//go:build !nonewsbrief

package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
)

// checkBriefs builds newsbrief's brief for every story, untimed, and
// checks its quotes, its coverage entries and its original.
func checkBriefs(ds dataset, arts []article) briefChecks {
	c := briefChecks{set: ds.name}
	for _, a := range arts {
		docs := documents(a, ds.lang)
		b, err := safeBuild(docs)
		if err != nil {
			c.fails++
			c.problems = append(c.problems, fmt.Sprintf("%s: %v", a.ID, err))
			continue
		}
		c.stories++
		c.checkQuotes(a.ID, b, docs)
		c.checkCoverage(a.ID, b)
		c.checkOriginal(a.ID, b, docs)
	}
	return c
}

func safeBuild(docs []brief.Document) (b *brief.Brief, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, err = nil, fmt.Errorf("panic: %v", r)
		}
	}()
	return compose.Build(context.Background(), docs, compose.WithMaxPoints(3))
}

// checkQuotes checks that each quote is in the text of its source: a
// quote's first evidence names it, a coverage entry's URL does (matched
// with b.Sources, whose URLs are cleaned as the entry's is).
func (c *briefChecks) checkQuotes(id string, b *brief.Brief, docs []brief.Document) {
	check := func(what, quote string, src int) {
		c.quotes++
		if src < 0 || src >= len(docs) {
			c.problems = append(c.problems, fmt.Sprintf("%s: %s has no source: %q", id, what, quote))
			return
		}
		text := docs[src].Text
		if strings.Contains(text, quote) {
			c.verbatim++
			return
		}
		if strings.Contains(strings.Join(strings.Fields(text), " "), quote) {
			c.spaceOnly++
		}
		c.problems = append(c.problems, fmt.Sprintf("%s: %s not in source %d: %q", id, what, src, quote))
	}
	for _, q := range b.Quotes {
		src := -1
		if len(q.Evidence) > 0 {
			src = q.Evidence[0].Source
		}
		check("quote", q.Text, src)
	}
	for _, e := range b.Coverage {
		if e.Quote == "" {
			continue
		}
		src := -1
		for i, s := range b.Sources {
			if e.URL != "" && s.URL == e.URL {
				src = i
				break
			}
		}
		check("coverage quote of "+e.Outlet, e.Quote, src)
	}
}

// checkCoverage counts coverage entries, pairs of them with the same or
// nearly the same framing, and entries with an empty framing or quote.
func (c *briefChecks) checkCoverage(id string, b *brief.Brief) {
	for i, e := range b.Coverage {
		c.coverage++
		if strings.TrimSpace(e.Framing) == "" {
			c.noFraming++
		}
		if strings.TrimSpace(e.Quote) == "" {
			c.noQuote++
		}
		for _, f := range b.Coverage[i+1:] {
			x, y := strings.TrimSpace(e.Framing), strings.TrimSpace(f.Framing)
			if x == "" || y == "" {
				continue
			}
			if x == y {
				c.samePairs++
			}
			if fold(x) == fold(y) {
				c.nearPairs++
				c.problems = append(c.problems, fmt.Sprintf("%s: %s and %s share the framing %q", id, e.Outlet, f.Outlet, x))
			}
		}
	}
}

// checkOriginal compares the brief's original with the earliest-dated
// articles, where at least two articles have a date. The original is
// matched to its article by URL, or by headline where it has no URL
// (MultiLing); b.Sources are cleaned as the original is.
func (c *briefChecks) checkOriginal(id string, b *brief.Brief, docs []brief.Document) {
	var earliest []int
	dated := 0
	for i, d := range docs {
		if d.Published.IsZero() {
			continue
		}
		dated++
		switch {
		case len(earliest) == 0 || d.Published.Before(docs[earliest[0]].Published):
			earliest = []int{i}
		case d.Published.Equal(docs[earliest[0]].Published):
			earliest = append(earliest, i)
		}
	}
	if dated < 2 {
		return
	}
	o, hit := b.Original, false
	for _, i := range earliest {
		s := b.Sources[i]
		hit = hit || (o.URL != "" && o.URL == s.URL) || (o.URL == "" && o.Headline != "" && o.Headline == s.Headline)
	}
	c.dated++
	if hit {
		c.earliest++
	} else {
		c.problems = append(c.problems, fmt.Sprintf("%s: original %s (%s) is not an earliest-dated article", id, o.Outlet, o.Headline))
	}
	if len(earliest) == 1 {
		c.datedUnique++
		if hit {
			c.earliestUnique++
		}
	}
}
