package extract

import (
	"strings"
)

// withGaps returns picked with the running text readability dropped from
// inside it: paragraphs of prose (isProse, not notices) that sit in the
// page between the pick's first and last blocks of running text (isGood)
// but are not in the pick
// — a paragraph in a section readability's conditional cleaning removed
// for its images or its shortness. Text between two parts of the article
// is the article's; furniture inside it (link lists, labels, notices) is
// not prose and stays out. Each paragraph goes back after the pick's
// block that holds the page block before it.
func withGaps(picked, page []candidate) []candidate {
	lo, hi := -1, -1 // the pick's first and last blocks of running text
	for i, c := range picked {
		if isGood(c) {
			if lo < 0 {
				lo = i
			}
			hi = i
		}
	}
	if lo < 0 {
		return picked
	}
	first, last := pickSpan(picked[lo:hi+1], page)
	if first < 0 || last-first < 2 {
		return picked
	}
	// holder returns the index of the picked block holding page block i,
	// from from on, or -1. Both come from the same tree, so their text
	// is compared as it is.
	holder := func(i, from int) int {
		k := keyPrefix(page[i].text, matchKeyLen)
		for j := from; j < len(picked); j++ {
			if strings.Contains(picked[j].text, k) {
				return j
			}
		}
		return -1
	}
	after := map[int][]candidate{} // picked index → page blocks to add after it
	at := 0                        // the picked block holding the last page block found
	added := false
	for i := first + 1; i < last; i++ {
		if j := holder(i, at); j >= 0 {
			at = j
			continue
		}
		c := page[i]
		if c.kind == Paragraph && isProse(c) && !isLegalBlock(c) && !captionLike.MatchString(c.text) {
			after[at] = append(after[at], c)
			added = true
		}
	}
	if !added {
		return picked
	}
	out := make([]candidate, 0, len(picked)+len(after))
	for j, c := range picked {
		out = append(out, c)
		out = append(out, after[j]...)
	}
	return out
}
