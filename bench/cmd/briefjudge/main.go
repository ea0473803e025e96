// Command briefjudge prepares the blind, point-by-point judging of briefs
// by editors (people or helpers) and scores their verdicts, on a sample of
// articles and multi-outlet stories from ../shared picked once, at random,
// before any work on brief quality starts:
//
//	cd bench && go run ./cmd/briefjudge pick                 # writes ../testdata/quality/sample.txt (once)
//	cd bench && go run ./cmd/briefjudge render -out DIR      # one packet per item: the sources and the brief, points numbered
//	cd bench && go run ./cmd/briefjudge pick -seed N -out testdata/quality/dev.txt  # a development sample, never the judged one
//	cd bench && go run ./cmd/briefjudge render -sample testdata/quality/dev.txt -out DIR
//	cd bench && go run ./cmd/briefjudge score DIR VERDICTS…  # the table of ../testdata/quality/RUBRIC.md
//	cd bench && go run ./cmd/briefjudge refs -split P24 DIR   # key insights referring to what the brief has not introduced
//
// Packets hold article text and so are written outside the repository;
// only the sample's ids, the rubric and the verdicts (keyed by item and a
// hash of each point's text) are kept in testdata/quality.
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: briefjudge pick | render -out DIR | score DIR VERDICTS.jsonl... | refs DIR")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "pick":
		err = runPick(os.Args[2:])
	case "render":
		err = runRender(os.Args[2:])
	case "score":
		err = runScore(os.Args[2:])
	case "refs":
		err = runRefs(os.Args[2:])
	case "why-packets":
		err = runWhyPackets(os.Args[2:])
	case "why-score":
		err = runWhyScore(os.Args[2:])
	case "why-broad":
		err = runWhyBroad(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "briefjudge:", err)
		os.Exit(1)
	}
}
