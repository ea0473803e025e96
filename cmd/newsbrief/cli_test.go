package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
	assert.True(t, strings.HasPrefix(out, "Lakeside Solar Farm Will Power 90,000 Homes From 2028\nKey insights\n- Ostra Energy"))
	assert.Contains(t, out, "\nWhat others are reporting\n-\nValley Courier Read → https://valley-courier.example/marrow-solar\n")

	code, out, _ = runCLI(t, "", "demo", "-format", "json")
	require.Equal(t, 0, code)
	var b struct {
		Version int `json:"version"`
		Risks   []struct {
			Text string `json:"text"`
		} `json:"risks"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &b))
	assert.Equal(t, 1, b.Version)
	assert.Len(t, b.Risks, 2)
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

	code, forced, _ := runCLI(t, "# Title\n", "parse", "-in", "text", "-format", "markdown")
	require.Equal(t, 0, code)
	assert.Equal(t, "# \\# Title\n", forced, "-in text reads '#' as text")

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
	code, _, errOut := runCLI(t, "", "parse", "-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, errOut, "usage: newsbrief parse [-format json|text|markdown|html|jsonld] [-in auto|text|markdown|html|json] [FILE|-]")
	assert.Contains(t, errOut, "-in format")
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
