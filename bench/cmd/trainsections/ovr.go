package main

import (
	"math"
	"math/rand/v2"
)

// fitOvR trains one binary logistic regression per label other than none
// (one-vs-rest) by AdaGrad, positives weighted by (negatives/positives)^pw
// so that a rare label is not drowned; it returns per label the weights
// and bias (label 0, none, gets zeros).
func fitOvR(ex []example, p trainParams) ([][]float64, []float64) {
	n := len(labels)
	dim := 1 << dimBits
	w := make([][]float64, n)
	b := make([]float64, n)
	for l := 1; l < n; l++ {
		w[l], b[l] = fitBinary(ex, l, p, dim)
	}
	w[0] = make([]float64, dim)
	return w, b
}

func fitBinary(ex []example, l int, p trainParams, dim int) ([]float64, float64) {
	pos := 0
	for _, e := range ex {
		if e.label == l {
			pos++
		}
	}
	cwPos := math.Pow(float64(len(ex)-pos)/math.Max(float64(pos), 1), p.posPow)
	w := make([]float64, dim)
	g2 := make([]float64, dim)
	var b, bg2 float64
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(p.seed+uint64(l), p.seed^0x9e3779b97f4a7c15))
	for epoch := 0; epoch < p.epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			e := ex[k]
			s := b
			for _, i := range e.feats {
				s += w[i]
			}
			pr := 1 / (1 + math.Exp(-s))
			y, cw := 0.0, 1.0
			if e.label == l {
				y, cw = 1, cwPos
			}
			g := (pr - y) * cw
			bg2 += g * g
			b -= p.rate * g / (math.Sqrt(bg2) + 1e-8)
			for _, i := range e.feats {
				gi := g + p.l2*w[i]
				g2[i] += gi * gi
				w[i] -= p.rate * gi / (math.Sqrt(g2[i]) + 1e-8)
			}
		}
	}
	return w, b
}

// predictOvR gives each label's own probability; none's is one minus the
// largest of the others.
func predictOvR(w [][]float64, b []float64, feats []uint32) []float64 {
	out := make([]float64, len(w))
	mx := 0.0
	for l := 1; l < len(w); l++ {
		s := b[l]
		for _, i := range feats {
			s += w[l][i]
		}
		out[l] = 1 / (1 + math.Exp(-s))
		mx = max(mx, out[l])
	}
	out[0] = 1 - mx
	return out
}
