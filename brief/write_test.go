package brief

import (
	"bytes"
	"encoding/json"
	"github.com/newsbrief/newsbrief/internal/htmlparse"
	"html"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(Schema))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	require.NoError(t, c.AddResource("brief.schema.json", doc))
	s, err := c.Compile("brief.schema.json")
	require.NoError(t, err)
	return s
}

func TestJSONMatchesSchema(t *testing.T) {
	schema := compileSchema(t)
	briefs := []*Brief{{}, parseFile(t, "plain.txt"), parseFile(t, "harbor.md"), parseFile(t, "chrome.html")}
	for seed := range uint64(300) {
		briefs = append(briefs, genBrief(seed))
	}
	for i, b := range briefs {
		var buf bytes.Buffer
		require.NoError(t, WriteJSON(&buf, b))
		v, err := jsonschema.UnmarshalJSON(&buf)
		require.NoError(t, err)
		require.NoError(t, schema.Validate(v), "brief %d:\n%s", i, buf.String())
	}
	// The schema rejects what the contract forbids.
	for _, bad := range []string{`{"version": 2}`, `{"version": 1, "headline": "h", "keyInsights": null}`} {
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
		require.NoError(t, err)
		assert.Error(t, schema.Validate(v), bad)
	}
}

func TestJSONEmptySectionsAreArrays(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, &Brief{Headline: "H"}))
	var m map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &m))
	assert.EqualValues(t, 1, m["version"])
	for _, k := range []string{"keyInsights", "whyItMatters", "summary", "risks", "opportunities", "unknowns", "coverage", "sources", "extra"} {
		assert.Equal(t, []any{}, m[k], k)
	}
	assert.NotContains(t, buf.String(), "null")
	assert.NotContains(t, buf.String(), "evidence", "empty evidence is omitted")
}

func TestHTMLIsSafe(t *testing.T) {
	b := &Brief{
		Headline:         `<script>alert("h")</script>`,
		HeadlineEvidence: []Evidence{{Source: 0, Start: 9, End: 40, Quote: `"><script>h</script><img src=y onerror=alert(2)>`}},
		KeyInsights:      []Point{{Text: `<img src=x onerror=alert(1)>`, Evidence: []Evidence{{Source: 0, Start: 0, End: 5, Quote: `"><script>x</script>`}}}},
		Coverage: []Coverage{
			{Outlet: "Evil", URL: "javascript:alert(1)", Framing: "<b>bold</b>", Quote: "q"},
			{Outlet: "Good", URL: `https://good.example/a"onmouseover="x`},
		},
		Original: Original{Outlet: "O", URL: "data:text/html,<script>x</script>"},
	}
	var buf bytes.Buffer
	require.NoError(t, WriteHTML(&buf, b))
	out := buf.String()
	assert.NotContains(t, out, "<script")
	assert.NotContains(t, out, "<img")
	assert.NotContains(t, out, "<b>")
	assert.NotContains(t, out, "javascript:")
	assert.NotContains(t, out, "data:text")
	assert.NotContains(t, out, `"onmouseover`)
	assert.Contains(t, out, `href="https://good.example/a%22onmouseover=%22x" rel="noopener noreferrer"`)
	assert.Equal(t, strings.Count(out, "<a "), strings.Count(out, `rel="noopener noreferrer"`))
	got, err := ParseString(out)
	require.NoError(t, err)
	assert.Equal(t, b.Headline, got.Headline)
	assert.Equal(t, b.HeadlineEvidence, got.HeadlineEvidence)
	assert.Equal(t, b.KeyInsights[0].Evidence, got.KeyInsights[0].Evidence)
}

func TestHTMLIsAccessible(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteHTML(&buf, parseFile(t, "plain.txt")))
	out := buf.String()
	assert.True(t, strings.HasPrefix(out, `<article class="nb-brief" part="brief" data-nb-version="1">`))
	assert.Contains(t, out, `<h3 part="heading">Key insights</h3>`)
	assert.Contains(t, out, "<blockquote data-nb=\"quote\">")
	assert.Contains(t, out, `<time data-nb="published" datetime="2026-10-02T08:30:00+02:00">`)
	assert.Equal(t, strings.Count(out, "<section"), strings.Count(out, "</section>"))
}

