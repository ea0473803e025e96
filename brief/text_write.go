package brief

import (
	"io"
	"strings"
)

// WriteText writes b in the plain-text layout of brief pages: the headline,
// then every standard section under its heading (empty ones included),
// "- " items, evidence lines ("  ↳ [1] 0-42 \"…\""), the positional
// coverage entries and the original report. Lines that would read as
// structure are escaped with a leading backslash.
func WriteText(w io.Writer, b *Brief) error {
	nb := *b
	nb.Normalize()
	tw := textWriter{}
	tw.write(&nb)
	_, err := io.WriteString(w, tw.String())
	return err
}

type textWriter struct{ strings.Builder }

func (w *textWriter) line(parts ...string) {
	for _, p := range parts {
		w.WriteString(p)
	}
	w.WriteByte('\n')
}

func (w *textWriter) write(b *Brief) {
	if b.Headline != "" {
		w.headline(b.Headline)
	}
	w.items(headKeyInsights, b.KeyInsights)
	w.paragraphs(headWhy, b.WhyItMatters)
	w.paragraphs(headSummary, b.Summary)
	w.line(headGroup)
	w.items(headRisks, b.Risks)
	w.items(headOpps, b.Opportunities)
	w.items(headUnknowns, b.Unknowns)
	if len(b.Figures) > 0 {
		w.items(headFigures, b.Figures)
	}
	if len(b.Quotes) > 0 {
		w.line(headQuotes)
		for _, q := range b.Quotes {
			w.line("- ", formatQuote(q))
			w.evidence(q.Evidence)
		}
	}
	if len(b.Entities) > 0 {
		w.line(headEntities)
		for _, e := range b.Entities {
			w.line("- ", formatEntity(e))
		}
	}
	for _, x := range b.Extra {
		w.items(x.Title+":", x.Points)
	}
	w.line(headCoverage)
	for _, c := range b.Coverage {
		w.coverage(c)
	}
	w.original(b.Original)
	w.sources(b.Sources)
}

func (w *textWriter) items(title string, ps []Point) {
	w.line(title)
	for _, p := range ps {
		w.line("- ", p.Text)
		w.evidence(p.Evidence)
	}
}

func (w *textWriter) paragraphs(title string, ps []Point) {
	w.line(title)
	for _, p := range ps {
		w.content(p.Text)
		w.evidence(p.Evidence)
	}
}

func (w *textWriter) evidence(es []Evidence) {
	for _, e := range es {
		w.line("  ", formatEvidence(e))
	}
}

// headline writes the first line. Readers take it for the headline unless
// it names a standard section, and tell the format by its first bytes, so
// only those cases are escaped: "-5C freeze" stays as it is.
func (w *textWriter) headline(s string) {
	switch {
	case strings.IndexByte(`\<{`, s[0]) >= 0, isMarkdownHeading(s), classifyHeading(s).kind != secExtra:
		w.line(`\`, s)
	default:
		w.line(s)
	}
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
	case c.Quote != "":
		w.contentOrEmpty(c.Framing)
		w.content(c.Quote)
	case c.Framing != "":
		w.content(c.Framing)
	}
}

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
	w.line(strings.TrimSpace(headOriginal + " " + by))
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
	w.line(headSources)
	for i, s := range ss {
		w.line(strings.TrimSpace(itoa64(int64(i+1)) + ". " + s.Outlet))
		w.field("Domain", s.Domain)
		w.field("URL", s.URL)
		w.field("Headline", s.Headline)
		if !s.Published.IsZero() {
			w.field("Published", formatDate(s.Published))
		}
		w.field("Language", s.Language)
	}
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
	if s == "•" || strings.HasPrefix(s, "• ") || isMarkdownHeading(s) || strings.HasPrefix(s, evidenceMark) || ordinalLen(s) > 0 ||
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
