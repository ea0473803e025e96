package server

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBriefs(t *testing.T) {
	html := articleHTML(t)
	htmlArticle := `{"html": ` + jsonString(html) + `, "url": "` + articleURL + `"}`
	textArticle := `{"text": ` + jsonString(articleText) + `}`
	tests := []struct {
		name     string
		req      request
		headline string
		sources  int
		insights int
	}{
		{"HTML and URL", request{body: `{"articles": [` + htmlArticle + `]}`}, articleHeadline, 1, 3},
		{"text", request{body: `{"articles": [` + textArticle + `]}`}, "Harbour Bridge Reopens", 1, 2},
		{"raw HTML with ?url=", request{target: "/v1/briefs?url=" + articleURL, contentType: "text/html; charset=utf-8", body: html}, articleHeadline, 1, 3},
		{"raw text", request{contentType: "text/plain", body: articleText}, "Harbour Bridge Reopens", 1, 2},
		{"two articles", request{contentType: "application/json", body: `{"articles": [` + htmlArticle + `, ` + textArticle + `]}`}, articleHeadline, 2, 3},
		{"maxPoints", request{body: `{"articles": [` + htmlArticle + `], "options": {"maxPoints": 1, "order": "importance"}}`}, articleHeadline, 1, 1},
		{"raw with options in the query", request{target: "/v1/briefs?maxPoints=2&order=source", contentType: "text/html", body: html}, articleHeadline, 1, 2},
		{"title and outlet given", request{body: `{"articles": [{"text": ` + jsonString(articleText) + `, "title": "Bridge open", "outlet": "Harbour Radio"}]}`}, "Bridge open", 1, 2},
	}
	s := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.req.target == "" {
				tt.req.target = "/v1/briefs"
			}
			resp := serve(t, s, tt.req)
			text := body(t, resp)
			require.Equal(t, http.StatusOK, resp.StatusCode, text)
			assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
			assert.Equal(t, "no-store", resp.Header.Get("Cache-Control"))
			b := decodeBrief(t, text)
			assert.Equal(t, tt.headline, b.Headline)
			assert.Len(t, b.Sources, tt.sources)
			assert.Len(t, b.KeyInsights, tt.insights)
		})
	}
}

func TestBriefsFormats(t *testing.T) {
	req := `{"articles": [{"html": ` + jsonString(articleHTML(t)) + `, "url": "` + articleURL + `"}]}`
	tests := []struct {
		name, target, accept, contentType, prefix string
	}{
		{"default", "/v1/briefs", "", "application/json", "{"},
		{"any", "/v1/briefs", "*/*", "application/json", "{"},
		{"Accept HTML", "/v1/briefs", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", "text/html; charset=utf-8", "<article"},
		{"Accept Markdown", "/v1/briefs", "text/markdown", "text/markdown; charset=utf-8", "# " + articleHeadline},
		{"Accept text", "/v1/briefs", "text/plain", "text/plain; charset=utf-8", articleHeadline + "\n"},
		{"Accept JSON-LD", "/v1/briefs", "application/ld+json", "application/ld+json", "{"},
		{"nothing acceptable", "/v1/briefs", "image/png", "application/json", "{"},
		{"?format= beats Accept", "/v1/briefs?format=markdown", "text/html", "text/markdown; charset=utf-8", "# "},
		{"?theme= makes an element", "/v1/briefs?format=html&theme=dark", "", "text/html; charset=utf-8", `<news-brief theme="dark"><template shadowrootmode="open">`},
	}
	s := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := serve(t, s, request{target: tt.target, body: req, header: map[string]string{"Accept": tt.accept}})
			text := body(t, resp)
			require.Equal(t, http.StatusOK, resp.StatusCode, text)
			assert.Equal(t, tt.contentType, resp.Header.Get("Content-Type"))
			assert.True(t, strings.HasPrefix(text, tt.prefix), text[:min(len(text), 200)])
			assert.Equal(t, "Accept", resp.Header.Get("Vary"))
			if strings.HasPrefix(tt.contentType, "text/html") {
				assert.Equal(t, htmlCSP, resp.Header.Get("Content-Security-Policy"))
			}
		})
	}
}

