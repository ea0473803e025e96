package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBinaryEvidenceFlag(t *testing.T) {
	for _, format := range []string{"text", "markdown", "json"} {
		with := runBinary(t, nil, "demo", "-format", format)
		require.Equal(t, 0, with.code, with.stderr)
		without := runBinary(t, nil, "demo", "-format", format, "-evidence=false")
		require.Equal(t, 0, without.code, without.stderr)
		evidence := map[string]string{"text": "↳", "markdown": "↳", "json": `"evidence"`}[format]
		assert.Contains(t, with.stdout, evidence, format)
		assert.NotContains(t, without.stdout, evidence, "%s: -evidence=false drops evidence", format)
		assert.Contains(t, without.stdout, "Ostra Energy will build a 240-megawatt floating solar farm", format)
	}
}

func TestBinaryStandaloneFlag(t *testing.T) {
	fragment := runBinary(t, nil, "demo", "-format", "html")
	require.Equal(t, 0, fragment.code, fragment.stderr)
	assert.False(t, strings.HasPrefix(fragment.stdout, "<!DOCTYPE html>"), "without -standalone: a fragment")

	page := runBinary(t, nil, "demo", "-format", "html", "-standalone")
	require.Equal(t, 0, page.code, page.stderr)
	assert.True(t, strings.HasPrefix(page.stdout, "<!DOCTYPE html>"), page.stdout)
	for _, want := range []string{"<title>Ostra to build region&#39;s largest floating solar farm</title>", "<style>", "<news-brief", "</html>"} {
		assert.Contains(t, page.stdout, want)
	}
	assert.NotContains(t, page.stdout, "<script", "self-contained: no script")

	json := runBinary(t, nil, "demo", "-format", "json")
	require.Equal(t, 0, json.code)
	rendered := runBinary(t, strings.NewReader(json.stdout), "render", "-standalone")
	require.Equal(t, 0, rendered.code, rendered.stderr)
	assert.Equal(t, page.stdout, rendered.stdout, "render -standalone writes the same page")

	bad := runBinary(t, nil, "demo", "-format", "text", "-standalone")
	assert.Equal(t, 2, bad.code)
	assert.Contains(t, bad.stderr, "-standalone needs -format html")
}
