package brief

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// WriteMarkdown writes b as Markdown: the headline as "# …" with its
// evidence line when it has evidence, each non-empty
// section under a "## " heading, points as list items or paragraphs with
// their evidence lines, coverage entries as "- [Outlet](url) — framing"
// with the quote nested as a block quote, and the original report and the
// sources as "Key: value" items. Every text is escaped, so it reads back
// exactly and a Markdown renderer shows it as text: no HTML and no link
// but the brief's own http(s) links. WithEvidence(false) leaves out the
// evidence lines.
func WriteMarkdown(w io.Writer, b *Brief, opts ...WriteOption) error {
	c := newWriteConfig(opts)
	nb := *b
	nb.Normalize()
	mw := mdWriter{evidence: !c.noEvidence}
	mw.write(&nb)
	_, err := io.WriteString(w, mw.String())
	return err
}

type mdWriter struct {
	strings.Builder
	evidence bool // write evidence lines
}

func (w *mdWriter) line(parts ...string) {
	for _, p := range parts {
		w.WriteString(p)
	}
	w.WriteByte('\n')
}

func (w *mdWriter) write(b *Brief) {
	w.line(strings.TrimSpace("# " + mdHeadingText(b.Headline, true)))
	w.evidenceLine("", b.HeadlineEvidence, b.Headline)
	inGroup := false
	for i := range sectionTable {
		s := &sectionTable[i]
		if s.grouped && !inGroup && groupHas(b) {
			w.line("\n## ", groupSpec.heading)
		}
		inGroup = s.grouped
		level := "## "
		if s.grouped {
			level = "### "
		}
		switch {
		case s.points != nil && s.paragraphs:
			w.paragraphs(s.heading, *s.points(b))
		case s.points != nil:
			w.items(level, s.heading, *s.points(b))
		case s.kind == secQuotes && len(b.Quotes) > 0:
			w.line("\n## ", s.heading, "\n")
			for _, q := range b.Quotes {
				w.line("- ", mdLine(formatQuote(q)))
				w.evidenceLine("  ", q.Evidence, q.Text)
			}
		case s.kind == secEntities && len(b.Entities) > 0:
			w.line("\n## ", s.heading, "\n")
			for _, e := range b.Entities {
				w.line("- ", mdLine(formatEntity(e)))
			}
		case s.kind == secExtra:
			for _, x := range b.Extra {
				w.line("\n## ", mdHeadingText(x.Title, false))
				w.list(x.Points)
			}
		case s.kind == secCoverage:
			w.coverage(s.heading, b.Coverage)
		case s.kind == secOriginal:
			w.original(s.heading, b.Original)
		case s.kind == secSources:
			w.sources(s.heading, b.Sources)
		}
	}
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
		w.evidenceLine("  ", p.Evidence, p.Text)
	}
}

func (w *mdWriter) paragraphs(title string, ps []Point) {
	if len(ps) == 0 {
		return
	}
	w.line("\n## ", title)
	for _, p := range ps {
		w.line("\n", mdLine(p.Text))
		w.evidenceLine("", p.Evidence, p.Text)
	}
}

// evidenceLine writes the evidence of a point or quote whose text is text,
// its quotes escaped for Markdown.
func (w *mdWriter) evidenceLine(indent string, es []Evidence, text string) {
	if w.evidence && len(es) > 0 {
		w.line(indent, formatEvidence(es, text, mdQuoteLiteral))
	}
}

func (w *mdWriter) coverage(heading string, cs []Coverage) {
	if len(cs) == 0 {
		return
	}
	w.line("\n## ", heading, "\n")
	for _, c := range cs {
		// An outlet without a link is bold, so that nothing reads as a
		// link to nowhere; the rare outlet a bold lead would change (none,
		// or one ending in a colon or a star) keeps the empty link.
		entry := "- [" + mdEscape(c.Outlet, false) + "](" + mdURL(c.URL) + ")"
		if c.URL == "" && c.Outlet != "" && !strings.ContainsAny(c.Outlet[len(c.Outlet)-1:], ":*") {
			entry = "- **" + mdEscape(c.Outlet, false) + "**"
		}
		if c.Framing != "" {
			entry += " — " + mdEscape(c.Framing, false)
		}
		w.line(entry)
		if _, q := splitInlineQuote(c.Framing); c.Quote != "" || q != "" {
			w.line(strings.TrimRight("  > "+mdLine(c.Quote), " "))
		}
	}
}

func (w *mdWriter) original(heading string, o Original) {
	if o.IsZero() {
		return
	}
	w.line("\n## ", heading, "\n")
	w.field("Outlet", mdEscape(o.Outlet, false))
	w.field("Domain", mdEscape(o.Domain, false))
	w.field("Link", mdAutolink(o.URL))
	w.field(headOrigTitle, mdEscape(o.Headline, false))
}

func (w *mdWriter) sources(heading string, ss []Source) {
	if len(ss) == 0 {
		return
	}
	w.line("\n## ", heading, "\n")
	for i, s := range ss {
		fields := sourceFields(s, "Link", func(v string) string { return mdEscape(v, false) })
		if s.URL != "" {
			for j := range fields {
				if fields[j][0] == "Link" {
					fields[j][1] = mdAutolink(s.URL)
				}
			}
		}
		label, fields := sourceLabel(s.Outlet, fields)
		if label == s.Outlet {
			label = mdLine(label)
		} else if s.Outlet != "" {
			label = "Outlet: " + mdEscape(s.Outlet, false)
		}
		num := strconv.Itoa(i+1) + ". "
		w.line(strings.TrimSpace(num + label))
		indent := strings.Repeat(" ", len(num)) // the fields nest under the number, however wide
		for _, f := range fields {
			w.field(indent+f[0], f[1])
		}
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
	case isCredit(s) || isByline(s):
		// A character reference first marks the line as literal text.
		r, n := utf8.DecodeRuneInString(e)
		return "&#" + strconv.Itoa(int(r)) + ";" + e[n:]
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
