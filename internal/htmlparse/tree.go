package htmlparse

import (
	"errors"
	"strings"
)

// MaxDepth bounds how deeply elements may nest in a document Parse reads.
const MaxDepth = 512

// Parse builds a node tree from src with a small tree builder:
// elements nest as written, end tags close the nearest open element of
// their name, void elements never open (and others do, even written
// <div/>, as in browsers), and the start tags that HTML says
// close an open p, li, dt, dd, tr, td, th or option do so. That is all
// reading a brief needs; the full HTML parsing algorithm (html.Parse)
// would add a few hundred kilobytes, through fmt and reflect, to the
// browser build that reads briefs.
func Parse(src string) (*Node, error) {
	z := tokenizer{src: src}
	doc := &Node{Type: DocumentNode}
	b := treeBuilder{open: []openElement{{n: doc}}}
	for {
		t, ok := z.next()
		if !ok {
			b.flushText()
			return doc, nil
		}
		if t.kind == textToken {
			b.text.WriteString(t.data) // joined with the text around skipped comments
			continue
		}
		b.flushText()
		if t.kind == endTagToken {
			b.closeElement(t.data)
			continue
		}
		n := &Node{Type: ElementNode, Data: t.data, Attr: t.attrs}
		b.closeImplied(n.Data)
		b.top().AppendChild(n)
		if isVoid(n.Data) {
			continue // a / before > changes nothing, as in browsers
		}
		if len(b.open) > MaxDepth {
			return nil, ErrTooDeep
		}
		b.push(n)
	}
}

// ErrTooDeep is the cause of the error for elements nested too deeply.
var ErrTooDeep = errors.New("elements nest more than 512 deep")

// treeBuilder holds the open elements and the text not yet added.
type treeBuilder struct {
	open  []openElement
	count [bitCount]int // open elements with each tag bit
	text  strings.Builder
}

// openElement is an open element with its tag's bits.
type openElement struct {
	n    *Node
	bits tagBits
}

func (b *treeBuilder) top() *Node { return b.open[len(b.open)-1].n }

func (b *treeBuilder) push(n *Node) {
	bits := bitsOf(n.Data)
	b.open = append(b.open, openElement{n, bits})
	b.countBits(bits, 1)
}

// popTo closes the open element at index i and those above it.
func (b *treeBuilder) popTo(i int) {
	for _, e := range b.open[i:] {
		b.countBits(e.bits, -1)
	}
	b.open = b.open[:i]
}

func (b *treeBuilder) countBits(bits tagBits, delta int) {
	for i := range b.count {
		if bits&(1<<i) != 0 {
			b.count[i] += delta
		}
	}
}

// flushText adds the text collected to the current element.
func (b *treeBuilder) flushText() {
	if b.text.Len() == 0 {
		return
	}
	b.top().AppendChild(&Node{Type: TextNode, Data: b.text.String()})
	b.text.Reset()
}

// closeElement closes the nearest open element called name and everything
// opened inside it; an end tag with no open element is ignored.
func (b *treeBuilder) closeElement(name string) {
	for i := len(b.open) - 1; i > 0; i-- {
		if b.open[i].n.Data == name {
			b.popTo(i)
			return
		}
	}
}

// closeImplied closes the elements a start tag of a ends: the previous li,
// dt or dd, row or cell, or option, and an open p before a block.
func (b *treeBuilder) closeImplied(a string) {
	if closes, within := impliedEnds(a); closes != 0 {
		b.closeNearest(closes, within)
	}
	if isBlockStart(a) {
		b.closeNearest(bitP, bitButtonScope)
	}
}

// closeNearest closes the outermost open element with a bit of closes
// inside the nearest element with a bit of within, and everything opened
// inside it: a new row closes the open row with its cell. When no open
// element has a bit of closes, it looks at none, so that a deep page
// stays linear.
func (b *treeBuilder) closeNearest(closes, within tagBits) {
	open := false
	for i := range b.count {
		open = open || closes&(1<<i) != 0 && b.count[i] > 0
	}
	if !open {
		return
	}
	found := 0
	for i := len(b.open) - 1; i > 0 && b.open[i].bits&within == 0; i-- {
		if b.open[i].bits&closes != 0 {
			found = i
		}
	}
	if found > 0 {
		b.popTo(found)
	}
}

// tagBits says what a tag closes or bounds, one bit each.
type tagBits uint16

const (
	bitP           tagBits = 1 << iota
	bitItem                // li
	bitDef                 // dt, dd
	bitRow                 // tr
	bitCell                // td, th
	bitOption              // option
	bitButtonScope         // where a p is looked for no further
	bitListScope           // … an li
	bitDefScope            // … a dt or dd
	bitTableScope          // … a tr
	bitRowScope            // … a td or th
	bitSelectScope         // … an option
	bitCount       = 12
)

// bitsOf returns the bits of a tag.
func bitsOf(tag string) tagBits {
	switch tag {
	case "p":
		return bitP
	case "li":
		return bitItem
	case "dt", "dd":
		return bitDef
	case "tr":
		return bitRow | bitRowScope
	case "td", "th":
		return bitCell | bitButtonScope
	case "option":
		return bitOption
	case "button":
		return bitButtonScope
	case "ul", "ol":
		return bitListScope
	case "dl":
		return bitDefScope
	case "table", "template":
		return bitButtonScope | bitListScope | bitDefScope | bitTableScope | bitRowScope
	case "select", "datalist":
		return bitSelectScope
	}
	return 0
}

// isBlockStart reports whether a start tag of tag closes an open p.
func isBlockStart(tag string) bool {
	return tagIn(" address article aside blockquote details div dl fieldset figure footer form h1 h2 h3 h4 h5 h6 header hr main nav ol p pre section table ul li dd dt ", tag)
}

// isVoid reports whether tag is an element that never has content.
func isVoid(tag string) bool {
	return tagIn(" area base br col embed hr img input link meta source track wbr ", tag)
}

// tagIn reports whether tag is one of the space-separated names in set,
// which starts and ends with a space. A lookup in a string is smaller in
// the browser build than a switch over strings.
func tagIn(set, tag string) bool {
	return tag != "" && !strings.Contains(tag, " ") && strings.Contains(set, " "+tag+" ")
}

// impliedEnds returns the open elements a start tag of a closes, other
// than p, and the elements beyond which it looks no further.
func impliedEnds(a string) (closes, within tagBits) {
	switch a {
	case "li":
		return bitItem, bitListScope
	case "dt", "dd":
		return bitDef, bitDefScope
	case "tr":
		return bitRow | bitCell, bitTableScope
	case "td", "th":
		return bitCell, bitRowScope
	case "option":
		return bitOption, bitSelectScope
	}
	return 0, 0
}
