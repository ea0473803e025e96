package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/source"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runCLI runs newsbrief in process and returns its exit status and output.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestDemo(t *testing.T) {
	code, out, errOut := runCLI(t, "", "demo")
	require.Equal(t, 0, code, errOut)
	assert.True(t, strings.HasPrefix(out, "Ostra to build region's largest floating solar farm\nKey insights\n- Ostra Energy will build"), out)
	// Evidence whose quote is the point itself is written compactly.
	assert.Contains(t, out, "the regional government approved the plan on Tuesday.\n  ↳ [1] 0-170\n")
	assert.Contains(t, out, "\nOriginally reported by Valley Courier\n")

	code, out, _ = runCLI(t, "", "demo", "-format", "json")
	require.Equal(t, 0, code)
	var b struct {
		Version int `json:"version"`
		Risks   []struct {
			Text string `json:"text"`
		} `json:"risks"`
		Unknowns []struct {
			Text string `json:"text"`
		} `json:"unknowns"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &b))
	assert.Equal(t, 1, b.Version)
	assert.NotEmpty(t, b.Risks)
	assert.NotEmpty(t, b.Unknowns)
}

func TestBrief(t *testing.T) {
	page := filepath.Join("sample", "article.html")
	code, md, errOut := runCLI(t, "", "brief", "-format", "markdown", "-insights", "2", page)
	require.Equal(t, 0, code, errOut)
	assert.True(t, strings.HasPrefix(md, "# Ostra to build region's largest floating solar farm\n\n## Key insights\n\n- Ostra Energy will build"), md)
	assert.Equal(t, 2, strings.Count(strings.SplitN(strings.SplitN(md, "## Key insights", 2)[1], "\n## ", 2)[0], "\n- "))

	text := "Harbour Bridge Reopens\n\nThe harbour bridge reopened on Monday after eight months of repairs that cost €12 million. Engineers said heavy trucks could wear the new deck faster than planned."
	code, out, errOut := runCLI(t, text, "brief", "-input-format", "text", "-format", "text", "-")
	require.Equal(t, 0, code, errOut)
	assert.True(t, strings.HasPrefix(out, "Harbour Bridge Reopens\nKey insights\n- The harbour bridge reopened on Monday"), out)

	dir := t.TempDir()
	second := filepath.Join(dir, "wire.html")
	require.NoError(t, os.WriteFile(second, []byte(`<html><head><meta property="og:site_name" content="Energy Wire"><title>Ostra bond</title></head><body><article>`+
		`<p>Ostra Energy's floating solar farm on the Marrow reservoir will have a capacity of 240 megawatts, the company said on Tuesday.</p>`+
		`<p>The 12-year green bond priced at a coupon of 3.1%, and orders reached €900 million, three times the amount offered.</p>`+
		`<p>“Investors are hungry for renewable projects with stable returns,” said Ana Ruiz, a bond analyst at Norbank.</p></article></body></html>`), 0o644))
	code, js, errOut := runCLI(t, "", "brief", page, second)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, js, `"outlet": "Energy Wire"`)
	assert.Contains(t, js, `"quote": "Investors are hungry for renewable projects with stable returns"`)

	code, _, errOut = runCLI(t, "", "brief", "-input-format", "pdf", page)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "-input-format pdf")
	for _, n := range []string{"0", "-1", "11"} {
		code, _, errOut = runCLI(t, "", "brief", "-insights", n, page)
		assert.Equal(t, 2, code, n)
		assert.Contains(t, errOut, "-insights "+n+": want 1 to 10")
	}
	code, _, errOut = runCLI(t, "Just one line.", "brief", "-input-format", "text", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "no text to build from")
	code, _, errOut = runCLI(t, "   ", "brief", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "empty input")
}

