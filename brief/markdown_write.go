package brief

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// WriteMarkdown writes b as Markdown: the headline as "# …", each non-empty
// section under a "## " heading, points as list items or paragraphs with
// their evidence lines, coverage entries as "- [Outlet](url) — framing"
// with the quote nested as a block quote, and the original report and the
// sources as "Key: value" items. Text is escaped so it reads back exactly.
func WriteMarkdown(w io.Writer, b *Brief) error {
	nb := *b
	nb.Normalize()
	var mw mdWriter
	mw.write(&nb)
	_, err := io.WriteString(w, mw.String())
	return err
}

type mdWriter struct{ strings.Builder }

func (w *mdWriter) line(parts ...string) {
	for _, p := range parts {
		w.WriteString(p)
	}
	w.WriteByte('\n')
}

func (w *mdWriter) write(b *Brief) {
	w.line(strings.TrimSpace("# " + mdHeadingText(b.Headline, true)))
	w.items("## ", headKeyInsights, b.KeyInsights)
	w.paragraphs(headWhy, b.WhyItMatters)
	w.paragraphs(headSummary, b.Summary)
	if len(b.Risks) > 0 || len(b.Opportunities) > 0 {
		w.line("\n## ", headGroup)
		w.items("### ", headRisks, b.Risks)
		w.items("### ", headOpps, b.Opportunities)
	}
	w.items("## ", headUnknowns, b.Unknowns)
	w.items("## ", headFigures, b.Figures)
	if len(b.Quotes) > 0 {
		w.line("\n## ", headQuotes, "\n")
		for _, q := range b.Quotes {
			w.line("- ", mdLine(formatQuote(q)))
			for _, e := range q.Evidence {
				w.line("  ", formatEvidence(e))
			}
		}
	}
	if len(b.Entities) > 0 {
		w.line("\n## ", headEntities, "\n")
		for _, e := range b.Entities {
			w.line("- ", mdLine(formatEntity(e)))
		}
	}
	for _, x := range b.Extra {
		w.line("\n## ", mdHeadingText(x.Title, false))
		w.list(x.Points)
	}
	w.coverage(b.Coverage)
	w.original(b.Original)
	w.sources(b.Sources)
}

func (w *mdWriter) items(level, title string, ps []Point) {
	if len(ps) == 0 {
		return
	}
	w.line("\n", level, title)
	w.list(ps)
}

func (w *mdWriter) list(ps []Point) {
	if len(ps) > 0 {
		w.line()
	}
	for _, p := range ps {
		w.line("- ", mdLine(p.Text))
		for _, e := range p.Evidence {
			w.line("  ", formatEvidence(e))
		}
	}
}

func (w *mdWriter) paragraphs(title string, ps []Point) {
	if len(ps) == 0 {
		return
	}
	w.line("\n## ", title)
	for _, p := range ps {
		w.line("\n", mdLine(p.Text))
		for _, e := range p.Evidence {
			w.line(formatEvidence(e))
		}
	}
}

func (w *mdWriter) coverage(cs []Coverage) {
	if len(cs) == 0 {
		return
	}
	w.line("\n## ", headCoverage, "\n")
	for _, c := range cs {
		entry := "- [" + mdEscape(c.Outlet, false) + "](" + mdURL(c.URL) + ")"
		if c.Framing != "" {
			entry += " — " + mdEscape(c.Framing, false)
		}
		w.line(entry)
		if _, q := splitInlineQuote(c.Framing); c.Quote != "" || q != "" {
			w.line(strings.TrimRight("  > "+mdLine(c.Quote), " "))
		}
	}
}

func (w *mdWriter) original(o Original) {
	if o.IsZero() {
		return
	}
	w.line("\n## ", headOriginal, "\n")
	w.field("Outlet", mdEscape(o.Outlet, false))
	w.field("Domain", mdEscape(o.Domain, false))
	w.field("Link", mdAutolink(o.URL))
	w.field(headOrigTitle, mdEscape(o.Headline, false))
}

func (w *mdWriter) sources(ss []Source) {
	if len(ss) == 0 {
		return
	}
	w.line("\n## ", headSources, "\n")
	for i, s := range ss {
		w.line(strings.TrimSpace(strconv.Itoa(i+1) + ". " + mdLine(s.Outlet)))
		w.field("   Domain", mdEscape(s.Domain, false))
		w.field("   Link", mdAutolink(s.URL))
		w.field("   Headline", mdEscape(s.Headline, false))
		if !s.Published.IsZero() {
			w.field("   Published", formatDate(s.Published))
		}
		w.field("   Language", mdEscape(s.Language, false))
	}
}

// field writes "- Key: value" when value is set; leading spaces in key
// nest the item.
func (w *mdWriter) field(key, value string) {
	if value == "" {
		return
	}
	indent := key[:len(key)-len(strings.TrimLeft(key, " "))]
	w.line(indent, "- ", strings.TrimSpace(key), ": ", value)
}

// mdEscape escapes the characters Markdown gives a meaning inside a line;
// in headings '#' too.
func mdEscape(s string, heading bool) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte("\\*_[]`<>&~|", c) >= 0 || heading && c == '#' {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// mdLine escapes s as the content of a line: mdEscape plus the markers that
// start a heading, list, quote or evidence line.
func mdLine(s string) string {
	e := mdEscape(s, false)
	switch {
	case e == "":
		return e
	case strings.IndexByte("#-+=>", e[0]) >= 0:
		return `\` + e
	case strings.HasPrefix(e, evidenceMark):
		return "&#" + strconv.Itoa(int('↳')) + ";" + e[len(evidenceMark):]
	}
	if n := ordinalLen(e); n > 0 {
		return e[:n-1] + `\` + e[n-1:]
	}
	return e
}

// mdHeadingText escapes a heading. A headline that reads like a section
// heading starts with a character reference, which marks it as literal.
func mdHeadingText(s string, headline bool) string {
	e := mdEscape(s, true)
	if headline && s != "" && classifyHeading(s).kind != secExtra {
		r, n := utf8.DecodeRuneInString(e)
		return "&#" + strconv.Itoa(int(r)) + ";" + e[n:]
	}
	if strings.HasPrefix(e, "=") || strings.HasPrefix(e, "-") || strings.HasPrefix(e, "+") {
		return `\` + e
	}
	return e
}

// mdURL writes a link destination, in angle brackets when it holds
// parentheses.
func mdURL(u string) string {
	if strings.ContainsAny(u, "()") {
		return "<" + u + ">"
	}
	return u
}

func mdAutolink(u string) string {
	if u == "" {
		return ""
	}
	return "<" + u + ">"
}
