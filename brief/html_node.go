package brief

import "iter"

// nodeKind is what a node of an HTML document is.
type nodeKind uint8

const (
	documentNode nodeKind = iota
	elementNode
	textNode
)

// node is a node of the tree parseHTMLTree builds: the document, an
// element or a run of text.
type node struct {
	kind  nodeKind
	data  string // an element's lower-case name, or a text node's text
	attrs []attribute

	parent, first, last, next *node
}

// attribute is an element's attribute, its value with character
// references decoded.
type attribute struct{ key, val string }

// tag returns an element's name, and "" for text and the document.
func (n *node) tag() string {
	if n.kind == elementNode {
		return n.data
	}
	return ""
}

// appendChild adds c as n's last child.
func (n *node) appendChild(c *node) {
	c.parent = n
	if n.last == nil {
		n.first = c
	} else {
		n.last.next = c
	}
	n.last = c
}

// descendants yields n's descendants in document order.
func (n *node) descendants() iter.Seq[*node] {
	return func(yield func(*node) bool) {
		n.walk(yield)
	}
}

func (n *node) walk(yield func(*node) bool) bool {
	for c := n.first; c != nil; c = c.next {
		if !yield(c) || !c.walk(yield) {
			return false
		}
	}
	return true
}
