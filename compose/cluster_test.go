package compose

import (
	"os"
	"sort"
	"testing"
	"time"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/allsides"
	"github.com/newsbrief/newsbrief/internal/dates"
	"github.com/newsbrief/newsbrief/internal/sharedtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestClusterSmall(t *testing.T) {
	day := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	docs := []brief.Document{
		{Title: "Tram line to the airport approved", Text: "The city council approved a tram extension to the airport. The line costs €480 million.", Published: dates.Of(day)},
		{Title: "Harbour bridge reopens after repairs", Text: "The harbour bridge reopened on Monday after eight months of repairs.", Published: dates.Of(day)},
		{Title: "Council backs airport tram", Text: "Councillors voted for the airport tram line, which will cost €480 million.", Published: dates.Of(day.Add(time.Hour))},
		{Title: "Airport tram approved", Text: "The airport tram line was approved by the city council.", Published: dates.Of(day.AddDate(0, 1, 0))},
	}
	assert.Equal(t, [][]int{{0, 2}, {1}, {3}}, Cluster(docs), "a month later is another story")
	assert.Empty(t, Cluster(nil))
}

// TestClusterAllSides shuffles the articles of the AllSides stories
// together and checks that clustering puts them back: purity ≥ 0.95.
func TestClusterAllSides(t *testing.T) {
	shuffled, gold := allSides(t)
	clusters := Cluster(shuffled)
	purity, inverse := allsides.Score(clusters, gold)
	t.Logf("%d articles → %d clusters: purity %.3f, inverse purity %.3f", len(shuffled), len(clusters), purity, inverse)
	assert.GreaterOrEqual(t, purity, 0.95)
	assert.GreaterOrEqual(t, inverse, 0.65, "clusters must not simply be singletons (which would give 0.34)")
}

// TestClusterVectorsByComponent checks what ClusterVectors promises and
// the pipeline relies on: clustering each connected component of the
// pairs at least ClusterSimilarity apart on its own, with vectors weighed
// over all documents, gives Cluster's stories.
func TestClusterVectorsByComponent(t *testing.T) {
	docs, _ := allSides(t)
	vecs := docVectors(docs)
	parent := make([]int, len(docs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	for a := range docs {
		for b := a + 1; b < len(docs); b++ {
			if vecs[a].Similarity(vecs[b]) >= ClusterSimilarity {
				if x, y := find(a), find(b); x != y {
					parent[max(x, y)] = min(x, y)
				}
			}
		}
	}
	comps := map[int][]int{}
	for i := range docs {
		comps[find(i)] = append(comps[find(i)], i)
	}
	var got [][]int
	for _, c := range comps {
		vs := make([]StoryVector, len(c))
		published := make([]brief.Date, len(c))
		for k, i := range c {
			vs[k], published[k] = vecs[i], docs[i].Published
		}
		for _, g := range ClusterVectors(vs, published, ClusterWindow) {
			m := make([]int, len(g))
			for k, j := range g {
				m[k] = c[j]
			}
			got = append(got, m)
		}
	}
	sort.Slice(got, func(i, j int) bool { return got[i][0] < got[j][0] })
	assert.Greater(t, len(comps), 1)
	assert.Equal(t, Cluster(docs), got)
}

// allSides reads the AllSides stories' articles in a fixed shuffle, with
// the index of each one's story.
func allSides(t *testing.T) ([]brief.Document, []int) {
	t.Helper()
	f, err := os.Open(sharedtest.Path(t, "data", "multi", "allsides_neus.jsonl"))
	require.NoError(t, err)
	defer f.Close()
	all, err := allsides.Read(f)
	require.NoError(t, err)
	var docs []brief.Document
	var gold []int
	for _, a := range allsides.Shuffle(all) {
		docs = append(docs, brief.Document{Title: a.Title, Text: a.Text, Outlet: a.Outlet, Domain: a.Domain, URL: a.URL, Language: "en", Published: dates.Of(a.Published)})
		gold = append(gold, a.Story)
	}
	return docs, gold
}
