// Command newsbrief-pipeline turns a news crawl into story briefs with
// Apache Beam:
//
//	newsbrief-pipeline -input 'crawl/*.warc.gz' -output out/
//	newsbrief-pipeline -input articles.jsonl -output out/
//
// It runs on Prism, in this process, unless -runner says otherwise
// (flink, spark, dataflow: see pipeline/README.md). At the end it prints
// the counts (records = briefed + skipped + failed) and fails when they
// do not add up.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs" // gs:// paths on Dataflow

	"github.com/newsbrief/newsbrief/pipeline"
)

var (
	input      = flag.String("input", "", "input file `pattern`: WARC files ('crawl/*.warc.gz') or JSONL in newsbrief batch's input format")
	output     = flag.String("output", "", "output `directory` (local, or gs://… on Dataflow)")
	format     = flag.String("format", "auto", "input format: warc, jsonl or auto (by file name)")
	shards     = flag.Int("shards", 4, "files per output")
	perArticle = flag.Bool("per-article", false, "also write a brief of each article on its own")
	maxSources = flag.Int("max-sources", 10, "most articles a story's brief is built from")
	maxPoints  = flag.Int("max-points", 0, "most points a section gets (0: the library's default)")
	window     = flag.Duration("window", pipeline.Config{}.Window, "most time between two dated articles of one story (0: a week)")
	workers    = flag.Int("extract-workers", 0, "articles a worker extracts at once (0: GOMAXPROCS)")
)

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" || *output == "" {
		fmt.Fprintln(os.Stderr, "usage: newsbrief-pipeline -input PATTERN -output DIR [-runner prism|flink|spark|dataflow ...]")
		os.Exit(2)
	}
	ctx := context.Background()
	if err := os.MkdirAll(*output, 0o755); err != nil && !isURL(*output) {
		fail(err)
	}
	p, s := beam.NewPipelineWithRoot()
	err := pipeline.Construct(s, pipeline.Config{Input: *input, Output: *output, Format: *format, Shards: *shards,
		PerArticle: *perArticle, MaxSources: *maxSources, MaxPoints: *maxPoints, Window: *window, Workers: *workers})
	if err != nil {
		fail(err)
	}
	if err := beamx.Run(ctx, p); err != nil {
		fail(err)
	}
	if f := flag.Lookup("dry_run"); f != nil && f.Value.String() == "true" {
		fmt.Fprintln(os.Stderr, "newsbrief-pipeline: dry run: the job was built, not run")
		return
	}
	c, err := pipeline.ReadCounts(ctx, *output)
	if err != nil {
		fail(err)
	}
	fmt.Fprintln(os.Stderr, "newsbrief-pipeline:", c)
	if err := c.AddUp(); err != nil {
		fail(err)
	}
}

func isURL(p string) bool {
	for i := 0; i < len(p); i++ {
		if p[i] == ':' {
			return i > 1 && len(p) > i+2 && p[i+1] == '/' && p[i+2] == '/'
		}
		if p[i] == '/' {
			return false
		}
	}
	return false
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "newsbrief-pipeline:", err)
	os.Exit(1)
}
