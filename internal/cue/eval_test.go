package cue

import (
	"bufio"
	"cmp"
	"encoding/json"
	"os"
	"slices"
	"testing"

	"github.com/newsbrief/newsbrief/internal/sharedtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sectionSize is how many sentences a brief section shows.
const sectionSize = 3

type article struct {
	ID        string `json:"id"`
	Sentences []struct {
		Text  string `json:"text"`
		Label string `json:"label"`
	} `json:"sentences"`
}

// sectionScore is the precision and recall of one label's brief sections.
type sectionScore struct {
	hit, predicted, wanted int
}

func (s sectionScore) precision() float64 { return ratio(s.hit, s.predicted) }
func (s sectionScore) recall() float64    { return ratio(s.hit, s.wanted) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// evaluate scores the sections built from articles. For each article and
// label the section is the classifier's top sectionSize sentences with that
// label by Score (ties: source order). Precision counts every sentence put
// in a section; recall is against min(sectionSize, gold sentences) per
// article. logf, if not nil, receives every wrong or missed sentence.
func evaluate(t *testing.T, articles []article, logf func(string, ...any)) map[Label]sectionScore {
	scores := map[Label]sectionScore{}
	for _, a := range articles {
		results := make([]Result, len(a.Sentences))
		for i, s := range a.Sentences {
			results[i] = Classify(s.Text, "en")
		}
		for _, l := range []Label{Risk, Opportunity, Unknown} {
			var idx []int
			gold := 0
			for i, s := range a.Sentences {
				gl, ok := ParseLabel(s.Label)
				require.True(t, ok, "label %q", s.Label)
				if gl == l {
					gold++
				}
				if results[i].Label == l {
					idx = append(idx, i)
				}
			}
			slices.SortStableFunc(idx, func(x, y int) int { return cmp.Compare(results[y].Score, results[x].Score) })
			idx = idx[:min(sectionSize, len(idx))]
			sc := scores[l]
			sc.predicted += len(idx)
			sc.wanted += min(sectionSize, gold)
			for _, i := range idx {
				if a.Sentences[i].Label == l.String() {
					sc.hit++
				} else if logf != nil {
					logf("FP %-11s gold=%-11s %.2f %q | %s", l, a.Sentences[i].Label, results[i].Score, results[i].Cue, a.Sentences[i].Text)
				}
			}
			scores[l] = sc
			if logf != nil {
				for i, s := range a.Sentences {
					if s.Label == l.String() && !slices.Contains(idx, i) {
						logf("FN %-11s got=%-11s %.2f %q | %s", l, results[i].Label, results[i].Score, results[i].Cue, s.Text)
					}
				}
			}
		}
	}
	return scores
}

func readArticles(t *testing.T, path string) []article {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out []article
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var a article
		require.NoError(t, json.Unmarshal(sc.Bytes(), &a))
		out = append(out, a)
	}
	require.NoError(t, sc.Err())
	return out
}

// TestBriefSentences measures the Risks, Opportunities and "What we don't
// know yet" sections on the labelled articles in ../shared. Set
// CUE_EVAL_ERRORS=1 to log every wrong or missed sentence.
func TestBriefSentences(t *testing.T) {
	path := sharedtest.Path(t, "data", "labels", "brief-sentences.jsonl")
	articles := readArticles(t, path)
	var logf func(string, ...any)
	if os.Getenv("CUE_EVAL_ERRORS") != "" {
		logf = t.Logf
	}
	scores := evaluate(t, articles, logf)
	for _, l := range []Label{Risk, Opportunity, Unknown} {
		s := scores[l]
		t.Logf("%-11s precision %.3f (%d/%d)  recall %.3f (%d/%d)", l, s.precision(), s.hit, s.predicted, s.recall(), s.hit, s.wanted)
		assert.GreaterOrEqual(t, s.precision(), 0.8, "%s precision", l)
		assert.GreaterOrEqual(t, s.recall(), 0.5, "%s recall", l)
	}
}

// TestFactualityHedging is a sanity check of hedging on the UW factuality
// corpus, whose label 1 (some event is only probable, possible or unknown)
// comes from a crude automatic rule: the sentences the classifier labels
// should be uncertain far more often than the corpus's base rate.
func TestFactualityHedging(t *testing.T) {
	path := sharedtest.Path(t, "data", "summ", "uncertainty", "factuality_uw.jsonl")
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var total, uncertain int
	labelled := map[Label][2]int{} // label → {sentences, uncertain ones}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var s struct {
			Text  string `json:"text"`
			Label int    `json:"label"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &s))
		total++
		uncertain += s.Label
		if r := Classify(s.Text, "en"); r.Label != None {
			c := labelled[r.Label]
			c[0]++
			c[1] += s.Label
			labelled[r.Label] = c
		}
	}
	require.NoError(t, sc.Err())
	base := ratio(uncertain, total)
	t.Logf("base rate of uncertain sentences: %.3f (%d/%d)", base, uncertain, total)
	for _, l := range []Label{Risk, Opportunity, Unknown} {
		c := labelled[l]
		t.Logf("%-11s %4d sentences, %.3f uncertain", l, c[0], ratio(c[1], c[0]))
		assert.Greater(t, ratio(c[1], c[0]), base+0.1, "%s: labelled sentences should be uncertain more often than the base rate", l)
	}
}
