package server

import (
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// briefMarkdown is a brief written in Markdown.
const briefMarkdown = "# Harbour Bridge Reopens After Repairs\n\n## Key insights\n\n- The bridge reopened on Monday after eight months of repairs.\n\n" +
	"## Risks\n\n- Heavy trucks could wear the new deck faster than planned.\n"

// briefText is the same brief in the plain-text layout.
const briefText = "Harbour Bridge Reopens After Repairs\nKey insights\n- The bridge reopened on Monday after eight months of repairs.\n" +
	"Potential risks and opportunities\nRisks\n- Heavy trucks could wear the new deck faster than planned.\n"

func TestParse(t *testing.T) {
	tests := []struct {
		name  string
		req   request
		ctype string
		has   string
	}{
		{"Markdown, detected", request{contentType: "text/plain", body: briefMarkdown}, "application/json", `"headline": "Harbour Bridge Reopens After Repairs"`},
		{"text, detected", request{body: briefText}, "application/json", `"text": "Heavy trucks could wear the new deck faster than planned."`},
		{"Markdown by Content-Type", request{contentType: "text/markdown", body: briefMarkdown}, "application/json", `"risks": [`},
		{"?in=text", request{target: "/v1/parse?in=text", body: briefText}, "application/json", `"keyInsights": [`},
		{"to HTML", request{body: briefMarkdown, header: map[string]string{"Accept": "text/html"}}, "text/html; charset=utf-8", `<article`},
		{"to Markdown", request{target: "/v1/parse?format=md", body: briefText}, "text/markdown; charset=utf-8", "# Harbour Bridge Reopens After Repairs"},
	}
	s := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.req.target == "" {
				tt.req.target = "/v1/parse"
			}
			resp := serve(t, s, tt.req)
			text := body(t, resp)
			require.Equal(t, http.StatusOK, resp.StatusCode, text)
			assert.Equal(t, tt.ctype, resp.Header.Get("Content-Type"))
			assert.Contains(t, text, tt.has)
		})
	}
}

func TestParseProblems(t *testing.T) {
	tests := []struct {
		name string
		req  request
		want *ProblemType
	}{
		{"empty", request{body: "  \n "}, ErrUnreadableBrief},
		{"binary", request{body: "\x00\x00\x00\x01\x02"}, ErrUnreadableBrief},
		{"malformed JSON", request{contentType: "application/json", body: `{"version": 1, "headline": `}, ErrUnreadableBrief},
		{"unknown version", request{body: `{"version": 9, "headline": "x"}`}, ErrUnreadableBrief},
		{"unknown ?in=", request{target: "/v1/parse?in=pdf", body: briefText}, ErrMalformedRequest},
		{"?in=jsonld", request{target: "/v1/parse?in=jsonld", body: briefText}, ErrMalformedRequest},
		{"too large", request{body: strings.Repeat("a", 2<<10)}, ErrTooLarge},
	}
	s := New(WithMaxBody(1 << 10))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.req.target == "" {
				tt.req.target = "/v1/parse"
			}
			problemOf(t, serve(t, s, tt.req), tt.want)
		})
	}
}
