package compose

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/internal/sharedtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLabelledSections builds a brief of each labelled article and scores
// its Risks, Opportunities and Unknowns against the sentence labels:
// precision over every point put in a section, recall over min(3, gold)
// per article. A brief shows each sentence once, where a reader first
// meets it, so a risk that is a key insight or says why the story matters
// is recalled there; the in-section recall is logged beside it.
func TestLabelledSections(t *testing.T) {
	f, err := os.Open(sharedtest.Path(t, "data", "labels", "brief-sentences.jsonl"))
	require.NoError(t, err)
	defer f.Close()
	type counts struct{ hit, put, want, shownEarlier int }
	score := map[string]*counts{"risk": {}, "opportunity": {}, "unknown": {}}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	articles := 0
	for sc.Scan() {
		var a struct {
			Sentences []struct{ Text, Label string } `json:"sentences"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &a))
		gold := map[string]map[string]bool{"risk": {}, "opportunity": {}, "unknown": {}}
		var text []string
		for _, s := range a.Sentences {
			text = append(text, s.Text)
			if g := gold[s.Label]; g != nil {
				g[strings.Join(strings.Fields(s.Text), " ")] = true
			}
		}
		b, err := Build(context.Background(), []brief.Document{{Text: strings.Join(text, "\n\n"), Language: "en"}})
		require.NoError(t, err)
		articles++
		for label, points := range map[string][]brief.Point{"risk": b.Risks, "opportunity": b.Opportunities, "unknown": b.Unknowns} {
			c := score[label]
			c.want += min(3, len(gold[label]))
			for _, p := range points {
				c.put++
				if gold[label][p.Text] {
					c.hit++
				}
			}
			for _, p := range slices.Concat(b.KeyInsights, b.WhyItMatters) {
				if gold[label][p.Text] {
					c.shownEarlier++
				}
			}
		}
	}
	require.NoError(t, sc.Err())
	for _, label := range []string{"risk", "opportunity", "unknown"} {
		c := score[label]
		p, r := float64(c.hit)/float64(max(c.put, 1)), float64(min(c.hit+c.shownEarlier, c.want))/float64(max(c.want, 1))
		t.Logf("%d articles, %-11s precision %.3f (%d/%d) recall %.3f (%d in the section, %d shown earlier, of %d)",
			articles, label, p, c.hit, c.put, r, c.hit, c.shownEarlier, c.want)
		assert.GreaterOrEqual(t, p, 0.8, label)
		assert.GreaterOrEqual(t, r, 0.5, label)
	}
}
