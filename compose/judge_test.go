package compose

import (
	"context"
	"math"
	"testing"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/classify"
	"github.com/newsbrief/newsbrief/internal/cue"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// biasModel is a classifier that ignores the text: with zero weights its
// probabilities are the softmax of the biases.
func biasModel(bias map[string]float32, thresholds map[string]float32) *classify.Model {
	m := &classify.Model{Labels: []string{classify.None, "risk", "opportunity", "unknown", "significance", "next"}, DimBits: 4}
	for _, l := range m.Labels {
		m.Bias = append(m.Bias, bias[l])
		th, ok := thresholds[l]
		if !ok && l != classify.None {
			th = classify.Off
		}
		m.Thresholds = append(m.Thresholds, th)
		m.Weights = append(m.Weights, make([]float32, 16))
	}
	return m
}

func judgeCorpus(t *testing.T) *corpus {
	t.Helper()
	text := "The deal could boost exports, the minister said on Monday. " +
		"It was the first time the two countries had signed a trade pact. " +
		"The vote is scheduled for next week in the capital city. " +
		"Officials did not say how much the agreement would cost the treasury."
	c, err := annotate(context.Background(), []brief.Document{{Title: "Trade pact", Text: text}}, newConfig(nil).limits)
	require.NoError(t, err)
	for i := range c.sents { // the rules' verdicts alone, whatever the embedded model decides
		s := &c.sents[i]
		if s.candidate {
			s.cues = classify.ReadCues(s.text, s.lang)
			s.cue = s.cues.Evidence.Result
			s.significance = len(s.cues.Significance)
			s.next = len(s.cues.Next)
		}
	}
	return c
}

func TestJudgeOffKeepsRules(t *testing.T) {
	c := judgeCorpus(t)
	want := append([]sent(nil), c.sents...)
	for i := range want {
		want[i].cues = nil // judge lets go of them
	}
	c.judge(biasModel(map[string]float32{"risk": 5}, nil), 0, len(c.sents))
	assert.Equal(t, want, c.sents, "a model that decides no label changes nothing")
	c = judgeCorpus(t)
	c.judge(nil, 0, len(c.sents))
	assert.Equal(t, want, c.sents)
	c = judgeCorpus(t)
	m := biasModel(map[string]float32{"risk": 5}, map[string]float32{"risk": 0.5})
	m.Langs = []string{"ko"}
	c.judge(m, 0, len(c.sents))
	assert.Equal(t, want, c.sents, "English sentences keep the rules when the model decides only Korean")
}

func TestJudgeDecidedLabels(t *testing.T) {
	c := judgeCorpus(t)
	// risk has probability e^2/(e^2+5) ≈ 0.60 everywhere; it and
	// significance are decided, significance never reached.
	m := biasModel(map[string]float32{"risk": 2}, map[string]float32{"risk": 0.5, "significance": 0.99})
	pRisk := math.Exp(2) / (math.Exp(2) + 5)
	rules := map[string]cue.Result{}
	for _, s := range c.sents {
		rules[s.text] = s.cue
	}
	c.judge(m, 0, len(c.sents))
	n, kept := 0, 0
	for _, s := range c.sents {
		if !s.candidate {
			continue
		}
		n++
		if r := rules[s.text]; r.Label != cue.None && !m.Decides(r.Label.String(), s.lang) {
			// a label the model does not decide (opportunity, unknown): the rules keep it
			assert.Equal(t, r, s.cue, "the rules' verdict stays: %s", s.text)
			kept++
		} else {
			assert.Equal(t, cue.Risk, s.cue.Label, s.text)
			assert.InDelta(t, pRisk, s.cue.Score, 1e-6, s.text)
		}
		assert.Zero(t, s.significance, "significance is decided by the model: %s", s.text)
		assert.Equal(t, cue.Count(s.text, s.lang, cue.Next), s.next, "next stays with the rules: %s", s.text)
	}
	assert.Equal(t, 4, n)
	assert.Equal(t, 2, kept, "the rules file one sentence under opportunity and one under unknown")
}

func TestJudgeClearsRulesVerdict(t *testing.T) {
	c := judgeCorpus(t)
	had := false
	for _, s := range c.sents {
		had = had || s.cue.Label == cue.Opportunity
	}
	require.True(t, had, "the rules file a sentence under opportunity")
	// opportunity is decided but out of reach: the rules' "could boost"
	// verdict goes, and no other label takes its place.
	c.judge(biasModel(nil, map[string]float32{"opportunity": 0.9}), 0, len(c.sents))
	for _, s := range c.sents {
		assert.NotEqual(t, cue.Opportunity, s.cue.Label, s.text)
	}
}

func TestDefaultModelLoads(t *testing.T) {
	_, err := classify.Default()
	require.NoError(t, err, "compose falls back to the rules when the embedded classifier is damaged; it must not be")
}
