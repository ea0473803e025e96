package compose

import (
	"github.com/newsbrief/newsbrief/internal/classify"
	"github.com/newsbrief/newsbrief/internal/cue"
)

// ruleLabels are the cue rules' labels, by the classifier's label names.
var ruleLabels = map[string]cue.Label{"risk": cue.Risk, "opportunity": cue.Opportunity, "unknown": cue.Unknown}

// judge files the candidate sentences c.sents[first:] of one document,
// which has count sentences, under the labelled sections with the learnt
// classifier (internal/classify), for each label the classifier decides in
// the sentence's language:
// those whose learnt judgement beat the cue rules on labelled news it was
// never trained on (see testdata/labels/README.md). For the other labels
// the rules' verdicts, set by newSent, stay, and a sentence the rules
// file under such a label keeps it. Any other sentence the classifier
// files under risk, opportunity or unknown takes that label in place of
// the rules' one, scored by its probability; for significance and next,
// its count of cues becomes 1 when the classifier files it there and 0
// when it does not (the significance threshold is an article-level one:
// see whyRanked), and the probability of significance is kept.
func (c *corpus) judge(m *classify.Model, first, count int) {
	defer func() {
		for k := first; k < len(c.sents); k++ {
			c.sents[k].cues = nil // read once; no longer needed
		}
	}()
	if m == nil {
		return
	}
	for k := first; k < len(c.sents); k++ {
		s := &c.sents[k]
		if !s.candidate || !decidesAny(m, s.lang) {
			continue
		}
		sig, next := m.Decides("significance", s.lang), m.Decides("next", s.lang)
		p := m.Predict(classify.Input{Text: s.text, Lang: s.lang, Index: s.pos, Count: count, Cues: s.cues})
		ruled := s.cue.Label != cue.None && !m.Decides(s.cue.Label.String(), s.lang) // a label the rules keep
		if !ruled {
			s.cue = cue.Result{} // the rules' verdict on a label the classifier decides
		}
		best := 0.0
		for l, name := range m.Labels {
			if rl, ok := ruleLabels[name]; ok && !ruled && m.Decides(name, s.lang) && p[l] >= m.Threshold(name) && p[l] > best {
				best, s.cue = p[l], cue.Result{Label: rl, Score: p[l]}
			}
			switch {
			case name == "significance" && sig:
				s.sigProb, s.significance = p[l], b2i(p[l] >= m.Threshold(name))
			case name == "next" && next:
				s.next = b2i(p[l] >= m.Threshold(name))
			}
		}
	}
}

// decidesAny reports whether m decides any label for sentences in lang.
func decidesAny(m *classify.Model, lang string) bool {
	for _, l := range m.Labels {
		if m.Decides(l, lang) {
			return true
		}
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
