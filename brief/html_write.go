package brief

import (
	_ "embed"
	"github.com/newsbrief/newsbrief/internal/jsonlite"
	"io"
	"strconv"
	"strings"
)

// WriteHTML writes b as a semantic, accessible HTML5 fragment: an <article>
// with headings, lists, paragraphs, <blockquote> quotes and links. Every
// string is escaped, only http and https links are written, links carry
// rel="noopener noreferrer", and data-nb attributes mark each field so Parse
// reads the fragment back exactly. Elements carry part names ("brief",
// "headline", "section", "heading") for styling from outside a shadow root.
//
// With AsElement, the fragment is wrapped in a <news-brief> element with a
// declarative shadow root holding Stylesheet, so a page shows the brief at
// first paint with no script at all.
func WriteHTML(w io.Writer, b *Brief, opts ...HTMLOption) error {
	var c htmlConfig
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	nb := *b
	nb.Normalize()
	var hw htmlWriter
	if c.element {
		hw.s(`<news-brief theme="`, esc(c.theme), `"><template shadowrootmode="open"><style>`, Stylesheet, "</style>\n")
	}
	hw.write(&nb)
	if c.element {
		hw.s("</template></news-brief>\n")
	}
	_, err := io.WriteString(w, hw.String())
	return err
}

// Stylesheet is the CSS of the <news-brief> element: colours, spacing and
// fonts come from --nb-* custom properties, and theme="light", "dark" or
// "auto" (the system's choice) on the element picks the palette.
//
//go:embed html_style.css
var Stylesheet string

// HTMLOption configures WriteHTML.
type HTMLOption func(*htmlConfig)

type htmlConfig struct {
	element bool
	theme   string
}

// AsElement makes WriteHTML write a <news-brief> element with a
// declarative shadow root (server-side rendering) in the given theme:
// "light", "dark" or "auto" ("auto" when empty).
func AsElement(theme string) HTMLOption {
	return func(c *htmlConfig) {
		c.element = true
		switch theme {
		case "light", "dark":
			c.theme = theme
		default:
			c.theme = "auto"
		}
	}
}

type htmlWriter struct{ strings.Builder }

func (w *htmlWriter) s(parts ...string) {
	for _, p := range parts {
		w.WriteString(p)
	}
}

// esc escapes text for element content and attribute values.
func esc(s string) string {
	s = escapeHTML(s)
	if strings.ContainsAny(s, "\r\x00") {
		s = strings.NewReplacer("\r", "&#13;", "\x00", "&#65533;").Replace(s)
	}
	return s
}

func (w *htmlWriter) write(b *Brief) {
	w.s(`<article class="nb-brief" part="brief" data-nb-version="`, strconv.Itoa(Version), `">`, "\n")
	w.s(`<h2 class="nb-headline" part="headline" data-nb="headline">`, esc(b.Headline), "</h2>\n")
	w.list("keyInsights", headKeyInsights, "h3", b.KeyInsights)
	w.paragraphs("whyItMatters", headWhy, b.WhyItMatters)
	w.paragraphs("summary", headSummary, b.Summary)
	if len(b.Risks) > 0 || len(b.Opportunities) > 0 {
		w.s(`<section class="nb-section" part="section" data-nb="group" aria-label="`, headGroup, `">`, "\n", `<h3 part="heading">`, headGroup, "</h3>\n")
		w.list("risks", headRisks, "h4", b.Risks)
		w.list("opportunities", headOpps, "h4", b.Opportunities)
		w.s("</section>\n")
	}
	w.list("unknowns", headUnknowns, "h3", b.Unknowns)
	w.list("figures", headFigures, "h3", b.Figures)
	w.quotes(b.Quotes)
	w.entities(b.Entities)
	for _, x := range b.Extra {
		w.s(`<section class="nb-section nb-extra" part="section" data-nb="extra">`, "\n", `<h3 part="heading" data-nb="title">`, esc(x.Title), "</h3>\n")
		w.points("ul", "li", x.Points)
		w.s("</section>\n")
	}
	w.coverage(b.Coverage)
	w.original(b.Original)
	w.sources(b.Sources)
	w.s("</article>\n")
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
		for _, e := range p.Evidence {
			w.evidence(e)
		}
		w.s("</", item, ">\n")
	}
	if list != "" {
		w.s("</", list, ">\n")
	}
}

// evidence writes a citation mark; the exact quote rides in data-nb-quote
// as a JSON string (JSON.parse in a browser), so no byte of it is lost to
// HTML's newline rules.
func (w *htmlWriter) evidence(e Evidence) {
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

func (w *htmlWriter) quotes(qs []Quote) {
	if len(qs) == 0 {
		return
	}
	w.open("quotes", headQuotes, "h3")
	w.s("<ul>\n")
	for _, q := range qs {
		w.s(`<li data-nb="quotation">`)
		if q.Speaker != "" {
			w.span("span", "speaker", q.Speaker)
			w.s(": ")
		}
		w.span("q", "text", q.Text)
		for _, e := range q.Evidence {
			w.evidence(e)
		}
		w.s("</li>\n")
	}
	w.s("</ul>\n</section>\n")
}

func (w *htmlWriter) entities(es []Entity) {
	if len(es) == 0 {
		return
	}
	w.open("entities", headEntities, "h3")
	w.s("<ul>\n")
	for _, e := range es {
		w.s(`<li data-nb="entity">`)
		w.span("span", "name", e.Name)
		w.s(` <span class="nb-mentions" data-nb="mentions">`, strconv.Itoa(e.Mentions), "</span></li>\n")
	}
	w.s("</ul>\n</section>\n")
}

func (w *htmlWriter) coverage(cs []Coverage) {
	if len(cs) == 0 {
		return
	}
	w.open("coverage", headCoverage, "h3")
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

func (w *htmlWriter) original(o Original) {
	if o.IsZero() {
		return
	}
	w.open("original", headOriginal, "h3")
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

func (w *htmlWriter) sources(ss []Source) {
	if len(ss) == 0 {
		return
	}
	w.open("sources", headSources, "h3")
	w.s("<ol>\n")
	for _, s := range ss {
		w.s(`<li data-nb="source">`)
		w.span("strong", "outlet", s.Outlet)
		w.sourceField("span", "domain", s.Domain)
		w.sourceField("cite", "headline", s.Headline)
		w.link("url", s.URL, "Link")
		if !s.Published.IsZero() {
			t := formatDate(s.Published)
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
