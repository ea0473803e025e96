package story

import "sort"

// Pair is a verified pair: two articles' keys, A < B, and their
// similarity (the in-memory clustering's, compose.StoryVector.Similarity),
// at least the least similarity that links two articles.
type Pair struct {
	A, B string
	Sim  float64
}

// MaxComponent is the most articles of one component (Components): the
// stories of a component are decided on one worker, in time and memory
// that grow with the square of its size.
const MaxComponent = 1000

// Components returns the connected components of the articles under
// their verified pairs: the groups of articles that can end up in one
// story, since two stories only ever merge along a pair. Pairs are joined
// from the most similar down (ties by keys), and a pair that would make a
// component larger than maxSize is left out, so a giant component (a
// chain of weak links through a whole crawl) splits at its weakest links,
// the same way on every run. Every key is in exactly one component;
// components list keys in order and come in order of their first key.
func Components(keys []string, pairs []Pair, maxSize int) [][]string {
	keys = append([]string(nil), keys...)
	sort.Strings(keys)
	keys = dedupe(keys)
	index := make(map[string]int, len(keys))
	for i, k := range keys {
		index[k] = i
	}
	ps := append([]Pair(nil), pairs...)
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].Sim != ps[j].Sim {
			return ps[i].Sim > ps[j].Sim
		}
		if ps[i].A != ps[j].A {
			return ps[i].A < ps[j].A
		}
		return ps[i].B < ps[j].B
	})
	parent := make([]int, len(keys))
	size := make([]int, len(keys))
	for i := range parent {
		parent[i], size[i] = i, 1
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, p := range ps {
		a, ok1 := index[p.A]
		b, ok2 := index[p.B]
		if !ok1 || !ok2 {
			continue
		}
		x, y := find(a), find(b)
		if x == y || size[x]+size[y] > maxSize {
			continue
		}
		if x > y {
			x, y = y, x
		}
		parent[y] = x
		size[x] += size[y]
	}
	byRoot := map[int][]string{}
	var roots []int
	for i, k := range keys { // keys are sorted: members and roots come in order
		r := find(i)
		if byRoot[r] == nil {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], k)
	}
	out := make([][]string, len(roots))
	for i, r := range roots {
		out[i] = byRoot[r]
	}
	return out
}

func dedupe(sorted []string) []string {
	out := sorted[:0]
	for i, s := range sorted {
		if i == 0 || s != sorted[i-1] {
			out = append(out, s)
		}
	}
	return out
}
