// Command pipelinebench takes the pipeline's measurements on this
// machine, from the shared data (../shared), running the built commands
// as child processes so that each one's wall time and peak RSS are its
// own:
//
//	go build -o /tmp/nbp ./cmd/newsbrief-pipeline
//	(cd .. && go build -o /tmp/newsbrief ./cmd/newsbrief)
//	go run ./cmd/pipelinebench -pipeline /tmp/nbp -newsbrief /tmp/newsbrief throughput -copies 10
//	go run ./cmd/pipelinebench -pipeline /tmp/nbp rss -copies 2,8,32
//	go run ./cmd/pipelinebench -pipeline /tmp/nbp grouping
//	go run ./cmd/pipelinebench -pipeline /tmp/nbp counts
//
// throughput packs the AEB pages ×copies into one WARC file and the same
// pages into `newsbrief batch` JSONL, and runs the pipeline (Prism) and
// `newsbrief batch -workers 2` on them in turn. rss runs the pipeline at
// each number of copies. grouping packs all AllSides articles, shuffled,
// into one WARC, runs the pipeline and scores its stories against the
// AllSides stories, next to the in-memory clustering of the same pages.
// counts runs the pipeline over the AEB pages with non-HTML, garbage and
// truncated records mixed in, and checks that the counts add up.
package main

import (
	"flag"
	"fmt"
	"os"
)

var (
	pipelineBin  = flag.String("pipeline", "", "the built newsbrief-pipeline `binary`")
	newsbriefBin = flag.String("newsbrief", "", "the built newsbrief `binary` (throughput)")
	workDir      = flag.String("work", "", "`directory` for the packed inputs and outputs (default: a new temporary one, removed at the end)")
)

func main() {
	flag.Parse()
	if *pipelineBin == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: pipelinebench -pipeline BIN [-newsbrief BIN] throughput|rss|grouping|counts [flags]")
		os.Exit(2)
	}
	dir := *workDir
	if dir == "" {
		d, err := os.MkdirTemp("", "pipelinebench")
		if err != nil {
			fail(err)
		}
		defer os.RemoveAll(d)
		dir = d
	}
	var err error
	switch flag.Arg(0) {
	case "throughput":
		err = throughput(dir, flag.Args()[1:])
	case "rss":
		err = rss(dir, flag.Args()[1:])
	case "grouping":
		err = grouping(dir)
	case "counts":
		err = counts(dir)
	default:
		err = fmt.Errorf("unknown measurement %q", flag.Arg(0))
	}
	if err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "pipelinebench:", err)
	os.Exit(1)
}
