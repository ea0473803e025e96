package brief

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	xhtml "golang.org/x/net/html"
)

// xssFixture is the widget's XSS corpus, shared with the browser tests.
var xssFixture = filepath.Join("..", "wasm", "e2e", "fixtures", "xss.mjs")

// jsStrings returns the string literals of the JavaScript array that
// follows "export const name = [" in src, unescaped.
func jsStrings(t *testing.T, src, name string) []string {
	t.Helper()
	start := strings.Index(src, "export const "+name+" = [")
	require.GreaterOrEqual(t, start, 0, "%s not in %s", name, xssFixture)
	var out []string
	for i := start + len("export const "+name+" = ["); i < len(src); i++ {
		switch c := src[i]; c {
		case ']':
			return out
		case '\'', '"':
			var b strings.Builder
			for i++; src[i] != c; i++ {
				if src[i] != '\\' {
					b.WriteByte(src[i])
					continue
				}
				i++
				switch e := src[i]; e {
				case 'n':
					b.WriteByte('\n')
				case 't':
					b.WriteByte('\t')
				case 'u':
					r, err := strconv.ParseUint(src[i+1:i+5], 16, 32)
					require.NoError(t, err)
					b.WriteRune(rune(r))
					i += 4
				default:
					b.WriteByte(e)
				}
			}
			out = append(out, b.String())
		}
	}
	t.Fatalf("array %s does not end", name)
	return nil
}

// hostileBrief puts every payload in every text of a brief (evidence
// quotes differ from their points, so they are written out) and every
// hostile URL in every link.
func hostileXSSBrief(payloads, urls []string) *Brief {
	all := strings.Join(payloads, " ")
	points := func() []Point {
		var ps []Point
		for i, p := range payloads {
			ps = append(ps, Point{Text: p, Evidence: []Evidence{{Source: 0, Start: 0, End: 1, Quote: payloads[(i+1)%len(payloads)]}}})
		}
		return ps
	}
	b := &Brief{Headline: all, Original: Original{Outlet: all, Domain: all, Headline: all}}
	for _, ps := range b.pointSections() {
		*ps = points()
	}
	for i, p := range payloads {
		u := urls[i%len(urls)]
		b.Quotes = append(b.Quotes, Quote{Text: p, Speaker: p, Evidence: []Evidence{{Quote: p + "!"}}})
		b.Entities = append(b.Entities, Entity{Name: p, Mentions: 2})
		b.Coverage = append(b.Coverage, Coverage{Outlet: p, URL: u, Framing: p, Quote: p})
		b.Sources = append(b.Sources, Source{Outlet: p, Domain: p, URL: u, Headline: p, Language: p})
		b.Extra = append(b.Extra, Section{Title: p, Points: []Point{{Text: p}}})
	}
	b.Original.URL = urls[len(urls)-1]
	return b
}

// TestMarkdownIsInertWhenRendered renders WriteMarkdown's output of a
// hostile brief with goldmark, raw HTML allowed, and requires that no
// element but Markdown's own survives, no attribute but href, and no link
// but the brief's own http(s) links.
func TestMarkdownIsInertWhenRendered(t *testing.T) {
	src, err := os.ReadFile(xssFixture)
	require.NoError(t, err)
	payloads, urls := jsStrings(t, string(src), "payloads"), jsStrings(t, string(src), "urls")
	require.Greater(t, len(payloads), 20)
	urls = append(urls, "https://ok.example/story", "https://ok.example/a(b)")
	b := hostileXSSBrief(payloads, urls)

	var md bytes.Buffer
	require.NoError(t, WriteMarkdown(&md, b))
	nb := *b
	nb.Normalize()
	own := map[string]bool{}
	for _, s := range nb.Sources {
		own[s.URL] = true
	}
	for _, c := range nb.Coverage {
		own[c.URL] = true
	}
	own[nb.Original.URL] = true

	for name, gm := range map[string]goldmark.Markdown{
		"commonmark": goldmark.New(goldmark.WithRendererOptions(gmhtml.WithUnsafe())),
		"gfm":        goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(gmhtml.WithUnsafe())),
	} {
		var out bytes.Buffer
		require.NoError(t, gm.Convert(md.Bytes(), &out))
		checkInertHTML(t, name, out.String(), own, true)
	}
}

// markdownElements are the elements Markdown itself produces.
var markdownElements = map[string]bool{"html": true, "head": true, "body": true, "h1": true, "h2": true, "h3": true,
	"p": true, "ul": true, "ol": true, "li": true, "blockquote": true, "a": true, "code": true, "em": true, "strong": true,
	"del": true, "br": true, "hr": true}

// checkInertHTML checks renderer's output; needLinks says the brief has
// links of its own that must be kept.
func checkInertHTML(t *testing.T, renderer, out string, own map[string]bool, needLinks bool) {
	t.Helper()
	doc, err := xhtml.Parse(strings.NewReader(out))
	require.NoError(t, err)
	links := 0
	for n := range doc.Descendants() {
		if n.Type != xhtml.ElementNode {
			continue
		}
		require.True(t, markdownElements[n.Data], "%s: a <%s> element survived:\n%s", renderer, n.Data, out)
		for _, a := range n.Attr {
			require.Equal(t, "href", a.Key, "%s: attribute %s=%q on <%s>", renderer, a.Key, a.Val, n.Data)
			links++
			if strings.HasPrefix(renderer, "gfm") && (strings.HasPrefix(a.Val, "http://") || strings.HasPrefix(a.Val, "https://") || strings.HasPrefix(a.Val, "mailto:")) {
				continue // GFM's autolinks turn URLs in text into links
			}
			require.True(t, own[a.Val], "%s: a link that is not the brief's own: %q", renderer, a.Val)
		}
	}
	if needLinks {
		require.Positive(t, links, "%s: the brief's own links are kept", renderer)
	}
}

// FuzzMarkdownIsInert renders random briefs, whose texts mix Markdown and
// HTML syntax, with goldmark and checks what TestMarkdownIsInertWhenRendered
// checks.
func FuzzMarkdownIsInert(f *testing.F) {
	for seed := range uint64(8) {
		f.Add(seed)
	}
	gm := goldmark.New(goldmark.WithRendererOptions(gmhtml.WithUnsafe()))
	f.Fuzz(func(t *testing.T, seed uint64) {
		b := genBrief(seed)
		var md bytes.Buffer
		require.NoError(t, WriteMarkdown(&md, b))
		nb := *b
		nb.Normalize()
		own := map[string]bool{nb.Original.URL: true}
		for _, s := range nb.Sources {
			own[s.URL] = true
		}
		for _, c := range nb.Coverage {
			own[c.URL] = true
		}
		var out bytes.Buffer
		require.NoError(t, gm.Convert(md.Bytes(), &out))
		checkInertHTML(t, "commonmark", out.String(), own, false)
	})
}

func TestMarkdownIsInertGenerated(t *testing.T) {
	gm := goldmark.New(goldmark.WithRendererOptions(gmhtml.WithUnsafe()))
	for seed := range uint64(1000) {
		b := genBrief(seed)
		var md bytes.Buffer
		require.NoError(t, WriteMarkdown(&md, b))
		nb := *b
		nb.Normalize()
		own := map[string]bool{nb.Original.URL: true}
		for _, s := range nb.Sources {
			own[s.URL] = true
		}
		for _, c := range nb.Coverage {
			own[c.URL] = true
		}
		var out bytes.Buffer
		require.NoError(t, gm.Convert(md.Bytes(), &out))
		checkInertHTML(t, "commonmark seed "+strconv.FormatUint(seed, 10), out.String(), own, false)
	}
}
