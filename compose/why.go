package compose

import (
	"sort"

	"github.com/newsbrief/newsbrief/internal/cue"
)

// whyWithin is how near the top of its document a sentence must be to
// show in Why this matters: among its first whyWithin sentences. It is
// chosen with the significance threshold, per article, by cross-validation
// on the train split of testdata/labels (`cd bench && go run
// ./cmd/trainsections` prints the choice; keep the two in step).
const whyWithin = 10

// whyRanked returns the sentences that may show in Why this matters,
// most probable first: an article-level decision, which shows a
// document's best statement of significance when the classifier's
// probability clears the label's threshold (s.significance) and leaves
// the section empty otherwise. A sentence qualifies when it is among its
// document's first whyWithin sentences but not the first (the lead stays
// a key insight), and is not filed as a risk, an opportunity or an
// unknown (it belongs in that section). Sentences whose significance the
// cue rules judge (Korean; no classifier) never qualify: on the labelled
// articles the rules' pick was right less often than an empty section
// (testdata/labels/README.md).
func (c *corpus) whyRanked() []int {
	idx := c.byScore(func(s *sent) bool {
		return s.significance > 0 && s.sigProb > 0 && s.cue.Label == cue.None && s.pos > 0 && s.pos < whyWithin
	})
	sort.SliceStable(idx, func(a, b int) bool { return c.sents[idx[a]].sigProb > c.sents[idx[b]].sigProb })
	return idx
}
