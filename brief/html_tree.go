package brief

import "errors"

// maxHTMLDepth bounds how deeply elements may nest in an HTML brief.
const maxHTMLDepth = 512

// parseHTMLTree builds a node tree from src with a small tree builder:
// elements nest as written, end tags close the nearest open element of
// their name, void elements never open (and others do, even written
// <div/>, as in browsers), and the start tags that HTML says
// close an open p, li, dt, dd, tr, td, th or option do so. That is all
// reading a brief needs; the full HTML parsing algorithm (html.Parse)
// would add a few hundred kilobytes, through fmt and reflect, to the
// browser build that reads briefs.
func parseHTMLTree(src string) (*node, error) {
	z := tokenizer{src: src}
	doc := &node{kind: documentNode}
	open := []*node{doc}
	for {
		t, ok := z.next()
		if !ok {
			return doc, nil
		}
		switch t.kind {
		case textToken:
			appendText(open[len(open)-1], t.data)
		case startTagToken:
			n := &node{kind: elementNode, data: t.data, attrs: t.attrs}
			open = closeImplied(open, n.data)
			open[len(open)-1].appendChild(n)
			if voids[n.data] {
				continue // a / before > changes nothing, as in browsers
			}
			if len(open) > maxHTMLDepth {
				return nil, errTooDeep
			}
			open = append(open, n)
		case endTagToken:
			open = closeElement(open, t.data)
		}
	}
}

// errTooDeep is the cause of the error for elements nested too deeply.
var errTooDeep = errors.New("elements nest more than 512 deep")

// appendText adds text to n, joining it to a text node n ends with.
func appendText(n *node, text string) {
	if last := n.last; last != nil && last.kind == textNode {
		last.data += text
		return
	}
	n.appendChild(&node{kind: textNode, data: text})
}

// closeElement closes the nearest open element called name and everything
// opened inside it; an end tag with no open element is ignored.
func closeElement(open []*node, name string) []*node {
	for i := len(open) - 1; i > 0; i-- {
		if open[i].data == name {
			return open[:i]
		}
	}
	return open
}

// closeImplied closes the elements a start tag of a ends: the previous li,
// dt or dd, row or cell, or option, and an open p before a block.
func closeImplied(open []*node, a string) []*node {
	if closes, within := impliedEnds(a); closes != nil {
		open = closeNearest(open, closes, within)
	}
	if blockStarts[a] {
		open = closeNearest(open, closesP, pScope)
	}
	return open
}

// closeNearest closes the nearest open element in closes, and everything
// opened inside it, looking no further than an element in within.
func closeNearest(open []*node, closes, within tagSet) []*node {
	for i := len(open) - 1; i > 0; i-- {
		top := open[i].data
		if within[top] {
			break
		}
		if closes[top] {
			return open[:i]
		}
	}
	return open
}

type tagSet map[string]bool

var (
	blockStarts = tagSet{"address": true, "article": true, "aside": true, "blockquote": true,
		"details": true, "div": true, "dl": true, "fieldset": true, "figure": true, "footer": true,
		"form": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
		"header": true, "hr": true, "main": true, "nav": true, "ol": true, "p": true, "pre": true,
		"section": true, "table": true, "ul": true, "li": true, "dd": true, "dt": true}
	closesP      = tagSet{"p": true}
	pScope       = tagSet{"button": true, "table": true, "td": true, "th": true, "template": true}
	closesItem   = tagSet{"li": true}
	listScope    = tagSet{"ul": true, "ol": true, "table": true, "template": true}
	closesDef    = tagSet{"dt": true, "dd": true}
	defScope     = tagSet{"dl": true, "table": true, "template": true}
	closesRow    = tagSet{"tr": true, "td": true, "th": true}
	closesCell   = tagSet{"td": true, "th": true}
	tableScope   = tagSet{"table": true, "template": true}
	rowScope     = tagSet{"tr": true, "table": true, "template": true}
	closesOption = tagSet{"option": true}
	selectScope  = tagSet{"select": true, "datalist": true}
	voids        = tagSet{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
		"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}
)

// impliedEnds returns the open elements a start tag of a closes, other
// than p, and the elements beyond which it looks no further.
func impliedEnds(a string) (closes, within tagSet) {
	switch a {
	case "li":
		return closesItem, listScope
	case "dt", "dd":
		return closesDef, defScope
	case "tr":
		return closesRow, tableScope
	case "td", "th":
		return closesCell, rowScope
	case "option":
		return closesOption, selectScope
	}
	return nil, nil
}
