package newsbrief

import (
	"bytes"
	"context"
	"io"
	"time"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
	"github.com/newsbrief/newsbrief/extract"
	"github.com/newsbrief/newsbrief/internal/dates"
	"github.com/newsbrief/newsbrief/internal/pagebrief"
	"github.com/newsbrief/newsbrief/source"
)

// Option configures FromHTML, FromText and FromURL: how the page is fetched
// (FromURL only), how its article is extracted and how the brief is built.
//
// Options hold no state: they are safe for concurrent use.
type Option func(*config)

type config struct {
	extract []extract.Option
	build   []compose.Option
	fetch   []source.Option
}

// WithFetchOptions passes options to source.Fetch. It applies to FromURL;
// FromHTML and FromText fetch nothing and ignore it.
func WithFetchOptions(opts ...source.Option) Option {
	return func(c *config) { c.fetch = append(c.fetch, opts...) }
}

// WithURL gives the page's address (see extract.WithURL). It applies to
// FromHTML and FromText; FromURL sets it to the fetched page's final URL.
func WithURL(u string) Option {
	return func(c *config) { c.extract = append(c.extract, extract.WithURL(u)) }
}

// WithExtractOptions passes options to the extractor (extract.FromReader
// for FromHTML and FromURL, extract.FromText for FromText).
func WithExtractOptions(opts ...extract.Option) Option {
	return func(c *config) { c.extract = append(c.extract, opts...) }
}

// WithBuildOptions passes options to compose.Build. It applies to FromHTML,
// FromText and FromURL.
func WithBuildOptions(opts ...compose.Option) Option {
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
// brief. Errors are extract's (extract.ErrNoArticle, …), compose's
// (compose.ErrNoText) or the context's.
func FromHTML(ctx context.Context, r io.Reader, opts ...Option) (*brief.Brief, error) {
	c := newConfig(opts)
	return pagebrief.FromHTML(ctx, r, c.extract, c.build)
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
	return FromHTML(ctx, bytes.NewReader(page.Body), append(opts, WithURL(page.URL))...)
}

// FromText builds the brief of an article given as plain text: a short
// first line is its title, blank lines separate its paragraphs.
func FromText(ctx context.Context, r io.Reader, opts ...Option) (*brief.Brief, error) {
	c := newConfig(opts)
	a, err := extract.FromText(r, c.extract...)
	if err != nil {
		return nil, err
	}
	return compose.Build(ctx, []brief.Document{Document(a, Meta{})}, c.build...)
}

// Meta is what a caller (a request, a batch line) knows of an article
// better than its page says. Zero fields are left as the page gives them.
//
// Safe for concurrent reads; not for a change concurrent with any other use.
type Meta struct {
	Title     string
	Outlet    string
	Published time.Time
}

// Document makes the brief.Document of an extracted article: the outlet's
// display name and domain from source.Outlet, the canonical form of its
// URL, whether it is a press release (source.IsPressRelease), then what m
// says. It is the one place where an extract.Article becomes a Document;
// the CLI, the server, FromHTML and the browser build all use it (the
// browser build through internal/pagebrief, which holds it apart from
// package source's network code).
func Document(a *extract.Article, m Meta) brief.Document {
	return pagebrief.Document(a, m.Title, m.Outlet, dates.Of(m.Published))
}

// Date returns t as a brief.Date, the type brief.Document and brief.Source
// hold publication times in, keeping t's zone offset; the zero Date when t
// is zero. Package brief has its own date type so that the browser build
// does not link package time.
func Date(t time.Time) brief.Date { return dates.Of(t) }

// Time returns d as a time.Time in a zone of d's offset; the zero Time
// when d is zero.
func Time(d brief.Date) time.Time { return dates.Time(d) }
