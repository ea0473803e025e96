package extract

import (
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minArticleText is the text length below which a page's JSON-LD
// articleBody, when longer, replaces what readability found.
const minArticleText = 500

// contentBlocks returns the candidate blocks under n, in order, each with
// the links in its text.
func contentBlocks(n *html.Node, base *url.URL) []candidate {
	var w blockWriter
	w.base = base
	w.walk(n)
	w.flush()
	return w.blocks
}

// setBlocks fills Text, Blocks, Links and HTML from the kept blocks.
func (a *Article) setBlocks(cs []candidate) {
	a.Blocks, a.Text = layout(cs)
	a.Links = nil
	for _, c := range cs {
		a.Links = append(a.Links, c.links...)
	}
	a.HTML = blocksHTML(a.Blocks)
}

// setText fills Text and Blocks from plain text whose paragraphs are
// separated by line breaks.
func (a *Article) setText(text string) {
	var w blockWriter
	for _, line := range strings.Split(text, "\n") {
		w.add(Paragraph, line, 0)
	}
	a.Blocks, a.Text = layout(w.blocks)
	a.Links, a.HTML = nil, blocksHTML(a.Blocks)
}

// blocksHTML renders blocks as clean HTML: paragraphs, headings, quotes,
// lists and captions, with no attributes.
func blocksHTML(blocks []Block) string {
	var b strings.Builder
	n := 0
	for _, bl := range blocks {
		n += len(bl.Text) + len("<blockquote><p></p></blockquote>\n")
	}
	b.Grow(n) // one allocation, not a doubling series, on large pages
	for i, bl := range blocks {
		text := html.EscapeString(bl.Text)
		switch bl.Kind {
		case Heading:
			b.WriteString("<h2>" + text + "</h2>\n")
		case Quote:
			b.WriteString("<blockquote><p>" + text + "</p></blockquote>\n")
		case Caption:
			b.WriteString("<figcaption>" + text + "</figcaption>\n")
		case ListItem:
			if i == 0 || blocks[i-1].Kind != ListItem {
				b.WriteString("<ul>\n")
			}
			b.WriteString("<li>" + text + "</li>\n")
			if i == len(blocks)-1 || blocks[i+1].Kind != ListItem {
				b.WriteString("</ul>\n")
			}
		default:
			b.WriteString("<p>" + text + "</p>\n")
		}
	}
	return b.String()
}

// blockWriter turns content HTML into candidate blocks of text.
type blockWriter struct {
	base     *url.URL
	blocks   []candidate
	links    []Link          // links of the open block
	cur      strings.Builder // inline text of the open block
	linkText int             // bytes of cur inside links
	kind     BlockKind
	depth    int        // nesting of block elements with a kind
	inLink   int        // nesting of <a> elements around the open block
	elem     *html.Node // the innermost block element open

	// trackAnc makes the writer record, in ancs, the block elements each
	// block sits in, outermost first; open holds them for the open block,
	// and anc is their last copy, shared by the blocks until open changes.
	// lenient makes the writer skip only what is never text (skipTag),
	// not furniture by name, tag or visibility (skipElement).
	lenient bool

	trackAnc bool
	open     []*html.Node
	anc      []*html.Node
	ancs     [][]*html.Node
}

// candidate is a block before the boilerplate filter.
type candidate struct {
	kind     BlockKind
	text     string
	linkText int        // bytes of text inside links
	links    []Link     // the links in text
	elem     *html.Node // the innermost block element it sits in
}

// layout joins blocks into a text, blocks separated by blank lines.
func layout(cs []candidate) ([]Block, string) {
	var b strings.Builder
	n := 0
	for _, c := range cs {
		n += len(c.text) + 2
	}
	b.Grow(n)
	blocks := make([]Block, 0, len(cs))
	for _, c := range cs {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(c.text)
		blocks = append(blocks, Block{Kind: c.kind, Text: c.text, Start: start, End: b.Len()})
	}
	return blocks, b.String()
}

// walk adds the blocks under n.
func (w *blockWriter) walk(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			w.cur.WriteString(c.Data)
		case c.Type != html.ElementNode || w.skip(c):
		case tag(c) == atom.Br:
			w.cur.WriteByte(' ')
		case isInline(c):
			w.inline(c)
		default:
			w.block(c)
		}
	}
}

