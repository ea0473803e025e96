// Command trainblocks fits internal/blockmodel, the learned block scorer
// extract consults at the edges of the article it keeps, on the TUNING
// pages of the AEB and trafilatura sets only (internal/devsplit), and
// writes its weights as Go source.
//
// Every page is extracted with blockmodel.Trace set, which hands over the
// features of each page block extract scores (the kept span and
// blockWindow blocks on either side). A block is labelled article text
// when it holds a "with" snippet of a trafilatura page, or when its text
// lies in an AEB page's articleBody (whole, or 4 in 5 of its shingles or
// more); furniture when it holds a "without" snippet, or 1 in 5 of its
// shingles or fewer lie in the articleBody; other blocks are not
// labelled. A block weighs what it weighs in its set's score (its
// shingles, or one snippet), and the two sets the same in the fit.
// Logistic regression with an L2 penalty is fitted by gradient descent;
// five folds by page give out-of-fold probabilities. The command reports
// them for a model over all labelled blocks (the one written), for
// models over the blocks the rules keep and over those outside the kept
// span alone, and for a model blind to what the rules keep; and for each
// the votes it would cast, right and wrong per set, at thresholds from
// 0.02 to 0.98. The thresholds written are the full model's (see choose).
// The package doc of internal/blockmodel and the README ("Extracting
// articles") record the outcome: no vote qualified, and none is shipped.
//
//	cd bench && go run ./cmd/trainblocks            # CV report only
//	cd bench && go run ./cmd/trainblocks -write ../internal/blockmodel/weights.go
//
// The blind-judged sample is not read; frozen pages are never loaded.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/newsbrief/newsbrief/extract"
	"github.com/newsbrief/newsbrief/internal/aeb"
	"github.com/newsbrief/newsbrief/internal/blockmodel"
	"github.com/newsbrief/newsbrief/internal/devsplit"
	"github.com/newsbrief/newsbrief/internal/shared"
	"github.com/newsbrief/newsbrief/internal/shingle"
	"github.com/newsbrief/newsbrief/internal/trafeval"
)

// sample is one labelled block.
type sample struct {
	page string
	set  int // 0 AEB, 1 trafilatura
	f    blockmodel.Features
	y    float64
	w    float64 // weight in the fit
	// impact is what the block weighs in its set's score: its shingles
	// on an AEB page, one snippet on a trafilatura page.
	impact float64
}

const (
	folds            = 5
	minVotePrecision = 0.8
	l2               = 1e-3
	epochs           = 800
	learningRate     = 1.0
)

func main() {
	write := flag.String("write", "", "write the weights to this Go file")
	noClass = flag.Bool("noclass", false, "leave the hashed class and id tokens out (ablation)")
	flag.Parse()
	if err := run(*write); err != nil {
		fmt.Fprintln(os.Stderr, "trainblocks:", err)
		os.Exit(1)
	}
}

var noClass *bool

