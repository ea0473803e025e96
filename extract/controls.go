package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// controlBoxes returns the boxes of the page's controls: for each control
// (isControl), the largest element around it whose text is at most
// maxControlBox bytes. A short text set beside a button, a check box or a
// field is a prompt to act, not the article's text: an embed's consent
// placeholder ("We respect your privacy… Show the post"), a comment or
// newsletter prompt, an author box with a follow button.
//
// The boxes are nodes of the page as parsed. Readability reads a copy of
// it, so they reach the blocks taken from the page itself (the lead, the
// gaps, the container climb), not readability's pick: marking the pick's
// copy too cost recall (see the README's extraction section).
func controlBoxes(doc *html.Node) map[*html.Node]bool {
	var boxes, small map[*html.Node]bool // small: whether an element's text was within maxControlBox
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode || !isControl(n) {
			continue
		}
		if small == nil {
			small = map[*html.Node]bool{}
		}
		var box *html.Node
		for p := n.Parent; p != nil && p.Type == html.ElementNode && tag(p) != atom.Body; p = p.Parent {
			within, seen := small[p]
			if !seen {
				within = textAtMost(p, maxControlBox)
				small[p] = within // each element counted once, however many controls it holds
			}
			if !within {
				break
			}
			box = p
		}
		if box == nil {
			continue
		}
		if boxes == nil {
			boxes = map[*html.Node]bool{}
		}
		boxes[box] = true
	}
	return boxes
}

// maxControlBox is the most text a control's box holds.
const maxControlBox = 500

// maxControlBoxNodes is the most elements a control's box holds: a
// prompt is a few elements, and the cap bounds the time a page of many
// controls takes.
const maxControlBoxNodes = 300

// isControl reports an element a reader acts with: a button, a field, a
// check box (any input the page shows), a list to choose from, or an
// element that says it is a button (role="button").
func isControl(n *html.Node) bool {
	switch tag(n) {
	case atom.Button, atom.Select, atom.Textarea:
		return true
	case atom.Input:
		return !strings.EqualFold(attr(n, "type"), "hidden")
	}
	return strings.EqualFold(attr(n, "role"), "button")
}

// textAtMost reports whether n holds at most limit bytes of text, leaving
// out what skipTag leaves out, in at most maxControlBoxNodes elements; it
// stops counting past either limit.
func textAtMost(n *html.Node, limit int) bool {
	total, elements := 0, 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				total += len(strings.TrimSpace(c.Data))
				if total > limit {
					return false
				}
			case html.ElementNode:
				if elements++; elements > maxControlBoxNodes {
					return false
				}
				if !skipTag(c) && !walk(c) {
					return false
				}
			}
		}
		return true
	}
	return walk(n)
}

// dropControlBoxes drops the blocks that sit in one of boxes
// (controlBoxes).
func dropControlBoxes(cs []candidate, boxes map[*html.Node]bool) []candidate {
	if len(boxes) == 0 {
		return cs
	}
	out := cs[:0:0]
	for _, c := range cs {
		if !inBox(c.elem, boxes) {
			out = append(out, c)
		}
	}
	return out
}

// inBox reports whether n sits in one of boxes.
func inBox(n *html.Node, boxes map[*html.Node]bool) bool {
	for ; n != nil; n = n.Parent {
		if boxes[n] {
			return true
		}
	}
	return false
}
