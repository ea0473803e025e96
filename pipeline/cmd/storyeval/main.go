// Command storyeval measures the pipeline's story grouping against the
// in-memory clustering (compose.Cluster) on the AllSides stories, in
// memory and without Beam, on the tuning and frozen halves and on all
// stories:
//
//	cd pipeline && go run ./cmd/storyeval
//
// It reads ../shared/data/multi/allsides_neus.jsonl. Stories with an even
// index are the tuning half, odd ones the frozen half (internal/allsides).
//
// It runs the stages of the pipeline's grouping in one process: MinHash
// signatures and LSH buckets (package story) give candidate pairs, each
// verified by the in-memory clustering's similarity with tf-idf weights
// over all the articles; the connected components of the verified pairs
// (story.Components) are then clustered each on its own with
// compose.ClusterVectors. It prints how many of the pairs the in-memory
// clustering links were candidates (recall), how many candidates there
// were, the largest component, purity and inverse purity of both
// groupings, and how many terms are in two articles or more (the size of
// the pipeline's document-frequency side input).
//
//	-floors a,b,…   also try these values of story.CandidateSimilarity
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
	"github.com/newsbrief/newsbrief/internal/allsides"
	"github.com/newsbrief/newsbrief/internal/shared"
	"github.com/newsbrief/newsbrief/pipeline/internal/nb"
	"github.com/newsbrief/newsbrief/pipeline/story"
)

func main() {
	floors := flag.String("floors", "", "comma-separated values of story.CandidateSimilarity to try")
	flag.Parse()
	try := []float64{story.CandidateSimilarity}
	for _, f := range strings.Split(*floors, ",") {
		if v, err := strconv.ParseFloat(strings.TrimSpace(f), 64); err == nil {
			try = append(try, v)
		}
	}
	if err := run(try); err != nil {
		fmt.Fprintln(os.Stderr, "storyeval:", err)
		os.Exit(1)
	}
}

func run(floors []float64) error {
	dir, err := shared.Dir()
	if err != nil {
		return err
	}
	f, err := os.Open(filepath.Join(dir, "data", "multi", "allsides_neus.jsonl"))
	if err != nil {
		return err
	}
	all, err := allsides.Read(f)
	f.Close()
	if err != nil {
		return err
	}
	for _, part := range []struct {
		name string
		keep func(int) bool
	}{
		{"tuning", allsides.Tuning},
		{"frozen", func(s int) bool { return !allsides.Tuning(s) }},
		{"all", func(int) bool { return true }},
	} {
		var as []allsides.Article
		for _, a := range all {
			if part.keep(a.Story) {
				as = append(as, a)
			}
		}
		as = allsides.Shuffle(as)
		gold := make([]int, len(as))
		docs := make([]brief.Document, len(as))
		for i, a := range as {
			gold[i] = a.Story
			docs[i] = brief.Document{Title: a.Title, Text: a.Text, Outlet: a.Outlet, Domain: a.Domain, URL: a.URL, Language: "en", Published: nb.Date(a.Published)}
		}
		start := time.Now()
		p, ip := allsides.Score(nb.Cluster(docs), gold)
		fmt.Printf("%-6s %4d articles: Cluster purity %.3f inverse %.3f (%v)\n", part.name, len(as), p, ip, time.Since(start).Round(time.Millisecond))
		for _, floor := range floors {
			story.CandidateSimilarity = floor
			start = time.Now()
			groups, stats := group(docs)
			p, ip := allsides.Score(groups, gold)
			fmt.Printf("       floor %.3f: %d candidates, recall %d/%d, largest component %d: purity %.3f inverse %.3f (%v; %d shared terms)\n",
				floor, stats.candidates, stats.found, stats.linked, stats.largest, p, ip, time.Since(start).Round(time.Millisecond), stats.shared)
		}
		story.CandidateSimilarity = floors[0]
	}
	return nil
}

type stats struct {
	candidates, found, linked, largest int
	shared                             int // terms of two articles or more
}

// group groups documents as the pipeline does, in memory.
func group(docs []brief.Document) ([][]int, stats) {
	var st stats
	key := func(i int) string { return fmt.Sprintf("%06d", i) }
	// Corpus statistics and vectors.
	tcs := make([]compose.TermCounts, len(docs))
	df := map[uint64]int{}
	for i, d := range docs {
		tcs[i] = compose.StoryTerms(d)
		for _, id := range tcs[i].IDs {
			df[id]++
		}
	}
	for _, n := range df {
		if n >= 2 {
			st.shared++
		}
	}
	vecs := make([]compose.StoryVector, len(docs))
	for i := range docs {
		vecs[i] = tcs[i].Vector(len(docs), func(id uint64) int { return df[id] })
	}
	// Blocking: LSH buckets give candidates.
	buckets := map[[2]uint64][]story.Node{}
	for i, d := range docs {
		sig := story.Sign(story.Features(d.Title, d.Text, d.Language))
		n := story.Node{Key: key(i), Published: nb.Time(d.Published), Sketch: story.Sketch(sig)}
		for b, k := range story.Bands(sig) {
			buckets[[2]uint64{uint64(b), k}] = append(buckets[[2]uint64{uint64(b), k}], n)
		}
	}
	cands := map[story.Candidate]bool{}
	for b, bucket := range buckets {
		for _, c := range story.Candidates(int(b[0]), bucket, story.DefaultWindow) {
			cands[c] = true
		}
	}
	st.candidates = len(cands)
	// Verification with the in-memory clustering's similarity.
	var pairs []story.Pair
	for c := range cands {
		a, _ := strconv.Atoi(c.A)
		b, _ := strconv.Atoi(c.B)
		if sim := vecs[a].Similarity(vecs[b]); sim >= compose.ClusterSimilarity {
			pairs = append(pairs, story.Pair{A: c.A, B: c.B, Sim: sim})
		}
	}
	// Recall: of the pairs Cluster links (within the window), how many
	// were candidates.
	for a := range docs {
		for b := a + 1; b < len(docs); b++ {
			if vecs[a].Similarity(vecs[b]) >= compose.ClusterSimilarity && within(nb.Time(docs[a].Published), nb.Time(docs[b].Published)) {
				st.linked++
				if cands[story.Candidate{A: key(a), B: key(b)}] {
					st.found++
				}
			}
		}
	}
	keys := make([]string, len(docs))
	for i := range docs {
		keys[i] = key(i)
	}
	var out [][]int
	for _, comp := range story.Components(keys, pairs, story.MaxComponent) {
		st.largest = max(st.largest, len(comp))
		idx := make([]int, len(comp))
		vs := make([]compose.StoryVector, len(comp))
		published := make([]brief.Date, len(comp))
		for k, c := range comp {
			idx[k], _ = strconv.Atoi(c)
			vs[k], published[k] = vecs[idx[k]], docs[idx[k]].Published
		}
		for _, g := range compose.ClusterVectors(vs, published, story.DefaultWindow) {
			m := make([]int, len(g))
			for k, j := range g {
				m[k] = idx[j]
			}
			out = append(out, m)
		}
	}
	return out, st
}

func within(a, b time.Time) bool {
	if a.IsZero() || b.IsZero() {
		return true
	}
	d := a.Sub(b)
	return d <= story.DefaultWindow && -d <= story.DefaultWindow
}
