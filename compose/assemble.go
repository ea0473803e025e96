package compose

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsbrief/newsbrief/brief"
)

// Section sizes that follow from the number of points asked for.
const (
	figuresPerPoint = 2  // Key figures holds twice as many as other sections
	quoteCandidates = 4  // quotes found per quote shown, before those the points hold are left out
	maxNames        = 10 // Who's involved
)

// assemble turns the selection into a brief: points with their evidence in
// the order asked for, then the figures, quotes and names, the sources,
// the headline, the original report and the other outlets' coverage.
func (c *corpus) assemble(sel selection, cfg config) *brief.Brief {
	sel = c.consolidate(sel)
	orig := originalSource(c.docs)
	b := &brief.Brief{Sources: sources(c.docs)}
	if orig >= 0 {
		b.Original = original(c.docs[orig])
	}
	b.Headline, b.HeadlineEvidence = c.headline(orig, sel.insights)
	b.KeyInsights = c.points(c.ordered(sel.insights, cfg.order))
	b.Risks = c.points(c.ordered(sel.risks, cfg.order))
	b.Opportunities = c.points(c.ordered(sel.opportunities, cfg.order))
	b.Unknowns = c.points(c.ordered(sel.unknowns, cfg.order))
	b.WhatsNext = c.points(c.ordered(sel.next, cfg.order))
	b.WhyItMatters = c.points(c.ordered(sel.why, cfg.order))
	b.Summary = c.points(c.ordered(sel.summary, SourceOrder))
	shown := slices.Concat(b.KeyInsights, b.WhyItMatters, b.Summary, b.Risks, b.Opportunities, b.Unknowns, b.WhatsNext)
	b.Figures = c.figuresBesides(figuresPerPoint*cfg.maxPoints, cfg.order, shown)
	quotes, openings := c.quotes(quoteCandidates * cfg.maxPoints)
	b.Quotes = inTextOrder(quotesBesides(quotes, openings, shown, cfg.maxPoints))
	b.Entities = c.entities(maxNames)
	if len(c.docs) > 1 {
		b.Coverage = c.coverage(orig, b.Headline, sel.all(), b.Figures, b.Quotes)
	}
	b.Normalize()
	return b
}

// ordered returns idx in the order asked for: as selected (best first),
// or as the sources tell the sentences.
//
// A sentence that leans on the one before it always follows it.
func (c *corpus) ordered(idx []int, order Order) []int {
	if order != SourceOrder {
		return c.afterPrevious(idx)
	}
	idx = slices.Clone(idx)
	sort.SliceStable(idx, func(a, b int) bool {
		sa, sb := &c.sents[idx[a]], &c.sents[idx[b]]
		return sa.doc < sb.doc || sa.doc == sb.doc && sa.start < sb.start
	})
	return idx
}

// points turns sentence indexes into points, each with its sentence as
// evidence, followed by the sentences of other sources that report the
// same fact (one per source).
//
// A sentence that leans on the one before it ("But he said …") and follows
// it in idx joins it in one point (joinable), and so on down a chain: a point is read alone, and
// the referent it needs is then in the point itself. The point is still
// verbatim: its evidence slices both sentences and the space between them
// out of the source.
func (c *corpus) points(idx []int) []brief.Point {
	out := make([]brief.Point, 0, len(idx))
	for k := 0; k < len(idx); k++ {
		i := idx[k]
		s := &c.sents[i]
		start, end, text := s.start, s.end, s.text
		ev := c.corroboration(i)
		words := len(strings.Fields(text))
		for k+1 < len(idx) && c.joinable(idx[k], idx[k+1], words) {
			k++
			words += len(strings.Fields(c.sents[idx[k]].text))
			end = c.sents[idx[k]].end
			text = c.docs[s.doc].Text[start:end]
			ev = mergeEvidence(ev, c.corroboration(idx[k]))
		}
		ev = append([]brief.Evidence{{Source: s.doc, Start: start, End: end, Quote: text}}, ev...)
		out = append(out, brief.Point{Text: text, Evidence: ev})
	}
	return out
}

// joinable reports whether sentence j leans on sentence i, just before it
// in its paragraph on the same line, and adding it to a point of words
// words keeps the point within maxPointWords.
func (c *corpus) joinable(i, j, words int) bool {
	a, b := &c.sents[i], &c.sents[j]
	if j != i+1 || !b.needsPrev || a.doc != b.doc || a.para != b.para {
		return false
	}
	gap := c.docs[a.doc].Text[a.end:b.start]
	return strings.TrimSpace(gap) == "" && !strings.ContainsAny(gap, "\r\n") &&
		words+len(strings.Fields(b.text)) <= maxPointWords
}

// mergeEvidence appends to ev the evidence of more from sources ev does
// not cite yet.
func mergeEvidence(ev, more []brief.Evidence) []brief.Evidence {
	for _, e := range more {
		if !slices.ContainsFunc(ev, func(x brief.Evidence) bool { return x.Source == e.Source }) {
			ev = append(ev, e)
		}
	}
	return ev
}

// corroboration returns the evidence of the sentences of other sources
// that say the same as sentence i, one per source (corroborators).
func (c *corpus) corroboration(i int) []brief.Evidence {
	var out []brief.Evidence
	for _, j := range c.corroborators(i) {
		s := &c.sents[j]
		out = append(out, brief.Evidence{Source: s.doc, Start: s.start, End: s.end, Quote: s.text})
	}
	return out
}

