package pagebrief

import (
	"context"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
	"github.com/newsbrief/newsbrief/extract"
)

func TestDocument(t *testing.T) {
	a := &extract.Article{URL: "https://www.prnewswire.com/news-releases/a.html?utm_source=x#top", Title: "Acme ships", Text: "Acme ships."}
	d := Document(a, "", "", brief.Date{})
	assert.Equal(t, "https://www.prnewswire.com/news-releases/a.html", d.URL)
	assert.Equal(t, "PR Newswire", d.Outlet)
	assert.Equal(t, "prnewswire.com", d.Domain)
	assert.True(t, d.PressRelease)
	assert.Equal(t, "Acme ships", d.Title)

	d = Document(&extract.Article{URL: "https://riverside-post.example/news/tram", Outlet: "The Riverside Post", Title: "Trams"},
		"Trams return", "Riverside Post", brief.UnixDate(1767225600, 0, 0))
	assert.Equal(t, "Trams return", d.Title)
	assert.Equal(t, "Riverside Post", d.Outlet)
	assert.Equal(t, "riverside-post.example", d.Domain)
	assert.False(t, d.PressRelease)
	assert.Equal(t, brief.UnixDate(1767225600, 0, 0), d.Published)

	d = Document(&extract.Article{Title: "No address"}, "", "", brief.Date{})
	assert.Empty(t, d.URL)
	assert.Empty(t, d.Domain)
	assert.False(t, d.PressRelease)
}

func TestFromHTMLErrors(t *testing.T) {
	_, err := FromHTML(context.Background(), strings.NewReader(""), nil, nil)
	require.Error(t, err)
	assert.ErrorIs(t, err, extract.ErrEmpty)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	page := "<html><head><title>Trams return</title></head><body><article><p>" +
		strings.Repeat("The city's trams return to the river line on Monday after two years of repairs. ", 8) +
		"</p></article></body></html>"
	_, err = FromHTML(ctx, strings.NewReader(page), []extract.Option{extract.WithURL("https://riverside-post.example/a")}, []compose.Option{})
	assert.ErrorIs(t, err, context.Canceled)
}

// TestNoSourcePackage keeps package source and package newsbrief, which
// import net/http for source.Fetch, out of pagebrief's dependencies and so
// out of the browser build.
func TestNoSourcePackage(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", ".")
	cmd.Env = append(cmd.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	require.NoError(t, err)
	deps := strings.Fields(string(out))
	require.Contains(t, deps, "github.com/newsbrief/newsbrief/internal/outlet", "go list -deps lists pagebrief's dependencies")
	assert.NotContains(t, deps, "github.com/newsbrief/newsbrief/source")
	assert.NotContains(t, deps, "github.com/newsbrief/newsbrief")
}
