package server

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// shortTimeouts keep the limit tests fast.
var shortTimeouts = Timeouts{ReadHeader: 300 * time.Millisecond, Read: 500 * time.Millisecond, Write: 5 * time.Second, Idle: time.Second}

// listen serves h (s when nil) with s.Serve on a loopback port until the
// test ends, and returns the address.
func listen(t *testing.T, s *Server, h http.Handler) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln, h) }()
	t.Cleanup(func() {
		cancel()
		assert.NoError(t, <-done)
	})
	return ln.Addr().String()
}

// mounted serves s in an httptest server, which sets no timeouts at all.
func mounted(t *testing.T, s *Server) string {
	t.Helper()
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return srv.Listener.Addr().String()
}

// dial opens a raw connection and sends head, an unfinished request.
func dial(t *testing.T, addr, head string) net.Conn {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close() })
	_, err = io.WriteString(conn, head)
	require.NoError(t, err)
	return conn
}

// readResponse reads the response on conn within limit.
func readResponse(t *testing.T, conn net.Conn, limit time.Duration) *http.Response {
	t.Helper()
	require.NoError(t, conn.SetReadDeadline(time.Now().Add(limit)))
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err)
	return resp
}

// flood writes up to n bytes of body to conn, chunked or not, until the
// connection fails.
func flood(conn net.Conn, n int64, chunked bool) {
	chunk := make([]byte, 64<<10)
	for sent := int64(0); sent < n; sent += int64(len(chunk)) {
		var err error
		if chunked {
			_, err = fmt.Fprintf(conn, "%x\r\n%s\r\n", len(chunk), chunk)
		} else {
			_, err = conn.Write(chunk)
		}
		if err != nil {
			return
		}
	}
}

// okBrief sends a small brief request with a plain client and checks it
// is answered 200 in time.
func okBrief(t *testing.T, addr string) {
	t.Helper()
	start := time.Now()
	resp, err := http.Post("http://"+addr+"/v1/briefs", "text/plain", strings.NewReader(articleText))
	require.NoError(t, err)
	text := body(t, resp)
	require.Equal(t, http.StatusOK, resp.StatusCode, text)
	assert.Less(t, time.Since(start), 2*time.Second)
}

func TestGigabyteBody(t *testing.T) {
	const gigabyte = 1 << 30
	tests := []struct {
		name    string
		mounted bool
		chunked bool
	}{
		{"announced, served", false, false},
		{"chunked, served", false, true},
		{"announced, mounted without timeouts", true, false},
		{"chunked, mounted without timeouts", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := New(WithMaxBody(1<<20), WithTimeouts(shortTimeouts))
			addr := mounted(t, s)
			if !tt.mounted {
				addr = listen(t, s, nil)
			}
			head := "POST /v1/briefs HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
			if tt.chunked {
				head += "Transfer-Encoding: chunked\r\n\r\n"
			} else {
				head += fmt.Sprintf("Content-Length: %d\r\n\r\n", gigabyte)
			}
			start := time.Now()
			conn := dial(t, addr, head)
			go flood(conn, gigabyte, tt.chunked)
			resp := readResponse(t, conn, 5*time.Second)
			problemOf(t, resp, ErrTooLarge)
			assert.True(t, resp.Close, "the connection is closed, not drained")
			assert.Less(t, time.Since(start), 3*time.Second)
			okBrief(t, addr)
		})
	}
}

func TestSlowLoris(t *testing.T) {
	t.Run("header", func(t *testing.T) {
		s := New(WithTimeouts(shortTimeouts))
		addr := listen(t, s, nil)
		var wg sync.WaitGroup
		for range 4 {
			conn := dial(t, addr, "POST /v1/briefs HTTP/1.1\r\nHost: test\r\n")
			wg.Go(func() {
				start := time.Now()
				for i := 0; !closed(conn); i++ {
					fmt.Fprintf(conn, "X-Slow-%d: a\r\n", i)
					if time.Since(start) > 5*time.Second {
						t.Error("the slow header was never cut off")
						return
					}
				}
				assert.Less(t, time.Since(start), 2*time.Second)
			})
		}
		okBrief(t, addr)
		wg.Wait()
	})
	for _, served := range []bool{true, false} {
		t.Run(fmt.Sprintf("body, served %v", served), func(t *testing.T) {
			t.Parallel()
			s := New(WithTimeouts(shortTimeouts))
			addr := mounted(t, s)
			if served {
				addr = listen(t, s, nil)
			}
			conn := dial(t, addr, "POST /v1/briefs HTTP/1.1\r\nHost: test\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n")
			go func() {
				for range 100 {
					if _, err := conn.Write([]byte("a")); err != nil {
						return
					}
					time.Sleep(50 * time.Millisecond)
				}
			}()
			start := time.Now()
			okBrief(t, addr)
			resp := readResponse(t, conn, 3*time.Second)
			problemOf(t, resp, ErrRequestTimeout)
			assert.Less(t, time.Since(start), 2*time.Second)
		})
	}
}

// closed waits a little for the server to close conn and reports
// whether it has.
func closed(conn net.Conn) bool {
	conn.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	_, err := conn.Read(make([]byte, 1))
	var ne net.Error
	return err != nil && !(errors.As(err, &ne) && ne.Timeout())
}

