package rouge

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/words"
)

// Scores are ROUGE F1 values in [0,1].
type Scores struct{ R1, R2, RL float64 }

// Score compares candidate sentences with reference sentences: ROUGE-1 and
// ROUGE-2 F1 over lower-cased \w+ tokens (Unicode letters, digits, marks,
// '_'), no stemming, no stop-word removal; ROUGE-L is "ROUGE-Lsum":
// summary-level LCS, the union LCS of each reference sentence against all
// candidate sentences (as in Lin 2004 / Google's rouge-score rougeLsum),
// F1.
func Score(candidate, reference []string) Scores {
	cand := tokenizeAll(candidate)
	ref := tokenizeAll(reference)
	return Scores{
		R1: ngramF1(flatten(cand), flatten(ref), 1),
		R2: ngramF1(flatten(cand), flatten(ref), 2),
		RL: lsumF1(cand, ref),
	}
}

func tokenizeAll(sents []string) [][]string {
	out := make([][]string, 0, len(sents))
	for _, s := range sents {
		if t := words.Tokens(s); len(t) > 0 {
			out = append(out, t)
		}
	}
	return out
}

func flatten(sents [][]string) []string {
	var out []string
	for _, s := range sents {
		out = append(out, s...)
	}
	return out
}

// f1 is the harmonic mean of hits/candTotal and hits/refTotal.
func f1(hits, candTotal, refTotal int) float64 {
	if hits == 0 || candTotal == 0 || refTotal == 0 {
		return 0
	}
	p := float64(hits) / float64(candTotal)
	r := float64(hits) / float64(refTotal)
	return 2 * p * r / (p + r)
}

// ngramF1 is ROUGE-N F1: the clipped overlap of the n-gram multisets.
func ngramF1(cand, ref []string, n int) float64 {
	cc, cn := ngrams(cand, n)
	rc, rn := ngrams(ref, n)
	hits := 0
	for g, c := range cc {
		hits += min(c, rc[g])
	}
	return f1(hits, cn, rn)
}

// ngrams counts the n-grams of toks and returns their total.
func ngrams(toks []string, n int) (map[string]int, int) {
	m := make(map[string]int)
	total := 0
	for i := 0; i+n <= len(toks); i++ {
		m[strings.Join(toks[i:i+n], "\x00")]++
		total++
	}
	return m, total
}

// lsumF1 is summary-level ROUGE-L F1 (rouge-score's _summary_level_lcs).
// For each reference sentence, the reference positions on an LCS with any
// candidate sentence are united; each token at those positions is a hit
// while both the candidate and the reference still have an unused
// occurrence of it.
func lsumF1(cand, ref [][]string) float64 {
	m, n := 0, 0
	candCnt := make(map[string]int)
	refCnt := make(map[string]int)
	for _, s := range cand {
		n += len(s)
		for _, t := range s {
			candCnt[t]++
		}
	}
	for _, s := range ref {
		m += len(s)
		for _, t := range s {
			refCnt[t]++
		}
	}
	if m == 0 || n == 0 {
		return 0
	}
	hits := 0
	for _, r := range ref {
		union := make([]bool, len(r))
		for _, c := range cand {
			for _, i := range lcsIndices(r, c) {
				union[i] = true
			}
		}
		for i, in := range union {
			if !in {
				continue
			}
			t := r[i]
			if candCnt[t] > 0 && refCnt[t] > 0 {
				hits++
				candCnt[t]--
				refCnt[t]--
			}
		}
	}
	return f1(hits, n, m)
}

// lcsIndices returns the positions in ref of one longest common
// subsequence of ref and can, in increasing order. Ties are broken as in
// rouge-score's _backtrack_norec, so the same LCS is chosen.
func lcsIndices(ref, can []string) []int {
	rows, cols := len(ref), len(can)
	if rows == 0 || cols == 0 {
		return nil
	}
	w := cols + 1
	t := make([]int32, (rows+1)*w)
	for i := 1; i <= rows; i++ {
		for j := 1; j <= cols; j++ {
			switch {
			case ref[i-1] == can[j-1]:
				t[i*w+j] = t[(i-1)*w+j-1] + 1
			default:
				t[i*w+j] = max(t[(i-1)*w+j], t[i*w+j-1])
			}
		}
	}
	idx := make([]int, t[rows*w+cols])
	k := len(idx)
	i, j := rows, cols
	for i > 0 && j > 0 {
		switch {
		case ref[i-1] == can[j-1]:
			k--
			idx[k] = i - 1
			i--
			j--
		case t[i*w+j-1] > t[(i-1)*w+j]:
			j--
		default:
			i--
		}
	}
	return idx
}

// Mean averages scores.
type Mean struct {
	sum Scores
	n   int
}

// Add adds one article's scores.
func (m *Mean) Add(s Scores) {
	m.sum.R1 += s.R1
	m.sum.R2 += s.R2
	m.sum.RL += s.RL
	m.n++
}

// N is the number of scores added.
func (m *Mean) N() int { return m.n }

// Result is the mean of the scores added, or zero scores when none were.
func (m *Mean) Result() Scores {
	if m.n == 0 {
		return Scores{}
	}
	n := float64(m.n)
	return Scores{R1: m.sum.R1 / n, R2: m.sum.R2 / n, RL: m.sum.RL / n}
}