func run(write string) error {
	dir, err := shared.Dir()
	if err != nil {
		return err
	}
	var samples []sample
	aebPages, err := aeb.Load(filepath.Join(dir, "data", "aeb"))
	if err != nil {
		return err
	}
	for _, p := range aebPages {
		if devsplit.IsFrozen(p.ID) {
			continue
		}
		data, err := p.HTML()
		if err != nil {
			return err
		}
		truth := " " + strings.Join(shingle.Tokens(p.Truth), " ") + " "
		ts := shingle.Shingles(p.Truth)
		samples = appendPage(samples, p.ID, 0, data, p.URL, func(text string) (float64, bool) {
			toks := shingle.Tokens(text)
			if len(toks) == 0 {
				return 0, false
			}
			if strings.Contains(truth, " "+strings.Join(toks, " ")+" ") {
				return 1, true
			}
			in, all := 0, 0
			for k, n := range shingle.Shingles(text) {
				all += n
				in += min(n, ts[k])
			}
			switch share := float64(in) / float64(all); {
			case share >= 0.8:
				return 1, true
			case share <= 0.2:
				return 0, true
			}
			return 0, false
		})
	}
	trafPages, err := trafeval.Load(filepath.Join(dir, "data", "trafilatura"))
	if err != nil {
		return err
	}
	for _, p := range trafPages {
		if devsplit.IsFrozen(p.ID) {
			continue
		}
		data, err := p.HTML()
		if err != nil {
			return err
		}
		samples = appendPage(samples, p.ID, 1, data, p.URL, func(text string) (float64, bool) {
			text = collapse(text)
			for _, s := range p.With {
				if s = collapse(s); s != "" && strings.Contains(text, s) {
					return 1, true
				}
			}
			for _, s := range p.Without {
				if s = collapse(s); s != "" && strings.Contains(text, s) {
					return 0, true
				}
			}
			return 0, false
		})
	}
	if *noClass {
		for i := range samples {
			for k := blockmodel.FClass0; k < blockmodel.NumFeatures; k++ {
				samples[i].f[k] = 0
			}
		}
	}
	balance(samples)
	report(samples)

	rules := make([]float64, len(samples))
	for i, s := range samples {
		rules[i] = s.f[blockmodel.FKept]
	}
	fmt.Printf("the rules alone (kept = article): accuracy %.4f\n", accuracy(samples, rules))
	contested(samples)
	fmt.Println("one model over all labelled blocks:")
	oofAll := crossVal(samples, func(sample) bool { return true })
	fmt.Println("separate models, one over kept blocks (drop vote), one over blocks outside the span (add vote):")
	oofKept := crossVal(samples, isKept)
	oofOut := crossVal(samples, isOutside)
	fmt.Println("one model over all labelled blocks, blind to what the rules keep, scored on the contested subsets:")
	blind := slices.Clone(samples)
	for i := range blind {
		blind[i].f[blockmodel.FKept] = 0
	}
	oofBlind := crossVal(blind, func(sample) bool { return true })
	subsetAUC("kept", samples, oofBlind, isKept)
	subsetAUC("outside", samples, oofBlind, isOutside)
	fmt.Println("the separate models' votes:")
	choose(samples, oofKept, true, isKept)
	choose(samples, oofOut, false, isOutside)
	fmt.Println("the blind model's votes:")
	choose(samples, oofBlind, true, isKept)
	choose(samples, oofBlind, false, isOutside)
	fmt.Println("the full model's add vote on blocks left out inside the span (extract has none; see the package doc):")
	choose(samples, oofAll, false, isInside)
	fmt.Println("the full model's votes, the model written:")
	drop := choose(samples, oofAll, true, isKept)
	add := choose(samples, oofAll, false, isOutside)
	fmt.Printf("drop below %.2f, add above %.2f\n", drop, add)
	b, w := fit(samples)
	if write == "" {
		return nil
	}
	return writeWeights(write, b, &w, drop, add)
}

// contested prints, per set, the labelled blocks the rules get wrong:
// kept furniture, and article text left out before, inside or after the
// kept span.
func contested(samples []sample) {
	var keptBad, before, inside, after [2]int
	for _, s := range samples {
		switch {
		case isKept(s) && s.y == 0:
			keptBad[s.set]++
		case isKept(s) || s.y == 0:
		case s.f[blockmodel.FBefore] == 1:
			before[s.set]++
		case s.f[blockmodel.FAfter] == 1:
			after[s.set]++
		default:
			inside[s.set]++
		}
	}
	for set, name := range []string{"AEB", "trafilatura"} {
		fmt.Printf("  %s: %d kept blocks are furniture; %d article blocks left out before the span, %d inside, %d after\n",
			name, keptBad[set], before[set], inside[set], after[set])
	}
}

// subsetAUC prints the AUC of p on the samples in.
func subsetAUC(name string, samples []sample, p []float64, in func(sample) bool) {
	var sub []sample
	var q []float64
	for i, s := range samples {
		if in(s) {
			sub, q = append(sub, s), append(q, p[i])
		}
	}
	fmt.Printf("  on the %s blocks: AUC %.4f\n", name, auc(sub, q))
}

