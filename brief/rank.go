package brief

import (
	"math"
	"sort"
)

// rank scores every sentence: its centrality in the similarity graph of
// all sentences (LexRank), its position (news puts the most important
// first), and the facts it carries.
func (c *corpus) rank() {
	c.weigh()
	cent := c.centrality()
	top := 0.0
	for _, v := range cent {
		top = math.Max(top, v)
	}
	for i := range c.sents {
		s := &c.sents[i]
		centrality := 0.0
		if top > 0 {
			centrality = cent[i] / top
		}
		s.score = 0.4*centrality + 0.45*positionPrior(s.pos) + 0.15*informative(s.text)
		s.cue = classify(s.text, s.lang)
	}
}

// positionPrior favours the first sentences of an article.
func positionPrior(pos int) float64 { return 1 / (1 + 0.5*float64(pos)) }

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
	for i := range c.sents {
		s := &c.sents[i]
		s.vec = map[string]float64{}
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
	w := make([][]float64, n)
	out := make([]float64, n)
	for i := range c.sents {
		w[i] = make([]float64, n)
		for j := range c.sents {
			if i != j {
				if sim := similarity(&c.sents[i], &c.sents[j]); sim > 0.05 {
					w[i][j] = sim
					out[i] += sim
				}
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
		for i := range w {
			if out[i] == 0 {
				continue
			}
			for j, v := range w[i] {
				if v > 0 {
					next[j] += 0.85 * rank[i] * v / out[i]
				}
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

// selectMMR picks up to n sentences from ranked by maximal marginal
// relevance, never one too close to a sentence already picked.
func (c *corpus) selectMMR(ranked []int, n int, avoid []int) []int {
	var picked []int
	for len(picked) < n {
		best, bestVal := -1, math.Inf(-1)
		for _, i := range ranked {
			if contains(picked, i) {
				continue
			}
			red := c.maxSimilarity(i, picked, avoid)
			if red > 0.5 {
				continue
			}
			if v := 0.75*c.sents[i].score - 0.25*red; v > bestVal {
				best, bestVal = i, v
			}
		}
		if best < 0 {
			break
		}
		picked = append(picked, best)
	}
	return picked
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

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
