package brief

// DefaultMaxBytes is the largest input Parse reads unless WithMaxBytes says
// otherwise.
const DefaultMaxBytes = 8 << 20

// Option configures Parse.
//
// It applies to Parse and ParseString. Options hold no state: they are safe for concurrent use.
type Option func(*config)

type config struct {
	format   Format
	maxBytes int64
}

func newConfig(opts []Option) config {
	c := config{format: Auto, maxBytes: DefaultMaxBytes}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// WithFormat makes Parse read the input as format f instead of detecting it.
func WithFormat(f Format) Option { return func(c *config) { c.format = f } }

// WithMaxBytes limits the input Parse accepts to n bytes (DefaultMaxBytes
// when n <= 0). Larger input fails with ErrTooLarge.
func WithMaxBytes(n int64) Option {
	return func(c *config) {
		if n <= 0 {
			n = DefaultMaxBytes
		}
		c.maxBytes = n
	}
}
