package extract

import (
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page may declare where its article is: an element marked
// itemprop="articleBody" (schema.org microdata), the page's <main> (or
// role="main"), its single <article>; and where its comments are (an
// element named like a comment thread, or typed schema.org/Comment).
// withoutTail and withoutComments use these against the end of
// readability's pick.
//
// Measured and rejected as votes against readability's pick (README,
// "Extracting articles"): the declared element, or the page blocks the
// JSON-LD articleBody holds, taken when the pick lies outside them, also
// when the pick sits in a comment thread, and as the baseline's ground
// when readability finds no running text: on none of the 612 development
// pages did the pick lie outside the declaration, so no rule fired. The
// declared element trimming the pick's start lost on the trafilatura
// pages: an outlet's standfirst sits above its articleBody element.

// withoutTail returns picked without the blocks at its end that the page
// places after its declared article element (declaredElement) — a source
// credit, a "See also" label, the outlet's address, a home-page prompt
// readability took in from below the article — when that element holds
// at least 3 in 4 bytes of the pick's running text. Blocks not found
// among the page's blocks are kept, and so is every block up to the
// last one found inside the element.
func withoutTail(picked []candidate, p *pageLayout) []candidate {
	box := declaredElement(p)
	if box == nil || len(picked) == 0 {
		return picked
	}
	lower := make([]string, len(p.blocks))
	for i, c := range p.blocks {
		lower[i] = strings.ToLower(c.text)
	}
	inside := make([]int, len(picked)) // 1 inside box, -1 outside, 0 not found
	good, goodIn := 0, 0
	for j, c := range picked {
		k := matchKey(c.text)
		i := slices.IndexFunc(lower, func(l string) bool { return strings.HasPrefix(l, k) })
		if i < 0 {
			continue
		}
		inside[j] = -1
		if slices.Contains(p.anc[i], box) {
			inside[j] = 1
		}
		if isGood(c) {
			good += len(c.text)
			if inside[j] == 1 {
				goodIn += len(c.text)
			}
		}
	}
	if goodIn == 0 || goodIn*4 < good*3 {
		return picked
	}
	end := len(picked)
	for end > 0 && inside[end-1] != 1 {
		end--
	}
	for end < len(picked) && inside[end] == 0 {
		end++ // not found: kept when it follows the article's last block
	}
	return picked[:end]
}

// declaredElement returns the element the page declares as its
// article: the one marked itemprop="articleBody", else the one <main>
// (or role="main"), else the one <article> among the elements that hold
// the page's blocks; nil when the first kind present has more than one
// element or none is present.
func declaredElement(p *pageLayout) *html.Node {
	var kinds [3][]*html.Node
	seen := map[*html.Node]bool{}
	for _, anc := range p.anc {
		for _, n := range anc {
			if seen[n] {
				continue
			}
			seen[n] = true
			if k := declaredKind(n); k >= 0 {
				kinds[k] = append(kinds[k], n)
			}
		}
	}
	for _, ns := range kinds {
		switch len(ns) {
		case 0:
			continue
		case 1:
			return ns[0]
		}
		return nil
	}
	return nil
}

// declaredKind returns 0 for an element marked itemprop="articleBody", 1
// for <main> or role="main", 2 for <article>, and -1 for others.
func declaredKind(n *html.Node) int {
	switch {
	case slices.Contains(strings.Fields(strings.ToLower(attr(n, "itemprop"))), "articlebody"):
		return 0
	case n.DataAtom == atom.Main, strings.EqualFold(strings.TrimSpace(attr(n, "role")), "main"):
		return 1
	case n.DataAtom == atom.Article:
		return 2
	}
	return -1
}

// commentElement matches the ids and classes of comment threads.
var commentElement = regexp.MustCompile(`(?i)(^|[\s_-])(comments?|comment-?(list|thread|section|area|s?-?wrap(per)?)|disqus_thread|respond|discussion)([\s_-]|$)`)

// isComment reports an element that holds comments: named like a
// comment thread, or typed schema.org/Comment.
func isComment(n *html.Node) bool {
	if strings.Contains(strings.ToLower(attr(n, "itemtype")), "schema.org/comment") {
		return true
	}
	return commentElement.MatchString(attr(n, "id")) || commentElement.MatchString(attr(n, "class"))
}

// withoutComments returns picked without the blocks at its end that sit
// in a comment thread on the page (isComment), when blocks of running
// text outside one come before them.
func withoutComments(picked []candidate, p *pageLayout) []candidate {
	lower := make([]string, len(p.blocks))
	for i, c := range p.blocks {
		lower[i] = strings.ToLower(c.text)
	}
	end := len(picked)
	for end > 0 {
		k := matchKey(picked[end-1].text)
		i := slices.IndexFunc(lower, func(l string) bool { return strings.HasPrefix(l, k) })
		if i < 0 || !slices.ContainsFunc(p.anc[i], isComment) {
			break
		}
		end--
	}
	if end == len(picked) || goodText(picked[:end]) == 0 {
		return picked
	}
	return picked[:end]
}
