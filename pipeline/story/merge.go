package story

import (
	"sort"
	"time"
)

// MinSimilarity is the least estimated Jaccard similarity of a pair for it
// to count, and the least average similarity of two stories for them to
// merge.
var MinSimilarity = 0.15

// Merge groups articles into stories from their verified pairs, the same
// way the in-memory clustering does: pairs from the most similar down
// (ties by key), two stories merge when the mean similarity over all
// pairs of their articles (pairs not found count as 0) is at least
// MinSimilarity and every dated article of one is within window of every
// dated article of the other. Every node is in exactly one story; stories
// list keys in order, and come in order of their first key. The result
// depends only on the nodes and pairs, not on their order.
func Merge(nodes []Node, pairs []Pair, window time.Duration) [][]string {
	keys := make([]string, len(nodes))
	published := map[string]time.Time{}
	for i, n := range nodes {
		keys[i] = n.Key
		published[n.Key] = n.Published
	}
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
	sim := map[[2]int]float64{}
	for _, p := range ps {
		a, ok1 := index[p.A]
		b, ok2 := index[p.B]
		if !ok1 || !ok2 || a == b {
			continue
		}
		if a > b {
			a, b = b, a
		}
		sim[[2]int{a, b}] = p.Sim
	}
	story := make([]int, len(keys))
	members := make([][]int, len(keys))
	for i := range keys {
		story[i], members[i] = i, []int{i}
	}
	dates := make([]time.Time, len(keys))
	for i, k := range keys {
		dates[i] = published[k]
	}
	for _, p := range ps {
		a, ok1 := index[p.A]
		b, ok2 := index[p.B]
		if !ok1 || !ok2 {
			continue
		}
		x, y := story[a], story[b]
		if x == y || !windowHolds(dates, members[x], members[y], window) || averageLink(members[x], members[y], sim) < MinSimilarity {
			continue
		}
		if x > y {
			x, y = y, x
		}
		for _, i := range members[y] {
			story[i] = x
		}
		members[x] = append(members[x], members[y]...)
		members[y] = nil
	}
	var out [][]string
	for _, m := range members {
		if len(m) == 0 {
			continue
		}
		sort.Ints(m)
		s := make([]string, len(m))
		for i, k := range m {
			s[i] = keys[k]
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// averageLink is the mean similarity over all pairs of two stories'
// articles, a pair not found counting as 0.
func averageLink(a, b []int, sim map[[2]int]float64) float64 {
	total := 0.0
	for _, i := range a {
		for _, j := range b {
			if i > j {
				total += sim[[2]int{j, i}]
			} else {
				total += sim[[2]int{i, j}]
			}
		}
	}
	return total / float64(len(a)*len(b))
}

// windowHolds reports whether every dated article of one story is within
// window of every dated article of the other.
func windowHolds(dates []time.Time, a, b []int, window time.Duration) bool {
	for _, i := range a {
		for _, j := range b {
			if !within(dates[i], dates[j], window) {
				return false
			}
		}
	}
	return true
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
