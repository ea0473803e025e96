// Command storyeval measures the pipeline's story grouping (package story:
// MinHash, LSH, merge) against the in-memory clustering on the AllSides
// stories, in memory and without Beam, on the tuning and frozen halves and
// on all stories:
//
//	cd pipeline && go run ./cmd/storyeval
//
// It reads ../shared/data/multi/allsides_neus.jsonl. Stories with an even
// index are the tuning half, odd ones the frozen half (internal/allsides).
//
// The flags try the variants that were tried while choosing the pipeline's
// grouping, on the tuning half; none kept both purity and inverse purity
// at the in-memory Cluster's on both halves (pipeline/README.md has the
// figures):
//
//	-min, -pair   the merge and pair thresholds (story.MinSimilarity, story.PairSimilarity)
//	-common S     leave out features in more than a share S of the articles
//	-weight K     repeat a feature K·idf times (weighted Jaccard)
//	-components   run Cluster on each connected component of the pairs (one giant component: no scaling)
//	-refine       split each merged story with Cluster (its idf within a story of 2 or 3 splits them all)
//	-cosine T     re-score candidate pairs by the idf-weighted cosine of their features, merge at T
package main

import (
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/shared"
	"github.com/newsbrief/newsbrief/pipeline/internal/allsides"
	"github.com/newsbrief/newsbrief/pipeline/internal/nb"
	"github.com/newsbrief/newsbrief/pipeline/story"
)

func main() {
	minSim := flag.Float64("min", story.MinSimilarity, "story.MinSimilarity to try")
	pairSim := flag.Float64("pair", story.PairSimilarity, "story.PairSimilarity to try")
	weight := flag.Float64("weight", 0, "copies of a feature per unit of its idf (0: unweighted)")
	common := flag.Float64("common", 0, "leave out features in more than this share of the articles (0: keep all)")
	cos := flag.Float64("cosine", 0, "re-score candidate pairs by idf-weighted cosine of their features and merge at this threshold (0: off)")
	ref := flag.Bool("refine", false, "split each merged story with the in-memory Cluster")
	comp := flag.Bool("components", false, "cluster each component of the pairs with the in-memory Cluster instead of Merge")
	flag.Parse()
	story.MinSimilarity = *minSim
	story.PairSimilarity = *pairSim
	components = *comp
	refine = *ref
	cosineMin = *cos
	commonShare = *common
	weighted = *weight
	dir, err := shared.Dir()
	if err != nil {
		fmt.Fprintln(os.Stderr, "storyeval:", err)
		os.Exit(1)
	}
	f, err := os.Open(filepath.Join(dir, "data", "multi", "allsides_neus.jsonl"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "storyeval:", err)
		os.Exit(1)
	}
	all, err := allsides.Read(f)
	f.Close()
	if err != nil {
		fmt.Fprintln(os.Stderr, "storyeval:", err)
		os.Exit(1)
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
		tc := time.Since(start)
		start = time.Now()
		groups := lsh(docs)
		tl := time.Since(start)
		p2, ip2 := allsides.Score(groups, gold)
		fmt.Printf("%-6s %4d articles: Cluster purity %.3f inverse %.3f (%v) | story LSH purity %.3f inverse %.3f (%v, %d groups)\n",
			part.name, len(as), p, ip, tc.Round(time.Millisecond), p2, ip2, tl.Round(time.Millisecond), len(groups))
	}
}

var (
	components  bool
	refine      bool
	cosineMin   float64
	commonShare float64
	weighted    float64
)

