package main

import (
	"math"
	"math/rand/v2"
)

// mlp is an experiment: one hidden layer of ReLU units over the hashed
// features (an embedding bag), then softmax, trained by AdaGrad with
// class weights like fit. It asks whether interactions between features
// (which a linear model cannot weigh) lift average precision.
type mlp struct {
	h      int
	e      [][]float64 // feature → hidden
	b1     []float64
	w2     [][]float64 // label → hidden
	b2     []float64
	hidden []float64
}

func fitMLP(ex []example, p trainParams) *mlp {
	n := len(labels)
	dim := 1 << dimBits
	rng := rand.New(rand.NewPCG(p.seed, 77))
	m := &mlp{h: p.hidden, b1: make([]float64, p.hidden), b2: make([]float64, n)}
	m.e = make([][]float64, dim)
	ge := make([][]float64, dim)
	for i := range m.e {
		m.e[i] = make([]float64, m.h)
		ge[i] = make([]float64, m.h)
		for k := range m.e[i] {
			m.e[i][k] = (rng.Float64()*2 - 1) * 0.05
		}
	}
	m.w2 = make([][]float64, n)
	gw2 := make([][]float64, n)
	for l := range m.w2 {
		m.w2[l] = make([]float64, m.h)
		gw2[l] = make([]float64, m.h)
		for k := range m.w2[l] {
			m.w2[l][k] = (rng.Float64()*2 - 1) * 0.1
		}
	}
	gb1, gb2 := make([]float64, m.h), make([]float64, n)
	count := make([]float64, n)
	for _, e := range ex {
		count[e.label]++
	}
	cw := make([]float64, n)
	for l := range cw {
		cw[l] = math.Sqrt(float64(len(ex)) / float64(n) / math.Max(count[l], 1))
	}
	order := rng.Perm(len(ex))
	pre := make([]float64, m.h)
	prob := make([]float64, n)
	dh := make([]float64, m.h)
	upd := func(w, g *float64, grad float64) {
		*g += grad * grad
		*w -= p.rate * grad / (math.Sqrt(*g) + 1e-8)
	}
	for epoch := 0; epoch < p.epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			e := ex[k]
			m.forward(e.feats, pre, prob)
			clear(dh)
			for l := 0; l < n; l++ {
				y := 0.0
				if l == e.label {
					y = 1
				}
				g := (prob[l] - y) * cw[e.label]
				upd(&m.b2[l], &gb2[l], g)
				for j := 0; j < m.h; j++ {
					hj := math.Max(pre[j], 0)
					dh[j] += g * m.w2[l][j]
					upd(&m.w2[l][j], &gw2[l][j], g*hj+p.l2*m.w2[l][j]*0.01)
				}
			}
			for j := 0; j < m.h; j++ {
				if pre[j] <= 0 {
					continue
				}
				upd(&m.b1[j], &gb1[j], dh[j])
				for _, i := range e.feats {
					upd(&m.e[i][j], &ge[i][j], dh[j]+p.l2*m.e[i][j])
				}
			}
		}
	}
	return m
}

func (m *mlp) forward(feats []uint32, pre, prob []float64) {
	copy(pre, m.b1)
	for _, i := range feats {
		for j, v := range m.e[i] {
			pre[j] += v
		}
	}
	mx := math.Inf(-1)
	for l := range m.w2 {
		s := m.b2[l]
		for j, v := range m.w2[l] {
			s += v * math.Max(pre[j], 0)
		}
		prob[l] = s
		mx = math.Max(mx, s)
	}
	sum := 0.0
	for l := range prob {
		prob[l] = math.Exp(prob[l] - mx)
		sum += prob[l]
	}
	for l := range prob {
		prob[l] /= sum
	}
}

func (m *mlp) predict(feats []uint32) []float64 {
	pre := make([]float64, m.h)
	prob := make([]float64, len(m.w2))
	m.forward(feats, pre, prob)
	return prob
}