func (w *blockWriter) inline(c *html.Node) {
	if tag(c) != atom.A {
		w.walk(c)
		return
	}
	start := w.cur.Len()
	w.inLink++
	w.walk(c)
	w.inLink--
	if n := w.cur.Len() - start; n > 0 {
		w.linkText += n
	}
	w.link(c, textOf(c))
}

// block adds a block element: its own text becomes a block of its kind.
func (w *blockWriter) block(c *html.Node) {
	w.flush()
	outer := w.elem
	w.elem = c
	defer func() { w.elem = outer }() // after the flushes below
	if w.trackAnc {
		w.open = append(w.open, c)
		w.anc = nil
		defer func() {
			w.flush()
			w.open = w.open[:len(w.open)-1]
			w.anc = nil
		}()
	}
	kind, ok := blockKind(c)
	if !ok {
		w.walk(c)
		w.flush()
		return
	}
	saved := w.kind
	if w.depth == 0 || saved == Paragraph || kind != Paragraph {
		w.kind = kind // a paragraph inside a quote or list item keeps its kind
	}
	w.depth++
	w.walk(c)
	w.flush()
	w.depth--
	w.kind = saved
}

func blockKind(n *html.Node) (BlockKind, bool) {
	switch tag(n) {
	case atom.P, atom.Pre, atom.Dd, atom.Dt, atom.Td, atom.Th:
		return Paragraph, true
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return Heading, true
	case atom.Blockquote:
		return Quote, true
	case atom.Li:
		return ListItem, true
	case atom.Figcaption, atom.Caption:
		return Caption, true
	}
	return Paragraph, false
}

// flush ends the open block.
func (w *blockWriter) flush() {
	text := w.cur.String()
	w.cur.Reset()
	if w.inLink > 0 {
		w.linkText = len(text) // a block inside a link: a teaser card
	}
	w.add(w.kind, text, w.linkText)
	w.linkText = 0
	w.links = nil
}

// add appends a candidate block of the given kind when text has any words.
func (w *blockWriter) add(kind BlockKind, text string, linkText int) {
	text = collapseSpace(text)
	if text == "" || w.joinDropCap(kind, text, linkText) {
		return
	}
	if w.trackAnc {
		if w.anc == nil {
			w.anc = slices.Clone(w.open)
		}
		w.ancs = append(w.ancs, w.anc)
	}
	w.blocks = append(w.blocks, candidate{kind: kind, text: text, linkText: linkText, links: w.links, elem: w.elem})
}

// link records a link with an absolute http(s) URL.
func (w *blockWriter) link(a *html.Node, text string) {
	href := strings.TrimSpace(attr(a, "href"))
	if href == "" || strings.HasPrefix(href, "#") {
		return
	}
	u, err := url.Parse(href)
	if err != nil {
		return
	}
	if w.base != nil {
		u = w.base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return
	}
	w.links = append(w.links, Link{URL: u.String(), Text: collapseSpace(text)})
}

// skip reports whether the writer leaves n out.
func (w *blockWriter) skip(n *html.Node) bool {
	if w.lenient {
		return skipTag(n)
	}
	return skipElement(n)
}

// skipTag reports an element that never holds the article's text:
// scripts, styles, templates, graphics, controls, the head, and ruby
// readings (furigana).
func skipTag(n *html.Node) bool {
	switch tag(n) {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Button, atom.Svg, atom.Iframe,
		atom.Select, atom.Head, atom.Rt, atom.Rp:
		return true
	}
	return false
}

// skipElement reports an element the writer leaves out: skipTag's, and
// furniture by tag (nav, aside, footer, figures of images, forms), by
// visibility or by class name, unless it holds prose.
func skipElement(n *html.Node) bool {
	if skipTag(n) {
		return true
	}
	switch tag(n) {
	case atom.Nav, atom.Figcaption, atom.Aside, atom.Footer:
		return true
	case atom.Form:
		return !holdsProse(n) // a page wrapped whole in a <form> is still the page
	case atom.Figure:
		return !holdsTable(n) // a figure is an image, or a table with its caption
	}
	if isHidden(n) {
		return !holdsProse(n) // a tab panel or a collapsed section is text the reader opens
	}
	if isInline(n) && inSentence(n) {
		return false // a dateline or credit span inside a sentence is part of it
	}
	return (isBoilerplateClass(attr(n, "class")) || isBoilerplateClass(attr(n, "id"))) && !holdsProse(n)
}

