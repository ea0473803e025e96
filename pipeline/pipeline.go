package pipeline

import (
	"errors"
	"runtime"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths

	"github.com/newsbrief/newsbrief/pipeline/story"
)

// Config says what the pipeline reads and writes. Only Input and Output
// are required.
type Config struct {
	// Input is a file pattern such as "crawl/*.warc.gz" or "in.jsonl".
	Input string
	// Output is the directory the outputs are written into.
	Output string
	// Format is "warc", "jsonl" or "auto" (the default: JSONL for names
	// ending .jsonl, .json or .ndjson, optionally .gz; WARC otherwise).
	Format string
	// Shards is how many files each output is split into (default 4).
	Shards int
	// PerArticle adds a brief of each article on its own.
	PerArticle bool
	// MaxSources is the most articles a story's brief is built from
	// (default 10); the story lists all of its articles all the same.
	MaxSources int
	// MaxPoints is the most points a section gets (0: the library's
	// default).
	MaxPoints int
	// Window is the most time between two dated articles of one story
	// (default story.DefaultWindow, a week).
	Window time.Duration
	// Workers is how many articles a worker extracts at once (default
	// GOMAXPROCS).
	Workers int
}

// ErrConfig is returned by Construct for a Config without Input or
// Output.
var ErrConfig = errors.New("pipeline: Input and Output are required")

// Construct adds the pipeline to scope s: read → extract → group into
// stories → brief → write. Run it with beam.Run (or beamx.Run).
func Construct(s beam.Scope, c Config) error {
	if c.Input == "" || c.Output == "" {
		return ErrConfig
	}
	c = c.withDefaults()
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, c.Input, fileio.MatchEmptyDisallow()), fileio.ReadUncompressed())
	arts, outcomes, counts := beam.ParDo3(s, &readFn{Format: c.Format, Workers: c.Workers}, files)
	stories := groupStories(s, arts, c.Window)
	briefs, perArticle, failed, built := beam.ParDo4(s,
		&buildFn{Shards: c.Shards, MaxSources: c.MaxSources, MaxPoints: c.MaxPoints, PerArticle: c.PerArticle},
		beam.GroupByKey(s, stories))
	writeShards(s, briefs, c.Output, "briefs", c.Shards)
	if c.PerArticle {
		writeShards(s, perArticle, c.Output, "articles", c.Shards)
	}
	dead := beam.ParDo(s, &outcomeLine{Shards: c.Shards}, beam.Flatten(s, outcomes, failed))
	writeShards(s, dead, c.Output, "deadletter", c.Shards)
	writeCounts(s, beam.Flatten(s, counts, built), c.Output)
	return nil
}

func (c Config) withDefaults() Config {
	if c.Format == "" {
		c.Format = "auto"
	}
	if c.Shards <= 0 {
		c.Shards = 4
	}
	if c.MaxSources <= 0 {
		c.MaxSources = 10
	}
	if c.Window <= 0 {
		c.Window = story.DefaultWindow
	}
	if c.Workers <= 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
	return c
}
