package brief

import "strings"

// Normalize puts b in canonical form, the form Parse returns: text fields are
// valid UTF-8 on one line with white space collapsed; URLs are absolute
// http(s) URLs or empty; empty points and coverage entries and invalid
// evidence are dropped; nil sections become empty; extra sections have a
// title that no standard section uses. Writing a normalized brief in Text,
// Markdown, HTML or JSON and parsing it back gives the same brief.
func (b *Brief) Normalize() {
	b.Headline = cleanText(b.Headline)
	b.HeadlineEvidence = normalizeEvidence(b.HeadlineEvidence)
	if b.Headline == "" {
		b.HeadlineEvidence = nil // evidence of nothing, as a point without text
	}
	for _, s := range b.pointSections() {
		*s = normalizePoints(*s)
	}
	b.Quotes = normalizeQuotes(b.Quotes)
	b.Entities = normalizeEntities(b.Entities)
	b.Coverage = normalizeCoverage(b.Coverage)
	b.Original = normalizeOriginal(b.Original)
	b.Sources = normalizeSources(b.Sources)
	b.Extra = normalizeExtra(b.Extra)
}

// pointSections returns the standard sections made of points, in reading order.
func (b *Brief) pointSections() []*[]Point {
	var out []*[]Point
	for i := range sectionTable {
		if s := &sectionTable[i]; s.points != nil {
			out = append(out, s.points(b))
		}
	}
	return out
}

func normalizePoints(ps []Point) []Point {
	out := make([]Point, 0, len(ps))
	for _, p := range ps {
		p.Text = cleanText(p.Text)
		if p.Text == "" {
			continue
		}
		p.Evidence = normalizeEvidence(p.Evidence)
		out = append(out, p)
	}
	return out
}

func normalizeEvidence(es []Evidence) []Evidence {
	var out []Evidence
	for _, e := range es {
		if e.Source < 0 || e.Start < 0 || e.End < e.Start {
			continue
		}
		e.Quote = cleanQuote(e.Quote)
		out = append(out, e)
	}
	return out
}

func normalizeQuotes(qs []Quote) []Quote {
	out := make([]Quote, 0, len(qs))
	for _, q := range qs {
		q.Text = cleanText(q.Text)
		q.Speaker = cleanLabel(strings.ReplaceAll(strings.ReplaceAll(q.Speaker, "“", ""), "”", ""))
		if q.Text == "" {
			continue
		}
		q.Evidence = normalizeEvidence(q.Evidence)
		out = append(out, q)
	}
	return out
}

func normalizeEntities(es []Entity) []Entity {
	out := make([]Entity, 0, len(es))
	for _, e := range es {
		e.Name = cleanLabel(e.Name)
		if e.Name == "" {
			continue
		}
		e.Mentions = max(e.Mentions, 1)
		out = append(out, e)
	}
	return out
}

func normalizeCoverage(cs []Coverage) []Coverage {
	out := make([]Coverage, 0, len(cs))
	for _, c := range cs {
		c = Coverage{Outlet: cleanLabel(c.Outlet), URL: cleanURL(c.URL), Framing: cleanText(c.Framing), Quote: cleanText(c.Quote)}
		if c != (Coverage{}) {
			out = append(out, c)
		}
	}
	return out
}

func normalizeOriginal(o Original) Original {
	return Original{Outlet: cleanLabel(o.Outlet), Domain: cleanDomain(o.Domain), URL: cleanURL(o.URL), Headline: cleanText(o.Headline)}
}

func normalizeSources(ss []Source) []Source {
	out := make([]Source, 0, len(ss))
	for _, s := range ss {
		s.Outlet = cleanText(s.Outlet)
		s.Domain = cleanDomain(s.Domain)
		s.URL = cleanURL(s.URL)
		s.Headline = cleanText(s.Headline)
		s.Language = cleanToken(s.Language)
		out = append(out, s)
	}
	return out
}

func normalizeExtra(xs []Section) []Section {
	out := make([]Section, 0, len(xs))
	for _, x := range xs {
		x.Title = strings.TrimRight(cleanLabel(x.Title), ": ")
		x.Points = normalizePoints(x.Points)
		if x.Title == "" && len(x.Points) == 0 {
			continue
		}
		x.Title = extraTitle(x.Title)
		out = append(out, x)
	}
	return out
}

// extraTitle gives an extra section a title no standard section answers to.
func extraTitle(t string) string {
	if t == "" {
		return "Notes"
	}
	if _, _, lead := leadIn(t); lead || classifyHeading(t).kind != secExtra {
		return "More: " + t
	}
	return t
}
