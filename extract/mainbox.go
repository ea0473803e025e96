package extract

import "golang.org/x/net/html"

// dropOutsideTail drops the blocks after the last one inside the
// article's main element (mainElement) when they are few and short: at
// most one block of running text, maxOutsideTail bytes in all, and no
// heading. That is a note a page sets under its article in a box of its
// own, whatever its language or class names: an author's bio, an
// affiliate or licence disclaimer, a forum or newsletter prompt, a press
// release's metadata. A later section of the article starts with a
// heading, and more text after the main element is the article's text
// in another element (a column, a later section the container climb took
// in).
func dropOutsideTail(cs []candidate) []candidate {
	main := mainElement(cs)
	if main == nil {
		return cs
	}
	last := -1 // the last block inside main
	for i, c := range cs {
		if isWithin(c.elem, main) {
			last = i
		}
	}
	if last < 0 || last == len(cs)-1 {
		return cs
	}
	total, prose := 0, 0
	for _, c := range cs[last+1:] {
		if c.kind == Heading {
			return cs
		}
		total += len(c.text)
		if isProse(c) {
			prose++
		}
	}
	if prose > 1 || total > maxOutsideTail {
		return cs
	}
	return cs[:last+1]
}

// maxOutsideTail is the most text dropOutsideTail drops.
const maxOutsideTail = 400

// mainElement returns the element whose child elements hold the most
// bytes of running text (isProse) among cs: the article's body, where its
// paragraphs sit side by side. It is nil when no block of running text
// knows the element it sits in.
func mainElement(cs []candidate) *html.Node {
	var weight map[*html.Node]int
	var main *html.Node
	for _, c := range cs {
		if c.elem == nil || c.elem.Parent == nil || !isProse(c) {
			continue
		}
		if weight == nil {
			weight = map[*html.Node]int{}
		}
		parent := c.elem.Parent
		weight[parent] += len(c.text)
		if main == nil || weight[parent] > weight[main] {
			main = parent
		}
	}
	return main
}

// isWithin reports whether n is el or inside it.
func isWithin(n, el *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == el {
			return true
		}
	}
	return false
}