func isKept(s sample) bool { return s.f[blockmodel.FKept] == 1 }
func isInside(s sample) bool {
	return !isKept(s) && s.f[blockmodel.FBefore] == 0 && s.f[blockmodel.FAfter] == 0
}
func isOutside(s sample) bool {
	return !isKept(s) && (s.f[blockmodel.FBefore] == 1 || s.f[blockmodel.FAfter] == 1)
}

// crossVal returns out-of-fold probabilities of the samples in, fitted
// on the samples in of the other folds; other samples get 0.5.
func crossVal(samples []sample, in func(sample) bool) []float64 {
	oof := make([]float64, len(samples))
	for i := range oof {
		oof[i] = 0.5
	}
	for k := 0; k < folds; k++ {
		var train []sample
		for _, s := range samples {
			if fold(s.page) != k && in(s) {
				train = append(train, s)
			}
		}
		b, w := fit(train)
		for i, s := range samples {
			if fold(s.page) == k && in(s) {
				oof[i] = prob(b, &w, &s.f)
			}
		}
	}
	var sub []sample
	var p []float64
	for i, s := range samples {
		if in(s) {
			sub, p = append(sub, s), append(p, oof[i])
		}
	}
	fmt.Printf("  out-of-fold on %d blocks: log loss %.4f, accuracy %.4f, AUC %.4f\n", len(sub), logLoss(sub, p), accuracy(sub, p), auc(sub, p))
	return oof
}

// appendPage extracts one page with the trace hook set and appends its
// labelled blocks.
func appendPage(samples []sample, id string, set int, data []byte, url string, label func(string) (float64, bool)) []sample {
	blockmodel.Trace = func(text string, f blockmodel.Features) {
		if y, ok := label(text); ok {
			impact := 1.0
			if set == 0 {
				impact = float64(max(1, len(shingle.Tokens(text))-shingle.Size+1))
			}
			samples = append(samples, sample{page: id, set: set, f: f, y: y, w: impact, impact: impact})
		}
	}
	defer func() { blockmodel.Trace = nil }()
	_, _ = extract.FromReader(bytes.NewReader(data), extract.WithURL(url))
	return samples
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// balance weighs the two sets the same in the fit, each sample by its
// impact: each set's samples sum to one half of the samples' number.
func balance(samples []sample) {
	var n [2]float64
	for _, s := range samples {
		n[s.set] += s.impact
	}
	for i := range samples {
		samples[i].w = samples[i].impact * float64(len(samples)) / 2 / n[samples[i].set]
	}
}

func report(samples []sample) {
	var n, pos [2]int
	pages := map[string]bool{}
	for _, s := range samples {
		n[s.set]++
		pages[s.page] = true
		if s.y == 1 {
			pos[s.set]++
		}
	}
	fmt.Printf("tuning samples: AEB %d (%d article), trafilatura %d (%d article), %d pages\n", n[0], pos[0], n[1], pos[1], len(pages))
}

// fold is the cross-validation fold of a page.
func fold(page string) int {
	h := fnv.New32a()
	h.Write([]byte(page))
	return int(h.Sum32() % folds)
}

// fit fits logistic regression by full-batch gradient descent.
func fit(samples []sample) (float64, blockmodel.Features) {
	var w blockmodel.Features
	b := 0.0
	tw := 0.0
	for _, s := range samples {
		tw += s.w
	}
	for range epochs {
		var g blockmodel.Features
		gb := 0.0
		for _, s := range samples {
			d := (prob(b, &w, &s.f) - s.y) * s.w
			gb += d
			for i, x := range s.f {
				if x != 0 {
					g[i] += d * x
				}
			}
		}
		b -= learningRate * gb / tw
		for i := range w {
			w[i] -= learningRate * (g[i]/tw + l2*w[i])
		}
	}
	return b, w
}

func prob(b float64, w, f *blockmodel.Features) float64 {
	z := b
	for i := range w {
		z += w[i] * f[i]
	}
	return 1 / (1 + math.Exp(-z))
}

func logLoss(samples []sample, p []float64) float64 {
	l, tw := 0.0, 0.0
	for i, s := range samples {
		q := min(max(p[i], 1e-9), 1-1e-9)
		l -= s.w * (s.y*math.Log(q) + (1-s.y)*math.Log(1-q))
		tw += s.w
	}
	return l / tw
}

func accuracy(samples []sample, p []float64) float64 {
	ok, tw := 0.0, 0.0
	for i, s := range samples {
		if (p[i] >= 0.5) == (s.y == 1) {
			ok += s.w
		}
		tw += s.w
	}
	return ok / tw
}

func auc(samples []sample, p []float64) float64 {
	idx := make([]int, len(samples))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return p[idx[a]] < p[idx[b]] })
	var rankSum, npos, nneg float64
	for r, i := range idx {
		if samples[i].y == 1 {
			rankSum += float64(r + 1)
			npos++
		} else {
			nneg++
		}
	}
	return (rankSum - npos*(npos+1)/2) / (npos * nneg)
}