func TestParseAndRender(t *testing.T) {
	dir := t.TempDir()
	md := filepath.Join(dir, "b.md")
	require.NoError(t, os.WriteFile(md, []byte("# Title\n\n## Risks\n\n- A <b>bold</b> 5 < 6 risk.\n"), 0o644))

	code, jsonOut, errOut := runCLI(t, "", "parse", md)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, jsonOut, `"text": "A bold 5 \u003c 6 risk."`)

	code, html, errOut := runCLI(t, jsonOut, "render")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, html, `<li data-nb="point">A bold 5 &lt; 6 risk.</li>`)

	code, text, _ := runCLI(t, jsonOut, "render", "-format", "text", "-")
	require.Equal(t, 0, code)
	assert.Contains(t, text, "Risks\n- A bold 5 < 6 risk.\n")

	code, forced, _ := runCLI(t, "# Title\n", "parse", "-input-format", "text", "-format", "markdown")
	require.Equal(t, 0, code)
	assert.Equal(t, "# \\# Title\n", forced, "-input-format text reads '#' as text")

	code, ld, _ := runCLI(t, jsonOut, "render", "-format", "jsonld")
	require.Equal(t, 0, code)
	assert.Contains(t, ld, `"@type": "NewsArticle"`)
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		stderr string
	}{
		{"no command", "", nil, 2, ""},
		{"unknown command", "", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"bad flag", "", []string{"parse", "-nope"}, 2, "flag provided but not defined: -nope"},
		{"bad format", "", []string{"parse", "-format", "yaml"}, 2, "-format yaml: want one of json, text, markdown, html, jsonld"},
		{"render is not parse", "", []string{"render", "-format", "pdf"}, 2, "-format pdf"},
		{"missing file", "", []string{"parse", "/does/not/exist.md"}, 1, "no such file"},
		{"too many files", "", []string{"parse", "a", "b"}, 2, "too many arguments"},
		{"empty input", "", []string{"parse"}, 1, "empty input"},
		{"render needs json", "# Title", []string{"render"}, 1, "reading json"},
		{"json version", `{"version": 2}`, []string{"render"}, 1, "unsupported version"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, tt.stdin, tt.args...)
			assert.Equal(t, tt.code, code)
			assert.Contains(t, errOut, tt.stderr)
			if tt.code == 1 {
				assert.Equal(t, 1, strings.Count(errOut, "\n"), "one line: %q", errOut)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	code, out, _ := runCLI(t, "", "help")
	assert.Equal(t, 0, code)
	for _, c := range commands {
		assert.Contains(t, out, c.name)
	}
	code, usage, _ := runCLI(t, "", "parse", "-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, usage, "usage: newsbrief parse [-format json|text|markdown|html|jsonld] [-evidence=false] [-standalone] [-input-format auto|text|markdown|html|json] [FILE|-]")
	assert.Contains(t, usage, "-input-format format")
	assert.Contains(t, usage, "-in string\n    \tdeprecated: use -input-format")

	var errOut string

	code, out, errOut = runCLI(t, "")
	assert.Equal(t, 2, code)
	assert.Empty(t, out, "no command is a wrong command line: usage goes to stderr")
	assert.Contains(t, errOut, "Usage:")
}

func TestFlagsAfterArguments(t *testing.T) {
	page := filepath.Join("sample", "article.html")
	code, out, errOut := runCLI(t, "", "brief", page, "-format", "markdown", "-insights", "1")
	require.Equal(t, 0, code, errOut)
	assert.True(t, strings.HasPrefix(out, "# Ostra to build"), out)
	assert.Equal(t, 1, strings.Count(strings.SplitN(strings.SplitN(out, "## Key insights", 2)[1], "\n## ", 2)[0], "\n- "))

	code, _, errOut = runCLI(t, "", "brief", "-format", "text", "--", "-format")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "open -format", "after -- everything is an argument")

	var size byteSize
	for _, s := range []string{"4MiB", "512KiB", "1000", "3GiB"} {
		require.NoError(t, size.Set(s))
		assert.Equal(t, s, size.String())
	}
}

func TestExtract(t *testing.T) {
	page := filepath.Join("..", "..", "extract", "testdata", "news.html")
	code, out, errOut := runCLI(t, "", "extract", "-url", "https://riverside-post.example/news/tram-airport", page)
	require.Equal(t, 0, code, errOut)
	var a struct {
		Title   string   `json:"title"`
		Authors []string `json:"authors"`
		Text    string   `json:"text"`
		Links   []struct {
			URL string `json:"url"`
		} `json:"links"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &a))
	assert.Equal(t, "Tram line to the airport approved", a.Title)
	assert.Equal(t, []string{"Mira Holt", "Jonas Berg"}, a.Authors)
	assert.Contains(t, a.Text, "seven stops")
	require.NotEmpty(t, a.Links)
	assert.Equal(t, "https://riverside-post.example/docs/plan.pdf", a.Links[0].URL)

	code, md, _ := runCLI(t, "", "extract", "-format", "markdown", page)
	require.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(md, "# Tram line to the airport approved\n\n*By Mira Holt, Jonas Berg · The Riverside Post · 2026-11-20*\n\n"))
	assert.Contains(t, md, "\n> “This is the most important transport decision in a generation,”")

	code, text, _ := runCLI(t, "<html><body><article><p>"+strings.Repeat("Stdin works too. ", 10)+"</p></article></body></html>", "extract", "-format", "text")
	require.Equal(t, 0, code)
	assert.Contains(t, text, "Stdin works too.")

	code, _, errOut = runCLI(t, "", "extract", filepath.Join("..", "..", "extract", "testdata", "home.html"))
	assert.Equal(t, 1, code)
	assert.Equal(t, "newsbrief extract: extract: no article found\n", errOut)

	code, _, errOut = runCLI(t, "", "extract", "-format", "pdf")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "-format pdf")
}

func TestBriefFromURLs(t *testing.T) {
	article, err := os.ReadFile(filepath.Join("sample", "article.html"))
	require.NoError(t, err)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(article)
	}))
	defer srv.Close()

	code, _, errOut := runCLI(t, "", "brief", srv.URL+"/news/solar")
	assert.Equal(t, 1, code, "the default refuses loopback addresses")
	assert.Contains(t, errOut, "blocked")

	code, out, errOut := runCLI(t, "", "brief", "-allow-private", "-format", "json", srv.URL+"/news/solar?utm_source=feed")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `"headline": "Ostra to build region's largest floating solar farm"`)
	assert.Contains(t, out, `"url": "`+srv.URL+`/news/solar"`, "tracking parameters are dropped from the source URL")
	assert.Contains(t, out, `"outlet": "Valley Courier"`)
}

func TestWriteFlags(t *testing.T) {
	code, _, errOut := runCLI(t, "", "demo", "-standalone")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "-standalone needs -format html")
}

func TestBlockedErrorNamesTheFlag(t *testing.T) {
	for _, lib := range []error{
		fmt.Errorf("%w: 127.0.0.1", source.ErrBlockedAddress),
		fmt.Errorf("%w: 127.0.0.1 (use -allow-private / source.WithAllowPrivate to fetch private addresses)", source.ErrBlockedAddress),
	} {
		err := blockedError{lib}
		assert.Equal(t, "source: blocked address: 127.0.0.1; use -allow-private to fetch private addresses", err.Error())
		assert.ErrorIs(t, err, source.ErrBlockedAddress)
	}
}
