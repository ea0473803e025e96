package shingle

import (
	"strings"
	"unicode"
)

// Size is the number of tokens in a shingle.
const Size = 4

// Tokens splits s into runs of letters, numbers and underscores, after
// removing soft hyphens (U+00AD).
func Tokens(s string) []string {
	s = strings.ReplaceAll(s, "\u00ad", "")
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r) || r == '_')
	})
}

// Shingles counts the Size-token shingles of s. A text of 1 to Size-1
// tokens is a single shingle; a text without tokens has none.
func Shingles(s string) map[string]int {
	toks := Tokens(s)
	m := make(map[string]int)
	if len(toks) == 0 {
		return m
	}
	if len(toks) < Size {
		m[strings.Join(toks, " ")]++
		return m
	}
	for i := 0; i+Size <= len(toks); i++ {
		m[strings.Join(toks[i:i+Size], " ")]++
	}
	return m
}

// Match is the shingle overlap of one page.
type Match struct {
	TP, FP, FN int
}

// Compare counts the shingles of predicted that are in truth (TP, as a
// multiset overlap), the ones that are not (FP), and the shingles of truth
// that predicted misses (FN).
func Compare(predicted, truth string) Match {
	p, t := Shingles(predicted), Shingles(truth)
	var m Match
	for k, n := range p {
		tp := min(n, t[k])
		m.TP += tp
		m.FP += n - tp
	}
	for k, n := range t {
		m.FN += n - min(n, p[k])
	}
	return m
}

// Precision is TP/(TP+FP), or 0 for an empty prediction.
func (m Match) Precision() float64 { return ratio(m.TP, m.TP+m.FP) }

// Recall is TP/(TP+FN), or 0 for an empty truth.
func (m Match) Recall() float64 { return ratio(m.TP, m.TP+m.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores averages matches over pages: precision over pages with a
// prediction, recall over pages with a truth.
type Scores struct {
	precision, recall float64
	predicted, truths int
}

// Add adds one page.
func (s *Scores) Add(m Match) {
	if m.TP+m.FP > 0 {
		s.precision += m.Precision()
		s.predicted++
	}
	if m.TP+m.FN > 0 {
		s.recall += m.Recall()
		s.truths++
	}
}

// Result returns mean precision, mean recall and their harmonic mean.
func (s *Scores) Result() (precision, recall, f1 float64) {
	if s.predicted > 0 {
		precision = s.precision / float64(s.predicted)
	}
	if s.truths > 0 {
		recall = s.recall / float64(s.truths)
	}
	if precision+recall > 0 {
		f1 = 2 * precision * recall / (precision + recall)
	}
	return precision, recall, f1
}
