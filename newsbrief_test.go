package newsbrief

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/compose"
	"github.com/newsbrief/newsbrief/extract"
	"github.com/newsbrief/newsbrief/source"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFromHTML(t *testing.T) {
	f, err := os.Open(filepath.Join("cmd", "newsbrief", "sample", "article.html"))
	require.NoError(t, err)
	defer f.Close()
	b, err := FromHTML(context.Background(), f, WithURL("https://valley-courier.example/news/marrow-floating-solar"), WithBuildOptions(compose.WithMaxPoints(2)))
	require.NoError(t, err)
	assert.Equal(t, "Ostra to build region's largest floating solar farm", b.Headline)
	assert.Len(t, b.KeyInsights, 2)
	assert.Equal(t, "valley-courier.example", b.Original.Domain)
	assert.Equal(t, "Valley Courier", b.Sources[0].Outlet)

	_, err = FromHTML(context.Background(), strings.NewReader("<html><body><nav>menu</nav></body></html>"))
	assert.ErrorIs(t, err, extract.ErrNoArticle)
}

func TestFromText(t *testing.T) {
	b, err := FromText(context.Background(), strings.NewReader("Harbour Bridge Reopens\n\nThe harbour bridge reopened on Monday after eight months of repairs that cost €12 million.\n\nEngineers warned that heavy trucks could wear the new deck faster than planned."))
	require.NoError(t, err)
	assert.Equal(t, "Harbour Bridge Reopens", b.Headline)
	require.NotEmpty(t, b.KeyInsights)
	assert.Equal(t, "The harbour bridge reopened on Monday after eight months of repairs that cost €12 million.", b.KeyInsights[0].Text)
}

func TestFromURL(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("cmd", "newsbrief", "sample", "article.html"))
	require.NoError(t, err)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(page)
	}))
	defer srv.Close()
	_, err = FromURL(context.Background(), srv.URL+"/a")
	assert.ErrorIs(t, err, source.ErrBlockedAddress, "private addresses are refused by default")
	b, err := FromURL(context.Background(), srv.URL+"/a?fbclid=x", WithFetchOptions(source.WithAllowPrivate(true)))
	require.NoError(t, err)
	assert.Equal(t, srv.URL+"/a", b.Sources[0].URL)
	assert.Equal(t, "Valley Courier", b.Sources[0].Outlet)
}
