package compose

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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
	// pageRankIterations and damping run TextRank's PageRank.
	pageRankIterations = 40
	damping            = 0.85
)

// score weighs every sentence by its centrality in the similarity graph of
// the sentences (TextRank), how frequent its words are in the documents
// (SumBasic), its position (news puts the most important first) and the
// share of its headline's words it repeats, then raises the sentences that
// other sources confirm.
func (c *corpus) score(ctx context.Context, limits Limits) error {
	c.weigh()
	cent, err := c.centrality(ctx, limits.Neighbours)
	if err != nil {
		return err
	}
	cent = normalize(cent)
	freq := normalize(c.frequency())
	for i := range c.sents {
		s := &c.sents[i]
		s.centrality = cent[i]
		s.score = weightCentrality*cent[i] + weightFrequency*freq[i] + weightPosition*positionPrior(s.pos) + weightTitle*c.titleShare(s)
	}
	return c.confirm(ctx)
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
	c.df = df
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
			s.ids = append(s.ids, id)
		}
		slices.Sort(s.ids)
		s.ids = slices.Compact(s.ids)
		if len(s.terms) > 0 {
			s.logLen = math.Log(float64(len(s.terms)))
		}
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
	c.nTerms = len(ids)
	c.titles = c.titleTerms(ids)
	rare := max(minAnchorSentences, int(anchorShare*n))
	for i := range c.sents {
		c.sents[i].anchors = anchorIDs(c.sents[i].text, c.sents[i].lang, ids, func(t string) bool { return df[t] <= rare })
	}
}

// A term is an anchor of the facts of a sentence only when few sentences
// use it: at most anchorShare of them, or minAnchorSentences. The story's
// protagonist and topic ("Safin", "Grand Slam") are in most sentences and
// tell no fact from another.
const (
	anchorShare        = 0.2
	minAnchorSentences = 2
)

// anchorIDs returns the sorted ids of the terms of a sentence that name a
// fact's particulars and that rare accepts: the words holding a digit, and
// the capitalised words after its first (names; the first word is
// capitalised anyway).
func anchorIDs(text, lang string, ids map[string]int, rare func(string) bool) []int {
	var out []int
	for k, f := range strings.Fields(text) {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(f, "\"'“‘(["))
		if !strings.ContainsFunc(f, unicode.IsDigit) && (k == 0 || !unicode.IsUpper(r)) {
			continue
		}
		for _, t := range terms(f, lang) {
			if id, ok := ids[t]; ok && rare(t) {
				out = append(out, id)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
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

// centrality runs PageRank over the graph of sentence similarities: an
// edge joins two sentences that share a term, weighted by their overlap,
// and each sentence keeps its neighbours strongest edges (all of them in a
// news article), so the graph grows linearly with the text.
func (c *corpus) centrality(ctx context.Context, neighbours int) ([]float64, error) {
	n := len(c.sents)
	if n == 0 {
		return nil, nil
	}
	edges := make([][]edge, n)
	out := make([]float64, n)
	err := c.neighbours(ctx, func(i int, shared []int, touched []int) {
		for _, j := range touched {
			if w := overlapOf(shared[j], &c.sents[i], &c.sents[j]); w > 0 {
				edges[i] = append(edges[i], edge{j, w})
			}
		}
		edges[i] = strongest(edges[i], neighbours)
		for _, e := range edges[i] {
			out[i] += e.w
		}
	})
	if err != nil {
		return nil, err
	}
	rank := make([]float64, n)
	for i := range rank {
		rank[i] = 1 / float64(n)
	}
	next := make([]float64, n)
	for range pageRankIterations {
		for j := range next {
			next[j] = (1 - damping) / float64(n)
		}
		for i, es := range edges {
			for _, e := range es {
				next[e.to] += damping * rank[i] * e.w / out[i]
			}
		}
		rank, next = next, rank
	}
	return rank, nil
}

// edge is a weighted edge of the sentence graph.
type edge struct {
	to int
	w  float64
}

// strongest keeps the k heaviest of edges es, listed in the order of the
// sentences they lead to; of equal weights, those to the earlier sentences
// are kept. It selects rather than sorts, so it costs about len(es).
func strongest(es []edge, k int) []edge {
	if len(es) <= k {
		return es
	}
	selectFirst(es, k)
	es = es[:k]
	slices.SortFunc(es, func(a, b edge) int { return cmp.Compare(a.to, b.to) })
	return es
}

// heavier orders edges heaviest first, then by the sentence they lead to.
func heavier(a, b edge) bool { return a.w > b.w || a.w == b.w && a.to < b.to }

// selectFirst reorders es so that its k heaviest edges come first
// (quickselect, with the median of three as pivot).
func selectFirst(es []edge, k int) {
	lo, hi := 0, len(es)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if heavier(es[hi], es[lo]) {
			es[lo], es[hi] = es[hi], es[lo]
		}
		if heavier(es[mid], es[lo]) {
			es[mid], es[lo] = es[lo], es[mid]
		}
		if heavier(es[hi], es[mid]) {
			es[hi], es[mid] = es[mid], es[hi]
		}
		pivot := es[mid]
		i, j := lo, hi
		for i <= j {
			for heavier(es[i], pivot) {
				i++
			}
			for heavier(pivot, es[j]) {
				j--
			}
			if i <= j {
				es[i], es[j] = es[j], es[i]
				i++
				j--
			}
		}
		switch {
		case k-1 <= j:
			hi = j
		case k-1 >= i:
			lo = i
		default:
			return
		}
	}
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

// confirm raises the score of sentences that other sources confirm, and
// records which sentences confirm which.
func (c *corpus) confirm(ctx context.Context) error {
	if len(c.docs) < 2 {
		return nil
	}
	c.confirmedBy = make([][]int, len(c.sents))
	return c.neighbours(ctx, func(i int, _, touched []int) {
		a := &c.sents[i]
		if !a.candidate {
			return
		}
		seen := map[int]bool{}
		for _, j := range touched {
			b := &c.sents[j]
			if b.doc == a.doc || !b.candidate {
				continue
			}
			sim := similarity(a, b)
			if sim < sameFactSimilarity {
				continue
			}
			c.confirmedBy[i] = append(c.confirmedBy[i], j)
			if sim >= confirmSimilarity {
				seen[b.doc] = true
			}
		}
		a.score += confirmBonus * float64(len(seen))
	})
}