func TestJSONLD(t *testing.T) {
	b := parseFile(t, "plain.txt")
	var buf bytes.Buffer
	require.NoError(t, WriteJSONLD(&buf, b))
	var ld struct {
		Context  string `json:"@context"`
		Type     string `json:"@type"`
		Headline string `json:"headline"`
		HasPart  []struct {
			Type     string `json:"@type"`
			Name     string `json:"name"`
			Elements []struct {
				Position int    `json:"position"`
				Name     string `json:"name"`
			} `json:"itemListElement"`
		} `json:"hasPart"`
		Citation []struct {
			URL string `json:"url"`
		} `json:"citation"`
		IsBasedOn struct {
			Headline  string `json:"headline"`
			URL       string `json:"url"`
			Publisher struct {
				Name string `json:"name"`
				URL  string `json:"url"`
			} `json:"publisher"`
		} `json:"isBasedOn"`
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &ld))
	assert.Equal(t, "https://schema.org", ld.Context)
	assert.Equal(t, "NewsArticle", ld.Type)
	assert.Equal(t, b.Headline, ld.Headline)
	require.NotEmpty(t, ld.HasPart)
	assert.Equal(t, "ItemList", ld.HasPart[0].Type)
	assert.Equal(t, "Key insights", ld.HasPart[0].Name)
	assert.Equal(t, b.KeyInsights[1].Text, ld.HasPart[0].Elements[1].Name)
	assert.Equal(t, 2, ld.HasPart[0].Elements[1].Position)
	assert.Equal(t, "Nurses get a four-day week", ld.IsBasedOn.Headline)
	assert.Equal(t, "https://caretimes.example/nurses-four-day-week", ld.IsBasedOn.URL)
	assert.Equal(t, "Care Times", ld.IsBasedOn.Publisher.Name)
	assert.Equal(t, "https://caretimes.example", ld.IsBasedOn.Publisher.URL)
	urls := []string{}
	for _, c := range ld.Citation {
		urls = append(urls, c.URL)
	}
	assert.Contains(t, urls, "https://health-daily.example/four-day-week")
	assert.NotContains(t, buf.String(), "<", "JSON-LD is safe inside a script element")
}

// TestDependencies keeps brief light: the render-only browser build
// imports it.
func TestDependencies(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	require.NoError(t, err, string(out))
	deps := strings.Fields(string(out))
	for _, d := range deps {
		ok := !strings.Contains(d, ".") || strings.HasPrefix(d, "golang.org/x/net/html") ||
			strings.HasPrefix(d, "github.com/newsbrief/newsbrief/internal/") || d == "github.com/newsbrief/newsbrief/brief" ||
			strings.HasPrefix(d, "vendor/")
		assert.True(t, ok, "brief must not import %s", d)
		for _, banned := range []string{"net/http", "/extract", "/source", "readability"} {
			assert.NotContains(t, d, banned)
		}
	}
	assert.Greater(t, len(deps), 10, strconv.Itoa(len(deps)))
}

func TestHTMLAsElement(t *testing.T) {
	b := parseFile(t, "plain.txt")
	var buf bytes.Buffer
	require.NoError(t, WriteHTML(&buf, b, AsElement("dark")))
	out := buf.String()
	assert.True(t, strings.HasPrefix(out, `<news-brief theme="dark"><template shadowrootmode="open"><style>`), out[:80])
	assert.Contains(t, out, Stylesheet)
	assert.True(t, strings.HasSuffix(out, "</article>\n</template></news-brief>\n"))
	var plain bytes.Buffer
	require.NoError(t, WriteHTML(&plain, b))
	assert.Contains(t, out, plain.String(), "the element holds exactly the plain fragment")
	got, err := ParseString(out)
	require.NoError(t, err)
	assert.Equal(t, jsonOf(t, b), jsonOf(t, got), "the element reads back")

	buf.Reset()
	require.NoError(t, WriteHTML(&buf, b, AsElement(`"><script>`)))
	assert.True(t, strings.HasPrefix(buf.String(), `<news-brief theme="auto">`), "unknown themes fall back to auto")
	assert.NotContains(t, Stylesheet, "</style")
}

// TestHTMLEvidenceQuoteIsJSON checks that data-nb-quote holds a JSON
// string a browser can JSON.parse, and that the Go string literal earlier
// versions wrote still reads.
func TestHTMLEvidenceQuoteIsJSON(t *testing.T) {
	quote := "Line one\r\nand “two” <b> & \t\\ end"
	b := &Brief{KeyInsights: []Point{{Text: "x", Evidence: []Evidence{{Source: 0, Start: 0, End: len(quote), Quote: quote}}}}}
	var buf bytes.Buffer
	require.NoError(t, WriteHTML(&buf, b))
	got, err := Parse(bytes.NewReader(buf.Bytes()), WithFormat(HTML))
	require.NoError(t, err)
	assert.Equal(t, quote, got.KeyInsights[0].Evidence[0].Quote)

	doc, err := htmlparse.Parse(buf.String())
	require.NoError(t, err)
	var attrValue string
	var find func(n *htmlparse.Node)
	find = func(n *htmlparse.Node) {
		if v := attr(n, "data-nb-quote"); v != "" {
			attrValue = v
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	var fromJSON string
	require.NoError(t, json.Unmarshal([]byte(attrValue), &fromJSON), attrValue)
	assert.Equal(t, quote, fromJSON)

	old := strings.Replace(buf.String(), html.EscapeString(attrValue), html.EscapeString(strconv.Quote(quote)), 1)
	require.NotEqual(t, buf.String(), old)
	got, err = Parse(strings.NewReader(old), WithFormat(HTML))
	require.NoError(t, err)
	assert.Equal(t, quote, got.KeyInsights[0].Evidence[0].Quote)
}
