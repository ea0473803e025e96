package main

import (
	"math"
	"math/rand/v2"
	"slices"

	"github.com/newsbrief/newsbrief/bench/internal/labeldata"
	"github.com/newsbrief/newsbrief/internal/classify"
)

// labels is the model's label order; classify.None first.
var labels = []string{classify.None, "risk", "opportunity", "unknown", "significance", "next"}

// dimBits sizes the hashed feature space: 1<<13 buckets, so the int8
// weights of six labels take 48 KiB (newsbrief.wasm 1,598,189 B with
// brotli, against 1,573,701 at 1<<12). With 16,613 train sentences and
// classify's significance features, mean CV average precision
// (significance) is .379 (.331) at 1<<12, .383 (.337) at 1<<13 and .384
// (.346) at 1<<14; at 1<<14 the model's significance falls short of the
// rules' precision in cross-validation by one sentence (.380 against
// .381), so compose would take the rules back (testdata/quality/
// wave7-why.md).
const dimBits = 13

// trainParams are the training settings; grid lists the candidates, and
// the one with the best mean average precision over the five labels in
// cross-validation on the train split is used (see chooseParams).
type trainParams struct {
	epochs int
	rate   float64 // AdaGrad base learning rate
	l2     float64 // L2 penalty per update, scaled by the rate
	flat   bool    // no class weights
	seed   uint64
}

var grid = func() []trainParams {
	var out []trainParams
	for _, rate := range []float64{0.02, 0.05} {
		for _, l2 := range []float64{0.5, 1, 2} {
			out = append(out, trainParams{epochs: 5, rate: rate, l2: l2, seed: 20261203})
		}
	}
	return out
}()

// example is one sentence ready for training.
type example struct {
	feats   []uint32
	label   int
	split   string
	group   string
	article string
	lang    string
	text    string
	index   int // position among the article's sentences, from 0
	start   int // byte offsets of the sentence in the article text
	end     int
	extra   bool // from the extra sample: trained on, never scored
	voice   bool // may state significance in the article's own voice (ownVoice)
}

func examples(sents []labeldata.Sentence) []example {
	out := make([]example, 0, len(sents))
	for _, s := range sents {
		l := slices.Index(labels, s.Label)
		if l < 0 {
			l = 0
		}
		out = append(out, example{
			feats:   classify.Features(classify.Input{Text: s.Text, Lang: s.Lang, Index: s.Index, Count: s.Count}, dimBits),
			label:   l,
			split:   s.Split,
			group:   s.Group,
			article: s.Article,
			lang:    s.Lang,
			text:    s.Text,
			index:   s.Index,
			start:   s.Start,
			end:     s.End,
			voice:   ownVoice(s.Text, s.Lang),
		})
	}
	return out
}

// fit trains multinomial logistic regression by AdaGrad on the
// cross-entropy loss, visiting examples in a seeded shuffled order each
// epoch. Classes are weighted by the inverse square root of their
// frequency so that rare labels are not drowned by none.
func fit(ex []example, p trainParams) *classify.Model {
	n := len(labels)
	dim := 1 << dimBits
	w := make([][]float64, n)
	g2 := make([][]float64, n)
	for l := range w {
		w[l] = make([]float64, dim)
		g2[l] = make([]float64, dim)
	}
	b := make([]float64, n)
	bg2 := make([]float64, n)
	count := make([]float64, n)
	for _, e := range ex {
		count[e.label]++
	}
	cw := make([]float64, n)
	for l := range cw {
		cw[l] = math.Sqrt(float64(len(ex)) / float64(n) / math.Max(count[l], 1))
		if p.flat {
			cw[l] = 1
		}
	}
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(p.seed, p.seed^0x9e3779b97f4a7c15))
	prob := make([]float64, n)
	for epoch := 0; epoch < p.epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			e := ex[k]
			softmax(w, b, e.feats, prob)
			for l := 0; l < n; l++ {
				y := 0.0
				if l == e.label {
					y = 1
				}
				g := (prob[l] - y) * cw[e.label]
				bg2[l] += g * g
				b[l] -= p.rate * g / (math.Sqrt(bg2[l]) + 1e-8)
				for _, i := range e.feats {
					gi := g + p.l2*w[l][i]
					g2[l][i] += gi * gi
					w[l][i] -= p.rate * gi / (math.Sqrt(g2[l][i]) + 1e-8)
				}
			}
		}
	}
	m := &classify.Model{Labels: labels, DimBits: dimBits, Thresholds: make([]float32, n)}
	for l := range labels {
		m.Bias = append(m.Bias, float32(b[l]))
		wl := make([]float32, dim)
		for i, v := range w[l] {
			wl[i] = float32(v)
		}
		m.Weights = append(m.Weights, wl)
	}
	return m
}

