package newsbrief

import (
	"io"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/extract"
)

// Option configures FromHTML and FromText.
type Option func(*config)

type config struct {
	extract []extract.Option
	build   []brief.BuildOption
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
	return brief.Build([]brief.Document{a.Document()}, c.build...)
}

// FromText builds the brief of an article given as plain text: a short
// first line is its title, blank lines separate its paragraphs.
func FromText(r io.Reader, opts ...Option) (*brief.Brief, error) {
	c := newConfig(opts)
	a, err := extract.FromText(r, c.extract...)
	if err != nil {
		return nil, err
	}
	return brief.Build([]brief.Document{a.Document()}, c.build...)
}
