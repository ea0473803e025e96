package brief

import (
	"strconv"
	"strings"

	"github.com/newsbrief/newsbrief/internal/htmlparse"
	"github.com/newsbrief/newsbrief/internal/jsonlite"
)

// readHTML reads a brief from an HTML document or fragment: exactly, from
// the data-nb hooks, when WriteHTML wrote it; otherwise from its headings,
// lists, paragraphs, block quotes and links, ignoring site navigation,
// asides, footers, scripts and hidden elements.
func readHTML(src string) (*Brief, error) {
	doc, err := htmlparse.Parse(src)
	if err != nil {
		return nil, &ParseError{Format: HTML, Err: wrapErr(ErrMalformed, err)}
	}
	if root := findElement(doc, func(n *htmlparse.Node) bool { return attr(n, "data-nb-version") != "" }); root != nil {
		if v := attr(root, "data-nb-version"); v != strconv.Itoa(Version) {
			return nil, &ParseError{Format: HTML, Err: wrapErr(ErrVersion, nil)}
		}
		return readHooks(root), nil
	}
	var l htmlLexer
	root := contentRoot(doc)
	l.walk(root, 0)
	if root != doc {
		l.outerFooters(doc, root)
	}
	return assemble(l.blocks), nil
}

// readHooks reads the fragment WriteHTML writes.
func readHooks(root *htmlparse.Node) *Brief {
	var b Brief
	if n := findHook(root, "headline"); n != nil {
		b.Headline = hookText(n)
		b.HeadlineEvidence = hookEvidences(n)
	}
	for _, sec := range findHooks(root, "") {
		key := attr(sec, "data-nb")
		s := specByKey(key)
		switch {
		case s != nil && s.points != nil:
			*s.points(&b) = hookPoints(sec)
		case key == "extra":
			x := Section{Points: hookPoints(sec)}
			if t := findHook(sec, "title"); t != nil {
				x.Title = hookText(t)
			}
			b.Extra = append(b.Extra, x)
		case key == "coverage" && sec.Tag() == "li":
			b.Coverage = append(b.Coverage, Coverage{Outlet: hookField(sec, "outlet"), URL: hookURL(sec),
				Framing: hookField(sec, "framing"), Quote: hookField(sec, "quote")})
		case key == "original":
			b.Original = Original{Outlet: hookField(sec, "outlet"), Domain: hookField(sec, "domain"),
				URL: hookURL(sec), Headline: hookField(sec, "headline")}
		case key == "source":
			b.Sources = append(b.Sources, hookSource(sec))
		case key == "quotation":
			b.Quotes = append(b.Quotes, Quote{Text: hookField(sec, "text"), Speaker: hookField(sec, "speaker"), Evidence: hookEvidences(sec)})
		case key == "entity":
			n, _ := strconv.Atoi(hookField(sec, "mentions"))
			b.Entities = append(b.Entities, Entity{Name: hookField(sec, "name"), Mentions: n})
		}
	}
	b.Normalize()
	return &b
}

func hookPoints(sec *htmlparse.Node) []Point {
	var ps []Point
	for _, n := range findHooks(sec, "point") {
		ps = append(ps, Point{Text: hookText(n), Evidence: hookEvidences(n)})
	}
	return ps
}

func hookEvidences(n *htmlparse.Node) []Evidence {
	var out []Evidence
	for _, e := range findHooks(n, "evidence") {
		if ev, ok := hookEvidence(e); ok {
			out = append(out, ev)
		}
	}
	return out
}

func hookEvidence(n *htmlparse.Node) (Evidence, bool) {
	src, err1 := strconv.Atoi(attr(n, "data-nb-source"))
	start, err2 := strconv.Atoi(attr(n, "data-nb-start"))
	end, err3 := strconv.Atoi(attr(n, "data-nb-end"))
	q, err4 := unquote(attr(n, "data-nb-quote"))
	if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
		return Evidence{}, false
	}
	return Evidence{Source: src, Start: start, End: end, Quote: q}, true
}

// unquote reads data-nb-quote: a JSON string, or a Go string literal as
// earlier versions of WriteHTML wrote it.
func unquote(v string) (string, error) {
	if j, err := jsonlite.Parse([]byte(v)); err == nil && j.Kind == jsonlite.String {
		return j.Str, nil
	}
	return strconv.Unquote(v)
}

func hookSource(n *htmlparse.Node) Source {
	s := Source{Outlet: hookField(n, "outlet"), Domain: hookField(n, "domain"), URL: hookURL(n),
		Headline: hookField(n, "headline"), Language: hookField(n, "language")}
	if t := findHook(n, "published"); t != nil {
		s.Published, _ = ParseDate(attr(t, "datetime"))
	}
	return s
}

func hookField(n *htmlparse.Node, key string) string {
	if f := findHook(n, key); f != nil {
		return hookText(f)
	}
	return ""
}

func hookURL(n *htmlparse.Node) string {
	if f := findHook(n, "url"); f != nil {
		return attr(f, "href")
	}
	return ""
}

// findHook returns the first descendant of n marked data-nb=key.
func findHook(n *htmlparse.Node, key string) *htmlparse.Node {
	return findElement(n, func(c *htmlparse.Node) bool { return c != n && attr(c, "data-nb") == key })
}

// findHooks returns the descendants of n marked data-nb=key (any key when
// key is ""), in document order.
func findHooks(n *htmlparse.Node, key string) []*htmlparse.Node {
	var out []*htmlparse.Node
	for c := range n.Descendants() {
		if v, ok := attrOK(c, "data-nb"); ok && (key == "" || v == key) {
			out = append(out, c)
		}
	}
	return out
}

// hookText is the text of n without its citation marks.
func hookText(n *htmlparse.Node) string {
	var b strings.Builder
	var walk func(*htmlparse.Node)
	walk = func(n *htmlparse.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == htmlparse.TextNode:
				b.WriteString(c.Data)
			case c.Type == htmlparse.ElementNode && attr(c, "data-nb") != "evidence":
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

func findElement(n *htmlparse.Node, match func(*htmlparse.Node) bool) *htmlparse.Node {
	for c := range n.Descendants() {
		if c.Type == htmlparse.ElementNode && match(c) {
			return c
		}
	}
	return nil
}

func attr(n *htmlparse.Node, key string) string {
	v, _ := n.Attribute(key)
	return v
}

func attrOK(n *htmlparse.Node, key string) (string, bool) { return n.Attribute(key) }
