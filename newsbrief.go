package newsbrief

import (
	"bytes"
	"context"
	"io"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/extract"
	"github.com/newsbrief/newsbrief/source"
)

// Option configures FromHTML and FromText.
type Option func(*config)

type config struct {
	extract []extract.Option
	build   []brief.BuildOption
	fetch   []source.Option
}

// WithFetchOptions passes options to source.Fetch (FromURL).
func WithFetchOptions(opts ...source.Option) Option {
	return func(c *config) { c.fetch = append(c.fetch, opts...) }
}

// WithURL gives the page's address (see extract.WithURL).
func WithURL(u string) Option {
	return func(c *config) { c.extract = append(c.extract, extract.WithURL(u)) }
}

// WithExtractOptions passes options to the extractor.
func WithExtractOptions(opts ...extract.Option) Option {
	return func(c *config) { c.extract = append(c.extract, opts...) }
}

// WithBuildOptions passes options to brief.Build.
func WithBuildOptions(opts ...brief.BuildOption) Option {
	return func(c *config) { c.build = append(c.build, opts...) }
}

func newConfig(opts []Option) config {
	var c config
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// FromHTML extracts the article from a news page's HTML and builds its
// brief. Errors are extract's (extract.ErrNoArticle, …) or brief's
// (brief.ErrNoText).
func FromHTML(r io.Reader, opts ...Option) (*brief.Brief, error) {
	c := newConfig(opts)
	a, err := extract.FromReader(r, c.extract...)
	if err != nil {
		return nil, err
	}
	return brief.Build([]brief.Document{Document(a)}, c.build...)
}

// FromURL fetches a page with source.Fetch (private addresses refused
// unless source.WithAllowPrivate is passed in WithFetchOptions), extracts
// its article and builds its brief.
func FromURL(ctx context.Context, rawURL string, opts ...Option) (*brief.Brief, error) {
	c := newConfig(opts)
	page, err := source.Fetch(ctx, rawURL, c.fetch...)
	if err != nil {
		return nil, err
	}
	return FromHTML(bytes.NewReader(page.Body), append(opts, WithURL(page.URL))...)
}

// Document makes the brief.Document of an extracted article, with the
// outlet's display name and domain from source.Outlet and the canonical
// form of its URL.
func Document(a *extract.Article) brief.Document {
	d := a.Document()
	if d.URL != "" {
		d.Outlet, d.Domain = source.Outlet(d.URL, a.Outlet)
		if u, err := source.Canonical(d.URL); err == nil {
			d.URL = u
		}
	}
	return d
}

// FromText builds the brief of an article given as plain text: a short
// first line is its title, blank lines separate its paragraphs.
func FromText(r io.Reader, opts ...Option) (*brief.Brief, error) {
	c := newConfig(opts)
	a, err := extract.FromText(r, c.extract...)
	if err != nil {
		return nil, err
	}
	return brief.Build([]brief.Document{Document(a)}, c.build...)
}
