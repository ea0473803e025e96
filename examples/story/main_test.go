package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStory(t *testing.T) {
	var articles []article
	for _, a := range story {
		articles = append(articles, article{filepath.Join("articles", filepath.Base(a.file)), a.outlet})
	}
	var out strings.Builder
	require.NoError(t, run(context.Background(), &out, articles))
	md := out.String()
	assert.True(t, strings.HasPrefix(md, "# Council approves tram line to the airport\n"), md)
	original := md[strings.Index(md, "## Originally reported by"):]
	assert.Contains(t, original, "Outlet: The Riverside Post", "the report the others credit is the original")
	// Every outlet is a source; "What others are reporting" lists only those
	// that add something the brief does not already show.
	require.Contains(t, md, "## Sources")
	sources := md[strings.Index(md, "## Sources"):]
	assert.Contains(t, sources, "Metro Wire")
	assert.Contains(t, sources, "<https://metro-wire.example/transport/riverside-tram>")
	assert.Contains(t, sources, "City Ledger", "the text article's outlet comes from the caller")
	for _, source := range []string{"[1]", "[2]", "[3]"} {
		assert.Contains(t, md, source, "every article is cited")
	}

	err := run(context.Background(), &out, []article{{file: "no-such.html"}})
	assert.ErrorContains(t, err, "no-such.html")
}
