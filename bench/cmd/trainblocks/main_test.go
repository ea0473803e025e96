package main

import (
	"testing"

	"github.com/newsbrief/newsbrief/internal/blockmodel"
	"github.com/stretchr/testify/assert"
)

// toy returns samples whose label is their FGood feature, on pages of
// both sets, kept as the rules would keep them except one kept furniture
// block and one left-out article block per page.
func toy() []sample {
	var out []sample
	for p := range 10 {
		page := string(rune('a' + p))
		for k := range 8 {
			var f blockmodel.Features
			y := float64(k % 2)
			f[blockmodel.FGood] = y
			f[blockmodel.FLen] = 0.5
			f[blockmodel.FKept] = y
			switch k {
			case 6: // furniture the rules keep
				f[blockmodel.FKept] = 1
			case 7: // article text after the span
				f[blockmodel.FKept], f[blockmodel.FAfter] = 0, 1
			}
			out = append(out, sample{page: page, set: p % 2, f: f, y: y, w: 1, impact: 1})
		}
	}
	balance(out)
	return out
}

func TestFitSeparates(t *testing.T) {
	s := toy()
	b, w := fit(s)
	p := make([]float64, len(s))
	for i := range s {
		p[i] = prob(b, &w, &s[i].f)
	}
	assert.InDelta(t, 1.0, auc(s, p), 1e-9)
	assert.Equal(t, 1.0, accuracy(s, p))
}

func TestChoose(t *testing.T) {
	s := toy()
	perfect := make([]float64, len(s))
	for i := range s {
		perfect[i] = 0.05 + 0.9*s[i].y
	}
	tests := []struct {
		name string
		drop bool
		in   func(sample) bool
		want float64
	}{
		{"perfect scores: the drop vote takes every kept furniture block", true, isKept, 0.06},
		{"perfect scores: the add vote takes every block outside, at the highest threshold", false, isOutside, 0.94},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.want, choose(s, perfect, tt.drop, tt.in), 1e-9)
		})
	}
	worst := make([]float64, len(s))
	for i := range s {
		worst[i] = 0.95 - 0.9*s[i].y
	}
	assert.Equal(t, 0.0, choose(s, worst, true, isKept), "votes mostly wrong: no drop threshold")
}
