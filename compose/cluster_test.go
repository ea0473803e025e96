package compose

import (
	"bufio"
	"encoding/json"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/newsbrief/newsbrief/brief"
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
	majority := 0
	for _, c := range clusters {
		count := map[int]int{}
		top := 0
		for _, i := range c {
			count[gold[i]]++
			top = max(top, count[gold[i]])
		}
		majority += top
	}
	purity := float64(majority) / float64(len(shuffled))
	// Inverse purity: how whole each true story stays.
	byStory := map[int]map[int]int{}
	for k, c := range clusters {
		for _, i := range c {
			if byStory[gold[i]] == nil {
				byStory[gold[i]] = map[int]int{}
			}
			byStory[gold[i]][k]++
		}
	}
	whole := 0
	for _, m := range byStory {
		top := 0
		for _, n := range m {
			top = max(top, n)
		}
		whole += top
	}
	inverse := float64(whole) / float64(len(shuffled))
	t.Logf("%d articles of %d stories → %d clusters: purity %.3f, inverse purity %.3f", len(shuffled), len(byStory), len(clusters), purity, inverse)
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
	var docs []brief.Document
	var story []int
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for n := 0; sc.Scan(); n++ {
		var s struct {
			Articles []struct {
				Title, Text, Outlet, Domain, URL string
				Date                             string `json:"published_from_url"`
			} `json:"articles"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &s))
		for _, a := range s.Articles {
			published, _ := time.Parse(time.DateOnly, a.Date) // zero when the URL has no date
			docs = append(docs, brief.Document{Title: a.Title, Text: a.Text, Outlet: a.Outlet, Domain: a.Domain, URL: a.URL, Language: "en", Published: dates.Of(published)})
			story = append(story, n)
		}
	}
	// A fixed shuffle, so the test is deterministic.
	perm := make([]int, len(docs))
	for i := range perm {
		perm[i] = (i*7919 + 13) % len(docs)
	}
	shuffled := make([]brief.Document, len(docs))
	gold := make([]int, len(docs))
	for i, p := range perm {
		shuffled[i], gold[i] = docs[p], story[p]
	}
	return shuffled, gold
}