// tag returns n's tag as an atom. Readability renames elements (a link
// to a <span>, a <div> to a <p>) by their Data alone, so the atom is read
// from Data when the two disagree.
func tag(n *html.Node) atom.Atom {
	if n.DataAtom != 0 && n.DataAtom.String() == n.Data {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

// holdsTable reports whether n holds a <table>.
func holdsTable(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && tag(d) == atom.Table {
			return true
		}
	}
	return false
}

// inSentence reports whether the inline element n sits inside running
// text: a text sibling with words of its own on either side.
func inSentence(n *html.Node) bool {
	for _, s := range [2]*html.Node{n.PrevSibling, n.NextSibling} {
		if s != nil && s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return true
		}
	}
	return false
}

// isHidden reports an element the page does not show: the hidden
// attribute, aria-hidden="true", or an inline style of display:none or
// visibility:hidden. skipElement drops it unless it holds prose: a closed
// tab panel or collapsed section is text the reader opens, while hidden
// widgets (dialogs, icons, menus) are short; a hidden second copy of the
// article is dropped as a repeat.
func isHidden(n *html.Node) bool {
	if _, hidden := attrOK(n, "hidden"); hidden {
		return true
	}
	if strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	style := attr(n, "style")
	if style == "" {
		return false
	}
	style = strings.ToLower(strings.ReplaceAll(style, " ", ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// holdsProse reports whether n holds article prose rather than furniture:
// maxBoilerplateText of text, or at least two paragraphs of running text
// (proseBlock). A container named "read-more", "gallery" or "comment"
// (live blogs) that holds the story, however it is split into children,
// is the story; a caption, credit, share bar or related-links box is
// short or made of links.
func holdsProse(n *html.Node) bool {
	var w blockWriter
	w.walk(n)
	w.flush()
	total, prose := 0, 0
	for _, c := range w.blocks {
		total += len(c.text)
		if isProse(c) {
			prose++
		}
	}
	return total >= maxBoilerplateText || prose >= 2
}

// isProse reports a block of running text: a sentence or more, ending
// like one, with few links.
func isProse(c candidate) bool {
	return len(c.text) >= minProse && c.linkText*4 < len(c.text) && endsSentence(c.text)
}

// minProse is the least text a block of running text has.
const minProse = 100

// endsSentence reports whether s ends with a sentence's final punctuation,
// before any closing quotes or brackets and invisible marks (a zero-width
// space, a word joiner or invisible operator, a byte order mark) that
// editors leave after it.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)]\u200b\u2060\u2061\u2062\u2063\u2064\ufeff")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;…。！？", r)
}

// maxBoilerplateText is the most text an element with a boilerplate class
// name may hold and still be dropped: a container named "read-more" that
// holds the whole story is the story.
const maxBoilerplateText = 1000

func isInline(n *html.Node) bool {
	switch tag(n) {
	case atom.A, atom.Strong, atom.B, atom.Em, atom.I, atom.Span, atom.Code, atom.Q, atom.Cite, atom.Time,
		atom.Abbr, atom.Mark, atom.Small, atom.Sub, atom.Sup, atom.U, atom.S, atom.Img, atom.Label, atom.Font,
		atom.Var, atom.Kbd, atom.Del, atom.Ins, atom.Bdi, atom.Bdo, atom.Data, atom.Wbr, atom.Ruby, atom.Rb,
		atom.Big, atom.Tt, atom.Strike, atom.Acronym, atom.Dfn, atom.Samp, atom.Nobr:
		return true
	}
	return false
}

// collapseSpace trims s, turns runs of white space into one space and
// removes soft hyphens (U+00AD), which only mark where a word may break.
func collapseSpace(s string) string {
	if strings.Contains(s, "\u00ad") {
		s = strings.ReplaceAll(s, "\u00ad", "")
	}
	if isCollapsed(s) {
		return s // most blocks: no copy
	}
	return strings.Join(strings.Fields(s), " ")
}

// isCollapsed reports whether s has no white space at its ends and none
// but single spaces inside, as strings.Fields sees white space.
func isCollapsed(s string) bool {
	prevSpace := true // no space at the start
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (r != ' ' || prevSpace) {
			return false
		}
		prevSpace = space
	}
	return !prevSpace || s == ""
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}
