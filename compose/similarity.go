package compose

import (
	"context"
	"slices"
)

// overlapOf is TextRank's similarity of two sentences that share shared
// distinct terms: shared over the sum of the logs of their lengths.
func overlapOf(shared int, a, b *sent) float64 {
	den := a.logLen + b.logLen
	if den <= 0 {
		return 0
	}
	return float64(shared) / den
}

// neighbours calls visit(i, shared, touched) for every sentence i, where
// touched lists, in increasing order, the other sentences that share a
// term with it and shared[j] counts the distinct terms they share. It
// reads an index from terms to sentences, so its cost is that of the
// pairs that share a term, not of all pairs; shared and touched are valid
// only during the call.
func (c *corpus) neighbours(ctx context.Context, visit func(i int, shared, touched []int)) error {
	postings := make([][]int, c.nTerms)
	for i := range c.sents {
		for _, id := range c.sents[i].ids {
			postings[id] = append(postings[id], i)
		}
	}
	shared := make([]int, len(c.sents))
	var touched []int
	for i := range c.sents {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		touched = touched[:0]
		for _, id := range c.sents[i].ids {
			for _, j := range postings[id] {
				if j == i {
					continue
				}
				if shared[j] == 0 {
					touched = append(touched, j)
				}
				shared[j]++
			}
		}
		slices.Sort(touched)
		visit(i, shared, touched)
		for _, j := range touched {
			shared[j] = 0
		}
	}
	return nil
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

// maxSimilarityTo returns the highest cosine of s with a sentence of set.
func (c *corpus) maxSimilarityTo(s *sent, set []int) float64 {
	m := 0.0
	for _, j := range set {
		m = max(m, similarity(s, &c.sents[j]))
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
