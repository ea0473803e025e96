package extract

import (
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/internal/blockmodel"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// blockPage is a page of a menu, two paragraphs of an article and a
// link line after it.
const blockPage = `<html><body>
<div class="site-menu"><ul><li>Home</li><li>World</li></ul></div>
<article class="story-body"><h1>Council extends the tram line</h1>
<p>The council met on Thursday and voted to extend the tram line to the airport by 2030.</p>
<p>Work starts next spring, the mayor said. The line will cost 120 million euros.</p></article>
<div class="box"><p><a href="https://example.com/a">More on trams</a></p></div>
</body></html>`

func blockLayout(t *testing.T) *pageLayout {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(blockPage))
	require.NoError(t, err)
	p := pageBlocks(doc, nil)
	require.Len(t, p.blocks, 6)
	return p
}

func TestBlockFeatures(t *testing.T) {
	p := blockLayout(t)
	first, last := 2, 4 // the headline to the second paragraph
	depth := commonDepth(p.anc[first], p.anc[last])
	kept := func(i int) bool { return i >= first && i <= last }
	type want struct {
		before, after, kept, item, inLi, inArticle, head, good, endsStop, links float64
	}
	tests := []struct {
		name string
		i    int
		want want
	}{
		{"a menu item before the span", 0, want{before: 1, item: 1, inLi: 1}},
		{"the headline", 2, want{kept: 1, inArticle: 1, head: 1}},
		{"a paragraph of running text", 3, want{kept: 1, inArticle: 1, good: 1, endsStop: 1}},
		{"a link line after the span", 5, want{after: 1, links: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := blockFeatures(p, tt.i, first, last, depth, kept)
			got := want{
				before: f[blockmodel.FBefore], after: f[blockmodel.FAfter], kept: f[blockmodel.FKept],
				item: f[blockmodel.FKindItem], inLi: f[blockmodel.FInLi], inArticle: f[blockmodel.FInArticle],
				head: f[blockmodel.FKindHead], good: f[blockmodel.FGood], endsStop: f[blockmodel.FEndsStop],
				links: f[blockmodel.FLinks],
			}
			assert.Equal(t, tt.want, got)
			class := 0.0
			for k := blockmodel.FClass0; k < blockmodel.NumFeatures; k++ {
				class += f[k]
			}
			assert.Positive(t, class, "every block here sits in a named container")
		})
	}
}

func TestShapeShares(t *testing.T) {
	tests := []struct {
		text         string
		caps, digits float64
	}{
		{"The council met", 1.0 / 3, 0},
		{"HOME WORLD", 1, 0},
		{"in 2030", 0, 4.0 / 7},
		{"", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			caps, digits := shapeShares(tt.text)
			assert.InDelta(t, tt.caps, caps, 1e-9)
			assert.InDelta(t, tt.digits, digits, 1e-9)
		})
	}
}

func TestWithBlockModel(t *testing.T) {
	p := blockLayout(t)
	kept := p.blocks[2:5]
	tests := []struct {
		name  string
		trace bool
	}{
		{"untrained and untraced: nothing scored", false},
		{"traced: every block of the window scored, the blocks unchanged", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var seen []string
			if tt.trace {
				blockmodel.Trace = func(text string, f blockmodel.Features) { seen = append(seen, text) }
				defer func() { blockmodel.Trace = nil }()
			}
			got := withBlockModel(kept, p)
			assert.Equal(t, texts(kept), texts(got))
			if tt.trace {
				assert.Equal(t, texts(p.blocks), seen)
			} else {
				assert.Empty(t, seen)
			}
		})
	}
	assert.Equal(t, texts(kept), texts(withBlockModel(kept, nil)), "no page layout")
}
