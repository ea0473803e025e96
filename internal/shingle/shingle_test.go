package shingle

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTokens(t *testing.T) {
	assert.Equal(t, []string{"Hello", "wörld", "snake_case", "42", "한국어", "co", "op"}, Tokens("Hello, wörld! snake_case 42 — 한국어 co-op"))
	assert.Equal(t, []string{"hyphenation"}, Tokens("hy\u00adphen\u00adation"))
}

func TestShingles(t *testing.T) {
	assert.Equal(t, map[string]int{"a b c": 1}, Shingles("a b c"))
	assert.Equal(t, map[string]int{"a b c d": 1, "b c d e": 1}, Shingles("a b c d e"))
	assert.Equal(t, map[string]int{"a a a a": 2}, Shingles("a a a a a"))
	assert.Empty(t, Shingles(" — "))
}

func TestCompare(t *testing.T) {
	m := Compare("a b c d e f", "a b c d e x")
	assert.Equal(t, Match{TP: 2, FP: 1, FN: 1}, m)
	assert.InDelta(t, 2.0/3, m.Precision(), 1e-9)
	assert.Equal(t, Match{TP: 0, FP: 0, FN: 3}, Compare("", "a b c d e f"))
	// Multiset overlap: a repeated shingle counts as often as both have it.
	assert.Equal(t, Match{TP: 1, FP: 1, FN: 0}, Compare("a a a a a", "a a a a"))
}

func TestScores(t *testing.T) {
	var s Scores
	s.Add(Compare("a b c d", "a b c d"))     // P 1, R 1
	s.Add(Compare("", "a b c d"))            // no prediction: R 0 only
	s.Add(Compare("a b c d e", "a b c d x")) // P 1/2, R 1/2
	p, r, f1 := s.Result()
	assert.InDelta(t, 0.75, p, 1e-9)
	assert.InDelta(t, 0.5, r, 1e-9)
	assert.InDelta(t, 0.6, f1, 1e-9)
}
