package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"hash/fnv"
	"sort"
	"strings"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/pipeline/internal/nb"
)

// storyLine is one line of the briefs output.
type storyLine struct {
	Story    string          `json:"story"`
	Articles []string        `json:"articles"`
	Brief    json.RawMessage `json:"brief"`
}

// articleLine is one line of the per-article output.
type articleLine struct {
	Story string          `json:"story"`
	Key   string          `json:"key"`
	URL   string          `json:"url,omitempty"`
	Brief json.RawMessage `json:"brief"`
}

// buildFn builds the brief of one story from its articles.
type buildFn struct {
	Shards     int
	MaxSources int
	MaxPoints  int
	PerArticle bool
}

// ProcessElement builds one story's brief and emits its line
// (KV<shard, line>), or an Outcome for each of its articles when it fails.
func (fn *buildFn) ProcessElement(ctx context.Context, id string, arts func(*Article) bool,
	emitBrief func(int, string), emitArticle func(int, string), emitOutcome func(Outcome), emitCount func(string, int)) {
	var all []Article
	var a Article
	for arts(&a) {
		all = append(all, a)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Key < all[j].Key })
	docs, failed := sources(all, fn.MaxSources)
	for _, o := range failed {
		emitOutcome(o)
		emitCount("failed", 1)
		emitCount("failed: "+reasonClass(o), 1)
	}
	if len(docs) == 0 {
		return
	}
	b, err := nb.Build(ctx, docs, fn.MaxPoints)
	var raw strings.Builder
	if err == nil {
		err = nb.WriteJSON(&raw, b)
	}
	ok := all[:0:0]
	for _, a := range all {
		if !isFailed(a.Key, failed) {
			ok = append(ok, a)
		}
	}
	if err != nil {
		for _, a := range ok {
			o := Outcome{Key: a.Key, ID: a.ID, Outcome: "failed", Stage: "brief", Reason: err.Error()}
			emitOutcome(o)
			emitCount("failed", 1)
			emitCount("failed: "+reasonClass(o), 1)
		}
		return
	}
	line := storyLine{Story: id, Brief: json.RawMessage(raw.String())}
	seen := map[string]bool{}
	for _, a := range ok {
		u := a.URL
		if u == "" {
			u = a.Key
		}
		if !seen[u] {
			seen[u] = true
			line.Articles = append(line.Articles, u)
		}
	}
	data, _ := json.Marshal(line) // a RawMessage from WriteJSON and strings: cannot fail
	emitBrief(shardOf(id, fn.Shards), string(data))
	emitCount("briefed", len(ok))
	emitCount("stories", 1)
	if fn.PerArticle {
		fn.perArticle(ctx, id, ok, emitArticle, emitCount)
	}
}

// perArticle emits the brief of each article of a story on its own; an
// article whose brief fails is counted under "article briefs failed" (it
// is briefed in its story all the same).
func (fn *buildFn) perArticle(ctx context.Context, id string, arts []Article, emit func(int, string), emitCount func(string, int)) {
	for _, a := range arts {
		var d brief.Document
		if json.Unmarshal(a.Doc, &d) != nil {
			continue
		}
		b, err := nb.Build(ctx, []brief.Document{d}, fn.MaxPoints)
		var raw strings.Builder
		if err == nil {
			err = nb.WriteJSON(&raw, b)
		}
		if err != nil {
			emitCount("article briefs failed", 1)
			continue
		}
		data, _ := json.Marshal(articleLine{Story: id, Key: a.Key, URL: a.URL, Brief: json.RawMessage(raw.String())})
		emit(shardOf(a.Key, fn.Shards), string(data))
		emitCount("article briefs", 1)
	}
}

// sources decodes the documents of a story's articles, in key order,
// leaving out repeats (the same canonical URL or the same text) and
// keeping at most max; an article whose document does not decode fails.
func sources(arts []Article, max int) ([]brief.Document, []Outcome) {
	var docs []brief.Document
	var failed []Outcome
	seen := map[string]bool{}
	for _, a := range arts {
		var d brief.Document
		if err := json.Unmarshal(a.Doc, &d); err != nil {
			failed = append(failed, Outcome{Key: a.Key, ID: a.ID, Outcome: "failed", Stage: "brief", Reason: "document: " + err.Error()})
			continue
		}
		text := sha256.Sum256([]byte(d.Text))
		if seen[d.URL] && d.URL != "" || seen[string(text[:])] || len(docs) >= max {
			continue
		}
		seen[d.URL], seen[string(text[:])] = true, true
		docs = append(docs, d)
	}
	return docs, failed
}

func isFailed(key string, failed []Outcome) bool {
	for _, o := range failed {
		if o.Key == key {
			return true
		}
	}
	return false
}

// shardOf is the output shard of a key.
func shardOf(key string, shards int) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(max(shards, 1)))
}
