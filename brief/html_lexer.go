package brief

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/htmlparse"
)

// contentRoot picks the part of a page that holds the brief: the <article>
// with the most text, else <main>, else <body>.
func contentRoot(doc *htmlparse.Node) *htmlparse.Node {
	var best *htmlparse.Node
	bestLen := -1
	var main, body *htmlparse.Node
	for n := range doc.Descendants() {
		if n.Type != htmlparse.ElementNode {
			continue
		}
		switch n.Tag() {
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
	for _, n := range []*htmlparse.Node{best, main, body} {
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
func (l *htmlLexer) walk(n *htmlparse.Node, depth int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == htmlparse.TextNode:
			l.run.text(c.Data)
		case c.Type == htmlparse.ElementNode && isFooter(c):
			l.flush()
			l.credits(c)
		case c.Type != htmlparse.ElementNode || isChrome(c):
		case isInline(c):
			l.run.node(c, nil)
		default:
			l.flush()
			l.element(c, depth)
		}
	}
	l.flush()
}

func (l *htmlLexer) element(n *htmlparse.Node, depth int) {
	switch n.Tag() {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		l.emit(bHeading, n, int(n.Data[1]-'0'))
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
		for h := range n.Descendants() {
			if isHeading(h) {
				l.emit(bHeading, h, int(h.Data[1]-'0'))
			}
		}
	default:
		l.walk(n, depth)
	}
}

// item emits a list item: its own inline text (with a nested quote), then
// its nested lists.
func (l *htmlLexer) item(n *htmlparse.Node, depth int) {
	var nested []*htmlparse.Node
	b := inlineBlock(n, bItem, func(c *htmlparse.Node) bool {
		switch c.Tag() {
		case "ul", "ol", "blockquote":
			nested = append(nested, c)
			return true
		}
		return false
	})
	b.level = depth
	b.ordered = n.Parent != nil && n.Parent.Tag() == "ol"
	for _, c := range nested {
		if c.Tag() == "blockquote" {
			b.quote = joinText(b.quote, strings.TrimSpace(textContent(c)))
			b.hasQuote = true
		}
	}
	l.blocks = append(l.blocks, b)
	for _, c := range nested {
		if c.Tag() != "blockquote" {
			l.walk(c, depth+1)
		}
	}
}

func (l *htmlLexer) emit(kind blockKind, n *htmlparse.Node, level int) {
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

// credits emits the credit lines of a footer ("Originally reported by …",
// "Original headline: …"), where many templates put them, one per
// innermost block that holds one; the rest of a footer is page furniture.
func (l *htmlLexer) credits(n *htmlparse.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != htmlparse.ElementNode || isInline(c) || isChrome(c) && !isFooter(c) {
			continue
		}
		before := len(l.blocks)
		l.credits(c)
		if b := inlineBlock(c, bPara, nil); len(l.blocks) == before && isCredit(b.full()) {
			l.blocks = append(l.blocks, b)
		}
	}
}

// outerFooters emits the credit lines of the footers that lie outside
// root, the part of the page that holds the brief.
func (l *htmlLexer) outerFooters(n, root *htmlparse.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c == root || c.Type != htmlparse.ElementNode:
		case isFooter(c):
			l.credits(c)
		default:
			l.outerFooters(c, root)
		}
	}
}

func isFooter(n *htmlparse.Node) bool { return n.Tag() == "footer" || attr(n, "role") == "contentinfo" }

func isHeading(n *htmlparse.Node) bool {
	switch n.Tag() {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		return true
	}
	return false
}

// isChrome reports whether n is page furniture rather than content.
func isChrome(n *htmlparse.Node) bool {
	switch tag := n.Tag(); {
	case tagIn(" nav aside footer script style noscript template form button svg iframe select head title menu dialog ", tag):
		return true
	case tag == "header":
		return !hasAncestor(n, "article")
	}
	if _, hidden := attrOK(n, "hidden"); hidden || attr(n, "aria-hidden") == "true" ||
		tagIn(" navigation complementary contentinfo banner search dialog ", attr(n, "role")) {
		return true
	}
	return strings.Contains(strings.ReplaceAll(attr(n, "style"), " ", ""), "display:none")
}

func isInline(n *htmlparse.Node) bool {
	return tagIn(" a strong b em i span code q cite time abbr mark small sub sup u s br img label font ", n.Tag())
}

// tagIn reports whether name is one of the space-separated names in set,
// which starts and ends with a space. A lookup in a string is smaller in
// the browser build than a switch over strings.
func tagIn(set, name string) bool {
	return name != "" && !strings.Contains(name, " ") && strings.Contains(set, " "+name+" ")
}

func hasAncestor(n *htmlparse.Node, a string) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Tag() == a {
			return true
		}
	}
	return false
}

func isInsideList(n *htmlparse.Node) bool { return hasAncestor(n, "li") }

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// textContent is the text of n, its bold lead included.
func textContent(n *htmlparse.Node) string { return inlineBlock(n, bHeading, nil).text }
