package brief

import (
	"io"
	"strconv"
	"strings"
)

// WriteText writes b in the plain-text layout of brief pages: the headline
// with its evidence line when it has evidence, then each non-empty section under its heading, "- " items, one evidence
// line per point ("  ↳ [1] 0-42", see the package doc), the positional
// coverage entries, the original report and the sources. Lines that would
// read as structure are escaped with a leading backslash.
// WithEvidence(false) leaves out the evidence lines.
func WriteText(w io.Writer, b *Brief, opts ...WriteOption) error {
	c := newWriteConfig(opts)
	nb := *b
	nb.Normalize()
	tw := textWriter{evidence: !c.noEvidence}
	tw.write(&nb)
	_, err := io.WriteString(w, tw.String())
	return err
}

type textWriter struct {
	strings.Builder
	evidence bool // write evidence lines
}

func (w *textWriter) line(parts ...string) {
	for _, p := range parts {
		w.WriteString(p)
	}
	w.WriteByte('\n')
}

// write writes the headline line, then the sections. The headline line is
// escaped when it would not read as the headline, and also when the brief
// would not be detected as text without it: with empty sections left out,
// a brief may have no heading that says "text". A brief without a
// headline whose first line is not a heading, and an empty brief, start
// with a lone backslash: an empty headline.
func (w *textWriter) write(b *Brief) {
	var body textWriter
	body.evidence = w.evidence
	body.sections(b)
	first, _, _ := strings.Cut(body.String(), "\n")
	var ev textWriter
	ev.evidence = w.evidence
	ev.evidenceLine(b.HeadlineEvidence, b.Headline)
	switch {
	case b.Headline != "" && !w.headlineNeedsEscape(b.Headline) && Detect([]byte(b.Headline+"\n"+ev.String()+body.String())) == Text:
		w.line(b.Headline)
	case b.Headline != "":
		w.line(`\`, b.Headline)
	case body.Len() == 0 || classifyHeading(first).kind == secExtra || Detect([]byte(body.String())) != Text:
		w.line(`\`) // an empty brief is an empty headline, not empty input
	}
	w.WriteString(ev.String()) // the headline's evidence line, as a point's
	w.WriteString(body.String())
}

func (w *textWriter) sections(b *Brief) {
	inGroup := false
	for i := range sectionTable {
		s := &sectionTable[i]
		if s.grouped && !inGroup && groupHas(b) {
			w.line(headGroup)
		}
		inGroup = s.grouped
		switch {
		case s.points != nil && s.paragraphs:
			w.paragraphs(s.heading, *s.points(b))
		case s.points != nil:
			w.items(s.heading, *s.points(b))
		case s.kind == secQuotes && len(b.Quotes) > 0:
			w.line(s.heading)
			for _, q := range b.Quotes {
				text := formatQuote(q)
				w.line("- ", text)
				w.evidenceLine(q.Evidence, q.Text)
			}
		case s.kind == secEntities && len(b.Entities) > 0:
			w.line(s.heading)
			for _, e := range b.Entities {
				w.line("- ", formatEntity(e))
			}
		case s.kind == secExtra:
			for _, x := range b.Extra {
				w.line(x.Title + ":")
				w.list(x.Points)
			}
		case s.kind == secCoverage && len(b.Coverage) > 0:
			w.line(s.heading)
			for _, c := range b.Coverage {
				w.coverage(c)
			}
		case s.kind == secOriginal:
			w.original(b.Original)
		case s.kind == secSources:
			w.sources(b.Sources)
		}
	}
}

// items writes a section of list items, unless it is empty.
func (w *textWriter) items(title string, ps []Point) {
	if len(ps) == 0 {
		return
	}
	w.line(title)
	w.list(ps)
}

func (w *textWriter) list(ps []Point) {
	for _, p := range ps {
		w.line("- ", p.Text)
		w.evidenceLine(p.Evidence, p.Text)
	}
}

// paragraphs writes a section of paragraphs, unless it is empty.
func (w *textWriter) paragraphs(title string, ps []Point) {
	if len(ps) == 0 {
		return
	}
	w.line(title)
	for _, p := range ps {
		w.content(p.Text)
		w.evidenceLine(p.Evidence, p.Text)
	}
}

// evidenceLine writes the evidence of a point or quote whose text is text.
func (w *textWriter) evidenceLine(es []Evidence, text string) {
	if w.evidence && len(es) > 0 {
		w.line("  ", formatEvidence(es, text, strconv.Quote))
	}
}

// headlineNeedsEscape reports a headline that would not read as one.
// Readers take the first line for the headline unless it names a standard
// section, and tell the format by its first bytes, so only those cases are
// escaped: "-5C freeze" stays as it is.
func (w *textWriter) headlineNeedsEscape(s string) bool {
	return strings.IndexByte(`\<{`, s[0]) >= 0 || isMarkdownHeading(s) || classifyHeading(s).kind != secExtra
}

// content writes a line of content, escaped when it would read as structure.
func (w *textWriter) content(s string) {
	if isTextStructure(s) {
		w.line(`\`, s)
		return
	}
	w.line(s)
}

func (w *textWriter) coverage(c Coverage) {
	w.line("-")
	out := readArrow
	if c.Outlet != "" {
		out = c.Outlet + " " + readArrow
	}
	if c.URL != "" {
		out += " " + c.URL
	}
	if isTextStructure(strings.ReplaceAll(out, readArrow, "")) {
		w.line(`\`, out)
	} else {
		w.line(out)
	}
	switch {
	case c.Quote != "" && c.Framing == "" && !isTextStructure(c.Quote):
		w.line(quoteMark, c.Quote) // the quote alone, marked as such
	case c.Quote != "":
		w.contentOrEmpty(c.Framing)
		w.content(c.Quote)
	case c.Framing != "":
		w.content(c.Framing)
	}
}

// quoteMark starts the quote line of a coverage entry that has a quote but
// no framing, which would otherwise need an empty framing line.
const quoteMark = "> "

func (w *textWriter) contentOrEmpty(s string) {
	if s == "" {
		w.line(`\`)
		return
	}
	w.content(s)
}

// original writes "Originally reported by X" and the lines after it. X is
// the outlet, or the domain when there is no outlet name; a "Domain:" line
// follows whenever X alone would be read the wrong way.
func (w *textWriter) original(o Original) {
	if o.IsZero() {
		return
	}
	by, domainLine := o.Outlet, o.Domain != "" || looksLikeDomain(o.Outlet)
	if o.Outlet == "" {
		by, domainLine = "", o.Domain != ""
		if looksLikeDomain(o.Domain) {
			by, domainLine = o.Domain, false
		}
	}
	w.line(strings.TrimSpace(headingOf(secOriginal) + " " + by))
	if domainLine {
		w.line("Domain: ", o.Domain)
	}
	if o.URL != "" {
		w.line(readOriginal, " → ", o.URL)
	}
	if o.Headline != "" {
		w.line(headOrigTitle, ": ", o.Headline)
	}
}

func (w *textWriter) sources(ss []Source) {
	if len(ss) == 0 {
		return
	}
	w.line(headingOf(secSources))
	for i, s := range ss {
		fields := sourceFields(s, "URL", func(v string) string { return v })
		label, fields := sourceLabel(s.Outlet, fields)
		w.line(strings.TrimSpace(itoa64(int64(i+1)) + ". " + label))
		for _, f := range fields {
			w.field(f[0], f[1])
		}
	}
}

// sourceFields returns the "Key: value" fields of a source after its
// outlet, set ones only; link names the URL field and esc escapes values.
func sourceFields(s Source, link string, esc func(string) string) [][2]string {
	var out [][2]string
	add := func(k, v string) {
		if v != "" {
			out = append(out, [2]string{k, v})
		}
	}
	add("Domain", esc(s.Domain))
	if s.URL != "" {
		add(link, esc(s.URL))
	}
	add("Headline", esc(s.Headline))
	if !s.Published.IsZero() {
		add("Published", s.Published.String())
	}
	add("Language", esc(s.Language))
	return out
}

// noDetails stands after the number of a source that has no field set,
// such as a pasted text: no number stands alone.
const noDetails = "(no details)"

// sourceLabel returns what follows a source's number: its outlet, or when
// it has none its first field, or noDetails; an outlet that would read as
// a field or as noDetails is written as the Outlet field.
func sourceLabel(outlet string, fields [][2]string) (string, [][2]string) {
	switch {
	case outlet == "" && len(fields) > 0:
		return fields[0][0] + ": " + fields[0][1], fields[1:]
	case outlet == "":
		return noDetails, fields
	case outlet == noDetails:
		return "Outlet: " + outlet, fields
	}
	if k, _, ok := splitField(outlet); ok && isFieldKey(k) {
		return "Outlet: " + outlet, fields
	}
	return outlet, fields
}

func (w *textWriter) field(key, value string) {
	if value != "" {
		w.line(key, ": ", value)
	}
}

// isTextStructure reports whether a line of content would be read as
// something else in the text layout: a heading, item, separator, evidence
// line, escape, coverage link or field.
func isTextStructure(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '\\':
		return true
	case '-', '*', '+':
		if len(s) == 1 || s[1] == ' ' {
			return true // an item, or a coverage entry's "-"
		}
	}
	if s == "•" || strings.HasPrefix(s, "• ") || strings.HasPrefix(s, quoteMark) || s == ">" || isByline(s) || isMarkdownHeading(s) || strings.HasPrefix(s, evidenceMark) || ordinalLen(s) > 0 ||
		strings.HasSuffix(s, ":") || strings.Contains(s, readArrow) {
		return true
	}
	if _, ok := cutPrefixFold(s, readOriginal); ok {
		return true
	}
	if _, _, ok := leadIn(s); ok {
		return true
	}
	if k, _, ok := splitField(s); ok && isFieldKey(k) {
		return true
	}
	return classifyHeading(s).kind != secExtra
}

func isFieldKey(k string) bool {
	switch strings.ToLower(strings.TrimSpace(k)) {
	case "outlet", "domain", "url", "link", "headline", "original headline", "published", "language":
		return true
	}
	return false
}

// isMarkdownHeading reports a line that would make Detect take the
// document for Markdown: "#", "## x".
func isMarkdownHeading(s string) bool {
	rest := strings.TrimLeft(s, "#")
	return len(rest) < len(s) && (rest == "" || rest[0] == ' ')
}
