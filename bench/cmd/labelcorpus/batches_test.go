package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestChunkBySentences(t *testing.T) {
	arts := func(sizes ...int) []*sampled {
		var out []*sampled
		for _, n := range sizes {
			out = append(out, &sampled{Sents: make([]sent, n)})
		}
		return out
	}
	lens := func(bs [][]*sampled) [][]int {
		var out [][]int
		for _, b := range bs {
			var l []int
			for _, a := range b {
				l = append(l, len(a.Sents))
			}
			out = append(out, l)
		}
		return out
	}
	assert.Equal(t, [][]int{{6, 5}, {3, 9}, {2}}, lens(chunkBySentences(arts(6, 5, 3, 9, 2), 10, 0)), "closed once full")
	assert.Equal(t, [][]int{{6}, {5, 3}, {9}, {2}}, lens(chunkBySentences(arts(6, 5, 3, 9, 2), 10, 10)), "closed before an article that overflows")
}
