package htmlparse

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// render writes the tree as a compact outline: elements as name(children),
// text quoted.
func render(n *Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == TextNode {
			b.WriteString("'" + c.Data + "'")
			continue
		}
		b.WriteString(c.Data + "(" + render(c) + ")")
	}
	return b.String()
}

func TestParse(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`<p>a<p>b`, `p('a')p('b')`},
		{`<ul><li>a<li>b</ul>after`, `ul(li('a')li('b'))'after'`},
		{`<p>para<div>block</div>`, `p('para')div('block')`},
		{`<div/>inside</div>`, `div('inside')`},
		{`<br/>x<img src=a>y`, `br()'x'img()'y'`},
		{`<dl><dt>t<dd>d</dl>`, `dl(dt('t')dd('d'))`},
		{`<table><tr><td>1<td>2<tr><td>3</table>`, `table(tr(td('1')td('2'))tr(td('3')))`},
		{`<b>unclosed <i>nested`, `b('unclosed 'i('nested'))`},
		{`a</b>b`, `'a''b'`}, // a stray end tag is dropped; the text on either side stays
		{`<p>x<!-- c -->y</p>`, `p('xy')`},
		{`<script><p>not a tag</p></script>`, `script('<p>not a tag</p>')`},
		{`caf&eacute; &amp;`, `'café &'`},
	} {
		doc, err := Parse(tc.src)
		require.NoError(t, err, tc.src)
		assert.Equal(t, tc.want, render(doc), tc.src)
	}
}

func TestParseAttributes(t *testing.T) {
	doc, err := Parse(`<A HREF="https://a.example/?a=1&copy=2" data-x=&lt; data-x=second hidden>x</A>`)
	require.NoError(t, err)
	a := doc.FirstChild
	assert.Equal(t, "a", a.Tag())
	v, ok := a.Attribute("href")
	assert.True(t, ok)
	assert.Equal(t, "https://a.example/?a=1&copy=2", v, "a legacy name before = stays as written")
	v, _ = a.Attribute("data-x")
	assert.Equal(t, "<", v, "the first of repeated names wins")
	_, ok = a.Attribute("hidden")
	assert.True(t, ok)
	_, ok = a.FirstChild.Attribute("href")
	assert.False(t, ok, "text has no attributes")
	assert.Equal(t, "", a.FirstChild.Tag())
}

func TestParseDepth(t *testing.T) {
	_, err := Parse(strings.Repeat("<div>", MaxDepth+1))
	assert.True(t, errors.Is(err, ErrTooDeep))
	_, err = Parse(strings.Repeat("<div>", MaxDepth-1))
	assert.NoError(t, err)
	_, err = Parse(strings.Repeat("<br>", 10*MaxDepth))
	assert.NoError(t, err, "void elements do not nest")
}

// FuzzParse: Parse ends on any input, fails only with ErrTooDeep, and
// builds a consistent tree of bounded depth.
func FuzzParse(f *testing.F) {
	for _, s := range tokenizerCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		doc, err := Parse(src)
		if err != nil {
			if !errors.Is(err, ErrTooDeep) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		var check func(n *Node, depth int)
		check = func(n *Node, depth int) {
			if depth > MaxDepth+1 {
				t.Fatalf("depth %d", depth)
			}
			var last *Node
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Parent != n {
					t.Fatal("a child's parent is not its parent")
				}
				if c.Type == TextNode && c.FirstChild != nil {
					t.Fatal("text with children")
				}
				last = c
				check(c, depth+1)
			}
			if last != n.LastChild {
				t.Fatal("LastChild is not the last child")
			}
		}
		check(doc, 0)
	})
}
