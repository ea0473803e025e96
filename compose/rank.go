package compose

import (
	"math"
	"sort"
)

// Weights of the sentence score, chosen jointly on the summarisation dev
// sets (bench/cmd/summbench): centrality and frequency carry the Korean
// and BBC sets, position the CNN/DailyMail one.
const (
	weightCentrality = 0.5
	weightFrequency  = 0.25 // the words the article repeats most
	weightPosition   = 0.25
	weightTitle      = 0.05 // sharing the headline's words
	positionDecay    = 0.5
	// duplicateSimilarity is the cosine above which two sentences say
	// mostly the same thing and only the better one is picked.
	duplicateSimilarity = 0.5
)

// rank scores every sentence by its centrality in the similarity graph of
// all sentences (TextRank), how frequent its words are in the documents
// (SumBasic), its position (news puts the most important first) and the
// share of its headline's words it repeats.
func (c *corpus) rank() {
	c.weigh()
	cent := normalize(c.centrality())
	freq := normalize(c.frequency())
	for i := range c.sents {
		s := &c.sents[i]
		s.score = weightCentrality*cent[i] + weightFrequency*freq[i] + weightPosition*positionPrior(s.pos) + weightTitle*c.titleShare(s)
		s.cue = classify(s.text, s.lang)
	}
	c.confirm()
}

// normalize divides v by its largest value, in place, when that is
// positive.
func normalize(v []float64) []float64 {
	top := 0.0
	for _, x := range v {
		top = math.Max(top, x)
	}
	if top > 0 {
		for i := range v {
			v[i] /= top
		}
	}
	return v
}

// frequency scores each sentence by how often the documents use its
// terms, after SumBasic: the summed counts of its terms, divided by the
// square root of their number so that a sentence is not favoured for its
// length alone.
func (c *corpus) frequency() []float64 {
	count := map[string]float64{}
	for i := range c.sents {
		for _, t := range c.sents[i].terms {
			count[t]++
		}
	}
	out := make([]float64, len(c.sents))
	for i := range c.sents {
		ts := c.sents[i].terms
		if len(ts) == 0 {
			continue
		}
		sum := 0.0
		for _, t := range ts {
			sum += count[t]
		}
		out[i] = sum / math.Sqrt(float64(len(ts)))
	}
	return out
}

// positionPrior favours the first sentences of an article.
func positionPrior(pos int) float64 { return 1 / (1 + positionDecay*float64(pos)) }

// weigh gives every sentence a unit-length tf-idf vector.
func (c *corpus) weigh() {
	df := map[string]int{}
	for _, s := range c.sents {
		seen := map[string]bool{}
		for _, t := range s.terms {
			if !seen[t] {
				df[t]++
				seen[t] = true
			}
		}
	}
	n := float64(len(c.sents))
	ids := map[string]int{}
	for i := range c.sents {
		s := &c.sents[i]
		s.vec = map[string]float64{}
		for _, t := range s.terms {
			id, ok := ids[t]
			if !ok {
				id = len(ids)
				ids[t] = id
			}
			if !contains(s.ids, id) {
				s.ids = append(s.ids, id)
			}
		}
		sort.Ints(s.ids)
		for _, t := range s.terms {
			s.vec[t]++
		}
		norm := 0.0
		for t, tf := range s.vec {
			w := tf * (math.Log((n+1)/float64(df[t]+1)) + 1)
			s.vec[t] = w
			norm += w * w
		}
		norm = math.Sqrt(norm)
		for t := range s.vec {
			s.vec[t] /= norm
		}
	}
	c.titles = c.titleTerms(ids)
}

// overlap is TextRank's similarity: shared distinct terms over the sum
// of the logs of the sentence lengths.
func overlap(a, b *sent) float64 {
	den := math.Log(float64(len(a.terms))) + math.Log(float64(len(b.terms)))
	if den <= 0 {
		return 0
	}
	shared := 0
	intersect(a.ids, b.ids, func(int, int) { shared++ })
	return float64(shared) / den
}

