package main

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/server"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMux(t *testing.T) {
	nb := server.New(options("no-widget-here", slog.New(slog.DiscardHandler))...)
	srv := httptest.NewServer(newMux(nb))
	defer srv.Close()
	tests := []struct {
		method, path, ctype, body string
		status                    int
		has                       string
	}{
		{"GET", "/", "", "", http.StatusOK, "My news site"},
		{"GET", "/newsbrief/healthz", "", "", http.StatusOK, `{"status":"ok"}`},
		{"GET", "/newsbrief/", "", "", http.StatusOK, `src="demo.js"`},
		{"POST", "/newsbrief/v1/briefs", "text/plain", "Harbour Bridge Reopens\n\nThe harbour bridge reopened on Monday after eight months of repairs that cost €12 million.", http.StatusOK, `"headline": "Harbour Bridge Reopens"`},
		{"POST", "/newsbrief/v1/briefs", "application/json", "{", http.StatusBadRequest, `"type":"https://pkg.go.dev/github.com/newsbrief/newsbrief/server#ErrMalformedRequest"`},
		{"GET", "/newsbrief/widget/news-brief.js", "", "", http.StatusNotFound, "go run ./wasm/build"},
		{"GET", "/other", "", "", http.StatusNotFound, ""},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, srv.URL+tt.path, strings.NewReader(tt.body))
			require.NoError(t, err)
			if tt.ctype != "" {
				req.Header.Set("Content-Type", tt.ctype)
			}
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			data, _ := io.ReadAll(resp.Body)
			assert.Equal(t, tt.status, resp.StatusCode, string(data))
			assert.Contains(t, string(data), tt.has)
		})
	}
}
