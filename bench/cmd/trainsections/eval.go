package main

import (
	"fmt"
	"slices"

	"github.com/newsbrief/newsbrief/internal/classify"
	"github.com/newsbrief/newsbrief/internal/cue"
)

// pickThreshold returns the probability threshold for label l with the
// most recall among those whose precision on probs is at least target
// (with at least 5 sentences predicted), and that precision, recall and
// count. When no threshold reaches the target it returns 1.01, which
// never fires.
func pickThreshold(probs [][]float64, ex []example, l int, target float64) (float32, float64, float64, int) {
	idx := make([]int, len(ex))
	pos := 0
	for i := range idx {
		idx[i] = i
		if ex[i].label == l {
			pos++
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case probs[a][l] > probs[b][l]:
			return -1
		case probs[a][l] < probs[b][l]:
			return 1
		}
		return 0
	})
	best, bp, br, bn := float32(1.01), 0.0, 0.0, 0
	tp := 0
	for k, i := range idx {
		if ex[i].label == l {
			tp++
		}
		n := k + 1
		if k+1 < len(idx) && probs[idx[k+1]][l] == probs[i][l] {
			continue // a threshold cannot split equal scores
		}
		prec := float64(tp) / float64(n)
		rec := float64(tp) / float64(max(pos, 1))
		if n >= 5 && prec >= target && rec > br {
			best, bp, br, bn = float32(probs[i][l]), prec, rec, n
		}
	}
	return best, bp, br, bn
}

// printCurve prints label l's precision/recall curve: for recall 0.05,
// 0.1, 0.2, … 0.9, the best precision reached at that recall or more, and
// the probability threshold where it is reached.
func printCurve(probs [][]float64, ex []example, l int) {
	fmt.Printf("    PR curve for %s (recall: precision at threshold)\n", labels[l])
	idx := make([]int, len(ex))
	pos := 0
	for i := range idx {
		idx[i] = i
		if ex[i].label == l {
			pos++
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case probs[a][l] > probs[b][l]:
			return -1
		case probs[a][l] < probs[b][l]:
			return 1
		}
		return 0
	})
	type point struct{ p, r, t float64 }
	var pts []point
	tp := 0
	for k, i := range idx {
		if ex[i].label == l {
			tp++
		}
		pts = append(pts, point{float64(tp) / float64(k+1), float64(tp) / float64(max(pos, 1)), probs[i][l]})
	}
	for _, want := range []float64{0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9} {
		best := point{}
		for _, pt := range pts {
			if pt.r >= want && pt.p > best.p {
				best = pt
			}
		}
		fmt.Printf("      recall %.2f: precision %.3f at %.3f\n", want, best.p, best.t)
	}
}

func decideAll(probs [][]float64, th []float32) []int {
	m := &classify.Model{Labels: labels, Thresholds: th}
	out := make([]int, len(probs))
	for i, p := range probs {
		l, _ := m.Decide(p)
		out[i] = slices.Index(labels, l)
	}
	return out
}

// report prints per-label precision and recall of decided labels, and
// recall@3: per article and label with gold sentences, the share of
// them (at most 3) among the article's top 3 sentences decided as that
// label, ranked by probability.
func report(ex []example, decided []int, probs [][]float64) {
	fmt.Printf("  %-12s %9s %7s %5s %5s %5s %9s\n", "label", "precision", "recall", "tp", "pred", "gold", "recall@3")
	for l := 1; l < len(labels); l++ {
		tp, pred, gold := 0, 0, 0
		for i, e := range ex {
			if decided[i] == l {
				pred++
				if e.label == l {
					tp++
				}
			}
			if e.label == l {
				gold++
			}
		}
		fmt.Printf("  %-12s %9.3f %7.3f %5d %5d %5d %9.3f\n", labels[l], ratio(tp, pred), ratio(tp, gold), tp, pred, gold, recallAt3(ex, decided, probs, l))
	}
}

func recallAt3(ex []example, decided []int, probs [][]float64, l int) float64 {
	byArt := map[string][]int{}
	for i, e := range ex {
		byArt[e.article] = append(byArt[e.article], i)
	}
	hits, want := 0, 0
	for _, idx := range byArt {
		gold := 0
		var cand []int
		for _, i := range idx {
			if ex[i].label == l {
				gold++
			}
			if decided[i] == l {
				cand = append(cand, i)
			}
		}
		if gold == 0 {
			continue
		}
		slices.SortStableFunc(cand, func(a, b int) int {
			switch {
			case probs[a][l] > probs[b][l]:
				return -1
			case probs[a][l] < probs[b][l]:
				return 1
			}
			return 0
		})
		if len(cand) > 3 {
			cand = cand[:3]
		}
		for _, i := range cand {
			if ex[i].label == l {
				hits++
			}
		}
		want += min(gold, 3)
	}
	return ratio(hits, want)
}

// reportCue prints the old rules' precision and recall for the labels
// they know (risk, opportunity, unknown) on the same sentences.
func reportCue(ex []example) {
	decided := make([]int, len(ex))
	probs := make([][]float64, len(ex))
	for i, e := range ex {
		r := cue.Classify(e.text, e.lang)
		decided[i] = max(slices.Index(labels, r.Label.String()), 0)
		probs[i] = make([]float64, len(labels))
		probs[i][decided[i]] = r.Score
	}
	fmt.Printf("  %-12s %9s %7s %5s %5s %5s %9s\n", "label", "precision", "recall", "tp", "pred", "gold", "recall@3")
	for _, l := range []int{1, 2, 3} {
		tp, pred, gold := 0, 0, 0
		for i, e := range ex {
			if decided[i] == l {
				pred++
				if e.label == l {
					tp++
				}
			}
			if e.label == l {
				gold++
			}
		}
		fmt.Printf("  %-12s %9.3f %7.3f %5d %5d %5d %9.3f\n", labels[l], ratio(tp, pred), ratio(tp, gold), tp, pred, gold, recallAt3(ex, decided, probs, l))
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func pick(ex []example, idx []int) []example {
	out := make([]example, len(idx))
	for k, i := range idx {
		out[k] = ex[i]
	}
	return out
}

func pickS(s []int, idx []int) []int {
	out := make([]int, len(idx))
	for k, i := range idx {
		out[k] = s[i]
	}
	return out
}

func pickP(p [][]float64, idx []int) [][]float64 {
	out := make([][]float64, len(idx))
	for k, i := range idx {
		out[k] = p[i]
	}
	return out
}

// cueProbs turns the old rules' verdicts into label scores, for average
// precision beside the model's.
func cueProbs(ex []example) [][]float64 {
	out := make([][]float64, len(ex))
	for i, e := range ex {
		r := cue.Classify(e.text, e.lang)
		out[i] = make([]float64, len(labels))
		out[i][max(slices.Index(labels, r.Label.String()), 0)] = r.Score
	}
	return out
}
