package main

import (
	"cmp"
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
	idx, pos := byProbability(probs, ex, l)
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
	idx, pos := byProbability(probs, ex, l)
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

// labelScore is one label's precision, recall and recall@3.
type labelScore struct {
	precision, recall, recall3 float64
	tp, pred, gold             int
}

// scoreLabels measures decided labels against gold, per label (index 0,
// none, is left zero).
func scoreLabels(ex []example, decided []int, probs [][]float64) []labelScore {
	out := make([]labelScore, len(labels))
	for l := 1; l < len(labels); l++ {
		s := &out[l]
		for i, e := range ex {
			if decided[i] == l {
				s.pred++
				if e.label == l {
					s.tp++
				}
			}
			if e.label == l {
				s.gold++
			}
		}
		s.precision, s.recall, s.recall3 = ratio(s.tp, s.pred), ratio(s.tp, s.gold), recallAt3(ex, decided, probs, l)
	}
	return out
}

// report prints per-label precision and recall of decided labels, and
// recall@3: per article and label with gold sentences, the share of
// them (at most 3) among the article's top 3 sentences decided as that
// label, ranked by probability.
func report(ex []example, decided []int, probs [][]float64) []labelScore {
	sc := scoreLabels(ex, decided, probs)
	fmt.Printf("  %-12s %9s %7s %5s %5s %5s %9s\n", "label", "precision", "recall", "tp", "pred", "gold", "recall@3")
	for l := 1; l < len(labels); l++ {
		s := sc[l]
		fmt.Printf("  %-12s %9.3f %7.3f %5d %5d %5d %9.3f\n", labels[l], s.precision, s.recall, s.tp, s.pred, s.gold, s.recall3)
	}
	return sc
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
		sortByProbability(cand, probs, l)
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

// ruleVerdicts gives the old rules' verdict on each sentence, as compose
// uses them today: package cue's label for risk, opportunity and unknown
// (ranked by its score), and a phrase of the significance or next-step
// word list for significance and next (ranked by how many; compose ranks
// those by the sentence's centrality, which a single sentence does not
// have, so recall@3 of those two is an approximation).
func ruleVerdicts(ex []example) ([]int, [][]float64) {
	decided := make([]int, len(ex))
	probs := make([][]float64, len(ex))
	for i, e := range ex {
		probs[i] = make([]float64, len(labels))
		r := cue.Classify(e.text, e.lang)
		if r.Label != cue.None {
			decided[i] = max(slices.Index(labels, r.Label.String()), 0)
			probs[i][decided[i]] = r.Score
			continue
		}
		sig, next := cue.Count(e.text, e.lang, cue.Significance), cue.Count(e.text, e.lang, cue.Next)
		switch {
		case next > 0 && next >= sig:
			decided[i] = slices.Index(labels, "next")
			probs[i][decided[i]] = float64(next)
		case sig > 0:
			decided[i] = slices.Index(labels, "significance")
			probs[i][decided[i]] = float64(sig)
		}
	}
	return decided, probs
}

// reportCue prints the old rules' precision, recall and recall@3 on ex.
func reportCue(ex []example) []labelScore {
	decided, probs := ruleVerdicts(ex)
	return report(ex, decided, probs)
}

// noWorse says whether the model is no worse than the rules for a label:
// it beats them, or it files nothing where the rules file nothing right.
func noWorse(model, rules labelScore) bool {
	return beats(model, rules) || model.pred == 0 && rules.tp == 0
}

// beats says whether the model replaces the rules for a label without
// loss: at least their precision and at least their recall@3.
func beats(model, rules labelScore) bool {
	return model.pred > 0 && model.precision >= rules.precision && model.recall3 >= rules.recall3
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

// matchRules returns, per label, the threshold at which the model's
// out-of-fold precision on ex is at least the old rules' precision on ex,
// with the most recall: the operating point where the model can replace
// the rules without filing more wrong sentences.
func matchRules(oof [][]float64, ex []example) []float32 {
	decided, _ := ruleVerdicts(ex)
	th := make([]float32, len(labels))
	for l := 1; l < len(labels); l++ {
		tp, pred := 0, 0
		for i, e := range ex {
			if decided[i] == l {
				pred++
				if e.label == l {
					tp++
				}
			}
		}
		th[l], _, _, _ = pickThreshold(oof, ex, l, ratio(tp, pred))
	}
	return th
}

// byProbability returns the indexes of ex ranked by their probability of
// label l, highest first (ties in input order), and how many are gold l.
func byProbability(probs [][]float64, ex []example, l int) (idx []int, pos int) {
	idx = make([]int, len(ex))
	for i := range idx {
		idx[i] = i
		if ex[i].label == l {
			pos++
		}
	}
	sortByProbability(idx, probs, l)
	return idx, pos
}

// sortByProbability sorts the indexes idx by their probability of label l,
// highest first, keeping the order of equal ones.
func sortByProbability(idx []int, probs [][]float64, l int) {
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(probs[b][l], probs[a][l]) })
}
