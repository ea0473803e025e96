package extract

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestCompact(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"<p>a</p><!-- c --><p>b</p>", "<p>a</p><p>b</p>"},
		{"term,<b> </b>which", "term, which"},
		{"<p><p><p>x", "<p>x"},
		{"<div><span></span><img src=a.png></div>", "<div><img src=a.png></div>"},
		{"<p>keep <em>this</em></p>", "<p>keep <em>this</em></p>"},
		{"<script>if (a<b) {}</script>", "<script>if (a<b) {}</script>"},
		{"<p>unterminated <b", "<p>unterminated <b"},
	} {
		assert.Equal(t, tc.want, string(compact([]byte(tc.in))), tc.in)
	}
}

// FuzzTagAtom checks tagAtom against the tokenizer's own TagName on every
// tag of arbitrary input.
func FuzzTagAtom(f *testing.F) {
	for _, s := range []string{"<P class=x>", "</DIV >", "<br/>", "<h1\tid=a>", "<x\x00p>", "<foreignObject>", "<" + strings.Repeat("a", 40) + ">"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		z := html.NewTokenizer(bytes.NewReader(data))
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				return
			}
			if tt != html.StartTagToken && tt != html.EndTagToken && tt != html.SelfClosingTagToken {
				continue
			}
			raw := bytes.Clone(z.Raw())
			name, _ := z.TagName()
			if got, want := tagAtom(raw), atom.Lookup(name); got != want {
				t.Fatalf("tagAtom(%q) = %v, want %v", raw, got, want)
			}
		}
	})
}

func TestCollapseSpace(t *testing.T) {
	for in, want := range map[string]string{
		"":                 "",
		"a b":              "a b",
		" a":               "a",
		"a ":               "a",
		"a  b":             "a b",
		"a\tb\nc":          "a b c",
		"a\u00a0b":         "a b",
		"soft\u00adhyphen": "softhyphen",
		"\u3000全角":         "全角",
		"one two three.":   "one two three.",
	} {
		assert.Equal(t, want, collapseSpace(in), "%q", in)
	}
}
