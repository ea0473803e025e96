package brief

import (
	"io"
	"strconv"
	"strings"

	"github.com/newsbrief/newsbrief/internal/htmlparse"
	"github.com/newsbrief/newsbrief/internal/jsonlite"
)

// WriteHTML writes b as a semantic, accessible HTML5 fragment: an <article>
// with headings, lists, paragraphs, <blockquote> quotes and links. Every
// string is escaped, only http and https links are written, links carry
// rel="noopener noreferrer", and data-nb attributes mark each field so Parse
// reads the fragment back exactly. Each section's data-nb is its key in
// the JSON contract, the key the widget's sections= attribute takes.
// Elements carry part names ("brief", "headline", "section", "heading")
// for styling from outside a shadow root.
//
// With AsElement, the fragment is wrapped in a <news-brief> element with a
// declarative shadow root holding Stylesheet, so a page shows the brief at
// first paint with no script at all. With Standalone, that element is the
// body of a complete page. WithEvidence(false) leaves out the citation
// marks.
func WriteHTML(w io.Writer, b *Brief, opts ...WriteOption) error {
	c := newWriteConfig(opts)
	nb := *b
	nb.Normalize()
	hw := htmlWriter{evidence: !c.noEvidence}
	if c.page {
		hw.pageStart(&nb)
	}
	if c.element {
		hw.s(`<news-brief theme="`, esc(c.theme), `"><template shadowrootmode="open"><style>`, Stylesheet, "</style>\n")
	}
	hw.write(&nb)
	if c.element {
		hw.s("</template></news-brief>\n")
	}
	if c.page {
		hw.s("</body>\n</html>\n")
	}
	_, err := io.WriteString(w, hw.String())
	return err
}

// pageStart writes the head of a standalone page. Its content security
// policy lets nothing load or run: the page is the brief and its styles.
func (w *htmlWriter) pageStart(b *Brief) {
	w.s("<!DOCTYPE html>\n<html")
	if len(b.Sources) > 0 && b.Sources[0].Language != "" {
		w.s(` lang="`, esc(b.Sources[0].Language), `"`)
	}
	w.s(">\n<head>\n", `<meta charset="utf-8">`, "\n",
		`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`, "\n",
		`<meta name="viewport" content="width=device-width, initial-scale=1">`, "\n",
		"<title>", esc(b.Headline), "</title>\n",
		"<style>body{margin:0 auto;max-width:48rem;padding:1rem}</style>\n</head>\n<body>\n")
}

type htmlWriter struct {
	strings.Builder
	evidence bool // write citation marks
}

func (w *htmlWriter) s(parts ...string) {
	for _, p := range parts {
		w.WriteString(p)
	}
}

