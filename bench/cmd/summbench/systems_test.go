package main

import (
	"slices"
	"testing"
)

func TestLead3(t *testing.T) {
	a := article{Text: "One is here. Two is here. — Three is here. Four is here."}
	got, _ := lead3(a, "en")
	want := []string{"One is here.", "Two is here.", "— Three is here."}
	if !slices.Equal(got, want) {
		t.Errorf("lead3 = %q, want %q", got, want)
	}
}

// In a star, the centre ranks first and the leaves tie.
func TestPageRankStar(t *testing.T) {
	g := [][]float64{
		{0, 1, 1, 1},
		{1, 0, 0, 0},
		{1, 0, 0, 0},
		{1, 0, 0, 0},
	}
	ws := pageRank(g, 0.85)
	// Fixed point: c = 0.15 + 0.85·3l, l = 0.15 + 0.85·c/3.
	l := (0.15 + 0.85*0.15/3) / (1 - 0.85*0.85)
	c := 0.15 + 0.85*3*l
	for i, want := range []float64{c, l, l, l} {
		if d := ws[i] - want; d > 1e-5 || d < -1e-5 {
			t.Errorf("ws[%d] = %f, want %f", i, ws[i], want)
		}
	}
}

// The sentences that share the most words with the rest win, and come
// back in source order; the unrelated ones lose.
func TestTextRank(t *testing.T) {
	a := article{Text: "Bananas grow in warm places. " +
		"The council approved the river bridge budget. " +
		"Cats sleep most of the day. " +
		"Engineers will build the river bridge next year. " +
		"The river bridge budget pays engineers. " +
		"Paint dries slowly."}
	got, _ := textRank(a, "en")
	want := []string{
		"The council approved the river bridge budget.",
		"Engineers will build the river bridge next year.",
		"The river bridge budget pays engineers.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("textRank = %q, want %q", got, want)
	}
}
