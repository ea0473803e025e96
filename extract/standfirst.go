package extract

import (
	"strings"
)

// withStandfirst returns blocks with the page's standfirst in front when
// the pick left it out: the paragraph of running text (isGood) that
// repeats the description the page declares for the article (JSON-LD,
// <meta name="description">, og:description) and sits in page before
// the article's first block. An outlet's own summary of the article,
// printed over it, is the article's lead however far above the pick it
// sits (a teaser standfirst shorter than withLead's minLead, a lead
// behind a gallery or a table of contents). Headings and notices are
// not taken, nor a paragraph keepContent drops.
func withStandfirst(blocks, page []candidate, description, title string) []candidate {
	key := standfirstKey(description)
	if key == "" || len(blocks) == 0 {
		return blocks
	}
	at := -1
	for i, c := range page {
		if isGood(c) && strings.Contains(strings.ToLower(c.text), key) {
			at = i
			break
		}
	}
	if at < 0 {
		return blocks
	}
	first, _ := pickSpan(blocks, page)
	if first < 0 || at >= first {
		return blocks // in the article already, or after its start
	}
	c := page[at]
	if c.kind != Paragraph || isLegalBlock(c) || len(keepContent([]candidate{c}, title)) == 0 {
		return blocks
	}
	return append([]candidate{c}, blocks...)
}

// standfirstKey is the part of a declared description that finds its
// paragraph: its first standfirstKeyLen bytes in lower case (a
// description is often the paragraph cut short), or "" when the
// description is shorter than minStandfirst, too short to tell a
// paragraph by.
func standfirstKey(description string) string {
	d := collapseSpace(description)
	if len(d) < minStandfirst {
		return ""
	}
	return strings.ToLower(keyPrefix(d, standfirstKeyLen))
}

// minStandfirst is the shortest description withStandfirst looks for, and
// standfirstKeyLen the length of the part of it that is looked for.
const (
	minStandfirst    = 60
	standfirstKeyLen = 40
)