// byComponent runs the in-memory Cluster on each connected component of
// the pairs.
func byComponent(docs []brief.Document, pairs []story.Pair) [][]int {
	parent := make([]int, len(docs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, p := range pairs {
		var a, b int
		fmt.Sscanf(p.A, "%d", &a)
		fmt.Sscanf(p.B, "%d", &b)
		ra, rb := find(a), find(b)
		if ra != rb {
			parent[max(ra, rb)] = min(ra, rb)
		}
	}
	comps := map[int][]int{}
	for i := range docs {
		comps[find(i)] = append(comps[find(i)], i)
	}
	largest := 0
	for _, c := range comps {
		largest = max(largest, len(c))
	}
	fmt.Printf("  %d components, largest %d\n", len(comps), largest)
	var out [][]int
	for _, c := range comps {
		sub := make([]brief.Document, len(c))
		for k, i := range c {
			sub[k] = docs[i]
		}
		for _, g := range nb.Cluster(sub) {
			var m []int
			for _, k := range g {
				m = append(m, c[k])
			}
			out = append(out, m)
		}
	}
	return out
}

// lsh groups documents with package story as the pipeline does, in memory.
func lsh(docs []brief.Document) [][]int {
	nodes := make([]story.Node, len(docs))
	buckets := map[[2]uint64][]story.Node{}
	feats := make([][]string, len(docs))
	df := map[string]int{}
	for i, d := range docs {
		feats[i] = story.Features(d.Title, d.Text, d.Language)
		for _, f := range feats[i] {
			df[f]++
		}
	}
	for i, d := range docs {
		fs := feats[i]
		if commonShare > 0 {
			var kept []string
			for _, f := range fs {
				if float64(df[f]) <= commonShare*float64(len(docs)) {
					kept = append(kept, f)
				}
			}
			fs = kept
		}
		if weighted > 0 {
			var exp []string
			for _, f := range fs {
				idf := math.Log(float64(len(docs)+1) / float64(df[f]))
				for k := 0; k < max(1, int(math.Round(idf*weighted))); k++ {
					exp = append(exp, fmt.Sprintf("%s#%d", f, k))
				}
			}
			fs = exp
		}
		sig := story.Sign(fs)
		nodes[i] = story.Node{Key: fmt.Sprintf("%06d", i), Published: nb.Time(d.Published), Sketch: story.Sketch(sig)}
		for b, k := range story.Bands(sig) {
			buckets[[2]uint64{uint64(b), k}] = append(buckets[[2]uint64{uint64(b), k}], nodes[i])
		}
	}
	keys := make([][2]uint64, 0, len(buckets))
	for k := range buckets {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i][0] < keys[j][0] || keys[i][0] == keys[j][0] && keys[i][1] < keys[j][1]
	})
	var pairs []story.Pair
	for _, k := range keys {
		pairs = append(pairs, story.Pairs(int(k[0]), buckets[k], story.DefaultWindow)...)
	}
	if components {
		return byComponent(docs, pairs)
	}
	if cosineMin > 0 {
		pairs = rescore(feats, df, len(docs), pairs)
		story.MinSimilarity = cosineMin
	}
	var out [][]int
	for _, s := range story.Merge(nodes, pairs, story.DefaultWindow) {
		var g []int
		for _, key := range s {
			var i int
			fmt.Sscanf(key, "%d", &i)
			g = append(g, i)
		}
		if !refine || len(g) < 2 {
			out = append(out, g)
			continue
		}
		sub := make([]brief.Document, len(g))
		for k, i := range g {
			sub[k] = docs[i]
		}
		for _, c := range nb.Cluster(sub) {
			var m []int
			for _, k := range c {
				m = append(m, g[k])
			}
			out = append(out, m)
		}
	}
	return out
}

// rescore replaces each pair's similarity by the idf-weighted cosine of
// the two articles' feature sets.
func rescore(feats [][]string, df map[string]int, n int, pairs []story.Pair) []story.Pair {
	idf := func(f string) float64 { return math.Log(float64(n+1) / float64(df[f])) }
	norm := make([]float64, len(feats))
	sets := make([]map[string]bool, len(feats))
	for i, fs := range feats {
		sets[i] = map[string]bool{}
		for _, f := range fs {
			sets[i][f] = true
			norm[i] += idf(f) * idf(f)
		}
		norm[i] = math.Sqrt(norm[i])
	}
	var out []story.Pair
	for _, p := range pairs {
		var a, b int
		fmt.Sscanf(p.A, "%d", &a)
		fmt.Sscanf(p.B, "%d", &b)
		dot := 0.0
		for f := range sets[a] {
			if sets[b][f] {
				dot += idf(f) * idf(f)
			}
		}
		if norm[a] > 0 && norm[b] > 0 {
			out = append(out, story.Pair{A: p.A, B: p.B, Sim: dot / (norm[a] * norm[b])})
		}
	}
	return out
}
