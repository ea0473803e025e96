package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"slices"
	"sort"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/pipeline/internal/nb"
	"github.com/newsbrief/newsbrief/pipeline/story"
)

// groupStories assigns every article a story id: the articles of a JSONL
// line with "articles" keep the line's story; the others are grouped as
// the in-memory clustering (compose.Cluster) would group them all at
// once, in stages of which only one sees the whole corpus, and only as
// keys and pairs (step 5). It returns KV<string story, Article>.
//
//  1. Every article's terms are counted (nb.StoryTerms); their document
//     frequencies over all articles and the number of articles are the
//     corpus statistics that weigh each article's tf-idf vector.
//  2. Near-duplicates (the same title and lead words: equal MinHash
//     signatures) collapse into one node, the one with the least key,
//     whose vector stands for all of them (the document frequencies still
//     count every article).
//  3. Blocking: each node goes to the LSH bucket of each band of its
//     signature; each bucket gives candidate pairs (story.Candidates).
//  4. Verification: each candidate pair meets the two vectors and is kept
//     when their similarity reaches the clustering's (nb.Linked).
//  5. The connected components of the verified pairs are found on one
//     worker from keys and pairs alone (story.Components).
//  6. The nodes of each component meet on one worker and are clustered
//     with the in-memory clustering's merge (nb.ClusterVectors): stories
//     only merge along a verified pair, so this gives the clustering's
//     stories whenever blocking found the pairs.
func groupStories(s beam.Scope, arts beam.PCollection, window time.Duration) beam.PCollection {
	s = s.Scope("group")
	win := int64(window / time.Second)
	preset, free := beam.ParDo2(s, splitPreset, arts)
	keyed := beam.ParDo(s, keyArticle, free)
	// 1. Corpus statistics: terms in two articles or more (a term in one
	// article only weighs the same in every vector and links nothing).
	nodes, termCounts, docCounts := beam.ParDo3(s, &nodeFn{}, free)
	df := beam.ParDo(s, sumTerms, beam.GroupByKey(s, termCounts))
	total := beam.Combine(s, sumInts, docCounts)
	// 2. Near-duplicates; the representatives' vectors.
	reps, light, aliases := beam.ParDo3(s, pickRepresentative, beam.GroupByKey(s, beam.ParDo(s, featureKey, nodes)))
	vectors := beam.ParDo(s, &vectorFn{}, beam.CoGroupByKey(s, reps, keyed),
		beam.SideInput{Input: df}, beam.SideInput{Input: total})
	// 3. Blocking: buckets are shuffled in lshPartitions groups, as
	// runners (Prism above all) pay for every distinct key.
	candidates := beam.ParDo(s, &candidatesFn{Window: win}, beam.GroupByKey(s, beam.ParDo(s, bandKeys, reps)))
	// 4. Verification: each pair meets A's vector, then B's.
	halves := beam.ParDo(s, sendVector, beam.CoGroupByKey(s, candidates, vectors))
	pairs := beam.ParDo(s, verify, beam.CoGroupByKey(s, halves, vectors))
	// 5. Components, on one worker over keys and pairs, which are small.
	inComponent, alone := beam.ParDo2(s, componentsFn, beam.Impulse(s),
		beam.SideInput{Input: light}, beam.SideInput{Input: pairs})
	// 6. Each component's stories.
	members := beam.ParDo(s, toMember, beam.CoGroupByKey(s, inComponent, vectors))
	clustered := beam.ParDo(s, &clusterFn{Window: win}, beam.GroupByKey(s, members))
	assigned := beam.Flatten(s, alone, clustered)
	// Every article takes its representative's story.
	memberStory := beam.ParDo(s, joinAlias, beam.CoGroupByKey(s, aliases, assigned))
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

// termPartitions is how many shuffle keys the document frequencies are
// summed under: runners (Prism above all) pay for every distinct key, so
// terms travel in lists, not one key each.
const termPartitions = 64

// nodeFn makes each article's node (its key, date and MinHash signature)
// and counts, for each term (nb.StoryTerms), the articles of a bundle that
// have it, and the bundle's articles: partial sums, emitted at the end of
// the bundle, so that the shuffle carries a term once per bundle rather
// than once per article.
type nodeFn struct {
	df   map[uint64]int
	docs int
}

// StartBundle starts the counts.
func (fn *nodeFn) StartBundle(_ context.Context, _ func(node), _ func(int, termCounts), _ func(int)) {
	fn.df, fn.docs = map[uint64]int{}, 0
}

// ProcessElement emits an article's node and counts its terms. An article
// whose document does not decode (cannot happen: the read stage encoded
// it) has no features and links to nothing.
func (fn *nodeFn) ProcessElement(a Article, emitNode func(node), _ func(int, termCounts), _ func(int)) {
	fn.docs++
	n := node{Key: a.Key, Published: a.Published}
	if d, ok := decodeDoc(a); ok {
		n.Sig = story.Sign(story.Features(d.Title, d.Text, d.Language))
		for _, id := range nb.StoryTerms(d).IDs {
			fn.df[id]++
		}
	}
	emitNode(n)
}

// FinishBundle emits the bundle's term counts, KV<partition,
// termCounts> with terms in order, and its count of articles.
func (fn *nodeFn) FinishBundle(_ context.Context, _ func(node), emitTerms func(int, termCounts), emitDocs func(int)) {
	var parts [termPartitions]termCounts
	ids := make([]uint64, 0, len(fn.df))
	for id := range fn.df {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		p := &parts[id%termPartitions]
		p.IDs = append(p.IDs, id)
		p.Counts = append(p.Counts, fn.df[id])
	}
	for p, tc := range parts {
		if len(tc.IDs) > 0 {
			emitTerms(p, tc)
		}
	}
	if fn.docs > 0 {
		emitDocs(fn.docs)
	}
	fn.df, fn.docs = nil, 0
}

// decodeDoc decodes an article's document.
func decodeDoc(a Article) (brief.Document, bool) {
	var d brief.Document
	return d, json.Unmarshal(a.Doc, &d) == nil
}

// sumInts adds.
func sumInts(a, b int) int { return a + b }

// sumTerms sums the partial counts of the terms of one partition and
// emits KV<term, articles> for the terms of two articles or more, in order.
func sumTerms(_ int, parts func(*termCounts) bool, emit func(uint64, int)) {
	df := map[uint64]int{}
	var tc termCounts
	for parts(&tc) {
		for i, id := range tc.IDs {
			df[id] += tc.Counts[i]
		}
	}
	ids := make([]uint64, 0, len(df))
	for id, n := range df {
		if n >= 2 {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		emit(id, df[id])
	}
}

// featureKey keys an article's node by its signature: articles with the
// same features have the same signature. Articles without features are
// keyed by their own key, so they stay alone.
func featureKey(n node) (string, node) {
	if len(story.Bands(n.Sig)) == 0 {
		return "solo " + n.Key, n
	}
	h := fnv.New64a()
	for _, v := range n.Sig {
		fmt.Fprintf(h, "%x,", v)
	}
	return fmt.Sprintf("sig %x", h.Sum64()), n
}

// pickRepresentative emits the node with the least key of a group of
// near-duplicates, KV<key, node>, then with its key and date only, and
// KV<representative, member> for every member.
func pickRepresentative(_ string, nodes func(*node) bool, emitRep func(string, node), emitLight func(node), emitAlias func(string, string)) {
	var rep node
	var members []string
	var n node
	for nodes(&n) {
		members = append(members, n.Key)
		if rep.Key == "" || n.Key < rep.Key {
			rep = n
		}
	}
	emitRep(rep.Key, rep)
	emitLight(node{Key: rep.Key, Published: rep.Published})
	for _, m := range members {
		emitAlias(rep.Key, m)
	}
}

// vectorFn weighs each representative's terms over the whole corpus.
type vectorFn struct {
	// df is the side input as a map, read at the first element: the
	// pipeline has one (global) window, so the side input is the same for
	// every bundle this instance processes.
	df map[uint64]int
}

// ProcessElement emits KV<key, vecNode> for a representative: the unit
// tf-idf vector of its article, keeping only the terms of two articles or
// more, the only ones that add to a similarity (the weights are
// normalised over all terms first, so similarities are the same as with
// the whole vector).
func (fn *vectorFn) ProcessElement(key string, reps func(*node) bool, arts func(*Article) bool,
	df func(*uint64, *int) bool, total func(*int) bool, emit func(string, vecNode)) {
	var n node
	var a Article
	if !reps(&n) || !arts(&a) {
		return // not a representative
	}
	if fn.df == nil {
		fn.df = map[uint64]int{}
		var id uint64
		var c int
		for df(&id, &c) {
			fn.df[id] = c
		}
	}
	docs, c := 0, 0
	for total(&c) {
		docs += c
	}
	out := vecNode{Key: key, Published: n.Published}
	if d, ok := decodeDoc(a); ok {
		v := nb.StoryTerms(d).Vector(docs, func(id uint64) int { return max(1, fn.df[id]) })
		for i, id := range v.IDs {
			if fn.df[id] >= 2 {
				out.IDs = append(out.IDs, id)
				out.Weights = append(out.Weights, v.Weights[i])
			}
		}
	}
	emit(key, out)
}

// lshPartitions is how many shuffle keys the LSH buckets are spread over.
// A node goes to each partition that holds one of its buckets, once, with
// its sketch and the buckets it has there: fewer partitions send fewer
// copies of each sketch (a node has SignatureSize/Rows buckets), more
// spread the work over more workers.
const lshPartitions = 64

// bandKeys emits a node once for each partition of its LSH buckets,
// KV<partition, bandNode>, in partition order.
func bandKeys(_ string, n node, emit func(int, bandNode)) {
	sketch := story.Sketch(n.Sig)
	var parts [lshPartitions]*bandNode
	for b, k := range story.Bands(n.Sig) {
		p := k % lshPartitions
		if parts[p] == nil {
			parts[p] = &bandNode{Key: n.Key, Published: n.Published, Sketch: sketch}
		}
		parts[p].Bands = append(parts[p].Bands, int32(b))
		parts[p].Buckets = append(parts[p].Buckets, k)
	}
	for p, bn := range parts {
		if bn != nil {
			emit(p, *bn)
		}
	}
}

// candidatesFn finds the candidate pairs of the LSH buckets of one
// partition.
type candidatesFn struct {
	Window int64 // seconds
}

// ProcessElement emits KV<A, B> for each candidate pair, once per
// partition.
func (fn *candidatesFn) ProcessElement(_ int, nodes func(*bandNode) bool, emit func(string, string)) {
	type id struct {
		band   int
		bucket uint64
	}
	buckets := map[id][]story.Node{}
	var bn bandNode
	for nodes(&bn) {
		n := story.Node{Key: bn.Key, Published: unix(bn.Published), Sketch: bn.Sketch}
		for i, b := range bn.Bands {
			k := id{int(b), bn.Buckets[i]}
			buckets[k] = append(buckets[k], n)
		}
	}
	seen := map[story.Candidate]bool{}
	for k, bucket := range buckets {
		if len(bucket) < 2 {
			continue
		}
		for _, c := range story.Candidates(k.band, bucket, time.Duration(fn.Window)*time.Second) {
			if !seen[c] {
				seen[c] = true
				emit(c.A, c.B)
			}
		}
	}
}

// sendVector sends A's vector to each of its candidates B, once each:
// KV<B, vecNode of A>.
func sendVector(_ string, partners func(*string) bool, vecs func(*vecNode) bool, emit func(string, vecNode)) {
	var v vecNode
	if !vecs(&v) {
		return
	}
	seen := map[string]bool{}
	var b string
	for partners(&b) {
		if !seen[b] {
			seen[b] = true
			emit(b, v)
		}
	}
}

// verify keeps the candidates of B whose similarity to B reaches the
// in-memory clustering's.
func verify(b string, halves func(*vecNode) bool, vecs func(*vecNode) bool, emit func(pair)) {
	var vb vecNode
	if !vecs(&vb) {
		return
	}
	wb := nb.StoryVector{IDs: vb.IDs, Weights: vb.Weights}
	var va vecNode
	for halves(&va) {
		if sim := (nb.StoryVector{IDs: va.IDs, Weights: va.Weights}).Similarity(wb); sim >= nb.Linked {
			emit(pair{A: va.Key, B: b, Sim: sim})
		}
	}
}

// componentsFn finds the components of the verified pairs, on one
// worker: KV<node, component> for the nodes of components of two or more
// (the component named by its least key), KV<node, story> for the others.
func componentsFn(_ []byte, nodes func(*node) bool, pairs func(*pair) bool, emitMember func(string, string), emitAlone func(string, string)) {
	var keys []string
	var n node
	for nodes(&n) {
		keys = append(keys, n.Key)
	}
	var ps []story.Pair
	var p pair
	for pairs(&p) {
		ps = append(ps, story.Pair{A: p.A, B: p.B, Sim: p.Sim})
	}
	for _, c := range story.Components(keys, ps, story.MaxComponent) {
		if len(c) == 1 {
			emitAlone(c[0], storyID(c[0]))
			continue
		}
		for _, k := range c {
			emitMember(k, c[0])
		}
	}
}

// toMember keys a node's vector by its component: KV<component, vecNode>.
func toMember(_ string, comps func(*string) bool, vecs func(*vecNode) bool, emit func(string, vecNode)) {
	var c string
	if !comps(&c) {
		return
	}
	var v vecNode
	if vecs(&v) {
		emit(c, v)
	}
}

// clusterFn clusters the nodes of one component.
type clusterFn struct {
	Window int64 // seconds
}

// ProcessElement emits KV<node key, story id> for every node of the
// component.
func (fn *clusterFn) ProcessElement(_ string, nodes func(*vecNode) bool, emit func(string, string)) {
	var all []vecNode
	var v vecNode
	for nodes(&v) {
		all = append(all, v)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Key < all[j].Key })
	vecs := make([]nb.StoryVector, len(all))
	published := make([]time.Time, len(all))
	for i, v := range all {
		vecs[i] = nb.StoryVector{IDs: v.IDs, Weights: v.Weights}
		published[i] = unix(v.Published)
	}
	for _, members := range nb.ClusterVectors(vecs, published, time.Duration(fn.Window)*time.Second) {
		id := storyID(all[members[0]].Key)
		for _, m := range members {
			emit(all[m].Key, id)
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
		if id == "" { // not assigned: cannot happen, but never one story of strays
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
