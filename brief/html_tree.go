package brief

import (
	"errors"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxHTMLDepth bounds how deeply elements may nest in an HTML brief.
const maxHTMLDepth = 512

// parseHTMLTree builds a node tree from src with x/net/html's tokenizer and
// a small tree builder: elements nest as written, end tags close the
// nearest open element of their name, void elements never open, and the
// start tags that HTML says close an open p, li, dt, dd, tr, td, th or
// option do so. That is all reading a brief needs; the full HTML parsing
// algorithm (html.Parse) would add a few hundred kilobytes, through fmt and
// reflect, to the browser build that reads briefs.
func parseHTMLTree(src string) (*html.Node, error) {
	z := html.NewTokenizer(strings.NewReader(src))
	doc := &html.Node{Type: html.DocumentNode}
	open := []*html.Node{doc}
	for {
		switch z.Next() {
		case html.ErrorToken:
			if err := z.Err(); !errors.Is(err, io.EOF) {
				return nil, err
			}
			return doc, nil
		case html.TextToken:
			appendText(open[len(open)-1], string(z.Text()))
		case html.StartTagToken:
			n := newElement(z)
			open = closeImplied(open, n.DataAtom)
			open[len(open)-1].AppendChild(n)
			if !isVoid(n.DataAtom) {
				if len(open) > maxHTMLDepth {
					return nil, errors.New("elements nest more than 512 deep")
				}
				open = append(open, n)
			}
		case html.SelfClosingTagToken:
			n := newElement(z)
			open = closeImplied(open, n.DataAtom)
			open[len(open)-1].AppendChild(n)
		case html.EndTagToken:
			name, _ := z.TagName()
			open = closeElement(open, string(name))
		}
	}
}

func newElement(z *html.Tokenizer) *html.Node {
	t := z.Token()
	return &html.Node{Type: html.ElementNode, Data: t.Data, DataAtom: t.DataAtom, Attr: t.Attr}
}

// appendText adds text to n, joining it to a text node n ends with.
func appendText(n *html.Node, text string) {
	if last := n.LastChild; last != nil && last.Type == html.TextNode {
		last.Data += text
		return
	}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: text})
}

// closeElement closes the nearest open element called name and everything
// opened inside it; an end tag with no open element is ignored.
func closeElement(open []*html.Node, name string) []*html.Node {
	for i := len(open) - 1; i > 0; i-- {
		if open[i].Data == name {
			return open[:i]
		}
	}
	return open
}

// closeImplied closes the elements a start tag of a ends: the previous li,
// dt or dd, row or cell, or option, and an open p before a block.
func closeImplied(open []*html.Node, a atom.Atom) []*html.Node {
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
func closeNearest(open []*html.Node, closes, within atomSet) []*html.Node {
	for i := len(open) - 1; i > 0; i-- {
		top := open[i].DataAtom
		if within[top] {
			break
		}
		if closes[top] {
			return open[:i]
		}
	}
	return open
}

type atomSet map[atom.Atom]bool

var (
	blockStarts = atomSet{atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
		atom.Details: true, atom.Div: true, atom.Dl: true, atom.Fieldset: true, atom.Figure: true, atom.Footer: true,
		atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
		atom.Header: true, atom.Hr: true, atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
		atom.Section: true, atom.Table: true, atom.Ul: true, atom.Li: true, atom.Dd: true, atom.Dt: true}
	closesP      = atomSet{atom.P: true}
	pScope       = atomSet{atom.Button: true, atom.Table: true, atom.Td: true, atom.Th: true, atom.Template: true}
	closesItem   = atomSet{atom.Li: true}
	listScope    = atomSet{atom.Ul: true, atom.Ol: true, atom.Table: true, atom.Template: true}
	closesDef    = atomSet{atom.Dt: true, atom.Dd: true}
	defScope     = atomSet{atom.Dl: true, atom.Table: true, atom.Template: true}
	closesRow    = atomSet{atom.Tr: true, atom.Td: true, atom.Th: true}
	closesCell   = atomSet{atom.Td: true, atom.Th: true}
	tableScope   = atomSet{atom.Table: true, atom.Template: true}
	rowScope     = atomSet{atom.Tr: true, atom.Table: true, atom.Template: true}
	closesOption = atomSet{atom.Option: true}
	selectScope  = atomSet{atom.Select: true, atom.Datalist: true}
	voids        = atomSet{atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
		atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true, atom.Track: true, atom.Wbr: true}
)

// impliedEnds returns the open elements a start tag of a closes, other
// than p, and the elements beyond which it looks no further.
func impliedEnds(a atom.Atom) (closes, within atomSet) {
	switch a {
	case atom.Li:
		return closesItem, listScope
	case atom.Dt, atom.Dd:
		return closesDef, defScope
	case atom.Tr:
		return closesRow, tableScope
	case atom.Td, atom.Th:
		return closesCell, rowScope
	case atom.Option:
		return closesOption, selectScope
	}
	return nil, nil
}

func isVoid(a atom.Atom) bool { return voids[a] }
