package server

import (
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// briefOf builds the brief JSON of the test article.
func briefOf(t *testing.T, s *Server) string {
	t.Helper()
	resp := serve(t, s, request{target: "/v1/briefs?url=" + articleURL, contentType: "text/html", body: articleHTML(t)})
	text := body(t, resp)
	require.Equal(t, http.StatusOK, resp.StatusCode, text)
	return text
}

func TestRender(t *testing.T) {
	s := New()
	js := briefOf(t, s)
	tests := []struct {
		name, target, accept, ctype, prefix string
	}{
		{"HTML by default", "/v1/render", "", "text/html; charset=utf-8", `<article class="nb-brief"`},
		{"Accept: text/html", "/v1/render", "text/html", "text/html; charset=utf-8", `<article class="nb-brief"`},
		{"a browser's Accept", "/v1/render", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html; charset=utf-8", `<article`},
		{"element", "/v1/render?theme=auto", "text/html", "text/html; charset=utf-8", `<news-brief theme="auto">`},
		{"JSON", "/v1/render", "application/json", "application/json", "{"},
		{"text", "/v1/render?format=text", "", "text/plain; charset=utf-8", articleHeadline},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := serve(t, s, request{target: tt.target, contentType: "application/json", body: js, header: map[string]string{"Accept": tt.accept}})
			text := body(t, resp)
			require.Equal(t, http.StatusOK, resp.StatusCode, text)
			assert.Equal(t, tt.ctype, resp.Header.Get("Content-Type"))
			assert.True(t, strings.HasPrefix(text, tt.prefix), text[:min(200, len(text))])
		})
	}
}

func TestRenderProblems(t *testing.T) {
	tests := []struct {
		name string
		req  request
		want *ProblemType
	}{
		{"not JSON", request{contentType: "text/markdown", body: briefMarkdown}, ErrUnsupportedMediaType},
		{"malformed", request{body: `{"version": 1, "headline": "a"`}, ErrUnreadableBrief},
		{"a Markdown body sent as JSON", request{body: briefMarkdown}, ErrUnreadableBrief},
		{"unknown version", request{body: `{"version": 2, "headline": "a"}`}, ErrUnreadableBrief},
		{"empty", request{body: ""}, ErrUnreadableBrief},
	}
	s := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.req.target = "/v1/render"
			problemOf(t, serve(t, s, tt.req), tt.want)
		})
	}
}
