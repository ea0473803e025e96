package compose

import (
	"context"
	"testing"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
	labelled := func(x sent) sent { x.labelledWhy = true; return x }
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
		{"labelled by the writer: first, anywhere", []sent{s(0, 0), s(1, 0.5), labelled(s(whyWithin+5, 0.1))}, []int{2, 1}},
		{"labelled, even as a risk", []sent{s(0, 0), labelled(risk)}, []int{1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &corpus{sents: tc.sents}
			assert.Equal(t, tc.want, c.whyRanked())
		})
	}
}

func TestSignificanceLabel(t *testing.T) {
	for _, tc := range []struct {
		name, s, lang, shown string // shown: what follows the label; "" when none is found
	}{
		{"label", "Why it matters: The districts are the nation's largest.", "en", "The districts are the nation's largest."},
		{"any case", "WHY THIS MATTERS: Rates rose.", "en", "Rates rose."},
		{"big picture", "The big picture: Tensions have soared.", "en", "Tensions have soared."},
		{"a tail before the colon", "Why it matters, via Axios' Jane Roe: The results show limits.", "en", "The results show limits."},
		{"a figure after it", "Why it matters: 600,000 students are affected.", "en", "600,000 students are affected."},
		{"no colon", "Why it matters is unclear to many voters.", "en", ""},
		{"words, no comma, before the colon", "Why it matters to voters: Rates rose.", "en", ""},
		{"a long tail", "Why it matters, as our correspondent in the capital explained at length on Sunday: Rates rose.", "en", ""},
		{"lower-case after it", "Why it matters: rates rose.", "en", ""},
		{"a tail that lower-cases longer", "Why it matters, via \u023a: Rates rose.", "en", "Rates rose."},
		{"invalid UTF-8 in the tail", "Why it matters, \xff: Rates rose.", "en", "Rates rose."},
		{"short", "Why", "en", ""},
		{"elsewhere in the sentence", "Here is why it matters: Rates rose.", "en", ""},
		{"not English", "Why it matters: Rates rose.", "de", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := significanceLabel(tc.s, tc.lang)
			if tc.shown == "" {
				assert.Zero(t, n)
				return
			}
			assert.Equal(t, tc.shown, tc.s[n:])
		})
	}
}

// labelledStory is a story written for these tests whose writer labels
// its statement of significance.
const labelledStory = `Two school boards in the state voted on Wednesday to require face coverings on campuses again, after record daily case counts.

Why it matters: The two districts are the nation's fourth- and seventh-largest, with more than 600,000 students between them.

The boards met in emergency sessions that ran late into the evening. Parents spoke for and against the rule for several hours.

The state's education department said it would review both decisions this week.`

func TestBuildShowsLabelledSignificance(t *testing.T) {
	doc := brief.Document{Title: "School boards vote to require masks again", Language: "en", Text: labelledStory}
	b, err := Build(context.Background(), []brief.Document{doc})
	require.NoError(t, err)
	want := "The two districts are the nation's fourth- and seventh-largest, with more than 600,000 students between them."
	require.Len(t, b.WhyItMatters, 1)
	assert.Equal(t, want, b.WhyItMatters[0].Text, "shown without its label")
	ev := b.WhyItMatters[0].Evidence
	require.NotEmpty(t, ev)
	assert.Equal(t, want, labelledStory[ev[0].Start:ev[0].End], "the evidence quotes the source exactly")
	for _, k := range b.KeyInsights {
		assert.NotContains(t, k.Text, "fourth- and seventh-largest", "left to Why this matters")
	}
}
