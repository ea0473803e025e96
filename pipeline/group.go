package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/newsbrief/newsbrief/pipeline/story"
)

// groupStories assigns every article a story id: the articles of a JSONL
// line with "articles" keep the line's story; the others are grouped
// with package story. It returns KV<string story, Article>.
func groupStories(s beam.Scope, arts beam.PCollection, window time.Duration) beam.PCollection {
	s = s.Scope("group")
	preset, free := beam.ParDo2(s, splitPreset, arts)
	// Near-duplicates (the same title and lead words) collapse into one
	// node: the one with the least key stands for all.
	byFeatures := beam.ParDo(s, featureKey, free)
	reps, light, aliases := beam.ParDo3(s, pickRepresentative, beam.GroupByKey(s, byFeatures))
	// LSH: each node goes to the bucket of each of its bands; buckets are
	// shuffled in lshPartitions groups, as runners (Prism above all) pay
	// for every distinct key.
	buckets := beam.GroupByKey(s, beam.ParDo(s, bandKeys, reps))
	pairs := beam.ParDo(s, &pairsFn{Window: int64(window / time.Second)}, buckets)
	// One merge over all nodes and pairs, which are small.
	assigned := beam.ParDo(s, &mergeFn{Window: int64(window / time.Second)}, beam.Impulse(s),
		beam.SideInput{Input: light}, beam.SideInput{Input: pairs})
	// Every article takes its representative's story.
	memberStory := beam.ParDo(s, joinAlias, beam.CoGroupByKey(s, aliases, assigned))
	keyed := beam.ParDo(s, keyArticle, free)
	grouped := beam.ParDo(s, joinStory, beam.CoGroupByKey(s, memberStory, keyed))
	return beam.Flatten(s, grouped, preset)
}

// splitPreset sends articles with a story of their own to the first
// output, keyed by it, and the others to the second.
func splitPreset(a Article, emitPreset func(string, Article), emitFree func(Article)) {
	if a.Story != "" {
		emitPreset(storyID(a.Story), a)
		return
	}
	emitFree(a)
}

// featureKey keys an article's node by its signature: articles with the
// same features have the same signature. Articles without features are
// keyed by their own key, so they stay alone.
func featureKey(a Article) (string, node) {
	n := node{Key: a.Key, Published: a.Published, Sig: a.Sig}
	if len(story.Bands(a.Sig)) == 0 {
		return "solo " + a.Key, n
	}
	h := fnv.New64a()
	for _, v := range a.Sig {
		fmt.Fprintf(h, "%x,", v)
	}
	return fmt.Sprintf("sig %x", h.Sum64()), n
}

// pickRepresentative emits the node with the least key of a group of
// near-duplicates, with its signature for LSH and without it for the
// merge, and KV<representative, member> for every member.
func pickRepresentative(_ string, nodes func(*node) bool, emitRep func(node), emitLight func(node), emitAlias func(string, string)) {
	var rep node
	var members []string
	var n node
	for nodes(&n) {
		members = append(members, n.Key)
		if rep.Key == "" || n.Key < rep.Key {
			rep = n
		}
	}
	emitRep(rep)
	emitLight(node{Key: rep.Key, Published: rep.Published})
	for _, m := range members {
		emitAlias(rep.Key, m)
	}
}

// lshPartitions is how many shuffle keys the LSH buckets are spread over.
const lshPartitions = 1024

// bandKeys emits a node under each of its LSH band keys, KV<partition,
// bandNode>.
func bandKeys(n node, emit func(int, bandNode)) {
	sketch := story.Sketch(n.Sig)
	for b, k := range story.Bands(n.Sig) {
		emit(int(k%lshPartitions), bandNode{Band: b, Bucket: k, Key: n.Key, Published: n.Published, Sketch: sketch})
	}
}

// pairsFn finds the verified pairs of one LSH bucket.
type pairsFn struct {
	Window int64 // seconds
}

// ProcessElement emits the pairs of the buckets of one partition.
func (fn *pairsFn) ProcessElement(_ int, nodes func(*bandNode) bool, emit func(pair)) {
	type id struct {
		band   int
		bucket uint64
	}
	buckets := map[id][]story.Node{}
	var bn bandNode
	for nodes(&bn) {
		k := id{bn.Band, bn.Bucket}
		buckets[k] = append(buckets[k], story.Node{Key: bn.Key, Published: unix(bn.Published), Sketch: bn.Sketch})
	}
	for k, bucket := range buckets {
		if len(bucket) < 2 {
			continue
		}
		for _, p := range story.Pairs(k.band, bucket, time.Duration(fn.Window)*time.Second) {
			emit(pair{A: p.A, B: p.B, Sim: p.Sim})
		}
	}
}

// mergeFn merges all nodes and pairs into stories, on one worker.
type mergeFn struct {
	Window int64 // seconds
}

// ProcessElement emits KV<node key, story id> for every node.
func (fn *mergeFn) ProcessElement(_ []byte, nodes func(*node) bool, pairs func(*pair) bool, emit func(string, string)) {
	var ns []story.Node
	var n node
	for nodes(&n) {
		ns = append(ns, story.Node{Key: n.Key, Published: unix(n.Published)})
	}
	var ps []story.Pair
	var p pair
	for pairs(&p) {
		ps = append(ps, story.Pair{A: p.A, B: p.B, Sim: p.Sim})
	}
	for _, members := range story.Merge(ns, ps, time.Duration(fn.Window)*time.Second) {
		id := storyID(members[0])
		for _, m := range members {
			emit(m, id)
		}
	}
}

// joinAlias gives every member of a near-duplicate group its
// representative's story: KV<member, story>.
func joinAlias(_ string, members func(*string) bool, stories func(*string) bool, emit func(string, string)) {
	var id string
	for stories(&id) {
	}
	var m string
	for members(&m) {
		if id == "" { // not merged: cannot happen, but never one story of strays
			emit(m, storyID(m))
			continue
		}
		emit(m, id)
	}
}

// keyArticle keys an article by its key.
func keyArticle(a Article) (string, Article) { return a.Key, a }

// joinStory keys an article by its story.
func joinStory(_ string, stories func(*string) bool, arts func(*Article) bool, emit func(string, Article)) {
	var id string
	for stories(&id) {
	}
	var a Article
	for arts(&a) {
		if id == "" {
			emit(storyID(a.Key), a)
			continue
		}
		emit(id, a)
	}
}

// storyID is the id of the story whose least key is key: "s" and 16 hex
// digits of its SHA-256.
func storyID(key string) string {
	sum := sha256.Sum256([]byte(key))
	return "s" + hex.EncodeToString(sum[:8])
}

// unix is the time of Unix seconds, zero for 0.
func unix(sec int64) time.Time {
	if sec == 0 {
		return time.Time{}
	}
	return time.Unix(sec, 0).UTC()
}