// titleTerms returns, for each document, the ids of its headline's terms.
func (c *corpus) titleTerms(ids map[string]int) []map[int]bool {
	out := make([]map[int]bool, len(c.docs))
	for i, d := range c.docs {
		out[i] = map[int]bool{}
		for _, t := range terms(d.Title, c.langs[i]) {
			if id, ok := ids[t]; ok {
				out[i][id] = true
			}
		}
	}
	return out
}

// similarity is the cosine of two sentences' vectors.
func similarity(a, b *sent) float64 {
	if len(a.vec) > len(b.vec) {
		a, b = b, a
	}
	dot := 0.0
	for t, w := range a.vec {
		dot += w * b.vec[t]
	}
	return dot
}

// centrality runs PageRank over the graph of sentence similarities.
func (c *corpus) centrality() []float64 {
	n := len(c.sents)
	if n == 0 {
		return nil
	}
	type edge struct {
		to int
		w  float64
	}
	edges := make([][]edge, n)
	out := make([]float64, n)
	for i := range c.sents {
		for j := i + 1; j < n; j++ {
			if sim := overlap(&c.sents[i], &c.sents[j]); sim > 0 {
				edges[i] = append(edges[i], edge{j, sim})
				edges[j] = append(edges[j], edge{i, sim})
				out[i] += sim
				out[j] += sim
			}
		}
	}
	rank := make([]float64, n)
	for i := range rank {
		rank[i] = 1 / float64(n)
	}
	next := make([]float64, n)
	for range 40 {
		for j := range next {
			next[j] = 0.15 / float64(n)
		}
		for i, es := range edges {
			for _, e := range es {
				next[e.to] += 0.85 * rank[i] * e.w / out[i]
			}
		}
		rank, next = next, rank
	}
	return rank
}

// byScore returns the indexes of candidate sentences, best first; ties go
// to the earlier sentence so the result is deterministic.
func (c *corpus) byScore(keep func(*sent) bool) []int {
	var idx []int
	for i := range c.sents {
		if c.sents[i].candidate && (keep == nil || keep(&c.sents[i])) {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return c.sents[idx[a]].score > c.sents[idx[b]].score })
	return idx
}

// pick takes up to n sentences from ranked, best first, skipping any that
// repeats a sentence already picked or in avoid.
func (c *corpus) pick(ranked []int, n int, avoid []int) []int {
	var picked []int
	for _, i := range ranked {
		if len(picked) == n {
			break
		}
		if !c.repeats(i, picked) && !c.repeats(i, avoid) {
			picked = append(picked, i)
		}
	}
	return picked
}

// repeats reports whether sentence i says the same as one of others: a
// near copy in the same source, or a confirmation from another source.
func (c *corpus) repeats(i int, others []int) bool {
	for _, j := range others {
		limit := duplicateSimilarity
		if c.sents[i].doc != c.sents[j].doc {
			limit = confirmSimilarity
		}
		if similarity(&c.sents[i], &c.sents[j]) > limit {
			return true
		}
	}
	return false
}

func (c *corpus) maxSimilarity(i int, sets ...[]int) float64 {
	m := 0.0
	for _, set := range sets {
		for _, j := range set {
			m = math.Max(m, similarity(&c.sents[i], &c.sents[j]))
		}
	}
	return m
}

// intersect calls visit(i, j) for every a[i] == b[j] of two increasing
// slices.
func intersect(a, b []int, visit func(i, j int)) {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			visit(i, j)
			i++
			j++
		}
	}
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// titleShare is the share of its document's headline terms a sentence
// uses.
func (c *corpus) titleShare(s *sent) float64 {
	title := c.titles[s.doc]
	if len(title) == 0 {
		return 0
	}
	n := 0
	for _, id := range s.ids {
		if title[id] {
			n++
		}
	}
	return float64(n) / float64(len(title))
}