// choose returns the threshold of the drop vote (on kept blocks) or of the
// add vote (on blocks outside the kept span), from out-of-fold
// probabilities, and prints the votes per set at each threshold tried.
// Votes are counted by impact (AEB shingles, trafilatura snippets); a
// threshold qualifies when in each set that it touches at least
// minVotePrecision of the votes are right, and the best is the one whose
// votes gain most, each set's net gain taken relative to its impact; of
// thresholds that gain the same, the one casting the fewest votes.
func choose(samples []sample, p []float64, drop bool, in func(sample) bool) float64 {
	best, bestGain := 0.0, 0.0
	if !drop {
		best = 1
	}
	var total [2]float64
	for _, s := range samples {
		total[s.set] += s.impact
	}
	for t := 0.02; t < 0.99; t += 0.02 {
		var right, wrong [2]float64
		for i, s := range samples {
			switch {
			case !in(s):
			case drop && p[i] < t:
				if s.y == 0 {
					right[s.set] += s.impact
				} else {
					wrong[s.set] += s.impact
				}
			case !drop && p[i] > t:
				if s.y == 1 {
					right[s.set] += s.impact
				} else {
					wrong[s.set] += s.impact
				}
			}
		}
		if right[0]+wrong[0]+right[1]+wrong[1] == 0 {
			continue
		}
		if t < 0.11 || t > 0.89 || int(t*100+0.5)%10 == 0 {
			fmt.Printf("  %s t=%.2f: AEB %.0f right %.0f wrong (shingles), trafilatura %.0f right %.0f wrong (snippets)\n",
				map[bool]string{true: "drop", false: "add"}[drop], t, right[0], wrong[0], right[1], wrong[1])
		}
		ok, gain := true, 0.0
		for set := range right {
			if n := right[set] + wrong[set]; n > 0 && right[set] < minVotePrecision*n {
				ok = false
			}
			gain += (right[set] - wrong[set]) / total[set]
		}
		if ok && (gain > bestGain || !drop && gain > 0 && gain == bestGain) { // ties: the fewest votes
			best, bestGain = t, gain
		}
	}
	return best
}

func writeWeights(path string, b float64, w *blockmodel.Features, drop, add float64) error {
	var buf bytes.Buffer
	buf.WriteString("// Code generated by bench/cmd/trainblocks; DO NOT EDIT.\n\npackage blockmodel\n\nconst trained = true\n\n")
	fmt.Fprintf(&buf, "var bias = %.6f\n\nvar weights = [NumFeatures]float64{", b)
	for i, x := range w {
		if i%6 == 0 {
			buf.WriteString("\n\t")
		} else {
			buf.WriteString(" ")
		}
		fmt.Fprintf(&buf, "%.6f,", x)
	}
	buf.WriteString("\n}\n\n// DropBelow and AddAbove are the decision thresholds chosen by\n// cross-validation on the tuning pages.\nconst (\n")
	fmt.Fprintf(&buf, "\tDropBelow = %.2f\n\tAddAbove  = %.2f\n)\n", drop, add)
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
