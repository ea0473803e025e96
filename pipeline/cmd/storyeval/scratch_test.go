package main

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
	"github.com/newsbrief/newsbrief/internal/shared"
	"github.com/newsbrief/newsbrief/pipeline/internal/allsides"
	"github.com/newsbrief/newsbrief/pipeline/story"
)

func TestScratch(t *testing.T) {
	dir, _ := shared.Dir()
	f, _ := os.Open(filepath.Join(dir, "data", "multi", "allsides_neus.jsonl"))
	all, _ := allsides.Read(f)
	docs := make([]brief.Document, len(all))
	for i, a := range all {
		docs[i] = brief.Document{Title: a.Title, Text: a.Text, Language: "en", Published: a.Published}
	}
	df := map[uint64]int{}
	tcs := make([]compose.TermCounts, len(docs))
	terms := 0
	for i, d := range docs {
		tcs[i] = compose.StoryTerms(d)
		terms += len(tcs[i].IDs)
		for _, id := range tcs[i].IDs {
			df[id]++
		}
	}
	shared := 0
	dshared := 0
	for _, n := range df {
		if n >= 2 {
			dshared++
		}
	}
	fmt.Println("distinct shared", dshared)
	for _, tc := range tcs {
		for _, id := range tc.IDs {
			if df[id] >= 2 {
				shared++
			}
		}
	}
	fmt.Printf("terms %d (%.0f/doc), shared %d (%.0f/doc), distinct %d\n", terms, float64(terms)/float64(len(docs)), shared, float64(shared)/float64(len(docs)), len(df))
	parts := map[uint64]map[[2]uint64][]story.Node{}
	for i, d := range docs {
		sig := story.Sign(story.Features(d.Title, d.Text, "en"))
		n := story.Node{Key: fmt.Sprintf("%06d", i), Published: d.Published, Sketch: story.Sketch(sig)}
		for b, k := range story.Bands(sig) {
			p := k % 1024
			if parts[p] == nil {
				parts[p] = map[[2]uint64][]story.Node{}
			}
			parts[p][[2]uint64{uint64(b), k}] = append(parts[p][[2]uint64{uint64(b), k}], n)
		}
	}
	emitted := 0
	uniq := map[story.Candidate]bool{}
	for _, buckets := range parts {
		seen := map[story.Candidate]bool{}
		for bk, b := range buckets {
			for _, c := range story.Candidates(int(bk[0]), b, story.DefaultWindow) {
				seen[c] = true
				uniq[c] = true
			}
		}
		emitted += len(seen)
	}
	fmt.Printf("candidate emissions %d unique %d\n", emitted, len(uniq))
}
