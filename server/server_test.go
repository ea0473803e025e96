package server

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// articleURL is the address of testdata/article.html.
const articleURL = "https://port-gazette.example/news/harbour-bridge-reopens"

// articleHeadline is its headline.
const articleHeadline = "Harbour bridge reopens after eight months of repairs"

// articleText is an article in plain text.
const articleText = "Harbour Bridge Reopens\n\nThe harbour bridge reopened on Monday after eight months of repairs that cost €12 million. " +
	"Engineers said heavy trucks could wear the new deck faster than planned."

func articleHTML(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile("testdata/article.html")
	require.NoError(t, err)
	return string(data)
}

// jsonString quotes s as a JSON string.
func jsonString(s string) string {
	data, _ := json.Marshal(s)
	return string(data)
}

// request is a request to send in a test.
type request struct {
	method, target, contentType, body string
	header                            map[string]string
}

// serve sends req to h in process and returns the response.
func serve(t testing.TB, h http.Handler, req request) *http.Response {
	t.Helper()
	if req.method == "" {
		req.method = http.MethodPost
	}
	r := httptest.NewRequest(req.method, req.target, strings.NewReader(req.body))
	if req.contentType != "" {
		r.Header.Set("Content-Type", req.contentType)
	}
	for k, v := range req.header {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w.Result()
}

// body reads a response's body.
func body(t testing.TB, resp *http.Response) string {
	t.Helper()
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return string(data)
}

// problemOf checks that resp is a problem of type want and returns it.
func problemOf(t testing.TB, resp *http.Response, want *ProblemType) *Problem {
	t.Helper()
	text := body(t, resp)
	require.Equal(t, want.Status, resp.StatusCode, text)
	assert.Equal(t, "application/problem+json", resp.Header.Get("Content-Type"))
	var p Problem
	require.NoError(t, json.Unmarshal([]byte(text), &p), text)
	assert.Equal(t, want.URI(), p.Type)
	assert.Equal(t, want.Title, p.Title)
	assert.Equal(t, want.Status, p.Status)
	assert.ErrorIs(t, &p, want)
	return &p
}

// briefJSON is the part of a brief the tests look at.
type briefJSON struct {
	Version     int    `json:"version"`
	Headline    string `json:"headline"`
	KeyInsights []struct {
		Text string `json:"text"`
	} `json:"keyInsights"`
	Sources []struct {
		Outlet string `json:"outlet"`
		URL    string `json:"url"`
	} `json:"sources"`
}

func decodeBrief(t testing.TB, text string) briefJSON {
	t.Helper()
	var b briefJSON
	require.NoError(t, json.Unmarshal([]byte(text), &b), text)
	require.Equal(t, 1, b.Version, text)
	return b
}

func TestHealthz(t *testing.T) {
	s := New()
	for _, method := range []string{http.MethodGet, http.MethodHead} {
		resp := serve(t, s, request{method: method, target: "/healthz"})
		assert.Equal(t, http.StatusOK, resp.StatusCode)
		assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
		if method == http.MethodGet {
			assert.JSONEq(t, `{"status":"ok"}`, body(t, resp))
		}
	}
}

func TestRoutesAnswerProblems(t *testing.T) {
	s := New()
	tests := []struct {
		name  string
		req   request
		want  *ProblemType
		allow string
	}{
		{"unknown path", request{method: http.MethodGet, target: "/nope"}, ErrNotFound, ""},
		{"unknown API path", request{target: "/v1/briefs/x"}, ErrNotFound, ""},
		{"GET a POST route", request{method: http.MethodGet, target: "/v1/briefs"}, ErrMethodNotAllowed, "POST"},
		{"DELETE render", request{method: http.MethodDelete, target: "/v1/render"}, ErrMethodNotAllowed, "POST"},
		{"POST healthz", request{target: "/healthz"}, ErrMethodNotAllowed, "GET, HEAD"},
		{"POST the demo", request{target: "/"}, ErrMethodNotAllowed, "GET, HEAD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := serve(t, s, tt.req)
			p := problemOf(t, resp, tt.want)
			assert.Equal(t, tt.allow, resp.Header.Get("Allow"))
			assert.Equal(t, tt.req.target, p.Instance)
		})
	}
}

func TestMountedUnderAPrefix(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/newsbrief/", http.StripPrefix("/newsbrief", New()))
	resp := serve(t, mux, request{target: "/newsbrief/v1/briefs", contentType: "text/plain", body: articleText})
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "Harbour Bridge Reopens", decodeBrief(t, body(t, resp)).Headline)

	resp = serve(t, mux, request{method: http.MethodGet, target: "/newsbrief/"})
	require.Equal(t, http.StatusOK, resp.StatusCode)
	page := body(t, resp)
	assert.Contains(t, page, `src="demo.js"`, "the demo page's URLs are relative")
	assert.NotContains(t, page, `"/v1`)
}
