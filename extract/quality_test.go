package extract

import (
	"bytes"
	"fmt"
	"path/filepath"
	"sort"
	"testing"

	"github.com/newsbrief/newsbrief/internal/aeb"
	"github.com/newsbrief/newsbrief/internal/sharedtest"
	"github.com/newsbrief/newsbrief/internal/shingle"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Quality targets on the article extraction benchmark pages.
const (
	targetF1        = 0.970
	targetPrecision = 0.95
)

func TestAEBQuality(t *testing.T) {
	pages, err := aeb.Load(filepath.Join(sharedtest.Dir(t), "data", "aeb"))
	require.NoError(t, err)
	var scores shingle.Scores
	type pageScore struct {
		id    string
		p, r  float64
		match shingle.Match
	}
	var worst []pageScore
	for _, p := range pages {
		data, err := p.HTML()
		require.NoError(t, err)
		text := ""
		if a, err := FromReader(bytes.NewReader(data), WithURL(p.URL)); err == nil {
			text = a.Text
		}
		m := shingle.Compare(text, p.Truth)
		scores.Add(m)
		worst = append(worst, pageScore{p.ID, m.Precision(), m.Recall(), m})
	}
	prec, rec, f1 := scores.Result()
	t.Logf("AEB %d pages: P %.3f R %.3f F1 %.3f", len(pages), prec, rec, f1)
	if testing.Verbose() {
		sort.Slice(worst, func(i, j int) bool { return worst[i].p+worst[i].r < worst[j].p+worst[j].r })
		for _, w := range worst[:15] {
			t.Log(fmt.Sprintf("%s P %.2f R %.2f %+v", w.id[:12], w.p, w.r, w.match))
		}
	}
	assert.GreaterOrEqual(t, f1, targetF1, "F1")
	assert.GreaterOrEqual(t, prec, targetPrecision, "precision")
}
