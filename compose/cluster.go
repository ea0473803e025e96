package compose

import (
	"math"
	"sort"
	"time"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/langtag"
)

// Clustering thresholds, chosen on the AllSides stories
// (TestClusterAllSides): purity 0.95 with inverse purity 0.67.
const (
	// clusterSimilarity is the least cosine of a document to a story's
	// centroid for it to join the story.
	clusterSimilarity = 0.15
	// clusterWindow is the most time between a document and a story's
	// documents, when both have publication times.
	clusterWindow = 7 * 24 * time.Hour
)

// Cluster groups documents into stories by the similarity of their
// headlines and text and by their publication times, so that Build can be
// called once per story. It returns the indexes of each story's documents,
// stories in order of their first document. The result is deterministic,
// and Cluster is safe to call from many goroutines.
//
// Pairs of documents are taken from the most similar down; two stories
// merge when their documents are, on average, similar enough and were
// published within a week of each other.
func Cluster(docs []brief.Document) [][]int {
	vecs := docVectors(docs)
	type pair struct {
		a, b int
		sim  float64
	}
	var pairs []pair
	for a := range docs {
		for b := a + 1; b < len(docs); b++ {
			if sim := cosine(vecs[a], vecs[b]); sim >= clusterSimilarity {
				pairs = append(pairs, pair{a, b, sim})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].sim > pairs[j].sim })
	sim := func(a, b int) float64 { return cosine(vecs[a], vecs[b]) }
	story := make([]int, len(docs)) // document → story id
	members := make([][]int, len(docs))
	for i := range docs {
		story[i], members[i] = i, []int{i}
	}
	for _, p := range pairs {
		x, y := story[p.a], story[p.b]
		if x == y || !withinWindow(docs, members[x], members[y]) || averageLink(members[x], members[y], sim) < clusterSimilarity {
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

// sparse is a vector as term ids in increasing order with their weights.
type sparse struct {
	ids []int
	w   []float64
}

// docVectors gives each document a unit tf-idf vector of its headline
// (counted twice) and text, with bigrams.
func docVectors(docs []brief.Document) []sparse {
	tf := make([]map[string]float64, len(docs))
	df := map[string]int{}
	for i, d := range docs {
		lang := langtag.Of(d.Language, d.Text)
		tf[i] = map[string]float64{}
		addTerms(tf[i], terms(d.Title, lang), 2)
		addTerms(tf[i], terms(d.Text, lang), 1)
		for t := range tf[i] {
			df[t]++
		}
	}
	ids := map[string]int{}
	n := float64(len(docs))
	out := make([]sparse, len(docs))
	for i, v := range tf {
		keys := make([]string, 0, len(v))
		for t := range v {
			keys = append(keys, t)
			if _, ok := ids[t]; !ok {
				ids[t] = len(ids)
			}
		}
		sort.Slice(keys, func(a, b int) bool { return ids[keys[a]] < ids[keys[b]] })
		norm := 0.0
		for _, t := range keys {
			w := (1 + math.Log(v[t])) * math.Log((n+1)/float64(df[t]))
			out[i].ids = append(out[i].ids, ids[t])
			out[i].w = append(out[i].w, w)
			norm += w * w
		}
		if norm = math.Sqrt(norm); norm > 0 {
			for k := range out[i].w {
				out[i].w[k] /= norm
			}
		}
	}
	return out
}

// cosine is the dot product of two unit vectors.
func cosine(a, b sparse) float64 {
	dot := 0.0
	intersect(a.ids, b.ids, func(i, j int) { dot += a.w[i] * b.w[j] })
	return dot
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
// published close enough to every dated document of the other.
func withinWindow(docs []brief.Document, a, b []int) bool {
	for _, i := range a {
		t := docs[i].Published
		if t.IsZero() {
			continue
		}
		for _, j := range b {
			if u := docs[j].Published; !u.IsZero() && (apart(t, u) > clusterWindow || apart(u, t) > clusterWindow) {
				return false
			}
		}
	}
	return true
}

// addTerms counts terms and their bigrams, which tell apart stories about
// the same people and places.
func addTerms(v map[string]float64, ts []string, weight float64) {
	for i, t := range ts {
		v[t] += weight
		if i > 0 {
			v[ts[i-1]+" "+t] += weight
		}
	}
}
