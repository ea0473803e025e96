package brief

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/htmlparse"
)

// inlineRun collects the text of inline HTML with its links and its bold
// lead: a <strong> or <b> that comes before any other text.
type inlineRun struct {
	b     strings.Builder
	links []link
	lead  string
	begun bool // text other than white space has been seen
}

func (r *inlineRun) text(s string) {
	if !r.begun && strings.TrimSpace(s) != "" {
		r.begun = true
	}
	r.b.WriteString(s)
}

// add writes the children of n; skip says which to leave out.
func (r *inlineRun) add(n *htmlparse.Node, skip func(*htmlparse.Node) bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c, skip)
	}
}

// node writes one node and its descendants.
func (r *inlineRun) node(c *htmlparse.Node, skip func(*htmlparse.Node) bool) {
	switch {
	case c.Type == htmlparse.TextNode:
		r.text(c.Data)
	case c.Type != htmlparse.ElementNode || isChrome(c) || skip != nil && skip(c):
	case c.Tag() == "br":
		r.b.WriteByte(' ')
	case c.Tag() == "img":
		r.text(attr(c, "alt"))
	case c.Tag() == "a":
		start := r.b.Len()
		r.add(c, skip)
		r.links = append(r.links, link{start: start, end: r.b.Len(), url: attr(c, "href")})
		r.begun = true
	case (c.Tag() == "strong" || c.Tag() == "b") && !r.begun && r.lead == "":
		var lead inlineRun
		lead.add(c, skip)
		r.lead = strings.TrimSpace(lead.b.String())
		r.begun = r.lead != ""
	case c.Tag() == "q":
		r.text("“")
		r.add(c, skip)
		r.text("”")
	case isInline(c):
		r.add(c, skip)
	default:
		r.b.WriteByte(' ')
		r.add(c, skip)
		r.b.WriteByte(' ')
	}
}

// block returns the run as a block: a colon right after the lead joins it,
// and link offsets are made relative to the text with leading space
// trimmed. Headings keep their lead in their text.
func (r *inlineRun) block(kind blockKind) block {
	text := r.b.String()
	trimmed := strings.TrimLeft(text, " \t\r\n\f")
	shift := len(text) - len(trimmed)
	lead := r.lead
	if after, ok := strings.CutPrefix(trimmed, ":"); ok && lead != "" {
		lead, trimmed, shift = lead+":", after, shift+1
	}
	b := block{kind: kind, lead: lead, text: trimmed}
	for _, l := range r.links {
		if l.start >= shift {
			b.links = append(b.links, link{start: l.start - shift, end: l.end - shift, url: l.url})
		}
	}
	if kind == bHeading {
		b.text, b.lead, b.links = joinText(lead, b.text), "", nil
	}
	return b
}

// inlineBlock returns n's inline content as a block of the given kind.
func inlineBlock(n *htmlparse.Node, kind blockKind, skip func(*htmlparse.Node) bool) block {
	var r inlineRun
	r.add(n, skip)
	return r.block(kind)
}
