package compose

import (
	"context"
	"errors"
	"strings"

	"github.com/newsbrief/newsbrief/brief"
)

// ErrNoText is returned by Build when the documents hold no sentence that
// can be a point: no text, or only fragments, questions and page furniture.
var ErrNoText = errors.New("brief: no text to build from")

// Order is the order of the points in a built section.
type Order int

const (
	// SourceOrder lists points in the order the source tells them.
	SourceOrder Order = iota
	// ByImportance lists the most important point first.
	ByImportance
)

// DefaultMaxPoints is how many points Build puts in a section unless
// WithMaxPoints says otherwise.
const DefaultMaxPoints = 3

// Option configures Build.
type Option func(*config)

type config struct {
	maxPoints int
	order     Order
}

// WithMaxPoints sets the most points a section gets (DefaultMaxPoints when
// n <= 0).
func WithMaxPoints(n int) Option {
	return func(c *config) {
		if n <= 0 {
			n = DefaultMaxPoints
		}
		c.maxPoints = n
	}
}

// WithOrder sets the order of the points in each section.
func WithOrder(o Order) Option { return func(c *config) { c.order = o } }

// Build makes a brief from one or more articles about a story. It is
// extractive and deterministic: every point is a sentence of a source,
// with evidence giving the source and the exact byte offsets of the
// sentence in its text, and the same documents always give the same brief.
// A section is left empty rather than filled with a doubtful item.
func Build(ctx context.Context, docs []brief.Document, opts ...Option) (*brief.Brief, error) {
	cfg := config{maxPoints: DefaultMaxPoints}
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	c := newCorpus(docs)
	if !c.hasCandidate() {
		return nil, ErrNoText
	}
	c.rank()
	orig := originalSource(docs)
	b := &brief.Brief{Headline: headline(docs, orig), Sources: sources(docs), Original: original(docs[orig])}
	used := map[int]bool{}
	b.KeyInsights = c.points(c.insights(cfg.maxPoints), cfg.order, used)
	for i := range b.KeyInsights {
		b.KeyInsights[i].Evidence = append(b.KeyInsights[i].Evidence, c.corroboration(c.pointIndex(b.KeyInsights[i]))...)
	}
	b.Risks = c.points(c.labelled(labelRisk, cfg.maxPoints), cfg.order, used)
	b.Opportunities = c.points(c.labelled(labelOpportunity, cfg.maxPoints), cfg.order, used)
	b.Unknowns = c.points(c.labelled(labelUnknown, cfg.maxPoints), cfg.order, used)
	b.WhyItMatters = c.points(c.whyItMatters(min(cfg.maxPoints, 2), used), cfg.order, used)
	b.Summary = c.points(c.summary(cfg.maxPoints, used), SourceOrder, used)
	b.Figures = c.figures(2*cfg.maxPoints, cfg.order)
	b.Quotes = c.quotes(cfg.maxPoints)
	b.Entities = c.entities(10)
	if len(docs) > 1 {
		b.Coverage = c.coverage(orig)
	}
	b.Normalize()
	return b, nil
}

// headline is the original report's title, or the first title given.
func headline(docs []brief.Document, orig int) string {
	if t := strings.TrimSpace(docs[orig].Title); t != "" {
		return t
	}
	for _, d := range docs {
		if t := strings.TrimSpace(d.Title); t != "" {
			return t
		}
	}
	return ""
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