func softmax(w [][]float64, b []float64, feats []uint32, out []float64) {
	mx := math.Inf(-1)
	for l := range w {
		s := b[l]
		for _, i := range feats {
			s += w[l][i]
		}
		out[l] = s
		mx = math.Max(mx, s)
	}
	sum := 0.0
	for l := range out {
		out[l] = math.Exp(out[l] - mx)
		sum += out[l]
	}
	for l := range out {
		out[l] /= sum
	}
}

// foldOf puts an article group in one of k folds by a hash of its name.
func foldOf(group string, k int) int {
	return int(labeldata.SentHash("fold|" + group)[0]) % k
}

// crossValidate returns, for every example, the probabilities predicted
// by a model trained on the other folds.
func crossValidate(ex []example, k int, p trainParams) [][]float64 {
	out := make([][]float64, len(ex))
	for f := 0; f < k; f++ {
		var tr []example
		for _, e := range ex {
			if foldOf(e.group, k) != f {
				tr = append(tr, e)
			}
		}
		pr := predictor(tr, p)
		for i, e := range ex {
			if foldOf(e.group, k) == f {
				out[i] = pr(e.feats)
			}
		}
	}
	return out
}

// predictor trains on ex with p and returns the trained model's
// prediction function.
func predictor(ex []example, p trainParams) func([]uint32) []float64 {
	return fit(ex, p).PredictFeatures
}

func predictAll(m *classify.Model, ex []example) [][]float64 {
	out := make([][]float64, len(ex))
	for i, e := range ex {
		out[i] = m.PredictFeatures(e.feats)
	}
	return out
}

// averagePrecision is the mean of the precision at each gold sentence of
// label l when sentences are ranked by their probability of l.
func averagePrecision(probs [][]float64, ex []example, l int) float64 {
	idx, _ := byProbability(probs, ex, l)
	tp, sum := 0, 0.0
	for k, i := range idx {
		if ex[i].label == l {
			tp++
			sum += float64(tp) / float64(k+1)
		}
	}
	if tp == 0 {
		return 0
	}
	return sum / float64(tp)
}

// chooseParams runs cross-validation on the train split for every
// candidate in grid and returns the one with the best mean average
// precision over the labels other than none, with its out-of-fold
// probabilities.
func chooseParams(ex []example, k int, log func(string, ...any)) (trainParams, [][]float64) {
	var best trainParams
	var bestProbs [][]float64
	bestAP := -1.0
	for _, p := range grid {
		all := crossValidate(ex, k, p)
		sc, probs := scored(ex, all)
		ap := 0.0
		for l := 1; l < len(labels); l++ {
			ap += averagePrecision(probs, sc, l)
		}
		ap /= float64(len(labels) - 1)
		log("  epochs %2d rate %.2f l2 %.2f flat %-5v: mean AP %.3f (", p.epochs, p.rate, p.l2, p.flat, ap)
		for l := 1; l < len(labels); l++ {
			log(" %.3f", averagePrecision(probs, sc, l))
		}
		log(")\n")
		if ap > bestAP {
			best, bestProbs, bestAP = p, all, ap
		}
	}
	return best, bestProbs
}
