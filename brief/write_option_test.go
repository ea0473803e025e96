package brief

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sparseBrief has a headline, one key insight with evidence that is its own
// text, one risk and a source with no outlet name: most sections empty.
func sparseBrief() *Brief {
	return &Brief{
		Headline:    "Port opens a new terminal",
		KeyInsights: []Point{{Text: "The terminal doubles capacity.", Evidence: []Evidence{{Source: 0, Start: 10, End: 40, Quote: "The terminal doubles capacity."}}}},
		Risks:       []Point{{Text: "Dredging may be delayed.", Evidence: []Evidence{{Source: 0, Start: 50, End: 80, Quote: "dredging may be delayed, officials said"}, {Source: 1, Start: 0, End: 5, Quote: "Dredg"}}}},
		Sources:     []Source{{Domain: "port.example", URL: "https://port.example/news"}, {Outlet: "Harbour Times"}},
	}
}

func TestTextAndMarkdownSkipEmptySections(t *testing.T) {
	for _, f := range []Format{Text, Markdown} {
		var buf bytes.Buffer
		require.NoError(t, Write(&buf, sparseBrief(), f))
		out := buf.String()
		for _, empty := range []string{"Summary", "Why this matters", "Opportunities", "What others are reporting", "What we don't know yet", "What's next", "Originally reported by"} {
			assert.NotContains(t, out, empty, "%s:\n%s", f, out)
		}
		assert.Contains(t, out, "Potential risks and opportunities", "%s: the group heading shows with its risks", f)
		for _, line := range strings.Split(out, "\n") {
			assert.NotRegexp(t, `^\s*\d+\.\s*$`, line, "%s: a source number stands alone:\n%s", f, out)
			assert.NotEqual(t, `\`, strings.TrimSpace(line), "%s: a stray backslash", f)
		}
		requireRoundTrip(t, sparseBrief())
	}
	// A brief with nothing but a headline writes only the headline.
	var buf bytes.Buffer
	require.NoError(t, WriteText(&buf, &Brief{Headline: "Only this"}))
	assert.Equal(t, "Only this\n", buf.String())
}

func TestEvidenceIsCompact(t *testing.T) {
	var text, md bytes.Buffer
	require.NoError(t, WriteText(&text, sparseBrief()))
	require.NoError(t, WriteMarkdown(&md, sparseBrief()))
	for _, out := range []string{text.String(), md.String()} {
		assert.Contains(t, out, "- The terminal doubles capacity.\n  ↳ [1] 10-40\n", "a quote that is the point's text is not repeated")
		assert.Equal(t, 1, strings.Count(out, "↳ [1] 50-80"), "one evidence line per point")
		assert.Contains(t, out, `[2] 0-5 "Dredg"`)
		assert.Equal(t, 2, strings.Count(out, "↳"), out)
	}
	assert.Contains(t, text.String(), "  ↳ [1] 50-80 \"dredging may be delayed, officials said\"; [2] 0-5 \"Dredg\"\n")
}

func TestParseReadsBothEvidenceForms(t *testing.T) {
	old := "H\nKey insights\n- The point.\n  ↳ [1] 0-10 \"The point.\"\n  ↳ [2] 3-4 \"x\"\n"
	compact := "H\nKey insights\n- The point.\n  ↳ [1] 0-10; [2] 3-4 \"x\"\n"
	md := "# H\n\n## Key insights\n\n- The point.\n  ↳ [1] 0-10; [2] 3-4 \"x\"\n"
	want := []Evidence{{Source: 0, Start: 0, End: 10, Quote: "The point."}, {Source: 1, Start: 3, End: 4, Quote: "x"}}
	for _, src := range []string{old, compact, md} {
		b, err := ParseString(src)
		require.NoError(t, err)
		require.Len(t, b.KeyInsights, 1, src)
		assert.Equal(t, want, b.KeyInsights[0].Evidence, src)
	}
	// A line that only looks like evidence stays text.
	b, err := ParseString("H\nKey insights\n- The point.\n  ↳ [1] 0-10 \"open\n")
	require.NoError(t, err)
	assert.Empty(t, b.KeyInsights[0].Evidence)
}

func TestWithEvidenceFalse(t *testing.T) {
	for _, f := range []Format{Text, Markdown, HTML, JSON} {
		var buf bytes.Buffer
		require.NoError(t, Write(&buf, sparseBrief(), f, WithEvidence(false)))
		out := buf.String()
		assert.NotContains(t, out, "↳", f)
		assert.NotContains(t, out, "evidence", f)
		assert.Contains(t, out, "The terminal doubles capacity.", f)
		b, err := Parse(&buf, WithFormat(f))
		require.NoError(t, err, f)
		want := sparseBrief()
		want.KeyInsights[0].Evidence, want.Risks[0].Evidence = nil, nil
		assert.Equal(t, jsonOf(t, want), jsonOf(t, b), "%s reads back without evidence", f)
	}
}

func TestHTMLStandalone(t *testing.T) {
	b := sparseBrief()
	b.Headline = `<script>alert("t")</script> & more`
	b.Sources[0].Language = "en"
	var buf bytes.Buffer
	require.NoError(t, WriteHTML(&buf, b, Standalone("dark")))
	out := buf.String()
	assert.True(t, strings.HasPrefix(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"), out)
	assert.Contains(t, out, "<title>&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt; &amp; more</title>")
	assert.Contains(t, out, `<news-brief theme="dark"><template shadowrootmode="open"><style>`+Stylesheet)
	assert.Contains(t, out, "Content-Security-Policy")
	assert.NotContains(t, out, "<script")
	assert.NotContains(t, out, " src=")
	assert.True(t, strings.HasSuffix(out, "</news-brief>\n</body>\n</html>\n"), out)
	got, err := ParseString(out)
	require.NoError(t, err)
	assert.Equal(t, jsonOf(t, b), jsonOf(t, got), "the page reads back")
}

func TestMarkdownSourceLink(t *testing.T) {
	b, err := ParseString("# H\n\n## Sources\n\n1. [Harbour Times](https://harbour.example/a)\n2. [Port](https://port.example/b)\n   - Domain: port.example\n")
	require.NoError(t, err)
	require.Len(t, b.Sources, 2)
	assert.Equal(t, Source{Outlet: "Harbour Times", URL: "https://harbour.example/a"}, b.Sources[0])
	assert.Equal(t, Source{Outlet: "Port", Domain: "port.example", URL: "https://port.example/b"}, b.Sources[1])
}

func TestSourceOutletThatReadsAsField(t *testing.T) {
	b := &Brief{Headline: "H", Sources: []Source{{Outlet: "Domain: news", Domain: "news.example"}, {}, {Outlet: noDetails}}}
	requireRoundTrip(t, b)
}

// A source with nothing known, such as a pasted text, still gets a line
// that says so.
func TestSourceWithoutDetails(t *testing.T) {
	b := &Brief{Headline: "H", KeyInsights: []Point{{Text: "P.", Evidence: []Evidence{{Source: 0, Start: 0, End: 2, Quote: "P."}}}}, Sources: []Source{{}}}
	for _, f := range []Format{Text, Markdown} {
		var buf bytes.Buffer
		require.NoError(t, Write(&buf, b, f))
		assert.Contains(t, buf.String(), "\n1. (no details)\n", f)
	}
	requireRoundTrip(t, b)
}

// A coverage entry with a quote but no framing needs no empty line.
func TestTextCoverageQuoteWithoutFraming(t *testing.T) {
	b := &Brief{Headline: "H", Coverage: []Coverage{
		{Outlet: "Daily", URL: "https://daily.example/a", Quote: "We will rebuild."},
		{Outlet: "Weekly", Quote: "> not a mark"},
		{Outlet: "Monthly", Framing: "Frames it as a win.", Quote: "It is a win."},
	}}
	var buf bytes.Buffer
	require.NoError(t, WriteText(&buf, b))
	assert.Contains(t, buf.String(), "-\nDaily Read → https://daily.example/a\n> We will rebuild.\n")
	// A quote that itself starts with the mark keeps the escaped form.
	assert.Contains(t, buf.String(), "-\nWeekly Read →\n\\\n\\> not a mark\n")
	requireRoundTrip(t, b)
}
