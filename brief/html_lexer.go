package brief

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// contentRoot picks the part of a page that holds the brief: the <article>
// with the most text, else <main>, else <body>.
func contentRoot(doc *html.Node) *html.Node {
	var best *html.Node
	bestLen := -1
	var main, body *html.Node
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Article:
			if l := len(textContent(n)); l > bestLen {
				best, bestLen = n, l
			}
		case atom.Main:
			if main == nil {
				main = n
			}
		case atom.Body:
			body = n
		}
	}
	for _, n := range []*html.Node{best, main, body} {
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
func (l *htmlLexer) walk(n *html.Node, depth int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			l.run.text(c.Data)
		case c.Type != html.ElementNode || isChrome(c):
		case isInline(c):
			l.run.node(c, nil)
		default:
			l.flush()
			l.element(c, depth)
		}
	}
	l.flush()
}

func (l *htmlLexer) element(n *html.Node, depth int) {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		l.emit(bHeading, n, int(n.Data[1]-'0'))
	case atom.P, atom.Dt, atom.Dd, atom.Figcaption, atom.Summary:
		l.emit(bPara, n, 0)
	case atom.Blockquote:
		l.blocks = append(l.blocks, block{kind: bQuote, text: textContent(n)})
	case atom.Li:
		l.item(n, depth)
	case atom.Ul, atom.Ol:
		l.walk(n, depth+boolInt(isInsideList(n)))
	case atom.Header:
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
func (l *htmlLexer) item(n *html.Node, depth int) {
	var nested []*html.Node
	b := inlineBlock(n, bItem, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.Ul, atom.Ol, atom.Blockquote:
			nested = append(nested, c)
			return true
		}
		return false
	})
	b.level = depth
	b.ordered = n.Parent != nil && n.Parent.DataAtom == atom.Ol
	for _, c := range nested {
		if c.DataAtom == atom.Blockquote {
			b.quote = joinText(b.quote, strings.TrimSpace(textContent(c)))
			b.hasQuote = true
		}
	}
	l.blocks = append(l.blocks, b)
	for _, c := range nested {
		if c.DataAtom != atom.Blockquote {
			l.walk(c, depth+1)
		}
	}
}

func (l *htmlLexer) emit(kind blockKind, n *html.Node, level int) {
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

func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// isChrome reports whether n is page furniture rather than content.
func isChrome(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Script, atom.Style, atom.Noscript, atom.Template,
		atom.Form, atom.Button, atom.Svg, atom.Iframe, atom.Select, atom.Head, atom.Title, atom.Menu, atom.Dialog:
		return true
	case atom.Header:
		return !hasAncestor(n, atom.Article)
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

func isInline(n *html.Node) bool {
	switch n.DataAtom {
	case atom.A, atom.Strong, atom.B, atom.Em, atom.I, atom.Span, atom.Code, atom.Q, atom.Cite, atom.Time,
		atom.Abbr, atom.Mark, atom.Small, atom.Sub, atom.Sup, atom.U, atom.S, atom.Br, atom.Img, atom.Label, atom.Font:
		return true
	}
	return false
}

func hasAncestor(n *html.Node, a atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == a {
			return true
		}
	}
	return false
}

func isInsideList(n *html.Node) bool { return hasAncestor(n, atom.Li) }

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// textContent is the text of n, its bold lead included.
func textContent(n *html.Node) string { return inlineBlock(n, bHeading, nil).text }
