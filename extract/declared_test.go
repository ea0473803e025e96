package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestWithoutTail(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " " + strings.Repeat("The council met again on Thursday and voted to extend the line. ", 2) + "</p>"
	}
	body := para("One.") + para("Two.") + para("Three.")
	tail := "<p>Source: the city's press office</p><p>See also</p>"
	tests := []struct {
		name, page string
		extra      string // a picked block that is not on the page, after the third
		want       int    // blocks of picked kept
	}{
		{"tail after the articleBody element dropped",
			`<article><div itemprop="articleBody">` + body + `</div>` + tail + `</article>`, "", 3},
		{"the standfirst above it kept",
			`<article><p>A standfirst, short.</p><div itemprop="articleBody">` + body + `</div>` + tail + `</article>`, "", 4},
		{"tail after the single <main> dropped",
			`<main>` + body + `</main><div>` + tail + `</div>`, "", 3},
		{"role=main counts as <main>",
			`<div role="main">` + body + `</div><div>` + tail + `</div>`, "", 3},
		{"the single <article> when no <main>",
			`<article>` + body + `</article>` + tail, "", 3},
		{"a block not on the page after the article kept",
			`<main>` + body + `</main>` + tail, "Rewritten by readability.", 4},
		{"nothing declared",
			`<div>` + body + tail + `</div>`, "", 5},
		{"two <main> elements: no declaration",
			`<main>` + body + `</main><main>` + tail + `</main>`, "", 5},
		{"the element holding under 3 in 4 bytes of the running text",
			`<div>` + para("Outside one.") + para("Outside two.") + `</div><main>` + para("Inside.") + `</main>` + tail, "", 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, picked := bodyLayout(t, tt.page)
			if tt.extra != "" {
				picked = append(picked[:3:3], append([]candidate{{kind: Paragraph, text: tt.extra}}, picked[3:]...)...)
			}
			assert.Equal(t, texts(picked[:tt.want]), texts(withoutTail(picked, p)))
		})
	}
}

func TestDeclaredKind(t *testing.T) {
	tests := []struct {
		tag  string
		want int
	}{
		{`<div itemprop="articleBody">`, 0},
		{`<div itemprop="text articlebody">`, 0},
		{`<main>`, 1},
		{`<section role=" main ">`, 1},
		{`<article>`, 2},
		{`<div class="main">`, -1},
	}
	for _, tt := range tests {
		t.Run(tt.tag, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.tag + "x</body></html>"))
			require.NoError(t, err)
			n := bodyOf(doc).FirstChild
			assert.Equal(t, tt.want, declaredKind(n))
		})
	}
}

func TestWithoutTailNoPage(t *testing.T) {
	assert.Empty(t, withoutTail(nil, &pageLayout{}))
}

func TestWithoutComments(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " " + strings.Repeat("The council met again on Thursday and voted to extend the line. ", 2) + "</p>"
	}
	body := para("One.") + para("Two.")
	tests := []struct {
		name, page string
		want       int // blocks of picked kept
	}{
		{"a comment thread ending the pick dropped",
			`<div>` + body + `<div id="comments">` + para("I disagree.") + para("Me too.") + `</div></div>`, 2},
		{"comments typed schema.org/Comment",
			`<div>` + body + `<div itemtype="https://schema.org/Comment">` + para("I disagree.") + `</div></div>`, 2},
		{"a comment-list class",
			`<div>` + body + `<ol class="comment-list">` + "<li>" + para("I disagree.") + "</li></ol></div>", 2},
		{"only comments: kept",
			`<div id="comments">` + body + `</div>`, 2},
		{"a class that only mentions comments is no thread",
			`<div>` + body + `<div class="commentary">` + para("Analysis.") + `</div></div>`, 3},
		{"comments inside the article, not at its end, kept",
			`<div>` + para("One.") + `<div itemtype="https://schema.org/Comment">` + para("I disagree.") + `</div>` + para("Two.") + `</div>`, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, picked := bodyLayout(t, tt.page)
			assert.Equal(t, texts(picked[:tt.want]), texts(withoutComments(picked, p)))
		})
	}
}

// bodyLayout parses body as a page's body and returns its blocks' layout
// and a copy of its blocks, as the pick.
func bodyLayout(t *testing.T, body string) (*pageLayout, []candidate) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<html><body>" + body + "</body></html>"))
	require.NoError(t, err)
	p := pageBlocks(doc, nil)
	return p, append([]candidate(nil), p.blocks...)
}
