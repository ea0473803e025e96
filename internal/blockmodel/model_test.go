package blockmodel

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestProb(t *testing.T) {
	var zero, ones Features
	for i := range ones {
		ones[i] = 1
	}
	sum := bias
	for _, w := range weights {
		sum += w
	}
	tests := []struct {
		name string
		f    Features
		want float64
	}{
		{"no features: the bias alone", zero, 1 / (1 + math.Exp(-bias))},
		{"every feature: the bias and every weight", ones, 1 / (1 + math.Exp(-sum))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.want, Prob(&tt.f), 1e-12)
		})
	}
}

func TestThresholds(t *testing.T) {
	assert.LessOrEqual(t, DropBelow, AddAbove, "a block is never both dropped and added")
	if !Trained() {
		assert.Zero(t, DropBelow, "an untrained model drops nothing")
		assert.Equal(t, 1.0, AddAbove, "an untrained model adds nothing")
	}
}
