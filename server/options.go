package server

import (
	"io"
	"io/fs"
	"log/slog"
	"os"
	"runtime"
	"time"

	"github.com/newsbrief/newsbrief/source"
)

// Defaults used when an option is not given.
const (
	// DefaultMaxBody is the largest request body, and the largest page
	// fetched for a URL, unless WithMaxBody says otherwise: 4 MiB, twice
	// the largest page of the article extraction benchmark.
	DefaultMaxBody = 4 << 20
	// DefaultFetchTimeout bounds each fetch of an article's URL unless
	// WithFetchTimeout says otherwise.
	DefaultFetchTimeout = source.DefaultTimeout
	// DefaultQueue is how many requests may wait for a worker unless
	// WithQueue says otherwise.
	DefaultQueue = 64
	// DefaultQueueWait is how long a request waits for a worker before it
	// gets 503 unless WithQueue says otherwise.
	DefaultQueueWait = 10 * time.Second
	// DefaultMaxArticles is the most articles one brief is built from
	// unless WithMaxArticles says otherwise.
	DefaultMaxArticles = 10
	// MaxPoints is the largest options.maxPoints a request may ask for.
	MaxPoints = 10
	// DefaultComputeTimeout bounds the work of one request on a worker
	// (extracting, building, parsing, rendering) unless WithComputeTimeout
	// says otherwise.
	DefaultComputeTimeout = 10 * time.Second
	// DefaultMemoryBudget is the memory the requests in flight may hold,
	// estimated, unless WithMemoryBudget says otherwise.
	DefaultMemoryBudget = 512 << 20
	// DefaultMinBodyRate is the slowest a request body may arrive, on
	// average once its first two seconds have passed, unless
	// WithMinBodyRate says otherwise: 16 KiB a second.
	DefaultMinBodyRate = 16 << 10
)

// Timeouts bound the phases of a request. A zero field takes its default.
type Timeouts struct {
	// ReadHeader bounds reading a request's header (default 5 s).
	ReadHeader time.Duration
	// Read bounds reading a whole request, body included (default 30 s).
	// The handler applies it to the body itself, so it holds when the
	// handler is mounted in a server without timeouts.
	Read time.Duration
	// Write bounds the time from the end of the header to the end of
	// the response (default Read + queue wait + fetch timeout + compute
	// timeout + 5 s).
	Write time.Duration
	// Idle bounds how long a keep-alive connection waits for its next
	// request (default 120 s).
	Idle time.Duration
}

// withDefaults fills the zero fields of t.
func (t Timeouts) withDefaults(queueWait, fetch, compute time.Duration) Timeouts {
	if t.ReadHeader <= 0 {
		t.ReadHeader = 5 * time.Second
	}
	if t.Read <= 0 {
		t.Read = 30 * time.Second
	}
	if t.Write <= 0 {
		t.Write = t.Read + queueWait + fetch + compute + 5*time.Second
	}
	if t.Idle <= 0 {
		t.Idle = 120 * time.Second
	}
	return t
}

// Option configures New.
type Option func(*config)

type config struct {
	maxBody      int64
	fetchTimeout time.Duration
	allowPrivate bool
	workers      int
	queue        int
	queueWait    time.Duration
	maxArticles  int
	timeouts     Timeouts
	logger       *slog.Logger
	widget       fs.FS
	fetch        []source.Option
	compute      time.Duration
	memory       int64
	minBodyRate  int64
	clientKey    ClientKey
	// clientRequests and clientWorkers are the per-client limits; 0
	// takes the default, which depends on workers and queue.
	clientRequests int
	clientWorkers  int
}

func newConfig(opts []Option) config {
	c := config{
		maxBody:      DefaultMaxBody,
		fetchTimeout: DefaultFetchTimeout,
		workers:      runtime.GOMAXPROCS(0),
		queue:        DefaultQueue,
		queueWait:    DefaultQueueWait,
		maxArticles:  DefaultMaxArticles,
		logger:       slog.New(slog.NewTextHandler(io.Discard, nil)),
		compute:      DefaultComputeTimeout,
		memory:       DefaultMemoryBudget,
		minBodyRate:  DefaultMinBodyRate,
		clientKey:    remoteClient,
	}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	c.timeouts = c.timeouts.withDefaults(c.queueWait, c.fetchTimeout, c.compute)
	if c.clientRequests <= 0 {
		c.clientRequests = max(8, (c.workers+c.queue)/4)
	}
	if c.clientWorkers <= 0 {
		c.clientWorkers = max(1, c.workers/2)
	}
	return c
}

// WithMaxBody limits request bodies, and pages fetched for URLs, to n
// bytes (DefaultMaxBody when n <= 0). A larger body gets 413.
func WithMaxBody(n int64) Option {
	return func(c *config) {
		if n <= 0 {
			n = DefaultMaxBody
		}
		c.maxBody = n
	}
}

// WithFetchTimeout bounds each fetch of an article's URL, redirects and
// body included (DefaultFetchTimeout when d <= 0). A slower fetch gets
// 504.
func WithFetchTimeout(d time.Duration) Option {
	return func(c *config) {
		if d <= 0 {
			d = DefaultFetchTimeout
		}
		c.fetchTimeout = d
	}
}

