package htmlparse

import "iter"

// NodeType is what a Node is.
type NodeType uint8

// The types of node Parse builds.
const (
	DocumentNode NodeType = iota
	ElementNode
	TextNode
)

// Node is a node of the tree Parse builds: the document, an element or a
// run of text. The fields are named as in golang.org/x/net/html.
type Node struct {
	Type NodeType
	// Data is an element's lower-case name, or a text node's text with its
	// character references decoded.
	Data string
	// Attr are an element's attributes, the first of each name only.
	Attr []Attribute

	Parent, FirstChild, LastChild, NextSibling *Node
}

// Attribute is an element's attribute: its lower-case name and its value
// with character references decoded.
type Attribute struct{ Key, Val string }

// Tag returns an element's name, and "" for text and the document.
func (n *Node) Tag() string {
	if n.Type == ElementNode {
		return n.Data
	}
	return ""
}

// Attribute returns the value of an element's attribute named key and
// whether it has one.
func (n *Node) Attribute(key string) (string, bool) {
	if n.Type != ElementNode {
		return "", false
	}
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// AppendChild adds c as n's last child.
func (n *Node) AppendChild(c *Node) {
	c.Parent = n
	if n.LastChild == nil {
		n.FirstChild = c
	} else {
		n.LastChild.NextSibling = c
	}
	n.LastChild = c
}

// Descendants yields n's descendants in document order.
func (n *Node) Descendants() iter.Seq[*Node] {
	return func(yield func(*Node) bool) {
		n.walk(yield)
	}
}

func (n *Node) walk(yield func(*Node) bool) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !yield(c) || !c.walk(yield) {
			return false
		}
	}
	return true
}
