package devsplit

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestOf(t *testing.T) {
	// FNV-1a("a") = 0xe40c292c (even), FNV-1a("b") = 0xe70c2de5 (odd).
	assert.Equal(t, Tuning, Of("a"))
	assert.Equal(t, Frozen, Of("b"))
	assert.True(t, IsFrozen("b"))
}

func TestRoughlyHalf(t *testing.T) {
	frozen := 0
	for i := range 1000 {
		if IsFrozen(string(rune('a'+i%26)) + string(rune('0'+i/26))) {
			frozen++
		}
	}
	assert.InDelta(t, 500, frozen, 80)
}
