package server

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// syncBuffer is a bytes.Buffer safe for concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) lines() []map[string]any {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []map[string]any
	for line := range strings.Lines(b.b.String()) {
		var m map[string]any
		if json.Unmarshal([]byte(line), &m) == nil {
			out = append(out, m)
		}
	}
	return out
}

func TestRequestLog(t *testing.T) {
	var buf syncBuffer
	s := New(WithLogger(slog.New(slog.NewJSONHandler(&buf, nil))))
	serve(t, s, request{method: http.MethodGet, target: "/healthz"})
	serve(t, s, request{target: "/v1/briefs", body: "{"})
	serve(t, s, request{target: "/v1/briefs", contentType: "text/plain", body: articleText})

	lines := buf.lines()
	require.Len(t, lines, 3, "one line per request")
	want := []struct {
		method, path string
		status       float64
		problem      any
	}{
		{"GET", "/healthz", 200, nil},
		{"POST", "/v1/briefs", 400, "ErrMalformedRequest"},
		{"POST", "/v1/briefs", 200, nil},
	}
	for i, w := range want {
		l := lines[i]
		assert.Equal(t, "request", l["msg"])
		assert.Equal(t, w.method, l["method"])
		assert.Equal(t, w.path, l["path"])
		assert.Equal(t, w.status, l["status"])
		assert.Equal(t, w.problem, l["problem"])
		assert.Greater(t, l["bytes"], 0.0)
		assert.Contains(t, l, "duration")
		assert.Contains(t, l, "remote")
	}
}

func TestPanicIsA500(t *testing.T) {
	var buf syncBuffer
	s := New(WithLogger(slog.New(slog.NewJSONHandler(&buf, nil))))
	h := s.logged(s.recovered(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { panic("boom") })))
	p := problemOf(t, serve(t, h, request{target: "/x"}), ErrInternal)
	assert.NotContains(t, p.Detail, "boom")
	lines := buf.lines()
	require.Len(t, lines, 2)
	assert.Equal(t, "panic", lines[0]["msg"])
	assert.Equal(t, "boom", lines[0]["panic"])
	assert.Equal(t, 500.0, lines[1]["status"])
}
