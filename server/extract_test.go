package server

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/newsbrief/newsbrief/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExtract(t *testing.T) {
	html := articleHTML(t)
	tests := []struct {
		name  string
		req   request
		title string
		url   string
	}{
		{"JSON with HTML and URL", request{body: `{"html": ` + jsonString(html) + `, "url": "` + articleURL + `"}`}, articleHeadline, articleURL},
		{"raw HTML with ?url=", request{target: "/v1/extract?url=" + articleURL, contentType: "text/html", body: html}, articleHeadline, articleURL},
		{"JSON text", request{body: `{"text": ` + jsonString(articleText) + `}`}, "Harbour Bridge Reopens", ""},
	}
	s := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.req.target == "" {
				tt.req.target = "/v1/extract"
			}
			resp := serve(t, s, tt.req)
			text := body(t, resp)
			require.Equal(t, http.StatusOK, resp.StatusCode, text)
			assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
			var a extract.Article
			require.NoError(t, json.Unmarshal([]byte(text), &a))
			assert.Equal(t, tt.title, a.Title)
			assert.Equal(t, tt.url, a.URL)
			assert.NotEmpty(t, a.Blocks)
		})
	}
}

func TestExtractProblems(t *testing.T) {
	tests := []struct {
		name string
		req  request
		want *ProblemType
	}{
		{"malformed JSON", request{body: `{"html": `}, ErrMalformedRequest},
		{"an array", request{body: `[{"html": "<p>a</p>"}]`}, ErrMalformedRequest},
		{"both", request{body: `{"html": "<p>a</p>", "text": "a"}`}, ErrMalformedRequest},
		{"nothing", request{body: `{}`}, ErrMalformedRequest},
		{"no article", request{body: `{"html": "<html><body><nav>Home</nav></body></html>"}`}, ErrNoArticle},
		{"binary", request{contentType: "text/html", body: "\x00\x01\x02\x03\x00\x00binary\x00"}, ErrNoArticle},
		{"media type", request{contentType: "application/pdf", body: "%PDF-1.7"}, ErrUnsupportedMediaType},
		{"refused URL", request{body: `{"url": "file:///etc/passwd"}`}, ErrRefusedURL},
	}
	s := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.req.target = "/v1/extract"
			problemOf(t, serve(t, s, tt.req), tt.want)
		})
	}
}

func TestWrongShapeSaysTheRightOne(t *testing.T) {
	s := New()
	tests := []struct {
		target, body, shape string
	}{
		{"/v1/extract", `{"articles": [{"url": "https://example.com/a"}]}`, `{"url": "…"} or {"html": "…", "url": "…"} or {"text": "…"}`},
		{"/v1/extract", `{"html": 3}`, `{"url": "…"} or {"html": "…", "url": "…"} or {"text": "…"}`},
		{"/v1/briefs", `{"html": "<p>a</p>"}`, `{"articles": [`},
		{"/v1/briefs", `{"articles": {"text": "a"}}`, `{"articles": [`},
	}
	for _, tt := range tests {
		t.Run(tt.target+" "+tt.body, func(t *testing.T) {
			p := problemOf(t, serve(t, s, request{target: tt.target, body: tt.body}), ErrMalformedRequest)
			assert.Contains(t, p.Detail, tt.shape)
		})
	}
}
