package extract

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// withContainer returns picked with the rest of the container it sits in,
// when that rest reads like the article: readability scores one block
// element and its siblings, so an article whose sections, columns or
// standfirst sit in elements of their own loses them. Going up from the
// innermost element that holds all of readability's pick in the page
// (its blocks' common containers, page.anc), each container's blocks
// outside the pick are added while they are mostly running text and
// hardly links (isArticleLike), at most maxContainerUp levels up, and
// never the page's outermost element.
func withContainer(picked []candidate, p *pageLayout) []candidate {
	first, last := pickSpan(picked, p.blocks)
	if first < 0 {
		return picked
	}
	depth := commonDepth(p.anc[first], p.anc[last])
	lo, hi := first, last
	for up := 0; up < maxContainerUp && depth-up >= 2; up++ {
		level := depth - up - 1
		box := p.anc[first][level]
		l, h := lo, hi
		for l > 0 && p.inside(l-1, level, box) {
			l--
		}
		for h < len(p.blocks)-1 && p.inside(h+1, level, box) {
			h++
		}
		added := append(slices.Clone(p.blocks[l:lo]), p.blocks[hi+1:h+1]...)
		if !isArticleLike(added) {
			break
		}
		lo, hi = l, h
	}
	if lo == first && hi == last {
		return picked
	}
	out := make([]candidate, 0, len(picked)+first-lo+hi-last)
	out = append(append(out, p.blocks[lo:first]...), picked...)
	return append(out, p.blocks[last+1:hi+1]...)
}

// maxContainerUp is how many levels withContainer goes up.
const maxContainerUp = 3

// inside reports whether block i sits in box, the element at depth level
// of its containers.
func (p *pageLayout) inside(i, level int, box *html.Node) bool {
	return len(p.anc[i]) > level && p.anc[i][level] == box
}

// commonDepth is the length of the common prefix of a and b.
func commonDepth(a, b []*html.Node) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// isArticleLike reports whether blocks, added to an article, read like
// more of it: nothing, or a paragraph of running text (minLead or more)
// among them, at least half their text good (isGood; notices count as
// furniture) and under 1 in maxContainerLinks bytes inside links. A box
// of one short paragraph (a newsletter prompt, a contact line) is not
// the article.
func isArticleLike(blocks []candidate) bool {
	total, links, good, steps, long := 0, 0, 0, 0, false
	for _, c := range blocks {
		total += len(c.text)
		links += c.linkText
		if isLegalBlock(c) {
			continue // a notice is furniture, however well it reads
		}
		if isGood(c) {
			good += len(c.text)
		}
		if c.kind == ListItem && c.linkText == 0 && endsSentence(c.text) {
			steps++
		}
		long = long || (len(c.text) >= minLead && isProse(c))
	}
	if total == 0 {
		return true
	}
	long = long || steps >= minSteps
	return long && links*maxContainerLinks < total && good*2 >= total
}

// minSteps is the fewest list items ending in sentences (a recipe's or
// a how-to's steps) that read like running text.
const minSteps = 3

// maxContainerLinks is the inverse of the link density above which added
// blocks are not article: 1 in 4 bytes inside links.
const maxContainerLinks = 4

// pickSpan returns the indexes in page of picked's first and last blocks,
// or -1, -1 when they are not found there. A block is found by its
// matchKey: first where a page block starts with it, else where one
// contains it (readability joins and splits blocks), so that a page
// block holding the headline inside a longer line does not pass for the
// pick's first block. An edge block the page's blocks leave out (a
// "Sign in" button, a "Latest news" label readability kept) is passed
// over: the span runs from the first and to the last of picked's blocks
// that are found, looking at most maxSpanSkip blocks in from each end.
func pickSpan(picked, page []candidate) (first, last int) {
	if len(picked) == 0 {
		return -1, -1
	}
	lower := make([]string, len(page))
	for i, c := range page {
		lower[i] = strings.ToLower(c.text)
	}
	first, at := -1, 0
	for ; at < len(picked) && at <= maxSpanSkip && first < 0; at++ {
		k0 := matchKey(picked[at].text)
		first = slices.IndexFunc(lower, func(l string) bool { return strings.HasPrefix(l, k0) })
		if first < 0 {
			first = slices.IndexFunc(lower, func(l string) bool { return strings.Contains(l, k0) })
		}
	}
	if first < 0 {
		return -1, -1
	}
	last = -1
	for j := len(picked) - 1; j >= at-1 && j >= len(picked)-1-maxSpanSkip && last < 0; j-- {
		k1 := matchKey(picked[j].text)
		for i := len(lower) - 1; i >= first && last < 0; i-- {
			if strings.Contains(lower[i], k1) {
				last = i
			}
		}
	}
	if last < 0 {
		return -1, -1
	}
	return first, last
}

// maxSpanSkip is how many of the pick's edge blocks pickSpan passes over
// when the page's blocks lack them.
const maxSpanSkip = 3