func TestBusy(t *testing.T) {
	html := articleHTML(t)
	arrived, release := make(chan struct{}), make(chan struct{})
	page := upstream(t, func(w http.ResponseWriter, r *http.Request) {
		close(arrived)
		<-release
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(html))
	})
	s := New(WithAllowPrivate(true), WithWorkers(1), WithQueue(0, time.Second))
	first := make(chan *http.Response)
	go func() {
		first <- serve(t, s, request{target: "/v1/briefs", body: `{"articles": [{"url": "` + page.URL + `"}]}`})
	}()
	<-arrived

	resp := serve(t, s, request{target: "/v1/briefs", contentType: "text/plain", body: articleText})
	p := problemOf(t, resp, ErrBusy)
	assert.Equal(t, "1", resp.Header.Get("Retry-After"))
	assert.Contains(t, p.Detail, "1 requests in progress")
	assert.Equal(t, http.StatusOK, serve(t, s, request{method: http.MethodGet, target: "/healthz"}).StatusCode, "health checks are never turned away")

	close(release)
	resp = <-first
	assert.Equal(t, http.StatusOK, resp.StatusCode, body(t, resp))
	resp = serve(t, s, request{target: "/v1/briefs", contentType: "text/plain", body: articleText})
	assert.Equal(t, http.StatusOK, resp.StatusCode, "the slot is free again")
}

func TestLimiter(t *testing.T) {
	t.Run("admission", func(t *testing.T) {
		l := newLimiter(1, 1, time.Second)
		leave1, err := l.enter()
		require.NoError(t, err)
		leave2, err := l.enter()
		require.NoError(t, err)
		_, err = l.enter()
		require.ErrorIs(t, err, ErrBusy)
		leave1()
		leave3, err := l.enter()
		require.NoError(t, err)
		leave2()
		leave3()
	})
	t.Run("pages to fetch", func(t *testing.T) {
		l := newLimiter(1, 2, time.Second)
		leave, err := l.enter()
		require.NoError(t, err)
		release, err := l.reserve(5)
		require.NoError(t, err, "a request alone always fits: 5 pages take the 2 units left")
		_, err = l.enter()
		require.ErrorIs(t, err, ErrBusy)
		release()
		release, err = l.reserve(1)
		require.NoError(t, err)
		leave2, err := l.enter()
		require.NoError(t, err)
		_, err = l.reserve(1)
		require.ErrorIs(t, err, ErrBusy)
		assert.Len(t, l.admit, 3, "a failed reservation gives back what it took")
		release()
		leave2()
		leave()
		assert.Empty(t, l.admit)
	})
	t.Run("wait for a worker", func(t *testing.T) {
		l := newLimiter(1, 4, 100*time.Millisecond)
		release, err := l.acquire(context.Background(), nil, false)
		require.NoError(t, err)
		start := time.Now()
		_, err = l.acquire(context.Background(), nil, false)
		require.ErrorIs(t, err, ErrBusy)
		assert.GreaterOrEqual(t, time.Since(start), 100*time.Millisecond)

		got := make(chan error)
		go func() {
			r, err := l.acquire(context.Background(), nil, false)
			if err == nil {
				r()
			}
			got <- err
		}()
		time.Sleep(20 * time.Millisecond)
		release()
		require.NoError(t, <-got, "a waiter gets the worker released")
	})
	t.Run("client gone", func(t *testing.T) {
		l := newLimiter(1, 0, time.Minute)
		release, err := l.acquire(context.Background(), nil, false)
		require.NoError(t, err)
		defer release()
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
		defer cancel()
		_, err = l.acquire(ctx, nil, false)
		require.ErrorIs(t, err, context.DeadlineExceeded)
	})
}

func TestAbuseLeavesOthersServed(t *testing.T) {
	s := New(WithAllowPrivate(true), WithMaxBody(1<<20), WithFetchTimeout(time.Second), WithTimeouts(shortTimeouts))
	addr := listen(t, s, nil)
	never := upstream(t, endless(100*time.Millisecond))

	var wg sync.WaitGroup
	for range 4 { // slow-loris headers
		conn := dial(t, addr, "GET /healthz HTTP/1.1\r\nHost: test\r\n")
		wg.Go(func() {
			for i := 0; i < 40; i++ {
				if _, err := fmt.Fprintf(conn, "X-%d: a\r\n", i); err != nil {
					return
				}
				time.Sleep(50 * time.Millisecond)
			}
		})
	}
	wg.Go(func() { // a gigabyte
		conn := dial(t, addr, fmt.Sprintf("POST /v1/extract HTTP/1.1\r\nHost: test\r\nContent-Length: %d\r\n\r\n", 1<<30))
		go flood(conn, 1<<30, false)
		problemOf(t, readResponse(t, conn, 5*time.Second), ErrTooLarge)
	})
	wg.Go(func() { // a page that never ends
		resp, err := http.Post("http://"+addr+"/v1/briefs", "application/json", strings.NewReader(`{"articles": [{"url": "`+never.URL+`"}]}`))
		if assert.NoError(t, err) {
			problemOf(t, resp, ErrUpstreamTimeout)
		}
	})
	wg.Go(func() { // malformed JSON
		resp, err := http.Post("http://"+addr+"/v1/briefs", "application/json", strings.NewReader(`{"articles": [{`))
		if assert.NoError(t, err) {
			problemOf(t, resp, ErrMalformedRequest)
		}
	})
	for range 5 {
		okBrief(t, addr)
	}
	wg.Wait()
}
