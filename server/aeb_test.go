package server

import (
	"encoding/json"
	"net/http"
	"path/filepath"
	"testing"

	"github.com/newsbrief/newsbrief/internal/aeb"
	"github.com/newsbrief/newsbrief/internal/sharedtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBriefsOfBenchmarkPages posts every tenth page of the article
// extraction benchmark, as the load benchmark does (bench/cmd/loadbench).
func TestBriefsOfBenchmarkPages(t *testing.T) {
	dir := sharedtest.Path(t, "data", "aeb") // skips without ../shared
	pages, err := aeb.Load(dir)
	require.NoError(t, err)
	require.NotEmpty(t, pages)
	s := New()
	for i := 0; i < len(pages); i += 10 {
		p := pages[i]
		t.Run(p.ID[:8], func(t *testing.T) {
			html, err := p.HTML()
			require.NoError(t, err)
			req, err := json.Marshal(BriefRequest{Articles: []Article{{HTML: string(html), URL: p.URL}}})
			require.NoError(t, err)
			resp := serve(t, s, request{target: "/v1/briefs", body: string(req)})
			text := body(t, resp)
			require.Equal(t, http.StatusOK, resp.StatusCode, "%s: %s", filepath.Base(p.Path), text)
			assert.NotEmpty(t, decodeBrief(t, text).KeyInsights)
		})
	}
}
