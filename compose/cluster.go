package compose

import (
	"math"
	"sort"
	"time"

	"github.com/newsbrief/newsbrief/brief"
)

// Clustering thresholds, chosen on the AllSides stories
// (TestClusterAllSides): purity 0.95 with inverse purity 0.67.
const (
	// ClusterSimilarity is the least similarity (StoryVector.Similarity)
	// of two documents for their pair to be considered, and the least
	// average similarity of two stories' documents for them to merge.
	ClusterSimilarity = 0.15
	// ClusterWindow is the most time between two documents of one story,
	// when both have publication times.
	ClusterWindow = 7 * 24 * time.Hour
)

// Cluster groups documents into stories by the similarity of their
// headlines and text and by their publication times, so that Build can be
// called once per story. It returns the indexes of each story's documents,
// stories in order of their first document. The result is deterministic,
// and Cluster is safe to call from many goroutines.
//
// Each document is a tf-idf vector of its terms (StoryTerms) weighed over
// the documents given; ClusterVectors then merges them into stories.
func Cluster(docs []brief.Document) [][]int {
	published := make([]brief.Date, len(docs))
	for i, d := range docs {
		published[i] = d.Published
	}
	return ClusterVectors(docVectors(docs), published, ClusterWindow)
}

// ClusterVectors is Cluster's merge, for documents whose vectors were
// weighed elsewhere (over a larger corpus, say): published[i] is the
// publication date of the document of vecs[i], zero when unknown.
//
// Pairs of documents at least ClusterSimilarity apart are taken from the
// most similar down (ties in index order); two stories merge when their
// documents are, on average, at least ClusterSimilarity similar and every
// dated document of one was published within window of every dated
// document of the other. Stories only ever merge along such pairs, so
// clustering each connected component of the pairs on its own gives the
// same stories as clustering all documents at once.
func ClusterVectors(vecs []StoryVector, published []brief.Date, window time.Duration) [][]int {
	type pair struct {
		a, b int
		sim  float64
	}
	var pairs []pair
	for a := range vecs {
		for b := a + 1; b < len(vecs); b++ {
			if sim := vecs[a].Similarity(vecs[b]); sim >= ClusterSimilarity {
				pairs = append(pairs, pair{a, b, sim})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].sim > pairs[j].sim })
	sim := func(a, b int) float64 { return vecs[a].Similarity(vecs[b]) }
	story := make([]int, len(vecs)) // document → story id
	members := make([][]int, len(vecs))
	for i := range vecs {
		story[i], members[i] = i, []int{i}
	}
	for _, p := range pairs {
		x, y := story[p.a], story[p.b]
		if x == y || !withinWindow(published, members[x], members[y], window) || averageLink(members[x], members[y], sim) < ClusterSimilarity {
			continue
		}
		if x > y {
			x, y = y, x
		}
		for _, i := range members[y] {
			story[i] = x
		}
		members[x] = append(members[x], members[y]...)
		members[y] = nil
	}
	var out [][]int
	for _, m := range members {
		if len(m) > 0 {
			sort.Ints(m)
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// averageLink is the mean similarity of the documents of two stories.
func averageLink(a, b []int, sim func(int, int) float64) float64 {
	total := 0.0
	for _, i := range a {
		for _, j := range b {
			total += sim(i, j)
		}
	}
	return total / float64(len(a)*len(b))
}

// apart returns how long after u t is, saturated as time.Time.Sub does.
func apart(t, u brief.Date) time.Duration {
	const most = int64(math.MaxInt64/time.Second) - 1
	sec := t.Unix() - u.Unix()
	switch {
	case sec > most:
		return math.MaxInt64
	case sec < -most:
		return math.MinInt64
	}
	return time.Duration(sec)*time.Second + time.Duration(t.Nanosecond()-u.Nanosecond())
}

// withinWindow reports whether every dated document of one story was
// published within window of every dated document of the other.
func withinWindow(published []brief.Date, a, b []int, window time.Duration) bool {
	for _, i := range a {
		t := published[i]
		if t.IsZero() {
			continue
		}
		for _, j := range b {
			if u := published[j]; !u.IsZero() && (apart(t, u) > window || apart(u, t) > window) {
				return false
			}
		}
	}
	return true
}
