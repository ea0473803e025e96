package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// upstream is a test server for the pages articles' URLs point at.
func upstream(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// endless writes a page that never ends, until the client goes away.
func endless(delay time.Duration) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><article>"))
		chunk := []byte(strings.Repeat("<p>The bridge reopened on Monday after eight months of repairs.</p>", 64))
		for {
			select {
			case <-r.Context().Done():
				return
			case <-time.After(delay):
			}
			if _, err := w.Write(chunk); err != nil {
				return
			}
			w.(http.Flusher).Flush()
		}
	}
}

func TestBriefsFromURLs(t *testing.T) {
	html := articleHTML(t)
	page := upstream(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/story":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(html))
		case "/moved":
			http.Redirect(w, r, "/story", http.StatusMovedPermanently)
		case "/plain":
			w.Header().Set("Content-Type", "text/plain")
			w.Write([]byte(articleText))
		default:
			http.NotFound(w, r)
		}
	})
	s := New(WithAllowPrivate(true))
	tests := []struct {
		name, body, headline string
		sources              int
	}{
		{"one URL", `{"articles": [{"url": "` + page.URL + `/story"}]}`, articleHeadline, 1},
		{"a redirect", `{"articles": [{"url": "` + page.URL + `/moved"}]}`, articleHeadline, 1},
		{"plain text", `{"articles": [{"url": "` + page.URL + `/plain"}]}`, "Harbour Bridge Reopens", 1},
		{"URL and text", `{"articles": [{"url": "` + page.URL + `/story"}, {"text": ` + jsonString(articleText) + `}]}`, articleHeadline, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := serve(t, s, request{target: "/v1/briefs", body: tt.body})
			text := body(t, resp)
			require.Equal(t, http.StatusOK, resp.StatusCode, text)
			b := decodeBrief(t, text)
			assert.Equal(t, tt.headline, b.Headline)
			assert.Len(t, b.Sources, tt.sources)
		})
	}
}

func TestFetchProblems(t *testing.T) {
	var secret atomic.Int32
	inside := upstream(t, func(w http.ResponseWriter, r *http.Request) {
		secret.Add(1)
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<p>internal</p>"))
	})
	page := upstream(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/to-loopback":
			http.Redirect(w, r, inside.URL+"/admin", http.StatusFound)
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case "/missing":
			http.NotFound(w, r)
		case "/image":
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte("\x89PNG\r\n\x1a\n"))
		case "/endless":
			endless(0)(w, r)
		case "/slow":
			endless(100*time.Millisecond)(w, r)
		case "/home":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html><body><nav><a href=/>Home</a></nav></body></html>"))
		}
	})
	// Test servers only listen on loopback, so with the guard on even the
	// first hop of "/to-loopback" is refused; what matters is that the
	// chain gets a clean 400 and never reaches the server inside. A public
	// first hop redirecting to 127.0.0.1 is tested in source itself
	// (TestFetchRedirectToPrivateAddress), with its resolver replaced.
	guarded := New(WithFetchTimeout(500 * time.Millisecond))
	open := New(WithAllowPrivate(true), WithFetchTimeout(500*time.Millisecond), WithMaxBody(256<<10))
	tests := []struct {
		name   string
		s      *Server
		url    string
		want   *ProblemType
		detail string
	}{
		{"loopback", guarded, inside.URL, ErrRefusedURL, "blocked address"},
		{"redirect to 127.0.0.1", guarded, page.URL + "/to-loopback", ErrRefusedURL, "blocked address"},
		{"127.0.0.1, nothing listening", guarded, "http://127.0.0.1:1/", ErrRefusedURL, "blocked address"},
		{"metadata address", guarded, "http://169.254.169.254/latest/meta-data", ErrRefusedURL, "blocked address"},
		{"hex loopback", guarded, "http://0x7f.1/", ErrRefusedURL, "blocked address"},
		{"IPv4-mapped loopback", guarded, "http://[::ffff:127.0.0.1]/", ErrRefusedURL, "blocked address"},
		{"localhost", guarded, "http://localhost/", ErrRefusedURL, "blocked address"},
		{"scheme", guarded, "file:///etc/passwd", ErrRefusedURL, "unsupported URL"},
		{"credentials", guarded, "http://user:pass@example.com/", ErrRefusedURL, "unsupported URL"},
		{"redirect loop", open, page.URL + "/loop", ErrUpstream, "too many redirects"},
		{"404", open, page.URL + "/missing", ErrUpstream, "404"},
		{"an image", open, page.URL + "/image", ErrUpstream, "not HTML"},
		{"a page that never ends", open, page.URL + "/endless", ErrUpstream, "too large"},
		{"a page that never ends, slowly", open, page.URL + "/slow", ErrUpstreamTimeout, "timeout"},
		{"nothing listening", open, "http://127.0.0.1:1/", ErrUpstream, "refused"},
		{"no article", open, page.URL + "/home", ErrNoArticle, "no article found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			resp := serve(t, tt.s, request{target: "/v1/briefs", body: `{"articles": [{"url": ` + jsonString(tt.url) + `}]}`})
			p := problemOf(t, resp, tt.want)
			assert.Contains(t, p.Detail, tt.detail)
			assert.Less(t, time.Since(start), 3*time.Second)
		})
	}
	assert.Zero(t, secret.Load(), "the guard never let a request through to the loopback server")
}

func TestFetchFollowsTheRequestContext(t *testing.T) {
	page := upstream(t, endless(50*time.Millisecond))
	s := New(WithAllowPrivate(true))
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	r := httptest.NewRequestWithContext(ctx, http.MethodPost, "/v1/briefs", strings.NewReader(`{"articles": [{"url": "`+page.URL+`"}]}`))
	w := httptest.NewRecorder()
	start := time.Now()
	s.ServeHTTP(w, r)
	assert.Less(t, time.Since(start), 2*time.Second, "a client that goes away stops the fetch")
	assert.GreaterOrEqual(t, w.Code, 400)
}
