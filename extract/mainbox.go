package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropBoxes drops the furniture placed by the article's main element
// (mainElement): a short note after it (dropOutsideTail) and small boxes
// inside it (dropInlineBoxes, with the main element found again once the
// note is gone).
func dropBoxes(cs []candidate) []candidate {
	main := mainElement(cs)
	if main == nil {
		return cs
	}
	cs = dropOutsideTail(cs, main)
	return dropInlineBoxes(cs, mainElement(cs))
}

// dropOutsideTail drops the blocks after the last one inside main, the
// article's main element, when they are few and short: at most one block
// of running text, maxOutsideTail bytes in all, and no heading. That is a note a page sets under its article in a box of its
// own, whatever its language or class names: an author's bio, an
// affiliate or licence disclaimer, a forum or newsletter prompt, a press
// release's metadata. A later section of the article starts with a
// heading, and more text after the main element is the article's text
// in another element (a column, a later section the container climb took
// in).
func dropOutsideTail(cs []candidate, main *html.Node) []candidate {
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

// dropInlineBoxes drops the small boxes inside main, the article's main
// element, set among its paragraphs: an element within a child element
// of main (not a paragraph of main's own) whose blocks hold no running
// text, not only headings, and at most maxInlineBox bytes in all. That is
// a poll, a video player's fallback line, a "Contents" or "Photo gallery"
// label, a newsletter or app prompt, an affiliate note. Lists, tables,
// quotes and code are the article's text set out in short lines, and a
// box holding any of them is left.
func dropInlineBoxes(cs []candidate, main *html.Node) []candidate {
	if main == nil {
		return cs
	}
	type box struct{ text, prose, headings, blocks int }
	var boxes map[*html.Node]*box
	for _, c := range cs {
		k := boxOf(c, main)
		if k == nil {
			continue
		}
		if boxes == nil {
			boxes = map[*html.Node]*box{}
		}
		b := boxes[k]
		if b == nil {
			b = &box{}
			boxes[k] = b
		}
		b.text += len(c.text)
		b.blocks++
		if isProse(c) || inStructure(c, main) {
			b.prose++
		}
		if c.kind == Heading {
			b.headings++
		}
	}
	if boxes == nil {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if b := boxes[boxOf(c, main)]; b != nil && b.prose == 0 && b.headings < b.blocks && b.text <= maxInlineBox {
			continue
		}
		out = append(out, c)
	}
	return out
}

// maxInlineBox is the most text a box dropInlineBoxes drops holds.
const maxInlineBox = 200

// boxOf returns the child element of main that holds c when c sits
// deeper than that child and the child is not a list, table, quote or
// preformatted text; else nil.
func boxOf(c candidate, main *html.Node) *html.Node {
	for n := c.elem; n != nil; n = n.Parent {
		if n.Parent != main {
			continue
		}
		if n == c.elem {
			return nil // a paragraph of main's own
		}
		switch tag(n) {
		case atom.Ul, atom.Ol, atom.Dl, atom.Table, atom.Tbody, atom.Blockquote, atom.Pre:
			return nil
		}
		return n
	}
	return nil
}

// inStructure reports whether c sits in a table, preformatted text or
// code below main: text whose short lines are its own.
func inStructure(c candidate, main *html.Node) bool {
	for n := c.elem; n != nil && n != main; n = n.Parent {
		switch tag(n) {
		case atom.Table, atom.Pre, atom.Code:
			return true
		}
	}
	return false
}
