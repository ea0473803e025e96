package rouge

import (
	"math"
	"slices"
	"testing"
)

func near(t *testing.T, name string, got, want float64) {
	t.Helper()
	if math.Abs(got-want) > 1e-12 {
		t.Errorf("%s = %.15f, want %.15f", name, got, want)
	}
}

// The cat example: candidate "the cat was found under the bed" (7 tokens)
// against reference "the cat was under the bed" (6 tokens).
//
//	R1: 6 shared unigrams (the×2 cat was under bed): P 6/7, R 6/6, F 12/13.
//	R2: candidate bigrams the-cat cat-was was-found found-under under-the
//	    the-bed, reference the-cat cat-was was-under under-the the-bed;
//	    4 shared: P 4/6, R 4/5, F 8/11.
//	RL: LCS "the cat was under the bed" = 6: F 12/13.
func TestScoreClassic(t *testing.T) {
	s := Score([]string{"The cat was found under the bed."}, []string{"The cat was under the bed."})
	near(t, "R1", s.R1, 12.0/13)
	near(t, "R2", s.R2, 8.0/11)
	near(t, "RL", s.RL, 12.0/13)
}

// Lin (2004), section 3.2: reference sentence w1 w2 w3 w4 w5, candidate
// sentences w1 w2 w6 w7 w8 and w1 w3 w8 w9 w5. The LCSs with the
// reference are w1 w2 and w1 w3 w5; their union w1 w2 w3 w5 gives 4 hits:
// recall 4/5, precision 4/10, F 2·0.4·0.8/1.2 = 8/15.
func TestLsumLin(t *testing.T) {
	s := Score([]string{"w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"}, []string{"w1 w2 w3 w4 w5"})
	near(t, "RL", s.RL, 8.0/15)
	// R1: shared w1 w2 w3 w5 (w1 once in the reference): P 4/10, R 4/5.
	near(t, "R1", s.R1, 8.0/15)
}

// Two reference sentences. Reference "a b c d" / "e f", candidate
// "a x c" / "b d e" / "f".
//
//	ref 1: LCS with "a x c" = a c (positions 0, 2), with "b d e" = b d
//	       (1, 3), with "f" none; union a b c d: 4 hits.
//	ref 2: LCS with "b d e" = e, with "f" = f; union e f: 2 hits.
//
// 6 hits, 6 reference and 7 candidate tokens: P 6/7, R 1, F 12/13. A
// plain LCS of the concatenations ("a b c d e f" vs "a x c b d e f") would
// be a c d e f = 5.
func TestLsumUnionTwoSentences(t *testing.T) {
	s := Score([]string{"a x c", "b d e", "f"}, []string{"a b c d", "e f"})
	near(t, "RL", s.RL, 12.0/13)
}

// A token is a hit at most as often as candidate and reference both have
// it: reference "a b" / "a b" against candidate "a b" has 2 hits, not 4.
// P 2/2, R 2/4, F 2/3.
func TestLsumClipped(t *testing.T) {
	s := Score([]string{"a b"}, []string{"a b", "a b"})
	near(t, "RL", s.RL, 2.0/3)
	near(t, "R1", s.R1, 2.0/3)
	// Bigrams: candidate a-b; reference a-b b-a a-b: P 1, R 1/3, F 1/2.
	near(t, "R2", s.R2, 0.5)
}

// Bigrams run across sentence boundaries, as when rouge-score reads the
// sentences joined by newlines: candidate a-b b-c c-d, reference b-c.
func TestBigramsAcrossSentences(t *testing.T) {
	s := Score([]string{"a b", "c d"}, []string{"b c"})
	near(t, "R2", s.R2, 0.5)
}

// rouge-score's backtracking prefers moving up in the reference on ties,
// so for reference "a b" and candidate "b a" it picks "a".
func TestLCSIndicesTieBreak(t *testing.T) {
	if got := lcsIndices([]string{"a", "b"}, []string{"b", "a"}); !slices.Equal(got, []int{0}) {
		t.Errorf("lcsIndices = %v, want [0]", got)
	}
	if got := lcsIndices([]string{"a", "b", "c", "d"}, []string{"a", "x", "c"}); !slices.Equal(got, []int{0, 2}) {
		t.Errorf("lcsIndices = %v, want [0 2]", got)
	}
}

func TestScoreEdgeCases(t *testing.T) {
	cases := []struct {
		name      string
		cand, ref []string
		want      Scores
	}{
		{"empty candidate", nil, []string{"a b c"}, Scores{}},
		{"empty reference", []string{"a b c"}, nil, Scores{}},
		{"both empty", nil, nil, Scores{}},
		{"punctuation only", []string{"— !?", ""}, []string{"a b"}, Scores{}},
		{"no overlap", []string{"x y"}, []string{"a b"}, Scores{}},
		{"identical", []string{"A b.", "C d!"}, []string{"a b", "c d"}, Scores{1, 1, 1}},
	}
	for _, c := range cases {
		got := Score(c.cand, c.ref)
		if got != c.want {
			t.Errorf("%s: Score = %+v, want %+v", c.name, got, c.want)
		}
	}
	// One token each: no bigrams, so R2 is 0 while R1 and RL are 1.
	if got := Score([]string{"a"}, []string{"A"}); got != (Scores{R1: 1, R2: 0, RL: 1}) {
		t.Errorf("single token: Score = %+v", got)
	}
}

func TestMean(t *testing.T) {
	var m Mean
	if m.N() != 0 || m.Result() != (Scores{}) {
		t.Fatalf("empty Mean = %d, %+v", m.N(), m.Result())
	}
	m.Add(Scores{R1: 0.5, R2: 0.25, RL: 1})
	m.Add(Scores{R1: 0.25, R2: 0, RL: 0.5})
	if m.N() != 2 {
		t.Errorf("N = %d, want 2", m.N())
	}
	r := m.Result()
	near(t, "R1", r.R1, 0.375)
	near(t, "R2", r.R2, 0.125)
	near(t, "RL", r.RL, 0.75)
}

// Tokens are lower-cased Unicode \w+ runs: punctuation separates words and
// case does not matter.
func TestTokenisation(t *testing.T) {
	s := Score([]string{"Co-op SNAKE_case 한국어, café!"}, []string{"co op snake_case 한국어 café"})
	if s != (Scores{1, 1, 1}) {
		t.Errorf("Score = %+v, want all 1", s)
	}
}
