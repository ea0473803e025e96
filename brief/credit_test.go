package brief

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCreditWhereverItStands(t *testing.T) {
	want := Original{Outlet: "The River Times", URL: "https://rivertimes.example/dam", Headline: "Dam opens at last"}
	noURL := want
	noURL.URL = ""
	for _, tc := range []struct {
		name, src string
		want      Original
	}{
		{"html footer", `<article><h1>Dam opens</h1><h2>Key insights</h2><ul><li>Point one.</li></ul>
<footer><nav><a href="/">Home</a></nav><p>Originally reported by <a href="https://rivertimes.example/dam">The River Times</a></p>
<p><small>Original headline: Dam opens at last</small></p><p>© 2026 Brief Co</p></footer></article>`, want},
		{"html page footer", `<html><body><main><h1>Dam opens</h1><h2>Key insights</h2><ul><li>Point one.</li></ul></main>
<div role="contentinfo"><div>Originally reported by The River Times</div><div>Original headline: Dam opens at last</div></div></body></html>`, noURL},
		{"html paragraph after a list", `<article><h1>Dam opens</h1><h2>Key insights</h2><ul><li>Point one.</li></ul>
<p>Originally reported by <a href="https://rivertimes.example/dam">The River Times</a></p><p>Original headline: Dam opens at last</p></article>`, want},
		{"html list items", `<article><h1>Dam opens</h1><h2>Key insights</h2><ul><li>Point one.</li>
<li>Originally reported by The River Times</li><li>Original headline: Dam opens at last</li></ul></article>`, noURL},
		{"markdown paragraph after the coverage list", "# Dam opens\n\n## Key insights\n\n- Point one.\n\n## What others are reporting\n\n" +
			"- [Daily](https://daily.example/a) — framing\n\nOriginally reported by [The River Times](https://rivertimes.example/dam)\n\nOriginal headline: Dam opens at last\n", want},
		{"markdown list items", "# Dam opens\n\n## Key insights\n\n- Point one.\n- Originally reported by The River Times\n- Original headline: Dam opens at last\n", noURL},
		{"markdown bold lead", "# Dam opens\n\n## Key insights\n\n- Point one.\n\n**Originally reported by:** The River Times\n\n**Original headline:** Dam opens at last\n", noURL},
		{"text lines after a list", "Dam opens\nKey insights\n- Point one.\nOriginally reported by The River Times\nOriginal headline: Dam opens at last\n", noURL},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := ParseString(tc.src)
			require.NoError(t, err)
			assert.Equal(t, "Dam opens", b.Headline)
			assert.Equal(t, []Point{{Text: "Point one."}}, b.KeyInsights)
			assert.Equal(t, tc.want, b.Original)
			assert.Empty(t, b.Extra)
		})
	}
}

func TestBylineIsNotSummary(t *testing.T) {
	for _, byline := range []string{"By Jane Doe, Reuters", "By Reuters staff", "BY JANE DOE AND JOHN ROE", "By J.R. Smith and Ana de la Cruz, The Harbour Times"} {
		for name, src := range map[string]string{
			"text":     "Dam opens\n" + byline + "\nThe dam opened on Monday.\n",
			"markdown": "# Dam opens\n\n" + byline + "\n\nThe dam opened on Monday.\n",
			"html":     "<article><h1>Dam opens</h1><p>" + byline + "</p><p>The dam opened on Monday.</p></article>",
		} {
			b, err := ParseString(src)
			require.NoError(t, err)
			assert.Equal(t, []Point{{Text: "The dam opened on Monday."}}, b.Summary, "%s: %s", name, byline)
		}
	}
	for _, sentence := range []string{"By Monday, the dam will be open.", "By 2028 the port doubles.", "By far the largest dam."} {
		b, err := ParseString("Dam opens\n" + sentence + "\n")
		require.NoError(t, err)
		assert.Equal(t, []Point{{Text: sentence}}, b.Summary, sentence)
	}
}

// TestPointsThatReadAsCredits: the writers escape points that a reader
// would take for a credit or a by-line, so they read back as points.
func TestPointsThatReadAsCredits(t *testing.T) {
	requireRoundTrip(t, &Brief{
		Headline:    "H",
		Summary:     []Point{{Text: "By Jane Doe, Reuters"}, {Text: "Originally reported by nobody"}},
		KeyInsights: []Point{{Text: "Originally reported by The River Times"}, {Text: "Original headline: Dam"}, {Text: "By Reuters staff"}},
		Risks:       []Point{{Text: "Original headline"}},
	})
}
