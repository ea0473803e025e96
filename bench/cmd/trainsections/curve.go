package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/newsbrief/newsbrief/bench/internal/labeldata"
)

// learningCurve shows whether more labelled data would help: for each
// share of the training folds' article groups (drawn by a hash of the
// group, the same groups at every fold), 5-fold cross-validation on the
// train split trains on that share only and scores the whole held-out
// fold. It prints per label the average precision and the recall reached
// at precision 0.85 and 0.70, with the number of positives trained on.
func learningCurve(ex []example, p trainParams, shares []float64) {
	fmt.Println("learning curve (5-fold CV on the train split, training on a share of the other folds' groups):")
	fmt.Printf("  %-6s %-6s", "share", "pos")
	for l := 1; l < len(labels); l++ {
		fmt.Printf(" %-22s", labels[l]+" AP/R@.85/R@.70")
	}
	fmt.Println()
	for _, sh := range shares {
		keep := func(group string) bool {
			v, _ := strconv.ParseUint(labeldata.SentHash("curve|" + group)[:4], 16, 32)
			return float64(v)/65536 < sh
		}
		probs := make([][]float64, len(ex))
		pos := 0
		for f := 0; f < 5; f++ {
			var tr []example
			for _, e := range ex {
				if foldOf(e.group, 5) != f && keep(e.group) {
					tr = append(tr, e)
					if e.label != 0 {
						pos++
					}
				}
			}
			pr := predictor(tr, p)
			for i, e := range ex {
				if foldOf(e.group, 5) == f {
					probs[i] = pr(e.feats)
				}
			}
		}
		fmt.Printf("  %-6.2f %-6d", sh, pos/4) // each example trains in 4 of 5 folds
		sc, sp := scored(ex, probs)
		for l := 1; l < len(labels); l++ {
			_, _, r85, _ := pickThreshold(sp, sc, l, 0.85)
			_, _, r70, _ := pickThreshold(sp, sc, l, 0.70)
			fmt.Printf(" %-22s", strings.TrimSpace(fmt.Sprintf("%.3f/%.3f/%.3f", averagePrecision(sp, sc, l), r85, r70)))
		}
		fmt.Println()
	}
}
