package compose

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

// Limits bound what Build considers (a plain value, safe to share), so that its time and memory grow
// about linearly with the text however long or oddly shaped it is. Text
// beyond a limit is not read: a brief of the first DefaultSentences
// sentences of a book-length text is still a brief of its opening.
type Limits struct {
	// Sentences is the most sentences Build reads, shared evenly among the
	// documents (each gets at least MinSentencesPerDocument when there are
	// more documents than that allows). Zero means DefaultSentences.
	Sentences int
	// Neighbours is the most edges a sentence keeps in the sentence graph
	// that ranks the sentences: its strongest ones. Zero means
	// DefaultNeighbours.
	Neighbours int
}

// The limits Build uses unless WithLimits says otherwise. News articles
// have from ten to a few hundred sentences, well within them.
const (
	DefaultSentences  = 1200
	DefaultNeighbours = 150
)

// MinSentencesPerDocument is the fewest sentences Build reads of each
// document, whatever Limits.Sentences says.
const MinSentencesPerDocument = 20

// Option configures Build (and Explain). Options are plain values, safe to
// share between goroutines.
type Option func(*config)

type config struct {
	maxPoints int
	order     Order
	limits    Limits
}

func newConfig(opts []Option) config {
	c := config{maxPoints: DefaultMaxPoints, limits: Limits{Sentences: DefaultSentences, Neighbours: DefaultNeighbours}}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
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

// WithLimits sets the limits of what Build considers; zero fields keep
// their defaults.
func WithLimits(l Limits) Option {
	return func(c *config) {
		if l.Sentences > 0 {
			c.limits.Sentences = l.Sentences
		}
		if l.Neighbours > 0 {
			c.limits.Neighbours = l.Neighbours
		}
	}
}
