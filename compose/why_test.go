package compose

import (
	"testing"

	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/stretchr/testify/assert"
)

func TestWhyRanked(t *testing.T) {
	// s is a candidate sentence at pos, with the classifier's probability
	// of significance p, filed as significance when p reaches 0.24.
	s := func(pos int, p float64) sent {
		return sent{candidate: true, pos: pos, sigProb: p, significance: b2i(p >= 0.24), score: 1 / float64(pos+1)}
	}
	risk := s(2, 0.6)
	risk.cue = cue.Result{Label: cue.Risk, Score: 0.5}
	korean := sent{candidate: true, pos: 2, significance: 1, lang: "ko"} // the cue rules judge it, no probability
	quoted := korean
	quoted.text = "“최초의 성과”라고 말했다."
	english := sent{candidate: true, pos: 2, significance: 1, lang: "en"} // no probability: the classifier did not decide
	for _, tc := range []struct {
		name  string
		sents []sent
		want  []int
	}{
		{"most probable first, not by score", []sent{s(0, 0), s(1, 0.3), s(2, 0.5)}, []int{2, 1}},
		{"below the threshold: empty", []sent{s(0, 0), s(1, 0.2), s(2, 0.1)}, nil},
		{"at the threshold", []sent{s(0, 0), s(1, 0.24)}, []int{1}},
		{"the lead stays a key insight", []sent{s(0, 0.9), s(1, 0.3)}, []int{1}},
		{"only near the top", []sent{s(0, 0), s(whyWithin-1, 0.3), s(whyWithin, 0.9)}, []int{1}},
		{"a risk belongs in Risks", []sent{s(0, 0), s(1, 0.3), risk}, []int{1}},
		{"Korean: the cue rules decide", []sent{s(0, 0), korean}, []int{1}},
		{"Korean: not a quotation", []sent{s(0, 0), quoted}, nil},
		{"English: the cue rules alone never qualify", []sent{s(0, 0), english}, nil},
		{"not a candidate", []sent{s(0, 0), {pos: 1, sigProb: 0.9, significance: 1}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &corpus{sents: tc.sents}
			assert.Equal(t, tc.want, c.whyRanked())
		})
	}
}
