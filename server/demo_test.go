package server

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDemo(t *testing.T) {
	s := New()
	resp := serve(t, s, request{method: http.MethodGet, target: "/"})
	page := body(t, resp)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "text/html; charset=utf-8", resp.Header.Get("Content-Type"))
	assert.Equal(t, demoCSP, resp.Header.Get("Content-Security-Policy"))
	assert.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))
	assert.Contains(t, page, `<script type="module" src="demo.js"></script>`)
	assert.Contains(t, page, `<textarea id="nb-input"`)
	assert.NotContains(t, page, "<script>", "no inline script: the CSP forbids it")

	resp = serve(t, s, request{method: http.MethodGet, target: "/demo.js"})
	script := body(t, resp)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "text/javascript; charset=utf-8", resp.Header.Get("Content-Type"))
	assert.Equal(t, "no-cache", resp.Header.Get("Cache-Control"))
	for _, want := range []string{`import('./widget/news-brief.js')`, `post('v1/briefs'`, `post('v1/render'`, `textContent = json`} {
		assert.Contains(t, script, want)
	}
	assert.NotContains(t, script, `'/v1`, "relative URLs only")

	tag := resp.Header.Get("ETag")
	resp = serve(t, s, request{method: http.MethodGet, target: "/demo.js", header: map[string]string{"If-None-Match": tag}})
	assert.Equal(t, http.StatusNotModified, resp.StatusCode)
}