// corroborators returns the sentences of other sources that say the same
// as sentence i, at most one per source: those that retell it
// (confirmedBy), a source's lead for the lead of another (bothLeads), and
// else the one of each source that states the same facts (restates) or
// retells the same event (sameEvent) with the highest cosine.
func (c *corpus) corroborators(i int) []int {
	if c.confirmedBy == nil {
		return nil
	}
	var out []int
	seen := map[int]bool{c.sents[i].doc: true}
	others := c.confirmedBy[i]
	if c.leads != nil && c.leads[c.sents[i].doc] == i {
		for _, j := range c.leads {
			if j >= 0 && j != i && c.bothLeads(i, j) {
				others = append(slices.Clip(others), j)
			}
		}
	}
	for _, j := range others {
		if !seen[c.sents[j].doc] {
			seen[c.sents[j].doc] = true
			out = append(out, j)
		}
	}
	best := make([]int, len(c.docs))
	for d := range best {
		best[d] = -1
	}
	for j := range c.sents {
		s := &c.sents[j]
		if seen[s.doc] || !s.candidate || !restates(s, &c.sents[i]) && !c.sameEvent(j, i) {
			continue
		}
		if b := best[s.doc]; b < 0 || similarity(&c.sents[i], s) > similarity(&c.sents[i], &c.sents[b]) {
			best[s.doc] = j
		}
	}
	for _, j := range best {
		if j >= 0 {
			out = append(out, j)
		}
	}
	return out
}

// headline is the original report's title; when no report is the
// original, the title of the document of the best key insight, else the
// first title given; each without the site name it carries. A story with
// no title gets the main clause of a key insight: of the best one's
// document, the one it tells first — its lead when the lead is a key
// insight (a lead that is not one opens a feature with a scene, or comes
// after the lead a text left out). That headline comes with its evidence,
// the span of the sentence it shows (see brief.Brief.HeadlineEvidence); a
// title has none, being no part of the source text.
func (c *corpus) headline(orig int, insights []int) (string, []brief.Evidence) {
	if orig < 0 && len(insights) > 0 {
		orig = c.sents[insights[0]].doc
	}
	if orig >= 0 {
		if t := cleanTitle(c.docs[orig].Title, c.docs[orig]); t != "" {
			return t, nil
		}
	}
	for _, d := range c.docs {
		if t := cleanTitle(d.Title, d); t != "" {
			return t, nil
		}
	}
	if len(insights) == 0 {
		return "", nil
	}
	best := insights[0]
	for _, i := range insights {
		if c.sents[i].doc == c.sents[best].doc && i < best && !c.sents[i].needsPrev {
			best = i // the earliest key insight of that document: its lead, when the lead is one
		}
	}
	if opensQuotation(c.sents[best].text) {
		best = c.unquotedInsight(best, insights)
	}
	s := &c.sents[best]
	h := leadHeadline(s.text)
	start, end, ok := leadSpan(s.text, h)
	if !ok {
		return h, nil
	}
	return h, []brief.Evidence{{Source: s.doc, Start: s.start + start, End: s.start + end, Quote: s.text[start:end]}}
}

func sources(docs []brief.Document) []brief.Source {
	out := make([]brief.Source, len(docs))
	for i, d := range docs {
		out[i] = brief.Source{Outlet: d.Outlet, Domain: d.Domain, URL: d.URL, Headline: d.Title, Published: d.Published, Language: d.Language}
	}
	return out
}

// original describes the original report; it is empty when nothing says
// where the report comes from (plain text with a title, say).
func original(d brief.Document) brief.Original {
	if d.Outlet == "" && d.Domain == "" && d.URL == "" {
		return brief.Original{}
	}
	return brief.Original{Outlet: d.Outlet, Domain: d.Domain, URL: d.URL, Headline: d.Title}
}

// afterPrevious moves every sentence that leans on the sentence before it
// to just after that sentence.
func (c *corpus) afterPrevious(idx []int) []int {
	out := make([]int, 0, len(idx))
	var place func(i int)
	placed := map[int]bool{}
	place = func(i int) {
		if placed[i] {
			return
		}
		placed[i] = true
		out = append(out, i)
		if next := i + 1; contains(idx, next) && c.sents[next].needsPrev {
			place(next)
		}
	}
	for _, i := range idx {
		if !c.sents[i].needsPrev || !contains(idx, i-1) {
			place(i)
		}
	}
	return out
}

// quotesBesides keeps up to n of quotes, in order, those no shown point
// already holds first: a quotation a point holds fills a place left over,
// since the Quotes section is where a reader finds who said what and the
// point does not name the speaker as a clean name. quotes[:openings] open
// quotations, the rest continue one ("…," she said. "…"); a continuing
// part fills a place only after every opening, held or not, since a reader
// looks to the section for each distinct quotation.
func quotesBesides(quotes []brief.Quote, openings int, shown []brief.Point, n int) []brief.Quote {
	held := func(q brief.Quote) bool {
		for _, p := range shown {
			if strings.Contains(p.Text, q.Text) {
				return true
			}
		}
		return false
	}
	keep := make([]bool, len(quotes))
	kept := 0
	for _, pass := range []func(i int) bool{
		func(i int) bool { return i < openings && !held(quotes[i]) },
		func(i int) bool { return i < openings },
		func(i int) bool { return !held(quotes[i]) },
		func(int) bool { return true },
	} {
		for i := range quotes {
			if kept < n && !keep[i] && pass(i) {
				keep[i] = true
				kept++
			}
		}
	}
	var out []brief.Quote
	for i, q := range quotes {
		if keep[i] {
			out = append(out, q)
		}
	}
	return out
}
