package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestControlBoxes(t *testing.T) {
	long := strings.Repeat("The council voted on Tuesday to close the old bridge to cars. ", 10) // over maxControlBox
	tests := []struct {
		name string
		body string
		want []string // the text of each box, in page order, without the controls' own text
	}{
		{"a consent placeholder around a button",
			`<div><div><h2>External content</h2><p>We blocked this post to protect your data.</p><button>Show</button></div><p>` + long + `</p></div>`,
			[]string{"External content We blocked this post to protect your data."}},
		{"a check box and its label",
			`<div><label><input type="checkbox"> I agree to see content from other sites.</label></div>`,
			[]string{"I agree to see content from other sites."}},
		{"a role=button element",
			`<section><p>Sources used for this article.</p><span role="button">Hide sources</span></section>`,
			[]string{"Sources used for this article."}},
		{"a hidden input is not a control", `<div><p>Short text.</p><input type="hidden" name="id"></div>`, nil},
		{"a button in a long paragraph has no box", `<div><p>` + long + `<button>Share</button></p></div>`, nil},
		{"a button right under the body has no box", `<button>Menu</button>`, nil},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader("<html><body>" + tt.body + "</body></html>"))
		require.NoError(t, err)
		boxes := controlBoxes(doc)
		var got []string
		for n := range doc.Descendants() {
			if boxes[n] {
				got = append(got, boxText(n))
			}
		}
		assert.Equal(t, tt.want, got, tt.name)
	}
}

// boxText returns n's text without its controls' text, runs of space
// collapsed.
func boxText(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode && !isControl(d.Parent) {
			b.WriteString(d.Data + " ")
		}
	}
	return collapseSpace(b.String())
}

func TestDropControlBoxes(t *testing.T) {
	body := &html.Node{Type: html.ElementNode, Data: "div"}
	box := &html.Node{Type: html.ElementNode, Data: "div", Parent: body}
	in := func(parent *html.Node, s string) candidate {
		return candidate{kind: Paragraph, text: s, elem: &html.Node{Type: html.ElementNode, Data: "p", Parent: parent}}
	}
	cs := []candidate{in(body, "The first paragraph."), in(box, "We respect your privacy."), in(body, "The last paragraph.")}
	texts := func(cs []candidate) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.text)
		}
		return out
	}
	assert.Equal(t, []string{"The first paragraph.", "The last paragraph."},
		texts(dropControlBoxes(cs, map[*html.Node]bool{box: true})))
	assert.Equal(t, texts(cs), texts(dropControlBoxes(cs, nil)), "no boxes")
	assert.Len(t, cs, 3, "the input is left as it was")
}

func TestControlBoxesManyControls(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the pages of 45,000 controls in -short mode")
	}
	var page strings.Builder
	page.WriteString("<html><body>")
	for i := range 8 {
		page.WriteString(para(i))
	}
	for _, tt := range []struct {
		name     string
		controls string
		boxes    int
	}{
		{"side by side", "<div>" + strings.Repeat("<input>", 45_000) + "</div>", 0}, // over maxControlBoxNodes
		{"nested", strings.Repeat("<div><input>", 500), 1},                          // the parser nests at most 512 deep
	} {
		doc, err := html.Parse(strings.NewReader(page.String() + tt.controls + "</body></html>"))
		require.NoError(t, err)
		start := time.Now()
		assert.Len(t, controlBoxes(doc), tt.boxes, tt.name)
		assert.Less(t, time.Since(start), 2*time.Second, tt.name+": each element counted once, and no further than maxControlBoxNodes")
	}
}
