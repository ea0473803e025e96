// Package allsides reads the AllSides stories of the shared data
// (data/multi/allsides_neus.jsonl) for the measurements of story grouping
// (compose's TestClusterAllSides, the pipeline's grouping studies), and
// scores a grouping against them.
package allsides

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"time"
)

// Article is one article of a story.
type Article struct {
	// Story is the index of the article's story in the file.
	Story                            int
	URL, Outlet, Domain, Title, Text string
	// Published is the date the URL gives, zero when it has none.
	Published time.Time
}

// Read reads the stories' articles in file order.
func Read(r io.Reader) ([]Article, error) {
	var out []Article
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<24)
	for n := 0; sc.Scan(); n++ {
		var s struct {
			Articles []struct {
				Title, Text, Outlet, Domain, URL string
				Date                             string `json:"published_from_url"`
			} `json:"articles"`
		}
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			return nil, fmt.Errorf("allsides: line %d: %w", n+1, err)
		}
		for _, a := range s.Articles {
			published, _ := time.Parse(time.DateOnly, a.Date) // zero when the URL has no date
			out = append(out, Article{Story: n, URL: a.URL, Outlet: a.Outlet, Domain: a.Domain, Title: a.Title, Text: a.Text, Published: published})
		}
	}
	return out, sc.Err()
}

// Shuffle returns the articles in a fixed pseudo-random order, so that
// results are comparable and deterministic.
func Shuffle(as []Article) []Article {
	out := make([]Article, len(as))
	for i := range out {
		out[i] = as[(i*7919+13)%len(as)]
	}
	return out
}

// Tuning reports whether a story is in the tuning half (even story
// index); odd stories are the frozen half, never looked at while choosing
// parameters.
func Tuning(story int) bool { return story%2 == 0 }

// Score is the purity and inverse purity of a grouping against the true
// stories: purity is the share of items in their group's majority story,
// inverse purity the share of items in their story's majority group.
func Score(groups [][]int, gold []int) (purity, inverse float64) {
	n := 0
	majority := 0
	byStory := map[int]map[int]int{}
	for g, members := range groups {
		count := map[int]int{}
		top := 0
		for _, i := range members {
			count[gold[i]]++
			top = max(top, count[gold[i]])
			if byStory[gold[i]] == nil {
				byStory[gold[i]] = map[int]int{}
			}
			byStory[gold[i]][g]++
			n++
		}
		majority += top
	}
	whole := 0
	for _, m := range byStory {
		top := 0
		for _, c := range m {
			top = max(top, c)
		}
		whole += top
	}
	if n == 0 {
		return 0, 0
	}
	return float64(majority) / float64(n), float64(whole) / float64(n)
}
