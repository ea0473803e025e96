// Command trainblocks fits internal/blockmodel, the learned block scorer
// extract consults at the edges of the article it keeps, on the TUNING
// pages of the AEB and trafilatura sets only (internal/devsplit), and
// writes its weights as Go source.
//
// Every page is extracted with blockmodel.Trace set, which hands over the
// features of each page block extract scores (the kept span and
// blockWindow blocks on either side). A block is labelled article text
// when it holds a "with" snippet of a trafilatura page, or when its text
// lies in an AEB page's articleBody (4 in 5 of its shingles or more);
// furniture when it holds a "without" snippet, or 1 in 5 of its shingles
// or fewer lie in the articleBody; other blocks are not labelled. The
// two sets weigh the same in the fit. Logistic regression with an L2
// penalty is fitted by gradient descent; five folds by page give
// out-of-fold probabilities, from which the thresholds are chosen: the
// drop threshold where vetoing kept blocks gains most (each veto right
// counts one, each wrong one minus one, at least minVotePrecision of
// them right), and likewise the add threshold on blocks outside the
// kept span.
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
	w    float64
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
	blindVote = flag.Bool("blind", false, "choose the thresholds on the model blind to what the rules keep")
	flag.Parse()
	if err := run(*write); err != nil {
		fmt.Fprintln(os.Stderr, "trainblocks:", err)
		os.Exit(1)
	}
}

var blindVote *bool

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
	balance(samples)
	report(samples)

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
	if *blindVote {
		oofKept, oofOut = oofBlind, oofBlind
	}
	_ = oofAll
	drop := choose(samples, oofKept, true)
	add := choose(samples, oofOut, false)
	fmt.Printf("drop below %.2f, add above %.2f\n", drop, add)
	b, w := fit(samples)
	if write == "" {
		return nil
	}
	return writeWeights(write, b, &w, drop, add)
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
			samples = append(samples, sample{page: id, set: set, f: f, y: y, w: 1})
		}
	}
	defer func() { blockmodel.Trace = nil }()
	_, _ = extract.FromReader(bytes.NewReader(data), extract.WithURL(url))
	return samples
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// balance weighs the two sets the same: each set's samples sum to one
// half of the samples' number.
func balance(samples []sample) {
	var n [2]float64
	for _, s := range samples {
		n[s.set]++
	}
	for i := range samples {
		samples[i].w = float64(len(samples)) / 2 / n[samples[i].set]
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
func choose(samples []sample, p []float64, drop bool) float64 {
	best, bestGain := 0.0, 0
	if !drop {
		best = 1
	}
	for t := 0.02; t < 0.99; t += 0.02 {
		var right, wrong [2]int
		for i, s := range samples {
			kept := s.f[blockmodel.FKept] == 1
			outside := s.f[blockmodel.FBefore] == 1 || s.f[blockmodel.FAfter] == 1
			switch {
			case drop && kept && p[i] < t:
				if s.y == 0 {
					right[s.set]++
				} else {
					wrong[s.set]++
				}
			case !drop && !kept && outside && p[i] > t:
				if s.y == 1 {
					right[s.set]++
				} else {
					wrong[s.set]++
				}
			}
		}
		r, w := right[0]+right[1], wrong[0]+wrong[1]
		gain := r - w
		if r+w > 0 && (t < 0.11 || t > 0.89 || int(t*100)%10 == 0) {
			fmt.Printf("  %s t=%.2f: AEB %d right %d wrong, trafilatura %d right %d wrong\n",
				map[bool]string{true: "drop", false: "add"}[drop], t, right[0], wrong[0], right[1], wrong[1])
		}
		if r+w > 0 && float64(r)/float64(r+w) >= minVotePrecision && gain > bestGain {
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
