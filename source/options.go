package source

import (
	"context"
	"net/netip"
	"time"
)

// Defaults for Fetch.
const (
	// DefaultMaxBytes is the largest response body Fetch reads unless
	// WithMaxBytes says otherwise.
	DefaultMaxBytes = 10 << 20
	// DefaultTimeout is how long a Fetch may take, redirects and body
	// included, unless WithTimeout says otherwise.
	DefaultTimeout = 15 * time.Second
	// DefaultUserAgent is the User-Agent Fetch sends unless WithUserAgent
	// says otherwise.
	DefaultUserAgent = "newsbrief/0.1 (+https://github.com/newsbrief/newsbrief)"
	// MaxRedirects is the most redirects Fetch follows.
	MaxRedirects = 5
)

// Option configures Fetch.
//
// Options hold no state: they are safe for concurrent use.
type Option func(*config)

type config struct {
	maxBytes     int64
	timeout      time.Duration
	userAgent    string
	allowPrivate bool
	// resolve looks up a host name and blocked judges an address; tests
	// replace them.
	resolve resolver
	blocked func(netip.Addr) bool
}

func newConfig(opts []Option) config {
	c := config{maxBytes: DefaultMaxBytes, timeout: DefaultTimeout, userAgent: DefaultUserAgent, resolve: lookupHost, blocked: blockedAddr}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// WithMaxBytes limits the response body Fetch reads, after any gzip or
// deflate content encoding is undone, and again once it is decoded to
// UTF-8 (DefaultMaxBytes when n <= 0); a larger body fails with
// ErrTooLarge.
func WithMaxBytes(n int64) Option {
	return func(c *config) {
		if n <= 0 {
			n = DefaultMaxBytes
		}
		c.maxBytes = n
	}
}

// WithTimeout limits how long Fetch takes in all: connecting, redirects,
// headers and body (DefaultTimeout when d <= 0). The context's own
// deadline, if sooner, applies too.
func WithTimeout(d time.Duration) Option {
	return func(c *config) {
		if d <= 0 {
			d = DefaultTimeout
		}
		c.timeout = d
	}
}

// WithUserAgent sets the User-Agent header (DefaultUserAgent when ua is
// empty).
func WithUserAgent(ua string) Option {
	return func(c *config) {
		if ua == "" {
			ua = DefaultUserAgent
		}
		c.userAgent = ua
	}
}

// WithAllowPrivate(true) turns off the guard against server-side request
// forgery, letting Fetch reach loopback, private and other local
// addresses: for tests and intranets. Never use it with URLs from
// untrusted input.
func WithAllowPrivate(allow bool) Option { return func(c *config) { c.allowPrivate = allow } }

// WithResolver makes Fetch look host names up with lookup instead of the
// system's resolver (net.DefaultResolver.LookupNetIP): a resolver of your
// own, or fixed answers in tests. The guard checks every address lookup
// returns, as it does the system's; nil keeps the system's resolver.
func WithResolver(lookup func(ctx context.Context, host string) ([]netip.Addr, error)) Option {
	return func(c *config) {
		if lookup != nil {
			c.resolve = lookup
		}
	}
}
