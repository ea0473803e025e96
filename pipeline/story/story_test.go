package story

import (
	"fmt"
	"math/rand"
	"sort"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

var day = time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)

type fullNode struct {
	Node
	sig Signature
}

func node(key, title, text string, published time.Time) fullNode {
	sig := Sign(Features(title, text, "en"))
	return fullNode{Node{Key: key, Published: published, Sketch: Sketch(sig)}, sig}
}

// candidates runs blocking in memory, as the pipeline does in stages.
func candidates(full []fullNode) []Candidate {
	buckets := map[[2]uint64][]Node{}
	for _, n := range full {
		for b, k := range Bands(n.sig) {
			id := [2]uint64{uint64(b), k}
			buckets[id] = append(buckets[id], n.Node)
		}
	}
	seen := map[Candidate]bool{}
	var out []Candidate
	for id, bucket := range buckets {
		for _, c := range Candidates(int(id[0]), bucket, DefaultWindow) {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].A+" "+out[i].B < out[j].A+" "+out[j].B })
	return out
}

func TestCandidates(t *testing.T) {
	nodes := []fullNode{
		node("a", "Lakeside council approves tram extension to the airport", "The Lakeside city council approved a tram extension that will link the central station with the airport by 2029. The line will cost 480 million euros.", day),
		node("b", "Harbour bridge reopens after repairs", "The harbour bridge reopened on Monday after eight months of repairs costing 30 million euros.", day),
		node("c", "Airport tram line wins council vote in Lakeside", "Lakeside councillors voted for the airport tram extension, which will cost 480 million euros and link the central station with the airport.", day.Add(5*time.Hour)),
		node("d", "Lakeside council approves tram extension to the airport", "The Lakeside city council approved a tram extension that will link the central station with the airport by 2029. The line will cost 480 million euros.", day.AddDate(0, 1, 0)),
		node("e", "", "", time.Time{}),
	}
	got := candidates(nodes)
	assert.Contains(t, got, Candidate{"a", "c"}, "two reports of the tram vote")
	assert.NotContains(t, got, Candidate{"a", "d"}, "the same words a month later are outside the window")
	for _, c := range got {
		assert.NotEqual(t, "e", c.A, "an empty article has no bands")
		assert.NotEqual(t, "e", c.B, "an empty article has no bands")
	}
}

func TestComponents(t *testing.T) {
	pairs := []Pair{{"a", "b", 0.9}, {"b", "c", 0.2}, {"c", "d", 0.8}, {"e", "f", 0.5}}
	keys := []string{"f", "e", "d", "c", "b", "a", "g"}
	assert.Equal(t, [][]string{{"a", "b", "c", "d"}, {"e", "f"}, {"g"}}, Components(keys, pairs, 10))
	assert.Equal(t, [][]string{{"a", "b"}, {"c", "d"}, {"e", "f"}, {"g"}}, Components(keys, pairs, 3),
		"a component too large splits at its weakest pair")
	assert.Empty(t, Components(nil, nil, 10))
}

func TestComponentsIgnoreOrder(t *testing.T) {
	var keys []string
	var pairs []Pair
	r := rand.New(rand.NewSource(1))
	for i := range 40 {
		keys = append(keys, fmt.Sprintf("k%02d", i))
	}
	for range 60 {
		a, b := r.Intn(40), r.Intn(40)
		if a == b {
			continue
		}
		pairs = append(pairs, Pair{keys[min(a, b)], keys[max(a, b)], float64(r.Intn(5)) / 5})
	}
	want := Components(keys, pairs, 6)
	for _, c := range want {
		assert.LessOrEqual(t, len(c), 6)
	}
	for range 5 {
		r.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
		r.Shuffle(len(pairs), func(i, j int) { pairs[i], pairs[j] = pairs[j], pairs[i] })
		assert.Equal(t, want, Components(keys, pairs, 6))
	}
}

func TestSimilarity(t *testing.T) {
	a := Sign(Features("Tram vote", "The council approved the airport tram.", "en"))
	assert.Equal(t, 1.0, Similarity(a, a))
	assert.Equal(t, 0.0, Similarity(Sign(nil), Sign(nil)), "empty sets are similar to nothing")
	assert.Empty(t, Bands(Sign(nil)))
	assert.Len(t, Bands(a), SignatureSize/Rows)
	assert.Equal(t, 1.0, SketchSimilarity(Sketch(a), Sketch(a)))
	b := Sign(Features("Bridge reopens", "The harbour bridge reopened after repairs.", "en"))
	assert.InDelta(t, Similarity(a, b), SketchSimilarity(Sketch(a), Sketch(b)), 0.05)
}

func TestCandidatesBucketBounded(t *testing.T) {
	var bucket []Node
	n := node("x", "Page not found", "Sorry, the page was not found.", time.Time{})
	for i := range MaxBucket * 3 {
		m := n.Node
		m.Key = fmt.Sprintf("%05d", i)
		bucket = append(bucket, m)
	}
	assert.Len(t, Candidates(0, bucket, DefaultWindow), MaxBucket*(MaxBucket-1)/2)
	assert.Empty(t, Candidates(Repeats, bucket, DefaultWindow), "pairs that agree on every band come out of the first Repeats only")
}
