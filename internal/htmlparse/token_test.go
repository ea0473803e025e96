package htmlparse

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsbrief/newsbrief/internal/aeb"
	"github.com/newsbrief/newsbrief/internal/sharedtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// The tokenizer is checked against x/net/html's, which follows the HTML
// standard to the letter.

var tokenizerCases = []string{
	`<p class="a" id=b data-x='c' hidden>Text &amp; more &lt;b&gt;</p>`,
	`<A HREF="https://a.example/?a=1&copy=2&amp;b=3&para;">link</A>`,
	`<img src=x alt="caf&eacute; &#233; &#xE9; &eacute">`, `<br/><hr /><div/>`,
	"<p>line\r\nbreak\rhere</p>", `<!doctype html><!-- a comment --><?php x ?><p>after</p>`,
	`<script>if (a < b && c > d) { x = "</p>"; }</script><p>after</p>`,
	`<style>p > a { color: red }</style>`, `<title>A &amp; B</title>`, `<textarea><b>&lt;</b></textarea>`,
	`a < b and c <3 d`, `</>text</ p><//x>`, `<p data-nb="x" data-nb="y">first wins</p>`,
	`<!--> short <!---> comments <!-- x -- y -->`, `<p>unclosed <b>bold`, `<a href="x`, `<a href`,
	`<p title=&notit;>x</p>`, `<p title="&notit; &not &not= &copy1">x</p>`,
	`<SCRIPT>x</SCRIPT >`, `<p =weird a=1>x</p>`, `<ul><li>a<li>b</ul>`, `&amp &amp; &AMP &bogus; &#0; &#x110000;`,
}

func TestTokenizerReplacesNUL(t *testing.T) {
	// x/net/html's tokenizer keeps U+0000; its parser, like browsers,
	// does not.
	assert.Equal(t, []tok{{"text", "\uFFFDnul", nil}}, ownTokens("\x00nul"))
}

func TestTokenizerAgreesWithXNetHTML(t *testing.T) {
	for _, src := range tokenizerCases {
		assert.Equal(t, xnetTokens(src), ownTokens(src), "%q", src)
	}
}

// TestTokenizerOnNewsPages compares the two tokenizers on the 125 real
// news pages of the AEB benchmark.
func TestTokenizerOnNewsPages(t *testing.T) {
	pages, err := aeb.Load(filepath.Join(sharedtest.Dir(t), "data", "aeb"))
	require.NoError(t, err)
	for _, p := range pages {
		data, err := p.HTML()
		require.NoError(t, err)
		want, got := xnetTokens(string(data)), ownTokens(string(data))
		if !assert.Equal(t, len(want), len(got), p.ID) {
			continue
		}
		for i := range want {
			if !assert.Equal(t, want[i], got[i], "%s: token %d", p.ID, i) {
				break
			}
		}
	}
}

func FuzzTokenizer(f *testing.F) {
	for _, src := range tokenizerCases {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		got := ownTokens(src) // ends, without panic
		if strings.Contains(src, "\x00") || longNumber.MatchString(src) {
			return // NUL and overflowing numbers differ (see above); compare the rest
		}
		assert.Equal(t, xnetTokens(src), got, "%q", src)
	})
}

// tok is a token in a form both tokenizers give: text runs merged, and
// comments and doctypes left out.
type tok struct {
	Kind  string
	Data  string
	Attrs []Attribute
}

func ownTokens(src string) []tok {
	z := tokenizer{src: src}
	var out []tok
	for {
		t, ok := z.next()
		if !ok {
			return out
		}
		switch t.kind {
		case textToken:
			out = addText(out, t.data)
		case startTagToken:
			kind := "start"
			if t.selfClosing {
				kind = "self"
			}
			out = append(out, tok{kind, t.data, t.attrs})
		case endTagToken:
			out = append(out, tok{"end", t.data, nil})
		}
	}
}

func xnetTokens(src string) []tok {
	z := html.NewTokenizer(strings.NewReader(src))
	var out []tok
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out
		case html.TextToken:
			out = addText(out, string(z.Text()))
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			kind := "start"
			if t.Type == html.SelfClosingTagToken {
				kind = "self"
			}
			var attrs []Attribute
			for _, a := range t.Attr {
				if !hasAttr(attrs, a.Key) {
					attrs = append(attrs, Attribute{a.Key, a.Val})
				}
			}
			out = append(out, tok{kind, t.Data, attrs})
		case html.EndTagToken:
			name, _ := z.TagName()
			out = append(out, tok{"end", string(name), nil})
		}
	}
}

func addText(out []tok, s string) []tok {
	if n := len(out); n > 0 && out[n-1].Kind == "text" {
		out[n-1].Data += s
		return out
	}
	return append(out, tok{Kind: "text", Data: s})
}

func TestTokenizerKeepsAtMostMaxAttrs(t *testing.T) {
	var b strings.Builder
	b.WriteString("<p ")
	for i := range 500_000 {
		b.WriteString("a" + strconv.Itoa(i) + " ")
	}
	b.WriteString(">x")
	start := time.Now()
	toks := ownTokens(b.String())
	require.Len(t, toks, 2)
	assert.Len(t, toks[0].Attrs, maxAttrs)
	assert.Less(t, time.Since(start), 2*time.Second)
}
