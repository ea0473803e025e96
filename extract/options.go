package extract

import (
	"io"
	"log/slog"
)

// DefaultMaxBytes is the largest page FromReader reads unless WithMaxBytes
// says otherwise.
const DefaultMaxBytes = 16 << 20

// Option configures extraction.
//
// It applies to FromReader, FromNode and FromText. Options hold no state: they are safe for concurrent use.
type Option func(*config)

type config struct {
	url      string
	maxBytes int64
	charset  string
	logger   *slog.Logger
}

func newConfig(opts []Option) config {
	c := config{maxBytes: DefaultMaxBytes, logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// WithURL gives the page's address, used to resolve relative links and as
// Article.URL.
func WithURL(u string) Option { return func(c *config) { c.url = u } }

// WithMaxBytes limits the page size FromReader and FromText accept, as
// read and again once decoded to UTF-8 (DefaultMaxBytes when n <= 0);
// larger input fails with ErrTooLarge.
func WithMaxBytes(n int64) Option {
	return func(c *config) {
		if n <= 0 {
			n = DefaultMaxBytes
		}
		c.maxBytes = n
	}
}

// WithCharset gives the page's character set, from an HTTP Content-Type
// header for example ("text/html; charset=euc-kr" or just "euc-kr"). It
// takes precedence over what the page declares, though a page that is
// valid UTF-8 is always read as UTF-8.
func WithCharset(label string) Option { return func(c *config) { c.charset = label } }

// WithLogger sets a logger for debugging output; none by default.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) {
		if l != nil {
			c.logger = l
		}
	}
}
