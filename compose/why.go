package compose

import (
	"sort"

	"github.com/newsbrief/newsbrief/internal/cue"
)

// whyWithin is how near the top of its document a sentence must be to
// show in Why this matters: among its first whyWithin sentences. It is
// chosen per article by cross-validation on the train split of
// testdata/labels (`cd bench && go run ./cmd/trainsections` prints the
// choice; keep the two in step).
const whyWithin = 10

// whyMinProb is the least probability of significance a sentence needs
// to show in Why this matters. Editors accept there more than the labels'
// narrow "significance" (they found a statement of significance, scale or
// context in four articles of five), so it is chosen on editors'
// annotations of every sentence of the tuning half of
// testdata/quality/why-annot.txt, not on the labels: `cd bench && go run
// ./cmd/briefjudge why-score -grid ANNOTATIONS…`.
const whyMinProb = 0.10

// whyRanked returns the sentences that may show in Why this matters, most
// probable first: the best statement of significance the key insights
// left, shown when the classifier's probability reaches whyMinProb, the
// section left empty otherwise. A sentence qualifies when it is among its
// document's first whyWithin sentences but not the first (the lead stays
// a key insight), and is not filed as a risk, an opportunity or an
// unknown (it belongs in that section). Sentences whose significance the
// cue rules judge (Korean; no classifier) never qualify: on the labelled
// articles the rules' pick was right less often than an empty section
// (testdata/labels/README.md).
func (c *corpus) whyRanked() []int {
	idx := c.byScore(func(s *sent) bool {
		return s.sigProb >= whyMinProb && s.cue.Label == cue.None && s.pos > 0 && s.pos < whyWithin
	})
	sort.SliceStable(idx, func(a, b int) bool { return c.sents[idx[a]].sigProb > c.sents[idx[b]].sigProb })
	return idx
}
