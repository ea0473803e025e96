package brief

import (
	"strings"
)

// contentRoot picks the part of a page that holds the brief: the <article>
// with the most text, else <main>, else <body>.
func contentRoot(doc *node) *node {
	var best *node
	bestLen := -1
	var main, body *node
	for n := range doc.descendants() {
		if n.kind != elementNode {
			continue
		}
		switch n.tag() {
		case "article":
			if l := len(textContent(n)); l > bestLen {
				best, bestLen = n, l
			}
		case "main":
			if main == nil {
				main = n
			}
		case "body":
			body = n
		}
	}
	for _, n := range []*node{best, main, body} {
		if n != nil {
			return n
		}
	}
	return doc
}

// htmlLexer turns the elements of a foreign HTML brief into blocks.
type htmlLexer struct {
	blocks []block
	run    inlineRun // inline content not yet inside a block
}

// walk emits blocks for n's children; depth is the list nesting depth.
func (l *htmlLexer) walk(n *node, depth int) {
	for c := n.first; c != nil; c = c.next {
		switch {
		case c.kind == textNode:
			l.run.text(c.data)
		case c.kind == elementNode && (c.tag() == "footer" || attr(c, "role") == "contentinfo"):
			l.flush()
			l.footer(c)
		case c.kind != elementNode || isChrome(c):
		case isInline(c):
			l.run.node(c, nil)
		default:
			l.flush()
			l.element(c, depth)
		}
	}
	l.flush()
}

func (l *htmlLexer) element(n *node, depth int) {
	switch n.tag() {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		l.emit(bHeading, n, int(n.data[1]-'0'))
	case "p", "dt", "dd", "figcaption", "summary":
		l.emit(bPara, n, 0)
	case "blockquote":
		l.blocks = append(l.blocks, block{kind: bQuote, text: textContent(n)})
	case "li":
		l.item(n, depth)
	case "ul", "ol":
		l.walk(n, depth+boolInt(isInsideList(n)))
	case "header":
		// An article's header holds its headline; bylines and the like
		// are not part of the brief.
		for h := range n.descendants() {
			if isHeading(h) {
				l.emit(bHeading, h, int(h.data[1]-'0'))
			}
		}
	default:
		l.walk(n, depth)
	}
}

// item emits a list item: its own inline text (with a nested quote), then
// its nested lists.
func (l *htmlLexer) item(n *node, depth int) {
	var nested []*node
	b := inlineBlock(n, bItem, func(c *node) bool {
		switch c.tag() {
		case "ul", "ol", "blockquote":
			nested = append(nested, c)
			return true
		}
		return false
	})
	b.level = depth
	b.ordered = n.parent != nil && n.parent.tag() == "ol"
	for _, c := range nested {
		if c.tag() == "blockquote" {
			b.quote = joinText(b.quote, strings.TrimSpace(textContent(c)))
			b.hasQuote = true
		}
	}
	l.blocks = append(l.blocks, b)
	for _, c := range nested {
		if c.tag() != "blockquote" {
			l.walk(c, depth+1)
		}
	}
}

func (l *htmlLexer) emit(kind blockKind, n *node, level int) {
	b := inlineBlock(n, kind, nil)
	b.level = level
	l.blocks = append(l.blocks, b)
}

func (l *htmlLexer) flush() {
	if strings.TrimSpace(l.run.b.String()) != "" {
		l.blocks = append(l.blocks, l.run.block(bPara))
	}
	l.run = inlineRun{}
}

// footer emits the credit lines of a footer ("Originally reported by …",
// "Original headline: …"), where many templates put them; the rest of a
// footer is page furniture.
func (l *htmlLexer) footer(n *node) {
	for c := range n.descendants() {
		if c.kind != elementNode || isChrome(c) && c != n || hasBlockInside(c) {
			continue
		}
		switch c.tag() {
		case "p", "li", "div", "span", "small", "dd", "address", "cite":
			if b := inlineBlock(c, bPara, nil); isCredit(b.full()) {
				l.blocks = append(l.blocks, b)
			}
		}
	}
}

// outerFooters emits the credit lines of the page's footers that lie
// outside root, the part of the page that holds the brief.
func (l *htmlLexer) outerFooters(doc, root *node) {
	if root == doc {
		return
	}
	for n := range doc.descendants() {
		if n.kind == elementNode && (n.tag() == "footer" || attr(n, "role") == "contentinfo") && !isWithin(n, root) {
			l.footer(n)
		}
	}
}

// isWithin reports whether n is root or inside it.
func isWithin(n, root *node) bool {
	for ; n != nil; n = n.parent {
		if n == root {
			return true
		}
	}
	return false
}

// hasBlockInside reports whether n holds an element that is not inline.
func hasBlockInside(n *node) bool {
	for c := range n.descendants() {
		if c.kind == elementNode && !isInline(c) {
			return true
		}
	}
	return false
}

func isHeading(n *node) bool {
	switch n.tag() {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		return true
	}
	return false
}

// isChrome reports whether n is page furniture rather than content.
func isChrome(n *node) bool {
	switch n.tag() {
	case "nav", "aside", "footer", "script", "style", "noscript", "template",
		"form", "button", "svg", "iframe", "select", "head", "title", "menu", "dialog":
		return true
	case "header":
		return !hasAncestor(n, "article")
	}
	if _, hidden := attrOK(n, "hidden"); hidden || attr(n, "aria-hidden") == "true" {
		return true
	}
	switch attr(n, "role") {
	case "navigation", "complementary", "contentinfo", "banner", "search", "dialog":
		return true
	}
	return strings.Contains(strings.ReplaceAll(attr(n, "style"), " ", ""), "display:none")
}

func isInline(n *node) bool {
	switch n.tag() {
	case "a", "strong", "b", "em", "i", "span", "code", "q", "cite", "time",
		"abbr", "mark", "small", "sub", "sup", "u", "s", "br", "img", "label", "font":
		return true
	}
	return false
}

func hasAncestor(n *node, a string) bool {
	for p := n.parent; p != nil; p = p.parent {
		if p.tag() == a {
			return true
		}
	}
	return false
}

func isInsideList(n *node) bool { return hasAncestor(n, "li") }

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// textContent is the text of n, its bold lead included.
func textContent(n *node) string { return inlineBlock(n, bHeading, nil).text }