func TestBriefsProblems(t *testing.T) {
	text := `{"text": ` + jsonString(articleText) + `}`
	tests := []struct {
		name   string
		req    request
		want   *ProblemType
		detail string
	}{
		{"malformed JSON", request{body: `{"articles": [{"text": "a"`}, ErrMalformedRequest, "ends too soon"},
		{"JSON syntax", request{body: `{"articles": [{"text": 'a'}]}`}, ErrMalformedRequest, "invalid JSON at byte 24"},
		{"not JSON at all", request{body: `<html>`, contentType: "application/json"}, ErrMalformedRequest, "invalid JSON at byte 1"},
		{"trailing data", request{body: `{"articles": [` + text + `]} {}`}, ErrMalformedRequest, "data after the JSON value"},
		{"unknown field", request{body: `{"articles": [{"txt": "a"}]}`}, ErrMalformedRequest, `unknown field "txt"`},
		{"wrong type", request{body: `{"articles": "a"}`}, ErrMalformedRequest, "articles at byte 16"},
		{"empty body", request{body: ""}, ErrMalformedRequest, "empty"},
		{"no articles", request{body: `{"articles": []}`}, ErrMalformedRequest, `"articles" is empty`},
		{"html and text", request{body: `{"articles": [{"html": "<p>a</p>", "text": "a"}]}`}, ErrMalformedRequest, "articles[0]: give \"html\" or \"text\", not both"},
		{"nothing to read", request{body: `{"articles": [{"title": "a"}]}`}, ErrMalformedRequest, `needs "url", "html" or "text"`},
		{"too many articles", request{body: `{"articles": [` + strings.Repeat(text+",", 10) + text + `]}`}, ErrMalformedRequest, "11 articles, more than 10"},
		{"maxPoints too large", request{body: `{"articles": [` + text + `], "options": {"maxPoints": 99}}`}, ErrMalformedRequest, "options.maxPoints 99"},
		{"unknown order", request{body: `{"articles": [` + text + `], "options": {"order": "random"}}`}, ErrMalformedRequest, `options.order "random"`},
		{"bad maxPoints in the query", request{target: "/v1/briefs?maxPoints=x", contentType: "text/plain", body: articleText}, ErrMalformedRequest, "maxPoints"},
		{"unknown format", request{target: "/v1/briefs?format=pdf", body: `{"articles": [` + text + `]}`}, ErrMalformedRequest, `format "pdf"`},
		{"unknown theme", request{target: "/v1/briefs?format=html&theme=neon", body: `{"articles": [` + text + `]}`}, ErrMalformedRequest, `theme "neon"`},
		{"media type", request{contentType: "image/png", body: "\x89PNG"}, ErrUnsupportedMediaType, "image/png"},
		{"form", request{contentType: "application/x-www-form-urlencoded", body: "a=b"}, ErrUnsupportedMediaType, "application/x-www-form-urlencoded"},
		{"empty raw body", request{contentType: "text/html", body: ""}, ErrMalformedRequest, "empty"},
		{"no article in the page", request{body: `{"articles": [{"html": "<html><body><nav><a href=/>Home</a></nav></body></html>"}]}`}, ErrNoArticle, "no article found"},
		{"blank text", request{body: `{"articles": [{"text": "   \n  "}]}`}, ErrNoArticle, ""},
		{"second article fails", request{body: `{"articles": [` + text + `, {"html": "<p>menu</p>"}]}`}, ErrNoArticle, "articles[1]: "},
	}
	s := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.req.target == "" {
				tt.req.target = "/v1/briefs"
			}
			p := problemOf(t, serve(t, s, tt.req), tt.want)
			assert.Contains(t, p.Detail, tt.detail)
			assert.Equal(t, "/v1/briefs", p.Instance)
		})
	}
}

func TestBriefsEscapeUntrustedText(t *testing.T) {
	evil := `<img src=x onerror=alert(1)> Officials said the <script>alert("x")</script> bridge reopened on Monday after repairs that cost €12 million. ` +
		`Engineers warned that heavy trucks could wear the new deck faster than planned.`
	s := New()
	resp := serve(t, s, request{target: "/v1/briefs?format=html", body: fmt.Sprintf(`{"articles": [{"text": %s}]}`, jsonString(evil))})
	html := body(t, resp)
	require.Equal(t, http.StatusOK, resp.StatusCode, html)
	assert.NotContains(t, html, "<script>")
	assert.NotContains(t, html, "<img")
	assert.Contains(t, html, "&lt;script&gt;")

	resp = serve(t, s, request{target: "/v1/briefs?format=%3Cscript%3E", contentType: "text/plain", body: articleText})
	text := body(t, resp)
	require.Equal(t, http.StatusBadRequest, resp.StatusCode, text)
	assert.Contains(t, text, `format \"\u003cscript\u003e\"`, "problem details escape HTML")
}
