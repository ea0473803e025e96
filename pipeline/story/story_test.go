package story

import (
	"fmt"
	"math/rand"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

// group runs the whole grouping in memory, as the pipeline does in
// stages.
func group(full []fullNode) [][]string {
	buckets := map[string][]Node{}
	var order []string
	var nodes []Node
	for _, n := range full {
		nodes = append(nodes, n.Node)
		for b, k := range Bands(n.sig) {
			id := fmt.Sprintf("%d:%x", b, k)
			if buckets[id] == nil {
				order = append(order, id)
			}
			buckets[id] = append(buckets[id], n.Node)
		}
	}
	var pairs []Pair
	for _, id := range order {
		var band int
		fmt.Sscanf(id, "%d:", &band)
		pairs = append(pairs, Pairs(band, buckets[id], DefaultWindow)...)
	}
	return Merge(nodes, pairs, DefaultWindow)
}

func TestGroup(t *testing.T) {
	nodes := []fullNode{
		node("a", "Lakeside council approves tram extension to the airport", "The Lakeside city council approved a tram extension that will link the central station with the airport by 2029. The line will cost 480 million euros.", day),
		node("b", "Harbour bridge reopens after repairs", "The harbour bridge reopened on Monday after eight months of repairs costing 30 million euros.", day),
		node("c", "Airport tram line wins council vote in Lakeside", "Lakeside councillors voted for the airport tram extension, which will cost 480 million euros and link the central station with the airport.", day.Add(5*time.Hour)),
		node("d", "Lakeside council approves tram extension to the airport", "The Lakeside city council approved a tram extension that will link the central station with the airport by 2029. The line will cost 480 million euros.", day.AddDate(0, 1, 0)),
		node("e", "", "", time.Time{}),
	}
	assert.Equal(t, [][]string{{"a", "c"}, {"b"}, {"d"}, {"e"}}, group(nodes), "the same words a month later are another story; an empty article stays alone")
}

func TestMergeIgnoresOrder(t *testing.T) {
	var nodes []fullNode
	for i := range 12 {
		nodes = append(nodes, node(fmt.Sprintf("k%02d", i), fmt.Sprintf("Story %d about the tram vote", i%3), fmt.Sprintf("Council vote %d on the tram line to the airport, story %d", i%4, i%3), day))
	}
	want := group(nodes)
	r := rand.New(rand.NewSource(1))
	for range 5 {
		r.Shuffle(len(nodes), func(i, j int) { nodes[i], nodes[j] = nodes[j], nodes[i] })
		assert.Equal(t, want, group(nodes))
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

func TestPairsOnce(t *testing.T) {
	a := node("a", "Tram vote", "The council approved the airport tram.", day)
	b := node("b", "Tram vote", "The council approved the airport tram.", day)
	n := 0
	ka, kb := Bands(a.sig), Bands(b.sig)
	require.Equal(t, ka, kb)
	for band := range ka {
		n += len(Pairs(band, []Node{a.Node, b.Node}, DefaultWindow))
	}
	assert.Equal(t, 1, n, "a pair sharing every band comes out of the first only")
}

func TestPairsBucketBounded(t *testing.T) {
	var bucket []Node
	n := node("x", "Page not found", "Sorry, the page was not found.", time.Time{})
	for i := range MaxBucket * 3 {
		m := n.Node
		m.Key = fmt.Sprintf("%05d", i)
		bucket = append(bucket, m)
	}
	assert.Len(t, Pairs(0, bucket, DefaultWindow), MaxBucket*(MaxBucket-1)/2)
}
