package pipeline

import (
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

// Article is an extracted article on its way to its story's brief.
type Article struct {
	// Key identifies the record (crawl.Record.Key); ID is the record's own
	// id when it has one.
	Key, ID string
	// URL is the article's canonical address.
	URL string
	// Published is the publication time in Unix seconds, 0 when unknown.
	Published int64
	// Story is set for the articles of a JSONL line with "articles": they
	// are one story without grouping.
	Story string
	// Doc is the brief.Document as JSON.
	Doc []byte
}

// Outcome is a record that will not be briefed: its dead-letter entry.
type Outcome struct {
	Key     string `json:"key"`
	ID      string `json:"id,omitempty"`
	Outcome string `json:"outcome"` // "skipped" or "failed"
	Stage   string `json:"stage"`   // "read", "extract" or "brief"
	Reason  string `json:"reason"`
}

// node is an article as story grouping sees it: its key, date and MinHash
// signature (story.Sign).
type node struct {
	Key       string
	Published int64
	Sig       []uint64
}

// termCounts is a partial count of the articles that have each term:
// Counts[i] articles have IDs[i].
type termCounts struct {
	IDs    []uint64
	Counts []int
}

// vecNode is a node's tf-idf vector over the whole corpus
// (nb.StoryVector), with only the terms of two articles or more.
type vecNode struct {
	Key       string
	Published int64
	IDs       []uint64
	Weights   []float64
}

// bandNode is a node in the LSH buckets it has in one partition: its
// signature's sketch rather than the signature (an eighth of the size),
// and for each of those buckets its band (Bands[i]) and key (Buckets[i]).
type bandNode struct {
	Key       string
	Published int64
	Sketch    []byte
	Bands     []int32
	Buckets   []uint64
}

// pair is a verified pair (story.Pair).
type pair struct {
	A, B string
	Sim  float64
}

func init() {
	for _, t := range []any{Article{}, Outcome{}, node{}, termCounts{}, vecNode{}, bandNode{}, pair{}, sum{}} {
		beam.RegisterType(reflect.TypeOf(t))
	}
}
