package extract

// dropTailSection drops the box a page puts under its article, inside
// the element readability picks, whatever its language or class names:
// a "Related stories", "More from the magazine" or "Comments" box with
// its few teaser titles, a contact box, a call to action. That is a
// heading after the article's last block of running text over a section
// to the article's end of few short blocks (isBoxSection); the first
// such heading is cut with all after it, and a label left over it
// (trimEdges) goes too. A section of more blocks (a table, a list of
// steps, a meal plan), or one holding a block long enough to be a
// paragraph of its own, is left: it is the article's text set out in
// short lines.
func dropTailSection(cs []candidate) []candidate {
	last := lastProse(cs)
	if last < 0 {
		return cs
	}
	for i := last + 1; i < len(cs)-1; i++ {
		if cs[i].kind == Heading && len(cs[i].text) < maxLabelText && isBoxSection(cs[i+1:]) {
			return trimEdges(cs[:i])
		}
	}
	return cs
}

// isBoxSection reports whether the blocks under a heading after the
// article's running text are few and short: at most maxBoxBlocks
// blocks of maxBoxText in all, none over maxBoxBlock.
func isBoxSection(cs []candidate) bool {
	if len(cs) > maxBoxBlocks {
		return false
	}
	total := 0
	for _, c := range cs {
		if len(c.text) > maxBoxBlock {
			return false
		}
		total += len(c.text)
	}
	return total <= maxBoxText
}

// maxBoxBlocks, maxBoxText and maxBoxBlock bound the section
// dropTailSection takes for a box of teasers.
const (
	maxBoxBlocks = 4
	maxBoxText   = 800
	maxBoxBlock  = 250
)

// dropTailLinks drops, after the article's last block of running text,
// the short blocks that are half links or more and not sentences: a
// teaser's linked headline, a "More at example.com" line, a
// "Follow us on Twitter" link left under the article. Anywhere else such
// a line may be a kicker over a linked headline or a link the text
// lists; after the text it points away from it.
func dropTailLinks(cs []candidate) []candidate {
	last := lastProse(cs)
	if last < 0 {
		return cs
	}
	out := cs[:last+1]
	for _, c := range cs[last+1:] {
		if c.linkText*2 >= len(c.text) && len(c.text) < maxTailLink && !endsSentence(c.text) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// maxTailLink is the length under which dropTailLinks takes a block.
const maxTailLink = 200

// lastProse returns the index of the last block of running text
// (isProse) in cs, or -1.
func lastProse(cs []candidate) int {
	for i := len(cs) - 1; i >= 0; i-- {
		if isProse(cs[i]) {
			return i
		}
	}
	return -1
}
