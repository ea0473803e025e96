package extract

// dropTailSection drops the box a page puts under its article, inside
// the element readability picks, whatever its language or class names:
// a "Related stories", "More from the magazine" or "Comments" box with
// its few teaser titles, a contact box, a call to action. That is a
// heading after the article's last block of running text over a section
// to the article's end of few short blocks (isTeaserSection); the first
// such heading is cut with all after it, and a label left over it
// (trimEdges) goes too. A section of more blocks (a table, a list of
// steps, a meal plan), or one holding a block long enough to be a
// paragraph of its own, is left: it is the article's text set out in
// short lines.
func dropTailSection(cs []candidate) []candidate {
	last := -1 // the last block of running text
	for i, c := range cs {
		if isProse(c) {
			last = i
		}
	}
	if last < 0 {
		return cs
	}
	for i := last + 1; i < len(cs)-1; i++ {
		if cs[i].kind == Heading && len(cs[i].text) < maxLabelText && isTeaserSection(cs[i+1:]) {
			return trimEdges(cs[:i])
		}
	}
	return cs
}

// isTeaserSection reports whether the blocks under a heading after the
// article's running text are few and short: at most maxTeaserBlocks
// blocks of maxTeaserText in all, none over maxTeaserBlock.
func isTeaserSection(cs []candidate) bool {
	if len(cs) > maxTeaserBlocks {
		return false
	}
	total := 0
	for _, c := range cs {
		if len(c.text) > maxTeaserBlock {
			return false
		}
		total += len(c.text)
	}
	return total <= maxTeaserText
}

// maxTeaserBlocks, maxTeaserText and maxTeaserBlock bound the section
// dropTailSection takes for a box of teasers.
const (
	maxTeaserBlocks = 4
	maxTeaserText   = 800
	maxTeaserBlock  = 250
)