// WithAllowPrivate(true) lets articles' URLs reach loopback, private and
// other local addresses (see source.WithAllowPrivate). Off by default:
// turn it on only when every client is trusted.
func WithAllowPrivate(allow bool) Option { return func(c *config) { c.allowPrivate = allow } }

// WithWorkers sets how many requests extract, build, parse or render at
// once (runtime.GOMAXPROCS(0) when n <= 0).
func WithWorkers(n int) Option {
	return func(c *config) {
		if n <= 0 {
			n = runtime.GOMAXPROCS(0)
		}
		c.workers = n
	}
}

// WithQueue sets how many more requests than workers are admitted (n,
// DefaultQueue when n < 0; a request counts once more for each page it
// fetches) and how long an admitted request waits for a worker (wait,
// DefaultQueueWait when wait <= 0). Requests beyond the queue, or that
// wait longer, get 503 with Retry-After.
func WithQueue(n int, wait time.Duration) Option {
	return func(c *config) {
		if n < 0 {
			n = DefaultQueue
		}
		if wait <= 0 {
			wait = DefaultQueueWait
		}
		c.queue, c.queueWait = n, wait
	}
}

// WithMaxArticles sets the most articles one brief request may hold
// (DefaultMaxArticles when n <= 0).
func WithMaxArticles(n int) Option {
	return func(c *config) {
		if n <= 0 {
			n = DefaultMaxArticles
		}
		c.maxArticles = n
	}
}

// WithTimeouts sets the request timeouts; zero fields keep their
// defaults.
func WithTimeouts(t Timeouts) Option { return func(c *config) { c.timeouts = t } }

// WithLogger logs one line per request to l: method, path, status,
// bytes, duration and, for errors, the problem. No logging by default.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) {
		if l != nil {
			c.logger = l
		}
	}
}

// WithWidget serves the files of the <news-brief> widget (what go run
// ./wasm/build writes to wasm/dist) from fsys under /widget/. Without
// it, /widget/ answers 404 and the demo page renders briefs on the
// server instead.
func WithWidget(fsys fs.FS) Option { return func(c *config) { c.widget = fsys } }

// WithWidgetDir is WithWidget(os.DirFS(dir)); an empty dir serves no
// widget.
func WithWidgetDir(dir string) Option {
	return func(c *config) {
		c.widget = nil
		if dir != "" {
			c.widget = os.DirFS(dir)
		}
	}
}

// WithFetchOptions passes more options to source.Fetch, such as
// source.WithUserAgent. The server's own limits (WithMaxBody,
// WithFetchTimeout, WithAllowPrivate) come first, so these override
// them.
func WithFetchOptions(opts ...source.Option) Option {
	return func(c *config) { c.fetch = append(c.fetch, opts...) }
}

// WithComputeTimeout bounds the work of one request once it has a
// worker: extracting its articles and building the brief, or parsing and
// rendering (DefaultComputeTimeout when d <= 0). A request that takes
// longer is stopped and answered ErrWorkLimit (422).
func WithComputeTimeout(d time.Duration) Option {
	return func(c *config) {
		if d <= 0 {
			d = DefaultComputeTimeout
		}
		c.compute = d
	}
}

// WithMemoryBudget sets the memory the requests in flight may hold, in
// bytes (DefaultMemoryBudget when n <= 0): their bodies as they arrive,
// their fetched pages, and an estimate of the working memory of each
// request on a worker (20 times its input). A request that does not fit
// gets 503 with Retry-After; one that could never fit, 413.
func WithMemoryBudget(n int64) Option {
	return func(c *config) {
		if n <= 0 {
			n = DefaultMemoryBudget
		}
		c.memory = n
	}
}

// WithMinBodyRate sets the slowest a request body may arrive, in bytes a
// second on average once its first two seconds have passed
// (DefaultMinBodyRate when n is 0, no minimum when n < 0). A slower body
// gets 408 and its connection is closed, so that clients dripping their
// bodies cannot hold the server's memory or its place for the Read
// timeout.
func WithMinBodyRate(n int64) Option {
	return func(c *config) {
		if n == 0 {
			n = DefaultMinBodyRate
		}
		c.minBodyRate = max(n, 0)
	}
}

// WithClientLimits bounds what one client (see ClientKey) may hold:
// requests in flight, their bodies being read included (default a quarter
// of workers + queue, at least 8), and workers at once (default half the
// workers, at least 1). A request beyond them gets 503 with Retry-After
// or waits, as the queue does. n <= 0 keeps a default.
func WithClientLimits(requests, workers int) Option {
	return func(c *config) { c.clientRequests, c.clientWorkers = requests, workers }
}

// WithClientKey sets how requests are told apart by client for
// WithClientLimits (nil keeps the default: the peer's address, IPv6 by
// its /64).
func WithClientKey(key ClientKey) Option {
	return func(c *config) {
		if key != nil {
			c.clientKey = key
		}
	}
}