// esc escapes text for element content and attribute values.
func esc(s string) string {
	s = htmlparse.Escape(s)
	if !strings.ContainsAny(s, "\r\x00") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\r':
			b.WriteString("&#13;")
		case 0:
			b.WriteString("&#65533;")
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func (w *htmlWriter) write(b *Brief) {
	w.s(`<article class="nb-brief" part="brief" data-nb-version="`, strconv.Itoa(Version), `">`, "\n")
	w.s(`<h2 class="nb-headline" part="headline" data-nb="headline">`, esc(b.Headline))
	w.evidences(b.HeadlineEvidence)
	w.s("</h2>\n")
	inGroup := false
	for i := range sectionTable {
		s := &sectionTable[i]
		if s.grouped != inGroup {
			inGroup = s.grouped
			w.group(b, inGroup)
		}
		switch {
		case s.points != nil && s.paragraphs:
			w.paragraphs(s.key, s.heading, *s.points(b))
		case s.points != nil:
			h := "h3"
			if s.grouped {
				h = "h4"
			}
			w.list(s.key, s.heading, h, *s.points(b))
		case s.kind == secQuotes:
			w.quotes(s, b.Quotes)
		case s.kind == secEntities:
			w.entities(s, b.Entities)
		case s.kind == secExtra:
			for _, x := range b.Extra {
				w.s(`<section class="nb-section nb-extra" part="section" data-nb="extra">`, "\n", `<h3 part="heading" data-nb="title">`, esc(x.Title), "</h3>\n")
				w.points("ul", "li", x.Points)
				w.s("</section>\n")
			}
		case s.kind == secCoverage:
			w.coverage(s, b.Coverage)
		case s.kind == secOriginal:
			w.original(s, b.Original)
		case s.kind == secSources:
			w.sources(s, b.Sources)
		}
	}
	if inGroup {
		w.group(b, false)
	}
	w.s("</article>\n")
}

// group opens (start) or closes the section of the grouped sections, when
// any of them has points.
func (w *htmlWriter) group(b *Brief, start bool) {
	if !groupHas(b) {
		return
	}
	if start {
		w.s(`<section class="nb-section" part="section" data-nb="`, groupSpec.key, `" aria-label="`, groupSpec.heading, `">`, "\n", `<h3 part="heading">`, groupSpec.heading, "</h3>\n")
	} else {
		w.s("</section>\n")
	}
}

func (w *htmlWriter) open(key, title, h string) {
	w.s(`<section class="nb-section" part="section" data-nb="`, key, `">`, "\n<", h, ` part="heading">`, title, "</", h, ">\n")
}

func (w *htmlWriter) list(key, title, h string, ps []Point) {
	if len(ps) == 0 {
		return
	}
	w.open(key, title, h)
	w.points("ul", "li", ps)
	w.s("</section>\n")
}

func (w *htmlWriter) paragraphs(key, title string, ps []Point) {
	if len(ps) == 0 {
		return
	}
	w.open(key, title, "h3")
	w.points("", "p", ps)
	w.s("</section>\n")
}

func (w *htmlWriter) points(list, item string, ps []Point) {
	if list != "" {
		w.s("<", list, ">\n")
	}
	for _, p := range ps {
		w.s("<", item, ` data-nb="point">`, esc(p.Text))
		w.evidences(p.Evidence)
		w.s("</", item, ">\n")
	}
	if list != "" {
		w.s("</", list, ">\n")
	}
}

// evidences writes the citation marks of es, unless evidence is off.
func (w *htmlWriter) evidences(es []Evidence) {
	if !w.evidence {
		return
	}
	for _, e := range es {
		w.cite(e)
	}
}

// cite writes a citation mark; the exact quote rides in data-nb-quote
// as a JSON string (JSON.parse in a browser), so no byte of it is lost to
// HTML's newline rules.
func (w *htmlWriter) cite(e Evidence) {
	n := strconv.Itoa(e.Source + 1)
	w.s(` <sup class="nb-cite" data-nb="evidence" data-nb-source="`, strconv.Itoa(e.Source),
		`" data-nb-start="`, strconv.Itoa(e.Start), `" data-nb-end="`, strconv.Itoa(e.End),
		`" data-nb-quote="`, esc(jsonString(e.Quote)), `" title="`, esc(e.Quote), `">[`, n, "]</sup>")
}

// jsonString returns s as a JSON string literal.
func jsonString(s string) string {
	var jw jsonlite.Writer
	jw.String(s)
	return string(jw.Bytes())
}

func (w *htmlWriter) link(key, url, text string) {
	if url == "" {
		return
	}
	w.s(` <a data-nb="`, key, `" href="`, esc(url), `" rel="noopener noreferrer">`, text, "</a>")
}

func (w *htmlWriter) span(tag, key, text string) {
	if text != "" {
		w.s("<", tag, ` data-nb="`, key, `">`, esc(text), "</", tag, ">")
	}
}

func (w *htmlWriter) quotes(sec *sectionSpec, qs []Quote) {
	if len(qs) == 0 {
		return
	}
	w.open(sec.key, sec.heading, "h3")
	w.s("<ul>\n")
	for _, q := range qs {
		w.s(`<li data-nb="quotation">`)
		if q.Speaker != "" {
			w.span("span", "speaker", q.Speaker)
			w.s(": ")
		}
		w.span("q", "text", q.Text)
		w.evidences(q.Evidence)
		w.s("</li>\n")
	}
	w.s("</ul>\n</section>\n")
}

func (w *htmlWriter) entities(sec *sectionSpec, es []Entity) {
	if len(es) == 0 {
		return
	}
	w.open(sec.key, sec.heading, "h3")
	w.s("<ul>\n")
	for _, e := range es {
		w.s(`<li data-nb="entity">`)
		w.span("span", "name", e.Name)
		w.s(` <span class="nb-mentions" data-nb="mentions">`, strconv.Itoa(e.Mentions), "</span></li>\n")
	}
	w.s("</ul>\n</section>\n")
}

func (w *htmlWriter) coverage(sec *sectionSpec, cs []Coverage) {
	if len(cs) == 0 {
		return
	}
	w.open(sec.key, sec.heading, "h3")
	w.s("<ul>\n")
	for _, c := range cs {
		w.s(`<li data-nb="coverage">`)
		w.span("strong", "outlet", c.Outlet)
		w.link("url", c.URL, readArrow)
		w.span("p", "framing", c.Framing)
		w.span("blockquote", "quote", c.Quote)
		w.s("</li>\n")
	}
	w.s("</ul>\n</section>\n")
}

func (w *htmlWriter) original(sec *sectionSpec, o Original) {
	if o.IsZero() {
		return
	}
	w.open(sec.key, sec.heading, "h3")
	w.s("<p>")
	w.span("strong", "outlet", o.Outlet)
	if o.Domain != "" {
		w.s(" ")
		w.span("span", "domain", o.Domain)
	}
	w.link("url", o.URL, readOriginal+" →")
	w.s("</p>\n")
	if o.Headline != "" {
		w.s("<p>", headOrigTitle, ": ")
		w.span("cite", "headline", o.Headline)
		w.s("</p>\n")
	}
	w.s("</section>\n")
}

func (w *htmlWriter) sources(sec *sectionSpec, ss []Source) {
	if len(ss) == 0 {
		return
	}
	w.open(sec.key, sec.heading, "h3")
	w.s("<ol>\n")
	for _, s := range ss {
		w.s(`<li data-nb="source">`)
		w.span("strong", "outlet", s.Outlet)
		w.sourceField("span", "domain", s.Domain)
		w.sourceField("cite", "headline", s.Headline)
		w.link("url", s.URL, "Link")
		if !s.Published.IsZero() {
			t := s.Published.String()
			w.s(` <time data-nb="published" datetime="`, t, `">`, t, "</time>")
		}
		w.sourceField("span", "language", s.Language)
		w.s("</li>\n")
	}
	w.s("</ol>\n</section>\n")
}

func (w *htmlWriter) sourceField(tag, key, text string) {
	if text != "" {
		w.s(" ")
		w.span(tag, key, text)
	}
}
